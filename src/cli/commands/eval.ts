import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../engine.js';
import { asLagebildError, formatError, LagebildError } from '../../errors.js';
import { descriptionErrorBreakdown, formatDescriptionErrors } from '../../eval/description-errors.js';
import { eventErrorBreakdown, formatEventErrors } from '../../eval/event-errors.js';
import { formatQuoteErrors, quoteErrorBreakdown } from '../../eval/quote-errors.js';
import { formatTimeErrors, timeErrorBreakdown } from '../../eval/time-errors.js';
import { scoreCorpus, type Metrics, type ScoredDoc, type ScoreItem } from '../../eval/score.js';
import { ingestFile } from '../../ingest/index.js';
import { toOutput } from '../../output/schema.js';
import { flagBool, flagEnum, flagString, STAGE_OPTION_FLAG, stageOptionsOf } from '../args.js';
import type { Command } from '../command.js';

/** Reads a gold file; a broken one is an input error naming the file. */
function readGold(file: string): ScoredDoc & { published?: string | null } {
  try {
    const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null) throw new Error('not an object');
    return raw as ScoredDoc & { published?: string | null };
  } catch (err) {
    throw new LagebildError('INPUT_MALFORMED', `gold file unreadable: ${(err as Error).message}`, file);
  }
}

/** A readable table of the metrics. */
export function formatMetrics(m: Metrics): string {
  const rows: [string, string][] = [
    ['entities F1', `${m.entities.f1} (P ${m.entities.p} R ${m.entities.r})`],
    ['typed entities F1', `${m.entitiesTyped.f1}`],
    ['descriptions acc', `${m.descriptions.acc} (n=${m.descriptions.n})`],
    ['times F1', `${m.times.f1} (P ${m.times.p} R ${m.times.r})`],
    ['time value acc', `${m.timeValue.acc} (n=${m.timeValue.n})`],
    ['quotes F1', `${m.quotes.f1} (P ${m.quotes.p} R ${m.quotes.r})`],
    ['quote speaker acc', `${m.quoteSpeaker.acc} (n=${m.quoteSpeaker.n})`],
    ['events F1', `${m.events.f1} (P ${m.events.p} R ${m.events.r})`],
    ['events pair F1', `${m.eventsUnordered.f1}`],
    ['event date acc', `${m.eventDate.acc} (n=${m.eventDate.n})`],
    ['event modality acc', `${m.eventModality.acc} (n=${m.eventModality.n})`],
  ];
  return `${m.docs} documents${m.missingOutputs ? `, ${m.missingOutputs} without output` : ''}\n` + rows.map(([k, v]) => `  ${k.padEnd(20)}${v}`).join('\n') + '\n';
}

/** `lagebild eval GOLD_DIR`: analyses every ID.txt with its gold date and scores it. */
export const evalCommand: Command = {
  name: 'eval',
  usage: 'eval GOLD_DIR [--verbose] [--breakdown] [--out DIR] [--format json|text] [--option stage.name=value]...',
  summary: 'analyse a gold corpus (ID.txt + ID.gold.json) and print the scorer metrics',
  flags: {
    ...STAGE_OPTION_FLAG,
    verbose: { value: false, help: 'list every miss (on stderr)' },
    breakdown: { value: false, help: 'also count the description, time, quote and event errors by class (counts only, safe on held-out sets)' },
    out: { value: true, help: 'also write each output as OUT/ID.json' },
    format: { value: true, help: 'json (default when piped) or text' },
  },
  async run(args, io) {
    const dir = args.positionals[0];
    if (!dir || args.positionals.length > 1) throw new LagebildError('USAGE', 'give exactly one gold folder');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new LagebildError('NOT_FOUND', 'no such folder', dir);
    const out = flagString(args, 'out');
    if (out) mkdirSync(out, { recursive: true });
    const format = flagEnum(args, 'format', ['json', 'text'] as const) ?? (io.stdout.isTTY ? 'text' : 'json');
    const engine = new Engine({ stageOptions: stageOptionsOf(args) });
    const items: ScoreItem[] = [];
    let failed = 0;
    const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
    if (ids.length === 0) throw new LagebildError('NOT_FOUND', 'no ID.gold.json files in the folder', dir);
    for (const id of ids) {
      const txt = join(dir, `${id}.txt`);
      try {
        const gold = readGold(join(dir, `${id}.gold.json`));
        const text = readFileSync(txt, 'utf8');
        let sys: ScoredDoc | null = null;
        try {
          const ing = await ingestFile(txt);
          const doc = engine.analyze(ing, { id, published: gold.published ?? null, address: txt });
          const output = toOutput(doc);
          if (out) writeFileSync(join(out, `${id}.json`), JSON.stringify(output, null, 1));
          sys = output;
        } catch (err) {
          failed++;
          io.stderr.write(`lagebild eval: ${formatError(asLagebildError(err, txt))}\n`);
        }
        items.push({ id, text, gold, sys });
      } catch (err) {
        failed++;
        io.stderr.write(`lagebild eval: ${formatError(asLagebildError(err, txt))}\n`);
      }
    }
    const { metrics, misses } = scoreCorpus(items);
    // without --breakdown the JSON is exactly the reference scorer's, key for key
    const breakdown = flagBool(args, 'breakdown') ? {
      descriptionErrors: descriptionErrorBreakdown(items), timeErrors: timeErrorBreakdown(items),
      quoteErrors: quoteErrorBreakdown(items), eventErrors: eventErrorBreakdown(items),
    } : null;
    if (format === 'json') io.stdout.write(JSON.stringify(breakdown ? { ...metrics, ...breakdown } : metrics, null, 1) + '\n');
    else {
      const parts = breakdown ? [
        formatDescriptionErrors(breakdown.descriptionErrors), formatTimeErrors(breakdown.timeErrors),
        formatQuoteErrors(breakdown.quoteErrors), formatEventErrors(breakdown.eventErrors),
      ] : [];
      io.stdout.write(formatMetrics(metrics) + parts.join(''));
    }
    if (flagBool(args, 'verbose')) io.stderr.write(misses.join('\n') + '\n');
    return failed ? 1 : 0;
  },
};
