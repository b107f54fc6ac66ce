import { addDays, addMonths, easter, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, thanksgiving, validDate, type Ymd } from './calendar.js';
import type { TimexMod } from '../../doc/types.js';
import { byFirstWord, cand, dirAt, durationValue, isCapitalised, laterAt, lo, noDot, quantityAt, refFor, unitAt, wordsAt, withOpener, type Cand, type Ctx, type GatedParser, type Parser } from './context.js';
import type { Unit } from './lexicon.js';
import { pDayMonth, pMonth } from './parse-calendar.js';
import { PATTERNS } from './patterns.js';
import { dateCand, dayAt, yearAfter } from './read.js';
import { canStart } from './trigger.js';

/*
 * Parsers of expressions relative to the reference date: weekdays, "gestern", "letzte Woche",
 * "vor zwei Wochen", "im Vorjahr", parts of the day, clock times. Weekdays and clock times stay
 * `pending` until the refiners know the tense and the date they belong to.
 */

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
        const suffix = w.slice(name.length);
        const part = c.lex.dayParts.get(suffix) ?? c.lex.weekdayParts.get(suffix);
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
export const pWeekday: GatedParser = withOpener((c, i) => {
  let j = i;
  const dir = c.lex.direction.get(lo(c, i));
  if (dir !== undefined) j++;
  const wd = weekdayAt(c, j);
  if (!wd) return null;
  j++;
  let part = wd.part;
  const dp = c.lex.dayParts.get(lo(c, j)) ?? c.lex.weekdayParts.get(lo(c, j));
  if (!part && dp && !c.lex.dayOffsets.has(lo(c, j))) {
    part = dp;
    j++;
  }
  const rw = relWeekAt(c, j);
  // "am Sonntag darauf", "am Freitag zuvor": in a narrative the weekday after (before) the running day
  const later = c.narrative && dir === undefined && !rw ? laterAt(c, j) : 0;
  const pending = { k: 'weekday' as const, wd: wd.wd, ...(rw ? { week: rw.shift } : {}), ...(part ? { part } : {}) };
  const d = later !== 0 ? later : dir;
  return cand(i, rw ? rw.next : later !== 0 ? j + 1 : j, part ? 'TIME' : 'DATE', null, rw ? 'weekday-week' : later !== 0 ? 'weekday-then' : 'weekday', { pending, ...(d !== undefined ? { dir: d } : {}) });
}, { words: (x) => [x.direction, x.weekdays], shapes: ['long'] });

/** "gestern", "yesterday", "gestern Abend", "heute" (resolved later: PRESENT_REF unless past tense). */
export const pDayOffset: GatedParser = withOpener((c, i) => {
  const w = lo(c, i);
  const tonight = c.lex.partOfDayWords.get(w);
  if (tonight) return cand(i, i + 1, 'TIME', c.pub ? `${fmtDay(c.pub)}T${tonight}` : null, 'part-of-today');
  // "overnight": the coming night, or in a past report the one before (resolved by tense)
  if (c.lex.overnightWords.has(w)) {
    // "overnight Tuesday": that weekday's night, as "Tuesday night"
    const wd = pWeekday(c, i + 1);
    if (wd && wd.pending?.k === 'weekday' && wd.pending.part === undefined && wd.dir === undefined) return { ...wd, a: i, type: 'TIME', rule: 'overnight-weekday', pending: { ...wd.pending, part: 'NI' } };
    return cand(i, i + 1, 'TIME', null, 'overnight', { pending: { k: 'today', part: 'NI', overnight: true } });
  }
  const off = c.lex.dayOffsets.get(w);
  const today = c.lex.today.has(w);
  if (off === undefined && !today) return null;
  // "am Morgen": a capitalised offset word after an article or preposition is the noun (morning)
  if (off !== undefined && isCapitalised(c, i) && i > 0 && (c.lex.prepositions.has(lo(c, i - 1)) || c.lex.articles.has(lo(c, i - 1)) || c.lex.direction.has(lo(c, i - 1)))) return null;
  // where nouns are capitalised, a capital inside the sentence makes it the noun too ("vom Morgen bis zum Abend")
  const prevKind = c.toks[i - 1]?.kind;
  if (off !== undefined && c.lex.countNounShape === 'capitalised' && isCapitalised(c, i) && (prevKind === 'word' || prevKind === 'number')) return null;
  let j = i + 1;
  // "morgen früh", "heute früh": the words that name a part only after a day name it after an offset too
  let part = c.lex.dayParts.get(lo(c, j)) ?? c.lex.weekdayParts.get(lo(c, j));
  // "heute Mittwoch" (the Swiss way of naming the day): a restated weekday makes "heute" the day itself
  let restated = false;
  if (part) j++;
  else {
    // "am gestrigen Dienstagabend", "yesterday Tuesday": the weekday restates the offset day
    const wd = c.toks[j] && (c.lex.dayOffsets.has(w) || today) ? pWeekday(c, j) : null;
    if (wd && wd.pending?.k === 'weekday' && wd.dir === undefined) {
      part = wd.pending.part;
      j = wd.b;
      restated = true;
    }
    // "am heutigen 8. Mai": the explicit date wins
    const dm = c.lex.dayOffsets.has(w) && !wd ? pDayMonth(c, j) : null;
    if (dm) return { ...dm, a: i, rule: `day-offset+${dm.rule}` };
  }
  // "noch heute", "bis heute", "auch heute", "still today": a state that lasts into the present, whatever the tense
  if (today && !part && c.lex.presentParticles.has(lo(c, i - 1))) {
    // "soll noch heute fallen": a particle that can also mean "before the day is out" waits for the
    // clause's tense (`resolvePending`)
    const later = c.lex.laterTodayParticles.has(lo(c, i - 1));
    return cand(i, j, 'DATE', 'PRESENT_REF', 'today-continuing', later ? { pending: { k: 'today', laterToday: true } } : {});
  }
  // "heute vor 80 Jahren": the anniversary, this day that many years or months ago
  if (today && !part) {
    const ago = pAgo(c, j);
    const day = ago && ago.rule === 'ago' ? anniversary(c, ago.value) : null;
    if (ago && day) return cand(i, ago.b, 'DATE', day, 'today-ago');
  }
  if (today && !restated) return cand(i, j, part ? 'TIME' : 'DATE', null, 'today', { pending: { k: 'today', ...(part ? { part } : {}) } });
  // in a history "das heutige Polen" is the writer's present (TIMEX2 "today" as "nowadays"), not a
  // day of the story
  if (c.narrative && off === 0 && !part) return cand(i, j, 'DATE', 'PRESENT_REF', 'present-adjective');
  // a narrative's running year or month names no day ("gestern" after "im Jahr 1940")
  const ref = refFor(c, 'D');
  const day = ref ? fmtDay(addDays(ref, off ?? 0)) : null;
  return cand(i, j, part ? 'TIME' : 'DATE', day && part ? `${day}T${part}` : day, 'day-offset');
}, { words: (x) => [x.partOfDayWords, x.overnightWords, x.dayOffsets, x.today] });

