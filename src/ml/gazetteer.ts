/**
 * Phrase gazetteer for tagger features: lower-cased token sequences with a class name
 * ("country", "firstname", …). Matching is longest-first from each token, over at most
 * {@link MAX_PHRASE} tokens, and yields per-token class marks that the feature extractor turns
 * into "in gazetteer class C at position B/I" features.
 */

/** Longest phrase (in tokens) the gazetteer matches. */
export const MAX_PHRASE = 5;

/** A class mark on one token: class index and whether the token begins the phrase. */
export interface GazMark {
  readonly cls: number;
  readonly begin: boolean;
}

/** One word's own entry: its class bits (0: not a phrase of its own) and whether a longer phrase starts with it. */
export interface GazWord {
  readonly bits: number;
  readonly prefix: boolean;
}

/** Class marks of a sentence's tokens in flat arrays (see {@link Gazetteer.markFlat}). */
export interface GazMarks {
  /** Token i's marks are entries `[start[i], start[i + 1])`. */
  readonly start: Int32Array;
  readonly cls: Int32Array;
  /** 1 where the token begins the phrase. */
  readonly begin: Uint8Array;
}

/** Number of set bits of a 32-bit integer. */
function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Serialisable gazetteer: class names and, per class, its phrases (tokens joined by one space). */
export interface GazetteerData {
  readonly classes: readonly string[];
  readonly phrases: readonly (readonly string[])[];
}

/** Lower-cases and folds the typographic variants a tokenizer may leave in a word. */
export function normalizeWord(w: string): string {
  return w.toLowerCase().replace(/[’‘`´]/g, "'");
}

/** A compiled gazetteer. */
export class Gazetteer {
  readonly classes: readonly string[];
  /** phrase → bit set of classes */
  private readonly entries = new Map<string, number>();
  /** Prefixes of phrases (so matching can stop early). */
  private readonly prefixes = new Set<string>();

  constructor(data: GazetteerData) {
    if (data.classes.length > 30) throw new RangeError('gazetteer: at most 30 classes');
    this.classes = data.classes;
    data.phrases.forEach((list, cls) => {
      for (const p of list) {
        const toks = p.split(' ').filter((t) => t.length > 0).map(normalizeWord);
        if (toks.length === 0 || toks.length > MAX_PHRASE) continue;
        const key = toks.join(' ');
        this.entries.set(key, (this.entries.get(key) ?? 0) | (1 << cls));
        for (let k = 1; k < toks.length; k++) this.prefixes.add(toks.slice(0, k).join(' '));
      }
    });
  }

  /** Number of distinct phrases. */
  get size(): number {
    return this.entries.size;
  }

  /** What {@link mark} asks about one word alone, for a caller that caches it per word form. */
  word(lower: string): GazWord {
    return { bits: this.entries.get(lower) ?? 0, prefix: this.prefixes.has(lower) };
  }

  /** Class bit set of one phrase (0 when absent). */
  lookup(phrase: string): number {
    return this.entries.get(phrase) ?? 0;
  }

  /**
   * Marks for every token of a sentence given its lower-cased words: for each start, the longest
   * matching phrase marks its tokens with the phrase's classes. `words[i]`, when given, is
   * {@link word} of `lower[i]` (a cached answer saves two lookups in large maps per token).
   */
  mark(lower: readonly string[], words?: readonly GazWord[]): GazMark[][] {
    // (one scan, markFlat's, read back into an array of marks per token)
    const flat = this.markFlat(lower, words ?? lower.map((w) => this.word(w)));
    return lower.map((_, i) => {
      const out: GazMark[] = [];
      for (let j = flat.start[i]!; j < flat.start[i + 1]!; j++) out.push({ cls: flat.cls[j]!, begin: flat.begin[j] === 1 });
      return out;
    });
  }

  /**
   * {@link mark} in flat arrays, for the tagger's hot loop (no array and no object per token): token i's marks are
   * entries `[start[i], start[i + 1])` of `cls` and `begin`, in the order {@link mark} lists them. `words[i]` is
   * {@link word} of `lower[i]`. The arrays are the gazetteer's own, reused by the next call.
   */
  markFlat(lower: readonly string[], words: readonly GazWord[]): GazMarks {
    const n = lower.length;
    const found = this.found;
    found.length = 0;
    for (let i = 0; i < n; i++) {
      const one = words[i]!;
      // (most words are no phrase and begin none: nothing to look up)
      if (one.bits === 0 && !one.prefix) continue;
      let key = lower[i]!;
      let best = one.bits === 0 ? 0 : 1;
      let bestBits = one.bits;
      if (one.prefix) {
        for (let k = 1; k < MAX_PHRASE && i + k < n; k++) {
          key = `${key} ${lower[i + k]!}`;
          const bits = this.entries.get(key);
          if (bits !== undefined) {
            best = k + 1;
            bestBits = bits;
          }
          if (!this.prefixes.has(key)) break;
        }
      }
      if (best > 0) found.push(i, best, bestBits);
    }
    const marks = this.marks(n);
    const start = marks.start;
    start.fill(0, 0, n + 1);
    const C = this.classes.length;
    // count per token, then fill in the same order (phrase start ascending, class ascending) as mark
    for (let f = 0; f < found.length; f += 3) {
      const c = popCount(found[f + 2]! & ((1 << C) - 1));
      for (let k = 0; k < found[f + 1]!; k++) start[found[f]! + k + 1]! += c;
    }
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const fill = this.fillAt(n);
    fill.set(start.subarray(0, n));
    for (let f = 0; f < found.length; f += 3) {
      const i = found[f]!;
      const len = found[f + 1]!;
      const bits = found[f + 2]!;
      for (let c = 0; c < C; c++) {
        if ((bits & (1 << c)) === 0) continue;
        for (let k = 0; k < len; k++) {
          const at = fill[i + k]!++;
          marks.cls[at] = c;
          marks.begin[at] = k === 0 ? 1 : 0;
        }
      }
    }
    return marks;
  }

  /** {@link markFlat}'s matches as (token, length, class bits) triples, reused across calls. */
  private readonly found: number[] = [];
  private flat: GazMarks = { start: new Int32Array(64), cls: new Int32Array(64), begin: new Uint8Array(64) };
  private fillArr = new Int32Array(64);

  /** {@link markFlat}'s result arrays with room for `n` tokens and as many marks as the matches make. */
  private marks(n: number): GazMarks {
    let total = 0;
    const found = this.found;
    for (let f = 0; f < found.length; f += 3) total += popCount(found[f + 2]!) * found[f + 1]!;
    const f = this.flat;
    if (f.start.length < n + 1 || f.cls.length < total) {
      const size = Math.max(2 * (n + 1), 2 * total, 64);
      this.flat = { start: new Int32Array(size), cls: new Int32Array(size), begin: new Uint8Array(size) };
    }
    return this.flat;
  }

  /** A work array of at least `n` cells. */
  private fillAt(n: number): Int32Array {
    if (this.fillArr.length < n) this.fillArr = new Int32Array(2 * n);
    return this.fillArr;
  }

  /** The data this gazetteer was built from, for serialisation. */
  toData(): GazetteerData {
    const phrases: string[][] = this.classes.map(() => []);
    for (const [p, bits] of this.entries) for (let c = 0; c < this.classes.length; c++) if (bits & (1 << c)) phrases[c]!.push(p);
    return { classes: this.classes, phrases };
  }
}
