/**
 * NER benchmark: `npm run bench:ner`. Prints
 * - GermEval 2014 test: the official strict combined metric of `nereval.perl` (both levels,
 *   12 classes), its loose and per-level variants, and the outer-chunk F1 over the four base
 *   classes PER/LOC/ORG/OTH (deriv/part chunks dropped on both sides);
 * - WikiGold (English): CoNLL span F1 over PER/LOC/ORG/MISC and over PER/LOC/ORG;
 * - tagging speed in words per second (feature extraction + decoding, one core).
 * Both test sets are evaluation-only: nothing here feeds back into training.
 * Skips with a message when ../shared/data is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { Doc } from '../src/doc/doc.js';
import { detectLanguage as ingestLang } from '../src/ingest/language.js';
import { ingestPlainText } from '../src/ingest/index.js';
import { join } from 'node:path';
import { readColumns, type ColumnSentence } from '../src/ml/conll.js';
import { chunkF1, germEvalScores, type GermEvalToken, type Prf } from '../src/ml/eval.js';
import { chunksOf, chunksToTags, iob1ToIob2 } from '../src/ml/labels.js';
import { innerChunks } from '../src/ml/nested.js';
import type { Tagger } from '../src/ml/tagger.js';
import { MODELS_DIR, ResourceLoader } from '../src/resources/loader.js';
import { nerStage } from '../src/stages/ner/index.js';
import { loadNerLexicon, loadNerModel } from '../src/stages/ner/model.js';
import { segmentStage } from '../src/stages/segment/index.js';

const SHARED = join(MODELS_DIR, '..', '..', 'shared', 'data');

/** Gazetteer classes whose words count as inner place names (chosen on held-out GermEval dev sentences). */
const INNER_PLACES = ['country', 'capital', 'wiki-LOC'];

const fmt = (p: Prf): string => `P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}  F1 ${p.f1.toFixed(2)}`;

function wordsPerSecond(tagger: Tagger, sents: readonly ColumnSentence[]): number {
  // warm up the JIT, then time at least one second of work
  for (const s of sents.slice(0, 300)) tagger.tag(s.tokens);
  let words = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 1.5) {
    for (const s of sents) {
      tagger.tag(s.tokens);
      words += s.tokens.length;
    }
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return words / elapsed;
}

function germEval(): void {
  const { tagger, hash } = loadNerModel('de');
  // decode as the ner stage does
  tagger.nameConnectors = loadNerLexicon(new ResourceLoader('de')).nameConnectors;
  const sents = readColumns(readFileSync(join(SHARED, 'germeval2014', 'NER-de-test.tsv'), 'utf8'), { sep: '\t', tokenColumn: 1, tagColumns: [2, 3], comment: '#' });
  const tokens: GermEvalToken[] = [];
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const s of sents) {
    const guess = tagger.labels(s.tokens);
    gold.push(s.tags[0]!);
    pred.push(guess);
    // the inner level: names inside the predicted outer names (see src/ml/nested.ts)
    const inner = chunksToTags(innerChunks(tagger, s.tokens, chunksOf(guess), INNER_PLACES), s.tokens.length);
    guess.forEach((g, i) => tokens.push({ goldOuter: s.tags[0]![i]!, goldInner: s.tags[1]![i]!, guessOuter: g, guessInner: inner[i]! }));
  }
  const sc = germEvalScores(tokens);
  const base = (t: string): string | null => (t.endsWith('deriv') || t.endsWith('part') ? null : t);
  console.log(`GermEval 2014 test (${sents.length} sentences, model ner-de@${hash}; trained without GermEval train, see models/NER-MODEL.md)`);
  console.log(`  1. strict, combined (official)  ${fmt(sc.strictCombined)}   [bar 76.38]`);
  console.log(`  2. loose, combined              ${fmt(sc.looseCombined)}`);
  console.log(`  3.1 strict, outer chunks        ${fmt(sc.outerStrict)}`);
  console.log(`  3.2 strict, inner chunks        ${fmt(sc.innerStrict)}`);
  console.log(`  outer chunks, PER/LOC/ORG/OTH   ${fmt(chunkF1(gold, pred, base))}`);
  for (const t of ['PER', 'LOC', 'ORG', 'OTH', 'LOCderiv', 'ORGpart']) console.log(`    ${t.padEnd(9)} ${fmt(chunkF1(gold, pred, (x) => (x === t ? x : null)))}`);
  console.log(`  tagging speed: ${Math.round(wordsPerSecond(tagger, sents)).toLocaleString('en')} words/s`);
}

