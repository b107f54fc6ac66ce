import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Lang } from '../../doc/types.js';
import type { Doc } from '../../doc/doc.js';
import { Engine } from '../../engine.js';
import { asLagebildError, formatError, LagebildError } from '../../errors.js';
import { ingestFile, listInputEntries } from '../../ingest/index.js';
import { toOutput, type OutDoc } from '../../output/schema.js';
import { flagBool, flagDate, flagEnum, flagString, STAGE_OPTION_FLAG, stageOptionsOf } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { formatSummary } from '../summary.js';

/** The id of an input: its file name without extension. */
export function inputId(path: string): string {
  return basename(path, extname(path));
}

/** What `--debug` prints: each stage's additions per layer, with a sample. */
function debugReport(doc: Doc): string {
  const lines = [`[debug] ${doc.meta.id}`];
  for (const a of doc.additions()) lines.push(`[debug]   ${a.stage.padEnd(10)} +${a.count} ${a.layer}`);
  return lines.join('\n') + '\n';
}

/**
 * `lagebild analyze FILE|DIR...`: ingests and analyses each input. Inputs stream one at a time
 * (memory stays bounded on large batches); a bad input is reported in one line and the batch goes on.
 */
export const analyzeCommand: Command = {
  name: 'analyze',
  usage: 'analyze FILE|DIR... [--out DIR] [--date YYYY-MM-DD] [--lang de|en] [--format json|text] [--option stage.name=value]... [--debug]',
  summary: 'analyse articles (.txt, .md, .html) and print or write the situation picture of each',
  flags: {
    ...STAGE_OPTION_FLAG,
    out: { value: true, help: 'write one OUT/ID.json per input (the gold format plus offsets)' },
    date: { value: true, help: 'publication date YYYY-MM-DD (overrides the detected one)' },
    lang: { value: true, help: 'de or en (overrides language detection)' },
    format: { value: true, help: 'json or text (default: text on a terminal, json when piped)' },
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new LagebildError('USAGE', 'give at least one file or folder');
    const out = flagString(args, 'out');
    const published = flagDate(args, 'date') ?? null;
    const lang: Lang | null = flagEnum(args, 'lang', ['de', 'en'] as const) ?? null;
    const format = flagEnum(args, 'format', ['json', 'text'] as const) ?? (io.stdout.isTTY ? 'text' : 'json');
    const debug = flagBool(args, 'debug');
    if (out) mkdirSync(out, { recursive: true });
    const engine = new Engine({ stageOptions: stageOptionsOf(args) });
    let ok = 0;
    let failed = 0;
    let skipped = 0;
    for await (const entry of listInputEntries(args.positionals)) {
      if (entry.error) {
        failed++;
        io.stderr.write(`lagebild analyze: ${formatError(entry.error)}\n`);
        continue;
      }
      const path = entry.path;
      try {
        const ing = await ingestFile(path, { lang });
        for (const w of ing.warnings ?? []) io.stderr.write(`lagebild analyze: warning: ${path}: ${w}\n`);
        const doc = engine.analyze(ing, { id: inputId(path), published: published ?? ing.published, lang, address: path });
        if (debug) io.stderr.write(debugReport(doc));
        emit(toOutput(doc), out, format, io);
        ok++;
      } catch (err) {
        const e = asLagebildError(err, path);
        // a text in another language is not a failure: it is skipped, with a warning
        if (e.code === 'LANGUAGE_UNSUPPORTED') {
          skipped++;
          io.stderr.write(`lagebild analyze: warning: ${formatError(e)}\n`);
        } else {
          failed++;
          io.stderr.write(`lagebild analyze: ${formatError(e)}\n`);
        }
      }
    }
    if (ok + failed + skipped === 0) throw new LagebildError('NOT_FOUND', 'no article files found in the given paths');
    if (out) io.stderr.write(`lagebild analyze: ${ok} written to ${out}${skipped ? `, ${skipped} skipped` : ''}${failed ? `, ${failed} failed` : ''}\n`);
    return failed ? 1 : 0;
  },
};

function emit(doc: OutDoc, out: string | undefined, format: 'json' | 'text', io: CommandIO): void {
  if (out) writeFileSync(join(out, `${doc.id}.json`), JSON.stringify(doc, null, 1) + '\n');
  else if (format === 'json') io.stdout.write(JSON.stringify(doc) + '\n');
  else io.stdout.write(formatSummary(doc) + '\n');
}