/** The current, previous or next period: "letzte Woche", "this year", "im vergangenen Monat", "des Jahres". */
export const pRelPeriod: GatedParser = withOpener((c, i) => {
  // "earlier this year", "later this month": the relative period with its position word
  // "later that year", "that same year" (in a narrative): the anaphoric determiner before a direction word
  const pre = (c.lex.relativeModifiers.has(lo(c, i)) || (c.narrative && c.lex.anaphoric.has(lo(c, i)))) && dirAt(c, i + 1) !== undefined ? 1 : 0;
  const same = c.narrative ? null : newsSameDay(c, i);
  if (same) return same;
  if (pre) {
    const inner = pRelPeriod(c, i + 1);
    return inner ? { ...inner, a: i } : null;
  }
  const dir = dirAt(c, i);
  if (dir === undefined) return courseOfPeriod(c, i);
  // "this morning", "diesen Abend": a part of the publication day (of a narrative's running day)
  const part = c.lex.dayParts.get(lo(c, i + 1));
  if (part && dir === 0 && !c.narrative) return cand(i, i + 2, 'TIME', c.pub ? `${fmtDay(c.pub)}T${part}` : null, 'relative-daypart');
  // "last night", "letzte Nacht", "in der vergangenen Nacht": the night before the publication day
  // (it began the day before: `shiftNightBefore` moves the day back)
  if (part === 'NI' && dir < 0 && !c.narrative) return cand(i, i + 2, 'TIME', c.pub ? `${fmtDay(c.pub)}T${part}` : null, 'relative-night', { nightBefore: true });
  // "am nächsten Morgen", "the following evening", "that evening": like "am folgenden Tag", a narrative's day only
  if (part) return c.narrative ? dayPartCand(c, i, i + 2, dir, part, 'relative-daypart') : null;
  const u = unitAt(c, i + 1);
  if (!u || u.plural) return null;
  // "over the past week", "for the past decade": the period up to now, a duration as "the past two
  // weeks" is (`spanDirections` after an article; "last week" stays the calendar week)
  if (c.lex.spanDirections.has(lo(c, i)) && c.lex.articles.has(lo(c, i - 1))) return cand(i, i + 2, 'DURATION', durationValue(1, u.unit), 'past-period');
  return relPeriodCand(c, i, i + 2, u.unit, dir, 'relative-period');
}, { words: (x) => [x.relativeModifiers, x.anaphoric, x.direction, x.units] });

/** The rule of a news day that points back ("am selben Abend", "later that day"); the refiner gives it the most recent day named. */
export const SAME_DAY_RULE = 'same-day-news';

/**
 * News: a day or part of the day that points back to a day the text named ("am selben Abend", "noch
 * am gleichen Tag", "later that day", "that evening", "the same day"; `sameDirection`, and English
 * `anaphoric` "that" after a preposition, a position word or at the start) is that day: pending like a bare
 * "am Abend" (`newsDayPartAt`), whose day the refiner takes from the sentence or the latest day an
 * earlier sentence named, else the publication day. A day has the part '' (a DATE).
 */
function newsSameDay(c: Ctx, i: number): Cand | null {
  let j = c.lex.relativeModifiers.has(lo(c, i)) ? i + 1 : i;
  const w = lo(c, j);
  if (c.lex.anaphoric.has(w)) {
    const prev = c.toks[j - 1];
    const p = prev?.lo ?? '';
    // (not after a period part: "warned early that day raids would follow")
    if (prev && prev.kind === 'word' && !(c.lex.prepositions.has(p) || c.lex.monthLeftContext.has(p) || c.lex.relativeModifiers.has(p))) return null;
    if (c.lex.sameDirection.has(lo(c, j + 1))) j++;
  } else if (!c.lex.sameDirection.has(w)) return null;
  const part = c.lex.dayParts.get(lo(c, j + 1));
  const u = part ? undefined : unitAt(c, j + 1);
  if (!part && !(u && u.unit === 'D' && !u.plural)) return null;
  // ("am selben Abend des 5. Mai": the day is named after it; "am Abend desselben Tages", "the evening
  // of the same day": a part of that day, which news does not read)
  if (c.lex.genitiveLinks.has(lo(c, j + 2)) || c.lex.dayPartLinks.has(lo(c, j + 2))) return null;
  if (c.lex.dayParts.has(lo(c, i - 1)) || (c.lex.genitiveLinks.has(lo(c, i - 1)) && c.lex.dayParts.has(lo(c, i - 2)))) return null;
  // only when the text has named a day (as for a bare "am Abend"); else "am selben Abend" is the
  // publication day's and "That evening was quiet" names none
  if (!c.priorDay && !namesDayBefore(c, i)) return null;
  // (the rule name tells the refiner to take the most recent day named, `Ctx.lastDay`)
  return cand(i, j + 2, part ? 'TIME' : 'DATE', null, SAME_DAY_RULE, { pending: { k: 'dayPart', part: part ?? '' } });
}

