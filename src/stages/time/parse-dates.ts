import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, validDate } from './calendar.js';
import { PATTERNS } from './patterns.js';
import type { PartMod } from './lexicon.js';
import { cand, glued, intOf, isCapitalised, lo, noDot, quantityAt, unitAt, type Cand, type Ctx, type Parser } from './context.js';

/*
 * Parsers of calendar expressions. Each reads one expression starting at token i and returns a
 * candidate or null; they never look at other candidates. Values that depend on tense (a weekday,
 * a month without a year) are left `pending` for the refiners.
 */

const isYear = (n: number): boolean => n >= 1000 && n <= 2199;

/** A 4-digit year at token i. */
function yearAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'number' || t.text.length !== 4) return null;
  const n = intOf(t.text);
  return isYear(n) ? n : null;
}

/** Day of month at token i: "31.", "31", "31st". */
function dayAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t) return null;
  let s = t.text;
  if (s.endsWith('.')) s = s.slice(0, -1);
  else if (t.kind === 'word' && s.length >= 3) {
    const suf = t.lo.slice(-2);
    if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') s = s.slice(0, -2);
  }
  if (s.length === 0 || s.length > 2) return null;
  const d = intOf(s);
  return d >= 1 && d <= 31 ? d : null;
}

/** Month at token i ("Juli", "Feb.", "Sept"). Words that need context are accepted only when `ctxOk`. */
function monthAt(c: Ctx, i: number, ctxOk: boolean): number | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'word') return null;
  const w = noDot(t.lo);
  const m = c.lex.months.get(w);
  if (m === undefined || !isCapitalised(c, i)) return null;
  if (!ctxOk && c.lex.monthsNeedContext.has(w)) return null;
  return m;
}

/** Whether token i is an abbreviated month ("Feb") followed by its own glued period, not the sentence's. */
function abbrevDot(c: Ctx, i: number): boolean {
  return lo(c, i + 1) === '.' && glued(c, i) && lo(c, i).length <= 4 && c.toks[i + 2] !== undefined;
}

/** Year after a day-month ("31. Juli 2025", "July 31, 2025"), with the index after it. */
function yearAfter(c: Ctx, i: number): { y: number; next: number } | null {
  let j = i;
  if (lo(c, j) === ',' || lo(c, j) === 'of') j++;
  // "im Mai des Jahres 1940", "in the summer of the year 2000"
  let k = j;
  if (c.lex.articles.has(lo(c, k))) k++;
  if (c.lex.yearNouns.has(lo(c, k)) && yearAt(c, k + 1) !== null) j = k + 1;
  const y = yearAt(c, j);
  return y === null ? null : { y, next: j + 1 };
}

function dateCand(a: number, b: number, y: number, m: number, d: number, rule: string): Cand | null {
  return validDate(y, m, d) ? cand(a, b, 'DATE', fmtDay({ y, m, d }), rule) : null;
}

/** "31. Juli 2025", "3. Januar", "31 July 2025", "31st of July". */
export const pDayMonth: Parser = (c, i) => dayMonthAt(c, i, true);

function dayMonthAt(c: Ctx, i: number, lists: boolean): Cand | null {
  const d = dayAt(c, i);
  if (d === null) return null;
  if (lists && c.lex.rangeWords.has(lo(c, i + 1)) && dayAt(c, i + 2) !== null) {
    // "am 22. und 23. Juni 1941", "vom 1. bis 3. September": the first day takes the second's month and year
    const second = dayMonthAt(c, i + 2, false);
    if (second && (second.rule === 'day-month-year' || second.rule === 'day-month')) {
      const m = second.pending?.k === 'monthDay' ? second.pending.m : Number(second.value?.slice(5, 7));
      const y = second.value ? Number(second.value.slice(0, 4)) : null;
      if (!(m >= 1)) return null;
      if (y !== null) return dateCand(i, i + 1, y, m, d, 'day-list');
      return cand(i, i + 1, 'DATE', null, 'day-list', { pending: { k: 'monthDay', m, d } });
    }
  }
  let j = i + 1;
  if (lo(c, j) === 'of') j++;
  const m = monthAt(c, j, true);
  if (m === null) return null;
  j++;
  if (abbrevDot(c, j - 1)) j++;
  const y = yearAfter(c, j);
  if (y) return dateCand(i, y.next, y.y, m, d, 'day-month-year');
  return d <= 31 ? cand(i, j, 'DATE', null, 'day-month', { pending: { k: 'monthDay', m, d } }) : null;
}

