import type { TimexMod } from '../../doc/types.js';
import { PATTERNS } from './patterns.js';
import { byFirstWord, cand, durationValue, glued, intOf, isCapitalised, isDigits, laterAt, lo, quantityAt, unitAt, withOpener, wordsAt, type Ctx, type GatedParser, type Parser } from './context.js';
import type { Unit } from './lexicon.js';
import { followingYearAt, pCentury, pDecade, pMonth, pQuarter, pSeason, pYear } from './parse-calendar.js';
import { offsetValue, pDayOffset, pRelPeriod, pWeekday, relPeriodCand, shifted } from './parse-relative.js';
import { decadeOf, relYearAfter, relYearValue, yearAfter } from './read.js';
import { fmtMonth, fmtYear } from './calendar.js';
import { canStart } from './trigger.js';

/*
 * Parsers of durations, sets, vague references and period parts ("Mitte Juli", "late Thursday").
 */

/** "acht Tage", "nearly 20 years", "two more years", "einige Wochen", bare "days", "Monate später". */
export const pDuration: GatedParser = withOpener((c, i) => {
  let j = i;
  let start = i;
  let mod: TimexMod | null = null;
  // "the past two months", "in den letzten drei Jahren": a direction word before a counted unit
  const dir = c.lex.direction.get(lo(c, j));
  // "die nächsten Tage", "in den letzten Jahren": the direction word belongs to a vague plural too
  if (dir !== undefined && dir !== 0 && (quantityAt(c, j + 1) || unitAt(c, j + 1)?.plural === true)) j++;
  // "the first nine months", "die ersten drei Wochen"
  else if (c.lex.ordinals.get(lo(c, j)) === 1 && quantityAt(c, j + 1)) j++;
  const ap = c.lex.approx.get(lo(c, j));
  if (ap !== undefined && quantityAt(c, j + 1)) {
    mod = ap;
    j++;
  } else {
    // "mehr als vier Jahre", "more than two years": part of the expression; a strict comparison
    // gives its mod (AFTER, BEFORE), a bound ("bis zu neun Jahre") none
    for (const words of byFirstWord(c.lex.quantityModifiers, lo(c, j))) {
      const k = words.length;
      if (wordsAt(c, j, words) && quantityAt(c, j + k)) {
        // "nicht länger als zwei Tage", "no more than three days": a negation turns the comparison
        // into a bound (no mod) and belongs to the expression (read from the comparison, so that the
        // frequent negation words need not open a parse)
        if (j === i && c.lex.negations.has(lo(c, i - 1)) && c.toks[i - 1]?.kind === 'word') start = i - 1;
        mod = start < i ? null : c.lex.comparativeMods.get(words.join(' ')) ?? null;
        j += k;
        break;
      }
    }
  }
  // "den ganzen Tag", "das ganze Jahr", "all day": one whole unit
  // (not a year noun before its number: "das ganze Jahr 1944" is the year 1944, whose adjective the
  // year's own parse takes in as a premodifier)
  const whole = c.lex.wholeWords.has(lo(c, j)) && unitAt(c, j + 1)?.plural === false && !(c.lex.yearNouns.has(lo(c, j + 1)) && yearAfter(c, j + 2) !== null);
  // "die ganze Nacht", "den ganzen Abend", "all night": one whole part of the day (a night counts as a
  // day, as "drei Nächte" does; another part as some hours); a noun in German ("morgen" is an adverb)
  const part = !whole && c.lex.wholeWords.has(lo(c, j)) ? c.lex.dayParts.get(lo(c, j + 1)) : undefined;
  // (not a part joined to its day: "all night on Sunday" is Sunday's night)
  if (part !== undefined && !(c.lex.dayPartLinks.has(lo(c, j + 2)) && c.toks[j + 3] !== undefined && canStart(c.lex, c.toks[j + 3]!)) && (c.lex.countNounShape !== 'capitalised' || isCapitalised(c, j + 1))) {
    return cand(start, j + 2, 'DURATION', part === 'NI' ? durationValue(1, 'D') : durationValue(null, 'H'), 'duration-whole-part');
  }
  const q = whole ? { n: 1, next: j + 1 } : quantityAt(c, j);
  let n: number | null = null;
  // "for at least ten years": a bound of frequent words, read leftwards from the quantity
  if (q && j === i && !whole) {
    const bound = c.lex.boundsBefore.find((words) => wordsAt(c, i - words.length, words));
    if (bound) start = i - bound.length;
  }
  if (q) {
    n = q.n;
    j = q.next;
    if (c.lex.durationFillers.has(lo(c, j))) j++;
    // "die Herrschaft der Hundert Tage": a capitalised numeral word inside a German sentence names something
    const qt = c.toks[q.next - 1];
    if (!whole && c.lex.countNounShape === 'capitalised' && qt?.kind === 'word' && isCapitalised(c, q.next - 1) && midSentence(c, q.next - 1)) return null;
  }
  const u = unitAt(c, j);
  if (!u) return null;
  if (!q && !u.plural) return null;
  if (c.lex.periodOnlyUnits.has(lo(c, j))) return null;
  // "the Thirty Years' War", "the Hundred Years' War": a capitalised unit inside the sentence with
  // a possessive before a capitalised noun names an event
  if (isCapitalised(c, j) && midSentence(c, i) && c.toks[j + 1]?.kind === 'quote' && glued(c, j) && isCapitalised(c, j + 2)) return null;
  // "erneut tagen": a lower-case unit in a language that capitalises nouns is another word (a verb)
  if (!q && c.lex.countNounShape === 'capitalised' && !isCapitalised(c, j)) return null;
  // "die Tage des Regimes": a bare plural after an article is a noun phrase, not a duration, unless
  // a later word tells the time ("in den Jahren danach", "in the weeks before": vague, PXY, PXW)
  if (!q && c.lex.articles.has(lo(c, j - 1)) && laterAt(c, j + 1) === 0) return null;
  // "der Hundert Tage": nor after a numeral that named something (rejected above)
  if (!q && quantityAt(c, j - 1)) return null;
  // "one years" is noise; "a two day visit" (a number with a singular unit) is an English compound
  if (n === 1 && u.plural) return null;
  if (n !== null && n > 10000) return null;
  j++;
  // "a year and a half", "an hour and a half": the fraction joined after the unit
  if (n !== null && Number.isInteger(n)) {
    const join = c.lex.numeralFractionJoins.find(([words]) => wordsAt(c, j, words));
    if (join) {
      n += join[1];
      j += join[0].length;
    }
  }
  // "75 Jahre alt", "nine years old", "five years of age": an age, not a time of the story
  if (c.lex.ageWords.has(lo(c, j)) || (c.lex.ageLinks.has(lo(c, j)) && c.lex.ageWords.has(lo(c, j + 1)))) return null;
  // "Kinder unter fünf Jahren", "Menschen über 65 Jahren": an age group after its noun
  const agePrep = c.lex.ageGroupPrepositions.has(lo(c, i)) ? i : c.lex.ageGroupPrepositions.has(lo(c, i - 1)) ? i - 1 : -1;
  if (agePrep > 0 && c.toks[agePrep - 1]?.kind === 'word' && isCapitalised(c, agePrep - 1) && midSentence(c, agePrep - 1)) return null;
  // "starb mit 84 Jahren": an age in years at an event (not before the noun it counts: "mit zwei Jahren
  // Verspätung"; other units are durations: "rechnet mit drei Tagen")
  if (q && u.unit === 'Y' && c.lex.ageAtPrepositions.has(lo(c, i - 1)) && !(c.toks[j]?.kind === 'word' && isCapitalised(c, j))) return null;
  const laterDir = laterAt(c, j);
  const later = laterDir !== 0;
  // "ein halbes Jahr später", "anderthalb Jahre danach", "half a day later": a fraction counts in the next smaller unit (6 months, 18 months)
  const fraction = later && c.narrative && n !== null && !Number.isInteger(n) ? wholeCount(n, u.unit) : null;
  if (fraction) return { ...cand(i, j + 1, 'DATE', offsetValue(c, { n: laterDir * fraction.n, unit: fraction.unit }), 'later-anchored'), offset: { n: laterDir * fraction.n, unit: fraction.unit } };
  if (later && c.narrative && n !== null && Number.isInteger(n) && n >= 1) {
    // "zwei Tage danach", "ein Jahr später", "two years earlier" in a narrative: the date that far
    // from the last date the text gave (in news they stay durations: the story's anchor is unknown);
    // a point all the same when the running date is too coarse for the unit (value null)
    // (after a running date coarser than the unit, at the running date's granularity: "Zwei Monate später" after "1866" is 1866)
    return { ...cand(i, j + 1, 'DATE', offsetValue(c, { n: laterDir * n, unit: u.unit }), 'later-anchored'), offset: { n: laterDir * n, unit: u.unit } };
  }
  if (later && c.narrative && n === null && SUB_DAY_UNITS.has(u.unit)) {
    // "wenige Stunden später", "a few minutes earlier", "Stunden danach": an uncounted stretch of
    // less than a day is still a point, the running date's day, as a counted one is ("Zwei Stunden
    // später"); a vague count of days or more names no day ("einige Tage später" stays PXD)
    return cand(i, j + 1, 'DATE', shifted(c, 0, u.unit), 'later-anchored-vague');
  }
  if (later) j++;
  // "drei Monate lang", and a bare plural ("Jahrhunderte lang", "months long"): the adverb belongs to the duration
  else if (c.lex.durationAfter.has(lo(c, j))) j++;
  const c0 = cand(start, j, 'DURATION', durationValue(n, u.unit), later ? 'duration-later' : whole ? 'duration-whole' : q ? (n === null ? 'duration-vague' : 'duration') : 'duration-bare');
  c0.mod = mod;
  return c0;
}, { words: (x) => [x.direction, x.ordinals, x.approx, x.quantityModifiers, x.wholeWords, x.numerals, x.vagueQuantifiers, x.units, x.pluralUnits], shapes: ['number'] });