/**
 * "im Laufe des Jahres", "im Verlauf der Woche", "in the course of the day", "over the course of the
 * year": a singular unit after a complex preposition and its article is the current period (a
 * narrative's running one); the article and preposition join in the refiner.
 */
function courseOfPeriod(c: Ctx, i: number): Cand | null {
  if (i < 2 || !c.lex.articles.has(lo(c, i - 1))) return null;
  // "in the course of the day", "over the course of the week": a link that is no article stands between
  // the noun and the article; else the article is the genitive link itself ("des", "der"; not "Of course
  // the day was cold")
  const linked = c.lex.genitiveLinks.has(lo(c, i - 2)) && !c.lex.articles.has(lo(c, i - 2));
  if (!linked && !c.lex.genitiveLinks.has(lo(c, i - 1))) return null;
  if (!c.lex.prepositionNouns.has(lo(c, linked ? i - 3 : i - 2))) return null;
  const u = unitAt(c, i);
  if (!u || u.plural) return null;
  return relPeriodCand(c, i, i + 1, u.unit, 0, 'course-of-period');
}

/** Fixed-date holidays ("Weihnachten", "Christmas Day", "New Year's Eve"), year by tense like a day-month. */
export const pHoliday: GatedParser = withOpener((c, i) => {
  for (const [words, [m, d]] of byFirstWord(c.lex.holidays, lo(c, i))) {
    if (!wordsAt(c, i, words)) continue;
    const k = words.length;
    // "Silvester 1944", "Weihnachten 2024": the year is given
    const y = yearAfter(c, i + k);
    if (y) return dateCand(i, y.next, y.y, m, d, 'holiday-year');
    return cand(i, i + k, 'DATE', null, 'holiday', { pending: { k: 'monthDay', m, d } });
  }
  return null;
}, { words: (x) => [x.holidays] });

/** A part of the day `dir` days from a narrative's running date ("am nächsten Morgen"): TIME, null without a known day. */
function dayPartCand(c: Ctx, a: number, b: number, dir: number, part: string, rule: string): Cand {
  const offset = { n: dir, unit: 'D' as const, part };
  return { ...cand(a, b, 'TIME', offsetValue(c, offset), rule), offset };
}

/**
 * The value of a narrative's offset from the running date (see `Cand.offset`): the day, week, month or
 * year that far, or at the running date's coarser granularity ({@link coarseShifted}); with its part of
 * the day. Null without a running date.
 */
export function offsetValue(c: Ctx, o: NonNullable<Cand['offset']>): string | null {
  const v = shifted(c, o.n, o.unit) ?? coarseShifted(c, o.n, o.unit);
  if (o.part === undefined) return v;
  return v !== null && v.length === 10 ? `${v}T${o.part}` : null;
}

/** Value of the period `dir` units away from publication, at the unit's granularity. */
export function relPeriodCand(c: Ctx, a: number, b: number, unit: Unit, dir: number, rule: string): Cand | null {
  const p = refFor(c, unit);
  // "am folgenden Tag" is anaphoric: it has a value only against a narrative's running date
  if (unit === 'D') return c.narrative ? { ...cand(a, b, 'DATE', p ? fmtDay(addDays(p, dir)) : null, rule), offset: { n: dir, unit } } : null;
  let value: string | null = null;
  if (p) {
    if (unit === 'W') {
      const w = isoWeek(addDays(p, 7 * dir));
      value = fmtWeek(w.y, w.w);
    } else if (unit === 'M') {
      const m = addMonths(p.y, p.m, dir);
      value = fmtMonth(m.y, m.m);
    } else if (unit === 'Y') value = fmtYear(p.y + dir);
    else if (unit === 'Q') {
      // counted across years: "last quarter" in January is the previous year's Q4
      const q = p.y * 4 + Math.floor((p.m - 1) / 3) + dir;
      value = `${fmtYear(Math.floor(q / 4))}-Q${(q % 4 + 4) % 4 + 1}`;
    }
    else if (unit === 'DE') value = String(Math.floor(p.y / 10) + dir);
    else if (unit === 'CE') value = String(Math.floor(p.y / 100) + dir);
    else return null;
    if (unit === 'Q' && !PATTERNS.quarterValue.test(value)) value = null;
  }
  return cand(a, b, 'DATE', value, rule);
}

