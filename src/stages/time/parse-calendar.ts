import { fmtMonth, fmtWeek, fmtYear } from './calendar.js';
import { cand, dirAt, glued, inflectedAdjective, intOf, isCapitalised, laterAt, lo, noDot, refFor, unitAt, withOpener, type Cand, type Ctx, type GatedParser, type Parser } from './context.js';
import { abbrevDot, dateCand, dayAt, decadeOf, eraAt, isYear, monthAt, ordinalAt, periodNounAt, relYearAfter, relYearValue, seasonAt, yearAfter, yearAt } from './read.js';
import { PATTERNS } from './patterns.js';
import { dayRangeAt } from './parse-range.js';

/*
 * Parsers of calendar expressions: dates, months, years, decades, centuries, weeks, quarters,
 * seasons. Each reads one expression starting at token i and returns a candidate or null; they
 * never look at other candidates. Values that depend on tense (a month without a year) are left
 * `pending` for the refiners.
 */

/** Most days of a comma list read before its month ("am 15., 16. und 17. Juli"): bounds the lookahead of each start. */
const MAX_DAY_LIST = 6;

/** "31. Juli 2025", "3. Januar", "31 July 2025", "31st of July". */
export const pDayMonth: GatedParser = withOpener((c, i) => dayMonthAt(c, i, true), { words: (x) => [x.ordinals], shapes: ['number', 'digit'] });

function dayMonthAt(c: Ctx, i: number, lists: boolean, depth = 0): Cand | null {
  if (lists) {
    const r = dayRangeMonthAt(c, i);
    if (r) return r;
  }
  // "am ersten September 1939", "the first of May": an ordinal word as the day
  // (English needs the "of": "the second March offensive" is no date)
  const word = c.toks[i]?.kind === 'word' ? c.lex.ordinals.get(lo(c, i)) : undefined;
  const of = lo(c, i + 1) === 'of';
  const d = dayAt(c, i) ?? (word !== undefined && word >= 1 && (of || c.lex.ordinalDayBeforeMonth) && monthAt(c, of ? i + 2 : i + 1, true) !== null ? word : null);
  if (d === null) return null;
  // "3.–5. Mai": the first day's period is a token of its own, glued to the number
  const firstEnd = lo(c, i + 1) === '.' && c.toks[i]?.kind === 'number' && !c.toks[i]!.text.endsWith('.') && glued(c, i) ? i + 2 : i + 1;
  // "zwischen dem 4. und dem 6. Juni", "vom 1. bis zum 3. September": an article after the range word
  const secondAt = c.lex.articles.has(lo(c, firstEnd + 1)) || c.lex.prepositions.has(lo(c, firstEnd + 1)) ? firstEnd + 2 : firstEnd + 1;
  // "am 15., 16. und 17. Juli 1945", "on 15, 16 and 17 July": a comma list of days before the last
  // pair's month; each day takes the month and year of the rest of the list (a bare number opens one
  // only after a preposition: "scores of 12, 15 and 17 May" lists no days)
  const listOpens = depth > 0 || ordinalAt(c, i) !== null || c.lex.prepositions.has(lo(c, i - 1));
  const comma = lists && depth < MAX_DAY_LIST && listOpens && lo(c, firstEnd) === ',' && dayAt(c, firstEnd + 1) !== null;
  if ((lists && c.lex.rangeWords.has(lo(c, firstEnd)) && dayAt(c, secondAt) !== null) || comma) {
    // "am 22. und 23. Juni 1941", "vom 1. bis 3. September": the first day takes the second's month and year
    const second = comma ? dayMonthAt(c, firstEnd + 1, true, depth + 1) : dayMonthAt(c, secondAt, false);
    if (second && (second.rule === 'day-month-year' || second.rule === 'day-month' || (comma && second.rule === 'day-list'))) {
      const m = second.pending?.k === 'monthDay' ? second.pending.m : Number(second.value?.slice(5, 7));
      const y = second.value ? Number(second.value.slice(0, 4)) : null;
      if (!(m >= 1)) return null;
      if (y !== null) return dateCand(i, firstEnd, y, m, d, 'day-list');
      return cand(i, firstEnd, 'DATE', null, 'day-list', { pending: { k: 'monthDay', m, d } });
    }
  }
  if (firstEnd !== i + 1) return null;
  let j = i + 1;
  if (lo(c, j) === 'of') j++;
  const m = monthAt(c, j, true);
  if (m === null) return null;
  j++;
  if (abbrevDot(c, j - 1)) j++;
  const y = yearAfter(c, j);
  if (y) return dateCand(i, y.next, y.y, m, d, 'day-month-year');
  // "am 21. Mai dieses Jahres", "am 3. Januar nächsten Jahres"
  const ry = relYearAfter(c, j);
  if (ry && c.pub) {
    const ryv = relYearValue(c, ry.shift);
    return ryv === null ? cand(i, ry.next, 'DATE', null, 'day-month-relative-year') : dateCand(i, ry.next, ryv, m, d, 'day-month-relative-year');
  }
  return d <= 31 ? cand(i, j, 'DATE', null, 'day-month', { pending: { k: 'monthDay', m, d } }) : null;
}