/** "July 31, 2025", "March 3", "Juni 2024", "September 2013", "Juli" (month alone). */
export const pMonth: Parser = (c, s) => {
  // "this September", "last April", "kommenden März": the direction word belongs to the month
  const dirWord = c.lex.direction.get(lo(c, s));
  const i = dirWord !== undefined ? s + 1 : s;
  const prev = lo(c, i - 1);
  const lx = c.lex;
  const hasContext = lx.prepositions.has(prev) || lx.articles.has(prev) || lx.periodParts.has(prev) || lx.partAdjectives.has(prev) || lx.direction.has(prev) || lx.monthLeftContext.has(prev);
  const m = monthAt(c, i, true);
  if (m === null) return null;
  let j = i + 1;
  if (abbrevDot(c, i)) j++;
  const dirExtra = dirWord !== undefined ? { dir: dirWord } : {};
  const d = dayAt(c, j);
  if (d !== null && c.lex.numericDateOrder === 'MDY') {
    const y = yearAfter(c, j + 1);
    if (y) return dateCand(s, y.next, y.y, m, d, 'month-day-year');
    return cand(s, j + 1, 'DATE', null, 'month-day', { pending: { k: 'monthDay', m, d }, ...dirExtra });
  }
  const y = yearAfter(c, j);
  if (y) return cand(s, y.next, 'DATE', fmtMonth(y.y, m), 'month-year');
  const ry = relYearAfter(c, j);
  if (ry && c.pub) return cand(s, ry.next, 'DATE', fmtMonth(c.pub.y + ry.shift, m), 'month-relative-year');
  // a bare month name needs a preposition, article or period word before it ("Mai" is also a name)
  if (!hasContext && !c.lex.monthLeftContext.has(lo(c, j))) return null;
  return cand(s, j, 'DATE', null, 'month', { pending: { k: 'month', m }, ...dirExtra });
};

/** Short numeric dates: "27.7.", "27.7.2025", ISO "2025-07-31", US "7/31/2025". */
export const pNumericDate: Parser = (c, i) => {
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
    return yRaw.length === 4 ? dateCand(i, i + 1, y, m, d, 'numeric-date') : null;
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
};

/** An era marker at token i ("v. Chr.", "BC"): BC true/false and the index after it (a glued period included). */
function eraAt(c: Ctx, i: number): { bc: boolean; next: number } | null {
  for (const [list, bc] of [[c.lex.eraBefore, true], [c.lex.eraAfter, false]] as const) {
    for (const words of list) {
      let k = 0;
      while (k < words.length && lo(c, i + k) === words[k]) k++;
      if (k < words.length) continue;
      let next = i + k;
      // "v. Chr." keeps its abbreviation period; "44 BC." ends the sentence
      if (words.length > 1 && lo(c, next) === '.' && glued(c, next - 1)) next++;
      return { bc, next };
    }
  }
  return null;
}

/** "218 v. Chr.", "44 BC", "800 n. Chr.", and the first end of "218 bis 201 v. Chr.". */
export const pEraYear: Parser = (c, i) => {
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
};

