import type { EntityType } from '../../doc/types.js';
import { emit, pagingOf, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatEntities } from '../../store/format.js';
import { flagEnum, flagString } from '../args.js';
import type { Command } from '../command.js';

const TYPES: readonly EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'];

/** `lagebild entities [--type T] [--q TEXT]`. */
export const entitiesCommand: Command = {
  name: 'entities',
  usage: 'entities [--type PER|ORG|GPE|LOC|FAC|MISC] [--q TEXT] [--json] [--data DIR]',
  summary: 'list the actors and places in the store, most documents first',
  flags: {
    ...QUERY_FLAGS,
    type: { value: true, help: 'only this entity type' },
    q: { value: true, help: 'a name or part of one, in any language or spelling' },
  },
  async run(args, io) {
    const type = flagEnum(args, 'type', TYPES);
    const q = flagString(args, 'q');
    const page = await withReadStore(args, (s) => s.listEntities({ ...pagingOf(args), ...(type ? { type } : {}), ...(q !== undefined ? { q } : {}) }));
    emit(args, io, page, () => formatEntities(page));
    return 0;
  },
};
