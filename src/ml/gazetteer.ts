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
    const out: GazMark[][] = lower.map(() => []);
    for (let i = 0; i < lower.length; i++) {
      let key = '';
      let best = 0;
      let bestBits = 0;
      for (let k = 0; k < MAX_PHRASE && i + k < lower.length; k++) {
        // (the one-word answers come from the caller's per-word cache when it has one)
        const one = k === 0 ? words?.[i] : undefined;
        key = k === 0 ? lower[i]! : `${key} ${lower[i + k]!}`;
        const bits = one ? (one.bits === 0 ? undefined : one.bits) : this.entries.get(key);
        if (bits !== undefined) {
          best = k + 1;
          bestBits = bits;
        }
        if (!(one ? one.prefix : this.prefixes.has(key))) break;
      }
      if (best === 0) continue;
      for (let c = 0; c < this.classes.length; c++) {
        if ((bestBits & (1 << c)) === 0) continue;
        for (let k = 0; k < best; k++) out[i + k]!.push({ cls: c, begin: k === 0 });
      }
    }
    return out;
  }

  /** The data this gazetteer was built from, for serialisation. */
  toData(): GazetteerData {
    const phrases: string[][] = this.classes.map(() => []);
    for (const [p, bits] of this.entries) for (let c = 0; c < this.classes.length; c++) if (bits & (1 << c)) phrases[c]!.push(p);
    return { classes: this.classes, phrases };
  }
}
