import type { Ymd } from './calendar.js';
import { PATTERNS } from './patterns.js';
import { clauseRanges, endsInZuInfinitive, intentionAt, pastDeedAt, pluperfectIn, tenseOf, type Tense } from './clause.js';
import { addDays, dayBefore, dayNumber, fmtClock, fmtDay, fmtMonth, fmtYear, parseYmd, validDate } from './calendar.js';
import { determinerWord, durationValue, inflectedAdjective, lo, noDot, refFor, unitAt, type Cand, type Ctx, wordsAt } from './context.js';
import { resolvePending } from './resolve.js';
import { offsetValue, SAME_DAY_RULE } from './parse-relative.js';
import { hasShape } from './lexicon.js';
import { movesAnchor, nextAnchor, startAnchor, withAnchor } from './anchor.js';

/*
 * Refiners run in this order over the non-overlapping candidates of one sentence
 * (see REFINERS at the end):
 *   1. mergeParenthesisedDate  "am Dienstag (29.7.)", "Saturday, April 25": one expression, the explicit date wins.
 *   2. mergeClock              "um 10 Uhr am Montag", "Friday at 3 p.m.": the clock joins the date.
 *   2b. shareRangeYear         "von Mai bis Juli 2024": the first end takes the second's year.
 *   2c. sameMonthYear          "in May 2025, … on 10 May": a day takes the year of its month named earlier in the sentence.
 *   3. resolve                 pending weekdays, months, seasons, "heute", clocks, by direction and tense,
 *                              per expression: referenceDay → directionTense (since, planned, scheduled,
 *                              clause or sentence tense) → countsFromToldDay → resolvePending →
 *                              noteSentenceDay (each a small function below).
 *   3a. namedHourPart          "am Mittag", "around midday": a named hour that is a part of the day is that part (TMI).
 *   3b. shiftNightBefore       the night to a day begins the day before: "in der Nacht zum Mittwoch",
 *                              "in der Nacht auf den 22. Juni", "overnight" unless it looks ahead.
 *   4. dropFutureInPast        "soon" in a past-tense clause narrates, it does not refer to the future.
 *   5. extendPreposition       "am", "seit den", "In the" join the span (not "vom": it attaches to a noun).
 *   5b. restatedByAppositive   "Drei Jahre später, 1945,": a narrative's counted offset takes the value of the date restating it.
 *   6. removeOverlaps          a last guard: longer first, then earlier.
 */

/** What a refiner gets besides the candidates. */
export interface RefineCtx extends Ctx {
  readonly pub: Ymd | null;
  /** Tense of the clause around a token index (falls back to the sentence's tense). */
  tenseAt(i: number, clauseOnly?: boolean): Tense | null;
  /** Token range [start, end) of the clause around a token index. */
  clauseAt(i: number): readonly [number, number];
  /** What the clause around a token index holds (verbs, present forms, report verbs), found once per clause. */
  clauseFacts(i: number): ClauseFacts;
}

/**
 * Facts of one clause the direction rules ask for each expression in it (token indices, so that an
 * expression can leave out its own tokens): German verbs of the clause and weak preterites among them
 * (`ownClauseVerb`), whether it is an infinitive clause, English present forms (`presentVerbInClause`)
 * and anchor prepositions, and whether it holds a present report verb (`reportInClause`).
 */
export interface ClauseFacts {
  readonly infinitive: boolean;
  readonly verbs: readonly number[];
  readonly weakPreterites: readonly number[];
  readonly presents: readonly number[];
  readonly anchors: readonly number[];
  readonly report: boolean;
  /**
   * Whether token k of the clause is a verb inside a phrase running up to an expression (see
   * `phraseVerbAt`); asked per token and remembered (the callers walk back from an expression and stop
   * at the first such verb, so most of a clause is never asked).
   */
  phraseVerb(k: number): boolean;
  /** Whether the clause holds a word of harm no one schedules (`harmWords`). */
  readonly harm: boolean;
}

/** A refiner maps the sentence's candidates (sorted by start) to new ones. */
export type Refiner = (c: RefineCtx, cands: Cand[]) => Cand[];

const isDateLike = (x: Cand): boolean => x.type === 'DATE' && (x.pending?.k === 'monthDay' || (x.value !== null && PATTERNS.dayValue.test(x.value)));

/** The date that restates weekday `x`, with the weekday's part of the day ("Dienstagabend (14.4.)": TIME, "…TEV"). */
function withWeekdayPart(x: Cand, merged: Cand): Cand {
  const part = x.pending?.k === 'weekday' ? x.pending.part : undefined;
  if (part === undefined) return merged;
  if (merged.value !== null && PATTERNS.dayValue.test(merged.value)) return { ...merged, type: 'TIME', value: `${merged.value}T${part}` };
  return { ...merged, type: 'TIME', partOfDay: part };
}

/** Refiner 1: a weekday followed by its explicit date (in parentheses or after a comma) becomes one expression with the date's value. */
export const mergeParenthesisedDate: Refiner = (c, cands) => {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k]!;
    const y = cands[k + 1];
    // (the weekday's part of the day stays: "Am Dienstagabend (14.4.)" is 14 April's evening)
    if (x.pending?.k === 'weekday' && y && isDateLike(y) && lo(c, x.b) === '(' && y.a === x.b + 1 && lo(c, y.b) === ')') {
      out.push(withWeekdayPart(x, { ...y, a: x.a, b: y.b + 1, mod: x.mod ?? y.mod, rule: `${x.rule}+paren-date` }));
      k++;
    } else if (x.pending?.k === 'weekday' && y && isDateLike(y) && (y.a === x.b || (y.a === x.b + 1 && lo(c, x.b) === ',') || (y.a === x.b + 2 && lo(c, x.b) === ',' && c.lex.articles.has(lo(c, x.b + 1))))) {
      // "Saturday, April 25", "Friday Oct. 13", "Freitag, den 14. März": the same day said twice; a
      // date with its article is an appositive, which TIMEX2 tags apart (see `TaggedTime.timex2`)
      const merged: Cand = { ...y, a: x.a, mod: x.mod ?? y.mod, rule: `${x.rule}+date` };
      if (y.a === x.b + 2) merged.apposition = x.b + 1;
      out.push(withWeekdayPart(x, merged));
      k++;
    } else out.push(x);
  }
  return out;
};

/** Dashes between a dateline's date and its clock. */
const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Refiner 2: a clock time next to a date or weekday joins it (TIME "2017-01-13T15:00"). */
export const mergeClock: Refiner = (c, cands) => {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k]!;
    const y = cands[k + 1];
    if (!y) {
      out.push(x);
      continue;
    }
    const clock = x.pending?.k === 'clock' ? x : y.pending?.k === 'clock' ? y : null;
    const date = clock === x ? y : x;
    const gap = y.a - x.b;
    // "Friday at 3 p.m.", "May 8, 1945, at 11:01 p.m.", "am 8. Mai 1945, um 23:01 Uhr"; a clock before
    // a day's article, which joins the span only in refiner 5 ("at noon the following day")
    const articleLink = clock === x && c.lex.articles.has(lo(c, x.b));
    // (a dateline's dash between a date and its clock: "24.06.2026 - 16:30 Uhr", "June 24, 2026 – 4:30 p.m.")
    const datelineDash = clock === y && DATELINE_DASHES.has(lo(c, x.b)) && x.value !== null && PATTERNS.dayValue.test(x.value);
    const linkOk = gap === 0 || (gap === 1 && (lo(c, x.b) === ',' || c.lex.prepositions.has(lo(c, x.b)) || articleLink || datelineDash)) || (gap === 2 && lo(c, x.b) === ',' && c.lex.prepositions.has(lo(c, x.b + 1)));
    if (clock && clock.pending?.k === 'clock' && joinableDay(date) && linkOk) {
      out.push(joinClock(c, x, clock, date, x.a, y.b));
      k++;
      continue;
    }
    // "at 6:45 p.m. local time (1345 GMT) on Sunday": a clock with its equivalent in parentheses takes
    // the day after them; the day stays an expression of its own, and the clock in parentheses takes
    // that day as the sentence's (`noteSentenceDay`)
    const z = cands[k + 2];
    const afterParen = y.b + (c.lex.prepositions.has(lo(c, y.b + 1)) ? 2 : 1);
    if (x.pending?.k === 'clock' && y.pending?.k === 'clock' && z && lo(c, x.b) === '(' && y.a === x.b + 1 && lo(c, y.b) === ')' && z.a === afterParen && joinableDay(z)) {
      out.push(joinClock(c, x, x, z, x.a, x.b));
      continue;
    }
    out.push(x);
  }
  return out;
};

/**
 * Whether a clock can join the expression as its day: a full day, a pending day, or a part of the day
 * ("am Dienstagabend um 20 Uhr", "on Monday night at 11 p.m.", "am Morgen des 22. Juni 1941 um 3:15
 * Uhr": the clock is the more precise time of that part of the day; not a night that begins the day
 * before: after midnight it is the next day's).
 */
function joinableDay(d: Cand): boolean {
  const full = d.value !== null && PATTERNS.dayValue.test(d.value);
  const part = d.type === 'TIME' && !d.nightBefore && (d.value !== null ? PATTERNS.partValue.test(d.value) : (d.pending?.k === 'weekday' && d.pending.part !== undefined) || d.partOfDay !== undefined);
  return (d.type === 'DATE' || part) && (full || part || (d.value === null && d.pending !== undefined && d.pending.k !== 'clock'));
}

/**
 * A clock joined to its day, spanning [a, b): a full or part-of-day value takes the clock at once,
 * a pending day keeps it for resolution. "from midnight on Friday", "Mitternacht am 8. Mai": the
 * midnight that opens the named day (T00:00 of it; a bare "midnight" stays T24:00, the end of the day
 * it is told on); after an end preposition it closes the day ("until midnight on Wednesday", "bis
 * Mitternacht am Samstag": T24:00 of it, the end of that day, not the start). A clock written as 24
 * ("am 28. März, 24 Uhr", "Friday at 24:00") names the end of its day whatever the preposition.
 */
function joinClock(c: Ctx, first: Cand, clock: Cand, date: Cand, a: number, b: number): Cand {
  const p = clock.pending?.k === 'clock' ? clock.pending : { h: 0, mi: 0 };
  const closes = c.lex.dayEndPrepositions.has(lo(c, first.a - 1));
  // the named midnight may open the day; a written "24 Uhr" / "24:00" always closes it ("am 28. März, 24 Uhr")
  const opens = p.h === 24 && !closes && clock.rule === 'clock-name';
  const hm = fmtClock(opens ? 0 : p.h, p.mi);
  const fullDay = date.value !== null && PATTERNS.dayValue.test(date.value);
  const dayPart = date.value !== null && PATTERNS.partValue.test(date.value);
  if (fullDay || dayPart) return { ...date, a, b, type: 'TIME', value: date.value!.slice(0, 10) + hm, rule: `${date.rule}+clock` };
  const { partOfDay: _pd, ...rest } = date;
  const pending = rest.pending?.k === 'weekday' ? { k: 'weekday' as const, wd: rest.pending.wd, ...(rest.pending.week !== undefined ? { week: rest.pending.week } : {}) } : rest.pending;
  return { ...rest, ...(pending ? { pending } : {}), a, b, clock: hm, rule: `${date.rule}+clock` };
}

/** Seasons in calendar order (a winter ends in the next year). */
const SEASON_ORDER: readonly string[] = ['SP', 'SU', 'FA', 'WI'];

/**
 * Refiner 2b: the first end of a range takes the year of the second ("von Mai bis Juli 2024",
 * "between June 22 and June 25, 1941"); a later month than the second's lies in the year before
 * ("Dezember bis Februar 2025").
 */
