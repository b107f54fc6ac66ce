import { fmtYear } from './calendar.js';
import { cand, intOf, isCapitalised, isDigits, lo, noDot, withOpener, type Cand, type Ctx, type GatedParser, type Parser } from './context.js';
import { isYear, periodNounAt } from './read.js';

/*
 * Ranges written inside one token: "1939-1945", "1939-45", the days of "May 3-5". Each end is its
 * own DATE expression with its own character offsets (TIMEX convention); ranges written with
 * separate tokens ("1939 – 1945", "von 1939 bis 1945", "3.–5. Mai") are read by the ordinary
 * parsers, which accept a range word between the ends.
 */

/** The two digit groups of a token "A-B" split at one single-character range word, with the absolute offsets of the cut. */
export function rangeTokenAt(c: Ctx, i: number): { a: string; b: string; aEnd: number; bStart: number; dotted: boolean } | null {
  const t = c.toks[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'number') || t.text.length < 3 || t.text.length > 9) return null;
  let cut = -1;
  for (let k = 1; k < t.text.length - 1; k++) {
    const ch = t.text[k]!;
    if (ch >= '0' && ch <= '9') continue;
    // "3.-5. Mai": the first day's period before the dash
    if (ch === '.' && cut < 0 && c.lex.rangeWords.has(t.text[k + 1]!)) continue;
    if (cut >= 0 || !c.lex.rangeWords.has(ch)) return null;
    cut = k;
  }
  if (cut < 0) return null;
  const dotted = t.text[cut - 1] === '.';
  const a = t.text.slice(0, dotted ? cut - 1 : cut);
  const b = t.text.slice(cut + 1);
  if (!isDigits(a) || !isDigits(b)) return null;
  return { a, b, aEnd: t.start + cut, bStart: t.start + cut + 1, dotted };
}

/** The days of "3-5" (both 1–31, the second after the first), or null. */
export function dayRangeAt(c: Ctx, i: number): { d1: number; d2: number; aEnd: number; bStart: number } | null {
  const r = rangeTokenAt(c, i);
  if (!r || r.a.length > 2 || r.b.length > 2 || r.a[0] === '0') return null;
  const d1 = intOf(r.a);
  const d2 = intOf(r.b);
  return d1 >= 1 && d2 <= 31 && d1 < d2 ? { d1, d2, aEnd: r.aEnd, bStart: r.bStart } : null;
}

/** Longest span of years a one-token range may cover ("1618-1648"); longer ones are numbers. */
const MAX_YEAR_SPAN = 100;

/**
 * "1939-1945", "1939-45" (second year in the first one's century): two DATE years. Not a phone
 * number ("030-1234"), a score ("3-1"), pages ("Seite 1990-1995") or a count ("1990-2000 Euro").
 */
export const pYearRange: GatedParser = withOpener((c, i) => {
  const r = rangeTokenAt(c, i);
  if (!r || r.dotted || r.a.length !== 4 || (r.b.length !== 4 && r.b.length !== 2)) return null;
  const y1 = intOf(r.a);
  let y2 = intOf(r.b);
  if (r.b.length === 2) {
    y2 += Math.floor(y1 / 100) * 100;
    if (y2 <= y1) y2 += 100;
  }
  if (!isYear(y1) || !isYear(y2) || y2 <= y1 || y2 - y1 > MAX_YEAR_SPAN) return null;
  const before = lo(c, i - 1);
  const after = noDot(lo(c, i + 1));
  if (c.lex.nonYearBefore.has(before) && !c.lex.prepositions.has(before)) return null;
  if (c.lex.nonYearAfter.has(after) || c.lex.nonYearAfter.has(lo(c, i + 1))) return null;
  // "1990-2000 Demonstranten": a count before a counted noun, unless a preposition says otherwise
  if (!c.lex.prepositions.has(before) && !c.lex.articles.has(before) && countedNounAt(c, i + 1)) return null;
  // "the 2025-26 school year", "Saison 2025-26": one period, the first year's
  if (y2 - y1 === 1 && periodNounAt(c, i - 1)) return cand(i, i + 1, 'DATE', fmtYear(y1), 'year-noun-period');
  if (y2 - y1 === 1 && c.lex.periodYearNouns.has(lo(c, i + 1))) return cand(i, i + 1, 'DATE', fmtYear(y1), 'year-period');
  const second: Cand = cand(i, i + 1, 'DATE', fmtYear(y2), 'year-range', { subStart: r.bStart });
  return cand(i, i + 1, 'DATE', fmtYear(y1), 'year-range', { subEnd: r.aEnd, next: second });
}, { shapes: ['number', 'digit'] });

/** Whether token i looks like a counted plural noun (see `countNounShape`). */
function countedNounAt(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' || t.lo.length < 4 || c.lex.months.has(noDot(t.lo)) || c.lex.prepositions.has(t.lo) || c.lex.clauseBreakers.has(t.lo)) return false;
  if (c.lex.countNounShape === 'capitalised') return isCapitalised(c, i) && t.text !== t.text.toUpperCase();
  return t.text === t.lo && t.lo.endsWith('s');
}
