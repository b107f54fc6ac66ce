import type { TTok } from './context.js';
import type { TimeLexicon } from './lexicon.js';

/**
 * The words that can start a time expression, computed once when the lexicon is loaded. The scanner tries the parsers only at these, which
 * keeps the stage fast: most words of a sentence ("the", "Regierung") start nothing. The set is
 * built from the lexicon (the first word of every entry a parser starts with) plus token shapes
 * (numbers, apostrophes, words with digits or hyphens, long capitalised words for compounds such
 * as "Dienstagabend", numeral-prefixed words such as "zweiwöchige").
 */
export function startWordsOf(lex: Omit<TimeLexicon, 'startWords' | 'numeralPrefixes' | 'multiWordStarts'>): Set<string> {
  const words = new Set<string>();
  const addKeys = (m: ReadonlyMap<string, unknown> | ReadonlySet<string>): void => {
    for (const k of m.keys()) {
      words.add(k);
      words.add(k.split(' ')[0]!);
      if (k.endsWith('.')) words.add(k.slice(0, -1));
      else words.add(`${k}.`); // abbreviations written with their period: "Jan.", "Tue."
    }
  };
  for (const m of [lex.months, lex.weekdays, lex.numerals, lex.ordinals, lex.units, lex.pluralUnits, lex.vagueDurations, lex.vagueQuantifiers,
    lex.approx, lex.unitDurations, lex.periodParts, lex.partAdjectives, lex.dayOffsets, lex.today, lex.vagueWords, lex.vagueAdjectives, lex.direction, lex.agoBefore,
    lex.inFuture, lex.seasons, lex.timesWords, lex.everyWords, lex.setWords, lex.setWeekdays, lex.decadeWords, lex.centuryWords, lex.weekWords,
    lex.quarterWords, lex.yearNouns, lex.periodYearNouns, lex.relativeWords, lex.dayParts, lex.partOfDayWords, lex.relativeModifiers, lex.anaphoric, lex.clockNames, lex.partCompounds, lex.wholeWords, lex.weekendWords, lex.adverbialUnits]) addKeys(m);
  for (const w of lex.overnightWords) words.add(w);
  for (const [ws] of lex.vaguePhrases) words.add(ws[0]!);
  for (const ws of lex.quantityModifiers) words.add(ws[0]!);
  for (const [ws] of lex.holidays) words.add(ws[0]!);
  for (const [ws] of lex.movableHolidays) words.add(ws[0]!);
  for (const [ws] of lex.periodPartPhrases) words.add(ws[0]!);
  return words;
}

/** Numerals that can open a closed compound ("zwei" in "zweiwöchige"). */
export const numeralPrefixesOf = (lex: Pick<TimeLexicon, 'numerals'>): string[] =>
  [...lex.numerals.keys()].filter((k) => !k.includes(' ') && k.length >= 3);

/** The first words of the multi-word numerals and vague quantifiers: only after one of them may a quantity span words. */
export function multiWordStartsOf(lex: Pick<TimeLexicon, 'numerals' | 'vagueQuantifiers'>): Set<string> {
  const starts = new Set<string>();
  for (const k of [...lex.numerals.keys(), ...lex.vagueQuantifiers]) if (k.includes(' ')) starts.add(k.split(' ')[0]!);
  return starts;
}

/** Per lexicon, the answer of {@link wordShapeCanStart} for each lower-case form seen, apart for forms written with capitals. */
const SHAPE_CACHE = new WeakMap<TimeLexicon, { readonly lower: Map<string, boolean>; readonly upper: Map<string, boolean> }>();
/** Forms kept per lexicon before the cache starts over (bounds memory on an endless stream). */
const SHAPE_CACHE_MAX = 100_000;

/**
 * Whether token t (followed by `next`) can start a time expression (see `startWordsOf`). A quote
 * mark starts one only glued to a token that opens with a digit ("’91", "the ’90s"): the parsers
 * read it in no other place, and quote marks are frequent in news.
 */
export function canStart(lex: TimeLexicon, t: TTok, next?: TTok): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'quote') return next !== undefined && next.start === t.end && isDigitCode(next.text.charCodeAt(0));
  if (t.kind !== 'word') return false;
  const w = t.lo;
  if (lex.startWords.has(w)) return true;
  // most words start nothing, and the shape tests loop over the numeral prefixes: answered once per
  // form (keyed by the lower-case form, whose hash the parsers need anyway, and whether it is capitalised)
  let caches = SHAPE_CACHE.get(lex);
  if (!caches) SHAPE_CACHE.set(lex, (caches = { lower: new Map(), upper: new Map() }));
  const capitalised = t.text !== w;
  const cache = capitalised ? caches.upper : caches.lower;
  const known = cache.get(w);
  if (known !== undefined) return known;
  const answer = wordShapeCanStart(lex, w, capitalised);
  if (cache.size >= SHAPE_CACHE_MAX) cache.clear();
  cache.set(w, answer);
  return answer;
}

/** Whether a word that is no start word can start an expression by its shape (`w` lower-case, `capitalised`: its surface form differs). */
function wordShapeCanStart(lex: TimeLexicon, w: string, capitalised: boolean): boolean {
  for (let k = 0; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if ((ch >= 48 && ch <= 57) || ch === 45) return true; // digit or hyphen
  }
  if (w.length > 8 && capitalised && calendarCompound(lex, w)) return true; // "Dienstagabend", "Sommermonate"
  if (w.length > 6 && capitalised) for (const s of lex.yearNounSuffixes) if (w.endsWith(s)) return true; // "Wahljahr"
  if (w.length > 6) for (const p of lex.numeralPrefixes) if (w.startsWith(p)) return true; // "zweiwöchige"
  return false;
}

/**
 * Whether a long capitalised word is a compound that a parser reads at its start: a weekday with a
 * part of the day ("Dienstagabend"), a season with a part or a suffix ("Spätsommer", "Sommermonate"),
 * a decade word ("Achtzigerjahre"). Other long capitalised words ("Regierung", "Präsident") start nothing.
 */
function calendarCompound(lex: TimeLexicon, w: string): boolean {
  for (const name of lex.weekdays.keys()) if (name.length >= 6 && w.startsWith(name)) return true;
  for (const suf of lex.seasonSuffixes) if (w.endsWith(suf) && lex.seasons.has(w.slice(0, w.length - suf.length))) return true;
  for (const prefix of lex.seasonPrefixes.keys()) if (w.startsWith(prefix) && lex.seasons.has(w.slice(prefix.length))) return true;
  for (const word of lex.decadeWords.keys()) if (w.startsWith(word)) return true;
  return false;
}

/** Whether a UTF-16 code unit is an ASCII digit. */
const isDigitCode = (ch: number): boolean => ch >= 48 && ch <= 57;