export const shareRangeYear: Refiner = (c, cands) => {
  for (let k = 0; k + 1 < cands.length; k++) {
    const x = cands[k]!;
    const y = cands[k + 1]!;
    const p = x.pending;
    if (!p || (p.k !== 'month' && p.k !== 'monthDay' && p.k !== 'season') || x.dir !== undefined || x.clock !== undefined) continue;
    // the second end must name its month too ("Mai bis Juli 2024"; not "Mai und 2024")
    // "von Mai bis Juli 2024", "vom 17. Juli bis zum 2. August 1945" (an article or contraction after the range word)
    const linkEnd = c.lex.articles.has(lo(c, x.b + 1)) || c.lex.prepositions.has(lo(c, x.b + 1)) ? x.b + 2 : x.b + 1;
    if (y.a !== linkEnd || !c.lex.rangeWords.has(lo(c, x.b)) || y.value === null || y.value.length < 7 || !PATTERNS.year4.test(y.value.slice(0, 4))) continue;
    const yy = Number(y.value.slice(0, 4));
    const ym = y.value.length >= 7 && y.value[4] === '-' ? Number(y.value.slice(5, 7)) : NaN;
    let value: string | null;
    if (p.k === 'season') {
      // "im Herbst und Winter 1943"; "Winter und Frühjahr 1944": a later season lies in the year before
      const ys = SEASON_ORDER.indexOf(y.value.slice(5, 7));
      value = ys >= 0 || ym >= 1 ? `${fmtYear(ys >= 0 && SEASON_ORDER.indexOf(p.s) > ys ? yy - 1 : yy)}-${p.s}` : null;
    } else {
      const year = ym >= 1 && ym <= 12 && p.m > ym ? yy - 1 : yy;
      value = p.k === 'month' ? fmtMonth(year, p.m) : validDate(year, p.m, p.d) ? fmtDay({ y: year, m: p.m, d: p.d }) : null;
    }
    if (value === null) continue;
    const { pending: _p, ...rest } = x;
    const filled: Cand = { ...rest, value, rule: `${x.rule}+range-year` };
    if (x.partOfDay) filled.value = `${value}T${x.partOfDay}`;
    cands[k] = filled;
  }
  return cands;
};

/**
 * Refiner 2c: a day of a month without a year takes the year of an explicit month earlier in its
 * sentence ("a four-day conflict in May 2025, when both sides … agreed a ceasefire on 10 May": 2025-05-10,
 * "Im März 2024 … am 4. März"), whatever the clause's tense says: the sentence has just named that month.
 */
export const sameMonthYear: Refiner = (_c, cands) => {
  for (let k = 1; k < cands.length; k++) {
    const x = cands[k]!;
    const p = x.pending;
    if (!p || p.k !== 'monthDay' || x.dir !== undefined) continue;
    for (let j = k - 1; j >= 0; j--) {
      const y = cands[j]!;
      const v = y.pending === undefined ? y.value : null;
      if (v === null || v.length < 7 || !PATTERNS.year4.test(v.slice(0, 4)) || v[4] !== '-' || Number(v.slice(5, 7)) !== p.m) continue;
      const yy = Number(v.slice(0, 4));
      if (!validDate(yy, p.m, p.d)) break;
      const { pending: _p, ...rest } = x;
      const day = fmtDay({ y: yy, m: p.m, d: p.d });
      cands[k] = { ...rest, value: x.partOfDay ? `${day}T${x.partOfDay}` : day, rule: `${x.rule}+sentence-month` };
      break;
    }
  }
  return cands;
};

/**
 * What the sentence has told so far, for the expressions after it: the last day it named, whether
 * that day was told in a past clause, and the day after a night or a late evening it named (a later
 * lone morning clock lies in it: "In der Nacht zum Sonntag brach gegen 3 Uhr ein Feuer aus", "on
 * Saturday night at 11 p.m. … put out at 4 a.m.": Sunday's early hours).
 */
interface SentenceDays {
  day: Ymd | null;
  told: boolean;
  morning: Ymd | null;
}

/** Pending kinds that name a day (they need a known day; a month or season needs only the year). */
const DAY_KINDS: ReadonlySet<string> = new Set(['weekday', 'weekend']);

/** Whether `x` plans ahead from a day of its sentence that lies before the publication ("will meet on Monday" said later). */
function laterPlan(c: RefineCtx, x: Cand, day: Ymd): boolean {
  return c.pub !== null && dayNumber(day) < dayNumber(c.pub) && c.tenseAt(x.a, true) === 'future';
}

/**
 * News: the latest day an earlier sentence named (`Ctx.priorDay`; with `recent` the most recent one,
 * `Ctx.lastDay`) when `x` stands in a past clause (outside a headline), for an expression that names
 * no day of its own (a lone clock or part of the day); else null.
 */
function priorDayInPast(c: RefineCtx, x: Cand, recent = false): Ymd | null {
  const day = recent ? c.lastDay : c.priorDay;
  if (!day || c.headline) return null;
  const tense = c.tenseAt(x.a, true) ?? (weakPastVerb(c, x, prepositionStart(c, x.a, 0)) || weakPastBefore(c, x) ? 'past' : c.tenseAt(x.a));
  return tense === 'past' ? day : null;
}

/**
 * Step 1: the day a pending value counts from. In news a clock time on its own belongs to the day an
 * earlier expression of its sentence named ("Am Dienstag begann um 20 Uhr die Sitzung"; a morning
 * clock after a night: the next day), else to the publication day; not a clock in a future clause
 * after a day that lies before the reference day ("He said on Tuesday that the talks would resume at
 * 10 a.m.": the plan is for a later day than the one it was told on). Weekdays, weekends and clocks
 * need a day of the running date, everything else the reference date.
 */
function referenceDay(c: RefineCtx, x: Cand, days: SentenceDays): Ymd | null {
  const p = x.pending;
  if (p?.k === 'clock') {
    if (!c.narrative && days.day && !laterPlan(c, x, days.day)) return (p.h < 12 ? days.morning : null) ?? days.day;
    // a lone clock in a past clause tells of the latest day named before ("was hit at around
    // 11:30 p.m." after "late on Tuesday"), not of the publication day (see `Ctx.priorDay`)
    return (!c.narrative && !days.day ? priorDayInPast(c, x) : null) ?? refFor(c, 'D');
  }
  // "am Abend", "in the evening" (news): the day its sentence named before ("Am Mittwoch landete die
  // Maschine am Nachmittag"), else in a past clause the latest day an earlier sentence named ("Die
  // Botschaft wies die Vorwürfe am Abend zurück" after "am Donnerstag"), else the publication day
  if (p?.k === 'dayPart') {
    if (days.day && !laterPlan(c, x, days.day)) return days.day;
    // (a same day points back to the day the last sentence naming one named: "Am Montag nahm die Polizei
    // zwei Männer fest. … Am Dienstag … noch am selben Abend"; a bare part of the day keeps the latest day)
    return (!days.day ? priorDayInPast(c, x, x.rule === SAME_DAY_RULE) : null) ?? refFor(c, 'D');
  }
  return p && DAY_KINDS.has(p.k) ? refFor(c, 'D') : c.pub;
}

/**
 * Step 2: the tense that decides the direction. "seit"/"since" look back. Ahead lie: a weekday after
 * a `futureDayPrepositions` word ("a strike for Tuesday") and a date an intention verb of its clause
 * plans ("kündigte Wahlen für den 15. März an"; `planned`), and a date after a deadline or
 * starting-point preposition in a clause without past tense (`scheduled`). Else the clause's tense:
 * a month, date, quarter or "heute" its own clause's only (without one the nearest value is safer
 * than another clause's tense: "declared a dividend, payable Dec. 15"), a weekday or season its own
 * clause's when that clause holds a verb (`ownClauseVerb`; a season in a present clause lies ahead),
 * else the sentence's.
 */
function directionTense(c: RefineCtx, x: Cand): Tense | null {
  const k = x.pending?.k;
  const p = prepositionStart(c, x.a, 0);
  if (p < x.a && c.lex.pastPrepositions.has(lo(c, p))) return 'past';
  // "die Wahl vom Sonntag", "die Ergebnisse vom Oktober": the day of an event the noun names (not a range start)
  if (k !== undefined && (ATTACHED_KINDS.has(k) || k === 'season') && c.lex.eventDateLinks.has(lo(c, p - 1)) && !c.lex.rangeWords.has(lo(c, x.b))) return 'past';
  if (planned(c, x, p) || scheduled(c, x, p)) return 'future';
  if (k !== undefined && ATTACHED_KINDS.has(k)) {
    const attribute = participleAttribute(c, x, p);
    if (attribute !== null) return attribute;
    if ((earlierAnchored(c, x) || harmInClause(c, x.a)) && c.tenseAt(x.a, true) !== 'future' && c.tenseAt(x.a) !== 'future') return 'past';
  }
  const clauseOnly = k === 'today' || k === 'month' || k === 'monthDay' || k === 'quarter';
  if (k === 'weekday' && presentBefore(c, x)) return 'present';
  const weakPast = weakPastVerb(c, x, p);
  if ((k === 'weekday' || k === 'season' || k === 'weekend') && ownClauseVerb(c, x)) {
    // a season in a present clause lies ahead ("Im Herbst wird gewählt" in January: this year's
    // autumn, not the one that just ended; the nearest would be last year's)
    const own = c.tenseAt(x.a, true) ?? (weakPast ? 'past' : null);
    if (k === 'season') return own ?? 'future';
    // (a weekend: "Man rechne am Wochenende mit Regen, teilte der Wetterdienst mit": the coming one)
    if (k === 'weekend') return own;
    return own ?? (reportInClause(c, x.a) || c.headline === true ? null : 'present');
  }
  const tense = c.tenseAt(x.a, clauseOnly) ?? (weakPast ? 'past' : null) ?? (clauseOnly ? frontedTense(c, x, p) : null);
  if (tense === null && k === 'weekday' && !c.headline && !c.lex.verbClauseTense && presentVerbInClause(c, x) && !reportInClause(c, x.a)) return 'present';
  // a month or date whose own clause is present names a schedule too ("Die Wahl findet im November
  // statt", "Im November wird gewählt", "The vote takes place in November" in January: this year's)
  // (not an end of a month range, which a present clause mostly tells as a habit: "The rainy season
  // runs from June to September")
  // "hatte den Ausnahmezustand verhängt und ihn im Juni verlängert": a conjunct whose only verbs are
  // participles shares the auxiliary of the clause before it, and so its tense
  if (tense === null && (k === 'month' || k === 'monthDay') && c.lex.verbClauseTense && participleConjunct(c, x) && c.tenseAt(x.a) === 'past') return 'past';
  if (tense === null && (k === 'month' || k === 'monthDay') && !c.headline && !monthRangeEnd(c, x) && !reportInClause(c, x.a) && !inSubject(c, x, p) && (c.lex.verbClauseTense ? ownClauseVerb(c, x) : presentVerbBeforeMonth(c, x, p))) return 'present';
  // a month in a body line without any verb (a caption, a chronology: "Archivbild: Demonstranten in
  // Tiflis im Mai") tells what was; German only, where verbs are found by their shape (an English verb
  // in its base form is not: "The talks resume in March")
  if (tense === null && k === 'month' && !c.headline && c.lex.verbClauseTense && verblessSentence(c)) return 'past';
  return tense;
}

/**
 * The tense of the clause a fronted adverbial opens: an expression that fills its own clause up to a
 * comma ("In March, Chinese forces rammed a trawler": the March before) modifies the clause after the
 * comma; null when it is not fronted. `p` is where its prepositions start.
 */
