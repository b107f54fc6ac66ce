import { emit, pagingOf, QUERY_FLAGS, withReadStore } from '../../store/cli.js';
import { formatQuotes } from '../../store/format.js';
import { flagString } from '../args.js';
import type { Command } from '../command.js';

/** `lagebild quotes [--speaker S] [--q TEXT]`. */
export const quotesCommand: Command = {
  name: 'quotes',
  usage: 'quotes [--speaker S] [--q TEXT] [--json] [--data DIR]',
  summary: 'list quotes, by speaker and/or words in them',
  flags: {
    ...QUERY_FLAGS,
    speaker: { value: true, help: 'the speaker (name in any language, or id)' },
    q: { value: true, help: 'words the quote contains (case and umlauts folded)' },
  },
  async run(args, io) {
    const speaker = flagString(args, 'speaker');
    const q = flagString(args, 'q');
    const page = await withReadStore(args, (s) => s.listQuotes({ ...pagingOf(args), ...(speaker !== undefined ? { speaker } : {}), ...(q !== undefined ? { q } : {}) }));
    emit(args, io, page, () => formatQuotes(page));
    return 0;
  },
};
