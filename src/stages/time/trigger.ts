import type { GatedParser, OpenShape, OpenWords, Parser, TTok } from './context.js';
import type { TimeWords } from './lexicon.js';

/**
 * The words that can start a time expression (see {@link startIndexesOf}). The scanner tries the parsers only at these, which
 * keeps the stage fast: most words of a sentence ("the", "Regierung") start nothing. The set is
 * built from the lexicon (the first word of every entry a parser starts with) plus token shapes
 * (numbers, apostrophes, words with digits or hyphens, long capitalised words for compounds such
 * as "Dienstagabend", numeral-prefixed words such as "zweiwöchige").
 */
function startWordsOf(lex: StartSource): Set<string> {
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
  for (const index of [lex.vaguePhrases, lex.quantityModifiers, lex.holidays, lex.movableHolidays, lex.periodPartPhrases]) for (const w of index.keys()) words.add(w);
  return words;
}

/** The lexicon fields the derived start indexes are built from. */
type StartSource = Omit<TimeWords, DerivedStartFields>;
/** The lexicon fields derived at load (see {@link startIndexesOf}). */
export type DerivedStartFields = 'startWords' | 'startFilter' | 'numeralPrefixes' | 'multiWordStarts' | 'compoundPrefixes' | 'seasonCompounds' | 'seasonFilter';

/** Bits of a {@link WordFilter}. */
const FILTER_BITS = 1 << 16;

/**
 * A bit filter over strings, built with the set it guards: a clear bit means the string is surely
 * not in the set. A token's string is fresh, and its first lookup in a Set or Map makes V8 compute its
 * hash, the costly part; the filter's hash reads four numbers and builds nothing, so the lookup is
 * left to the few strings that pass (most words of a sentence are in no list).
 */
export type WordFilter = Uint8Array;

/** The filter hash of the first `n` characters of `w` (all when `n` ≥ its length): first, second and last character and length. */
function filterHash(w: string, n: number): number {
  const len = Math.min(w.length, n);
  if (len === 0) return 0;
  const h = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(len > 1 ? 1 : 0) + 1, 0x85ebca6b) ^ Math.imul(w.charCodeAt(len - 1) + 7, 0xc2b2ae35) ^ Math.imul(len, 0x27d4eb2f);
  return (h ^ (h >>> 16)) & (FILTER_BITS - 1);
}

/** The filter of a set of strings, over their first `n` characters. */
function wordFilterOf(words: Iterable<string>, n = Infinity): WordFilter {
  const bits = new Uint8Array(FILTER_BITS >>> 3);
  for (const w of words) {
    const h = filterHash(w, n);
    bits[h >>> 3] = bits[h >>> 3]! | (1 << (h & 7));
  }
  return bits;
}

/** Whether the filter may hold `w` (its first `n` characters): false means surely not. */
export function mayHold(filter: WordFilter, w: string, n = Infinity): boolean {
  const h = filterHash(w, n);
  return (filter[h >>> 3]! & (1 << (h & 7))) !== 0;
}

/**
 * Prefixes grouped by their first letters (up to `keyLength`), so that the shape test of a word
 * looks at the few prefixes that share its opening instead of looping over all of them.
 */
export interface PrefixIndex {
  /** Length of the keys: the shortest prefix's, at most {@link PREFIX_KEY}. */
  readonly keyLength: number;
  readonly groups: ReadonlyMap<string, readonly string[]>;
  /** A {@link WordFilter} of the keys (a word's opening that passes it is looked up). */
  readonly filter: WordFilter;
}

/** Longest key of a {@link PrefixIndex}. */
const PREFIX_KEY = 3;