function wikiGold(): void {
  const { tagger, hash } = loadNerModel('en');
  tagger.nameConnectors = loadNerLexicon(new ResourceLoader('en')).nameConnectors;
  const sents = readColumns(readFileSync(join(SHARED, 'wikigold', 'wikigold.conll'), 'utf8'), { sep: 'space', tokenColumn: 0, tagColumns: [-1] });
  const gold = sents.map((s) => iob1ToIob2(s.tags[0]!));
  // the English model tags demonyms as LOCderiv; CoNLL (and WikiGold) count them as MISC
  const pred = sents.map((s) => tagger.labels(s.tokens).map((t) => t.replace(/-LOCderiv$/, '-MISC')));
  console.log(`WikiGold (${sents.length} sentences, model ner-en@${hash})`);
  console.log(`  PER/LOC/ORG/MISC                ${fmt(chunkF1(gold, pred))}`);
  console.log(`  PER/LOC/ORG (MISC dropped)      ${fmt(chunkF1(gold, pred, (t) => (t === 'MISC' ? null : t)))}`);
  for (const t of ['PER', 'LOC', 'ORG', 'MISC']) console.log(`    ${t.padEnd(9)} ${fmt(chunkF1(gold, pred, (x) => (x === t ? x : null)))}`);
  console.log(`  tagging speed: ${Math.round(wordsPerSecond(tagger, sents)).toLocaleString('en')} words/s`);
}

/** Speed of the `ner` stage itself (on the segmenter's tokens) over the dev corpus articles. */
function stageSpeed(): void {
  const dir = join(SHARED, '..', 'corpus', 'dev');
  if (!existsSync(dir)) return;
  for (const lang of ['de', 'en'] as const) {
    const ctx = { lang, resources: new ResourceLoader(lang), options: {}, dataDir: null };
    const segment = segmentStage.create(ctx);
    const ner = nerStage.create(ctx);
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const ing = ingestPlainText(readFileSync(join(dir, f), 'utf8'), lang);
        const doc = new Doc(ing.text, { id: f, title: null, published: null, language: lang, source: null, address: null });
        doc.add('paragraphs', ing.zones.map((z) => ({ start: z.start, end: z.end, zone: z.zone, stage: 'ingest', rule: z.rule })), 'ingest');
        segment(doc);
        return doc;
      })
      .filter((d) => ingestLang(d.text) === lang);
    let words = 0;
    let ms = 0;
    for (let round = 0; round < 30; round++) {
      for (const d of docs) {
        const copy = new Doc(d.text, d.meta);
        copy.add('sentences', d.get('sentences'), 'segment');
        copy.add('tokens', d.get('tokens'), 'segment');
        const t0 = performance.now();
        ner(copy);
        ms += performance.now() - t0;
        words += d.get('tokens').length;
      }
    }
    console.log(`ner stage (${lang}, ${docs.length} dev articles, segmenter tokens): ${Math.round(words / (ms / 1000)).toLocaleString('en')} tokens/s`);
  }
}

if (!existsSync(SHARED)) {
  console.log(`bench:ner: skipped, ${SHARED} not found (GermEval 2014 and WikiGold live in ../shared/data).`);
} else {
  germEval();
  wikiGold();
  stageSpeed();
}
