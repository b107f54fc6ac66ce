import { LagebildError } from '../errors.js';
import type { ResourceLoader } from './loader.js';
import { asArray, asObject, asString } from './validate.js';

/** An opening quotation mark and the mark that closes it ("„" and "“", "«" and "»"). */
export type QuoteMarkPair = readonly [open: string, close: string];

function validateQuoteMarks(raw: unknown, where: string): readonly QuoteMarkPair[] {
  const o = asObject(raw, where);
  return asArray(o.pairs, where, 'pairs', (p, w, path) => {
    const pair = asArray(p, w, path, asString);
    if (pair.length !== 2 || pair[0] === undefined || pair[1] === undefined) {
      throw new LagebildError('RESOURCE_INVALID', `${path}: expected [open, close]`, w);
    }
    return [pair[0], pair[1]] as const;
  });
}

/**
 * The quotation-mark pairs of every language (`resources/common/quote-marks.json`). Segmentation keeps
 * quotations inside one sentence with them and the quotes stage finds direct quotes; one reader, so
 * both accept the same file.
 */
export function loadQuoteMarks(res: ResourceLoader): readonly QuoteMarkPair[] {
  return res.common('quote-marks', validateQuoteMarks);
}
