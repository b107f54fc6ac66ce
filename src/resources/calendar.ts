import type { ResourceLoader } from './loader.js';
import { asNumber, asObject, asRecord } from './validate.js';

/** Month and weekday words of one language (`resources/<lang>/calendar.json`), lower case. */
export interface Calendar {
  /** Month word → month number 1–12 ("märz", "mär", "march"). */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday word → ISO weekday 1–7 ("montag", "monday"). */
  readonly weekdays: Readonly<Record<string, number>>;
}

function validateCalendar(raw: unknown, where: string): Calendar {
  const o = asObject(raw, where);
  return { months: asRecord(o.months, where, 'months', asNumber), weekdays: asRecord(o.weekdays, where, 'weekdays', asNumber) };
}

/**
 * The calendar words of the loader's language. Segmentation, ingestion, names and times all read
 * them; one validator keeps their reading of the file the same (and the loader's cache shared).
 */
export function loadCalendar(res: ResourceLoader): Calendar {
  return res.lexicon('calendar', validateCalendar);
}
