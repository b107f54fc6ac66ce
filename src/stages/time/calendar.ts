/**
 * Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, UTC, no time zones:
 * a publication date is a calendar day, not an instant) and TIMEX3 value formatting.
 */

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

/** Parses "YYYY-MM-DD" (anything else gives null). */
export function parseYmd(s: string | null): Ymd | null {
  if (s === null || s.length < 10) return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || s[4] !== '-' || s[7] !== '-') return null;
  return validDate(y, m, d) ? { y, m, d } : null;
}

/**
 * Milliseconds of y-m-d at 00:00 UTC. `Date.UTC` reads years 0–99 as 1900–1999, so the year is set
 * on its own ("im Jahr 9 n. Chr."); years ≤ 0 are astronomical (0 = 1 BC, -217 = 218 BC).
 */
function utcMs(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return dt.getTime();
}

/** Days since 1970-01-01. */
export function dayNumber(t: Ymd): number {
  return Math.floor(utcMs(t.y, t.m, t.d) / DAY_MS);
}

/** The day with the given day number. */
export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Adds days. */
export const addDays = (t: Ymd, n: number): Ymd => fromDayNumber(dayNumber(t) + n);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(t: Ymd): number {
  const wd = new Date(utcMs(t.y, t.m, t.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function mondayOfIsoWeek(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + (w - 1) * 7);
}

/** Whether y-m-d is a real day. */
export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = fromDayNumber(Math.floor(utcMs(y, m, d) / DAY_MS));
  return t.y === y && t.m === m && t.d === d;
}

/** Month arithmetic: (y, m) plus n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
/** A year of a value: "2025", "0009"; astronomical years ≤ 0 are BC years ("BC0218" for -217, TIMEX2/TIMEX3). */
const p4 = (n: number): string => (n <= 0 ? `BC${String(1 - n).padStart(4, '0')}` : String(n).padStart(4, '0'));

/** "2025-07-31". */
export const fmtDay = (t: Ymd): string => `${p4(t.y)}-${p2(t.m)}-${p2(t.d)}`;
/** "2025-07". */
export const fmtMonth = (y: number, m: number): string => `${p4(y)}-${p2(m)}`;
/** "2025". */
export const fmtYear = (y: number): string => p4(y);
/** "2025-W31". */
export const fmtWeek = (y: number, w: number): string => `${p4(y)}-W${p2(w)}`;
/** "T10:30". */
export const fmtClock = (h: number, min: number): string => `T${p2(h)}:${p2(min)}`;

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** US Thanksgiving: the fourth Thursday of November. */
export function thanksgiving(y: number): Ymd {
  const nov1 = { y, m: 11, d: 1 };
  return addDays(nov1, ((4 - isoWeekday(nov1) + 7) % 7) + 21);
}

/**
 * The month of a season as used for "nearest" comparisons; winter belongs to the year it starts in
 * (TIMEX3 "2024-WI" is the winter 2024/25).
 */
export const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** The day before a `YYYY-MM-DD` value (the night to a day begins on the day before it). */
export function dayBefore(day: string): string {
  const t = parseYmd(day);
  return t ? fmtDay(addDays(t, -1)) : day;
}
