import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { randomModel } from './random-model.js';
import { bioLabels } from '../../src/ml/labels.js';
import { mulberry32 } from '../../src/ml/perceptron.js';
import { SequenceModel } from '../../src/ml/sequence-model.js';

/**
 * The tagger's speed-ups (frozen sparse weights, decoding over the moves IOB2 allows) must give
 * bit-identical scores, paths and confidences: compared here with the dense computation on random
 * models, including unknown features, negative and zero weights and masked tokens.
 */

/** Random sentence features: known keys mixed with keys the model lacks. */
function randomSentence(rows: number, n: number, seed: number): { feats: Uint32Array; offsets: Uint32Array } {
  const rnd = mulberry32(seed);
  const feats: number[] = [];
  const offsets = [0];
  for (let i = 0; i < n; i++) {
    const m = 5 + Math.floor(rnd() * 20);
    for (let j = 0; j < m; j++) feats.push(rnd() < 0.7 ? ((Math.floor(rnd() * rows) + 1) * 2654435761) >>> 0 || 1 : (Math.floor(rnd() * 2 ** 32) >>> 0) | 1);
    offsets.push(feats.length);
  }
  return { feats: Uint32Array.from(feats), offsets: Uint32Array.from(offsets) };
}

/** Viterbi over every move, the reference the restricted decoder must match. */
function denseViterbi(m: SequenceModel, em: Float32Array, n: number, allowed?: Uint8Array): Int32Array {
  const L = m.labels.length;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let l = 0; l < L; l++) score[l] = !allowed || allowed[l] !== 0 ? em[l]! + m.transitions[L * L + l]! + m.mask[L * L + l]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < L; l++) {
      if (allowed && allowed[i * L + l] === 0) {
        score[i * L + l] = -Infinity;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p]! + m.transitions[p * L + l]! + m.mask[p * L + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + em[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  const out = new Int32Array(n);
  let best = -Infinity;
  for (let l = 0; l < L; l++) {
    if (score[(n - 1) * L + l]! > best) {
      best = score[(n - 1) * L + l]!;
      out[n - 1] = l;
    }
  }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}

/** Forward-backward over every move (masked ones with weight 0), the confidence reference. */
function denseConfidence(m: SequenceModel, em: Float32Array, path: Int32Array, allowed: Uint8Array): Float32Array {
  const L = m.labels.length;
  const n = path.length;
  const T = 8;
  const tr = Float64Array.from(m.transitions, (x, k) => (m.mask[k] === -Infinity ? 0 : Math.exp(x / T)));
  const e = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let l = 0; l < L; l++) max = Math.max(max, em[i * L + l]!);
    for (let l = 0; l < L; l++) e[i * L + l] = allowed[i * L + l] === 0 ? 0 : Math.exp((em[i * L + l]! - max) / T);
  }
  const a = new Float64Array(n * L);
  const b = new Float64Array(n * L);
  let z = 0;
  for (let l = 0; l < L; l++) z += a[l] = e[l]! * tr[L * L + l]!;
  for (let l = 0; l < L; l++) a[l]! /= z;
  for (let i = 1; i < n; i++) {
    z = 0;
    for (let l = 0; l < L; l++) {
      let sum = 0;
      for (let p = 0; p < L; p++) sum += a[(i - 1) * L + p]! * tr[p * L + l]!;
      z += a[i * L + l] = sum * e[i * L + l]!;
    }
    for (let l = 0; l < L; l++) a[i * L + l]! /= z;
  }
  for (let l = 0; l < L; l++) b[(n - 1) * L + l] = 1;
  for (let i = n - 2; i >= 0; i--) {
    z = 0;
    for (let p = 0; p < L; p++) {
      let sum = 0;
      for (let l = 0; l < L; l++) sum += tr[p * L + l]! * e[(i + 1) * L + l]! * b[(i + 1) * L + l]!;
      z += b[i * L + p] = sum;
    }
    for (let p = 0; p < L; p++) b[i * L + p]! /= z;
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let l = 0; l < L; l++) norm += a[i * L + l]! * b[i * L + l]!;
    out[i] = norm > 0 ? Math.min(1, (a[i * L + path[i]!]! * b[i * L + path[i]!]!) / norm) : 0;
  }
  return out;
}

const cases = [
  { name: 'German label set (25 labels)', types: ['PER', 'ORG', 'LOC', 'OTH', 'PERderiv', 'ORGderiv', 'LOCderiv', 'OTHderiv', 'PERpart', 'ORGpart', 'LOCpart', 'OTHpart'], seed: 1 },
  { name: 'English label set (9 labels)', types: ['PER', 'ORG', 'LOC', 'MISC'], seed: 2 },
  { name: 'one type', types: ['ORG'], seed: 3 },
];

for (const c of cases) {
  test(`frozen weights score exactly as the dense ones: ${c.name}`, () => {
    const model = randomModel(bioLabels(c.types), 300, c.seed);
    const sentences = [1, 2, 7, 30].map((n, k) => randomSentence(300, n, c.seed * 100 + k));
    const dense = sentences.map((s) => model.emissions(s));
    const denseLocal = sentences.map((s) => model.scoreFeatures(s.feats));
    model.freeze();
    sentences.forEach((s, k) => {
      assert.deepEqual(model.emissions(s), dense[k]);
      assert.deepEqual(model.scoreFeatures(s.feats), denseLocal[k]);
    });
    // new weights make the frozen copy stale: the model falls back to them
    model.weights = new Float32Array(model.weights.length);
    assert.deepEqual(model.emissions(sentences[3]!), new Float32Array(30 * model.labels.length));
  });

  test(`decoding over the allowed moves finds the dense path: ${c.name}`, () => {
    const model = randomModel(bioLabels(c.types), 200, c.seed + 10);
    const L = model.labels.length;
    for (let k = 0; k < 20; k++) {
      const n = 1 + (k * 7) % 40;
      const em = model.emissions(randomSentence(200, n, c.seed * 1000 + k));
      const rnd = mulberry32(k);
      const allowed = new Uint8Array(n * L).fill(1);
      for (let i = 0; i < n; i++) if (rnd() < 0.3) for (let l = 0; l < L; l++) if (model.labels[l]![0] === 'I') allowed[i * L + l] = 0;
      assert.deepEqual(model.viterbi(em, n), denseViterbi(model, em, n));
      const path = model.viterbi(em, n, allowed);
      assert.deepEqual(path, denseViterbi(model, em, n, allowed));
      const conf = model.tokenConfidence(em, path, 8, allowed);
      assert.deepEqual(conf, denseConfidence(model, em, path, allowed));
      for (const x of conf) assert.ok(x > 0 && x <= 1, `confidence ${x} in (0, 1]`);
    }
  });
}

test('a path the mask forbids never appears: an I- label only after its B- or I-', () => {
  const model = randomModel(bioLabels(['PER', 'ORG']), 100, 7);
  for (let k = 0; k < 30; k++) {
    const n = 2 + k;
    const path = model.viterbi(model.emissions(randomSentence(100, n, 500 + k)), n);
    path.forEach((l, i) => {
      const label = model.labels[l]!;
      if (label[0] !== 'I') return;
      const prev = i > 0 ? model.labels[path[i - 1]!]! : 'O';
      assert.ok(prev !== 'O' && prev.slice(2) === label.slice(2), `${prev} → ${label}`);
    });
  }
});
