import { FeatureExtractor, type FeatureLexicon } from './features.js';
import { chunksOf } from './labels.js';
import type { SequenceModel } from './sequence-model.js';

/** A chunk found by the tagger: token indices `[start, end)`, type, and confidence in [0, 1]. */
export interface TaggedChunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly confidence: number;
}

/** A trained model together with the lexicon its features need: words in, chunks out. */
export class Tagger {
  readonly model: SequenceModel;
  readonly lexicon: FeatureLexicon;
  private readonly extractor: FeatureExtractor;
  /**
   * When set, a lower-case word can continue a name (I- label) only if it is in this set
   * ("von", "für", "of"): a decoding constraint that keeps verbs and common words out of names,
   * most useful on headlines ("Kim spielt Trumpfkarte Russland"). Lower-case words can still
   * begin a name (derived adjectives: "russischen").
   */
  nameConnectors: ReadonlySet<string> | null = null;
  /** Word form → summed scores of its word-local features (most words recur, so this halves the work). */
  private readonly localCache = new Map<string, Float32Array>();

  constructor(model: SequenceModel, lexicon: FeatureLexicon) {
    this.model = model;
    this.lexicon = lexicon;
    this.extractor = new FeatureExtractor(lexicon);
  }

  /** Emission scores `n × L`: context features per token plus the cached local sums per word. */
  private emissions(words: readonly string[]): Float32Array {
    const L = this.model.labels.length;
    const fw = this.model.frozenWeights();
    let em: Float32Array;
    if (fw) {
      em = new Float32Array(words.length * L);
      this.extractor.addContextScores(words, fw, em, L);
    } else {
      em = this.model.emissions(this.extractor.extractContext(words));
    }
    words.forEach((w, i) => {
      const local = this.localScores(w);
      for (let l = 0; l < L; l++) em[i * L + l]! += local[l]!;
    });
    return em;
  }

  /** Label scores from a word's own features alone (no context), cached per word form. */
  localScores(word: string): Float32Array {
    let local = this.localCache.get(word);
    if (!local) {
      if (this.localCache.size >= 200_000) this.localCache.clear();
      local = this.model.scoreFeatures(this.extractor.localFeatures(word));
      this.localCache.set(word, local);
    }
    return local;
  }

  /** The decoding mask for {@link nameConnectors}, or undefined when nothing is constrained. */
  private allowed(words: readonly string[]): Uint8Array | undefined {
    const conn = this.nameConnectors;
    if (!conn) return undefined;
    const labels = this.model.labels;
    const L = labels.length;
    let mask: Uint8Array | undefined;
    words.forEach((w, i) => {
      const c = w.charAt(0);
      if (c === c.toUpperCase() || conn.has(w)) return;
      if (!mask) mask = new Uint8Array(words.length * L).fill(1);
      for (let l = 0; l < L; l++) if (labels[l]![0] === 'I') mask[i * L + l] = 0;
    });
    return mask;
  }

  /** IOB2 labels for a sentence's words. */
  labels(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const em = this.emissions(words);
    const path = this.model.viterbi(em, words.length, this.allowed(words));
    return Array.from(path, (l) => this.model.labels[l]!);
  }

  /** Chunks of a sentence's words, with a confidence (the lowest token confidence in the chunk). */
  tag(words: readonly string[]): TaggedChunk[] {
    if (words.length === 0) return [];
    const em = this.emissions(words);
    const allowed = this.allowed(words);
    const path = this.model.viterbi(em, words.length, allowed);
    const chunks = chunksOf(Array.from(path, (l) => this.model.labels[l]!));
    if (chunks.length === 0) return [];
    // (only the chunks' tokens are read: the passes stop at the first and the last of them)
    const conf = this.model.tokenConfidence(em, path, 8, allowed, chunks[0]!.start, chunks[chunks.length - 1]!.end);
    return chunks.map((c) => {
      let min = 1;
      for (let i = c.start; i < c.end; i++) min = Math.min(min, conf[i]!);
      return { ...c, confidence: Math.round(min * 1000) / 1000 };
    });
  }
}