/** Both ends of a month's day range: "first" spans [a, first.b) up to `aEnd`, the second is the day after the dash. */
function dayRangeCands(i: number, a: number, b: number, y: number | null, m: number, r: { d1: number; d2: number; aEnd: number; bStart: number }, rule: string): Cand | null {
  const one = (d: number, extra: Partial<Cand>): Cand | null => {
    if (y !== null) {
      const x = dateCand(a, b, y, m, d, rule);
      return x ? { ...x, ...extra } : null;
    }
    return cand(a, b, 'DATE', null, rule, { pending: { k: 'monthDay', m, d }, ...extra });
  };
  const second = one(r.d2, { subStart: r.bStart, a: i, b });
  const first = one(r.d1, { subEnd: r.aEnd, b: i + 1 });
  return first && second ? { ...first, next: second } : null;
}

/** "3-5 May 2025" (a day range in one token before the month): two day-month expressions. */
function dayRangeMonthAt(c: Ctx, i: number): Cand | null {
  const r = dayRangeAt(c, i);
  if (!r) return null;
  let j = i + 1;
  // "3.-5. Mai": the second day's period is a token of its own
  if (lo(c, j) === '.' && glued(c, i)) j++;
  else if (lo(c, j) === 'of') j++;
  const m = monthAt(c, j, true);
  if (m === null) return null;
  j++;
  if (abbrevDot(c, j - 1)) j++;
  const y = yearAfter(c, j);
  return dayRangeCands(i, i, y ? y.next : j, y ? y.y : null, m, r, y ? 'day-range-month-year' : 'day-range-month');
}

/** "July 31, 2025", "March 3", "Juni 2024", "September 2013", "Juli" (month alone). */
export const pMonth: GatedParser = withOpener((c, s) => {
  // "this September", "last April", "kommenden März": the direction word belongs to the month
  const dirWord = c.lex.direction.get(lo(c, s));
  const i = dirWord !== undefined ? s + 1 : s;
  const prev = lo(c, i - 1);
  const lx = c.lex;
  const m = monthAt(c, i, true);
  if (m === null) return null;
  // (asked only of a month: this parser is tried at every start word)
  const hasContext = lx.prepositions.has(prev) || lx.articles.has(prev) || lx.periodParts.has(prev) || lx.partAdjectives.has(prev) || lx.direction.has(prev) || lx.monthLeftContext.has(prev);
  let j = i + 1;
  if (abbrevDot(c, i)) j++;
  const dirExtra = dirWord !== undefined ? { dir: dirWord } : {};
  const dr = c.lex.numericDateOrder === 'MDY' ? dayRangeAt(c, j) : null;
  if (dr) {
    // "May 3-5", "May 3-5, 2025": "May 3" and "5"
    const y = yearAfter(c, j + 1);
    const x = dayRangeCands(j, s, y ? y.next : j + 1, y ? y.y : null, m, dr, y ? 'month-day-range-year' : 'month-day-range');
    if (x && x.next) return { ...x, ...dirExtra, next: { ...x.next, ...dirExtra } };
  }
  const d = dayAt(c, j);
  if (d !== null && c.lex.numericDateOrder === 'MDY') {
    const y = yearAfter(c, j + 1);
    if (y) return dateCand(s, y.next, y.y, m, d, 'month-day-year');
    // "June 5–6, 1944", "May 3 to 5": the second day (a bare number, no month of its own) shares month and year
    const d2 = c.lex.rangeWords.has(lo(c, j + 1)) && c.toks[j + 2]?.kind === 'number' && monthAt(c, j + 3, true) === null && !c.lex.nonYearAfter.has(lo(c, j + 3)) && !looksLikeCountedNoun(c, j + 3) ? dayAt(c, j + 2) : null;
    if (d2 !== null && d2 > d) {
      const y2 = yearAfter(c, j + 3);
      const second = y2 ? dateCand(j + 2, y2.next, y2.y, m, d2, 'month-day-range-year') : cand(j + 2, j + 3, 'DATE', null, 'month-day-range', { pending: { k: 'monthDay', m, d: d2 }, ...dirExtra });
      const first = y2 ? dateCand(s, j + 1, y2.y, m, d, 'month-day-range-year') : cand(s, j + 1, 'DATE', null, 'month-day-range', { pending: { k: 'monthDay', m, d }, ...dirExtra });
      if (first && second) return { ...first, next: second };
    }
    return cand(s, j + 1, 'DATE', null, 'month-day', { pending: { k: 'monthDay', m, d }, ...dirExtra });
  }
  const y = yearAfter(c, j);
  if (y) return cand(s, y.next, 'DATE', fmtMonth(y.y, m), 'month-year');
  const ry = relYearAfter(c, j);
  if (ry && c.pub) {
    const ryv = relYearValue(c, ry.shift);
    return cand(s, ry.next, 'DATE', ryv === null ? null : fmtMonth(ryv, m), 'month-relative-year');
  }
  // a bare month name needs a preposition, article or period word before it ("Mai" is also a name),
  // or opens a chronology entry ("Dezember: Die Wahl findet statt.", "March: Parliament is dissolved.")
  if (!hasContext && !c.lex.monthLeftContext.has(lo(c, j)) && !(i === 0 && lo(c, j) === ':')) return null;
  // "im August darauf", "im März zuvor": a later word after a bare month is its direction, as "im
  // folgenden August" (not after a direction word of its own)
  const later = dirWord === undefined && hasContext ? directionAfter(c, j) : 0;
  if (later !== 0) return cand(s, j + 1, 'DATE', null, 'month-later', { pending: { k: 'month', m }, dir: later });
  return cand(s, j, 'DATE', null, 'month', { pending: { k: 'month', m }, ...dirExtra });
}, { words: (x) => [x.direction, x.months] });

