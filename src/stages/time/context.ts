import type { TimexMod, TimexType, TokenKind } from '../../doc/types.js';
import { PATTERNS } from './patterns.js';
import type { Ymd } from './calendar.js';
import type { ByFirstWord, TimeLexicon, TimeWords, Unit } from './lexicon.js';

/** A token as the parsers see it: surface, lower-case form and character offsets. */
export interface TTok {
  readonly text: string;
  readonly lo: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** The segmenter's token rule ("short-date", "ordinal"). */
  readonly rule: string;
}

/**
 * What a parser could not decide alone: the refiners fill it in from tense and the
 * publication date (the "implied" components of chrono's parsed results).
 */
export type Pending =
  | { readonly k: 'weekday'; readonly wd: number; readonly week?: number; readonly part?: string }
  | { readonly k: 'monthDay'; readonly m: number; readonly d: number }
  | { readonly k: 'month'; readonly m: number }
  | { readonly k: 'quarter'; readonly q: 'Q' | 'H'; readonly n: number }
  | { readonly k: 'season'; readonly s: string }
  | { readonly k: 'weekend' }
  | { readonly k: 'movable'; readonly base: 'easter' | 'thanksgiving'; readonly offset: number }
  | { readonly k: 'today'; readonly part?: string; readonly overnight?: boolean; readonly laterToday?: boolean }
  | { readonly k: 'clock'; readonly h: number; readonly mi: number }
  /** News: a part of the day with no date of its own ("am Abend"), of the day the text is talking about (see `Ctx.priorDay`). */
  | { readonly k: 'dayPart'; readonly part: string /** '' for the whole day ("the same day") */ };

/** A parsed expression over tokens `[a, b)` of one sentence. */
export interface Cand {
  a: number;
  b: number;
  type: TimexType;
  value: string | null;
  mod: TimexMod | null;
  rule: string;
  pending?: Pending;
  /** Explicit direction from the text ("vergangenen" −1, "next" +1, "this" 0). */
  dir?: number;
  /** Part of the day to append once a pending date is resolved ("EV"). */
  partOfDay?: string;
  /** The night before the day ("in der Nacht zum Mittwoch", "the night to June 6"): the value is the day before. */
  nightBefore?: boolean;
  /** First token of the expression without its prepositions (TIMEX2/TIMEX3 extents leave them out). */
  core?: number;
  /** Clock time to attach to the date once it is resolved ("T10:00"). */
  clock?: string;
  /**
   * Character offsets inside the candidate's token when an expression is only part of one token
   * (the ends of "1939-1945" or "May 3-5"): the span starts at `subStart` and/or ends at `subEnd`.
   * A candidate that starts inside a token takes no preposition.
   */
  subStart?: number;
  subEnd?: number;
  /** A second expression read in the same pass (the other end of a range written in one token). */
  next?: Cand;
  /** "in 80 years": the period itself, which the expression is when it counts back ("the highest in 80 years"). */
  within?: string;
  /**
   * A weekday restated by a date in apposition, with its article ("Samstag, dem 4. Mai 1940"): the
   * token of that article. The stage keeps one expression; TIMEX2 tags the appositive apart.
   */
  apposition?: number;
  /**
   * Narratives: the value counts `n` units from the running date ("am folgenden Tag" +1 D, "drei Jahre
   * später" +3 Y, "am Abend" 0 D with its part). The parser counts from the date the sentence opened
   * with; `resolve` counts again when an earlier expression of the sentence moved it ("Am 5. März
   * begannen die Gespräche, am folgenden Tag …": a day without a year is resolved only there).
   */
  offset?: { readonly n: number; readonly unit: Unit; readonly part?: string };
}

