import type { ResourceLoader } from './loader.js';
import { asObject, asStringArray } from './validate.js';

function validateTimeZones(raw: unknown, where: string): readonly string[] {
  return asStringArray(asObject(raw, where).abbreviations, where, 'abbreviations').map((z) => z.toLowerCase());
}

/**
 * Time-zone abbreviations, lower case (`resources/common/time-zones.json`): the time stage takes them
 * after a clock time, entity resolution never reads them as names. One list, so the two cannot drift.
 */
export function loadTimeZones(res: ResourceLoader): readonly string[] {
  return res.common('time-zones', validateTimeZones);
}
