import { LagebildError } from '../../errors.js';
import { emit, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatAlternatives, formatEntity } from '../../store/format.js';
import type { Command } from '../command.js';

/** `lagebild entity NAME`: aliases, roles, timeline, quotes by and about. */
export const entityCommand: Command = {
  name: 'entity',
  usage: 'entity NAME|ID [--json] [--data DIR]',
  summary: 'everything about one actor: names, roles, timeline, quotes by and about',
  flags: { ...QUERY_FLAGS },
  async run(args, io) {
    const name = args.positionals.join(' ').trim();
    if (!name) throw new LagebildError('USAGE', 'give a name or id');
    const [detail, all] = await withReadStore(args, async (s) => [await s.getEntity(name), await s.resolveEntity(name)] as const);
    if (!detail) throw new LagebildError('NOT_FOUND', 'no entity with this name or id', name);
    emit(args, io, detail, () => formatEntity(detail) + formatAlternatives(all, detail.id));
    return 0;
  },
};
