import type { SpeechAct } from '../../doc/types.js';
import type { StageFactory } from '../../pipeline/stage.js';
import { loadQuoteLexicon } from '../quotes/lexicon.js';
import { findSpeechActs } from './find.js';
import { loadSpeechActLexicon } from './lexicon.js';

const STAGE = 'speech-acts';

/**
 * Speech acts reported without their content (issue 5): "Der Minister kündigte Reformen an", "She denied the
 * reports". Reads sentences, tokens, mentions, entities and the quotes layer (a clause the quotes stage took is no
 * act); adds `speechActs`, apart from `quotes`, whose kinds are the gold format's direct and indirect speech.
 */
export const speechActsStage: StageFactory = {
  name: STAGE,
  requires: ['sentences', 'tokens', 'mentions', 'entities', 'quotes'],
  adds: ['speechActs'],
  create(ctx) {
    const qlex = loadQuoteLexicon(ctx.resources);
    const lex = loadSpeechActLexicon(ctx.resources);
    return (doc) => {
      const acts: SpeechAct[] = findSpeechActs(doc, qlex, lex, doc.get('quotes')).map((a) => ({ ...a, stage: STAGE, text: doc.text.slice(a.start, a.end) }));
      doc.add('speechActs', acts, STAGE);
    };
  },
};