/**
 * The direction of a later word at j after a month or season ("darauf" +1, "zuvor" −1), 0 when there
 * is none or it is a comparative before its particle ("im Juli früher als sonst", "in July later than usual").
 */
function directionAfter(c: Ctx, j: number): number {
  return c.lex.comparisonParticles.has(lo(c, j + 1)) ? 0 : laterAt(c, j);
}

/** Short numeric dates: "27.7.", "27.7.2025", "27.07.25", ISO "2025-07-31", US "7/31/2025". */
export const pNumericDate: GatedParser = withOpener((c, i) => {
  const t = c.toks[i];
  if (!t) return null;
  const s = t.text;
  if (t.kind !== 'number' && t.kind !== 'word') return null;
  if (s.indexOf('.') < 0 && s.indexOf('-') < 0 && lo(c, i + 1) !== '/') return null;
  const parts = s.split(PATTERNS.dateSeparator);
  if (t.rule === 'short-date' || (t.kind === 'number' && parts.length === 3 && s.indexOf('.') > 0)) {
    // D.M. or D.M.YYYY (German order; the tokenizer only forms these in dotted style)
    const d = intOf(parts[0] ?? '');
    const m = intOf(parts[1] ?? '');
    const yRaw = parts[2] ?? '';
    if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return null;
    if (yRaw === '') return cand(i, i + 1, 'DATE', null, 'numeric-day-month', { pending: { k: 'monthDay', m, d } });
    const y = intOf(yRaw);
    if (yRaw.length === 4) return dateCand(i, i + 1, y, m, d, 'numeric-date');
    // "03.12.25" (bylines): a two-digit year in the publication's century, the one before when it
    // would lie more than a year after the publication
    if (yRaw.length !== 2 || parts[0]!.length !== 2 || parts[1]!.length !== 2 || !c.pub) return null;
    const century = Math.floor(c.pub.y / 100) * 100;
    return dateCand(i, i + 1, century + y > c.pub.y + 1 ? century - 100 + y : century + y, m, d, 'numeric-date');
  }
  if (s.length >= 7 && s[4] === '-' && (parts.length === 2 || parts.length === 3)) {
    const y = intOf(parts[0] ?? '');
    const m = intOf(parts[1] ?? '');
    if (!isYear(y) || (parts[1] ?? '').length !== 2 || !(m >= 1 && m <= 12)) return null;
    if (parts.length === 2) return cand(i, i + 1, 'DATE', fmtMonth(y, m), 'iso-month');
    const d = intOf(parts[2] ?? '');
    return (parts[2] ?? '').length === 2 ? dateCand(i, i + 1, y, m, d, 'iso-date') : null;
  }
  // 7/31/2025 (three number tokens glued by slashes)
  if (t.kind === 'number' && lo(c, i + 1) === '/' && lo(c, i + 3) === '/' && glued(c, i) && glued(c, i + 1) && glued(c, i + 2) && glued(c, i + 3)) {
    const a = intOf(s);
    const b = intOf(lo(c, i + 2));
    const y = yearAt(c, i + 4);
    if (y === null) return null;
    const [m, d] = c.lex.numericDateOrder === 'MDY' ? [a, b] : [b, a];
    return dateCand(i, i + 5, y, m, d, 'slash-date');
  }
  return null;
}, { shapes: ['number', 'digit'] });

