/**
 * `npm run bench`: analyses the dev corpus (../shared/corpus/dev, or the project's examples when it
 * is absent) repeatedly for at least 10 s of work on one core and prints words per second for each
 * stage, for ingestion, for ingestion + segmentation, and for the whole pipeline, plus peak memory.
 * Usage: npm run bench [-- --seconds N]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine.js';
import { ingestPlainText } from '../src/ingest/index.js';
import type { StageTimings } from '../src/pipeline/build.js';

const secondsArg = process.argv.indexOf('--seconds');
const minSeconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const dev = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev');
const dir = existsSync(dev) ? dev : join(import.meta.dirname, '..', 'examples');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => {
  const id = f.slice(0, -4);
  const goldFile = join(dir, `${id}.gold.json`);
  const published = existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { published?: string }).published ?? null : null;
  return { id, text: readFileSync(join(dir, f), 'utf8'), published };
});
const wordsOf = (t: string) => t.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
const wordsPerPass = docs.reduce((n, d) => n + wordsOf(d.text), 0);

const engine = new Engine();
const timings: StageTimings = new Map();
let ingestMs = 0;
let passes = 0;
let peakRss = 0;
// warm up: build pipelines, load models, JIT
for (const d of docs) engine.analyze(ingestPlainText(d.text), { id: d.id, published: d.published });
const t0 = performance.now();
while (performance.now() - t0 < minSeconds * 1000) {
  for (const d of docs) {
    const i0 = performance.now();
    const ing = ingestPlainText(d.text);
    ingestMs += performance.now() - i0;
    engine.analyze(ing, { id: d.id, published: d.published, timings });
  }
  passes++;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const words = wordsPerPass * passes;
const rate = (ms: number) => Math.round(words / (ms / 1000));
const totalMs = ingestMs + [...timings.values()].reduce((a, b) => a + b, 0);
console.log(`corpus: ${dir} — ${docs.length} documents, ${wordsPerPass} words per pass, ${passes} passes, ${words} words`);
console.log(`${'stage'.padEnd(18)}${'ms'.padStart(10)}${'words/s'.padStart(14)}`);
console.log(`${'ingest'.padEnd(18)}${ingestMs.toFixed(0).padStart(10)}${String(rate(ingestMs)).padStart(14)}`);
for (const [stage, ms] of timings) console.log(`${stage.padEnd(18)}${ms.toFixed(0).padStart(10)}${String(rate(ms)).padStart(14)}`);
// the entity issue's target is for tagging and resolution together
if (timings.has('ner') && timings.has('resolve')) {
  const ent = (timings.get('ner') ?? 0) + (timings.get('resolve') ?? 0);
  console.log(`${'ner+resolve'.padEnd(18)}${ent.toFixed(0).padStart(10)}${String(rate(ent)).padStart(14)}`);
}
const seg = ingestMs + (timings.get('segment') ?? 0);
console.log(`${'ingest+segment'.padEnd(18)}${seg.toFixed(0).padStart(10)}${String(rate(seg)).padStart(14)}`);
console.log(`${'total'.padEnd(18)}${totalMs.toFixed(0).padStart(10)}${String(rate(totalMs)).padStart(14)}`);
console.log(`peak RSS: ${(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MB`);
