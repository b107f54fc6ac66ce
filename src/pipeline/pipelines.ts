import type { Lang } from '../doc/types.js';
import type { PipelineDecl } from './stage.js';

/**
 * The per-language pipelines, as data: stage names in order with their options. Checked against
 * the catalogue when built (see `buildPipeline`).
 */
export const PIPELINES: Readonly<Record<Lang, PipelineDecl>> = {
  de: {
    lang: 'de',
    stages: [
      { stage: 'segment' },
      { stage: 'time' },
      { stage: 'ner' },
      { stage: 'resolve' },
      { stage: 'quotes' },
      { stage: 'events' },
      { stage: 'speech-acts' },
    ],
  },
  en: {
    lang: 'en',
    stages: [
      { stage: 'segment' },
      { stage: 'time' },
      { stage: 'ner' },
      { stage: 'resolve' },
      { stage: 'quotes' },
      { stage: 'events' },
      { stage: 'speech-acts' },
    ],
  },
};
