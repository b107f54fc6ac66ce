import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { capClass, FeatureExtractor, shortShape, wordShape } from '../../src/ml/features.js';
import { Gazetteer } from '../../src/ml/gazetteer.js';
import { hash1 } from '../../src/ml/hash.js';

const gazetteer = new Gazetteer({ classes: ['country', 'firstname'], phrases: [['Vereinigte Staaten', 'Russland'], ['Anna']] });

test('word shapes cut runs and keep punctuation', () => {
  assert.equal(wordShape('Merkel'), 'Xxx');
  assert.equal(wordShape('US-Präsident'), 'XX-Xxx');
  assert.equal(wordShape('2025'), 'dd');
  assert.equal(shortShape('XX-Xxx'), 'X-Xx');
});

test('capitalisation class separates sentence-initial words and words seen in lower case', () => {
  assert.equal(capClass('Die', true, true), 'init-cap-lseen');
  assert.equal(capClass('Deutsche', false, true), 'cap-lseen');
  assert.equal(capClass('Lawrow', false, false), 'cap');
  assert.equal(capClass('NATO', false, false), 'caps');
  assert.equal(capClass('sagte', false, true), 'low');
});

test('gazetteer marks the longest phrase, case-insensitively', () => {
  const marks = gazetteer.mark(['die', 'vereinigte', 'staaten', 'und', 'russland']);
  assert.deepEqual(marks[1], [{ cls: 0, begin: true }]);
  assert.deepEqual(marks[2], [{ cls: 0, begin: false }]);
  assert.deepEqual(marks[3], []);
  assert.deepEqual(marks[4], [{ cls: 0, begin: true }]);
});

test('feature extraction is deterministic and depends on context', () => {
  const fx = new FeatureExtractor({ lowerSeen: new Set(['die']), gazetteer });
  const a = fx.extract(['Anna', 'besucht', 'Russland', '.']);
  const b = fx.extract(['Anna', 'besucht', 'Russland', '.']);
  assert.deepEqual(Array.from(a.feats), Array.from(b.feats));
  assert.equal(a.offsets.length, 5);
  const c = fx.extract(['Anna', 'verlässt', 'Russland', '.']);
  const tok2 = (s: typeof a): number[] => Array.from(s.feats.subarray(s.offsets[2]!, s.offsets[3]!));
  assert.notDeepEqual(tok2(a), tok2(c), 'the previous word is a feature');
  // the word feature of "Russland" is the same whatever the context
  const word = hash1(2, 'Russland');
  assert.ok(tok2(a).includes(word) && tok2(c).includes(word));
  for (const f of a.feats) assert.notEqual(f, 0);
});
