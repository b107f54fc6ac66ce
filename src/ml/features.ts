import { hash1, hash2, hash3, hashEnd, hashStart, hashSub } from './hash.js';
import { Gazetteer, normalizeWord } from './gazetteer.js';

/**
 * Feature extraction for the sequence tagger. Every feature is a 32-bit hash of a template id
 * and its values (see `hash.ts`); the model maps hashes to weight rows. Features depend only on
 * the words, not on predicted labels (label context is the model's transition matrix), so they
 * are computed once per sentence.
 */

/** What the extractor knows besides the words: the training vocabulary and name lists. */
export interface FeatureLexicon {
  /** Lower-cased words seen written in lower case in the training text. */
  readonly lowerSeen: ReadonlySet<string>;
  readonly gazetteer: Gazetteer;
  /** Word → cluster path (bit string); optional. */
  readonly clusters?: ReadonlyMap<string, string>;
}

/** Feature hashes of one sentence: token i has `feats[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  readonly feats: Uint32Array;
  readonly offsets: Uint32Array;
}

// Template ids. Changing one invalidates trained models (the version below is stored in them).
const T = {
  bias: 1, word: 2, lower: 3, pre: 4, suf: 8, shape: 12, short: 13, cap: 14, len: 15,
  w_2: 16, w_1: 17, w1: 18, w2: 19, big_1: 20, big1: 21, shapeCtx: 22, cap_1: 23, cap1: 24,
  suf_1: 25, suf1: 26, gaz: 27, gaz_1: 28, gaz1: 29, hyFirst: 30, hyLast: 31, first: 32,
  gazStem: 33, capPair: 34, cluster: 36, clusterPre: 37, cluster_1: 40, cluster1: 41, inner: 42,
  capCtx: 43, lowerSeen: 44, quoteCtx: 45,
} as const;

/** Version of the feature set, stored in model files and checked on load. */
export const FEATURE_VERSION = 3;

const DIGIT = /\d/g;
const QUOTES = new Set(['"', '„', '“', '”', '«', '»', '‚', '‘', '’', "'", '‹', '›']);

/** Long word shape: X for upper, x for lower, d for digit, other chars kept; runs cut at 2. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

/** Short shape: runs collapsed to one character ("Xx", "X-Xx", "d.d"). */
export function shortShape(shape: string): string {
  let out = '';
  for (const c of shape) if (out[out.length - 1] !== c) out += c;
  return out;
}

/**
 * Capitalisation in context, the German-aware part: a capitalised word that is not
 * sentence-initial is strong evidence of a name in English but weak in German, where every noun
 * is capitalised. Whether the lower-case form was seen in training text separates adjectives and
 * verbs in names ("Deutsche Bank", "Grüne") from common nouns, and sentence-initial words get
 * their own classes since their case says nothing.
 */
export function capClass(word: string, initial: boolean, lowerSeen: boolean): string {
  const first = word[0] ?? '';
  const upper = first !== first.toLowerCase();
  const lower = first !== first.toUpperCase();
  if (!upper && !lower) return /\d/.test(first) ? 'num' : 'other';
  if (lower) return initial ? 'init-low' : 'low';
  const allCaps = word.length > 1 && word === word.toUpperCase();
  if (allCaps) return initial ? 'init-caps' : 'caps';
  if (initial) return lowerSeen ? 'init-cap-lseen' : 'init-cap';
  return lowerSeen ? 'cap-lseen' : 'cap';
}

/** Reusable per-sentence feature extractor. Not thread-safe; build one per tagger. */
export class FeatureExtractor {
  private readonly lex: FeatureLexicon;
  private buf = new Uint32Array(4096);

  constructor(lex: FeatureLexicon) {
    this.lex = lex;
  }

