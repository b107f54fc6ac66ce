import type { StageFactory } from './stage.js';
import { segmentStage } from '../stages/segment/index.js';
import { timeStage } from '../stages/time/index.js';
import { nerStage } from '../stages/ner/index.js';
import { resolveStage } from '../stages/resolve/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { eventsStage } from '../stages/events/index.js';
import { speechActsStage } from '../stages/speech-acts/index.js';

/**
 * Every stage the engine knows, by name. A plain literal built on call, not a registry that
 * modules fill at import time: adding a stage means importing its factory here.
 */
export function stageCatalogue(): Readonly<Record<string, StageFactory>> {
  return {
    [segmentStage.name]: segmentStage,
    [timeStage.name]: timeStage,
    [nerStage.name]: nerStage,
    [resolveStage.name]: resolveStage,
    [quotesStage.name]: quotesStage,
    [eventsStage.name]: eventsStage,
    [speechActsStage.name]: speechActsStage,
  };
}
