/**
 * `npm run bench:time`: evaluation of the time stage on public data (evaluation only — never tune
 * rules on these sets) and its speed.
 *
 * - TempEval-3 platinum test (../shared/data/tempeval3/test, English TimeML, TIMEX3 inline, DCT
 *   as reference date): strict and relaxed span F1, and value F1 (relaxed match with the same
 *   value, the TempEval-3 "value" measure; HeidelTime 77.61).
 * - WikiWarsDE (../shared/data/wikiwarsde/keyinline, German TIMEX2 inline, DATETIME as reference
 *   date): strict span F1 (HeidelTime 87.7), lenient span F1 and value accuracy over lenient
 *   matches. TIMEX2 extents leave out prepositions and take in postmodifiers
 *   ("zwei Tage nach dem Angriff"), so the stage's `timex2` extent is compared (TempEval: `core`).
 * - Words per second of `tagTimes` alone (sentences and tokens precomputed), on one core.
 *
 * Skips with a message when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { docFromIngested } from '../src/engine.js';
import type { Lang, Sentence, Token } from '../src/doc/types.js';
import { ingestPlainText } from '../src/ingest/index.js';
import { buildPipeline } from '../src/pipeline/build.js';
import { ResourceLoader } from '../src/resources/loader.js';
import { segmentStage } from '../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimes, tagTimesDetailed, type TagOptions, type TimeLexicon } from '../src/stages/time/index.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'data');

interface GoldTimex { start: number; end: number; value: string }
interface GoldDoc { id: string; text: string; dct: string | null; gold: GoldTimex[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Reads inline-annotated XML: returns the text of the element `container` with all tags removed
 * and the spans of every `tag` element with its value attribute. A linear scan (no regex over the
 * document), so it cannot backtrack.
 */
function readInline(xml: string, container: string, tag: string, valueAttr: string): { text: string; spans: GoldTimex[] } {
  const open = xml.indexOf(`<${container}>`);
  const close = xml.indexOf(`</${container}>`);
  const body = open >= 0 && close > open ? xml.slice(open + container.length + 2, close) : '';
  let text = '';
  const spans: GoldTimex[] = [];
  const stack: { start: number; value: string }[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === '<') {
      const end = body.indexOf('>', i);
      if (end < 0) break;
      const inner = body.slice(i + 1, end);
      if (inner.startsWith(tag + ' ') || inner === tag) {
        const m = new RegExp(`${valueAttr}="([^"]*)"`).exec(inner);
        stack.push({ start: text.length, value: m?.[1] ?? '' });
      } else if (inner === `/${tag}`) {
        const s = stack.pop();
        if (s) spans.push({ start: s.start, end: text.length, value: s.value });
      }
      i = end + 1;
    } else if (ch === '&') {
      const semi = body.indexOf(';', i);
      const name = semi > i ? body.slice(i + 1, semi) : '';
      const rep = ENTITIES[name];
      if (rep !== undefined) {
        text += rep;
        i = semi + 1;
      } else {
        text += ch;
        i++;
      }
    } else {
      text += ch;
      i++;
    }
  }
  return { text, spans };
}

function loadTempEval(): GoldDoc[] {
  const dir = join(SHARED, 'tempeval3', 'test', 'te3-platinum');
  return readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => {
    const xml = readFileSync(join(dir, f), 'utf8');
    const dct = /<DCT><TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
    const { text, spans } = readInline(xml, 'TEXT', 'TIMEX3', 'value');
    return { id: f, text, dct, gold: spans };
  });
}

function loadWikiWars(): GoldDoc[] {
  const dir = join(SHARED, 'wikiwarsde', 'keyinline');
  return readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => {
    const xml = readFileSync(join(dir, f), 'utf8');
    const dct = /<DATETIME>\s*<TIMEX2 val="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
    const { text, spans } = readInline(xml, 'TEXT', 'TIMEX2', 'val');
    return { id: f, text, dct, gold: spans };
  });
}

/** TIMEX3/TIMEX2 values that say the same thing in different spellings ("P2DE" = "P20Y"). */
function normValue(v: string | null): string {
  if (v === null) return '';
  const m = /^P(\d+)(DE|CE)$/.exec(v);
  if (m) return `P${Number(m[1]) * (m[2] === 'DE' ? 10 : 100)}Y`;
  return v;
}

interface Seg { text: string; sentences: readonly Sentence[]; tokens: readonly Token[]; dct: string | null; gold: GoldTimex[] }