/** What every parser gets: the sentence's tokens, the lexicon and the reference date. */
export interface Ctx {
  readonly toks: readonly TTok[];
  readonly lex: TimeLexicon;
  readonly pub: Ymd | null;
  /**
   * Narrative anchoring: `pub` is the last date the text itself gave (see `TagOptions`), and a
   * month or day without a year takes that date's year instead of being inferred by tense.
   */
  readonly narrative?: boolean;
  /**
   * How precise the narrative's running date is: a day ("am 6. Juni 1944"), a month ("im Mai
   * 1940") or a year ("1940", "im Frühjahr 1940"). Absent: a full day (the publication date).
   */
  readonly anchorGran?: Gran;
  /**
   * Narratives only: the century or decade the text named after its last date ("im 19. Jahrhundert",
   * "in the 1920s"), which "des Jahrhunderts", "the end of the decade" refer to.
   */
  readonly anchorCoarse?: CoarseAnchor;
  /**
   * Narratives only: the running date is still the publication date, the text has given no date yet.
   * An anaphoric expression counted from the running date ("An diesem Tag", "am selben Tag", "drei
   * Tage später") then refers to a day of the story that is not known: TIMEX2 leaves its value open,
   * and so does the stage, rather than take the day the text was downloaded or published.
   */
  readonly untold?: true;
  /**
   * Narratives only: 1 for tokens inside parentheses. Dates there ("Hitler (1889–1945)", "(am
   * 3. Mai)") are asides and do not move the running date.
   */
  readonly aside?: Uint8Array;
  /**
   * The sentence is a headline (title or heading zone), whose present tense tells what happened
   * ("Kenya's central bank holds rates on Tuesday"), so a present verb names no schedule there.
   */
  readonly headline?: boolean;
  /**
   * News only: the latest day up to the publication day that an earlier sentence named ("late on
   * Tuesday", "am Mittwochvormittag"; news reports its latest events, background days lie before
   * them: "… killed 11 soldiers on Monday"). A lone clock in a past clause tells the time of that
   * day's events ("was hit at around 11:30 p.m."), not of the publication day.
   */
  readonly priorDay?: Ymd;
  /**
   * News only: the day up to the publication day that the last earlier sentence naming one named
   * (the most recent, not the latest): what a same day points back to in a past clause ("Am Montag
   * … Am Sonntag … Die Opposition kündigte noch am selben Abend an", "the ministry told reporters
   * later that day"). A bare part of the day ("am Abend") keeps `priorDay`.
   */
  readonly lastDay?: Ymd;
}

/** A century (`CE`, its first year: 1800 for "18") or decade (`DE`: 1960 for "196") a narrative named. */
export interface CoarseAnchor {
  readonly unit: 'DE' | 'CE';
  readonly y: number;
}

/** Granularity of a reference date: day, month or year. */
export type Gran = 'D' | 'M' | 'Y';

/** Coarseness of a granularity: a day is finer than a month, a month finer than a year. */
export const GRAN_RANK: Readonly<Record<Gran, number>> = { D: 0, M: 1, Y: 2 };
/** The coarsest reference a unit can be counted from: days and weeks need a day, months a month. */
const UNIT_GRAN: Readonly<Record<Unit, Gran>> = { S: 'D', MIN: 'D', H: 'D', D: 'D', W: 'D', M: 'M', Q: 'M', Y: 'Y', DE: 'Y', CE: 'Y' };

/**
 * The reference date for a relative expression counted in `unit`, or null when a narrative's
 * running date is too coarse for it ("am folgenden Tag" after "im Jahr 1940" names no known day) or
 * is not yet a date of the text (`Ctx.untold`).
 */
export function refFor(c: Ctx, unit: Unit): Ymd | null {
  if (!c.pub) return null;
  // a century or decade named after the last date: "Im 19. Jahrhundert … Ende des Jahrhunderts" is
  // the 19th century's end, whatever year came before; a decade's own century, but no decade of a century
  const coarse = c.anchorCoarse;
  if (coarse && (unit === 'CE' || unit === 'DE')) return coarse.unit === 'CE' && unit === 'DE' ? null : { y: coarse.y, m: 1, d: 1 };
  if (c.untold) return null;
  return GRAN_RANK[c.anchorGran ?? 'D'] <= GRAN_RANK[UNIT_GRAN[unit]] ? c.pub : null;
}

/** A parser tries to read one expression starting at token `i`. */
export type Parser = (c: Ctx, i: number) => Cand | null;

/**
 * Token shapes a parser can open with where no lexicon word stands: a number token, a quote mark
 * glued to a number ("’91"), a word with a digit ("31st", "1990er") or a hyphen ("mid-July"), a word
 * of seven letters or more (the closed compounds the trigger admits by their shape: "Dienstagabend",
 * "zweiwöchige", "Wahljahr"; it admits no shorter word by shape).
 */
export type OpenShape = 'number' | 'quote' | 'digit' | 'hyphen' | 'long';

/** Lexicon words a parser can open with: the keys of maps and sets, or a list (multi-word keys count by their first word). */
export type OpenWords = ReadonlyMap<string, unknown> | ReadonlySet<string> | readonly string[];

/**
 * What a parser's expression can start with at its token `i`, from the parser's own reading of that
 * token: the lexicon lists it looks the token up in, and the shapes it reads without a list. The
 * scanner tries a parser only at tokens that match its opener (`trigger.ts` builds the index once per
 * lexicon), so an opener must hold everything its parser accepts at `i`; the stage's tests run the
 * tagger with and without the gate and compare.
 */
