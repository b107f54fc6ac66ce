import type { StageFactory } from '../../pipeline/stage.js';
import { loadTimeLexicon } from './load.js';
import { TIME_STAGE, tagTimes } from './tag.js';

export { loadTimeLexicon } from './load.js';
export type { TimeLexicon } from './lexicon.js';
export { tagTimes, tagTimesDetailed, type TaggedTime, type TagOptions } from './tag.js';

/**
 * Temporal tagger (TIMEX3 against `doc.meta.published`): small per-language parsers, then
 * refiners in a fixed order (see `refine.ts`). Adds the `times` layer.
 */
export const timeStage: StageFactory = {
  name: TIME_STAGE,
  requires: ['sentences', 'tokens'],
  adds: ['times'],
  create(ctx) {
    const lex = loadTimeLexicon(ctx.resources);
    // pipeline option { anchor: 'narrative' } for histories; news use the publication date
    const options = { anchor: ctx.options.anchor === 'narrative' ? 'narrative' as const : 'publication' as const };
    return (doc) => {
      // headlines tell the past in the present (see `Ctx.headline`)
      const paragraphs = doc.get('paragraphs');
      const headlines = new Set<number>();
      // datelines and bylines give the publication's day, not an event's (see `Ctx.priorDay`)
      const metadata = new Set<number>();
      doc.get('sentences').forEach((s, i) => {
        const zone = paragraphs[s.paragraph]?.zone;
        if (zone === 'title' || zone === 'heading') headlines.add(i);
        else if (zone === 'dateline' || zone === 'byline') metadata.add(i);
      });
      doc.add('times', tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), ctx.lang, doc.meta.published, lex, { ...options, headlines, metadata }), TIME_STAGE);
    };
  },
};