/** "218 v. Chr.", "44 BC", "800 n. Chr.", and the first end of "218 bis 201 v. Chr.". */
export const pEraYear: GatedParser = withOpener((c, i) => {
  let j = i;
  if (c.lex.yearNouns.has(lo(c, i)) && c.toks[i + 1]?.kind === 'number') j = i + 1;
  const t = c.toks[j];
  if (!t || t.kind !== 'number' || t.text.length > 4) return null;
  const n = intOf(t.text);
  if (!(n >= 1)) return null;
  let era = eraAt(c, j + 1);
  let end = era?.next ?? -1;
  if (!era && c.lex.rangeWords.has(lo(c, j + 1)) && c.toks[j + 2]?.kind === 'number') {
    // the era after the second number applies to the first as well; the span stays on the first
    era = eraAt(c, j + 3);
    end = j + 1;
  }
  if (!era) return null;
  const value = era.bc ? `BC${fmtYear(n)}` : fmtYear(n);
  return cand(i, end, 'DATE', value, era.bc ? 'year-bc' : 'year-ad');
}, { words: (x) => [x.yearNouns], shapes: ['number'] });

/** Whether token i has the shape of a plural noun of the language (see `countNounShape`). */
function looksLikeCountedNoun(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' || t.lo.length < 4 || c.lex.months.has(noDot(t.lo)) || c.lex.prepositions.has(t.lo)) return false;
  // "Between 1914 and 1918 millions died": a plural number word is no noun the year counts (unless a counted noun follows it)
  if (c.lex.magnitudePlurals.has(t.lo) && !c.lex.nonYearAfter.has(lo(c, i + 1))) return false;
  if (c.lex.countNounShape === 'capitalised') return isCapitalised(c, i) && t.text !== t.text.toUpperCase();
  return t.text === t.lo && t.lo.endsWith('s');
}

/** Whether a verb follows the approximate year at i + 1: a lower-case word after it that no capitalised noun follows (German). */
function verbAfterYear(c: Ctx, i: number): boolean {
  return c.lex.countNounShape === 'capitalised' && c.toks[i + 2]?.kind === 'word' && !isCapitalised(c, i + 2) && !(c.toks[i + 3]?.kind === 'word' && isCapitalised(c, i + 3) && !c.lex.articles.has(lo(c, i + 3)));
}

/**
 * Whether the approximate year at i + 1 opens a clause whose subject follows with its article
 * ("Around 1920 the border was fixed", "in about 1850 the town grew"): a count is followed by the noun
 * it counts, never by an article. English only: a German article after a number may open the genitive
 * of a count ("rund 2000 der Demonstranten").
 */
function articleAfterYear(c: Ctx, i: number): boolean {
  return c.lex.countNounShape === 'plural-s' && c.lex.articles.has(lo(c, i + 2));
}

