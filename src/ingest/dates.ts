import type { IngestLexicon } from './lexicon.js';
import { tokenizeLine, type LineToken } from './tokens.js';

/** A calendar date; `year` is null when the text gives none ("July 3"). */
export interface PartialDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

/** YYYY-MM-DD of a date with a year, else null. */
export function formatDate(d: PartialDate | null): string | null {
  if (!d || d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function valid(year: number | null, month: number, day: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return false;
  if (year !== null && (year < 1800 || year > 2200)) return false;
  const days = [31, year !== null && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : year === null ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A month word ("Juli", "Feb.", "Sept") → 1-12. */
export function monthOf(t: LineToken, lex: IngestLexicon): number | undefined {
  return t.kind === 'word' ? lex.months.get(t.text.toLowerCase()) : undefined;
}

/** A numeric date token: 31.07.2025, 2025-07-31, 31.7. (the trailing dot is the token's `dot`). */
function numericDate(t: LineToken): PartialDate | null {
  const parts = t.text.split(/[./-]/);
  if (parts.length < 2 || parts.length > 3 || t.text.includes(':')) return null;
  const n = parts.map(Number);
  if (t.text.includes('-')) {
    // ISO order only: 2025-07-31.
    if (parts.length !== 3 || parts[0]!.length !== 4) return null;
    return valid(n[0]!, n[1]!, n[2]!) ? { year: n[0]!, month: n[1]!, day: n[2]! } : null;
  }
  if (t.text.includes('/')) return null; // 07/03/2025 is ambiguous (US vs. European order).
  const year = parts.length === 3 ? (parts[2]!.length === 4 ? n[2]! : parts[2]!.length === 2 ? 2000 + n[2]! : NaN) : null;
  if (year !== null && Number.isNaN(year)) return null;
  if (parts[0]!.length > 2 || parts[1]!.length > 2) return null;
  return valid(year, n[1]!, n[0]!) ? { year, month: n[1]!, day: n[0]! } : null;
}

function plainNumber(t: LineToken | undefined): number | null {
  if (!t || t.kind !== 'num' || !/^\d+$/.test(t.text)) return null;
  return Number(t.text);
}

/**
 * The date named by a short run of tokens: "31. Juli 2025", "July 3, 2025", "3 July", "04. Feb",
 * "Thu, 31 Jul 2025", "31.07.2025", "2025-07-31". Returns null when no day and month are found.
 */
export function dateOfTokens(tokens: readonly LineToken[], lex: IngestLexicon): PartialDate | null {
  for (const t of tokens) {
    if (t.kind === 'num') {
      const d = numericDate(t);
      if (d) return d;
    }
  }
  const mi = tokens.findIndex((t) => monthOf(t, lex) !== undefined);
  if (mi < 0) return null;
  const month = monthOf(tokens[mi]!, lex)!;
  const isDay = (n: number | null): n is number => n !== null && n >= 1 && n <= 31;
  let day: number | null = null;
  let yearFrom = mi + 1;
  const before = plainNumber(tokens[mi - 1]);
  const after = plainNumber(tokens[mi + 1]);
  if (isDay(after) && tokens[mi + 1]!.text.length <= 2) {
    day = after; // July 3
    yearFrom = mi + 2;
  } else if (isDay(before) && tokens[mi - 1]!.text.length <= 2) {
    day = before; // 3. Juli, 3 July
  }
  if (day === null) return null;
  let year: number | null = null;
  for (let k = yearFrom; k < Math.min(tokens.length, yearFrom + 2); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text === ',') continue;
    const n = plainNumber(t);
    if (n !== null && t.text.length === 4) year = n;
    break;
  }
  return valid(year, month, day) ? { year, month, day } : null;
}

/**
 * A date written in a metadata value (meta tag, JSON-LD, front matter, `<time datetime>`) as
 * YYYY-MM-DD. ISO timestamps keep their local date (the publisher's calendar day), not UTC.
 */
export function normaliseDate(value: unknown, lex: IngestLexicon): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 1e9) return normaliseDate(new Date(value > 1e11 ? value : value * 1000), lex);
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 100);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return valid(+compact[1]!, +compact[2]!, +compact[3]!) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  return formatDate(dateOfTokens(tokenizeLine(s), lex));
}
