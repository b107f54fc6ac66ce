/**
 * `npm run bench:store`: ingests 10,000 documents made by varying the project's example articles
 * (examples/*.txt) through every stage of the pipeline into a fresh SQLite store, on one core,
 * then times the entity, events-by-actor and relations queries on that store.
 *
 * Targets (issue 7): ≥ 50 documents/s, peak memory ≤ 1 GB, p95 of each query ≤ 50 ms.
 * Usage: npm run bench:store [-- --docs N] [-- --queries N] [-- --keep DIR]
 *
 * The documents are variants of the examples (scripts/lib/example-variants.ts says how they vary).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine.js';
import { ingestPlainText } from '../src/ingest/index.js';
import type { OutDoc } from '../src/output/schema.js';
import type { PloverType, QuadClass } from '../src/doc/types.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { normaliseName } from '../src/kb/normalise.js';
import { analyseVariant, COUNTRIES, escapeRe, examples } from './lib/example-variants.js';

// node's own parser: an unknown or misspelt option is an error, not a silently ignored word
const { values: opts } = parseArgs({
  options: { docs: { type: 'string' }, queries: { type: 'string' }, keep: { type: 'string' }, synthetic: { type: 'string' } },
});
const N = Number(opts.docs ?? 10_000);
const Q = Number(opts.queries ?? 300);
const keep = opts.keep;
const SYNTHETIC_MODES = ['auto', 'always', 'never'] as const;
/** auto: add synthetic entities/events/quotes only when the pipeline produces none (its stages not built yet). */
const synthetic = SYNTHETIC_MODES.find((m) => m === (opts.synthetic ?? 'auto'));
if (!synthetic) throw new Error(`bench:store: --synthetic takes ${SYNTHETIC_MODES.join('|')}, not ${String(opts.synthetic)}`);

const EVENT_TYPES: readonly [PloverType, QuadClass, number][] = [
  ['CONSULT', 'verbal-cooperation', 1], ['AGREE', 'verbal-cooperation', 3], ['COOPERATE', 'material-cooperation', 6], ['AID', 'material-cooperation', 7],
  ['ACCUSE', 'verbal-conflict', -2], ['THREATEN', 'verbal-conflict', -4], ['MOBILIZE', 'material-conflict', -6], ['ASSAULT', 'material-conflict', -9],
];

/**
 * Facts at real offsets of the variant's text, for measuring the store when the pipeline has no
 * entity, quote or event stages yet: the rotated country names as GPE entities with their
 * mentions, an event between consecutive countries in each sentence naming two, and each
 * quotation attributed to the first country. Labelled as synthetic in the output.
 */
function addSyntheticFacts(out: OutDoc, lang: 'de' | 'en', i: number): OutDoc {
  const col = lang === 'de' ? 0 : 1;
  const byName = new Map(COUNTRIES.map((c) => [c[col], c[1]]));
  const re = new RegExp(`\\b(${[...byName.keys()].map(escapeRe).join('|')})\\b`, 'gu');
  const ents = new Map<string, OutDoc['entities'][number]>();
  const found: { id: string; start: number }[] = [];
  for (const m of out.text.matchAll(re)) {
    const en = byName.get(m[0])!;
    const id = en.toLowerCase().replace(/ /g, '-');
    const sentence = Math.max(0, out.sentences.findIndex((x) => x.start <= m.index && m.index < x.end));
    let e = ents.get(id);
    if (!e) {
      e = { id, key: normaliseName(en), type: 'GPE', name: en, aliases: [], descriptions: [], wikidata: null, roles: [], mentions: [], rule: 'bench/synthetic' };
      ents.set(id, e);
    }
    if (!e.aliases.includes(m[0])) e.aliases.push(m[0]);
    e.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'name', sentence });
    found.push({ id, start: m.index });
  }
  const events: OutDoc['events'] = [];
  out.sentences.forEach((snt, si) => {
    if (snt.zone !== 'body') return;
    const inS = found.filter((f) => f.start >= snt.start && f.start < snt.end);
    const a = inS[0];
    const b = inS.find((f) => f.id !== a?.id);
    if (!a || !b) return;
    const [type, quad, weight] = EVENT_TYPES[(i + si) % EVENT_TYPES.length]!;
    const evidence = out.text.slice(snt.start, snt.end);
    events.push({
      type, source: a.id, target: b.id, date: si % 2 ? out.published : out.published?.slice(0, 7) ?? null, modality: 'asserted',
      trigger: evidence.split(' ')[1] ?? evidence, evidence, start: snt.start, end: snt.end, sentence: si,
      triggerStart: snt.start, triggerEnd: snt.start, cameo: null, quad, weight, confidence: 0.8, rule: 'bench/synthetic',
    });
  });
  const quotes: OutDoc['quotes'] = [];
  const speaker = found[0]?.id ?? null;
  for (const m of out.text.matchAll(/["„“]([^"„“”]{10,300})["“”]/gu)) {
    const sentence = Math.max(0, out.sentences.findIndex((x) => x.start <= m.index && m.index < x.end));
    quotes.push({ speaker, kind: 'direct', text: m[1]!, start: m.index + 1, end: m.index + 1 + m[1]!.length, sentence, cue: null, addressee: null, date: null, fragment: false, verbatim: [], confidence: 0.8, rule: 'bench/synthetic' });
  }
  return { ...out, entities: [...ents.values()], events, quotes };
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? 0;
}