/** A bare year "2018", "im Jahr 2024", "im Kriegsjahr 1916", and "’91". */
export const pYear: GatedParser = withOpener((c, i) => {
  const t = c.toks[i];
  if (!t) return null;
  let start = i;
  let j = i;
  // "around 1960,", "etwa 1350 wütete die Pest": in a history an approximate number before a pause
  // or a verb is a year (news counts far more often: "rund 2000 neue Jobs", "about 1500.")
  const approx = c.narrative ? c.lex.approx.get(t.lo) : undefined;
  const approxYear = approx !== undefined ? yearAt(c, i + 1) : null;
  if (approx !== undefined && approxYear !== null && (c.toks[i + 2]?.kind === 'punct' || verbAfterYear(c, i) || articleAfterYear(c, i))) {
    if (c.lex.nonYearAfter.has(noDot(lo(c, i + 2))) || c.lex.nonYearAfter.has(lo(c, i + 2))) return null;
    return { ...cand(i, i + 2, 'DATE', fmtYear(approxYear), 'year-approx'), mod: approx };
  }
  const periodNoun = periodNounAt(c, i);
  if ((c.lex.yearNouns.has(t.lo) || periodNoun) && yearAt(c, i + 1) !== null) j = i + 1;
  // "fiscal year 2027", "the financial year 2026/27": a period noun before the year noun belongs to it
  else if (periodNoun && c.lex.yearNouns.has(lo(c, i + 1)) && yearAt(c, i + 2) !== null) j = i + 2;
  else if (c.lex.yearNouns.has(t.lo) && !c.lex.yearNouns.has(lo(c, i - 1))) {
    // "im Jahr 800", "in the year 476": a singular year noun names a year older than the calendar years;
    // so does the old dative after a contracted preposition or an article ("im Jahre 410", "dem Jahre 800";
    // as "den Jahren 1939" a plural one), not a plural that counts ("drei Jahre 200 Kilometer entfernt")
    const n = c.toks[i + 1]?.kind === 'number' && c.toks[i + 1]!.text.length === 3 ? intOf(c.toks[i + 1]!.text) : NaN;
    const u = unitAt(c, i);
    const singular = u !== null && (!u.plural || c.lex.yearNounLinks.has(lo(c, i - 1)) || c.lex.articles.has(lo(c, i - 1)));
    if (n >= 100 && singular && !c.lex.nonYearAfter.has(lo(c, i + 2)) && !eraAt(c, i + 2)) return cand(i, i + 2, 'DATE', fmtYear(n), 'year-noun');
  }
  const y = yearAt(c, j);
  if (y !== null) {
    const before = lo(c, start - 1);
    const after = noDot(lo(c, j + 1));
    // "from 1939 to 1945": after a year and a range word the number is the range's second year
    const rangeEnd = c.lex.rangeWords.has(before) && yearAt(c, start - 2) !== null;
    if (j === i && !rangeEnd && (c.lex.nonYearBefore.has(before) || before === '$' || before === '€' || before === '£')) return null;
    if (c.lex.nonYearAfter.has(after) || c.lex.nonYearAfter.has(lo(c, j + 1))) return null;
    // "1.000 2025"-style number lists and "2018-2019" ranges are still years; a preceding number is not
    if (c.toks[start - 1]?.kind === 'number' && !glued(c, start - 1)) return null;
    // "2000 Demonstranten", "2000 protesters": a number before a counted noun is a count, unless a
    // temporal preposition ("seit 2014 Mitglied", "in 2003 rebels") says it is a year; an approximating
    // one also approximates or opposes counts ("gegen 2000 Aufständische", "um 2000 Soldaten")
    if (j === i && (!c.lex.prepositions.has(before) || c.lex.approxPrepositions.has(before)) && !c.lex.articles.has(before) && looksLikeCountedNoun(c, j + 1)) return null;
    // "zwischen 1000 und 2000 Menschen", "1500 or 2000 troops": the count noun after the second number counts the first too
    if (j === i && c.lex.rangeWords.has(lo(c, j + 1)) && c.toks[j + 2]?.kind === 'number' && (c.lex.nonYearAfter.has(noDot(lo(c, j + 3))) || looksLikeCountedNoun(c, j + 3))) return null;
    const x = cand(start, j + 1, 'DATE', fmtYear(y), j > i ? 'year-noun' : 'year');
    // "1942/43", "1914–18": the short second year is the range's other end
    const t2 = c.toks[j + 2];
    const link = lo(c, j + 1);
    if (link.length === 1 && c.lex.rangeWords.has(link) && glued(c, j) && glued(c, j + 1) && t2 && t2.kind === 'number' && t2.text.length === 2) {
      const y2 = Math.floor(y / 100) * 100 + intOf(t2.text) + (intOf(t2.text) <= y % 100 ? 100 : 0);
      // (a fiscal or school year, a season: one period, "im Schuljahr 2026/27", "the 2025/26 season")
      // (after its noun the article and preposition before the noun join as for any year noun; before
      // it the year modifies the noun like "the 1990 election": `ATTRIBUTIVE_RULES`)
      if (y2 - y === 1 && periodNoun && j > i) return { ...x, b: j + 3, rule: 'year-noun-period' };
      if (y2 - y === 1 && c.lex.periodYearNouns.has(lo(c, j + 3))) return { ...x, b: j + 3, rule: 'year-period' };
      if (y2 - y <= 10) x.next = cand(j + 2, j + 3, 'DATE', fmtYear(y2), 'year-slash');
    }
    return x;
  }
  // ’91: an apostrophe glued to a two-digit number that is not followed by a unit
  if (t.kind === 'quote' && glued(c, i) && c.toks[i + 1]?.kind === 'number' && c.toks[i + 1]!.text.length === 2) {
    const n = intOf(c.toks[i + 1]!.text);
    if (Number.isNaN(n) || c.toks[i - 1]?.end === t.start) return null;
    if (unitAt(c, i + 2) || c.lex.nonYearAfter.has(lo(c, i + 2))) return null;
    const pubYy = c.pub ? c.pub.y % 100 : 99;
    const century = c.pub ? Math.floor(c.pub.y / 100) * 100 : 1900;
    start = i;
    return cand(start, i + 2, 'DATE', fmtYear(n > pubYy ? century - 100 + n : century + n), 'year-apostrophe');
  }
  return null;
}, { words: (x) => [x.approx, x.yearNouns, x.periodYearNouns], shapes: ['number', 'quote', 'long'] });