/** Groups prefixes by their opening letters (see {@link PrefixIndex}). */
export function prefixIndexOf(prefixes: Iterable<string>): PrefixIndex {
  const list = [...prefixes].filter((p) => p.length > 0);
  const keyLength = Math.min(PREFIX_KEY, ...list.map((p) => p.length));
  const groups = new Map<string, string[]>();
  for (const p of list) {
    const key = p.slice(0, keyLength);
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  return { keyLength, groups, filter: wordFilterOf(groups.keys(), keyLength) };
}

/** The prefixes of the index that share the opening of `w` (not all start it), or undefined. */
export function prefixGroup(index: PrefixIndex, w: string): readonly string[] | undefined {
  return mayHold(index.filter, w, index.keyLength) ? index.groups.get(w.slice(0, index.keyLength)) : undefined;
}

/** Whether `w` starts with a prefix of the index. */
export function hasPrefix(index: PrefixIndex, w: string): boolean {
  const group = prefixGroup(index, w);
  if (group) for (const p of group) if (w.startsWith(p)) return true;
  return false;
}

/**
 * The derived indexes of the trigger gate, built once when the lexicon is loaded: the start words;
 * the numerals that can open a closed compound ("zwei" in "zweiwöchige"); the first words of
 * multi-word numerals and vague quantifiers (only after one of them may a quantity span words); the
 * prefixes of calendar compounds (weekdays of six letters or more: "Dienstagabend"; decade words:
 * "Achtzigerjahre"); and the season compounds ("Spätsommer", "Sommermonate").
 */
export function startIndexesOf(lex: StartSource): Pick<TimeWords, DerivedStartFields> {
  const multiWordStarts = new Set<string>();
  for (const k of [...lex.numerals.keys(), ...lex.vagueQuantifiers]) if (k.includes(' ')) multiWordStarts.add(k.split(' ')[0]!);
  const seasonCompounds = new Set<string>();
  for (const season of lex.seasons.keys()) {
    for (const suf of lex.seasonSuffixes) seasonCompounds.add(season + suf);
    for (const prefix of lex.seasonPrefixes.keys()) seasonCompounds.add(prefix + season);
  }
  const startWords = startWordsOf(lex);
  return {
    startWords,
    startFilter: wordFilterOf(startWords),
    numeralPrefixes: prefixIndexOf([...lex.numerals.keys()].filter((k) => !k.includes(' ') && k.length >= 3)),
    multiWordStarts,
    compoundPrefixes: prefixIndexOf([...[...lex.weekdays.keys()].filter((name) => name.length >= 6), ...lex.decadeWords.keys()]),
    seasonCompounds,
    seasonFilter: wordFilterOf(seasonCompounds),
  };
}

/**
 * Whether token t (followed by `next`) can start a time expression (see `startWordsOf`). A quote
 * mark starts one only glued to a token that opens with a digit ("’91", "the ’90s"): the parsers
 * read it in no other place, and quote marks are frequent in news.
 */
export function canStart(lex: TimeWords, t: TTok, next?: TTok): boolean {
  if (t.kind === 'number') return true;
  if (t.kind === 'quote') return next !== undefined && next.start === t.end && isDigitCode(next.text.charCodeAt(0));
  if (t.kind !== 'word') return false;
  const w = t.lo;
  return (mayHold(lex.startFilter, w) && lex.startWords.has(w)) || wordShapeCanStart(lex, w, t.text !== w);
}

/** Whether a word that is no start word can start an expression by its shape (`w` lower-case, `capitalised`: its surface form differs). */
function wordShapeCanStart(lex: TimeWords, w: string, capitalised: boolean): boolean {
  for (let k = 0; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if ((ch >= 48 && ch <= 57) || ch === 45) return true; // digit or hyphen
  }
  if (w.length <= 6) return false;
  if (w.length > 8 && capitalised && ((mayHold(lex.seasonFilter, w) && lex.seasonCompounds.has(w)) || hasPrefix(lex.compoundPrefixes, w))) return true; // "Dienstagabend", "Sommermonate"
  if (capitalised) for (const s of lex.yearNounSuffixes) if (w.endsWith(s)) return true; // "Wahljahr"
  return hasPrefix(lex.numeralPrefixes, w); // "zweiwöchige"
}

/** Whether a UTF-16 code unit is an ASCII digit. */
const isDigitCode = (ch: number): boolean => ch >= 48 && ch <= 57;

/** The bit of each {@link OpenShape} in a token's shape bits. */
const SHAPE_BIT: Readonly<Record<OpenShape, number>> = { number: 1, quote: 2, digit: 4, hyphen: 8, long: 16 };
/** How many combinations of shape bits there are. */
const SHAPE_COMBINATIONS = 32;
/** A word of more than this many letters has the shape `long`. */
const LONG_WORD = 6;

/** The shape bits a word or number string has by itself: digit, hyphen, long. */
function stringShape(w: string): number {
  let bits = w.length > LONG_WORD ? SHAPE_BIT.long : 0;
  for (let k = 0; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    if (ch >= 48 && ch <= 57) bits |= SHAPE_BIT.digit;
    else if (ch === 45) bits |= SHAPE_BIT.hyphen;
  }
  return bits;
}

/** A word of the gate: whether it is a start word, and the parsers that can open at it (by the word and by its shape). */
interface GateWord {
  readonly start: boolean;
  readonly parsers: readonly Parser[];
}

/**
 * Which parsers to try at a token, built once per lexicon and parser list from the parsers' own
 * openers (`withOpener` next to each parser): most start words open one or two kinds of expression
 * ("in" a future offset or a vague phrase, "Dienstag" a weekday), and trying all parsers at each of
 * them was most of the scanner's time. A parser's list keeps the parser order (ties of the longest
 * match go to the earlier parser).
 */
export interface ParserGate {
  /** The parser list the gate was built from. */
  readonly all: readonly Parser[];
  /** Every start word and every word a parser opens with. */
  readonly words: ReadonlyMap<string, GateWord>;
  /** A {@link WordFilter} of `words`. */
  readonly filter: WordFilter;
  /** The parsers that open on tokens of each combination of shape bits. */
  readonly byShape: readonly (readonly Parser[])[];
}

/** The lower-case forms a lexicon key is looked up by: itself, its first word, with and without an abbreviation period (as the start words, `startWordsOf`). */
function keyForms(k: string): string[] {
  return [k, k.split(' ')[0]!, k.endsWith('.') ? k.slice(0, -1) : `${k}.`];
}

/** The keys of a lexicon list of {@link OpenWords}. */
function keysOf(words: OpenWords): Iterable<string> {
  return Array.isArray(words) ? (words as readonly string[]) : (words as ReadonlyMap<string, unknown> | ReadonlySet<string>).keys();
}

/** Builds the {@link ParserGate} of a lexicon and parser list; every parser must declare its opener. */
export function parserGateOf(lex: TimeWords, parsers: readonly GatedParser[]): ParserGate {
  const shapeMasks: number[] = [];
  const opening = new Map<string, Set<number>>();
  parsers.forEach((p, k) => {
    const opener = p.opener;
    shapeMasks.push((opener.shapes ?? []).reduce((m, s) => m | SHAPE_BIT[s], 0));
    for (const list of opener.words?.(lex) ?? []) {
      for (const key of keysOf(list)) {
        for (const w of keyForms(key)) {
          const set = opening.get(w);
          if (set) set.add(k);
          else opening.set(w, new Set([k]));
        }
      }
    }
  });
  const byShape = Array.from({ length: SHAPE_COMBINATIONS }, (_, bits) => parsers.filter((_, k) => (shapeMasks[k]! & bits) !== 0));
  const words = new Map<string, GateWord>();
  for (const w of new Set([...lex.startWords, ...opening.keys()])) {
    const own = opening.get(w);
    const bits = stringShape(w);
    words.set(w, { start: lex.startWords.has(w), parsers: parsers.filter((_, k) => own?.has(k) === true || (shapeMasks[k]! & bits) !== 0) });
  }
  return { all: parsers, words, filter: wordFilterOf(words.keys()), byShape };
}

const NO_PARSERS: readonly Parser[] = [];

/**
 * The parsers to try at token t (followed by `next`): none where it cannot start an expression
 * ({@link canStart}, whose answer this gives too), else those whose opener holds its word or shape.
 */
export function startParsers(gate: ParserGate, lex: TimeWords, t: TTok, next?: TTok): readonly Parser[] {
  const w = t.lo;
  if (t.kind === 'word') {
    const entry = mayHold(gate.filter, w) ? gate.words.get(w) : undefined;
    if (entry !== undefined && entry.start) return entry.parsers;
    if (!wordShapeCanStart(lex, w, t.text !== w)) return NO_PARSERS;
    return entry !== undefined ? entry.parsers : gate.byShape[stringShape(w)]!;
  }
  // (a number or quote mark that is also a lexicon word: none is, but every parser then)
  if (t.kind === 'number') return mayHold(gate.filter, w) && gate.words.has(w) ? gate.all : gate.byShape[SHAPE_BIT.number | stringShape(w)]!;
  if (t.kind !== 'quote' || !canStart(lex, t, next)) return NO_PARSERS;
  return mayHold(gate.filter, w) && gate.words.has(w) ? gate.all : gate.byShape[SHAPE_BIT.quote]!;
}