function segmentAll(docs: GoldDoc[], lang: Lang): Seg[] {
  const p = buildPipeline({ lang, stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  return docs.map((d) => {
    const doc = p.run(docFromIngested(ingestPlainText(d.text, lang), { id: d.id, published: d.dct }, lang));
    return { text: d.text, sentences: doc.get('sentences'), tokens: doc.get('tokens'), dct: d.dct, gold: d.gold };
  });
}

const f1 = (tp: number, sys: number, gold: number): { p: number; r: number; f: number } => {
  const p = sys ? tp / sys : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number): string => (100 * x).toFixed(1);

/** Which extent of a system expression is compared: the TIMEX3 one (no preposition) or the TIMEX2 one (with postmodifiers). */
type Extent = 'core' | 'timex2';

function evaluate(name: string, segs: Seg[], lang: Lang, lex: TimeLexicon, extent: Extent, options: TagOptions = {}): void {
  let nSys = 0;
  let nGold = 0;
  let strict = 0;
  let relaxed = 0;
  let valueOk = 0;
  let strictValue = 0;
  for (const s of segs) {
    // (TIMEX2-only items, event-anchored units, count only where TIMEX2 extents are compared)
    const sys = tagTimesDetailed(s.text, s.sentences, s.tokens, lang, s.dct, lex, options).filter((t) => extent === 'timex2' || !t.timex2Only).map((t) => ({
      start: t[extent].start, end: t[extent].end, value: t.value,
    }));
    nSys += sys.length;
    nGold += s.gold.length;
    // one-to-one alignment in two passes: exact extents first, then overlaps. TIMEX2 tags embedded
    // expressions as expressions of their own ("the summer of <TIMEX2>1945</TIMEX2>"), and the
    // inner tag closes (and is read) first: a single greedy pass in reading order let it take the
    // system expression that matches its enclosing tag exactly, counting that exact match as a
    // mere overlap and the enclosing tag as missed
    const used = new Set<number>();
    const pairs: [GoldTimex, number][] = [];
    const open: GoldTimex[] = [];
    for (const g of s.gold) {
      const j = sys.findIndex((x, k) => !used.has(k) && x.start === g.start && x.end === g.end);
      if (j >= 0) {
        used.add(j);
        pairs.push([g, j]);
      } else open.push(g);
    }
    for (const g of open) {
      const j = sys.findIndex((x, k) => !used.has(k) && x.end > g.start && x.start < g.end);
      if (j < 0) continue;
      used.add(j);
      pairs.push([g, j]);
    }
    for (const [g, j] of pairs) {
      const x = sys[j]!;
      relaxed++;
      const exact = x.start === g.start && x.end === g.end;
      if (exact) strict++;
      const same = normValue(x.value) === normValue(g.value);
      if (same) valueOk++;
      if (same && exact) strictValue++;
    }
  }
  const st = f1(strict, nSys, nGold);
  const rl = f1(relaxed, nSys, nGold);
  const va = f1(valueOk, nSys, nGold);
  console.log(`${name}: gold ${nGold}, system ${nSys}`);
  console.log(`  strict span  P ${pct(st.p)}  R ${pct(st.r)}  F1 ${pct(st.f)}`);
  console.log(`  relaxed span P ${pct(rl.p)}  R ${pct(rl.r)}  F1 ${pct(rl.f)}`);
  console.log(`  value (relaxed match + same value) F1 ${pct(va.f)}; value accuracy over relaxed matches ${pct(relaxed ? valueOk / relaxed : 0)}`);
  console.log(`  strict span + value F1 ${pct(f1(strictValue, nSys, nGold).f)}`);
}

function speed(sets: { segs: Seg[]; lang: Lang; lex: TimeLexicon }[]): void {
  let words = 0;
  for (const { segs } of sets) for (const s of segs) words += s.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length;
  const run = (): void => {
    for (const { segs, lang, lex } of sets) for (const s of segs) tagTimes(s.text, s.sentences, s.tokens, lang, s.dct, lex);
  };
  run();
  let passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    run();
    passes++;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`speed: ${Math.round((words * passes) / secs).toLocaleString('en')} words/s (time stage alone, ${words} words × ${passes} passes)`);
}

if (!existsSync(SHARED)) {
  console.log(`bench:time skipped: ${SHARED} is absent`);
} else {
  const lexEn = loadTimeLexicon(new ResourceLoader('en'));
  const lexDe = loadTimeLexicon(new ResourceLoader('de'));
  const te = segmentAll(loadTempEval(), 'en');
  const ww = segmentAll(loadWikiWars(), 'de');
  evaluate('TempEval-3 platinum (en, TIMEX3 extents without prepositions; bar: HeidelTime value F1 77.6)', te, 'en', lexEn, 'core');
  // WikiWarsDE is narrative (histories; its DATETIME is a download date), so it is tagged the way
  // HeidelTime tags it, with narrative anchoring; the publication-anchored figure is printed too
  evaluate('WikiWarsDE (de, narrative anchoring, TIMEX2 extents: no prepositions, postmodifiers in; bar: HeidelTime strict F1 87.7)', ww, 'de', lexDe, 'timex2', { anchor: 'narrative' });
  evaluate('WikiWarsDE (de, publication anchoring)', ww, 'de', lexDe, 'timex2');
  speed([{ segs: te, lang: 'en', lex: lexEn }, { segs: ww, lang: 'de', lex: lexDe }]);
}
