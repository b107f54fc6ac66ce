import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { FeatureIndex } from '../../src/ml/feature-index.js';
import { Gazetteer } from '../../src/ml/gazetteer.js';
import { bioLabels } from '../../src/ml/labels.js';
import { innerChunks } from '../../src/ml/nested.js';
import { SequenceModel } from '../../src/ml/sequence-model.js';
import { Tagger } from '../../src/ml/tagger.js';

test('inner names: listed places and -isch adjectives inside longer names', () => {
  const model = new SequenceModel(bioLabels(['ORG']), new FeatureIndex(), new Float32Array(0));
  const tagger = new Tagger(model, { lowerSeen: new Set(), gazetteer: new Gazetteer({ classes: ['country'], phrases: [['Deutschland']] }) });
  const words = ['Die', 'Deutsche', 'Bank', 'Deutschlands', 'und', 'Deutschland', '.'];
  const inner = innerChunks(tagger, words, [{ start: 1, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'LOC' }], ['country']);
  assert.deepEqual(inner, [
    { start: 1, end: 2, type: 'LOCderiv' },
    { start: 3, end: 4, type: 'LOC' },
  ]);
});

test('feature index maps keys to stable rows and grows', () => {
  const idx = new FeatureIndex(2);
  for (let k = 1; k <= 1000; k++) assert.equal(idx.add(k * 7919), k - 1);
  assert.equal(idx.get(7919 * 500), 499);
  assert.equal(idx.get(3), -1);
  const back = FeatureIndex.fromKeys(idx.keysByRow());
  assert.equal(back.get(7919 * 1000), 999);
});