/** A bare year "2018", "im Jahr 2024", and "’91". */
export const pYear: Parser = (c, i) => {
  const t = c.toks[i];
  if (!t) return null;
  let start = i;
  let j = i;
  if (c.lex.yearNouns.has(t.lo) && yearAt(c, i + 1) !== null) j = i + 1;
  const y = yearAt(c, j);
  if (y !== null) {
    const before = lo(c, start - 1);
    const after = noDot(lo(c, j + 1));
    if (j === i && (c.lex.nonYearBefore.has(before) || before === '$' || before === '€' || before === '£')) return null;
    if (c.lex.nonYearAfter.has(after) || c.lex.nonYearAfter.has(lo(c, j + 1))) return null;
    // "1.000 2025"-style number lists and "2018-2019" ranges are still years; a preceding number is not
    if (c.toks[start - 1]?.kind === 'number' && !glued(c, start - 1)) return null;
    return cand(start, j + 1, 'DATE', fmtYear(y), j > i ? 'year-noun' : 'year');
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
};

/** Decade from a word like "1990er", "1990s", "90s": the first three digits ("199"). */
export function decadeOf(c: Ctx, w: string): string | null {
  for (const suf of c.lex.decadeSuffixes) {
    if (!w.endsWith(suf)) continue;
    const digits = w.slice(0, w.length - suf.length);
    if (!PATTERNS.digits.test(digits) || !digits.endsWith('0')) continue;
    if (digits.length === 4 && isYear(Number(digits))) return digits.slice(0, 3);
    if (digits.length === 2) return `19${digits[0]}`;
  }
  return null;
}

/** "1990er Jahre", "den 1990ern", "1990er-Jahre", "the 1990s", "the ’90s". */
export const pDecade: Parser = (c, i) => {
  const dw = c.lex.decadeWords.get(lo(c, i));
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
};

/** Ordinal number at token i: "20.", "20th", "zwanzigsten", "first". */
function ordinalAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t) return null;
  if (t.kind === 'number' && t.text.endsWith('.')) {
    const n = intOf(t.text.slice(0, -1));
    return Number.isNaN(n) ? null : n;
  }
  const suf = t.lo.slice(-2);
  if (t.lo.length >= 3 && (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th')) {
    const n = intOf(t.lo.slice(0, -2));
    if (!Number.isNaN(n)) return n;
  }
  const w = c.lex.ordinals.get(t.lo);
  return w !== undefined && w > 0 ? w : null;
}

/** "20. Jahrhundert", "the 19th century" → "19", "18". */
export const pCentury: Parser = (c, i) => {
  const n = ordinalAt(c, i);
  if (n === null || n < 1 || n > 22 || !c.lex.centuryWords.has(lo(c, i + 1))) return null;
  return cand(i, i + 2, 'DATE', String(n - 1).padStart(2, '0'), 'century');
};

/** ISO weeks: "KW 31", "Kalenderwoche 31", "31. Kalenderwoche", "week 31 of 2025". */
export const pIsoWeek: Parser = (c, i) => {
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
};

/** "im ersten Quartal 2025", "the second half of 2024", "Q3". */
export const pQuarter: Parser = (c, i) => {
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
  if (n === null || n < 1 || !q || n > (q === 'Q' ? 4 : 2)) return null;
  let year: number | null = c.pub ? c.pub.y : null;
  const y = yearAfter(c, j);
  if (y) {
    year = y.y;
    j = y.next;
  }
  return cand(i, j, 'DATE', year === null ? null : `${fmtYear(year)}-${q}${n}`, 'quarter');
};

/** "Sommer 2024", "im Sommer", "the summer of 2014", "this summer". */
/** A season word, also as a compound with a part prefix ("Spätsommer" → SU, END). */
function seasonAt(c: Ctx, i: number): { s: string; mod: PartMod | null } | null {
  const w = lo(c, i);
  const s = c.lex.seasons.get(w);
  if (s !== undefined) return { s, mod: null };
  for (const [prefix, mod] of c.lex.seasonPrefixes) {
    if (!w.startsWith(prefix)) continue;
    const rest = c.lex.seasons.get(w.slice(prefix.length));
    if (rest !== undefined) return { s: rest, mod };
  }
  return null;
}

