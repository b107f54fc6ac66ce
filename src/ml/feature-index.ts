/**
 * Open-addressing hash table from feature hash (non-zero uint32) to weight row. Plain typed
 * arrays instead of a Map: lookups in the tagging loop stay allocation-free and cache-friendly.
 */
export class FeatureIndex {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Number of features stored. */
  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const k = this.keys[i]!;
      if (k === key || k === 0) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** Row of a feature, or -1. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.rows[i]! : -1;
  }

  /** Row of a feature, adding it with the next free row when new. */
  add(key: number): number {
    if (key === 0) throw new RangeError('feature hash 0 is reserved');
    let i = this.slot(key);
    if (this.keys[i] === key) return this.rows[i]!;
    if ((this.count + 1) * 2 > this.keys.length) {
      this.grow();
      i = this.slot(key);
    }
    this.keys[i] = key;
    this.rows[i] = this.count;
    return this.count++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j]!;
      if (k === 0) continue;
      const i = this.slot(k);
      this.keys[i] = k;
      this.rows[i] = oldRows[j]!;
    }
  }

  /** Keys in row order (row r has key `out[r]`). */
  keysByRow(): Uint32Array {
    const out = new Uint32Array(this.count);
    for (let j = 0; j < this.keys.length; j++) if (this.keys[j] !== 0) out[this.rows[j]!] = this.keys[j]!;
    return out;
  }

  /** An index whose row r is `keys[r]`. */
  static fromKeys(keys: Uint32Array): FeatureIndex {
    const idx = new FeatureIndex(keys.length);
    for (const k of keys) idx.add(k);
    return idx;
  }
}