/** "1990er Jahre", "den 1990ern", "1990er-Jahre", "the 1990s", "the ’90s". */
export const pDecade: GatedParser = withOpener((c, i) => {
  const w = lo(c, i);
  // closed compounds: "Achtzigerjahre", "in den Zwanzigerjahren"
  if (w.length > 10) {
    for (const [word, digit] of c.lex.decadeWords) {
      if (w.startsWith(word) && c.lex.decadeNouns.has(w.slice(word.length))) return cand(i, i + 1, 'DATE', `19${digit}`, 'decade-word');
    }
  }
  const dw = c.lex.decadeWords.get(w);
  if (dw !== undefined) {
    // "zwanziger Jahre", "the sixties" (twentieth century unless a century is given elsewhere)
    const noun = c.lex.decadeNouns.has(lo(c, i + 1));
    if (c.lex.decadeWordsNeedNoun ? !noun : !c.lex.articles.has(lo(c, i - 1))) return null;
    return cand(i, noun ? i + 2 : i + 1, 'DATE', `19${dw}`, 'decade-word');
  }
  let j = i;
  if (c.toks[i]?.kind === 'quote' && glued(c, i)) j = i + 1;
  const dec = decadeOf(c, lo(c, j));
  if (dec === null) return null;
  j++;
  if (lo(c, j) === '-' && glued(c, j - 1) && c.lex.decadeNouns.has(lo(c, j + 1))) j += 2;
  else if (c.lex.decadeNouns.has(lo(c, j))) j++;
  return cand(i, j, 'DATE', dec, 'decade');
}, { words: (x) => [x.decadeWords], shapes: ['number', 'quote', 'digit', 'long'] });

/**
 * "20. Jahrhundert", "the 19th century" → "19", "18"; "3. Jahrhundert v. Chr." → "BC02"; the first
 * of two centuries ("im 12. und 13. Jahrhundert", "vom 16. bis 18. Jahrhundert") takes the second's
 * noun and era.
 */
export const pCentury: GatedParser = withOpener((c, i) => {
  const n = ordinalAt(c, i);
  if (n === null || n < 1 || n > 22) return null;
  if (c.lex.centuryWords.has(lo(c, i + 1))) {
    const era = eraAt(c, i + 2);
    const bc = era?.bc === true;
    return cand(i, era ? era.next : i + 2, 'DATE', `${bc ? 'BC' : ''}${String(n - 1).padStart(2, '0')}`, 'century');
  }
  if (!c.lex.rangeWords.has(lo(c, i + 1))) return null;
  const second = ordinalAt(c, i + 2);
  if (second === null || second <= n || second > 22 || !c.lex.centuryWords.has(lo(c, i + 3))) return null;
  const bc = eraAt(c, i + 4)?.bc === true;
  return cand(i, i + 1, 'DATE', `${bc ? 'BC' : ''}${String(n - 1).padStart(2, '0')}`, 'century-list');
}, { words: (x) => [x.ordinals], shapes: ['number', 'digit'] });

/** ISO weeks: "KW 31", "Kalenderwoche 31", "31. Kalenderwoche", "week 31 of 2025". */
export const pIsoWeek: GatedParser = withOpener((c, i) => {
  let w: number | null = null;
  let j = i;
  if (c.lex.weekWords.has(lo(c, i)) && c.toks[i + 1]?.kind === 'number') {
    w = intOf(c.toks[i + 1]!.text);
    j = i + 2;
  } else {
    const n = ordinalAt(c, i);
    if (n !== null && c.lex.weekWords.has(lo(c, i + 1)) && lo(c, i + 1) !== 'week') {
      w = n;
      j = i + 2;
    }
  }
  if (w === null || !(w >= 1 && w <= 53)) return null;
  const y = yearAfter(c, j);
  const year = y ? y.y : c.pub ? c.pub.y : null;
  return cand(i, y ? y.next : j, 'DATE', year === null ? null : fmtWeek(year, w), 'iso-week');
}, { words: (x) => [x.weekWords, x.ordinals], shapes: ['number', 'digit'] });

/**
 * "im letzten Drittel des 19. Jahrhunderts", "im ersten Viertel des 20. Jahrhunderts", "the last
 * quarter of the 19th century": a fraction of a century or decade is that period with the mod of the
 * fraction's place (the first START, the last END, one between MID).
 */
function fractionOfPeriod(c: Ctx, i: number): Cand | null {
  const parts = c.lex.periodFractions.get(lo(c, i + 1));
  if (parts === undefined) return null;
  const n = ordinalAt(c, i) ?? (c.lex.ordinals.get(lo(c, i)) === -1 ? parts : null);
  if (n === null || n < 1 || n > parts) return null;
  const of = lo(c, i + 2) === 'of' ? i + 3 : i + 2;
  const k = c.lex.articles.has(lo(c, of)) ? of + 1 : of;
  if (k === i + 2) return null;
  const inner = pCentury(c, k) ?? pDecade(c, k);
  if (!inner || inner.rule === 'century-list') return null;
  return { ...inner, a: i, mod: n === 1 ? 'START' : n === parts ? 'END' : 'MID', rule: `fraction+${inner.rule}` };
}

