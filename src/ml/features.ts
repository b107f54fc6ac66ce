import { hash1, hash2, hashEnd, hashOf, hashStart, hashSub, mix1, mix2, mix3 } from './hash.js';
import type { FrozenWeights } from './frozen-weights.js';
import { Gazetteer, normalizeWord, type GazWord } from './gazetteer.js';

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
  /** Lower-cased word → cluster id ("coarse|fine"); optional. */
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
  gazStem: 33, cluster: 36, clusterPre: 37, cluster_1: 40, cluster1: 41, inner: 42,
  capCtx: 43, lowerSeen: 44, quoteCtx: 45,
} as const;

/** Version of the feature set, stored in model files and checked on load. */
export const FEATURE_VERSION = 5;

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

/** What the extractor caches per word form. */
interface WordInfo {
  readonly lower: string;
  readonly seen: boolean;
  /** Contains a letter or digit. */
  readonly word: boolean;
  /** Value hashes (see `hashOf`) of the lower case, short shape, last three letters, cluster (0: none). */
  readonly hLower: number;
  readonly hShort: number;
  readonly hSuf3: number;
  readonly hCluster: number;
  /** The gazetteer's answer for the word alone. */
  readonly gaz: GazWord;
  /** Hash of the word's {@link capClass} in and not in sentence-initial position. */
  readonly capInitial: number;
  readonly capInner: number;
  /** A quotation mark. */
  readonly quote: boolean;
  /** Makes the next word sentence-initial in effect (a quotation mark, colon or dash). */
  readonly opener: boolean;
  /**
   * Hashes of the context features this word gives a neighbour, in {@link WordTemplate} order (0: no such feature):
   * they depend on the word alone, so they are hashed once per word form.
   */
  readonly feats: Uint32Array;
  /** Where `weights` keeps those features ({@link FrozenWeights.find}; -1 unknown), once asked; null before. */
  found: { readonly weights: FrozenWeights; readonly at: Int32Array } | null;
}

/** The context features that depend on one neighbour word alone, as indices into {@link WordInfo.feats}. */
const enum WordTemplate { w_2, w_1, w1, w2, cluster_1, cluster1 }

const H_BOS = hashOf('<s>');
const H_EOS = hashOf('</s>');

/** Receives feature hashes. */
type Sink = (h: number) => void;

/** Receives a {@link WordTemplate} feature of a neighbour word (see {@link WordInfo.feats}). */
type WordSink = (x: WordInfo, t: WordTemplate) => void;

/** {@link WordInfo.feats} of a word with lower-case hash `hLower` and cluster hash `hCluster` (0: none). */
function wordFeatures(hLower: number, hCluster: number): Uint32Array {
  const out = new Uint32Array(6);
  out[WordTemplate.w_2] = mix1(T.w_2, hLower);
  out[WordTemplate.w_1] = mix1(T.w_1, hLower);
  out[WordTemplate.w1] = mix1(T.w1, hLower);
  out[WordTemplate.w2] = mix1(T.w2, hLower);
  if (hCluster !== 0) {
    out[WordTemplate.cluster_1] = mix1(T.cluster_1, hCluster);
    out[WordTemplate.cluster1] = mix1(T.cluster1, hCluster);
  }
  return out;
}

/**
 * Reusable per-sentence feature extractor. Features split into word-local ones (a function of
 * the word alone, so a tagger can cache their weight sums per word form) and context ones.
 * Not re-entrant; build one per tagger.
 */
export class FeatureExtractor {
  private readonly lex: FeatureLexicon;
  private buf = new Uint32Array(4096);
  private k = 0;
  private readonly infoCache = new Map<string, WordInfo>();
  private readonly sink: Sink = (h) => {
    if (this.k === this.buf.length) {
      const nb = new Uint32Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.k++] = h;
  };

  constructor(lex: FeatureLexicon) {
    this.lex = lex;
  }

  /** Features of every token of a sentence given its words as written (local and context). */
  extract(words: readonly string[]): SentenceFeatures {
    return this.run(words, true);
  }

  /** Only the context features of every token (the tagger adds cached local sums itself). */
  extractContext(words: readonly string[]): SentenceFeatures {
    return this.run(words, false);
  }

  /** The word-local features of one word. */
  localFeatures(word: string): Uint32Array {
    this.k = 0;
    this.local(word, this.sink);
    return this.buf.slice(0, this.k);
  }

  private bitsFeatures(bits: number, template: number, tag: string, push: Sink): void {
    if (bits === 0) return;
    for (let c = 0; c < this.lex.gazetteer.classes.length; c++) if (bits & (1 << c)) push(hash2(template, tag, String(c)));
  }

