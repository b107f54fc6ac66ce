import { LagebildError } from '../../errors.js';
import { dateBoundOf, emit, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatRelations } from '../../store/format.js';
import { flagEnum } from '../args.js';
import type { Command } from '../command.js';

/** `lagebild relations A B [--by day|week|month]`. */
export const relationsCommand: Command = {
  name: 'relations',
  usage: 'relations A B [--by day|week|month] [--from D] [--to D] [--json] [--data DIR]',
  summary: 'cooperation and conflict between two actors over time, with the events behind each point',
  flags: {
    ...QUERY_FLAGS,
    by: { value: true, help: 'day, week or month (default month)' },
    from: { value: true, help: 'from this day on (YYYY, YYYY-MM or YYYY-MM-DD)' },
    to: { value: true, help: 'up to and including this day/month/year' },
  },
  async run(args, io) {
    const [a, b, ...rest] = args.positionals;
    if (a === undefined || b === undefined || rest.length) throw new LagebildError('USAGE', 'give exactly two actors (quote names with spaces)');
    const by = flagEnum(args, 'by', ['day', 'week', 'month'] as const) ?? 'month';
    const from = dateBoundOf(args, 'from');
    const to = dateBoundOf(args, 'to');
    const r = await withReadStore(args, (s) => s.relations({ a, b, by, ...(from ? { from } : {}), ...(to ? { to } : {}) }));
    if (!r) throw new LagebildError('NOT_FOUND', 'no entity with this name or id', a + ' / ' + b);
    emit(args, io, r, () => formatRelations(r));
    return 0;
  },
};
