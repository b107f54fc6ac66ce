import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { LagebildError } from '../../errors.js';
import { DATA_FLAG, withReadStore } from '../../store/cli.js';
import { EXPORT_FORMATS, exportStore } from '../../store/export/index.js';
import { flagEnum, flagString } from '../args.js';
import type { Command } from '../command.js';

/** `lagebild export --format csv|jsonl|gexf|graphml|jsonld [--out FILE]`. */
export const exportCommand: Command = {
  name: 'export',
  usage: 'export --format csv|jsonl|gexf|graphml|jsonld [--out FILE] [--data DIR]',
  summary: 'export events (CSV), every layer (JSON Lines), the actor network (GEXF, GraphML) or all as JSON-LD',
  flags: {
    ...DATA_FLAG,
    format: { value: true, help: 'csv, jsonl, gexf, graphml or jsonld (see docs/EXPORTS.md)' },
    out: { value: true, help: 'write to this file instead of standard output' },
  },
  async run(args, io) {
    const format = flagEnum(args, 'format', EXPORT_FORMATS);
    if (!format) throw new LagebildError('USAGE', '--format is required');
    const outPath = flagString(args, 'out');
    const n = await withReadStore(args, async (store) => {
      if (!outPath) return exportStore(store, format, io.stdout);
      const file = createWriteStream(outPath);
      try {
        const count = await exportStore(store, format, file);
        file.end();
        await finished(file);
        return count;
      } catch (err) {
        file.destroy();
        throw err;
      }
    });
    if (outPath) io.stderr.write(`lagebild export: ${n} record(s) written to ${outPath}\n`);
    return 0;
  },
};