  /** Features of every token of a sentence given its words as written. */
  extract(words: readonly string[]): SentenceFeatures {
    const n = words.length;
    const norm = words.map((w) => w.replace(DIGIT, '0'));
    const lower = norm.map(normalizeWord);
    const shapes = words.map(wordShape);
    const caps = new Array<string>(n);
    let initial = true;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      caps[i] = capClass(w, initial, this.lex.lowerSeen.has(lower[i]!));
      // after an opening quote or a colon the next word is also sentence-initial in effect
      initial = QUOTES.has(w) || w === ':' || w === '-' || w === '–' || (initial && !/[\p{L}\p{N}]/u.test(w));
    }
    const gaz = this.lex.gazetteer.mark(lower);
    const offsets = new Uint32Array(n + 1);
    let k = 0;
    const push = (h: number): void => {
      if (k === this.buf.length) {
        const nb = new Uint32Array(this.buf.length * 2);
        nb.set(this.buf);
        this.buf = nb;
      }
      this.buf[k++] = h;
    };
    const at = (arr: readonly string[], i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : arr[i]!);
    const suffix3 = (i: number): string => {
      const w = at(lower, i);
      return w.length > 3 ? w.slice(-3) : w;
    };
    const clusters = this.lex.clusters;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const w = norm[i]!;
      const lw = lower[i]!;
      push(hash1(T.bias, ''));
      push(hash1(T.word, w));
      push(hash1(T.lower, lw));
      const L = lw.length;
      for (let a = 1; a <= 4 && a <= L; a++) {
        push(hashEnd(hashSub(hashStart(T.pre + a - 1), lw, 0, a)));
        push(hashEnd(hashSub(hashStart(T.suf + a - 1), lw, L - a, L)));
      }
      const shape = shapes[i]!;
      push(hash1(T.shape, shape));
      push(hash1(T.short, shortShape(shape)));
      push(hash1(T.cap, caps[i]!));
      push(hash1(T.len, String(Math.min(L, 12))));
      if (i === 0) push(hash1(T.first, ''));
      push(hash1(T.w_2, at(lower, i - 2)));
      push(hash1(T.w_1, at(lower, i - 1)));
      push(hash1(T.w1, at(lower, i + 1)));
      push(hash1(T.w2, at(lower, i + 2)));
      push(hash2(T.big_1, at(lower, i - 1), lw));
      push(hash2(T.big1, lw, at(lower, i + 1)));
      push(hash3(T.shapeCtx, i > 0 ? shortShape(shapes[i - 1]!) : '<s>', shortShape(shape), i + 1 < n ? shortShape(shapes[i + 1]!) : '</s>'));
      push(hash2(T.cap_1, at(caps, i - 1), caps[i]!));
      push(hash2(T.cap1, caps[i]!, at(caps, i + 1)));
      push(hash3(T.capCtx, at(caps, i - 1), caps[i]!, at(caps, i + 1)));
      push(hash2(T.suf_1, suffix3(i - 1), caps[i]!));
      push(hash2(T.suf1, caps[i]!, suffix3(i + 1)));
      // quotation context: titles of works and named programmes are often quoted
      if (i > 0 && QUOTES.has(words[i - 1]!)) push(hash1(T.quoteCtx, 'after'));
      if (i + 1 < n && QUOTES.has(words[i + 1]!)) push(hash1(T.quoteCtx, 'before'));
      // hyphenated compounds ("US-Präsident", "Merkel-Regierung"): their parts
      const hy = lw.indexOf('-');
      if (hy > 0 && hy < L - 1) {
        push(hashEnd(hashSub(hashStart(T.hyFirst), lw, 0, hy)));
        const last = lw.lastIndexOf('-');
        push(hashEnd(hashSub(hashStart(T.hyLast), lw, last + 1, L)));
        const firstBits = this.lex.gazetteer.lookup(lw.slice(0, hy));
        for (let c = 0; c < this.lex.gazetteer.classes.length; c++) if (firstBits & (1 << c)) push(hash2(T.inner, 'first', String(c)));
        const lastBits = this.lex.gazetteer.lookup(lw.slice(last + 1));
        for (let c = 0; c < this.lex.gazetteer.classes.length; c++) if (lastBits & (1 << c)) push(hash2(T.inner, 'last', String(c)));
      }
      for (const m of gaz[i]!) push(hash2(T.gaz, String(m.cls), m.begin ? 'B' : 'I'));
      if (i > 0) for (const m of gaz[i - 1]!) push(hash1(T.gaz_1, String(m.cls)));
      if (i + 1 < n) for (const m of gaz[i + 1]!) push(hash1(T.gaz1, String(m.cls)));
      // German inflection: "Russlands", "Merkels", "Bundestages" are not in name lists as written
      if (gaz[i]!.length === 0 && L > 3) {
        const stems = lw.endsWith('es') ? [lw.slice(0, -1), lw.slice(0, -2)] : lw.endsWith('s') || lw.endsWith('n') ? [lw.slice(0, -1)] : [];
        for (const s of stems) {
          const bits = this.lex.gazetteer.lookup(s);
          for (let c = 0; c < this.lex.gazetteer.classes.length; c++) if (bits & (1 << c)) push(hash1(T.gazStem, String(c)));
        }
      }
      if (clusters) {
        const c = clusters.get(lw);
        if (c !== undefined) {
          push(hash1(T.cluster, c));
          for (const p of [4, 8, 12]) if (c.length > p) push(hashEnd(hashSub(hashStart(T.clusterPre + p / 4 - 1), c, 0, p)));
        }
        const cp = i > 0 ? clusters.get(lower[i - 1]!) : undefined;
        if (cp !== undefined) push(hash1(T.cluster_1, cp));
        const cn = i + 1 < n ? clusters.get(lower[i + 1]!) : undefined;
        if (cn !== undefined) push(hash1(T.cluster1, cn));
      }
    }
    offsets[n] = k;
    return { feats: this.buf.slice(0, k), offsets };
  }
}
