import type { Mention } from '../../doc/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { mentionClass } from './types.js';
import { loadNerLexicon, loadNerModel } from './model.js';
import { calendarWords, trimNounTail, type NounCues } from './noun.js';

const STAGE = 'ner';

/**
 * Statistical named-entity recognition: the language's averaged-perceptron tagger (see
 * `src/ml/` and `models/NER-MODEL.md`) over the segmenter's tokens, one sentence at a time.
 * Adds name and adjective mentions with coarse types (PER, ORG, LOC, MISC); the resolver
 * refines LOC into GPE/FAC and links mentions to entities. Decoding keeps lower-case words other
 * than the connectors of `resources/<lang>/ner.json` from continuing a name, and a person's name
 * ends before a trailing word that looks like a common noun (`noun.ts`).
 *
 * Options: `minConfidence` (default 0) drops chunks whose tagger confidence is lower.
 */
export const nerStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  create(ctx) {
    const { tagger, hash } = loadNerModel(ctx.lang);
    const lexicon = loadNerLexicon(ctx.resources);
    tagger.nameConnectors = lexicon.nameConnectors;
    const cues: NounCues = { suffixes: lexicon.nounSuffixes, words: calendarWords(ctx.resources) };
    const rule = `perceptron-${ctx.lang}@${hash}`;
    const minConfidence = typeof ctx.options.minConfidence === 'number' ? ctx.options.minConfidence : 0;
    return (doc) => {
      const tokens = doc.get('tokens');
      const mentions: Mention[] = [];
      let i = 0;
      while (i < tokens.length) {
        const sentence = tokens[i]!.sentence;
        let j = i;
        while (j < tokens.length && tokens[j]!.sentence === sentence) j++;
        const words: string[] = [];
        for (let k = i; k < j; k++) words.push(doc.text.slice(tokens[k]!.start, tokens[k]!.end));
        let lower: string[] | null = null;
        for (const c of tagger.tag(words)) {
          const cls = mentionClass(c.type);
          if (!cls || c.confidence < minConfidence) continue;
          // a person's name does not run on into the noun after it ("Pedro Castillo Rebellion")
          let last = c.end;
          if (cls.type === 'PER' && cls.kind === 'name' && c.end - c.start > 2) last = trimNounTail((lower ??= words.map((w) => w.toLowerCase())), c.start, c.end, cues);
          const start = tokens[i + c.start]!.start;
          const end = tokens[i + last - 1]!.end;
          mentions.push({ start, end, text: doc.text.slice(start, end), type: cls.type, kind: cls.kind, sentence, confidence: c.confidence, stage: STAGE, rule });
        }
        i = j;
      }
      doc.add('mentions', mentions, STAGE);
    };
  },
};