/** Movable feasts: "Ostern", "Pfingstmontag", "Good Friday", "Thanksgiving" (date computed per year). */
export const pMovableHoliday: GatedParser = withOpener((c, i) => {
  for (const [words, [base, offset]] of byFirstWord(c.lex.movableHolidays, lo(c, i))) {
    if (!wordsAt(c, i, words)) continue;
    const k = words.length;
    // "Ostern 1916", "Pfingsten 1953": the feast of that year
    const y = yearAfter(c, i + k);
    if (y) return cand(i, y.next, 'DATE', fmtDay(addDays(base === 'easter' ? easter(y.y) : thanksgiving(y.y), offset)), 'movable-holiday-year');
    return cand(i, i + k, 'DATE', null, 'movable-holiday', { pending: { k: 'movable', base, offset } });
  }
  return null;
}, { words: (x) => [x.movableHolidays] });

/** "am Wochenende", "last weekend", "am kommenden Wochenende" (TIMEX3 "2025-W30-WE"). */
export const pWeekend: GatedParser = withOpener((c, i) => {
  const dir = c.lex.direction.get(lo(c, i));
  const j = dir !== undefined ? i + 1 : i;
  if (!c.lex.weekendWords.has(lo(c, j))) return null;
  return cand(i, j + 1, 'DATE', null, 'weekend', { pending: { k: 'weekend' }, ...(dir !== undefined ? { dir } : {}) });
}, { words: (x) => [x.direction, x.weekendWords] });

/**
 * "im Jahr darauf", "am Tag danach", "im Monat zuvor": a singular unit after a preposition
 * and before a later word is the period next to the reference, like "im folgenden Jahr"
 * (days only in narratives, as "am folgenden Tag"); "tags darauf" needs no preposition.
 */
export const pUnitThen: GatedParser = withOpener((c, i) => {
  const dir = laterAt(c, i + 1);
  if (dir === 0) return null;
  // "tags darauf", "tags zuvor": an adverbial genitive needs no preposition
  const adverbial = c.lex.adverbialUnits.get(lo(c, i));
  if (adverbial !== undefined) return relPeriodCand(c, i, i + 2, adverbial, dir, 'unit-then');
  const u = unitAt(c, i);
  if (!u || u.plural) return null;
  // "im Jahr darauf"; with an article ("the day before,", "das Jahr danach") only against a
  // narrative's running date: in news it points back to an event of the story
  if (!c.lex.prepositions.has(lo(c, i - 1)) && !(c.narrative && c.lex.articles.has(lo(c, i - 1)))) return null;
  return relPeriodCand(c, i, i + 2, u.unit, dir, 'unit-then');
}, { words: (x) => [x.adverbialUnits, x.units, x.pluralUnits] });

/**
 * Whether a relative word only narratives read ("Vorabend", "eve") names a day at token i: in a
 * narrative only, and where nouns are lower case (English) only in lower case, after an article or
 * preposition ("on the eve of the landing"; a capitalised "Eve" is a name: "Eve said").
 */
function narrativeRelativeAt(c: Ctx, i: number): boolean {
  if (!c.narrative) return false;
  if (c.lex.countNounShape === 'capitalised') return true;
  const before = lo(c, i - 1);
  return !isCapitalised(c, i) && (c.lex.articles.has(before) || c.lex.prepositions.has(before));
}

/** "im Vorjahr", "am Vortag": one word naming the period next to the reference. */
export const pRelativeWord: GatedParser = withOpener((c, i) => {
  const rw = c.lex.relativeWords.get(lo(c, i));
  if (!rw || (c.lex.narrativeRelativeWords.has(lo(c, i)) && !narrativeRelativeAt(c, i))) return null;
  const [unit, dir] = rw;
  if (unit === 'D') {
    const p = c.narrative ? refFor(c, 'D') : null;
    return cand(i, i + 1, 'DATE', p ? fmtDay(addDays(p, dir)) : null, 'relative-word');
  }
  return relPeriodCand(c, i, i + 1, unit, dir, 'relative-word');
}, { words: (x) => [x.relativeWords] });

/** A day relative to the reference: "desselben Tages", "the following day" (article, direction word, singular day unit). */
function relDayAt(c: Ctx, i: number): { dir: number; next: number } | null {
  const j = c.lex.articles.has(lo(c, i)) ? i + 1 : i;
  const dir = dirAt(c, j, true);
  const u = dir === undefined ? null : unitAt(c, j + 1);
  return dir !== undefined && u && u.unit === 'D' && !u.plural ? { dir, next: j + 2 } : null;
}

/** "Abend des 6. Juni", "Nacht zum 22. Juni", "the morning of June 6": TIME with the part of the day. */
export const pDayPartOfDate: GatedParser = withOpener((c, s) => {
  // "in den frühen Morgenstunden des 22. Juni": the adjective gives the mod
  const adj = c.lex.partAdjectives.get(lo(c, s));
  const i = adj !== undefined ? s + 1 : s;
  // some parts are parts only with their adjective ("the early hours of Sunday"; not "in the hours after")
  const part = c.lex.dayParts.get(lo(c, i)) ?? (adj !== undefined ? c.lex.adjectiveDayParts.get(lo(c, i)) : undefined);
  if (!part) return null;
  // a named hour joined to a day by a link other than a genitive is the clock time ("at midday on
  // Monday" T12:00, which `mergeClock` joins; "am Mittag des 5. Mai" stays the part of that day)
  const link = lo(c, i + 1);
  if (adj === undefined && c.lex.clockNames.has(lo(c, i)) && c.lex.dayPartLinks.has(link) && !c.lex.genitiveLinks.has(link)) return null;
  const x = dayPartOfDateAt(c, i, part) ?? bareDayPartAt(c, s, i, part);
  if (!x || adj === undefined) return x;
  return { ...x, a: s, mod: adj };
}, { words: (x) => [x.partAdjectives, x.dayParts] });

