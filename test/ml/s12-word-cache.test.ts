import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { FeatureExtractor } from '../../src/ml/features.js';
import { Gazetteer } from '../../src/ml/gazetteer.js';

/**
 * The extractor keeps per word form what does not depend on the sentence (capitalisation classes
 * for both positions, quotation marks, the gazetteer's one-word answer). A word met first in one
 * position and then in another must give the features a fresh extractor gives.
 */

const gazetteer = new Gazetteer({
  classes: ['country', 'firstname', 'org'],
  phrases: [['Vereinigte Staaten', 'Russland', 'Bosnien und Herzegowina'], ['Anna'], ['Vereinte Nationen', 'Vereinte']],
});
const lex = { lowerSeen: new Set(['die', 'vereinte', 'deutsche']), gazetteer };

const sentences: readonly (readonly string[])[] = [
  ['Anna', 'besucht', 'Russland', '.'],
  ['„', 'Russland', '“', 'sagte', 'Anna', ':', 'Die', 'Vereinigte', 'Staaten', 'zögern', '.'],
  ['Die', 'Vereinte', 'Nationen', '-', 'Deutsche', 'Bank', 'und', 'Bosnien', 'und', 'Herzegowina'],
  ['NATO', '–', 'Vereinte', 'Staaten', '«', 'Anna', '»', 'Bosnien', 'und'],
  ['russland', 'ANNA', 'vereinigte', 'staaten'],
];

test('features of a sentence do not depend on what the extractor saw before', () => {
  const warm = new FeatureExtractor(lex);
  // every word first in other positions
  for (const s of sentences) warm.extract([...s].reverse());
  for (const s of sentences) {
    const fresh = new FeatureExtractor(lex).extract(s);
    const again = warm.extract(s);
    assert.deepEqual(Array.from(again.feats), Array.from(fresh.feats), s.join(' '));
    assert.deepEqual(Array.from(again.offsets), Array.from(fresh.offsets), s.join(' '));
  }
});

test('gazetteer marks with cached one-word answers equal the plain marks', () => {
  const lowered = sentences.map((s) => s.map((w) => w.toLowerCase()));
  for (const lower of lowered) {
    const words = lower.map((w) => gazetteer.word(w));
    assert.deepEqual(gazetteer.mark(lower, words), gazetteer.mark(lower), lower.join(' '));
  }
  // a word that is a phrase of its own and starts a longer one: the longer wins when it follows
  const lower = ['die', 'vereinte', 'nationen', 'und', 'vereinte', 'staaten'];
  const marks = gazetteer.mark(lower, lower.map((w) => gazetteer.word(w)));
  assert.deepEqual(marks[1], [{ cls: 2, begin: true }]);
  assert.deepEqual(marks[2], [{ cls: 2, begin: false }]);
  assert.deepEqual(marks[4], [{ cls: 2, begin: true }]);
  assert.deepEqual(marks[5], []);
  assert.deepEqual(gazetteer.word('russland'), { bits: 1, prefix: false });
  assert.deepEqual(gazetteer.word('bosnien'), { bits: 0, prefix: true });
  assert.deepEqual(gazetteer.word('und'), { bits: 0, prefix: false });
});
