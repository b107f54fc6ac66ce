import { Doc } from '../../../src/doc/doc.js';
import type { Entity, Lang } from '../../../src/doc/types.js';
import { docFromIngested } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline, type Pipeline } from '../../../src/pipeline/build.js';
import type { StageFactory } from '../../../src/pipeline/stage.js';
import { nerStage } from '../../../src/stages/ner/index.js';
import { resolveStage } from '../../../src/stages/resolve/index.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

/** Only the stages these tests run (the other stages' state does not matter here). */
const CATALOGUE: Record<string, StageFactory> = { segment: segmentStage, ner: nerStage, resolve: resolveStage };

const cache = new Map<string, Pipeline>();

/** Segment + resolve only (no tagger): what the stage does from its own knowledge. */
export function resolveOnly(lang: Lang, text: string, published = '2025-07-31', dataDir: string | null = null): Doc {
  return run(['segment', 'resolve'], lang, text, published, dataDir);
}

/** Segment, the statistical tagger, then resolve. */
export function withTagger(lang: Lang, text: string, published = '2025-07-31'): Doc {
  return run(['segment', 'ner', 'resolve'], lang, text, published, null);
}

function run(stages: string[], lang: Lang, text: string, published: string, dataDir: string | null): Doc {
  const key = `${stages.join(',')}|${lang}|${dataDir ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = buildPipeline({ lang, stages: stages.map((stage) => ({ stage })) }, CATALOGUE, { dataDir });
    cache.set(key, p);
  }
  const doc = docFromIngested(ingestPlainText(`Titel\n${text}`, lang), { id: 'test', published }, lang);
  return p.run(doc);
}

/** The entity that has a surface form among its aliases (or its id). */
export function entityWith(doc: Doc, form: string): Entity | undefined {
  return doc.get('entities').find((e) => e.id === form || e.aliases.includes(form));
}

/** Every entity having an alias. */
export function entitiesWith(doc: Doc, form: string): Entity[] {
  return doc.get('entities').filter((e) => e.aliases.includes(form));
}