  private local(word: string, push: Sink): void {
    const w = word.replace(DIGIT, '0');
    const lw = normalizeWord(w);
    const L = lw.length;
    push(hash1(T.bias, ''));
    push(hash1(T.word, w));
    push(hash1(T.lower, lw));
    for (let a = 1; a <= 4 && a <= L; a++) {
      push(hashEnd(hashSub(hashStart(T.pre + a - 1), lw, 0, a)));
      push(hashEnd(hashSub(hashStart(T.suf + a - 1), lw, L - a, L)));
    }
    const shape = wordShape(word);
    push(hash1(T.shape, shape));
    push(hash1(T.short, shortShape(shape)));
    push(hash1(T.len, String(Math.min(L, 12))));
    if (this.lex.lowerSeen.has(lw)) push(hash1(T.lowerSeen, ''));
    // hyphenated compounds ("US-Präsident", "Merkel-Regierung"): their parts
    const hy = lw.indexOf('-');
    if (hy > 0 && hy < L - 1) {
      push(hashEnd(hashSub(hashStart(T.hyFirst), lw, 0, hy)));
      const last = lw.lastIndexOf('-');
      push(hashEnd(hashSub(hashStart(T.hyLast), lw, last + 1, L)));
      this.bitsFeatures(this.lex.gazetteer.lookup(lw.slice(0, hy)), T.inner, 'first', push);
      this.bitsFeatures(this.lex.gazetteer.lookup(lw.slice(last + 1)), T.inner, 'last', push);
    }
    // German inflection: "Russlands", "Merkels", "Bundestages" are not in name lists as written
    if (L > 3) {
      if (lw.endsWith('es')) this.bitsFeatures(this.lex.gazetteer.lookup(lw.slice(0, -2)), T.gazStem, 's', push);
      if (lw.endsWith('s') || lw.endsWith('n')) this.bitsFeatures(this.lex.gazetteer.lookup(lw.slice(0, -1)), T.gazStem, 's', push);
    }
    // clusters are "coarse|fine" ids from distributional clustering (see scripts/train-ner.ts)
    const c = this.lex.clusters?.get(lw);
    if (c !== undefined) {
      const bar = c.indexOf('|');
      push(hash1(T.cluster, c));
      if (bar > 0) push(hashEnd(hashSub(hashStart(T.clusterPre), c, 0, bar)));
    }
  }

  /** Per word form: normalised lower case, shapes, capitalisation classes, gazetteer answer (cached; words recur). */
  private info(w: string): WordInfo {
    let x = this.infoCache.get(w);
    if (!x) {
      if (this.infoCache.size >= 200_000) this.infoCache.clear();
      const lower = normalizeWord(w.replace(DIGIT, '0'));
      const cluster = this.lex.clusters?.get(lower);
      const seen = this.lex.lowerSeen.has(lower);
      const quote = QUOTES.has(w);
      x = {
        lower,
        seen,
        word: /[\p{L}\p{N}]/u.test(w),
        hLower: hashOf(lower),
        hShort: hashOf(shortShape(wordShape(w))),
        hSuf3: hashOf(lower.length > 3 ? lower.slice(-3) : lower),
        hCluster: cluster === undefined ? 0 : hashOf(cluster) | 1,
        gaz: this.lex.gazetteer.word(lower),
        capInitial: this.capHash(capClass(w, true, seen)),
        capInner: this.capHash(capClass(w, false, seen)),
        quote,
        opener: quote || w === ':' || w === '-' || w === '–',
        feats: wordFeatures(hashOf(lower), cluster === undefined ? 0 : hashOf(cluster) | 1),
        found: null,
      };
      this.infoCache.set(w, x);
    }
    return x;
  }

  private run(words: readonly string[], withLocal: boolean): SentenceFeatures {
    const n = words.length;
    const offsets = new Uint32Array(n + 1);
    this.k = 0;
    this.walk(words, withLocal, this.sink, this.wordSink, (i) => {
      offsets[i] = this.k;
    });
    offsets[n] = this.k;
    return { feats: this.buf.slice(0, this.k), offsets };
  }

  private readonly wordSink: WordSink = (x, t) => this.sink(x.feats[t]!);