export interface Opener {
  readonly words?: (lex: TimeWords) => readonly OpenWords[];
  readonly shapes?: readonly OpenShape[];
}

/** A parser with the {@link Opener} it declares (see {@link withOpener}); the scanner's gate is built from these. */
export type GatedParser = Parser & { readonly opener: Opener };

/**
 * Declares what `parser` can open with, written next to the parser's code: the opener travels with
 * the parser value (no registry), and a parser list without one does not type-check.
 */
export function withOpener(parser: Parser, opener: Opener): GatedParser {
  return Object.assign(parser, { opener });
}

/**
 * The direction word at token i ("vergangenen" −1, "this" 0); an anaphoric determiner ("that",
 * "jenem") counts as 0 in a narrative where it opens a phrase, and as nothing in news.
 */
export function dirAt(c: Ctx, i: number, linked = false): number | undefined {
  const w = lo(c, i);
  const d = c.lex.direction.get(w);
  if (d !== undefined) return d;
  if (!c.narrative || !c.lex.anaphoric.has(w)) return undefined;
  // a determiner opens its phrase: at the start, after punctuation, a preposition, a position word or
  // a period part ("That evening,", "on that day", "later that year", "late that night"); after another word "that" introduces a
  // clause ("said that day would come", "insisted that morning raids …")
  // (`linked`: the caller read a link to it already, "im Sommer jenes Jahres", "the morning of that day")
  const prev = c.toks[i - 1];
  if (linked || !prev || prev.kind !== 'word') return 0;
  const p = prev.lo;
  return c.lex.prepositions.has(p) || c.lex.monthLeftContext.has(p) || c.lex.relativeModifiers.has(p) || c.lex.periodParts.has(p) ? 0 : undefined;
}

/**
 * The direction of a later word at token i ("später", "danach" +1; "zuvor", "earlier" −1), or 0
 * when there is none. "before"/"after" count only before a pause ("the day before, …").
 */
export function laterAt(c: Ctx, i: number): number {
  const w = lo(c, i);
  if (c.lex.pauseLaterWords.has(w)) {
    const next = c.toks[i + 1];
    if (next && next.kind !== 'punct') return 0;
  } else if (!c.lex.laterWords.has(w)) return 0;
  return c.lex.earlierWords.has(w) ? -1 : 1;
}

/** Lower-case text of token i, or '' outside the sentence. */
export const lo = (c: Ctx, i: number): string => c.toks[i]?.lo ?? '';

/** Whether tokens i and i+1 touch (no space between them). */
export const glued = (c: Ctx, i: number): boolean => {
  const a = c.toks[i];
  const b = c.toks[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
};

/** Whether the surface form of token i starts with an upper-case letter. */
export const isCapitalised = (c: Ctx, i: number): boolean => {
  const t = c.toks[i]?.text ?? '';
  const ch = t.charAt(0);
  return ch !== '' && ch !== ch.toLowerCase();
};

/** Whether s is a non-empty string of ASCII digits (no regular expression: called per token). */
export const isDigits = (s: string): boolean => {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
};

/** An unsigned integer written with digits only, or NaN. */
export const intOf = (s: string): number => (isDigits(s) ? Number(s) : NaN);

/**
 * A quantity at token i: digits ("8", "1,5", "1.5", "10.000"), numeral words (also multi-word,
 * "a half"), or a vague quantifier ("einige", "a few") which gives n = null.
 */
export function quantityAt(c: Ctx, i: number): { n: number | null; next: number } | null {
  const t = c.toks[i];
  if (!t) return null;
  if (t.kind === 'number') {
    const n = numberValue(t.text);
    return Number.isFinite(n) ? withFraction(c, n, i + 1) : null;
  }
  // longest multi-word numeral or vague quantifier first (only after a word that opens one: most do not)
  const longest = c.lex.multiWordStarts.has(t.lo) ? Math.min(c.lex.numeralMaxWords, 3) : 1;
  for (let len = longest; len >= 1; len--) {
    let key = c.toks[i]?.lo ?? '';
    for (let k = 1; k < len; k++) key += ' ' + (c.toks[i + k]?.lo ?? '');
    if (len > 1 && c.lex.vagueQuantifiers.has(key)) return { n: null, next: i + len };
    const v = c.lex.numerals.get(key);
    if (v !== undefined) return withFraction(c, v, i + len);
    if (len === 1 && c.lex.vagueQuantifiers.has(key)) return { n: null, next: i + 1 };
  }
  return null;
}

/** A whole number n ending before token `next`, with a joined fraction after it ("two and a half"). */
function withFraction(c: Ctx, n: number, next: number): { n: number; next: number } {
  if (!Number.isInteger(n)) return { n, next };
  for (const [words, value] of c.lex.numeralFractionJoins) {
    if (words.every((w, k) => c.toks[next + k]?.lo === w)) return { n: n + value, next: next + words.length };
  }
  return { n, next };
}

/** Value of a digit string with a decimal comma or point, or thousands separators; NaN otherwise. */
export function numberValue(s: string): number {
  if (isDigits(s)) return Number(s);
  const sep = s.search(PATTERNS.numberSeparator);
  if (sep <= 0) return NaN;
  const head = s.slice(0, sep);
  const tail = s.slice(sep + 1);
  if (!isDigits(head) || !isDigits(tail)) return NaN;
  // "10.000" / "1,000": thousands; "1,5" / "1.5": decimal
  return tail.length === 3 ? Number(head + tail) : Number(`${head}.${tail}`);
}

/** A duration unit at token i, singular or plural. */
export function unitAt(c: Ctx, i: number): { unit: Unit; plural: boolean } | null {
  const w = lo(c, i);
  const s = c.lex.units.get(w);
  if (s) return { unit: s, plural: false };
  const p = c.lex.pluralUnits.get(w);
  return p ? { unit: p, plural: true } : null;
}

/** The next smaller unit and how many of it make one ("ein halbes Jahr" is written P6M). */
const SMALLER: Partial<Record<Unit, readonly [Unit, number]>> = { CE: ['Y', 100], DE: ['Y', 10], Y: ['M', 12], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60] };

