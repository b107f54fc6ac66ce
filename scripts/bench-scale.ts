/**
 * `npm run bench:scale`: whether every stage's cost grows linearly with the length of ONE document.
 *
 * `npm run bench` times many short articles, so a stage that is quadratic in the document (every quote
 * reading every mention of its speaker, every event scanning every earlier sentence) stays invisible there
 * and only shows on a long text: a 2,000-sentence document once spent 200 s in the quotes stage. This
 * benchmark analyses long single documents of two kinds per language and prints each stage's milliseconds
 * per 1,000 sentences at each size:
 * - the dev corpus's articles of that language (../shared/corpus/dev, or the examples when it is absent),
 *   concatenated ×1, ×4 and ×16 into one document (real text: names, quotes and events recur);
 * - a self-written passage in which one unnamed office-holder speaks in every paragraph (the shape that
 *   exposed the quadratic speaker search), repeated to the same sizes.
 * Growth is the per-sentence cost at the largest size over that at the middle one (the smallest is the warm-up);
 * a linear stage stays near 1, a quadratic one nears 4. Any stage above {@link LIMIT} is reported and the
 * process exits with code 1. Each size is analysed three times and each stage keeps its fastest run. Usage: npm run bench:scale [-- --sizes 1,4,16]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lang } from '../src/doc/types.js';
import { Engine } from '../src/engine.js';
import { ingestPlainText } from '../src/ingest/index.js';

/** Per-sentence cost growth from the middle to the largest size above which a stage counts as superlinear. */
const LIMIT = 2;
/** Stages cheaper than this per document at the largest size are not judged (timer noise dominates). */
const MIN_MS = 200;

const sizesArg = process.argv.indexOf('--sizes');
const sizes = (sizesArg > 0 ? process.argv[sizesArg + 1]! : '1,4,16').split(',').map(Number);
const dev = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev');
const dir = existsSync(dev) ? dev : join(import.meta.dirname, '..', 'examples');

/** Bodies (title and dateline lines dropped) of the corpus articles of one language, by their gold file's language. */
function corpusBodies(lang: Lang): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).flatMap((f) => {
    const gold = join(dir, `${f.slice(0, -4)}.gold.json`);
    const language = existsSync(gold) ? (JSON.parse(readFileSync(gold, 'utf8')) as { language?: string }).language : undefined;
    return language === lang ? [readFileSync(join(dir, f), 'utf8').split('\n').slice(2).join('\n')] : [];
  });
}

/** One paragraph of the self-written passage: an unnamed spokesperson quoted directly and in reported speech. */
const SPEAKER_PARAGRAPH: Record<Lang, string> = {
  de: 'Der Minister sagte am Montag, die Regierung sei zu Gesprächen bereit. „Wir verurteilen den Angriff“, sagte der Minister. Er fügte hinzu, man werde die Sanktionen gegen Russland verschärfen.',
  en: 'The minister said on Monday that the government was ready for talks. "We condemn the attack," the minister said. He added that the sanctions against Russia would be tightened.',
};

interface Row { readonly sentences: number; readonly perStage: Map<string, number> }

/** Runs per size; each stage keeps its fastest run (the others lost time to the collector or other processes). */
const REPEATS = 3;

/** Analyses one document {@link REPEATS} times and returns its sentence count and each stage's best ms per 1,000 sentences. */
function measure(engine: Engine, lang: Lang, body: string): Row {
  const best = new Map<string, number>();
  let sentences = 0;
  for (let r = 0; r < REPEATS; r++) {
    const timings = new Map<string, number>();
    const doc = engine.analyze(ingestPlainText(`Titel\n${body}`, lang), { id: 'scale', published: '2025-07-30', timings });
    sentences = doc.get('sentences').length;
    timings.set('total', [...timings.values()].reduce((a, b) => a + b, 0));
    for (const [stage, ms] of timings) best.set(stage, Math.min(best.get(stage) ?? Infinity, ms));
  }
  return { sentences, perStage: new Map([...best].map(([stage, ms]) => [stage, (ms / sentences) * 1000] as const)) };
}

const engine = new Engine();
const flagged: string[] = [];
for (const lang of ['de', 'en'] as const) {
  const kinds: [string, string][] = [['corpus', corpusBodies(lang).join('\n')], ['one speaker', Array.from({ length: 40 }, () => SPEAKER_PARAGRAPH[lang]).join('\n')]];
  for (const [kind, unit] of kinds) {
    if (!unit.trim()) continue;
    const rows = sizes.map((k) => ({ k, row: measure(engine, lang, Array.from({ length: k }, () => unit).join('\n')) }));
    const stages = [...rows[0]!.row.perStage.keys()];
    console.log(`\n${lang} · ${kind} — ms per 1,000 sentences`);
    console.log(`${'stage'.padEnd(12)}${rows.map(({ k, row }) => `×${k} (${row.sentences})`.padStart(16)).join('')}${'growth'.padStart(10)}`);
    for (const stage of stages) {
      const costs = rows.map(({ row }) => row.perStage.get(stage) ?? 0);
      const last = costs[costs.length - 1]!;
      const mid = costs[Math.max(0, costs.length - 2)]!;
      const growth = mid > 0 ? last / mid : 1;
      const judged = stage !== 'total' && (last * rows[rows.length - 1]!.row.sentences) / 1000 >= MIN_MS;
      const flag = judged && growth > LIMIT;
      if (flag) flagged.push(`${lang} ${kind} ${stage} ×${growth.toFixed(1)}`);
      console.log(`${stage.padEnd(12)}${costs.map((c) => c.toFixed(0).padStart(16)).join('')}${growth.toFixed(2).padStart(10)}${flag ? '  SUPERLINEAR' : ''}`);
    }
  }
}
console.log(flagged.length ? `\nsuperlinear stages (growth > ${LIMIT}): ${flagged.join('; ')}` : `\nevery stage grows linearly (growth ≤ ${LIMIT} from ×${sizes[sizes.length - 2]} to ×${sizes[sizes.length - 1]})`);
process.exitCode = flagged.length ? 1 : 0;
