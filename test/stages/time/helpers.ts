import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docFromIngested } from '../../../src/engine.js';
import type { Lang, Timex } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline, type Pipeline } from '../../../src/pipeline/build.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimes, tagTimesDetailed, type TagOptions, type TimeLexicon } from '../../../src/stages/time/index.js';

/** One row of a golden table. `span: null` marks a negative case (no expression at all). */
export interface GoldenRow {
  cls: string;
  ref: string;
  text: string;
  span: string | null;
  type?: string;
  value?: string | null;
  mod?: string | null;
}

export const loadGolden = (lang: Lang): GoldenRow[] =>
  JSON.parse(readFileSync(join(import.meta.dirname, `golden-${lang}.json`), 'utf8')) as GoldenRow[];

/** Tags one text with segment + the pure tagger (no other stages). */
export function makeTagger(lang: Lang): { lex: TimeLexicon; tag: (text: string, published: string | null, options?: TagOptions) => Timex[] } {
  const lex = loadTimeLexicon(new ResourceLoader(lang));
  const seg: Pipeline = buildPipeline({ lang, stages: [{ stage: 'segment' }] }, { segment: segmentStage });
  return {
    lex,
    tag(text, published, options = {}) {
      const doc = seg.run(docFromIngested(ingestPlainText(text, lang), { id: 't', published }, lang));
      return tagTimes(doc.text, doc.get('sentences'), doc.get('tokens'), lang, published, lex, options);
    },
  };
}

/** One expression of `tagTimesDetailed` with its three extents as text: the span, the core (no prepositions) and the TIMEX2 extent. */
export interface DetailedRow { span: string; core: string; timex2: string; value: string | null; mod: string | null; timex2Only: boolean }

/**
 * Tags one text (after a title line, as an article is analysed) with the benchmark tagger
 * (`tagTimesDetailed`: TIMEX2 extents and TIMEX2-only items kept); segmenter and lexicons are built once per language.
 */
export function makeDetailedTagger(): (lang: Lang, text: string, published: string, options?: TagOptions) => DetailedRow[] {
  const built = new Map<Lang, { lex: TimeLexicon; seg: Pipeline }>();
  return (lang, text, published, options = {}) => {
    let b = built.get(lang);
    if (!b) built.set(lang, (b = { lex: loadTimeLexicon(new ResourceLoader(lang)), seg: buildPipeline({ lang, stages: [{ stage: 'segment' }] }, { segment: segmentStage }) }));
    const doc = b.seg.run(docFromIngested(ingestPlainText(`T\n${text}`, lang), { id: 'x', published }, lang));
    const slice = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
    return tagTimesDetailed(doc.text, doc.get('sentences'), doc.get('tokens'), lang, published, b.lex, options)
      .map((t) => ({ span: t.text, core: slice(t.core), timex2: slice(t.timex2), value: t.value, mod: t.mod, timex2Only: t.timex2Only === true }));
  };
}
