import { FeatureIndex } from './feature-index.js';
import type { SentenceFeatures } from './features.js';
import { SequenceModel } from './sequence-model.js';

/**
 * Training of a {@link SequenceModel} as an averaged structured perceptron (Collins 2002):
 * decode each sentence with the current weights, and where the best path differs from the gold
 * path add the gold features and subtract the predicted ones. Averaging uses the usual trick of a
 * second accumulator weighted by the update time, so it costs one extra array, not a copy per step.
 */

/** One training sentence: features plus gold label indices, or label sets where the data is partial. */
export interface TrainingSentence {
  readonly features: SentenceFeatures;
  /** Gold label index per token. */
  readonly gold: Int32Array;
  /**
   * Optional `n × L` mask of labels acceptable as gold for each token (partially labelled data,
   * e.g. a corpus that does not annotate MISC). The gold path is then the best path within the
   * mask under the current weights (latent-variable perceptron).
   */
  readonly allowed?: Uint8Array;
}

/** Training settings. */
export interface TrainOptions {
  readonly epochs: number;
  /** Features seen fewer times than this in the training data get no weight row. */
  readonly minCount: number;
  /** Seed of the shuffling between epochs (training is deterministic for a seed). */
  readonly seed: number;
  /**
   * Share of a sentence's feature occurrences hidden at random in each training step (0 = none):
   * with little data it keeps the model from leaning on a few strong features such as the word itself.
   */
  readonly dropout?: number;
  /** Called after each epoch (for progress and early evaluation). */
  readonly onEpoch?: (epoch: number, errors: number, averaged: () => SequenceModel) => void;
}

/** Small deterministic PRNG (mulberry32) for shuffling. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a model over `labels` (label 0 must be "O") and returns it with averaged weights. */
export function trainPerceptron(labels: readonly string[], data: readonly TrainingSentence[], opts: TrainOptions): SequenceModel {
  const L = labels.length;
  // feature counts, then rows only for features seen often enough
  const counts = new Map<number, number>();
  for (const s of data) for (const f of s.features.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new FeatureIndex(counts.size);
  for (const [f, c] of counts) if (c >= opts.minCount) index.add(f);
  counts.clear();
  const rows = data.map((s) => {
    const r = new Int32Array(s.features.feats.length);
    for (let j = 0; j < r.length; j++) r[j] = index.get(s.features.feats[j]!);
    return r;
  });
  const w = new Float32Array(index.size * L);
  const u = new Float32Array(index.size * L); // Σ time × update, for averaging
  const model = new SequenceModel(labels, index, w);
  const tr = model.transitions;
  const tu = new Float32Array(tr.length);
  const rnd = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const si of order) {
      const s = data[si]!;
      let r = rows[si]!;
      const drop = opts.dropout ?? 0;
      if (drop > 0) {
        r = r.slice();
        for (let j = 0; j < r.length; j++) if (rnd() < drop) r[j] = -1;
      }
      const n = s.gold.length;
      if (n === 0) continue;
      const em = model.emissions(s.features, r);
      const pred = model.viterbi(em, n);
      const gold = s.allowed ? model.viterbi(em, n, s.allowed) : s.gold;
      let differs = false;
      for (let t = 0; t < n; t++) if (pred[t] !== gold[t]) differs = true;
      if (differs) {
        errors++;
        const f = s.features;
        for (let t = 0; t < n; t++) {
          const g = gold[t]!;
          const p = pred[t]!;
          if (g !== p) {
            for (let j = f.offsets[t]!; j < f.offsets[t + 1]!; j++) {
              const row = r[j]!;
              if (row < 0) continue;
              w[row * L + g]! += 1;
              u[row * L + g]! += c;
              w[row * L + p]! -= 1;
              u[row * L + p]! -= c;
            }
          }
          const gp = t === 0 ? L : gold[t - 1]!;
          const pp = t === 0 ? L : pred[t - 1]!;
          if (gp !== pp || g !== p) {
            tr[gp * L + g]! += 1;
            tu[gp * L + g]! += c;
            tr[pp * L + p]! -= 1;
            tu[pp * L + p]! -= c;
          }
        }
      }
      c++;
    }
    const cNow = c;
    opts.onEpoch?.(epoch, errors, () => averagedModel(model, u, tu, cNow));
  }
  return averagedModel(model, u, tu, c);
}

/** The averaged weights `w - u / c` as a new model (the training model stays untouched). */
function averagedModel(model: SequenceModel, u: Float32Array, tu: Float32Array, c: number): SequenceModel {
  const w = new Float32Array(model.weights.length);
  for (let k = 0; k < w.length; k++) w[k] = model.weights[k]! - u[k]! / c;
  const tr = new Float32Array(model.transitions.length);
  for (let k = 0; k < tr.length; k++) tr[k] = model.transitions[k]! - tu[k]! / c;
  return new SequenceModel(model.labels, model.index, w, tr);
}