/** Units shorter than a day: an uncounted number of them after a later word stays on the running date's day. */
const SUB_DAY_UNITS: ReadonlySet<Unit> = new Set<Unit>(['S', 'MIN', 'H']);

/** Whether token i follows a word or number of its own sentence (a capital there is not the sentence's). */
function midSentence(c: Ctx, i: number): boolean {
  const k = c.toks[i - 1]?.kind;
  return k === 'word' || k === 'number';
}

/** The numeric or numeral prefix of a compound ("30", "six", "zwei"). */
function compoundNumber(c: Ctx, s: string): number | null {
  if (isDigits(s)) return intOf(s);
  const v = c.lex.numerals.get(s);
  return v === undefined ? null : v;
}

/** "30-tägige", "six-month", "two-year-old", "zweiwöchige". */
export const pCompoundDuration: GatedParser = withOpener((c, i) => {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' && t.kind !== 'number') return null;
  const w = t.lo;
  const dash = w.indexOf('-');
  let n: number | null = null;
  let unit: Unit | undefined;
  if (dash > 0) {
    n = compoundNumber(c, w.slice(0, dash));
    if (n === null) return null;
    const rest = w.slice(dash + 1);
    const dash2 = rest.indexOf('-');
    // "nine-year-old" is an age, a property of a person rather than a time of the story; so is a
    // capitalised (nominalised) compound in a language that capitalises nouns: "des 37-Jährigen" is the 37-year-old
    if (dash2 >= 0 && c.lex.ageWords.has(rest.slice(dash2 + 1))) return null;
    const head = t.text.charAt(dash + 1);
    if (c.lex.countNounShape === 'capitalised' && head !== head.toLowerCase()) return null;
    unit = c.lex.unitStems.get(dash2 < 0 ? rest : rest.slice(0, dash2));
    // "the Six-Day War": a capitalised compound inside the sentence before a capitalised word names an event
    if (isCapitalised(c, i) && midSentence(c, i) && isCapitalised(c, i + 1)) return null;
  } else if (w.length > 6) {
    // a capitalised adjective inside a German sentence is part of a name or a noun: "der
    // Dreißigjährige Krieg", "im Siebenjährigen Krieg", "des Zweijährigen" (a two-year-old)
    if (c.lex.countNounShape === 'capitalised' && isCapitalised(c, i) && midSentence(c, i)) return null;
    // closed compounds ("zweiwöchige"): numeral + unit stem + ending
    for (let k = 3; k < w.length - 3 && unit === undefined; k++) {
      const num = c.lex.numerals.get(w.slice(0, k));
      if (num === undefined) continue;
      const u = c.lex.unitStems.get(w.slice(k));
      if (u !== undefined) {
        n = num;
        unit = u;
      }
    }
  }
  if (unit === undefined || n === null) return null;
  return cand(i, i + 1, 'DURATION', durationValue(n, unit), 'duration-compound');
}, { shapes: ['number', 'hyphen', 'long'] });