const dir = keep ?? mkdtempSync(join(tmpdir(), 'lagebild-bench-store-'));
const store = SqliteStore.open({ dataDir: dir });
const engine = new Engine();
let peakRss = process.memoryUsage().rss;
let facts = { entities: 0, events: 0, quotes: 0, times: 0 };
let synthesised = 0;

// warm-up outside the clock: build the pipelines (lexicons, models)
for (const ex of examples) engine.analyze(ingestPlainText(ex.text), { id: 'warmup', published: '2025-01-01' });

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let analyzeMs = 0;
let storeMs = 0;
for (let i = 0; i < N; i++) {
  const a0 = performance.now();
  const v = analyseVariant(engine, i);
  let out = v.out;
  if (synthetic === 'always' || (synthetic === 'auto' && out.entities.length === 0 && out.events.length === 0)) {
    out = addSyntheticFacts(out, v.lang, i);
    synthesised++;
  }
  const s0 = performance.now();
  analyzeMs += s0 - a0;
  store.putSync({ doc: out, contentHash: v.contentHash, address: v.address, fetchedAt: new Date().toISOString() });
  storeMs += performance.now() - s0;
  facts = { entities: facts.entities + out.entities.length, events: facts.events + out.events.length, quotes: facts.quotes + out.quotes.length, times: facts.times + out.times.length };
  if (i % 250 === 0) {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (process.stderr.isTTY) process.stderr.write(`\r${i}/${N}`);
  }
}
const secs = (performance.now() - t0) / 1000;
const cpuUsed = process.cpuUsage(cpu0);
const cpuSecs = (cpuUsed.user + cpuUsed.system) / 1e6;
if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const ov = await store.overview();
console.log(`ingest: ${N} documents from ${examples.length} example(s) in ${secs.toFixed(1)} s = ${(N / secs).toFixed(1)} docs/s (target ≥ 50)`);
console.log(`  CPU time ${cpuSecs.toFixed(1)} s = ${(N / cpuSecs).toFixed(1)} docs per CPU-second (wall and CPU differ when other processes compete for the cores)`);
console.log(`  analysis ${(analyzeMs / 1000).toFixed(1)} s, store ${(storeMs / 1000).toFixed(1)} s (${(storeMs / N).toFixed(2)} ms/doc)`);
if (synthesised) console.log(`  NOTE: ${synthesised} documents carried synthetic entities/events/quotes (the pipeline produced none); analysis time is the real pipeline's`);
console.log(`  facts per run: ${facts.entities} entities, ${facts.times} times, ${facts.quotes} quotes, ${facts.events} event reports`);
console.log(`  store: ${ov.documents} documents, ${ov.entities} entities, ${ov.events} events from ${ov.reports} reports, ${ov.quotes} quotes`);

// query workload: names as users type them (aliases, any spelling), pairs that have events
const ents = (await store.listEntities({ limit: 200 })).items;
const names = ents.flatMap((e) => [e.name, ...(e.aliases.slice(0, 2))]);
const actors = (await store.overview({ top: 50 })).topActors.map((a) => a.entity.name);
const net = await store.network();
const pairs = net.edges.slice(0, 200).map((e) => [e.a.name, e.b.name] as const);
const time = async (label: string, items: readonly unknown[], f: (x: never) => Promise<unknown>): Promise<void> => {
  if (items.length === 0) {
    console.log(`${label.padEnd(20)} no data to query (the pipeline produced none)`);
    return;
  }
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Q; i++) {
    const x = items[i % items.length] as never;
    const c0 = process.cpuUsage();
    const q0 = performance.now();
    await f(x);
    ms.push(performance.now() - q0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0;
  console.log(`${label.padEnd(20)} p95 ${p95(ms).toFixed(2)} ms wall (median ${median.toFixed(2)}), p95 ${p95(cpu).toFixed(2)} ms CPU, over ${Q} queries (target p95 ≤ 50 ms)`);
};
await time('entity', names, (n: string) => store.getEntity(n));
await time('events-by-actor', actors.length ? actors : names, (n: string) => store.listEvents({ actor: n, limit: 50 }));
await time('relations', pairs, (p: readonly [string, string]) => store.relations({ a: p[0], b: p[1], by: 'month' }));
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
console.log(`peak memory (max RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MB (target ≤ 1024 MB)`);
await store.close();
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`store kept in ${dir}`);