function frontedTense(c: RefineCtx, x: Cand, p: number): Tense | null {
  const [ca] = c.clauseAt(x.a);
  if (p !== ca || c.toks[x.b]?.text !== ',' || x.b + 1 >= c.toks.length) return null;
  return c.tenseAt(x.b + 1, true);
}

/** Whether no clause of the sentence holds a verb (`ClauseFacts`: German verbs and weak preterites). */
function verblessSentence(c: RefineCtx): boolean {
  for (let i = 0; i < c.toks.length; ) {
    const f = c.clauseFacts(i);
    if (f.verbs.length > 0 || f.weakPreterites.length > 0) return false;
    i = Math.max(i + 1, c.clauseAt(i)[1]);
  }
  return true;
}

/** Pending kinds that a noun phrase can hold as the time of its event (an anchor's phrase, an attribute). */
const ATTACHED_KINDS: ReadonlySet<string> = new Set(['weekday', 'weekend', 'month', 'monthDay']);

/**
 * Whether the expression stands in the phrase of an earlier event (`earlierAnchors`): an anchor word
 * before it in its clause with no verb between them ("The move follows clashes on Tuesday", "searching
 * for survivors after a quake on Monday night", "Die Einigung folgt auf Gespräche am Montag", "Seit
 * dem Erdbeben am Dienstag werden 20 Menschen vermisst"). The event lies before the clause's verb, so
 * unless the clause is future its day is past, whatever present tense the verb has. An anchor that
 * also tells a direction opens an event phrase only before an article, determiner or inflected
 * adjective or a number (`directionAnchors`: "nach dem Anschlag", "nach 5,4 Prozent im August", not
 * "nach Ankara"). A comparison's base is earlier too (`comparisonAnchors`: "up from 4.1 percent in
 * August", "gegenüber dem Vorjahr"), and so is the day of a harm no one schedules (`harmNounEndings`: "Police are
 * investigating a blast on Tuesday", "ermittelt zu der Explosion am Montag").
 */
function earlierAnchored(c: RefineCtx, x: Cand): boolean {
  if (c.lex.earlierAnchors.size === 0 && c.lex.comparisonAnchors.length === 0) return false;
  const [ca] = c.clauseAt(x.a);
  const f = c.clauseFacts(x.a);
  for (let k = x.a - 1; k >= ca; k--) {
    const w = lo(c, k);
    if (c.lex.earlierAnchors.has(w)) return !c.lex.directionAnchors.has(w) || determinerWord(c, lo(c, k + 1)) || inflectedAdjective(c, k + 1) || c.toks[k + 1]?.kind === 'number';
    if (c.lex.comparisonAnchorsByLast.get(w)?.some((ph) => k + 1 >= ph.length && wordsAt(c, k + 1 - ph.length, ph)) === true) return true;
    if (harmNounAt(c, k)) return true;
    // (a verb between them opens a clause of its own: "after the ministers said on Monday")
    if (f.phraseVerb(k)) return false;
  }
  return false;
}

/** Whether token k is a noun of unforeseen harm (`harmNounEndings`; German: capitalised). */
function harmNounAt(c: Ctx, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || (c.lex.countNounShape === 'capitalised' && t.text === t.lo)) return false;
  return c.lex.harmNounEndings.some((e) => t.lo.endsWith(e));
}

/**
 * Whether token k is a verb inside a phrase that runs up to an expression: a German verb of the
 * clause (`verbs`: its verbs and weak preterites) that is no separable particle (there a preposition of the phrase: "folgt auf
 * Gespräche", "auf einen Posten") nor an inflected adjective before its noun ("nach schweren
 * Kämpfen"), an English present form, or a past form.
 */
function phraseVerbAt(c: Ctx, verbs: ReadonlySet<number>, presents: ReadonlySet<number>, k: number): boolean {
  const next = c.toks[k + 1];
  const adjective = inflectedAdjective(c, k) && next?.kind === 'word' && next.text !== next.lo;
  if (verbs.has(k) && !c.lex.separablePrefixes.includes(lo(c, k)) && !adjective) return true;
  return presents.has(k) || pastFormAt(c, k);
}

/**
 * Whether a counted period at token a closes a noun phrase with an ordinal of two or more after an
 * article, determiner or possessive, with no verb between ("It is the third police station to fall to gangs in
 * two weeks", "the second attack on a school in a week", "the country's eighth in five years"): the period is the span within which the
 * series was counted (a duration), not a date ahead ("The second round takes place in two weeks").
 * ("first" is left to the `withinCues`: "the first trucks arrive in two days".)
 */
