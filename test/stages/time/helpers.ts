import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docFromIngested } from '../../../src/engine.js';
import type { Lang, Timex } from '../../../src/doc/types.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline, type Pipeline } from '../../../src/pipeline/build.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { segmentStage } from '../../../src/stages/segment/index.js';
import { loadTimeLexicon, tagTimes, type TagOptions, type TimeLexicon } from '../../../src/stages/time/index.js';

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