/**
 * "am Abend", "in der Nacht", "am Morgen danach", "in the evening": a part of the day with no date
 * of its own is a part of the narrative's running day (only in narratives; in news the day it
 * belongs to is unknown). It must follow a preposition ("die Nacht der langen Messer" is a name),
 * or an article when a later word follows it ("Die Nacht zuvor war kalt", "The night before, …"),
 * and a link to something else ("am Abend des Wahltages") makes it event-anchored: not read here.
 */
function bareDayPartAt(c: Ctx, s: number, i: number, part: string): Cand | null {
  if (!c.narrative) return newsDayPartAt(c, s, i, part);
  if (dayLinkAt(c, i + 1)) return null;
  const article = c.lex.articles.has(lo(c, s - 1));
  const before = article ? s - 2 : s - 1;
  // "am Morgen danach", "am Abend zuvor", "Die Nacht zuvor", "The morning after,": the day after or before
  const later = laterAt(c, i + 1);
  // (or a one-word `bareDayPartPrepositions` phrase that is no temporal preposition elsewhere: "bei Tagesanbruch")
  const opened = c.lex.prepositions.has(lo(c, before)) || c.lex.bareDayPartPrepositions.some((words) => words.length === 1 && words[0] === lo(c, before));
  if (!opened && !(article && later !== 0)) return null;
  if (later !== 0) return dayPartCand(c, i, i + 2, later, part, 'daypart-then');
  return dayPartCand(c, i, i + 1, 0, part, 'daypart-narrative');
}

/**
 * Whether the word at j links a part of the day to a day after it ("in der Nacht zum Sonntag", "am
 * Abend des 5. Mai", "in the evening on Tuesday"): a genitive link always (the part of an event's
 * day: "am Abend des Anschlags"), another link only before a word that can start an expression, after
 * an article too ("kam es am Abend zu Kämpfen", "in the evening on the outskirts" link nothing).
 */
function dayLinkAt(c: Ctx, j: number): boolean {
  const w = lo(c, j);
  if (!c.lex.dayPartLinks.has(w)) return false;
  if (c.lex.genitiveLinks.has(w)) return true;
  const k = c.lex.articles.has(lo(c, j + 1)) ? j + 2 : j + 1;
  const t = c.toks[k];
  return t !== undefined && canStart(c.lex, t, c.toks[k + 1]);
}

/**
 * News: "am Abend", "in der Nacht", "am frühen Morgen", "in the evening": a part of the day after a
 * `bareDayPartPrepositions` phrase is a part of the day the text is talking about (pending: the
 * refiner picks the day, see `referenceDay`). Not a named hour (it is read as a clock: "um Mitternacht";
 * "am Mittag" too, whose value `namedHourPart` makes the part TMI), not the adverb ("bis morgen": where nouns are capitalised only the noun is), and not a
 * part linked to something else ("am Abend der Wahl", "the evening of the vote", "am Abend zuvor").
 */
function newsDayPartAt(c: Ctx, s: number, i: number, part: string): Cand | null {
  const w = lo(c, i);
  if (c.lex.clockNames.has(w) || (c.lex.countNounShape === 'capitalised' && !isCapitalised(c, i))) return null;
  const next = lo(c, i + 1);
  if (dayLinkAt(c, i + 1) || c.lex.genitiveLinks.has(next) || laterAt(c, i + 1) !== 0 || relDayAt(c, i + 1)) return null;
  if (!c.lex.bareDayPartPrepositions.some((words) => s >= words.length && wordsAt(c, s - words.length, words))) return null;
  // only when the text has named a day: an earlier sentence (`Ctx.priorDay`) or this one before it
  // ("Am Montag … am Abend"); with none ("Am Morgen war es ruhig.") the day is not known
  if (!c.priorDay && !namesDayBefore(c, s)) return null;
  return cand(i, i + 1, 'TIME', null, 'daypart-news', { pending: { k: 'dayPart', part } });
}

/** Whether a weekday or day word ("gestern", "today") stands before token `s` in the sentence. */
function namesDayBefore(c: Ctx, s: number): boolean {
  for (let j = 0; j < s; j++) {
    const w = lo(c, j);
    // (a capitalised "Morgen" inside a German sentence is the noun, no day: "vom Morgen bis in die Nacht")
    const noun = c.lex.countNounShape === 'capitalised' && j > 0 && isCapitalised(c, j);
    if (weekdayAt(c, j) || (c.lex.dayOffsets.has(w) && !noun) || c.lex.today.has(w)) return true;
  }
  return false;
}

