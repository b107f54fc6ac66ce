import { FeatureIndex } from './feature-index.js';
import { allowedTransition } from './labels.js';
import type { SentenceFeatures } from './features.js';

/**
 * A linear-chain sequence model: per-token label scores from hashed features (emissions) plus a
 * label-bigram transition matrix, decoded exactly with Viterbi. IOB2 constraints are part of the
 * transition matrix (forbidden moves score -Infinity), so the output is always well formed.
 */
export class SequenceModel {
  readonly labels: readonly string[];
  readonly index: FeatureIndex;
  /** Row-major: `weights[row * L + label]`. */
  weights: Float32Array;
  /** `(L + 1) × L`: row L is the sentence start. */
  readonly transitions: Float32Array;
  /** Same shape; 0 where allowed, -Infinity where IOB2 forbids the move. */
  readonly mask: Float32Array;

  constructor(labels: readonly string[], index: FeatureIndex, weights: Float32Array, transitions?: Float32Array) {
    const L = labels.length;
    if (labels[0] !== 'O') throw new RangeError('label 0 must be "O"');
    if (weights.length !== index.size * L) throw new RangeError(`weights: expected ${index.size * L}, got ${weights.length}`);
    this.labels = labels;
    this.index = index;
    this.weights = weights;
    this.transitions = transitions ?? new Float32Array((L + 1) * L);
    this.mask = new Float32Array((L + 1) * L);
    for (let p = 0; p <= L; p++) {
      for (let l = 0; l < L; l++) {
        if (!allowedTransition(p === L ? null : labels[p]!, labels[l]!)) this.mask[p * L + l] = -Infinity;
      }
    }
  }

  /** Emission scores `n × L` for a sentence's features (unknown features are skipped). */
  emissions(sf: SentenceFeatures, rowsOut?: Int32Array): Float32Array {
    const L = this.labels.length;
    const n = sf.offsets.length - 1;
    const out = new Float32Array(n * L);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let j = sf.offsets[i]!; j < sf.offsets[i + 1]!; j++) {
        const r = rowsOut ? rowsOut[j]! : this.index.get(sf.feats[j]!);
        if (r < 0) continue;
        const o = r * L;
        for (let l = 0; l < L; l++) out[base + l]! += w[o + l]!;
      }
    }
    return out;
  }

  /**
   * Best label sequence for emission scores `n × L`. `allowed`, when given, restricts token i to
   * labels with `allowed[i * L + l] !== 0` (used in training for partially labelled data).
   */
  viterbi(em: Float32Array, n: number, allowed?: Uint8Array): Int32Array {
    const L = this.labels.length;
    const out = new Int32Array(n);
    if (n === 0) return out;
    const score = new Float64Array(n * L);
    const back = new Int32Array(n * L);
    const tr = this.transitions;
    const mk = this.mask;
    for (let l = 0; l < L; l++) {
      const ok = !allowed || allowed[l] !== 0;
      score[l] = ok ? em[l]! + tr[L * L + l]! + mk[L * L + l]! : -Infinity;
    }
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      for (let l = 0; l < L; l++) {
        if (allowed && allowed[cur + l] === 0) {
          score[cur + l] = -Infinity;
          back[cur + l] = 0;
          continue;
        }
        let best = -Infinity;
        let arg = 0;
        for (let p = 0; p < L; p++) {
          const s = score[prev + p]! + tr[p * L + l]! + mk[p * L + l]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[cur + l] = best + em[cur + l]!;
        back[cur + l] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * L;
    for (let l = 0; l < L; l++) {
      if (score[last + l]! > best) {
        best = score[last + l]!;
        arg = l;
      }
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
    return out;
  }

  /**
   * A cheap confidence per token: the softmax probability of the chosen label among the labels
   * reachable from the chosen previous label, from emission plus transition scores.
   */
  tokenConfidence(em: Float32Array, path: Int32Array): Float32Array {
    const L = this.labels.length;
    const out = new Float32Array(path.length);
    for (let i = 0; i < path.length; i++) {
      const p = i === 0 ? L : path[i - 1]!;
      let max = -Infinity;
      const s = new Float64Array(L);
      for (let l = 0; l < L; l++) {
        s[l] = em[i * L + l]! + this.transitions[p * L + l]! + this.mask[p * L + l]!;
        if (s[l]! > max) max = s[l]!;
      }
      let z = 0;
      for (let l = 0; l < L; l++) z += Math.exp(s[l]! - max);
      out[i] = Math.exp(s[path[i]!]! - max) / z;
    }
    return out;
  }
}