/** "im ersten Quartal 2025", "the second half of 2024", "Q3". */
export const pQuarter: GatedParser = withOpener((c, i) => {
  const fraction = fractionOfPeriod(c, i);
  if (fraction) return fraction;
  let n = ordinalAt(c, i);
  let q = c.lex.quarterWords.get(lo(c, i + 1));
  let j = i + 2;
  const w = lo(c, i);
  const dash = w.indexOf('-');
  if (n === null && dash > 0) {
    // "third-quarter"
    n = c.lex.ordinals.get(w.slice(0, dash)) ?? null;
    q = c.lex.quarterWords.get(w.slice(dash + 1));
    j = i + 1;
  }
  // "the last quarter of 1944", "das letzte Quartal 1944": the fourth (the second half)
  if (n === null && q && c.lex.ordinals.get(w) === -1) n = q === 'Q' ? 4 : 2;
  if (n === null || n < 1 || !q || n > (q === 'Q' ? 4 : 2)) return null;
  if (q === 'H') {
    // "in der ersten Hälfte des 20. Jahrhunderts", "the second half of the 1990s": the century or decade with START/END
    const of = lo(c, j) === 'of' ? j + 1 : j;
    const k = c.lex.articles.has(lo(c, of)) ? of + 1 : of;
    const inner = k > j ? pCentury(c, k) ?? pDecade(c, k) : null;
    if (inner && inner.rule !== 'century-list') return { ...inner, a: i, mod: n === 1 ? 'START' : 'END', rule: `half+${inner.rule}` };
    // "in der zweiten Hälfte des Jahrhunderts", "the first half of the decade": the century or decade
    // the text is in (a narrative's named one, see `Ctx.anchorCoarse`), with START/END
    const period = k > j ? unitAt(c, k) : null;
    if (period && !period.plural && (period.unit === 'CE' || period.unit === 'DE')) {
      const p = refFor(c, period.unit);
      const value = p ? String(Math.floor(p.y / (period.unit === 'CE' ? 100 : 10))) : null;
      return { ...cand(i, k + 1, 'DATE', value, 'half-period'), mod: n === 1 ? 'START' : 'END' };
    }
    // "the first half of February (2027)", "in der zweiten Hälfte des Februars": the month with START/END
    // (German genitive: "Februars")
    const mw = lo(c, k);
    const m = k > j ? c.lex.months.get(mw) ?? (mw.endsWith('s') ? c.lex.months.get(mw.slice(0, -1)) : undefined) : undefined;
    if (m !== undefined) {
      const mod = n === 1 ? 'START' : 'END';
      const my = yearAfter(c, k + 1);
      if (my) return { ...cand(i, my.next, 'DATE', fmtMonth(my.y, m), 'half-month-year'), mod };
      return { ...cand(i, k + 1, 'DATE', null, 'half-month', { pending: { k: 'month', m } }), mod };
    }
  }
  let year: number | null = c.pub ? c.pub.y : null;
  const y = yearAfter(c, j);
  const ry = y ? null : relYearAfter(c, j);
  if (y) {
    year = y.y;
    j = y.next;
  } else if (ry) {
    // "im ersten Quartal des folgenden Jahres", "in der zweiten Hälfte desselben Jahres"
    year = relYearValue(c, ry.shift);
    j = ry.next;
  } else {
    // "Hälfte des Jahres", "the first half of the year" (no number): the reference year
    const k = lo(c, j) === 'of' ? j + 1 : j;
    const u = c.lex.articles.has(lo(c, k)) ? unitAt(c, k + 1) : null;
    if (u && u.unit === 'Y' && !u.plural) j = k + 2;
    // "die zweite Hälfte des Spiels": a common noun, not a period
    else if (c.lex.quarterWordsNeedYear.has(dash > 0 && j === i + 1 ? w.slice(dash + 1) : lo(c, i + 1))) return null;
    // "reported record sales in the fourth quarter" (in January): the year follows the tense
    else if (year !== null && !c.narrative) return cand(i, j, 'DATE', null, 'quarter', { pending: { k: 'quarter', q, n } });
  }
  return cand(i, j, 'DATE', year === null ? null : `${fmtYear(year)}-${q}${n}`, 'quarter');
}, { words: (x) => [x.ordinals], shapes: ['number', 'digit', 'hyphen'] });