/** "jahrzehntelange", "wochenlang", "decades-long", "mehrtägige"; one unit: "yearlong", "decade-long". */
export const pVagueDuration: GatedParser = withOpener((c, i) => {
  const one = c.lex.unitDurations.get(lo(c, i));
  if (one !== undefined) return cand(i, i + 1, 'DURATION', durationValue(1, one), 'duration-vague-word');
  const u = c.lex.vagueDurations.get(lo(c, i));
  return u === undefined ? null : cand(i, i + 1, 'DURATION', durationValue(null, u), 'duration-vague-word');
}, { words: (x) => [x.unitDurations, x.vagueDurations] });

/** Matches a multi-word sequence at i; returns the index after it or -1. */
function seqAt(c: Ctx, i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (lo(c, i + k) !== words[k]) return -1;
  return i + words.length;
}

/** "einmal im Monat", "zweimal pro Woche", "three times a year", "jeden Monat", "every two weeks", "jährlich", "montags". */
export const pSet: GatedParser = withOpener((c, i) => {
  const w = lo(c, i);
  const word = c.lex.setWords.get(w);
  if (word !== undefined) return cand(i, i + 1, 'SET', word, 'set-word');
  if (c.lex.setWeekdays.has(w)) return cand(i, i + 1, 'SET', 'P1W', 'set-weekday');
  let j = -1;
  if (c.lex.timesWords.has(w)) j = i + 1;
  else {
    const q = quantityAt(c, i);
    if (q && q.n !== null && c.lex.timesSuffix.has(lo(c, q.next))) j = q.next + 1;
  }
  if (j > 0) {
    for (const link of c.lex.setLinks) {
      const k = seqAt(c, j, link);
      if (k < 0) continue;
      const u = unitAt(c, k);
      if (u && !u.plural) return cand(i, k + 1, 'SET', durationValue(1, u.unit), 'set-frequency');
    }
    return null;
  }
  if (c.lex.everyWords.has(w)) {
    let k = i + 1;
    let n = 1;
    const q = quantityAt(c, k);
    // "jeden zweiten Tag", "every third year": an ordinal counts the singular unit
    const nth = q ? undefined : c.lex.ordinals.get(lo(c, k));
    if (q && q.n !== null) {
      n = q.n;
      k = q.next;
    } else if (nth !== undefined && nth >= 2) {
      const u1 = unitAt(c, k + 1);
      if (u1?.plural === false) return cand(i, k + 2, 'SET', durationValue(nth, u1.unit), 'set-every-nth');
    }
    const u = unitAt(c, k);
    if (u && (u.plural === (n !== 1))) return cand(i, k + 1, 'SET', durationValue(n, u.unit), 'set-every');
    if (n === 1 && c.lex.weekdays.has(lo(c, k))) return cand(i, k + 1, 'SET', 'P1W', 'set-every-weekday');
    // "jeden Abend", "every morning": a part of the day recurs daily
    if (n === 1 && c.lex.dayParts.has(lo(c, k))) return cand(i, k + 1, 'SET', 'P1D', 'set-every-daypart');
    // "jeden Sommer", "every winter": a season recurs yearly
    if (n === 1 && c.lex.seasons.has(lo(c, k))) return cand(i, k + 1, 'SET', 'P1Y', 'set-every-season');
  }
  return null;
}, { words: (x) => [x.setWords, x.setWeekdays, x.timesWords, x.everyWords, x.numerals, x.vagueQuantifiers], shapes: ['number'] });