  /**
   * Adds the weights of every token's context features to `out` (`n × L`, token i at `i * L`), in the order
   * {@link extractContext} lists them, so that each sum is bit-identical to `SequenceModel.emissions` of
   * those features; but without building the list, and finding the features a neighbour word gives
   * ({@link WordInfo.feats}) once per word form instead of once per token.
   */
  addContextScores(words: readonly string[], weights: FrozenWeights, out: Float32Array, L: number): void {
    let base = 0;
    const add: Sink = (h) => weights.addTo(out, base, h);
    const addWord: WordSink = (x, t) => {
      let f = x.found;
      if (f === null || f.weights !== weights) {
        const at = new Int32Array(6).fill(-1);
        for (let k = 0; k < 6; k++) if (x.feats[k] !== 0) at[k] = weights.find(x.feats[k]!);
        f = x.found = { weights, at };
      }
      const p = f.at[t]!;
      if (p >= 0) weights.addFound(out, base, p);
    };
    this.walk(words, false, add, addWord, (i) => {
      base = i * L;
    });
  }

  /**
   * Every token's features in order, to `push` (and the neighbour-word ones to `word`); `begin(i)` is called before
   * token i's first feature.
   */
  private walk(words: readonly string[], withLocal: boolean, push: Sink, word: WordSink, begin: (i: number) => void): void {
    const n = words.length;
    const infos = words.map((w) => this.info(w));
    const caps = new Int32Array(n);
    let initial = true;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const x = infos[i]!;
      caps[i] = initial ? x.capInitial : x.capInner;
      // after an opening quote or a colon the next word is also sentence-initial in effect
      initial = x.opener || (initial && !x.word);
    }
    const gaz = this.lex.gazetteer.markFlat(infos.map((x) => x.lower), infos.map((x) => x.gaz));
    const gs = gaz.start;
    const gc = gaz.cls;
    // value hashes of neighbours, with fixed hashes for the sentence boundaries
    const hl = (i: number): number => (i < 0 ? H_BOS : i >= n ? H_EOS : infos[i]!.hLower);
    const hs = (i: number): number => (i < 0 ? H_BOS : i >= n ? H_EOS : infos[i]!.hShort);
    const hx = (i: number): number => (i < 0 ? H_BOS : i >= n ? H_EOS : infos[i]!.hSuf3);
    const hc = (i: number): number => (i < 0 ? H_BOS : i >= n ? H_EOS : caps[i]!);
    for (let i = 0; i < n; i++) {
      begin(i);
      const cap = caps[i]!;
      if (withLocal) this.local(words[i]!, push);
      push(mix1(T.cap, cap));
      if (i === 0) push(mix1(T.first, 0));
      if (i >= 2) word(infos[i - 2]!, WordTemplate.w_2);
      else push(mix1(T.w_2, H_BOS));
      if (i >= 1) word(infos[i - 1]!, WordTemplate.w_1);
      else push(mix1(T.w_1, H_BOS));
      if (i + 1 < n) word(infos[i + 1]!, WordTemplate.w1);
      else push(mix1(T.w1, H_EOS));
      if (i + 2 < n) word(infos[i + 2]!, WordTemplate.w2);
      else push(mix1(T.w2, H_EOS));
      push(mix2(T.big_1, hl(i - 1), hl(i)));
      push(mix2(T.big1, hl(i), hl(i + 1)));
      push(mix3(T.shapeCtx, hs(i - 1), hs(i), hs(i + 1)));
      push(mix2(T.cap_1, hc(i - 1), cap));
      push(mix2(T.cap1, cap, hc(i + 1)));
      push(mix3(T.capCtx, hc(i - 1), cap, hc(i + 1)));
      push(mix2(T.suf_1, hx(i - 1), cap));
      push(mix2(T.suf1, cap, hx(i + 1)));
      // quotation context: titles of works and named programmes are often quoted
      if (i > 0 && infos[i - 1]!.quote) push(mix1(T.quoteCtx, 1));
      if (i + 1 < n && infos[i + 1]!.quote) push(mix1(T.quoteCtx, 2));
      for (let j = gs[i]!; j < gs[i + 1]!; j++) push(mix2(T.gaz, gc[j]!, gaz.begin[j] === 1 ? 1 : 2));
      if (i > 0) for (let j = gs[i - 1]!; j < gs[i]!; j++) push(mix1(T.gaz_1, gc[j]!));
      if (i + 1 < n) for (let j = gs[i + 1]!; j < gs[i + 2]!; j++) push(mix1(T.gaz1, gc[j]!));
      if (i > 0 && infos[i - 1]!.hCluster !== 0) word(infos[i - 1]!, WordTemplate.cluster_1);
      if (i + 1 < n && infos[i + 1]!.hCluster !== 0) word(infos[i + 1]!, WordTemplate.cluster1);
    }
  }

  private readonly capHashes = new Map<string, number>();

  private capHash(cls: string): number {
    let h = this.capHashes.get(cls);
    if (h === undefined) {
      h = hashOf(cls);
      this.capHashes.set(cls, h);
    }
    return h;
  }

}
