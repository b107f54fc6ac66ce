import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { randomModel } from '../../ml/random-model.js';
import { bioLabels } from '../../../src/ml/labels.js';
import { mulberry32 } from '../../../src/ml/perceptron.js';
import { SequenceModel } from '../../../src/ml/sequence-model.js';
import { loadNerModel } from '../../../src/stages/ner/model.js';

/**
 * Session 17 (speed): the tagger asks for confidences only over its chunks' tokens, so the forward pass stops after the
 * last chunk and the backward pass at the first; and for the label layout `bioLabels` makes, the backward pass visits
 * only the moves IOB2 allows. Both must leave every confidence asked for bit-identical to a full run over the sentence.
 */

/** Random emission scores for `n` tokens. */
function randomEmissions(model: SequenceModel, n: number, seed: number): Float32Array {
  const rnd = mulberry32(seed);
  const em = new Float32Array(n * model.labels.length);
  for (let k = 0; k < em.length; k++) em[k] = Math.fround((rnd() - 0.5) * 20);
  return em;
}

const layouts = [
  { name: 'German label set (bioLabels, 25 labels)', labels: bioLabels(['PER', 'ORG', 'LOC', 'OTH', 'PERderiv', 'ORGderiv', 'LOCderiv', 'OTHderiv', 'PERpart', 'ORGpart', 'LOCpart', 'OTHpart']) },
  { name: 'English label set (bioLabels, 11 labels)', labels: bioLabels(['PER', 'ORG', 'LOC', 'MISC', 'LOCderiv']) },
  // (not the layout bioLabels makes: the generic backward pass)
  { name: 'B- labels first, then I- labels', labels: ['O', 'B-PER', 'B-ORG', 'I-PER', 'I-ORG'] },
  { name: 'one type', labels: bioLabels(['ORG']) },
];

for (const c of layouts) {
  test(`confidences over a token range equal the full run's: ${c.name}`, () => {
    const model = randomModel(c.labels, 50, c.labels.length);
    const L = model.labels.length;
    for (let k = 0; k < 12; k++) {
      const n = 1 + ((k * 5) % 23);
      const em = randomEmissions(model, n, 100 + k);
      const rnd = mulberry32(k);
      const allowed = new Uint8Array(n * L).fill(1);
      for (let i = 0; i < n; i++) if (rnd() < 0.3) for (let l = 0; l < L; l++) if (model.labels[l]![0] === 'I') allowed[i * L + l] = 0;
      const path = model.viterbi(em, n, allowed);
      const full = model.tokenConfidence(em, path, 8, allowed);
      const first = Math.floor(rnd() * n);
      const last = first + 1 + Math.floor(rnd() * (n - first));
      const part = model.tokenConfidence(em, path, 8, allowed, first, last);
      for (let i = 0; i < n; i++) assert.equal(part[i], i >= first && i < last ? full[i] : 0, `token ${i} of ${n}, range [${first}, ${last})`);
    }
  });
}

test('an empty range computes nothing: every confidence stays 0', () => {
  const model = randomModel(bioLabels(['PER']), 20, 9);
  const em = randomEmissions(model, 6, 9);
  const path = model.viterbi(em, 6);
  assert.deepEqual(model.tokenConfidence(em, path, 8, undefined, 3, 3), new Float32Array(6));
  assert.deepEqual(model.tokenConfidence(em, path, 8, undefined, 5, 2), new Float32Array(6));
});

test("the German tagger's chunk confidences are the lowest full-run confidence of their tokens", () => {
  const { tagger } = loadNerModel('de');
  const sentences = [
    'Die Außenministerin Annalena Baerbock traf in Brüssel den Generalsekretär der NATO .',
    'Am Montag sprach der Sprecher des Auswärtigen Amts in Berlin über die Lage in der Ukraine .',
    'Keine Namen stehen in diesem Satz .',
  ];
  for (const s of sentences) {
    const words = s.split(' ');
    const chunks = tagger.tag(words);
    // (the reference: the model's full run over the same scores and mask the tagger decodes with)
    const em = (tagger as unknown as { emissions(w: readonly string[]): Float32Array }).emissions(words);
    const allowed = (tagger as unknown as { allowed(w: readonly string[]): Uint8Array | undefined }).allowed(words);
    const path = tagger.model.viterbi(em, words.length, allowed);
    const full = tagger.model.tokenConfidence(em, path, 8, allowed);
    for (const ch of chunks) {
      let min = 1;
      for (let i = ch.start; i < ch.end; i++) min = Math.min(min, full[i]!);
      assert.equal(ch.confidence, Math.round(min * 1000) / 1000, `${words.slice(ch.start, ch.end).join(' ')} in "${s}"`);
    }
  }
});