/** A year given relative to the reference after a month or season: "nächsten Jahres", "desselben Jahres", "des Vorjahres". */
function relYearAfter(c: Ctx, j: number): { shift: number; next: number } | null {
  let k = j;
  if (c.lex.articles.has(lo(c, k))) k++;
  const rw = c.lex.relativeWords.get(lo(c, k));
  if (rw && rw[0] === 'Y') return { shift: rw[1], next: k + 1 };
  const dir = c.lex.direction.get(lo(c, k));
  const u = unitAt(c, k + 1);
  return dir !== undefined && u && u.unit === 'Y' && !u.plural ? { shift: dir, next: k + 2 } : null;
}

export const pSeason: Parser = (c, i) => {
  let j = i;
  const dir = c.lex.direction.get(lo(c, i));
  if (dir !== undefined) j++;
  const sa = seasonAt(c, j);
  if (sa === null) return null;
  const s = sa.s;
  const partMod = sa.mod ? { mod: sa.mod } : {};
  const ry = relYearAfter(c, j + 1);
  if (ry && c.pub) return { ...cand(i, ry.next, 'DATE', `${fmtYear(c.pub.y + ry.shift)}-${s}`, 'season-relative-year'), ...partMod };
  // "spring", "fall" are also common words: without a direction word they need a preposition or article before
  const prev = lo(c, i - 1);
  if (dir === undefined && !c.lex.prepositions.has(prev) && !c.lex.articles.has(prev) && yearAfter(c, j + 1) === null) return null;
  const y = yearAfter(c, j + 1);
  if (y) return { ...cand(i, y.next, 'DATE', `${fmtYear(y.y)}-${s}`, 'season-year'), ...partMod };
  return { ...cand(i, j + 1, 'DATE', null, 'season', { pending: { k: 'season', s }, ...(dir !== undefined ? { dir } : {}) }), ...partMod };
};

/** A weekday word at token i (full names, or abbreviations followed by a period or date). */
function weekdayAt(c: Ctx, i: number): { wd: number; part?: string } | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' || !isCapitalised(c, i)) return null;
  const w = noDot(t.lo);
  const wd = c.lex.weekdays.get(w);
  if (wd !== undefined) return w.length >= 6 || t.lo.endsWith('.') ? { wd } : null;
  // compounds with a part of the day: "Dienstagabend"
  if (w.length > 8) {
    for (const [name, n] of c.lex.weekdays) {
      if (name.length >= 6 && w.startsWith(name)) {
        const part = c.lex.dayParts.get(w.slice(name.length));
        if (part) return { wd: n, part };
      }
    }
  }
  return null;
}

/** A relative week after a weekday: "last week", "nächster Woche", "der kommenden Woche". */
function relWeekAt(c: Ctx, i: number): { shift: number; next: number } | null {
  let j = i;
  if (c.lex.articles.has(lo(c, j))) j++;
  const dir = c.lex.direction.get(lo(c, j));
  if (dir === undefined) return null;
  const u = unitAt(c, j + 1);
  return u && u.unit === 'W' && !u.plural ? { shift: dir, next: j + 2 } : null;
}

/** "am vergangenen Sonntag", "Tuesday", "Dienstagabend", "Friday last week", "next Friday". */
export const pWeekday: Parser = (c, i) => {
  let j = i;
  const dir = c.lex.direction.get(lo(c, i));
  if (dir !== undefined) j++;
  const wd = weekdayAt(c, j);
  if (!wd) return null;
  j++;
  let part = wd.part;
  const dp = c.lex.dayParts.get(lo(c, j));
  if (!part && dp && !c.lex.dayOffsets.has(lo(c, j))) {
    part = dp;
    j++;
  }
  const rw = relWeekAt(c, j);
  const pending = { k: 'weekday' as const, wd: wd.wd, ...(rw ? { week: rw.shift } : {}), ...(part ? { part } : {}) };
  return cand(i, rw ? rw.next : j, part ? 'TIME' : 'DATE', null, rw ? 'weekday-week' : 'weekday', { pending, ...(dir !== undefined ? { dir } : {}) });
};

