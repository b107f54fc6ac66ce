import { LagebildError } from '../../errors.js';
import { emit, pagingOf, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatSearch } from '../../store/format.js';
import type { Command } from '../command.js';

/** `lagebild search TEXT`: full-text search over documents and quotes. */
export const searchCommand: Command = {
  name: 'search',
  usage: 'search TEXT [--json] [--data DIR]',
  summary: 'full-text search over documents and quotes (case and umlauts folded)',
  flags: { ...QUERY_FLAGS },
  async run(args, io) {
    const q = args.positionals.join(' ').trim();
    if (!q) throw new LagebildError('USAGE', 'give words to search for');
    const page = await withReadStore(args, (s) => s.search({ q, ...pagingOf(args) }));
    emit(args, io, page, () => formatSearch(page));
    return 0;
  },
};