function ordinalWithin(c: RefineCtx, a: number): boolean {
  const [ca] = c.clauseAt(a);
  const f = c.clauseFacts(a);
  for (let k = a - 1; k > ca; k--) {
    // (or after a possessive: "the country's eighth in five years")
    if ((c.lex.ordinals.get(lo(c, k)) ?? 0) >= 2 && (determinerWord(c, lo(c, k - 1)) || /['’]s$/.test(c.toks[k - 1]?.text ?? ''))) return true;
    if (f.phraseVerb(k)) return false;
  }
  return false;
}

/** Whether the clause around token a holds a word of harm no one schedules (`harmWords`: "sterben", "are killed"). */
function harmInClause(c: RefineCtx, a: number): boolean {
  return c.clauseFacts(a).harm;
}

/**
 * The tense an extended attribute gives the expression inside it (German: an inflected participle
 * after the expression, before its noun, with a determiner before the expression's prepositions,
 * which start at `p`): "Die am Dienstag veröffentlichte Studie zeigt", "Der am Montag festgenommene
 * Verdächtige sitzt in Haft" tell a done event, so the day is past whatever the clause's verb says;
 * a scheduling participle (`futureCues`: "die am Montag geplante Sitzung") looks ahead; a present
 * participle ("die am Freitag beginnende Konferenz", stem in -end) leaves it to the clause (null).
 */
function participleAttribute(c: RefineCtx, x: Cand, p: number): Tense | null {
  if (!determinerWord(c, lo(c, p - 1)) || !inflectedAdjective(c, x.b)) return null;
  const noun = (i: number): boolean => c.toks[i]?.kind === 'word' && c.toks[i]!.text !== c.toks[i]!.lo;
  if (!noun(x.b + 1)) return null;
  const w = lo(c, x.b);
  const ending = c.lex.adjectiveEndings.filter((e) => e !== '' && w.endsWith(e)).reduce((a, b) => (b.length > a.length ? b : a), '');
  const stem = w.slice(0, w.length - ending.length);
  if (c.lex.futureCues.has(stem)) return 'future';
  return c.lex.presentParticipleEndings.some((e) => stem.endsWith(e)) ? null : 'past';
}

/**
 * Whether the expression (its prepositions start at `p`) modifies a noun of the clause's subject: it
 * follows a word of its clause and every verb of the clause follows it, in a clause no subordinator
 * opens (German subordinate clauses put their verb last: "dass die Wahl im Juni stattfindet"). Then
 * the present verb tells of the subject's data, not a schedule ("Inflation in September is the
 * highest in a decade", "Die Zahlen für September zeigen einen Rückgang": last September); a month
 * that opens its clause keeps its verb ("Im Dezember veröffentlicht die Notenbank ihren Bericht").
 */
function inSubject(c: RefineCtx, x: Cand, p: number): boolean {
  const [ca] = c.clauseAt(x.a);
  if (p <= ca || c.toks[p - 1]?.kind !== 'word' || c.lex.clauseBreakers.has(lo(c, ca)) || c.lex.clauseBreakers.has(lo(c, ca - 1))) return false;
  const f = c.clauseFacts(x.a);
  const verbs = c.lex.verbClauseTense ? [...f.verbs, ...f.weakPreterites] : f.presents;
  return verbs.length > 0 && verbs.every((j) => j >= x.b);
}

/** Whether a month is an end of a range of months ("from June to September", "von Oktober bis Dezember"). */
function monthRangeEnd(c: RefineCtx, x: Cand): boolean {
  const month = (i: number): boolean => c.lex.months.has(noDot(lo(c, i)));
  const before = c.lex.rangeWords.has(lo(c, x.a - 1)) ? x.a - 2 : c.lex.rangeWords.has(lo(c, x.a - 2)) ? x.a - 3 : -1;
  const after = c.lex.rangeWords.has(lo(c, x.b)) ? x.b + 1 : -1;
  return (before >= 0 && month(before)) || (after >= 0 && (month(after) || month(after + 1)));
}

/**
 * Whether the clause around token a holds a present report verb (`presentReportVerbs`: "says",
 * "meldet"), with which news tells the day just past in the present ("The union says Tuesday it is
 * ready to talk", "Die Polizei meldet am Dienstag einen Erfolg"): such a weekday may be yesterday.
 */
function reportInClause(c: RefineCtx, a: number): boolean {
  return c.clauseFacts(a).report;
}

/**
 * Whether a weekday's clause (English) holds a present verb of its own outside the expression: a
 * present form in -s after a word that is no determiner, preposition or number (`pluralNounAfter`:
 * "the central bank meets on Tuesday"; not the plural in "the talks on Tuesday", "of protesters"), or a progressive
 * ("is meeting"). Such a clause names a schedule, so its weekday is today or the coming one.
 */
function presentVerbInClause(c: RefineCtx, x: Cand): boolean {
  return ownPresents(c, x).length > 0;
}

/** Whether the expression ends in a possessive ("Tuesday's attack"), which names an event of its time. */
function possessive(c: Ctx, x: Cand): boolean {
  // (the tagger strips a possessive ending from a token's lower-case form: "Tuesday's" is "tuesday")
  const last = c.toks[x.b - 1];
  return last !== undefined && last.lo !== last.text.toLowerCase();
}

/**
 * The present forms of the expression's clause that can tell its time: outside it, and not before
 * an anchor preposition that opens the phrase it stands in ("The ruling comes after protests on
 * Tuesday": the protests are the earlier event, the verb tells nothing of their day); none for a
 * possessive, which names an event of that day ("The death toll from Tuesday's attack rises").
 */
function ownPresents(c: RefineCtx, x: Cand): readonly number[] {
  if (possessive(c, x)) return [];
  const f = c.clauseFacts(x.a);
  const anchor = f.anchors.reduce((m, k) => (k < x.a && k > m ? k : m), -1);
  return f.presents.filter((j) => (j < x.a && j > anchor) || j >= x.b);
}

/**
 * Whether a month's clause (English) holds a present verb of its own (`ownPresents`),
 * but not a form in -s right before the month and its prepositions (which start at `p`): that is
 * the plural noun the month modifies ("Rising exports in June, analysts said", "tea sales in July"
 * are last June's and July's), not a verb; a present auxiliary there stays one ("The summit is in
 * March"), and so does an -s verb with more after it ("The vote takes place in November").
 */
function presentVerbBeforeMonth(c: RefineCtx, x: Cand, p: number): boolean {
  return ownPresents(c, x).some((j) => j !== p - 1 || c.lex.progressiveAuxiliaries.has(lo(c, j)));
}

/**
 * Whether the finite verb next to the expression has the shape of a German weak preterite
 * (`weakPreterite`), the preterites the cue lists cannot all hold: the verb after an expression that
 * opens its clause (verb second: "Am Sonntagnachmittag versammelten sich Tausende", "Im Dezember
 * kletterte die Inflation") or the word right before the expression and its prepositions, which
 * start at `p`, or before a reflexive pronoun there ("Thailand lieferte am Dienstag Reis", "Die Armee verlegte im Juli Truppen", "Der Unfall ereignete sich am Montag": nouns are
 * capitalised, so a regular ending there is the verb). Present forms of -t stems and subjunctive
 * modals are the shape's exceptions ("Am Montag beraten die Minister", "Ab Montag gelten neue
 * Regeln", "sollte").
 */
function weakPastVerb(c: RefineCtx, x: Cand, p: number): boolean {
  if (c.lex.weakPreterite.endings.length === 0) return false;
  const [ca] = c.clauseAt(x.a);
  // (a reflexive pronoun may stand between: "Der Unfall ereignete sich am Montag")
  const verb = c.lex.reflexivePronouns.has(lo(c, p - 1)) ? p - 2 : p - 1;
  return (p === ca && weakPreteriteAt(c, x.b)) || (verb >= ca && weakPreteriteAt(c, verb)) || secondPlacePreterite(c, ca, p);
}

/**
 * Whether a weak preterite stands second in the clause that opens the sentence, after a subject of
 * names and nouns (German verb second: "Mosambiks Präsident Daniel Chapo dankte Ruandas Staatschef am
 * Sonntagabend", "Die Regierung verurteilte den Anschlag am Montag"): the first lower-case word that is
 * no article or inflected adjective before a noun, after a capitalised word, before the expression's
 * prepositions at `p`. Not after a count ("Hunderte verletzte Soldaten", "Dutzende getötete Zivilisten":
 * `magnitudePlurals`), whose word is an attributive participle.
 */
function secondPlacePreterite(c: RefineCtx, ca: number, p: number): boolean {
  if (ca !== 0) return false;
  const cap = (t: Ctx['toks'][number] | undefined): boolean => t !== undefined && t.kind === 'word' && t.text !== t.lo;
  for (let j = ca; j < p; j++) {
    const t = c.toks[j]!;
    if (cap(t) || (t.kind === 'punct' && t.text === '-')) continue;
    if (t.kind !== 'word') return false;
    // (an article, or an adjective before the noun it inflects for: "Der französische Präsident")
    if (j === ca || !cap(c.toks[j - 1])) return false;
    if (cap(c.toks[j + 1]) && (determinerWord(c, t.lo) || attributiveAdjective(c, j))) continue;
    return weakPreteriteAt(c, j) && !c.lex.magnitudePlurals.has(lo(c, j - 1));
  }
  return false;
}

/**
 * Whether the clause holds a weak preterite before the expression that is a verb, not an attributive
 * participle: not after a determiner ("die geplante Sitzung") nor before a capitalised word ("verletzte
 * Soldaten"). "näherte sich die Maschine gegen 10.15 Uhr", "löschte den Brand am Abend": a lone clock or
 * part of the day in such a clause tells of a past day.
 */
function weakPastBefore(c: RefineCtx, x: Cand): boolean {
  if (c.lex.weakPreterite.endings.length === 0) return false;
  const [ca] = c.clauseAt(x.a);
  for (let j = ca; j < x.a; j++) {
    if (!weakPreteriteAt(c, j) || (j > ca && c.lex.attributiveDeterminers.has(lo(c, j - 1)))) continue;
    const next = c.toks[j + 1];
    if (next && next.kind === 'word' && next.text !== next.lo) continue;
    return true;
  }
  return false;
}

/** Whether token j is a lower-case word with the shape of a weak preterite (`weakPreterite`). */
function weakPreteriteAt(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  return t !== undefined && t.kind === 'word' && t.text === t.lo && hasShape(t.lo, c.lex.weakPreterite);
}

/**
 * "a strike for Tuesday", "für Dienstag", and a date an intention verb of its clause plans
 * ("kündigte Wahlen für den 15. März an", "announced elections for March 15": also in a past clause;
 * not "die Zahlen für den 15. Dezember zeigten"). `p` is where the span's prepositions start.
 */
function planned(c: RefineCtx, x: Cand, p: number): boolean {
  const k = x.pending?.k;
  if (k === 'weekday' && invitedTo(c, x, p)) return true;
  if (!(p < x.a && c.lex.futureDayPrepositions.has(lo(c, p)))) return false;
  return k === 'weekday' || k === 'weekend' || ((k === 'monthDay' || k === 'month') && intentionInClause(c, x.a));
}

/**
 * Whether the weekday (its prepositions start at `p`) follows the event an invitation verb of its
 * clause invites to: verb, then an `invitationLinks` word that opens a noun phrase, then the day ("He
 * invited union leaders to talks at the palace on Monday", "Der Präsident lud die Gewerkschaften zu
 * Gesprächen am Montag ein"): the day of the talks, ahead of the invitation. Not a day before the link
 * ("invited reporters on Monday to a briefing": the day of the invitation) nor a to-infinitive.
 */
function invitedTo(c: RefineCtx, x: Cand, p: number): boolean {
  if (c.lex.invitationVerbs.size === 0) return false;
  const [ca] = c.clauseAt(x.a);
  let link = -1;
  for (let j = p - 1; j >= ca; j--) {
    const w = lo(c, j);
    if (link < 0 && c.lex.invitationLinks.has(w)) {
      const n = c.toks[j + 1];
      // (a noun phrase: an article or a capitalised noun in German, a lower-case noun or article in English; not "to visit")
      if (!n || n.kind !== 'word' || (c.lex.verbClauseTense ? false : c.lex.infinitiveMarkers.has(w) && !determinerWord(c, n.lo) && !n.lo.endsWith('s'))) return false;
      link = j;
    } else if (link >= 0 && c.lex.invitationVerbs.has(w)) return true;
  }
  // (German: the verb may stand after the day, its particle "ein" at the clause's end: "lud … am Montag ein")
  if (link >= 0 && c.lex.verbClauseTense) for (let j = ca; j < link; j++) if (c.lex.invitationVerbs.has(lo(c, j))) return true;
  return false;
}

/** Pending kinds a deadline or starting-point preposition can put ahead. */
const SCHEDULED_KINDS: ReadonlySet<string> = new Set(['monthDay', 'month', 'weekday', 'weekend', 'season', 'quarter']);

/**
 * "Zum 1. Januar steigen die Preise", "ab März gilt", "by January 31", "bis Freitag Zeit haben", "has
 * until Tuesday to register": a date after a deadline or starting-point preposition (or the word
 * before the expression when it is no preposition of the span) in a clause without past tense of its
 * own lies ahead (the present names a schedule). Not a fronted adverbial set off by a comma ("By
 * January, prices had doubled", "Zum 1. Januar, teilte das Amt mit, wurde …"): its clause holds no
 * verb, so it tells nothing about the tense, and the ordinary resolution decides.
 */
function scheduled(c: RefineCtx, x: Cand, p: number): boolean {
  const k = x.pending?.k;
  if (k === undefined || !SCHEDULED_KINDS.has(k)) return false;
  const deadline = p < x.a ? p : x.a - 1;
  // (the end of a month range is mostly a habit: "Die Regenzeit dauert von Juni bis September")
  if (!c.lex.futureDatePrepositions.has(lo(c, deadline)) || monthRangeEnd(c, x)) return false;
  const [ca, cb] = c.clauseAt(x.a);
  let verbless = true;
  for (let j = ca; j < cb && verbless; j++) if ((j < deadline || j >= x.b) && c.toks[j]!.kind !== 'punct') verbless = false;
  if (verbless) return false;
  const clauseOnly = k === 'month' || k === 'monthDay' || k === 'quarter';
  const ownTense = k === 'weekday' || k === 'weekend' || k === 'season' ? c.tenseAt(x.a, true) : c.tenseAt(x.a, clauseOnly);
  return ownTense !== 'past';
}

/**
 * Step 3: a weekday ahead in a sentence that named an earlier, past day is counted from that day, the
 * day the plan was made or told ("Sie reiste am Montag nach Kiew, um am Dienstag Selenskyj zu
 * treffen", "said on Monday it would close the plant on Tuesday": the Tuesday after that Monday).
 * Only in news, when that day was told in a past clause (not "Seit Sonntag wird gestreikt") and the
 * plan is no present future of its own clause ("der bis Dienstag dauern soll", "is expected to last
 * until Tuesday": counted from the reference day).
 */
function countsFromToldDay(c: RefineCtx, x: Cand, tense: Tense | null, ref: Ymd | null, days: SentenceDays): days is SentenceDays & { day: Ymd } {
  const k = x.pending?.k;
  if (k === undefined || !DAY_KINDS.has(k) || tense !== 'future' || x.dir !== undefined || c.narrative) return false;
  if (days.day === null || !days.told || ref === null || dayNumber(days.day) >= dayNumber(ref)) return false;
  const [ca, cb] = c.clauseAt(x.a);
  return tenseOf(c.toks, ca, cb, c.lex) !== 'future';
}

/**
 * Step 4: the day a resolved value names becomes the sentence's day for the expressions after it. A
 * clock names the day only when it was joined to one ("began at 4 a.m. on Saturday and continued
 * until noon"; a lone clock took its day from here or the publication day). A night (its own day's
 * "TNI", or the night to a day) or a clock from 18:00 on makes the next day the morning's.
 */
function noteSentenceDay(c: RefineCtx, x: Cand, kind: string | undefined, days: SentenceDays): void {
  const v = nightValue(x);
  if (v === null || !PATTERNS.dayPrefix.test(v) || (PATTERNS.clockValue.test(v) && kind === 'clock')) return;
  const day = parseYmd(v.slice(0, 10));
  if (!day) return;
  const p = prepositionStart(c, x.a, 0);
  const since = p < x.a && c.lex.pastPrepositions.has(lo(c, p));
  days.day = day;
  days.told = !since && c.tenseAt(x.a) === 'past';
  const hour = PATTERNS.clockValue.test(v) ? Number(v.slice(-5, -3)) : NaN;
  days.morning = v.endsWith('TNI') || hour >= 18 ? addDays(day, 1) : null;
}

/**
 * A starting point after "seit"/"since" lies before the publication day: a day or month without a
 * year that the nearest-date window put just ahead ("since Nov. 28" on 25 November, "seit dem 3.
 * Dezember") is the previous year's. (News only: a narrative's running date can be any day.)
 */
function sinceNotAhead(c: RefineCtx, x: Cand, kind: string | undefined): void {
  if (c.narrative || !c.pub || (kind !== 'monthDay' && kind !== 'month') || x.dir !== undefined || !x.value) return;
  const p = prepositionStart(c, x.a, 0);
  if (!(p < x.a && c.lex.pastPrepositions.has(lo(c, p)))) return;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(x.value);
  if (!m || x.value <= fmtDay(c.pub)) return;
  const y = Number(m[1]) - 1;
  if (m[3] !== undefined && !validDate(y, Number(m[2]), Number(m[3]))) return;
  x.value = `${fmtYear(y)}${x.value.slice(4)}`;
}

/**
 * Whether a narrative's bare weekday is told as lying before the running day: after "seit"/"since"
 * (`pastPrepositions`), or in a clause in the past perfect ("Am Sonntag hatte es bereits gebrannt"
 * after Wednesday 8 May: 5 May), so the weekday is not the next one but the last (the ordinary past
 * resolution).
 */
function toldBefore(c: RefineCtx, x: Cand, kind: string | undefined): boolean {
  if (kind !== 'weekday' || c.narrative !== true) return false;
  const p = prepositionStart(c, x.a, 0);
  if (p < x.a && c.lex.pastPrepositions.has(lo(c, p))) return true;
  const [ca, cb] = c.clauseAt(x.a);
  return pluperfectIn(c.toks, ca, cb, c.lex);
}

/**
 * Refiner 3: fills pending values, in this order: the reference day (step 1), the tense that decides
 * the direction (step 2: explicit direction words were read by the parsers; then "seit"/"since",
 * plans and schedules, clause tense, sentence tense), a weekday counted from a day the sentence told
 * (step 3), `resolvePending` (nearest day, month or season in that direction), and the sentence's day
 * for what follows (step 4). A range's second end is then kept after its first, and a narrative's
 * running date moves with every absolute value, inside the sentence too.
 */
export const resolve: Refiner = (c0, cands) => {
  const opened = startAnchor(c0);
  let anchor = opened;
  let prev: { x: Cand; k: string | undefined } | null = null;
  const days: SentenceDays = { day: null, told: false, morning: null };
  let prevKind: Cand | null = null;
  // the context of the running anchor, copied again only when the anchor moves
  let c = withAnchor(c0, anchor);
  let cAnchor = anchor;
  for (const x of cands) {
    const kind = x.pending?.k;
    if (anchor !== cAnchor) {
      c = withAnchor(c0, anchor);
      cAnchor = anchor;
    }
    // a narrative's offset counts from the running date, which an earlier expression of the sentence moved
    if (x.offset && anchor !== opened) recount(c, x, x.offset);
    // (a value the parser decided needs neither: `resolvePending` and `countsFromToldDay` ask them of pending values only)
    const ref = x.pending ? referenceDay(c, x, days) : null;
    const tense = x.pending ? directionTense(c, x) : null;
    resolvePending(x, countsFromToldDay(c, x, tense, ref, days) ? days.day : ref, tense, c.narrative === true, c.anchorGran !== 'Y', c.anchorGran === 'D' && !toldBefore(c, x, kind));
    // "seit Mitternacht", "since midnight": the midnight that opened the day, not the one that ends it
    if (x.pending?.k === 'clock' && x.pending.h === 24 && x.value?.endsWith('T24:00') && c.lex.pastPrepositions.has(lo(c, x.a - 1))) x.value = `${x.value.slice(0, -5)}00:00`;
    sinceNotAhead(c, x, kind);
    noteSentenceDay(c, x, kind, days);
    if (prev) rangeEndAfterStart(c, prev.x, prev.k, x, kind);
    prev = { x, k: kind };
    if (movesAnchor(c0, x.a)) anchor = nextAnchor(anchor, nightValue(x));
    if (prevKind) yearFromNext(prevKind, x);
    prevKind = kind === 'month' || kind === 'monthDay' ? x : null;
  }
  return cands;
};

/** Counts a narrative's offset again from the running date of `c`, keeping a clock the refiners joined to it ("the following day at noon"). */
function recount(c: Ctx, x: Cand, o: NonNullable<Cand['offset']>): void {
  const v = offsetValue(c, o);
  if (v === null) return;
  const clock = x.value !== null && x.value.length > 10 && x.value[10] === 'T' && o.part === undefined ? x.value.slice(10) : '';
  x.value = v + (v.length === 10 ? clock : '');
}

/**
 * Refiner 3a: a named hour that is also a part of the day ("Mittag", "midday": `clockNames` and
 * `dayParts`) is that part, TMI as TIMEX3 has midday ("am Mittag", "gegen Mittag", "bis Mittag", "am
 * Montag gegen Mittag"); it is read as a clock so that it takes its day as a clock does. "noon" and
 * "12 Uhr mittags" stay T12:00.
 */
export const namedHourPart: Refiner = (c, cands) => {
  for (const x of cands) {
    if (x.value === null || !PATTERNS.clockValue.test(x.value)) continue;
    for (let k = x.a; k < x.b; k++) {
      const w = lo(c, k);
      const part = c.lex.clockNames.has(w) ? c.lex.dayParts.get(w) : undefined;
      if (part === undefined) continue;
      x.value = `${x.value.slice(0, -6)}T${part}`;
      break;
    }
  }
  return cands;
};

/** Units of a TIMEX3 duration, largest first, and whether each is a time unit (after "T"). */
const DURATION_UNITS: readonly (readonly [string, boolean])[] = [['Y', false], ['M', false], ['W', false], ['D', false], ['H', true], ['M', true], ['S', true]];

/** The rank in {@link DURATION_UNITS} and the count of a one-unit duration ("P6Y" → [0, 6], "PT30M" → [5, 30]), or null. */
function durationUnit(v: string | null): [number, string] | null {
  const m = v === null ? null : /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(v);
  if (!m) return null;
  const rank = DURATION_UNITS.findIndex(([u, time]) => u === m[3] && time === (m[1] === 'T'));
  return rank < 0 ? null : [rank, m[2]!];
}

/**
 * Two durations joined by a `durationJoins` word whose units descend make one duration ("zu sechs
 * Jahren und drei Monaten Haft": P6Y3M, "two months and 10 days": P2M10D, "two hours and 30 minutes":
 * PT2H30M); not a range ("two to three months") nor the same unit twice ("a year and a year").
 */
export const joinDurations: Refiner = (c, cands) => {
  if (c.lex.durationJoins.size === 0) return cands;
  const sorted = [...cands].sort((x, y) => x.a - y.a);
  const gone = new Set<Cand>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const x = sorted[i]!;
    const y = sorted[i + 1]!;
    if (gone.has(x) || x.type !== 'DURATION' || y.type !== 'DURATION' || x.mod !== null || y.mod !== null) continue;
    if (y.a !== x.b + 1 || !c.lex.durationJoins.has(lo(c, x.b))) continue;
    const ux = durationUnit(x.value);
    const uy = durationUnit(y.value);
    if (!ux || !uy || uy[0] <= ux[0]) continue;
    let value = 'P';
    let timed = false;
    for (const [rank, n] of [ux, uy]) {
      const [unit, time] = DURATION_UNITS[rank]!;
      if (time && !timed) {
        value += 'T';
        timed = true;
      }
      value += n + unit;
    }
    x.value = value;
    x.b = y.b;
    if (y.subEnd !== undefined) x.subEnd = y.subEnd;
    x.rule = `${x.rule}+join`;
    gone.add(y);
    sorted[i + 1] = x;
  }
  return gone.size === 0 ? cands : cands.filter((x) => !gone.has(x));
};

/**
 * A month or day without a year right before a year of its own ("in March last year", "since Nov. 28
 * last year", "on March 3 this year": two expressions) is in that year.
 */
function yearFromNext(x: Cand, y: Cand): void {
  if (y.a !== x.b || !y.value || !/^\d{4}$/.test(y.value) || !x.value || !/^\d{4}-\d{2}/.test(x.value)) return;
  const d = x.value.length >= 10 ? Number(x.value.slice(8, 10)) : 1;
  if (!validDate(Number(y.value), Number(x.value.slice(5, 7)), d)) return;
  x.value = `${y.value}${x.value.slice(4)}`;
}

/**
 * The second end of a range without a year never lies before the first ("from May 1 to August 16"
 * in a past clause: August of the same year as May, not of the year before): it takes the first
 * end's year, or the next one when its month comes earlier in the year ("von November bis März").
 */
function rangeEndAfterStart(c: Ctx, x: Cand, xKind: string | undefined, y: Cand, yKind: string | undefined): void {
  const dated = (k: string | undefined): boolean => k === 'month' || k === 'monthDay';
  const weekdays = xKind === 'weekday' && yKind === 'weekday';
  // (a clock joined to a day keeps the day's kind: "6 p.m. on Sunday")
  const clocks = xKind === 'clock' && y.value !== null && PATTERNS.clockValue.test(y.value);
  if ((!weekdays && !clocks && (!dated(xKind) || !dated(yKind))) || x.dir !== undefined || y.dir !== undefined || !x.value || !y.value) return;
  const linkEnd = c.lex.articles.has(lo(c, x.b + 1)) || c.lex.prepositions.has(lo(c, x.b + 1)) ? x.b + 2 : x.b + 1;
  const link = lo(c, x.b);
  if (y.a !== linkEnd || !(c.lex.rangeWords.has(link) || (clocks && c.lex.dayEndPrepositions.has(link)))) return;
  if (clocks) {
    if (!PATTERNS.clockValue.test(x.value) || !PATTERNS.clockValue.test(y.value)) return;
    // "from 8 a.m. to 6 p.m. on Sunday": a lone first clock takes the day joined to the second
    if ((x.rule === 'clock' || x.rule === 'clock-list') && y.rule !== 'clock') x.value = y.value.slice(0, 10) + x.value.slice(10);
    // "von 22 Uhr bis 6 Uhr morgens", "from 9 p.m. until 6 a.m.": an end before the start on the same
    // day is the next morning's
    if (x.value.slice(0, 10) === y.value.slice(0, 10) && y.value.slice(11) < x.value.slice(11)) {
      const d = parseYmd(y.value.slice(0, 10));
      if (d) y.value = fmtDay(addDays(d, 1)) + y.value.slice(10);
    }
    return;
  }
  if (weekdays) {
    // "between 6am on Monday and 6am on Tuesday", "von Sonntag bis Donnerstag": tense alone can put
    // the second day before the first. A range that starts on the reference day or later ends on the
    // next such weekday after its start; one that started before it began the week before its end
    const d1 = parseYmd(x.value.slice(0, 10));
    const d2 = parseYmd(y.value.slice(0, 10));
    if (!d1 || !d2 || dayNumber(d2) >= dayNumber(d1)) return;
    if (c.pub && dayNumber(d1) >= dayNumber(c.pub)) y.value = fmtDay(addDays(d2, 7)) + y.value.slice(10);
    else x.value = fmtDay(addDays(d1, -7)) + x.value.slice(10);
    return;
  }
  if (!PATTERNS.year4.test(x.value.slice(0, 4)) || !PATTERNS.year4.test(y.value.slice(0, 4)) || y.value.slice(0, 7) >= x.value.slice(0, 7)) return;
  const xy = Number(x.value.slice(0, 4));
  const rest = y.value.slice(4);
  const year = rest.slice(0, 3) < x.value.slice(4, 7) ? xy + 1 : xy;
  y.value = `${fmtYear(year)}${rest}`;
}

/**
 * The value an expression has once the night-before shift is applied: the night to a day ("in der
 * Nacht zum Mittwoch", "in der Nacht auf den 22. Juni", "the night to June 6", "overnight" in a past
 * report) begins on the day before, as the full form "in der Nacht vom 21. auf den 22. Juni" says
 * (`…-21TNI`). Parsers and resolution only mark such an expression (`nightBefore`) and give the day
 * it leads to; this is the one place that moves it back. A narrative's running date follows the
 * shifted value, so the anchor updates before the refiner runs ask here too.
 */
export function nightValue(x: Cand): string | null {
  const v = x.value;
  if (!x.nightBefore || v === null || !PATTERNS.dayPrefix.test(v)) return v;
  return dayBefore(v.slice(0, 10)) + v.slice(10);
}

/** Refiner 3b: applies the night-before shift ({@link nightValue}) once every day is resolved. */
export const shiftNightBefore: Refiner = (_c, cands) =>
  cands.map((x) => {
    if (!x.nightBefore) return x;
    const { nightBefore: _n, ...rest } = x;
    return { ...rest, value: nightValue(x) };
  });

/**
 * Refiner 4: drops FUTURE_REF adverbs in past-tense clauses ("his government soon collapsed"), and
 * reads a narrative's "in den nächsten Tagen" there as an uncounted stretch (PXD); "in"
 * with a counted period is the period itself, not the date that far ahead, in a past clause or after a
 * superlative (`withinCues`: "rivers rose to their highest levels in 80 years", "for the first time in
 * 30 years"): DURATION.
 */
export const dropFutureInPast: Refiner = (c, cands) => {
  const out: Cand[] = [];
  for (const x of cands) {
    if (x.value === 'FUTURE_REF' && x.rule === 'vague-word' && c.tenseAt(x.a) === 'past') continue;
    // a narrative's "in den nächsten Tagen", "in the coming weeks" in a past clause: the days after the
    // story's running date, not the writer's future; an uncounted stretch of them, as "in den folgenden
    // Tagen" (PXD)
    const unit = x.rule === 'vague-phrase' && x.value === 'FUTURE_REF' && c.narrative ? unitAt(c, x.b - 1) : null;
    if (unit?.plural && c.tenseAt(x.a) === 'past') {
      out.push({ ...x, type: 'DURATION', value: durationValue(null, unit.unit), rule: 'vague-phrase-narrative-past' });
      continue;
    }
    // (not in a clause that reports a plan: "announced elections in six months", "kündigte Wahlen
    // in sechs Monaten an" name the date that far ahead)
    if (x.within !== undefined && ((c.tenseAt(x.a, true) === 'past' && !intentionInClause(c, x.a)) || withinCueBefore(c, x.a) || ordinalWithin(c, x.a))) {
      out.push({ ...x, type: 'DURATION', value: x.within, rule: 'in-period' });
      continue;
    }
    out.push(x);
  }
  return out;
};

/**
 * Whether a present form stands between the weekday and the clause's last past cue before it (English;
 * `progressiveAuxiliaries`, `relativeMarkers`): the progressive "is travelling" after "said" ("A
 * spokesperson said the minister is travelling to Brussels on Thursday": the coming Thursday), or a
 * verb in -s after a relative marker that opens the clause ("a truce that takes effect on Friday").
 * A past cue or an anchor preposition after it wins again ("is travelling, said on Monday" is no
 * present for Monday); a possessive weekday names an event (`possessive`).
 */
function presentBefore(c: RefineCtx, x: Cand): boolean {
  if ((c.lex.progressiveAuxiliaries.size === 0 && c.lex.relativeMarkers.size === 0) || possessive(c, x)) return false;
  const [ca] = c.clauseAt(x.a);
  let present = false;
  let pastSeen = false;
  // (the last past form was a report verb: a noun and a present form after it open its reported clause)
  let reportSeen = false;
  // (the last past form was a participle that describes the clause's subject: its verb is still to come)
  let reduced = false;
  for (let j = ca; j < x.a; j++) {
    const t = c.toks[j]!;
    if (t.kind !== 'word') continue;
    const next = c.toks[j + 1];
    const lowerNext = next !== undefined && next.kind === 'word' && next.text === next.lo;
    // (an anchor preposition opens the phrase of an earlier event: "The ruling comes after protests on Tuesday")
    // (and a deed told as done: "blames the government for launching the attack on Sunday", "claims to have shot down …")
    if (pastFormAt(c, j) || c.lex.anchorPrepositions.has(t.lo) || pastDeedAt(c.toks, ca, j, c.lex)) {
      present = false;
      pastSeen = true;
      reportSeen = c.lex.reportVerbForms.has(t.lo);
      reduced = pastFormAt(c, j) && reducedRelativeAt(c, ca, j);
    }
    if (c.lex.progressiveAuxiliaries.has(t.lo) && lowerNext && hasShape(next.lo, c.lex.progressiveForm)) present = true;
    // (a verb: no past cue, perfect auxiliary or determiner: "that has ended", "that this happened")
    const verbS = lowerNext && hasShape(next.lo, c.lex.presentThirdPerson) && !c.lex.pastCues.has(next.lo) && !c.lex.havePerfectAuxiliaries.has(next.lo) && !c.lex.perfectAuxiliaries.has(next.lo) && !c.lex.nounDeterminers.has(next.lo);
    if (j === ca && c.lex.relativeMarkers.has(t.lo) && verbS) present = true;
    // "said the minister leaves on Sunday": a present form after a lower-case noun (a capitalised word
    // before it may be an adjective of a plural: "said Kenyan officials on Sunday"), or after a name
    // when no past form or anchor came before it in the clause ("President Ruto travels to Mogadishu
    // on Friday, his office said": the subject, not the object of a report verb). After a past verb
    // that reports nothing the noun and the -s form are its object ("Police arrested two opposition
    // leaders on Monday": a plural, no present verb)
    if (j > ca && !c.headline && ((t.text === t.lo && (!pastSeen || reportSeen)) || !pastSeen || reduced) && presentFormAt(c, j + 1)) present = true;
  }
  // (not when a past form follows the weekday in its clause: "said local residents on Sunday reported")
  if (present) {
    const [, cb] = c.clauseAt(x.a);
    for (let j = x.b; j < cb; j++) if (pastFormAt(c, j)) return false;
  }
  return present;
}

/**
 * Whether the past form at j is a participle that describes the clause's subject (English reduced relative): the clause
 * opens with a determiner and at most two lower-case words before it, and a preposition follows it, not an object ("The
 * agreement signed on Monday takes effect on Friday", "The new truce agreed in Doha holds"; not "The police detained 40
 * protesters on Monday").
 */
function reducedRelativeAt(c: RefineCtx, ca: number, j: number): boolean {
  if (j - ca < 2 || j - ca > 3 || !determinerWord(c, lo(c, ca))) return false;
  for (let k = ca + 1; k < j; k++) if (c.toks[k]!.kind !== 'word' || c.toks[k]!.text !== c.toks[k]!.lo) return false;
  const next = lo(c, j + 1);
  return c.lex.prepositions.has(next) || c.lex.anchorPrepositions.has(next) || c.lex.judgementPrepositions.has(next);
}

/** Whether token j is a past form: a listed past cue or a lower-case word of the `regularPast` shape ("reported"). */
function pastFormAt(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  return t !== undefined && (c.lex.pastCues.has(t.lo) || (t.text === t.lo && hasShape(t.lo, c.lex.regularPast)));
}

/**
 * Whether token j is an English present form in -s after a word that can be its subject's noun: no
 * determiner, preposition (an anchor one too: "after protests"), number or `pluralNounAfter` word, nor a past form ("told reporters"),
 * nor a hyphenated compound ("anti-ship missiles"); not a report verb ("says Tuesday" tells the day just past).
 */
function presentFormAt(c: Ctx, j: number): boolean {
  const t = c.toks[j];
  const prev = c.toks[j - 1];
  if (!t || !prev || t.kind !== 'word' || t.text !== t.lo || prev.kind !== 'word') return false;
  // a hyphenated compound before it modifies a plural noun ("anti-ship missiles", "pro-government
  // protesters", "two-day talks"): no subject and its verb
  if (prev.lo.length > 2 && prev.lo.slice(1, -1).includes('-')) return false;
  if (determinerWord(c, prev.lo) || c.lex.prepositions.has(prev.lo) || c.lex.anchorPrepositions.has(prev.lo) || c.lex.earlierAnchors.has(prev.lo) || c.lex.pluralNounAfter.has(prev.lo) || c.lex.pastCues.has(prev.lo) || hasShape(prev.lo, c.lex.regularPast)) return false;
  if (c.lex.pastCues.has(t.lo) || c.lex.havePerfectAuxiliaries.has(t.lo) || c.lex.perfectAuxiliaries.has(t.lo) || c.lex.presentReportVerbs.has(t.lo)) return false;
  return hasShape(t.lo, c.lex.presentThirdPerson);
}

/**
 * Whether a weekday's own clause holds a verb of its own, so that it does not borrow another
 * clause's tense (`verbClauseTense`, German: a reported past takes an auxiliary, "habe am Montag
 * getagt", which the tense cues see; a reported clause without one is present, "Ein Sprecher
 * erklärte, das Kabinett tage am Montag": the coming Monday). A verb is a lower-case word that is
 * no preposition, article or conjunction, outside the expression.
 */
function ownClauseVerb(c: RefineCtx, x: Cand): boolean {
  if (!c.lex.verbClauseTense) return false;
  const f = c.clauseFacts(x.a);
  const outside = (j: number): boolean => j < x.a || j >= x.b;
  // an infinitive clause has no tense of its own ("Es gelang ihnen, am Sonntag die Grenze zu überqueren");
  // a weak preterite the cue lists miss ("Unbekannte entwendeten am Sonntag …"; not an adjective
  // before its noun): the clause may well be past, so it borrows the sentence's tense as before
  return !f.infinitive && !f.weakPreterites.some(outside) && f.verbs.some(outside);
}

/**
 * Whether the expression's clause is a German conjunct that ends in a past participle ("ge-" forms,
 * also after a separable prefix; forms in -t with an inseparable prefix or in -iert: "und sie im Juni
 * wieder geöffnet", "und ihn im Juni um vier Monate verlängert", "und im Juni ratifiziert"). The
 * caller asks for a past sentence, whose auxiliary the conjunct shares.
 */
function participleConjunct(c: RefineCtx, x: Cand): boolean {
  const [ca, cb] = c.clauseAt(x.a);
  let j = cb - 1;
  while (j > ca && c.toks[j]!.kind !== 'word') j--;
  if (j < x.b || !participleAt(c, j)) return false;
  // (an auxiliary of its own makes it a clause of its own: "und wird im Juni ratifiziert")
  const lx = c.lex;
  for (let k = ca; k < cb; k++) {
    const w = lo(c, k);
    if (lx.futureCues.has(w) || lx.passiveAuxiliaries.has(w) || lx.perfectAuxiliaries.has(w) || lx.havePerfectAuxiliaries.has(w) || lx.pastCues.has(w) || lx.modalVerbs.has(w)) return false;
  }
  return true;
}

/** Whether token j, the last word of its clause, has a past participle's shape (in German a verb there is non-finite in a main clause). */
function participleAt(c: Ctx, j: number): boolean {
  const t = c.toks[j]!;
  const w = t.lo;
  if (t.text !== w || w.length < 6 || !(w.endsWith('t') || w.endsWith('en'))) return false;
  const ge = (at: number): boolean => c.lex.participlePrefixes.some((g) => w.startsWith(g, at));
  if (ge(0) || c.lex.separablePrefixes.some((p) => w.startsWith(p) && ge(p.length))) return true;
  return w.endsWith('t') && (c.lex.inseparablePrefixes.some((p) => w.startsWith(p)) || c.lex.participleSuffixes.some((e) => w.endsWith(e)));
}

/** The clause facts of `[ca, cb)` (see {@link ClauseFacts}). */
function clauseFactsOf(c: Ctx, ca: number, cb: number): ClauseFacts {
  const verbs: number[] = [];
  const weakPreterites: number[] = [];
  const presents: number[] = [];
  let infinitive = c.lex.verbClauseTense && endsInZuInfinitive(c.toks, ca, cb, c.lex);
  const anchors: number[] = [];
  let report = false;
  for (let j = ca; j < cb; j++) {
    const t = c.toks[j]!;
    if (c.lex.presentReportVerbs.has(t.lo)) report = true;
    if (c.lex.anchorPrepositions.has(t.lo)) anchors.push(j);
    // (a present auxiliary or copula with whatever follows: "is meeting", "are due", "is held", "is in November")
    if (c.lex.progressiveAuxiliaries.has(t.lo) || (j > ca && t.kind === 'word' && t.text === t.lo && presentFormAt(c, j))) presents.push(j);
    if (!c.lex.verbClauseTense) continue;
    if (infinitiveAt(c, j)) infinitive = true;
    if (t.kind !== 'word' || t.text !== t.lo || t.lo.length < 3) continue;
    if (c.lex.prepositions.has(t.lo) || determinerWord(c, t.lo) || c.lex.clauseBreakers.has(t.lo) || c.lex.approx.has(t.lo) || c.lex.today.has(t.lo) || c.lex.dayOffsets.has(t.lo) || c.lex.clauseAdverbs.has(t.lo)) continue;
    if (attributiveAdjective(c, j)) continue;
    const next = c.toks[j + 1];
    if (weakPreteriteAt(c, j) && !(next && next.kind === 'word' && next.text !== next.lo)) weakPreterites.push(j);
    else verbs.push(j);
  }
  const verbSet = new Set([...verbs, ...weakPreterites]);
  const presentSet = new Set(presents);
  // per token of the clause: 0 not asked yet, 1 a phrase verb, 2 none
  const phrase = new Uint8Array(cb - ca);
  const phraseVerb = (k: number): boolean => {
    if (k < ca || k >= cb) return false;
    if (phrase[k - ca] === 0) phrase[k - ca] = phraseVerbAt(c, verbSet, presentSet, k) ? 1 : 2;
    return phrase[k - ca] === 1;
  };
  let harm = false;
  for (let j = ca; j < cb; j++) {
    // ("to die", "could die": a harm only spoken of, not reported)
    if (!harm && c.lex.harmWordsByFirst.get(lo(c, j))?.some((w) => wordsAt(c, j, w)) === true && !c.lex.infinitiveMarkers.has(lo(c, j - 1)) && !c.lex.modalVerbs.has(lo(c, j - 1))) harm = true;
  }
  return { infinitive, verbs, weakPreterites, presents, anchors, report, phraseVerb, harm };
}

/**
 * Whether token j is an inflected adjective before its noun: after a determiner, preposition or
 * another inflected adjective, and before a capitalised word or one more such adjective and its noun
 * ("Die heftigen Proteste am Sonntag", "nach den schweren Kämpfen", "bei den beiden schweren
 * Angriffen"). It is no verb of the clause, which then borrows the sentence's tense; a verb after a
 * fronted time has a noun before it, not a determiner ("Am Montag beraten Minister").
 */
function attributiveAdjective(c: Ctx, j: number): boolean {
  const prev = lo(c, j - 1);
  if (!inflectedAdjective(c, j) || !(determinerWord(c, prev) || c.lex.prepositions.has(prev) || inflectedAdjective(c, j - 1))) return false;
  const noun = (i: number): boolean => c.toks[i]?.kind === 'word' && c.toks[i]!.text !== c.toks[i]!.lo;
  return noun(j + 1) || (inflectedAdjective(c, j + 1) && noun(j + 2));
}

/**
 * Whether token j is an infinitive marker before an infinitive: a lower-case word of the
 * `infinitiveForm` shape that is no article, determiner or preposition ("zu überqueren"; not the
 * preposition in "zu Beginn der Woche", "zu den Gesprächen", "zu seinen Anhängern").
 */
function infinitiveAt(c: Ctx, j: number): boolean {
  if (!c.lex.infinitiveMarkers.has(lo(c, j))) return false;
  const v = c.toks[j + 1];
  if (!v || v.kind !== 'word' || v.text !== v.lo || determinerWord(c, v.lo) || c.lex.prepositions.has(v.lo)) return false;
  return hasShape(v.lo, c.lex.infinitiveForm);
}

/** Whether the clause around token a holds an intention verb ("announced", "kündigte … an", "sagte zu"). */
function intentionInClause(c: RefineCtx, a: number): boolean {
  const [ca, cb] = c.clauseAt(a);
  for (let j = ca; j < cb; j++) if (intentionAt(c.toks, j, c.lex)) return true;
  return false;
}

/**
 * Whether a `withinCues` sequence ends in the four words before token a: a superlative ("highest",
 * "the most", "the best") or a first time ("first time", "ersten Mal"). Words that are superlatives
 * only with a determiner are listed with one ("Most will return in two weeks", "at least once in two
 * weeks", "It would be best to decide in two months": no cue).
 */
function withinCueBefore(c: Ctx, a: number): boolean {
  // (four words: "the most serious such incident in nearly two years")
  for (let k = Math.max(0, a - 4); k < a; k++) {
    for (const cue of c.lex.withinCues) if (k + 1 >= cue.length && wordsAt(c, k + 1 - cue.length, cue)) return true;
  }
  return false;
}

/**
 * Rules of expressions that after an article modify the noun the article belongs to: a bare year
 * ("the 1990 election", "die 1945 gegründete Partei", "the 2025/26 season") and one-word adjectives ("die 30-tägige
 * Waffenruhe", "the ten-year plan", "die jahrelange Blockade", "die tägliche Lage", "die gestrige Sitzung").
 */
const ATTRIBUTIVE_RULES: ReadonlySet<string> = new Set(['year', 'year-range', 'year-period', 'duration-compound', 'duration-vague-word', 'set-word', 'vague-adjective', 'day-offset', 'present-adjective']);


/** Rules of a calendar date that can modify the noun after it ("the September 21 election", "the Feb. 1 coup"; and a period year: "the fiscal year 2027 budget"). */
const DATE_NOUN_RULES: ReadonlySet<string> = new Set(['month-day', 'month-year', 'month-day-year']);

/**
 * Whether token i is the noun a date before it modifies: a lower-case word (English; German nouns are
 * capitalised and follow no such date) that is no preposition, article, conjunction or past form
 * ("the September 21 election", "The March 2023 floods killed"; not "the March 3 he said").
 */
function nounAfterDate(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' || t.text !== t.lo || c.lex.countNounShape === 'capitalised') return false;
  return !c.lex.prepositions.has(t.lo) && !c.lex.articles.has(t.lo) && !c.lex.clauseBreakers.has(t.lo) && !pastFormAt(c, i) && !c.lex.presentReportVerbs.has(t.lo);
}

/** Rules of a plain year (with its noun or era), which an approximating preposition makes APPROX. */
const YEAR_RULES: ReadonlySet<string> = new Set(['year', 'year-noun', 'year-bc', 'year-ad']);

/** Whether an expression opens with a period part that takes no article ("Ende Juli", "Mitte 1943"; not "Ende des Jahres"). */
function barePeriodPart(c: Ctx, x: Cand): boolean {
  // an adjective ("the late 1980s", "die frühen 1990er") takes the article
  const w = lo(c, x.a);
  return c.lex.periodParts.has(w) && !c.lex.partAdjectives.has(w) && !c.lex.articles.has(lo(c, x.a + 1)) && x.rule.startsWith('part+');
}

/**
 * A premodifier between a preposition (or article) and its expression, where adjectives are
 * inflected: an inflected adjective or an indefinite or possessive determiner ("im kalten Winter",
 * "an einem Sonntag"; English "during his March 3 address" keeps "his" out: the year or date
 * modifies the noun after it).
 */
function premodifierAt(c: Ctx, i: number): boolean {
  const w = lo(c, i);
  return inflectedAdjective(c, i) || (c.lex.adjectiveEndings.length > 0 && determinerWord(c, w) && !c.lex.articles.has(w));
}

/** Refiner 5: includes the temporal preposition (and its article) in the span; records the span without it as `core`. */
export const extendPreposition: Refiner = (c, cands) => {
  let prevEnd = 0;
  for (const x of cands) {
    // "im kalten Winter 1946/47", "des heißen Sommers 1976": an inflected adjective between the
    // article (or preposition) and the expression premodifies its noun and belongs to it (TIMEX2:
    // premodifiers are part of the expression)
    // (not before an expression that itself modifies a noun: "der damalige 1990 gewählte Präsident")
    if (x.subStart === undefined && !ATTRIBUTIVE_RULES.has(x.rule) && x.a - 2 >= prevEnd && premodifierAt(c, x.a - 1) && (c.lex.articles.has(lo(c, x.a - 2)) || c.lex.prepositions.has(lo(c, x.a - 2)))) x.a--;
    // an expression that starts inside a token (the second end of "1939-1945") has no preposition;
    // nor has one that modifies the noun of the article before it (and of any preposition): a bare
    // year ("the 1990 election", "die 1945 gegründete Partei"), a period part used without an
    // article ("die Ende Juli beschlossene Reform"), a duration before an adjective ("die zwei Jahre
    // dauernde Belagerung")
    const articleBefore = x.a - 1 >= prevEnd && c.lex.articles.has(lo(c, x.a - 1));
    const attributive = articleBefore && (ATTRIBUTIVE_RULES.has(x.rule) || barePeriodPart(c, x) || (x.type === 'DURATION' && c.lex.durationAdjectives.has(lo(c, x.b))) || ((DATE_NOUN_RULES.has(x.rule) || c.lex.periodYearNouns.has(lo(c, x.a))) && nounAfterDate(c, x.b)));
    let a = x.subStart !== undefined || attributive ? x.a : prepositionStart(c, x.a, prevEnd);
    // the determiner belongs to the expression (TIMEX2/TIMEX3 extents): "The following day", "die 1960er
    // Jahre"; not a relative pronoun after a comma ("die Offensive, die Anfang Juli begann")
    if (a === x.a && articleBefore && !attributive && x.subStart === undefined && lo(c, a - 2) !== ',') a--;
    let core = a;
    // ("in the course of the day": also the article before the preposition's noun and a link after it that is no article)
    while (core < x.a && (c.lex.prepositions.has(lo(c, core)) || c.lex.prepositionNouns.has(lo(c, core)) || (c.lex.articles.has(lo(c, core)) && c.lex.prepositionNouns.has(lo(c, core + 1))) || (c.lex.prepositionNouns.has(lo(c, core - 1)) && c.lex.genitiveLinks.has(lo(c, core)) && !c.lex.articles.has(lo(c, core))))) core++;
    // "im Laufe des Jahres 1943": the article is the determiner of the genitive noun phrase the
    // complex preposition governs, so it stays in the extent (TIMEX2: determiners are part of the
    // expression, prepositions are not), as in "während des Jahres 1943"
    // "Zu Beginn des Jahres 1933": the phrase's own preposition is not part of the extent either
    if (core === x.a && x.b - x.a > 1 && c.lex.innerPrepositions.has(lo(c, core))) core++;
    // "um 1900", "um das Jahr 1000", "um 3000 v. Chr.": the preposition makes a year approximate
    if (a < x.a && x.mod == null && YEAR_RULES.has(x.rule) && c.lex.approxPrepositions.has(lo(c, a))) x.mod = 'APPROX';
    // "fast jeden Abend", "rund einstündigen", "nearly every night": an approximating word right before a set or a
    // one-word duration makes it APPROX and joins the span
    if (x.mod == null && (x.type === 'SET' || x.type === 'DURATION') && a === x.a && a - 1 >= prevEnd) {
      const ap = c.lex.approx.get(lo(c, a - 1));
      if (ap) {
        x.mod = ap;
        a = core = a - 1;
      }
    }
    // "gegen 7.20 Uhr", "am Dienstag gegen 7.20 Uhr", "at around 6:15 am": an approximating word before the clock
    // and before a bare part of the day ("gegen Mittag", "gegen Abend", "around midday": TMI, TEV with APPROX)
    const barePart = x.b - x.a === 1 && c.lex.dayParts.has(lo(c, x.a));
    if (x.mod == null && ((x.value !== null && PATTERNS.clockValue.test(x.value)) || barePart)) {
      for (let k = Math.max(prevEnd, a - 1); k < x.b; k++) {
        // (before a number, a named hour or a part of the day: "gegen Mitternacht", "around midnight"; not "gegen 10 Abgeordnete")
        if (!c.lex.clockApproxWords.has(lo(c, k)) || (c.toks[k + 1]?.kind !== 'number' && !c.lex.clockNames.has(lo(c, k + 1)) && !(barePart && k + 1 === x.a))) continue;
        x.mod = 'APPROX';
        if (k < a) a = core = k;
        break;
      }
    }
    // "frühestens 2027", "vor dem Sommer", "no later than March", "2027 at the earliest": a bound of a
    // date gives its mod and joins the span (not of a possessive, which names an event: "before Tuesday's vote")
    if (x.mod == null && x.type === 'DATE' && x.value !== null && PATTERNS.digits.test(x.value.slice(0, 4)) && !possessive(c, x)) {
      const before = boundBefore(c, a, prevEnd);
      const after = before ? null : boundAfter(c, x.b, cands);
      if (before) [x.mod, a] = [before.mod, before.at];
      else if (after) [x.mod, x.b] = [after.mod, after.at];
    }
    x.core = core;
    x.a = a;
    prevEnd = x.b;
  }
  return cands;
};

/** The longest `dateBoundsBefore` phrase that ends right before token `a` (not before `floor`): its mod and first token. */
function boundBefore(c: Ctx, a: number, floor: number): { mod: 'BEFORE' | 'AFTER'; at: number } | null {
  let best: { mod: 'BEFORE' | 'AFTER'; at: number } | null = null;
  for (const [words, mod] of c.lex.dateBoundsBefore) {
    const at = a - words.length;
    if (at >= floor && (!best || at < best.at) && wordsAt(c, at, words)) best = { mod, at };
  }
  return best;
}

/** The longest `dateBoundsAfter` phrase that starts at token `b` and overlaps no other expression: its mod and the token after it. */
function boundAfter(c: Ctx, b: number, cands: readonly Cand[]): { mod: 'BEFORE' | 'AFTER'; at: number } | null {
  let best: { mod: 'BEFORE' | 'AFTER'; at: number } | null = null;
  for (const [words, mod] of c.lex.dateBoundsAfter) {
    const at = b + words.length;
    if ((!best || at > best.at) && wordsAt(c, b, words) && !cands.some((y) => y.a >= b && y.a < at)) best = { mod, at };
  }
  return best;
}

/**
 * Where the span starts once its preposition is included: "am", "seit den", "In the", and up to two
 * prepositions in a row ("Bis zum"). Never reaches into the previous expression.
 */
function prepositionStart(c: Ctx, a: number, floor: number): number {
  let k = a;
  for (let n = 0; n < 2; n++) {
    // "um am Dienstag … zu treffen": before another preposition a purpose word opens a clause
    if (n === 1 && k < a && c.lex.purposeMarkers.has(lo(c, k - 1))) break;
    // "in the course of the", "over the course of the": article, noun, a link that is no article, article (and a preposition)
    if (k - 4 >= floor && c.lex.articles.has(lo(c, k - 1)) && c.lex.genitiveLinks.has(lo(c, k - 2)) && !c.lex.articles.has(lo(c, k - 2)) && c.lex.prepositionNouns.has(lo(c, k - 3)) && c.lex.articles.has(lo(c, k - 4))) k -= k - 5 >= floor && c.lex.prepositions.has(lo(c, k - 5)) ? 5 : 4;
    // "im Laufe des", "im Verlauf der": preposition, noun and article
    else if (k - 3 >= floor && c.lex.articles.has(lo(c, k - 1)) && c.lex.prepositionNouns.has(lo(c, k - 2)) && c.lex.prepositions.has(lo(c, k - 3))) k -= 3;
    // "im Laufe des Jahres": the expression is the article and noun, the complex preposition joins
    else if (k - 2 >= floor && c.lex.prepositionNouns.has(lo(c, k - 1)) && c.lex.prepositions.has(lo(c, k - 2))) k -= 2;
    else if (k - 2 >= floor && c.lex.articles.has(lo(c, k - 1)) && c.lex.prepositions.has(lo(c, k - 2))) k -= 2;
    else if (k - 1 >= floor && c.lex.prepositions.has(lo(c, k - 1))) k -= 1;
    else break;
  }
  return k;
}

/** How many characters of a date value a counted unit keeps ("Y": "1945", "M": "1945-05"); a finer unit needs a day and keeps the appositive's value. */
const UNIT_VALUE_LENGTH: Readonly<Record<string, number>> = { Y: 4, M: 7 };
const DAY_VALUE_LENGTH = 10;

/**
 * Refiner 5b: a narrative's counted offset restated by a date in apposition takes the date's value
 * ("Drei Jahre später, 1945, endete der Krieg", "Two days later, on June 24, the city fell"). The
 * offset counts from the last date the text gave, which is often not the one the writer counted from;
 * the appositive says which day or year was meant. The date must follow after a comma alone and close
 * with a comma or the sentence end (an apposition, not the next clause's date), and be as fine as the
 * offset's unit; the offset keeps its own granularity.
 */
export const restatedByAppositive: Refiner = (c, cands) => {
  for (let k = 0; k + 1 < cands.length; k++) {
    const x = cands[k]!;
    const y = cands[k + 1]!;
    if (x.rule !== 'later-anchored' || x.offset === undefined || y.type !== 'DATE' || y.value === null || !/^\d{4}/.test(y.value)) continue;
    if (c.toks[x.b]?.text !== ',' || y.a !== x.b + 1) continue;
    const after = c.toks[y.b];
    if (after !== undefined && after.text !== ',' && !/^[.;!?]$/.test(after.text)) continue;
    const keep = UNIT_VALUE_LENGTH[x.offset.unit];
    if (y.value.length < (keep ?? DAY_VALUE_LENGTH)) continue;
    x.value = keep === undefined ? y.value : y.value.slice(0, keep);
    x.rule = 'later-anchored+appositive';
  }
  return cands;
};

/** Refiner 6: keeps the longer of two overlapping expressions. */
export const removeOverlaps: Refiner = (_c, cands) => {
  // one sweep in start order: of two overlapping expressions the longer one stays (linear, so a
  // sentence with thousands of expressions costs no more than their number)
  const sorted = [...cands].sort((p, q) => p.a - q.a);
  const kept: Cand[] = [];
  for (const x of sorted) {
    const last = kept[kept.length - 1];
    // the two ends of a range inside one token share the token but not their characters
    const split = last !== undefined && last.subEnd !== undefined && x.subStart !== undefined && x.subStart >= last.subEnd;
    if (last && x.a < last.b && !split) {
      if (x.b - x.a > last.b - last.a) kept[kept.length - 1] = x;
    } else kept.push(x);
  }
  return kept;
};

/**
 * Whether a request's object and to-infinitive start at token j: an `intentionObjectLinks` word, up to
 * three words, then the infinitive marker and a verb ("on supporters to rally", "on the government to
 * resign"; not a determiner after the marker: "on Monday to the deal").
 */
function requestInfinitiveAt(c: Ctx, j: number, b: number): boolean {
  if (!c.lex.intentionObjectLinks.has(c.toks[j]?.lo ?? '')) return false;
  for (let k = j + 2; k <= j + 4 && k + 1 < b; k++) {
    const t = c.toks[k - 1]!;
    if (t.kind !== 'word' || c.lex.prepositions.has(t.lo)) return false;
    if (c.lex.infinitiveMarkers.has(c.toks[k]!.lo)) {
      const v = c.toks[k + 1]!;
      return v.kind === 'word' && v.text === v.lo && !c.lex.determiners.has(v.lo);
    }
  }
  return false;
}

/** The refiners in their documented order. */
export const REFINERS: readonly Refiner[] = [mergeParenthesisedDate, mergeClock, shareRangeYear, sameMonthYear, resolve, namedHourPart, shiftNightBefore, dropFutureInPast, joinDurations, extendPreposition, restatedByAppositive, removeOverlaps];

/** Builds the tense lookup of a sentence: clause tense, else sentence tense. */
export function tenseLookup(c: Ctx): { tenseAt: (i: number, clauseOnly?: boolean) => Tense | null; clauseAt: (i: number) => readonly [number, number]; clauseFacts: (i: number) => ClauseFacts; clauses: [number, number][]; clauseOf: Int32Array } {
  const clauses = clauseRanges(c.toks, c.lex);
  // token index → clause index, so that lookups stay constant-time in long sentences
  const clauseOf = new Int32Array(c.toks.length);
  clauses.forEach(([a, b], k) => clauseOf.fill(k, a, b));
  // the first future-in-the-past auxiliary of each clause (`futureInPastClauses`), found once, when
  // the first tense is asked (a sentence of absolute dates asks none)
  let firstFutureInPast: number[] | undefined;
  const futureInPastOf = (): number[] => (firstFutureInPast ??= futureInPastClauses(c, clauses));
  const memo = new Map<number, Tense | null>();
  const facts = new Map<number, ClauseFacts>();
  let sentence: Tense | null | undefined;
  return {
    clauses,
    clauseOf,
    clauseAt(i) {
      const k = i >= 0 && i < clauseOf.length ? clauseOf[i]! : -1;
      return clauses[k] ?? [0, c.toks.length];
    },
    clauseFacts(i) {
      const k = i >= 0 && i < clauseOf.length ? clauseOf[i]! : -1;
      let f = facts.get(k);
      if (!f) {
        const [a, b] = clauses[k] ?? [0, c.toks.length];
        f = clauseFactsOf(c, a, b);
        facts.set(k, f);
      }
      return f;
    },
    tenseAt(i, clauseOnly = false) {
      const k = i >= 0 && i < clauseOf.length ? clauseOf[i]! : -1;
      if (k < 0) return null;
      // "said it would hold a briefing on Friday": a future-in-the-past auxiliary before the
      // expression in its own clause makes it future
      const fip = futureInPastOf()[k]!;
      if (fip >= 0 && fip <= i) return 'future';
      let t = memo.get(k);
      if (t === undefined && !memo.has(k)) {
        const [a, b] = clauses[k]!;
        t = tenseOf(c.toks, a, b, c.lex);
        memo.set(k, t);
      }
      if (t || clauseOnly) return t ?? null;
      if (sentence === undefined) sentence = tenseOf(c.toks, 0, c.toks.length, c.lex);
      return sentence;
    },
  };
}

/**
 * The first future-in-the-past auxiliary of each clause ("said it would …"; -1: none), an intention
 * verb with its to-infinitive too ("agreed to meet again in January"); a zu-infinitive clause after an
 * intention verb ("hätten zugesagt, ihre Kämpfer bis Freitag abzuziehen") or opened by a purpose word
 * ("um am Montag abzureisen") looks ahead from its start.
 */
function futureInPastClauses(c: Ctx, clauses: readonly (readonly [number, number])[]): number[] {
  let intentionBefore = false;
  return clauses.map(([a, b]) => {
    // (after an intention verb a perfect one too: "hofft, den Streit bis Sonntag beigelegt zu haben")
    const infinitive = (intentionBefore && endsInZuInfinitive(c.toks, a, b, c.lex, true))
      || (c.lex.purposeMarkers.has(c.toks[a]?.lo ?? '') && endsInZuInfinitive(c.toks, a, b, c.lex));
    let found = infinitive ? a : -1;
    for (let j = a; j < b; j++) {
      const w = c.toks[j]!.lo;
      // (also a separable verb with its particle: "sagten zu, …", "sicherte zu, …")
      if (!intentionBefore && intentionAt(c.toks, j, c.lex)) intentionBefore = true;
      if (found >= 0) {
        if (intentionBefore) break;
        continue;
      }
      if (c.lex.futureInPastCues.has(w)) found = j;
      // (not "agreed to the deal on Monday": the word after "to" must be no determiner)
      else if (c.lex.intentionVerbs.has(w) && j + 2 < b && c.lex.infinitiveMarkers.has(c.toks[j + 1]!.lo) && c.toks[j + 2]!.kind === 'word' && !c.lex.determiners.has(c.toks[j + 2]!.lo)) found = j;
      // "called on supporters to rally on Thursday": a request to someone with its to-infinitive
      else if (c.lex.intentionVerbs.has(w) && requestInfinitiveAt(c, j + 1, b)) found = j;
    }
    return found;
  });
}