/** "gestern", "yesterday", "gestern Abend", "heute" (resolved later: PRESENT_REF unless past tense). */
export const pDayOffset: Parser = (c, i) => {
  const w = lo(c, i);
  const off = c.lex.dayOffsets.get(w);
  const today = c.lex.today.has(w);
  if (off === undefined && !today) return null;
  // "am Morgen": a capitalised offset word after an article or preposition is the noun (morning)
  if (off !== undefined && isCapitalised(c, i) && i > 0 && (c.lex.prepositions.has(lo(c, i - 1)) || c.lex.articles.has(lo(c, i - 1)))) return null;
  let j = i + 1;
  const part = c.lex.dayParts.get(lo(c, j));
  if (part) j++;
  if (today) return cand(i, j, part ? 'TIME' : 'DATE', null, 'today', { pending: { k: 'today', ...(part ? { part } : {}) } });
  const day = c.pub ? fmtDay(addDays(c.pub, off!)) : null;
  return cand(i, j, part ? 'TIME' : 'DATE', day && part ? `${day}T${part}` : day, 'day-offset');
};

/** The current, previous or next period: "letzte Woche", "this year", "im vergangenen Monat", "des Jahres". */
export const pRelPeriod: Parser = (c, i) => {
  const dir = c.lex.direction.get(lo(c, i));
  if (dir === undefined) return null;
  const u = unitAt(c, i + 1);
  if (!u || u.plural) return null;
  return relPeriodCand(c, i, i + 2, u.unit, dir, 'relative-period');
};

/** Value of the period `dir` units away from publication, at the unit's granularity. */
export function relPeriodCand(c: Ctx, a: number, b: number, unit: string, dir: number, rule: string): Cand | null {
  const p = c.pub;
  // "am folgenden Tag" is anaphoric: it has a value only against a narrative's running date
  if (unit === 'D') return c.narrative ? cand(a, b, 'DATE', p ? fmtDay(addDays(p, dir)) : null, rule) : null;
  let value: string | null = null;
  if (p) {
    if (unit === 'W') {
      const w = isoWeek(addDays(p, 7 * dir));
      value = fmtWeek(w.y, w.w);
    } else if (unit === 'M') {
      const m = addMonths(p.y, p.m, dir);
      value = fmtMonth(m.y, m.m);
    } else if (unit === 'Y') value = fmtYear(p.y + dir);
    else if (unit === 'Q') value = `${fmtYear(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1 + dir}`;
    else if (unit === 'DE') value = String(Math.floor(p.y / 10) + dir);
    else if (unit === 'CE') value = String(Math.floor(p.y / 100) + dir);
    else return null;
    if (unit === 'Q' && !PATTERNS.quarterValue.test(value)) value = null;
  }
  return cand(a, b, 'DATE', value, rule);
}

/** "im Vorjahr", "am Vortag": one word naming the period next to the reference. */
export const pRelativeWord: Parser = (c, i) => {
  const rw = c.lex.relativeWords.get(lo(c, i));
  if (!rw) return null;
  const [unit, dir] = rw;
  if (unit === 'D') return c.narrative ? cand(i, i + 1, 'DATE', c.pub ? fmtDay(addDays(c.pub, dir)) : null, 'relative-word') : cand(i, i + 1, 'DATE', null, 'relative-word');
  return relPeriodCand(c, i, i + 1, unit, dir, 'relative-word');
};

/** "Abend des 6. Juni", "Nacht zum 22. Juni", "the morning of June 6": TIME with the part of the day. */
export const pDayPartOfDate: Parser = (c, i) => {
  const part = c.lex.dayParts.get(lo(c, i));
  if (!part || !c.lex.dayPartLinks.has(lo(c, i + 1))) return null;
  const inner = pDayMonth(c, i + 2) ?? pMonth(c, i + 2);
  if (!inner || (inner.pending?.k !== 'monthDay' && !(inner.value !== null && inner.value.length === 10))) return null;
  if (inner.value !== null) return cand(i, inner.b, 'TIME', `${inner.value}T${part}`, 'daypart-of-date');
  return { ...inner, a: i, type: 'TIME', rule: 'daypart-of-date', partOfDay: part };
};

