import type { Quote } from '../../doc/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { extractQuotes } from './extract.js';
import { loadQuoteLexicon } from './lexicon.js';

const STAGE = 'quotes';

/**
 * Direct quotes and reported speech with their speakers (issue 5). Reads sentences, tokens,
 * mentions and entities; the times layer is used for the quote's date when a time stage ran.
 * Reported speech needs a source: when the document has entities, a reported clause whose
 * speaker resolves to none ("Analysts said …") is left out; direct quotes are kept unattributed.
 */
export const quotesStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  adds: ['quotes'],
  create(ctx) {
    const lex = loadQuoteLexicon(ctx.resources);
    return (doc) => {
      const hasEntities = doc.get('entities').length > 0;
      const quotes: Quote[] = [];
      for (const q of extractQuotes(doc, lex)) {
        if (q.kind === 'indirect' && q.speaker === null && (hasEntities || q.speakerSpan === null)) continue;
        quotes.push({
          start: q.start, end: q.end, stage: STAGE, rule: q.rule, text: doc.text.slice(q.start, q.end), kind: q.kind,
          speaker: q.speaker, cue: q.cue, addressee: q.addressee, date: q.date, fragment: q.fragment,
          sentence: q.sentence, confidence: q.confidence,
        });
      }
      doc.add('quotes', quotes, STAGE);
    };
  },
};
