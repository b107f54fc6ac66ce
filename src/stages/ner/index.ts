import type { Mention } from '../../doc/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { mentionClass } from './types.js';
import { loadNerLexicon, loadNerModel } from './model.js';

const STAGE = 'ner';

/**
 * Statistical named-entity recognition: the language's averaged-perceptron tagger (see
 * `src/ml/` and `models/NER-MODEL.md`) over the segmenter's tokens, one sentence at a time.
 * Adds name and adjective mentions with coarse types (PER, ORG, LOC, MISC); the resolver
 * refines LOC into GPE/FAC and links mentions to entities. Decoding keeps lower-case words other
 * than the connectors of `resources/<lang>/ner.json` from continuing a name.
 *
 * Options: `minConfidence` (default 0) drops chunks whose tagger confidence is lower.
 */
export const nerStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens'],
  adds: ['mentions'],
  create(ctx) {
    const { tagger, hash } = loadNerModel(ctx.lang);
    tagger.nameConnectors = loadNerLexicon(ctx.resources).nameConnectors;
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
        for (const c of tagger.tag(words)) {
          const cls = mentionClass(c.type);
          if (!cls || c.confidence < minConfidence) continue;
          const start = tokens[i + c.start]!.start;
          const end = tokens[i + c.end - 1]!.end;
          mentions.push({ start, end, text: doc.text.slice(start, end), type: cls.type, kind: cls.kind, sentence, confidence: c.confidence, stage: STAGE, rule });
        }
        i = j;
      }
      doc.add('mentions', mentions, STAGE);
    };
  },
};
