import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { FeatureExtractor, type FeatureLexicon } from '../../src/ml/features.js';
import { Gazetteer } from '../../src/ml/gazetteer.js';
import { bioLabels, chunksOf, iob1ToIob2 } from '../../src/ml/labels.js';
import { decodeModel, encodeModel } from '../../src/ml/model-file.js';
import { trainPerceptron, type TrainingSentence } from '../../src/ml/perceptron.js';
import { Tagger } from '../../src/ml/tagger.js';

// Toy task: capitalised words after "Herr"/"Frau" are persons, after "in"/"nach" places.
const NAMES = ['Müller', 'Schmidt', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter'];
const PLACES = ['Berlin', 'Hamburg', 'Köln', 'Bremen', 'Dresden', 'Leipzig', 'Essen', 'Bonn'];

function toy(): { tokens: string[]; tags: string[] }[] {
  const out: { tokens: string[]; tags: string[] }[] = [];
  NAMES.forEach((n, i) => {
    const p = PLACES[(i * 3) % PLACES.length]!;
    out.push({ tokens: ['Herr', n, 'wohnt', 'in', p, '.'], tags: ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'] });
    out.push({ tokens: ['Frau', n, 'Junior', 'fährt', 'nach', p, '.'], tags: ['O', 'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'] });
  });
  return out;
}

const lexicon: FeatureLexicon = { lowerSeen: new Set(['wohnt', 'in', 'fährt', 'nach']), gazetteer: new Gazetteer({ classes: [], phrases: [] }) };
const labels = bioLabels(['PER', 'LOC']);

function train(): Tagger {
  const fx = new FeatureExtractor(lexicon);
  const data: TrainingSentence[] = toy().map((s) => ({ features: fx.extract(s.tokens), gold: Int32Array.from(s.tags, (t) => labels.indexOf(t)) }));
  return new Tagger(trainPerceptron(labels, data, { epochs: 8, minCount: 1, seed: 1 }), lexicon);
}

test('BIO helpers: chunks, IOB1 conversion', () => {
  assert.deepEqual(chunksOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
  assert.deepEqual(iob1ToIob2(['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER']), ['B-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER']);
});

test('the perceptron learns a toy task and generalises to unseen names from context', () => {
  const tagger = train();
  assert.deepEqual(tagger.labels(['Herr', 'Weber', 'wohnt', 'in', 'Bonn', '.']), ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
  // unseen words: context decides
  assert.deepEqual(tagger.labels(['Herr', 'Zander', 'wohnt', 'in', 'Gotha', '.']), ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
  const chunks = tagger.tag(['Frau', 'Koch', 'Junior', 'fährt', 'nach', 'Essen', '.']);
  assert.deepEqual(chunks.map((c) => [c.start, c.end, c.type]), [[1, 3, 'PER'], [5, 6, 'LOC']]);
  for (const c of chunks) assert.ok(c.confidence > 0 && c.confidence <= 1);
});

test('decoding never produces an I- tag without its B-', () => {
  const tagger = train();
  for (const s of [['Junior', 'Junior'], ['in', 'Junior', '.'], []]) {
    const tags = tagger.labels(s);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.ok(i > 0 && tags[i - 1]!.slice(2) === t.slice(2), tags.join(' '));
    });
  }
});

test('serialisation round trip keeps the predictions', () => {
  const tagger = train();
  const loaded = decodeModel(encodeModel(tagger, { note: 'toy' }));
  assert.equal(loaded.meta.note, 'toy');
  assert.match(loaded.hash, /^[0-9a-f]{8}$/);
  for (const s of toy()) assert.deepEqual(loaded.tagger.labels(s.tokens), tagger.labels(s.tokens));
  assert.throws(() => decodeModel(Buffer.from('not a model')));
});

test('cached word-local scores give the same labels as full feature extraction', () => {
  const tagger = train();
  const fx = new FeatureExtractor(lexicon);
  for (const s of toy()) {
    const em = tagger.model.emissions(fx.extract(s.tokens));
    const path = tagger.model.viterbi(em, s.tokens.length);
    assert.deepEqual(Array.from(path, (l) => labels[l]), tagger.labels(s.tokens));
  }
});

test('token confidences are probabilities and lower on ambiguous words', () => {
  const tagger = train();
  const [clear] = tagger.tag(['Herr', 'Weber', 'wohnt', 'in', 'Bonn', '.']);
  assert.ok(clear && clear.confidence > 0.5 && clear.confidence <= 1);
});

test('name connectors constrain decoding: no I- label on other lower-case words', () => {
  const tagger = train();
  tagger.nameConnectors = new Set(['von']);
  for (const s of [['Frau', 'Koch', 'junior', 'fährt', '.'], ['Herr', 'Weber', 'von', 'Bonn', 'wohnt', 'in', 'Essen']]) {
    const tags = tagger.labels(s);
    tags.forEach((t, i) => {
      if (t.startsWith('I-')) assert.ok(/^\p{Lu}/u.test(s[i]!) || s[i] === 'von', tags.join(' '));
    });
    for (const c of tagger.tag(s)) assert.ok(c.confidence > 0 && c.confidence <= 1);
  }
});
