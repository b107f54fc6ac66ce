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

  constructor(model: SequenceModel, lexicon: FeatureLexicon) {
    this.model = model;
    this.lexicon = lexicon;
    this.extractor = new FeatureExtractor(lexicon);
  }

  /** IOB2 labels for a sentence's words. */
  labels(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const em = this.model.emissions(this.extractor.extract(words));
    const path = this.model.viterbi(em, words.length);
    return Array.from(path, (l) => this.model.labels[l]!);
  }

  /** Chunks of a sentence's words, with a confidence (the lowest token confidence in the chunk). */
  tag(words: readonly string[]): TaggedChunk[] {
    if (words.length === 0) return [];
    const em = this.model.emissions(this.extractor.extract(words));
    const path = this.model.viterbi(em, words.length);
    const chunks = chunksOf(Array.from(path, (l) => this.model.labels[l]!));
    if (chunks.length === 0) return [];
    const conf = this.model.tokenConfidence(em, path);
    return chunks.map((c) => {
      let min = 1;
      for (let i = c.start; i < c.end; i++) min = Math.min(min, conf[i]!);
      return { ...c, confidence: Math.round(min * 1000) / 1000 };
    });
  }
}
