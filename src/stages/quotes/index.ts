import type { Quote } from '../../doc/types.js';
import { sharedKnowledgeBase } from '../../kb/index.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { extractQuotes, type QuoteCandidate } from './extract.js';
import type { QuoteLexicon } from './lexicon.js';
import { isUnspecifiedSpeaker, loadQuoteLexicon } from './lexicon.js';

const STAGE = 'quotes';

/**
 * Direct quotes and reported speech with their speakers (issue 5). Reads sentences, tokens,
 * mentions and entities; the times layer is used for the quote's date when a time stage ran.
 * Reported speech needs a source: a reported clause is kept when its speaker is an entity, or a
 * specific speaker phrase the resolver did not link ("die Polizei", "er"); one attributed to an
 * unspecified group ("Analysts said …", "a press kit said") or to nobody is left out. Direct
 * quotes are kept even when unattributed, unless an unspecified group said them.
 */
export const quotesStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  adds: ['quotes'],
  create(ctx) {
    const lex = loadQuoteLexicon(ctx.resources);
    const kb = sharedKnowledgeBase(ctx.resources, ctx.lang, ctx.dataDir);
    return (doc) => {
      const quotes: Quote[] = [];
      for (const q of extractQuotes(doc, lex)) {
        if (!keepQuote(doc.text, q, lex)) continue;
        // a capital as the speaker is its government ("hieß es aus Bischkek"): the state, when the article names it;
        // a building that is a seat (the Kremlin) stays a speaker of its own
        const seat = q.speaker !== null ? kb.governmentOf(q.speaker, true) : null;
        const speaker = seat !== null && doc.entity(seat) !== undefined ? seat : q.speaker;
        quotes.push({
          start: q.start, end: q.end, stage: STAGE, rule: q.rule, text: doc.text.slice(q.start, q.end), kind: q.kind,
          speaker, cue: q.cue, addressee: q.addressee, date: q.date, fragment: q.fragment,
          verbatim: q.verbatim, sentence: q.sentence, confidence: q.confidence,
        });
      }
      doc.add('quotes', quotes, STAGE);
    };
  },
};

/** The source policy of the stage (see {@link quotesStage}); exported for the benchmark. */
export function keepQuote(text: string, q: QuoteCandidate, lex: QuoteLexicon): boolean {
  if (q.speaker !== null) return true;
  // a direct quote is kept unattributed, but not one an unspecified group said ("Die Demonstranten riefen „…“")
  if (q.kind === 'direct') return q.speakerSpan === null || !isUnspecifiedSpeaker(text.slice(q.speakerSpan.start, q.speakerSpan.end), lex);
  return q.speakerSpan !== null && !isUnspecifiedSpeaker(text.slice(q.speakerSpan.start, q.speakerSpan.end), lex);
}