/**
 * Whether an event follows at token k ("zur Zeit der Römer", "zur Zeit des Krieges", "at the time of
 * the war"): a link word before a capitalised word or an article (TIMEX2: a phrase anchored to an event
 * without a temporal trigger of its own is not markable; "zur Zeit der beste Spieler" still is "now").
 */
function eventAnchored(c: Ctx, k: number): boolean {
  return c.lex.eventLinks.has(lo(c, k)) && (isCapitalised(c, k + 1) || c.lex.articles.has(lo(c, k + 1)));
}

/** "nun", "bald", "baldige", "recently" and phrases ("Vor einiger Zeit", "In the past"). */
export const pVague: GatedParser = withOpener((c, i) => {
  for (const [words, ref] of byFirstWord(c.lex.vaguePhrases, lo(c, i))) {
    const k = seqAt(c, i, words);
    // "in the past two months" is a duration, not the vague past
    if (k > 0 && !quantityAt(c, k) && !unitAt(c, k) && !eventAnchored(c, k)) return cand(i, k, 'DATE', ref, 'vague-phrase');
  }
  const ref = c.lex.vagueWords.get(lo(c, i));
  if (ref !== undefined) return cand(i, i + 1, 'DATE', ref, 'vague-word');
  const adj = c.lex.vagueAdjectives.get(lo(c, i));
  return adj === undefined ? null : cand(i, i + 1, 'DATE', adj, 'vague-adjective');
}, { words: (x) => [x.vaguePhrases, x.vagueWords, x.vagueAdjectives] });

