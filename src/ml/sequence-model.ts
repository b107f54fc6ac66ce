import { FeatureIndex } from './feature-index.js';
import { FrozenWeights } from './frozen-weights.js';
import { allowedTransition, labelType } from './labels.js';
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
    const preds: number[][] = labels.map(() => []);
    for (let p = 0; p < L; p++) {
      for (let l = 0; l < L; l++) {
        if (this.mask[p * L + l] === -Infinity) continue;
        preds[l]!.push(p);
      }
    }
    this.preds = preds.map((x) => Int32Array.from(x));
    this.iobPairs = L % 2 === 1 && labels.every((x, l) => l === 0 || (l % 2 === 1 ? x.startsWith('B-') : x === `I-${labelType(labels[l - 1]!) ?? ''}`));
  }

  /**
   * Per label, the labels that may precede it (ascending): IOB2 lets an I-X follow only B-X and
   * I-X, so Viterbi and the forward pass skip the moves the mask forbids — they score -Infinity
   * (probability 0) and never change a maximum or a sum.
   */
  private readonly preds: readonly Int32Array[];

  /** Whether the labels are laid out as `bioLabels` makes them: O, then B-X and I-X per type. */
  private readonly iobPairs: boolean;

  /** The weights laid out for tagging (see {@link freeze}); null while they may still change. */
  private frozen: FrozenWeights | null = null;

  /**
   * Declares the weights final (a loaded model) and keeps a copy laid out for tagging (see
   * `FrozenWeights`); scores stay bit-identical. The training loop never calls this, since it
   * updates weights in place; assigning new {@link weights} drops the copy, editing them in place
   * after this is not supported.
   */
  freeze(): void {
    if (FrozenWeights.fits(this.weights, this.labels.length)) this.frozen = new FrozenWeights(this.index, this.weights, this.labels.length);
  }

  /** The frozen copy when it still describes {@link weights} (see {@link freeze}), else null. */
  frozenWeights(): FrozenWeights | null {
    const fw = this.frozen;
    return fw && fw.source === this.weights ? fw : null;
  }

  /** Emission scores `n × L` for a sentence's features (unknown features are skipped). */
  emissions(sf: SentenceFeatures, rowsOut?: Int32Array): Float32Array {
    const L = this.labels.length;
    const n = sf.offsets.length - 1;
    const out = new Float32Array(n * L);
    const fw = this.frozenWeights();
    if (fw && !rowsOut) {
      for (let i = 0; i < n; i++) {
        const base = i * L;
        for (let j = sf.offsets[i]!; j < sf.offsets[i + 1]!; j++) fw.addTo(out, base, sf.feats[j]!);
      }
      return out;
    }
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

  /** Sum of the label scores of a set of features (unknown features are skipped). */
  scoreFeatures(feats: Uint32Array): Float32Array {
    const L = this.labels.length;
    const out = new Float32Array(L);
    const fw = this.frozenWeights();
    if (fw) {
      for (const f of feats) fw.addTo(out, 0, f);
      return out;
    }
    for (const f of feats) {
      const r = this.index.get(f);
      if (r < 0) continue;
      const o = r * L;
      for (let l = 0; l < L; l++) out[l]! += this.weights[o + l]!;
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
    // (scratch reused across sentences: every cell read below is written first)
    const { score, back } = this.viterbiScratch(n * L);
    const tr = this.transitions;
    const mk = this.mask;
    const preds = this.preds;
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
        // (the listed moves have mask 0, so the mask term is left out; a label any label may precede
        // — O and every B- — takes the plain loop, cheaper than going through the list)
        const from = preds[l]!;
        if (from.length === L) {
          for (let p = 0; p < L; p++) {
            const s = score[prev + p]! + tr[p * L + l]!;
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        } else {
          for (let q = 0; q < from.length; q++) {
            const p = from[q]!;
            const s = score[prev + p]! + tr[p * L + l]!;
            if (s > best) {
              best = s;
              arg = p;
            }
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
   * Confidence per token: the marginal probability of the chosen label under the distribution
   * `exp(score)` over all well-formed label sequences (forward-backward in log space). Perceptron
   * scores are not trained as probabilities, so they are divided by `temperature` first (8 puts a
   * typical clear decision near 0.95 and a close call near 0.6); this ranks rather than calibrates.
   * `allowed` is the decoding mask, if decoding used one (see {@link viterbi}). Only tokens in
   * `[first, last)` are asked for (the others stay 0): the forward pass stops at `last` and the
   * backward pass at `first`, and since each pass is computed in the same order as over the
   * whole sentence, the values asked for are bit-identical to a full run.
   */
  tokenConfidence(emissions: Float32Array, path: Int32Array, temperature = 8, allowed?: Uint8Array, first = 0, last = path.length): Float32Array {
    const L = this.labels.length;
    const n = path.length;
    const out = new Float32Array(n);
    const lo = Math.max(0, first);
    const hi = Math.min(n, last);
    if (lo >= hi) return out;
    // scaled forward-backward in probability space: exp() once per score, not per sum term
    const trans = this.expTransitions(temperature);
    // (work arrays reused across sentences: every cell read below is written first)
    const { e, alpha, beta } = this.marginalScratch(n * L);
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let l = 0; l < L; l++) max = Math.max(max, emissions[i * L + l]!);
      for (let l = 0; l < L; l++) e[i * L + l] = allowed && allowed[i * L + l] === 0 ? 0 : Math.exp((emissions[i * L + l]! - max) / temperature);
    }
    let z = 0;
    for (let l = 0; l < L; l++) z += alpha[l] = e[l]! * trans[L * L + l]!;
    for (let l = 0; l < L; l++) alpha[l]! /= z;
    for (let i = 1; i < hi; i++) {
      z = 0;
      for (let l = 0; l < L; l++) {
        let sum = 0;
        const from = this.preds[l]!;
        if (from.length === L) {
          for (let p = 0; p < L; p++) sum += alpha[(i - 1) * L + p]! * trans[p * L + l]!;
        } else {
          for (let q = 0; q < from.length; q++) {
            const p = from[q]!;
            sum += alpha[(i - 1) * L + p]! * trans[p * L + l]!;
          }
        }
        z += alpha[i * L + l] = sum * e[i * L + l]!;
      }
      for (let l = 0; l < L; l++) alpha[i * L + l]! /= z;
    }
    const pairs = this.iobPairs;
    for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = 1;
    for (let i = n - 2; i >= lo; i--) {
      z = 0;
      const next = (i + 1) * L;
      for (let p = 0; p < L; p++) {
        let sum = 0;
        const row = p * L;
        if (pairs) {
          // the moves IOB2 allows, in ascending label order as the plain loop adds them: O, every B-, and the I- of p's
          // own type (after its B- or I-); index arithmetic, no list and no test per label (a move whose weight
          // underflowed to 0 adds +0, which changes no sum, so the result is bit-identical)
          sum += trans[row]! * e[next]! * beta[next]!;
          const own = p === 0 ? -1 : (p + 1) >> 1;
          for (let k = 1; 2 * k < L; k++) {
            const b = 2 * k - 1;
            sum += trans[row + b]! * e[next + b]! * beta[next + b]!;
            if (k === own) sum += trans[row + b + 1]! * e[next + b + 1]! * beta[next + b + 1]!;
          }
        } else {
          // (all labels in order, a move IOB2 forbids skipped by its zero: a label's successors are scattered, and a list
          // cost more than the zeros it skips; leaving out a zero term changes no sum, so the result is bit-identical)
          for (let l = 0; l < L; l++) {
            const t = trans[row + l]!;
            if (t !== 0) sum += t * e[next + l]! * beta[next + l]!;
          }
        }
        z += beta[i * L + p] = sum;
      }
      for (let p = 0; p < L; p++) beta[i * L + p]! /= z;
    }
    for (let i = lo; i < hi; i++) {
      let norm = 0;
      for (let l = 0; l < L; l++) norm += alpha[i * L + l]! * beta[i * L + l]!;
      const l = path[i]!;
      out[i] = norm > 0 ? Math.min(1, (alpha[i * L + l]! * beta[i * L + l]!) / norm) : 0;
    }
    return out;
  }

  /** {@link tokenConfidence}'s work arrays, reused across sentences like Viterbi's. */
  private marginals = { e: new Float64Array(0), alpha: new Float64Array(0), beta: new Float64Array(0) };

  /** Exponentiated emissions, forward and backward arrays with room for `size` cells (contents undefined). */
  private marginalScratch(size: number): { e: Float64Array; alpha: Float64Array; beta: Float64Array } {
    if (this.marginals.e.length < size) {
      const m = Math.max(size, 2 * this.marginals.e.length);
      this.marginals = { e: new Float64Array(m), alpha: new Float64Array(m), beta: new Float64Array(m) };
    }
    return this.marginals;
  }

  /** Viterbi's work arrays, reused across sentences (grown on demand; the model is not re-entrant). */
  private scores = new Float64Array(0);
  private backs = new Int32Array(0);

  /** Viterbi's score and back-pointer arrays with room for `size` cells (contents undefined). */
  private viterbiScratch(size: number): { score: Float64Array; back: Int32Array } {
    if (this.scores.length < size) {
      this.scores = new Float64Array(Math.max(size, 2 * this.scores.length));
      this.backs = new Int32Array(this.scores.length);
    }
    return { score: this.scores, back: this.backs };
  }

  private expCache: { temperature: number; trans: Float64Array } | null = null;

  /** `exp(transition / temperature)`, 0 where IOB2 forbids the move; cached per temperature. */
  private expTransitions(temperature: number): Float64Array {
    if (this.expCache?.temperature === temperature) return this.expCache.trans;
    const trans = new Float64Array(this.transitions.length);
    for (let k = 0; k < trans.length; k++) trans[k] = this.mask[k] === -Infinity ? 0 : Math.exp(this.transitions[k]! / temperature);
    this.expCache = { temperature, trans };
    return trans;
  }
}