/** TIMEX3 duration value: P8D, P75Y, PT3H, PXD (n = null: vague); a fraction below one in the smaller unit (P6M, PT30M); centuries in years (P200Y). */
export function durationValue(n: number | null, unit: Unit): string {
  const smaller = n !== null && n > 0 && n < 1 ? SMALLER[unit] : undefined;
  if (smaller && Number.isInteger(n! * smaller[1])) return durationValue(n! * smaller[1], smaller[0]);
  const x = n === null ? 'X' : String(n);
  switch (unit) {
    case 'S': return `PT${x}S`;
    case 'MIN': return `PT${x}M`;
    case 'H': return `PT${x}H`;
    case 'Q': return n === null ? 'PXM' : `P${n * 3}M`;
    // "for more than a century": a counted century is written in years (P100Y), as the gold does
    case 'CE': return n === null ? 'PXCE' : `P${n * 100}Y`;
    default: return `P${x}${unit}`;
  }
}

const NO_ENTRIES: readonly never[] = [];

/** The entries of a phrase list grouped by first word (see `ByFirstWord`) whose first word is `w`, in list order. */
export const byFirstWord = <T>(index: ByFirstWord<T>, w: string): readonly T[] => index.get(w) ?? NO_ENTRIES;

/** Whether the token sequence `words` (lower-cased) stands at token i. */
export function wordsAt(c: Ctx, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lo(c, i + k) !== words[k]) return false;
  return true;
}

/** A new candidate. */
export function cand(a: number, b: number, type: TimexType, value: string | null, rule: string, extra: Partial<Cand> = {}): Cand {
  return { a, b, type, value, mod: null, rule, ...extra };
}

/**
 * Whether token i is a lower-case word with an adjective ending ("kalten", "heißen", "ersten"): no
 * article, determiner, preposition or conjunction ("einem", "seine", "oder" have such endings too); never
 * where adjectives are not inflected (no `adjectiveEndings`).
 */
export function inflectedAdjective(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || t.kind !== 'word' || t.text !== t.lo || t.lo.length < 4) return false;
  if (determinerWord(c, t.lo) || c.lex.prepositions.has(t.lo) || c.lex.clauseBreakers.has(t.lo)) return false;
  return c.lex.adjectiveEndings.some((e) => e !== '' && t.lo.endsWith(e));
}

/** Whether a lower-case word is an article or determiner in any form ("dem", "einem", "einen", "seine", "the"). */
export function determinerWord(c: Ctx, w: string): boolean {
  return c.lex.articles.has(w) || c.lex.nounDeterminers.has(w) || c.lex.determinerForms.has(w);
}

/** Strips one trailing period ("Feb." → "feb"). */
export const noDot = (s: string): string => (s.endsWith('.') ? s.slice(0, -1) : s);