/** "in der ersten Januarhälfte (1945)", "zweiten Junihälfte": the month with START or END. */
export const pMonthHalf: GatedParser = withOpener((c, i) => {
  const w = lo(c, i + 1);
  if (!isCapitalised(c, i + 1)) return null;
  // "in den ersten Augusttagen", "in den letzten Apriltagen (1945)": the month with START or END
  const first = c.lex.ordinals.get(lo(c, i));
  if (first === 1 || first === -1) {
    for (const suf of c.lex.monthDaySuffixes) {
      const m = w.endsWith(suf) ? c.lex.months.get(w.slice(0, w.length - suf.length)) : undefined;
      if (m === undefined) continue;
      const mod = first === 1 ? 'START' : 'END';
      const y = yearAfter(c, i + 2);
      if (y) return { ...cand(i, y.next, 'DATE', fmtMonth(y.y, m), 'month-days-year'), mod };
      return { ...cand(i, i + 2, 'DATE', null, 'month-days', { pending: { k: 'month', m } }), mod };
    }
  }
  const n = ordinalAt(c, i);
  if (n !== 1 && n !== 2) return null;
  for (const suf of c.lex.monthHalfSuffixes) {
    if (!w.endsWith(suf)) continue;
    const m = c.lex.months.get(w.slice(0, w.length - suf.length));
    if (m === undefined) continue;
    const mod = n === 1 ? 'START' : 'END';
    const y = yearAfter(c, i + 2);
    if (y) return { ...cand(i, y.next, 'DATE', fmtMonth(y.y, m), 'month-half-year'), mod };
    return { ...cand(i, i + 2, 'DATE', null, 'month-half', { pending: { k: 'month', m } }), mod };
  }
  return null;
}, { words: (x) => [x.ordinals], shapes: ['number', 'digit'] });

/** Whether "/42", "–1942" (glued to the year before) at token i names the year after `y`. */
export function followingYearAt(c: Ctx, i: number, y: number): boolean {
  const t = c.toks[i + 1];
  if (!t || t.kind !== 'number' || !glued(c, i - 1) || !glued(c, i) || lo(c, i).length !== 1 || !c.lex.rangeWords.has(lo(c, i))) return false;
  const n = intOf(t.text);
  return t.text.length === 4 ? n === y + 1 : t.text.length === 2 && n === (y + 1) % 100;
}

/** "Sommer 2024", "im Sommer", "the summer of 2014", "this summer", "Spätsommer". */
export const pSeason: GatedParser = withOpener((c, i) => {
  let j = i;
  const dir = dirAt(c, i);
  if (dir !== undefined) j++;
  const sa = seasonAt(c, j);
  if (sa === null) return null;
  const s = sa.s;
  // "the Winter War", "Spring Offensive": where nouns are written lower-case, a capitalised season
  // before a capitalised word opens a name (German capitalises every noun: "im Winter Truppen")
  if (c.lex.countNounShape === 'plural-s' && isCapitalised(c, j) && c.toks[j + 1]?.kind === 'word' && isCapitalised(c, j + 1)) return null;
  const partMod = sa.mod ? { mod: sa.mod } : {};
  const ry = relYearAfter(c, j + 1);
  if (ry && c.pub) {
    const ryv = relYearValue(c, ry.shift);
    return { ...cand(i, ry.next, 'DATE', ryv === null ? null : `${fmtYear(ryv)}-${s}`, 'season-relative-year'), ...partMod };
  }
  // "spring", "fall" are also common words: without a direction word they need a preposition or article
  // before (or a contracted one outside the span: "vom Frühjahr bis zum Herbst")
  // (also after an inflected adjective that follows one: "den ganzen Sommer über", "des ganzen
  // Winters", "im heißen Sommer": the adjective premodifies the season and joins its span)
  const opener = (k: number): boolean => c.lex.prepositions.has(lo(c, k)) || c.lex.articles.has(lo(c, k)) || c.lex.eventDateLinks.has(lo(c, k));
  if (dir === undefined && !opener(i - 1) && !(inflectedAdjective(c, i - 1) && opener(i - 2)) && yearAfter(c, j + 1) === null) return null;
  const y = yearAfter(c, j + 1);
  if (y) {
    // "Winter 1941/42", "Winter 1946/1947", "the winter of 1941–42": the second year only says where the season ends
    const next = followingYearAt(c, y.next, y.y) ? y.next + 2 : y.next;
    return { ...cand(i, next, 'DATE', `${fmtYear(y.y)}-${s}`, 'season-year'), ...partMod };
  }
  // "im Sommer darauf", "im Frühjahr danach", "the summer after,": a later word after the season is its
  // direction, as "im folgenden Sommer" (the nearest one after the running date; "zuvor": before)
  const later = dir === undefined ? directionAfter(c, j + 1) : 0;
  if (later !== 0) return { ...cand(i, j + 2, 'DATE', null, 'season-later', { pending: { k: 'season', s }, dir: later }), ...partMod };
  return { ...cand(i, j + 1, 'DATE', null, 'season', { pending: { k: 'season', s }, ...(dir !== undefined ? { dir } : {}) }), ...partMod };
}, { words: (x) => [x.direction, x.anaphoric, x.seasons, x.seasonCompounds] });
