/**
 * TIMEX3 values as day ranges, for merging event reports ("2025-07" contains "2025-07-27") and
 * placing events on a time axis (relation series by day, ISO week or month).
 */
import type { RelationBucket } from './types.js';

/** An inclusive range of days, as UTC day numbers (days since 1970-01-01). */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;

/** Day number of a YYYY-MM-DD string, or null when it is not a real date. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
  return Math.round(t / DAY_MS);
}

/** YYYY-MM-DD of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function utcDay(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m, d) / DAY_MS);
}

/**
 * The days a TIMEX3 value covers: a day, ISO week, month, quarter, year or decade; null for
 * durations, PRESENT_REF and anything else that names no calendar period.
 */
export function timexRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const d = dayNumber(value.slice(0, 10));
    return d === null ? null : { start: d, end: d };
  }
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return { start, end: start + 6 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    if (mo < 0 || mo > 11) return null;
    return { start: utcDay(y, mo, 1), end: utcDay(y, mo + 1, 1) - 1 };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]) - 1;
    return { start: utcDay(y, q * 3, 1), end: utcDay(y, q * 3 + 3, 1) - 1 };
  }
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { start: utcDay(y, 0, 1), end: utcDay(y + 1, 0, 1) - 1 };
  }
  m = /^(\d{3})$/.exec(value);
  if (m) {
    const y = Number(m[1]) * 10;
    return { start: utcDay(y, 0, 1), end: utcDay(y + 10, 0, 1) - 1 };
  }
  return null;
}

/** Monday of ISO week `w` of ISO year `y`. */
function isoWeekStart(y: number, w: number): number {
  const jan4 = utcDay(y, 0, 4);
  const dow = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow + (w - 1) * 7;
}

/** Days between two ranges (0 when they overlap). */
function gap(a: DayRange, b: DayRange): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** How far apart two reported dates may be and still be one event. */
export const MERGE_WINDOW_DAYS = 3;
/** How far a report without a date may be published from the event and still be merged into it. */
export const UNDATED_WINDOW_DAYS = 7;

/**
 * Whether two event dates can describe the same event: equal; one contains the other; both days
 * within {@link MERGE_WINDOW_DAYS}. When one or both are missing (or unplaceable), the anchor days
 * (the event's day or the report's publication date) must lie within {@link UNDATED_WINDOW_DAYS}
 * when both are known — so an undated "Russia attacked Ukraine" does not swallow every report.
 * Returns the match quality (0 best) or null when incompatible.
 */
export function dateCompatibility(a: string | null, b: string | null, anchorA: string | null, anchorB: string | null): number | null {
  if (a !== null && a === b) return 0;
  const ra = timexRange(a);
  const rb = timexRange(b);
  if (ra && rb) {
    if ((ra.start <= rb.start && rb.end <= ra.end) || (rb.start <= ra.start && ra.end <= rb.end)) return 1;
    if (ra.start === ra.end && rb.start === rb.end && Math.abs(ra.start - rb.start) <= MERGE_WINDOW_DAYS) return 2 + Math.abs(ra.start - rb.start);
    return null;
  }
  const da = anchorA ? dayNumber(anchorA) : null;
  const db = anchorB ? dayNumber(anchorB) : null;
  if (da === null || db === null) return 10;
  const g = gap(ra ?? { start: da, end: da }, rb ?? { start: db, end: db });
  return g <= UNDATED_WINDOW_DAYS ? 10 + g : null;
}

/** The narrower of two dates (the more precise one), preferring the first on ties or when unrelated. */
export function morePrecise(a: string | null, b: string | null): string | null {
  const ra = timexRange(a);
  const rb = timexRange(b);
  if (!rb) return a ?? b;
  if (!ra) return b;
  return rb.end - rb.start < ra.end - ra.start ? b : a;
}

/**
 * The day an event is placed on: its date when it names a day; else the first publication date
 * among its reports when that lies inside the dated period (the article reports it as it happens);
 * else the first day of the period; undated events take the first publication date.
 */
export function placeDay(date: string | null, firstPublished: string | null): string | null {
  const r = timexRange(date);
  const p = firstPublished ? dayNumber(firstPublished) : null;
  if (r) {
    if (r.start === r.end) return dayString(r.start);
    if (p !== null && p >= r.start && p <= r.end) return dayString(p);
    return dayString(r.start);
  }
  return p === null ? null : dayString(p);
}

/** The bucket of a day: its label and first day. */
export function bucketOf(day: string, by: RelationBucket): { period: string; start: string } {
  if (by === 'day') return { period: day, start: day };
  if (by === 'month') return { period: day.slice(0, 7), start: `${day.slice(0, 7)}-01` };
  const n = dayNumber(day);
  if (n === null) return { period: day, start: day };
  const dow = (new Date(n * DAY_MS).getUTCDay() + 6) % 7;
  const monday = n - dow;
  const thursday = monday + 3; // the ISO year is the year of the week's Thursday
  const isoYear = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekStart(isoYear, 1)) / 7) + 1;
  return { period: `${isoYear}-W${String(week).padStart(2, '0')}`, start: dayString(monday) };
}

/** Inclusive upper bound for string comparison of YYYY[-MM[-DD]] against full days. */
export function upperBound(to: string): string {
  return `${to}~`;
}
