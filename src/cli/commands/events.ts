import type { Modality, PloverType } from '../../doc/types.js';
import { dateBoundOf, emit, pagingOf, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatEvents } from '../../store/format.js';
import type { EventQuery } from '../../store/types.js';
import { flagEnum, flagString } from '../args.js';
import type { Command } from '../command.js';

/** The PLOVER types (for validating --type). */
export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];
const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'hypothetical', 'negated'];

/** `lagebild events [--actor A] [--target B] [--type T] [--from D] [--to D] [--modality M]`. */
export const eventsCommand: Command = {
  name: 'events',
  usage: 'events [--actor A] [--target B] [--type T] [--from D] [--to D] [--modality M] [--json] [--data DIR]',
  summary: 'list events (each with the articles that report it), newest first',
  flags: {
    ...QUERY_FLAGS,
    actor: { value: true, help: 'an actor on either side (name in any language, or id)' },
    target: { value: true, help: 'the target actor' },
    type: { value: true, help: 'PLOVER type (AGREE, ASSAULT, …)' },
    from: { value: true, help: 'from this day on (YYYY, YYYY-MM or YYYY-MM-DD)' },
    to: { value: true, help: 'up to and including this day/month/year' },
    modality: { value: true, help: 'asserted, planned, hypothetical or negated' },
  },
  async run(args, io) {
    const type = flagEnum(args, 'type', PLOVER_TYPES);
    const modality = flagEnum(args, 'modality', MODALITIES);
    const actor = flagString(args, 'actor');
    const target = flagString(args, 'target');
    const from = dateBoundOf(args, 'from');
    const to = dateBoundOf(args, 'to');
    const q: EventQuery = {
      ...pagingOf(args),
      ...(actor !== undefined ? { actor } : {}), ...(target !== undefined ? { target } : {}), ...(type ? { type } : {}),
      ...(modality ? { modality } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
    };
    const page = await withReadStore(args, (s) => s.listEvents(q));
    emit(args, io, page, () => formatEvents(page));
    return 0;
  },
};