/** Shifts the publication date by n units into the past (n < 0) or future, at the unit's granularity. */
function shifted(c: Ctx, n: number, unit: string): string | null {
  const p = c.pub;
  if (!p || !Number.isInteger(n)) return null;
  switch (unit) {
    case 'D': return fmtDay(addDays(p, n));
    case 'W': { const w = isoWeek(addDays(p, 7 * n)); return fmtWeek(w.y, w.w); }
    case 'M': { const m = addMonths(p.y, p.m, n); return fmtMonth(m.y, m.m); }
    case 'Q': { const m = addMonths(p.y, p.m, 3 * n); return fmtMonth(m.y, m.m); }
    case 'Y': return fmtYear(p.y + n);
    case 'DE': return String(Math.floor((p.y + 10 * n) / 10));
    case 'CE': return String(Math.floor((p.y + 100 * n) / 100));
    default: return fmtDay(p);
  }
}

/** "vor zwei Wochen", "18 months ago", "vor Jahren" (PAST_REF), "in zwei Wochen". */
export const pAgo: Parser = (c, i) => {
  const w = lo(c, i);
  if (c.lex.agoBefore.has(w) || c.lex.inFuture.has(w)) {
    const q = quantityAt(c, i + 1);
    if (!q && c.lex.agoBefore.has(w)) {
      const u = unitAt(c, i + 1);
      return u && u.plural ? cand(i, i + 2, 'DATE', 'PAST_REF', 'ago-vague') : null;
    }
    if (!q) return null;
    const u = unitAt(c, q.next);
    if (!u) return null;
    if (q.n === null) return c.lex.agoBefore.has(w) ? cand(i, q.next + 1, 'DATE', 'PAST_REF', 'ago-vague') : null;
    if (u.plural !== (q.n !== 1) && q.n >= 1) return null;
    const sign = c.lex.agoBefore.has(w) ? -1 : 1;
    return cand(i, q.next + 1, 'DATE', shifted(c, sign * q.n, u.unit), sign < 0 ? 'ago' : 'in-future');
  }
  const q = quantityAt(c, i);
  let j = i;
  let n: number | null = null;
  if (q) {
    n = q.n;
    j = q.next;
  }
  const u = unitAt(c, j);
  if (!u || !c.lex.agoAfter.has(lo(c, j + 1))) return null;
  if (!q && !u.plural) return null;
  if (n === null) return cand(i, j + 2, 'DATE', 'PAST_REF', 'ago-vague');
  return cand(i, j + 2, 'DATE', shifted(c, -n, u.unit), 'ago');
};

/** Clock times: "10.00 Uhr", "10 Uhr", "3 p.m.", "10:30", "3pm". */
export const pClock: Parser = (c, i) => {
  const t = c.toks[i];
  if (!t) return null;
  let hm: [number, number] | null = null;
  let j = i + 1;
  let ampm = '';
  const m = PATTERNS.clock.exec(t.lo);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = m[2] === undefined ? 0 : Number(m[2]);
  if (m[3]) ampm = m[3][0] === 'a' ? 'am' : 'pm';
  else {
    const cw = c.lex.clockWords.get(lo(c, j));
    if (cw !== undefined) {
      ampm = cw;
      j++;
    } else if (!(m[2] !== undefined && t.text.includes(':'))) return null;
  }
  if (h > 24 || mi > 59 || (ampm !== '' && (h < 1 || h > 12))) return null;
  hm = [ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h, mi];
  return cand(i, j, 'TIME', null, 'clock', { pending: { k: 'clock', h: hm[0], mi: hm[1] } });
};