function dayPartOfDateAt(c: Ctx, i: number, part: string): Cand | null {
  // "am Abend desselben Tages", "the morning of the following day": a narrative's day
  const link = lo(c, i + 1);
  const relDay = (c.lex.dayPartLinks.has(link) ? relDayAt(c, i + 2) : null) ?? relDayAt(c, i + 1);
  // "in der Nacht auf den 22. Juni", "in der Nacht auf Sonntag": a night link with an article
  const viaArticle = !c.lex.dayPartLinks.has(link) && c.lex.nightRangeLinks.has(link) && part === 'NI';
  if (!relDay && !c.lex.dayPartLinks.has(link) && !viaArticle) return null;
  if (relDay) return c.narrative ? dayPartCand(c, i, relDay.next, relDay.dir, part, 'daypart-of-relative-day') : null;
  const at = viaArticle && c.lex.articles.has(lo(c, i + 2)) ? i + 3 : i + 2;
  const night = viaArticle ? null : nightOfAt(c, at, part);
  if (night) return { ...night, a: i };
  // "in der Nacht zum Mittwoch", "in der Nacht auf den 22. Juni", "the night to June 6": the night that
  // begins the day before (as "in der Nacht vom 21. auf den 22. Juni" says in full); the value names
  // the day, the refiner `shiftNightBefore` moves it back once the day is known
  const toNight = part === 'NI' && c.lex.nightRangeLinks.has(link) ? { nightBefore: true as const } : {};
  // ("am Morgen des 6.", "on the morning of the 6th": in a narrative, a day of the running month)
  const inner = pDayMonth(c, at) ?? pMonth(c, at) ?? pWeekday(c, at) ?? (c.narrative ? pDayOfMonthPhrase(c, c.lex.articles.has(lo(c, at)) ? at + 1 : at) : null);
  // "the night of June 5–6, 1944": the night that begins on the first day of the range
  if (inner?.next && part === 'NI' && inner.subEnd === undefined) {
    const first = inner.value ?? null;
    if (first !== null && first.length === 10) return cand(i, inner.next.b, 'TIME', `${first}T${part}`, 'daypart-of-night');
    if (inner.pending?.k === 'monthDay') {
      const { next, ...one } = inner;
      return { ...one, a: i, b: next.b, type: 'TIME', rule: 'daypart-of-night', partOfDay: part };
    }
  }
  if (inner?.pending?.k === 'weekday' && !inner.pending.part) {
    // "in der Nacht zu Sonntag"
    return { ...inner, a: i, type: 'TIME', rule: 'daypart-of-weekday', pending: { ...inner.pending, part }, ...toNight };
  }
  if (!inner || (inner.pending?.k !== 'monthDay' && !(inner.value !== null && inner.value.length === 10))) return null;
  if (inner.value !== null) return cand(i, inner.b, 'TIME', `${inner.value}T${part}`, 'daypart-of-date', toNight);
  return { ...inner, a: i, type: 'TIME', rule: 'daypart-of-date', partOfDay: part, ...toNight };
}

/** "vom 5. auf den 6. Juni" after "Nacht": the night that begins on the first day. */
function nightOfAt(c: Ctx, i: number, part: string): Cand | null {
  const d1 = dayAt(c, i);
  if (d1 === null || !c.lex.nightRangeLinks.has(lo(c, i + 1))) return null;
  const j = c.lex.articles.has(lo(c, i + 2)) ? i + 3 : i + 2;
  const second = pDayMonth(c, j);
  if (!second || (second.rule !== 'day-month' && second.rule !== 'day-month-year')) return null;
  if (second.pending?.k === 'monthDay') {
    if (d1 >= second.pending.d) return null;
    return { ...second, type: 'TIME', rule: 'daypart-of-night', partOfDay: part, pending: { ...second.pending, d: d1 } };
  }
  if (second.value === null || second.value.length !== 10 || d1 >= Number(second.value.slice(8, 10))) return null;
  return cand(i, second.b, 'TIME', `${second.value.slice(0, 8)}${String(d1).padStart(2, '0')}T${part}`, 'daypart-of-night');
}

