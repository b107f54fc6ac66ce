/**
 * The weights of a finished model laid out for tagging: an open-addressing table from feature
 * hash straight to that feature's non-zero weights, stored as adjacent (label, value) pairs.
 * A perceptron touches only the labels it confused, so a row holds about three non-zero weights of
 * 25 (German model); and with the hash, the row and the weights in two places instead of five
 * (keys, rows, dense weights), a feature costs two memory reads where the dense layout cost up to
 * five — on a busy machine these cache misses, not the additions, were the tagger's main cost.
 * Skipping a zero weight changes no sum, so scores are bit-identical to the dense ones.
 */

import type { FeatureIndex } from './feature-index.js';

/** Labels per row the packing allows (5 bits of count). */
const MAX_LABELS = 31;

/** Frozen copy of a model's dense weights (see the module comment). */
export class FrozenWeights {
  /** The dense weights this copy was made from (a model uses it only while they are current). */
  readonly source: Float32Array;
  /** Two ints per slot: the feature hash (as int32; 0 = empty) and `start * 32 + count`. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Entry k: label at `labels[2k]`, weight at `values[2k + 1]` (one buffer, two views). */
  private readonly labels: Int32Array;
  private readonly values: Float32Array;

  /** Whether dense weights over `labelCount` labels fit the packing (count in 5 bits, start in 26). */
  static fits(weights: Float32Array, labelCount: number): boolean {
    let nz = 0;
    for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) nz++;
    return labelCount <= MAX_LABELS && nz < 2 ** 26;
  }

  constructor(index: FeatureIndex, weights: Float32Array, labelCount: number) {
    if (!FrozenWeights.fits(weights, labelCount)) throw new RangeError(`at most ${MAX_LABELS} labels and 2^26 non-zero weights`);
    const L = labelCount;
    this.source = weights;
    const keys = index.keysByRow();
    let nz = 0;
    for (let k = 0; k < weights.length; k++) if (weights[k] !== 0) nz++;
    const buf = new ArrayBuffer(Math.max(1, nz) * 8);
    this.labels = new Int32Array(buf);
    this.values = new Float32Array(buf);
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    let j = 0;
    for (let r = 0; r < keys.length; r++) {
      const start = j;
      for (let l = 0; l < L; l++) {
        const x = weights[r * L + l]!;
        if (x === 0) continue;
        this.labels[2 * j] = l;
        this.values[2 * j + 1] = x;
        j++;
      }
      if (j === start) continue;
      let i = this.home(keys[r]!);
      while (this.slots[2 * i] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = keys[r]! | 0;
      this.slots[2 * i + 1] = start * 32 + (j - start);
    }
  }

  private home(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
  }

  /** Adds the weights of feature `key` to `out[base + label]` (labels ascending); unknown features add nothing. */
  addTo(out: Float32Array, base: number, key: number): void {
    const packed = this.find(key);
    if (packed >= 0) this.addFound(out, base, packed);
  }

  /**
   * Where feature `key`'s weights are (a value for {@link addFound}), or -1 for an unknown feature: a caller that
   * meets the same feature again and again looks it up once.
   */
  find(key: number): number {
    const k = key | 0;
    const slots = this.slots;
    let i = this.home(key);
    for (;;) {
      const s = slots[2 * i]!;
      if (s === k) return slots[2 * i + 1]!;
      if (s === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** {@link addTo} for a feature already found: `packed` from {@link find} (not -1). */
  addFound(out: Float32Array, base: number, packed: number): void {
    const start = packed >>> 5;
    const end = start + (packed & 31);
    for (let e = start; e < end; e++) out[base + this.labels[2 * e]!]! += this.values[2 * e + 1]!;
  }
}
