import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { chunkF1, germEvalScores, type GermEvalToken } from '../../src/ml/eval.js';

const tok = (goldOuter: string, guessOuter: string, goldInner = 'O', guessInner = 'O'): GermEvalToken => ({ goldOuter, goldInner, guessOuter, guessInner });

test('chunk F1 counts exact spans and types', () => {
  const r = chunkF1([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'I-PER', 'O', 'B-ORG']]);
  assert.equal(r.tp, 1);
  assert.equal(r.found, 2);
  assert.equal(r.gold, 2);
  assert.equal(r.f1, 50);
});

test('GermEval strict metric: exact subclass needed, inner level pooled with outer', () => {
  const s = germEvalScores([
    tok('B-ORG', 'B-ORG'),
    tok('I-ORG', 'I-ORG', 'B-LOC', 'O'),
    tok('O', 'O'),
    tok('B-LOCderiv', 'B-LOC'),
    tok('O', 'O'),
    tok('B-PER', 'B-PER'),
    tok('O', 'O'),
  ]);
  // outer: ORG right, LOCderiv wrong subclass, PER right; inner: LOC missed
  assert.equal(s.outerStrict.tp, 2);
  assert.equal(s.outerStrict.gold, 3);
  assert.equal(s.innerStrict.gold, 1);
  assert.equal(s.strictCombined.tp, 2);
  assert.equal(s.strictCombined.gold, 4);
  assert.equal(s.strictCombined.found, 3);
  // loose ignores deriv/part
  assert.equal(s.looseCombined.tp, 3);
});

test('GermEval metric keeps the script quirk: a chunk ending at the last token is not counted', () => {
  const s = germEvalScores([tok('O', 'O'), tok('B-PER', 'B-PER')]);
  assert.equal(s.outerStrict.tp, 0);
  assert.equal(s.outerStrict.gold, 1);
});
