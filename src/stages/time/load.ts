import type { ResourceLoader } from '../../resources/loader.js';
import { loadTimeWords, type TimeLexicon } from './lexicon.js';
import { PARSERS } from './parsers.js';
import { parserGateOf } from './trigger.js';

/**
 * Loads and validates the time lexicon of the loader's language and builds, once, the scanner's
 * parser gate from it and the language's parsers (the gate needs both; `lexicon.ts` knows no
 * parsers, so it is built here rather than memoised per lexicon at the first run).
 */
export function loadTimeLexicon(res: ResourceLoader): TimeLexicon {
  const words = loadTimeWords(res);
  return { ...words, gate: parserGateOf(words, PARSERS[res.lang]) };
}