/** An ordinal written inside a token ("20th", "nineteenth"), or null. */
function ordinalOf(c: Ctx, w: string): number | null {
  const suf = w.slice(-2);
  if (w.length >= 3 && (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') && isDigits(w.slice(0, -2))) return intOf(w.slice(0, -2));
  const n = c.lex.ordinals.get(w);
  return n !== undefined && n > 0 ? n : null;
}

/**
 * "zum Jahresende 1950", "zur Jahresmitte", "bis Monatsende", "year-end": a period part and its unit in one
 * word. The turn of a year names both of its years ("zur Jahreswende 1941/42"): one expression (TIDES 2005: the
 * years postmodify the noun), the first year's end, as "Winter 1941/42" is the first year's winter; without a year it names no turn
 * (`yearTurnWords`: "nach dem Jahreswechsel", "die Jahreswechsel der letzten Jahre").
 */
export const pPartCompound: GatedParser = withOpener((c, i) => {
  const pc = c.lex.partCompounds.get(lo(c, i));
  if (!pc) return null;
  const [unit, mod] = pc;
  const y = unit === 'Y' ? yearAfter(c, i + 1) : null;
  if (y) return { ...cand(i, followingYearAt(c, y.next, y.y) ? y.next + 2 : y.next, 'DATE', fmtYear(y.y), 'part-compound-year'), mod };
  // "nach dem Jahreswechsel" alone: which turn (the one just past, or the coming one) the noun does not tell
  if (c.lex.yearTurnWords.has(lo(c, i))) return null;
  const r = relPeriodCand(c, i, i + 1, unit, 0, 'part-compound');
  if (r) r.mod = mod;
  return r;
}, { words: (x) => [x.partCompounds] });

/** Smaller units a fractional count is told in ("ein halbes Jahr": 6 months; "anderthalb Wochen": 10.5 days is no whole count). */
const SMALLER_UNIT: Readonly<Partial<Record<Unit, readonly [Unit, number]>>> = { Y: ['M', 12], W: ['D', 7], D: ['H', 24] };

/** A fractional count as a whole count of the next smaller unit, or null when it is none. */
function wholeCount(n: number, unit: Unit): { n: number; unit: Unit } | null {
  const smaller = SMALLER_UNIT[unit];
  if (!smaller) return null;
  const k = n * smaller[1];
  return Number.isInteger(k) && k >= 1 ? { n: k, unit: smaller[0] } : null;
}

/** What may follow a period part ("Mitte Juli", "Ende 2024", "late Thursday", "early next year"). */
const PART_INNER: readonly Parser[] = [pMonth, pYear, pDecade, pCentury, pQuarter, pRelPeriod, pWeekday, pDayOffset, pSeason];

/** Mod of a period part at i ("Mitte", "the end of", "frühen"), with the index after it. */
function partAt(c: Ctx, i: number): { mod: TimexMod; next: number } | null {
  const w = lo(c, i);
  const single = c.lex.periodParts.get(w) ?? c.lex.partAdjectives.get(w);
  if (single) return { mod: single, next: i + 1 };
  for (const [words, mod] of byFirstWord(c.lex.periodPartPhrases, w)) {
    const k = seqAt(c, i, words);
    if (k > 0) return { mod, next: k };
  }
  return null;
}

/** "Mitte Juli", "Ende Oktober", "Anfang des Jahres", "am frühen Samstag", "late Thursday", "the end of 2024". */
export const pPeriodPart: GatedParser = withOpener((c, i) => {
  const part = partAt(c, i);
  if (part) {
    let j = part.next;
    // "Ende des Jahres", "the end of the month": the current period
    if (c.lex.articles.has(lo(c, j))) {
      const u = unitAt(c, j + 1);
      // "Ende des Jahres 1940" names the year; "Ende des Jahres" the current one
      if (u && !u.plural && c.toks[j + 2]?.kind !== 'number') {
        const r = relPeriodCand(c, i, j + 2, u.unit, 0, 'period-part');
        if (r) r.mod = part.mod;
        return r;
      }
      j++;
    }
    for (const p of PART_INNER) {
      const inner = p(c, j);
      if (inner && inner.type !== 'DURATION' && inner.type !== 'SET') return { ...inner, a: i, mod: part.mod, rule: `part+${inner.rule}` };
    }
    // "late on Thursday", "early on Monday": a preposition between the part and a weekday
    if (c.lex.prepositions.has(lo(c, j))) {
      const day = pWeekday(c, j + 1);
      if (day) return { ...day, a: i, mod: part.mod, rule: `part+prep+${day.rule}` };
    }
    return null;
  }
  // "mid-July", "mid-1990s", "late-October": one hyphenated token
  const w = lo(c, i);
  const dash = w.indexOf('-');
  if (dash <= 0) return null;
  const mod = c.lex.hyphenPeriodParts.get(w.slice(0, dash));
  if (!mod) return null;
  const rest = w.slice(dash + 1);
  const dec = decadeOf(c, rest);
  if (dec) return { ...cand(i, i + 1, 'DATE', dec, 'part-decade'), mod };
  if (PATTERNS.year4.test(rest)) return { ...cand(i, i + 1, 'DATE', rest, 'part-year'), mod };
  // "mid-20th century", "late-nineteenth century"
  const nth = ordinalOf(c, rest);
  if (nth !== null && nth >= 1 && nth <= 22 && c.lex.centuryWords.has(lo(c, i + 1))) return { ...cand(i, i + 2, 'DATE', String(nth - 1).padStart(2, '0'), 'part-century'), mod };
  const m = c.lex.months.get(rest);
  if (m === undefined) return null;
  // "mid-May 1941", "mid-May of the following year", "late-June of that year": the month of that year, as "late June of …"
  const y = yearAfter(c, i + 1);
  if (y) return { ...cand(i, y.next, 'DATE', fmtMonth(y.y, m), 'part-month-year'), mod };
  const ry = c.pub ? relYearAfter(c, i + 1) : null;
  if (ry) {
    const ryv = relYearValue(c, ry.shift);
    return { ...cand(i, ry.next, 'DATE', ryv === null ? null : fmtMonth(ryv, m), 'part-month-relative-year'), mod };
  }
  return { ...cand(i, i + 1, 'DATE', null, 'part-month', { pending: { k: 'month', m } }), mod };
}, { words: (x) => [x.periodParts, x.partAdjectives, x.periodPartPhrases], shapes: ['hyphen'] });