/** Shifts the reference date by n units into the past (n < 0) or future, at the unit's granularity. */
export function shifted(c: Ctx, n: number, unit: Unit): string | null {
  const p = refFor(c, unit);
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

/**
 * Narratives: a counted period with a later word from a running date coarser than its unit ("Zwei
 * Monate später" after "im Jahr 1866", "sechs Wochen danach" after "im Mai 1940"), which
 * {@link shifted} cannot count from a day: the date that far from the running period's start (its end
 * when counting back), at the running date's own granularity (1866; 1940-06). Null in news, from a
 * running day, without a running date, and before year 1.
 */
export function coarseShifted(c: Ctx, n: number, unit: Unit): string | null {
  const p = c.pub;
  const gran = c.anchorGran ?? 'D';
  if (!c.narrative || !p || gran === 'D' || !Number.isInteger(n) || p.y < 1) return null;
  const months = unit === 'M' ? n : unit === 'Q' ? 3 * n : null;
  const days = unit === 'D' ? n : unit === 'W' ? 7 * n : null;
  if (months === null && days === null) return null;
  // back from the period's end: "zwei Monate zuvor" after "1870" stays in 1870 (a season's start
  // month stands for the season either way)
  const from: Ymd = n >= 0 || (gran === 'Y' && p.m !== 1) ? p : gran === 'Y' ? { y: p.y, m: 12, d: 31 } : { y: p.y, m: p.m, d: lastDayOfMonth(p.y, p.m) };
  const to: Ymd = months !== null ? { ...addMonths(from.y, from.m, months), d: 1 } : addDays(from, days!);
  return gran === 'Y' ? fmtYear(to.y) : fmtMonth(to.y, to.m);
}

/** The last day of month m of year y. */
function lastDayOfMonth(y: number, m: number): number {
  let d = 31;
  while (d > 28 && !validDate(y, m, d)) d--;
  return d;
}

/**
 * "am 2. des Monats", "am 15. des folgenden Monats", "am 29. desselben Monats", "am 3. des Vormonats",
 * "on the 2nd of the month": a day of the month a relative month phrase names (a narrative's running
 * month, the publication's in news), DATE; null value when that month is unknown (a running year
 * only). The phrase needs a genitive link or a direction word: "im 2. Monat" is an ordinal.
 */
export const pDayOfMonthPhrase: GatedParser = withOpener((c, i) => {
  const d = dayAt(c, i);
  if (d === null) return null;
  let j = i + 1;
  const linked = c.lex.genitiveLinks.has(lo(c, j));
  if (linked) j++;
  // "of the month": the article after an English link
  if (linked && c.lex.articles.has(lo(c, j))) j++;
  let dir: number | undefined;
  let end = -1;
  const rel = c.lex.relativeWords.get(lo(c, j));
  if (linked && rel && rel[0] === 'M') {
    dir = rel[1];
    end = j + 1;
  } else {
    const before = dirAt(c, j, true);
    const k = before === undefined ? j : j + 1;
    const u = unitAt(c, k);
    if (u && !u.plural && u.unit === 'M' && (linked || before !== undefined)) {
      dir = before ?? 0;
      end = k + 1;
    }
  }
  if (dir === undefined) return c.narrative ? bareDayOfMonth(c, i, d) : null;
  const month = relPeriodCand(c, i, end, 'M', dir, 'day-of-month-phrase');
  if (!month) return null;
  const m = month.value ? /^(\d{4})-(\d{2})$/.exec(month.value) : null;
  const value = m && validDate(Number(m[1]), Number(m[2]), d) ? `${month.value}-${String(d).padStart(2, '0')}` : null;
  return cand(i, end, 'DATE', value, 'day-of-month-phrase');
}, { shapes: ['number', 'digit'] });

/**
 * A narrative: an ordinal day with no month after a `bareDayOpeners` phrase ("am 6.", "on the 6th",
 * "am Morgen des 6.", "the morning of the 6th") is that day of the running month; null when the
 * running date names no month. Not a number without its ordinal mark ("am 6"), and not an ordinal
 * before a word it counts: a capitalised word ("am 6. Tag", "the 6th Army") or, where nouns are not
 * capitalised, any word ("on the 6th floor"; only a pause or the sentence's end follows the day).
 */
function bareDayOfMonth(c: Ctx, i: number, d: number): Cand | null {
  const t = c.toks[i]!;
  if (PATTERNS.digits.test(t.text) || !c.lex.bareDayOpeners.some((words) => i >= words.length && wordsAt(c, i - words.length, words))) return null;
  const next = c.toks[i + 1];
  if (next && next.kind !== 'punct' && (c.lex.countNounShape !== 'capitalised' || next.kind !== 'word' || isCapitalised(c, i + 1))) return null;
  const ref = refFor(c, 'M');
  return ref && validDate(ref.y, ref.m, d) ? cand(i, i + 1, 'DATE', fmtDay({ y: ref.y, m: ref.m, d }), 'day-of-running-month') : null;
}

/**
 * A modifier before the quantity of an ago or in expression ("vor knapp drei Jahren", "more than ten
 * years ago", "vor genau 80 Jahren"): its end and mod. An approximation is APPROX; a comparison
 * counts back from now, so "more than" is earlier (BEFORE) and "less than" later (AFTER).
 */
function agoModifierAt(c: Ctx, j: number, back: boolean): { next: number; mod: TimexMod | null } | null {
  const w = lo(c, j);
  const ap = c.lex.approx.get(w);
  if (ap !== undefined) return { next: j + 1, mod: ap };
  if (!c.lex.quantityModifierStarts.has(w)) return null;
  for (const words of byFirstWord(c.lex.quantityModifiers, w)) {
    if (!wordsAt(c, j, words)) continue;
    const cmp = c.lex.comparativeMods.get(words.join(' '));
    return { next: j + words.length, mod: cmp === undefined ? null : back ? (cmp === 'AFTER' ? 'BEFORE' : 'AFTER') : cmp };
  }
  return null;
}

/** The publication day's date in the year ("2025") or month ("2025-04") an ago expression gave ("heute vor einem Jahr"). */
function anniversary(c: Ctx, value: string | null): string | null {
  const ref = refFor(c, 'D');
  if (!ref || value === null) return null;
  const y = value.length === 4 && PATTERNS.year4.test(value) ? Number(value) : value.length === 7 && value[4] === '-' ? Number(value.slice(0, 4)) : NaN;
  const m = value.length === 7 ? Number(value.slice(5, 7)) : ref.m;
  return Number.isInteger(y) && validDate(y, m, ref.d) ? fmtDay({ y, m, d: ref.d }) : null;
}

/** "vor zwei Wochen", "18 months ago", "vor Jahren" (PAST_REF), "in zwei Wochen", "vor knapp drei Jahren". */
export const pAgo: GatedParser = withOpener((c, i) => {
  const w = lo(c, i);
  if (c.lex.agoBefore.has(w) || c.lex.inFuture.has(w)) {
    const back = c.lex.agoBefore.has(w);
    // "vor knapp drei Jahren", "vor mehr als zehn Jahren", "in rund zwei Wochen"
    const pre = agoModifierAt(c, i + 1, back);
    const qAt = pre && quantityAt(c, pre.next) ? pre.next : i + 1;
    const mod = qAt > i + 1 ? pre!.mod : null;
    const q = quantityAt(c, qAt);
    if (!q && back) {
      const u = unitAt(c, i + 1);
      return u && u.plural ? cand(i, i + 2, 'DATE', 'PAST_REF', 'ago-vague') : null;
    }
    if (!q) return null;
    const u = unitAt(c, q.next);
    if (!u) return null;
    if (q.n === null) return back ? cand(i, q.next + 1, 'DATE', 'PAST_REF', 'ago-vague') : null;
    if (u.plural !== (q.n !== 1) && q.n >= 1) return null;
    const sign = back ? -1 : 1;
    return cand(i, q.next + 1, 'DATE', shifted(c, sign * q.n, u.unit), sign < 0 ? 'ago' : 'in-future', { mod, ...(sign > 0 ? { within: durationValue(q.n, u.unit) } : {}) });
  }
  // "more than ten years ago", "about a month ago"
  const pre = agoModifierAt(c, i, true);
  const qAt = pre && quantityAt(c, pre.next) ? pre.next : i;
  const q = quantityAt(c, qAt);
  let j = qAt;
  let n: number | null = null;
  if (q) {
    n = q.n;
    j = q.next;
  }
  const u = unitAt(c, j);
  if (!u || !c.lex.agoAfter.has(lo(c, j + 1))) return null;
  if (!q && !u.plural) return null;
  if (n === null) return cand(i, j + 2, 'DATE', 'PAST_REF', 'ago-vague');
  const value = shifted(c, -n, u.unit);
  // "a year ago today": the anniversary
  const day = c.lex.today.has(lo(c, j + 2)) ? anniversary(c, value) : null;
  if (day) return cand(i, j + 3, 'DATE', day, 'ago-today');
  return cand(i, j + 2, 'DATE', value, 'ago', { mod: qAt > i ? pre!.mod : null });
}, { words: (x) => [x.agoBefore, x.inFuture, x.approx, x.quantityModifiers, x.numerals, x.vagueQuantifiers, x.units, x.pluralUnits], shapes: ['number'] });

/** Clock times: "10.00 Uhr", "10 Uhr", "3 p.m.", "10:30", "3pm". */
export const pClock: GatedParser = withOpener((c, i) => {
  const t = c.toks[i];
  if (!t) return null;
  let hm: [number, number] | null = null;
  let j = i + 1;
  let ampm = '';
  // "um Mitternacht", "at noon": a named hour
  const named = c.lex.clockNames.get(t.lo);
  if (named) return cand(i, i + 1, 'TIME', null, 'clock-name', { pending: { k: 'clock', h: named[0], mi: named[1] } });
  const m = PATTERNS.clock.exec(t.lo);
  if (!m) return zonedClock(c, i);
  const h = Number(m[1]);
  const mi = m[2] === undefined ? 0 : Number(m[2]);
  if (m[3]) ampm = m[3][0] === 'a' ? 'am' : 'pm';
  else {
    const cw = c.lex.clockWords.get(lo(c, j));
    if (cw !== undefined) {
      ampm = cw;
      j++;
    // (a dotted clock is one with its time zone: "17.42 BST", "08.15 GMT")
    } else if (!(m[2] !== undefined && (t.text.includes(':') || zoneLength(c, j) > 0))) return clockListAt(c, i, Number(m[1]), m[2] === undefined ? 0 : Number(m[2]));
    // "5 Uhr morgens", "10 Uhr abends", "2 Uhr nachts" (a 12-hour reading of the number)
    const dp = ampm === '' && h >= 1 && h <= 12 ? c.lex.clockDayParts.get(lo(c, j)) : undefined;
    if (dp !== undefined) {
      ampm = dp === 'night' ? (h >= 6 && h < 12 ? 'pm' : 'am') : dp;
      j++;
    }
  }
  if (h > 24 || mi > 59 || (ampm !== '' && (h < 1 || h > 12))) return null;
  // "23:01 Uhr MEZ", "3 p.m. EST": the zone belongs to the clock time
  j += zoneLength(c, j);
  hm = [ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h, mi];
  return cand(i, j, 'TIME', null, 'clock', { pending: { k: 'clock', h: hm[0], mi: hm[1] } });
}, { words: (x) => [x.clockNames], shapes: ['number', 'digit'] });

/**
 * "von 8 bis 18 Uhr", "zwischen 6 und 9 Uhr", "between 7 and 10 a.m.": a bare number before a range
 * word and a clock time is the range's first clock (as "vom 3. bis 5. März" lists days), in the
 * second's half of the day when it fits before it ("from 9 to 11 p.m." 21:00; "from 10 to 2 p.m." 10:00).
 */
function clockListAt(c: Ctx, i: number, h: number, mi: number): Cand | null {
  if (h > 24 || mi > 59 || !c.lex.rangeWords.has(lo(c, i + 1)) || c.toks[i + 2]?.kind !== 'number') return null;
  const second = pClock(c, i + 2);
  if (!second || second.rule !== 'clock' || second.pending?.k !== 'clock') return null;
  const pm = /p\.?m\.?$/.test(lo(c, i + 2)) || c.lex.clockWords.get(lo(c, i + 3)) === 'pm';
  const hour = pm && h < 12 && h + 12 <= second.pending.h ? h + 12 : h;
  return cand(i, i + 1, 'TIME', null, 'clock-list', { pending: { k: 'clock', h: hour, mi } });
}

/** Tokens of a time zone at token j: one word ("MEZ", "GMT") or a phrase ("Eastern time", "Moskauer Zeit"); 0 if none. */
function zoneLength(c: Ctx, j: number): number {
  if (c.lex.timeZones.has(noDot(lo(c, j)))) return 1;
  return c.lex.timeZonePhrases.find((words) => wordsAt(c, j, words))?.length ?? 0;
}

/**
 * "1500 GMT", "0800 UTC", "2100 Ortszeit": the wire services' four-digit clock, read as one only
 * with its zone (alone such a number is a year or a count).
 */
function zonedClock(c: Ctx, i: number): Cand | null {
  const m = PATTERNS.zonedClock.exec(lo(c, i));
  const zone = m ? zoneLength(c, i + 1) : 0;
  if (!m || zone === 0) return null;
  return cand(i, i + 1 + zone, 'TIME', null, 'clock-zoned', { pending: { k: 'clock', h: Number(m[1]), mi: Number(m[2]) } });
}
