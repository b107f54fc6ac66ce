import { Buffer } from 'node:buffer';
import type { Lang, Sentence, Timex, Token } from '../../doc/types.js';
import { dayNumber, parseYmd, type Ymd } from './calendar.js';
import type { Cand, Ctx, Parser, TTok } from './context.js';
import { asides, movesAnchor, nextAnchor, startAnchor, withAnchor, type Anchor } from './anchor.js';
import { noPossessive, type TimeLexicon } from './lexicon.js';
import { PATTERNS } from './patterns.js';
import { nightValue, REFINERS, tenseLookup, type RefineCtx } from './refine.js';
import { canStart, startParsers, type ParserGate } from './trigger.js';
import { appositiveStart, eventAnchoredUnits, timex2End, timex2Start } from './timex2.js';

/** Stage name recorded on every Timex. */
export const TIME_STAGE = 'time';

/** How relative expressions are anchored. */
export interface TagOptions {
  /**
   * 'publication' (default, news): against the publication date. 'narrative' (histories,
   * encyclopaedic text): against the last absolute date the text mentioned before the sentence,
   * starting from the publication date — HeidelTime's "narratives" mode.
   */
  readonly anchor?: 'publication' | 'narrative';
  /** Indices of the sentences in the title or heading zone (see `Ctx.headline`). */
  readonly headlines?: ReadonlySet<number>;
  /** Indices of the sentences in the dateline or byline zone: the day they give is the publication's, no event's (see `Ctx.priorDay`). */
  readonly metadata?: ReadonlySet<number>;
  /**
   * Tests only: try every parser at every start word, without the gate of the parsers' openers
   * (`startParsers`); the output must be the same.
   */
  readonly exhaustive?: boolean;
}

/** A time expression with the extents the benchmarks compare (not part of the stage's output). */
export interface TaggedTime extends Timex {
  /** The span without its preposition (TIMEX3 extent). */
  readonly core: { readonly start: number; readonly end: number };
  /** `core` with the postmodifiers TIMEX2 counts in ("zwei Tage nach dem Angriff"; see `timex2.ts`). */
  readonly timex2: { readonly start: number; readonly end: number };
  /**
   * An expression only TIMEX2 marks, not part of the stage's output: an event-anchored unit ("am Tag
   * der Kapitulation"; value null), or a weekday whose appositive date the stage took in ("Samstag,
   * dem 4. Mai 1940": "Samstag", the date's value).
   */
  readonly timex2Only?: true;
}

/** A copy of a string in one-byte storage, of the same length: the same characters up to U+00FF, others garbled. */
function oneByteCopy(s: string): string {
  return Buffer.from(s, 'latin1').toString('latin1');
}

/**
 * How the tagger slices its tokens' surface and lower-case strings. A text with any character beyond
 * Latin-1 (a typographic quote or dash) is stored two bytes a character, and so is every slice of it;
 * the parsers' many lookups and comparisons of such strings against the lexicon's one-byte words are
 * much slower, and so is a two-byte `toLowerCase`. A token made of Latin-1 characters only is therefore
 * sliced from a one-byte copy of the text, and its lower case from that copy's lower case (Latin-1
 * letters map one to one, whatever stands next to them): the same characters, so every lookup and
 * comparison gives the same answer. A token with another character keeps its two-byte slice and its
 * own `toLowerCase` (which may map in context: a final sigma).
 */
interface TokenSlicer {
  /** The token's surface string. */
  surface(start: number, end: number): string;
  /** The token's lower-case string (no possessive removed), `surface` its surface string. */
  lower(start: number, end: number, surface: string): string;
}

/** Characters beyond Latin-1. */
const WIDE = /[^\u0000-\u00ff]/g;

/** The {@link TokenSlicer} of a text. */
function tokenSlicer(text: string): TokenSlicer {
  // the offsets of the characters beyond Latin-1, ascending (few: quotes, dashes)
  const wide: number[] = [];
  for (const m of text.matchAll(WIDE)) wide.push(m.index);
  const narrow = wide.length > 0 ? oneByteCopy(text) : text;
  // (the characters beyond Latin-1 are garbled in the copy, and their tokens never read from it)
  const narrowLower = narrow.toLowerCase();
  // the first wide offset not before the last token's start: tokens come in text order, so it only moves on
  let w = 0;
  let last = 0;
  const isWide = (start: number, end: number): boolean => {
    if (start < last) w = 0; // (out of order: search again from the start)
    last = start;
    while (w < wide.length && wide[w]! < start) w++;
    return w < wide.length && wide[w]! < end;
  };
  return {
    surface: (start, end) => (isWide(start, end) ? text : narrow).slice(start, end),
    lower: (start, end, surface) => (isWide(start, end) ? surface.toLowerCase() : narrowLower.slice(start, end)),
  };
}

const NO_PARSERS: readonly Parser[] = [];

/**
 * Reads the sentence's expressions: longest match per position, left to right. In a narrative an
 * absolute value moves the running date for the rest of the sentence too ("Am 6. Juni 1944
 * landeten sie, am folgenden Tag …").
 */
function scan(c0: Ctx, gate: ParserGate, exhaustive: boolean): Cand[] {
  let c = c0;
  let anchor = startAnchor(c0);
  const out: Cand[] = [];
  const n = c.toks.length;
  let i = 0;
  while (i < n) {
    const parsers = exhaustive ? (canStart(c.lex, c.toks[i]!, c.toks[i + 1]) ? gate.all : NO_PARSERS) : startParsers(gate, c.lex, c.toks[i]!, c.toks[i + 1]);
    if (parsers.length === 0) {
      i++;
      continue;
    }
    let best: Cand | null = null;
    for (const p of parsers) {
      const x = p(c, i);
      if (x && x.b > i && (!best || x.b > best.b)) best = x;
    }
    if (best) {
      out.push(best);
      // the other end of a range in one token ("1939-1945") is its own expression
      if (best.next) out.push(best.next);
      i = Math.max(best.b, best.next?.b ?? 0);
      if (movesAnchor(c0, best.a)) {
        const moved = nextAnchor(nextAnchor(anchor, nightValue(best)), best.next ? nightValue(best.next) : null);
        if (moved !== anchor) c = withAnchor(c0, (anchor = moved));
      }
    } else i++;
  }
  return out;
}

/**
 * Finds and normalises the temporal expressions of a text: pure, no I/O. `sentences` and `tokens`
 * are the segment layers (tokens sorted, each with its sentence index); `published` is the
 * reference date "YYYY-MM-DD" or null (relative expressions then keep value null). With the
 * benchmark's TIMEX2 extents (`timex2` span of each expression, and the event-anchored units only
 * TIMEX2 marks), which the stage itself never uses.
 */
export function tagTimesDetailed(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  lang: Lang,
  published: string | null,
  lexicon: TimeLexicon,
  options: TagOptions = {},
): TaggedTime[] {
  return tagAll({ text, sentences, tokens, lang, published, lexicon, options }, true);
}

/** What the tagger reads: the text, its segment layers, the language, the reference date and the lexicon. */
interface TagInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly lang: Lang;
  readonly published: string | null;
  readonly lexicon: TimeLexicon;
  readonly options: TagOptions;
}

/**
 * The tagger. With `withTimex2` it returns {@link TaggedTime} items (core and TIMEX2 spans, TIMEX2-only
 * units); without, the plain Timex items the stage adds, built as such (no benchmark-only work, and no
 * copy that drops the extra fields).
 */
function tagAll(input: TagInput, withTimex2: true): TaggedTime[];
function tagAll(input: TagInput, withTimex2: false): Timex[];
function tagAll(input: TagInput, withTimex2: boolean): (Timex | TaggedTime)[] {
  const { text, sentences, tokens, lang, published, lexicon, options } = input;
  const narrative = options.anchor === 'narrative';
  const published0 = parseYmd(published);
  // a narrative's running date and its granularity (news: always the publication day)
  let anchor: Anchor | null = published0 ? (narrative ? { ymd: published0, gran: 'D', untold: true } : { ymd: published0, gran: 'D' }) : null;
  // news: the running date of a chronology's entries ("Oktober 2019: …", "10. November: …"), null before the first
  let chronology: Anchor | null = null;
  // news: the latest day up to the publication day that an earlier sentence named, for a lone clock (see `Ctx.priorDay`)
  let priorDay: Ymd | null = null;
  // news: the day up to the publication day the last sentence that named one named (see `Ctx.lastDay`)
  let lastDay: Ymd | null = null;
  const gate = lexicon.gate;
  const exhaustive = options.exhaustive === true;
  const out: (Timex | TaggedTime)[] = [];
  const slicer = tokenSlicer(text);
  let k = 0;
  for (let si = 0; si < sentences.length; si++) {
    const toks: TTok[] = [];
    while (k < tokens.length && tokens[k]!.sentence < si) k++;
    while (k < tokens.length && tokens[k]!.sentence === si) {
      const t = tokens[k]!;
      const s = slicer.surface(t.start, t.end);
      // the lower-case form without a possessive ending ("Monday’s" → "monday"), so lookups see the word
      toks.push({ text: s, lo: noPossessive(slicer.lower(t.start, t.end, s)), start: t.start, end: t.end, kind: t.kind, rule: t.rule });
      k++;
    }
    if (toks.length === 0) continue;
    // every context has the same properties in the same order (absent ones undefined): the parsers
    // read them at every token, and contexts of one shape keep those reads monomorphic
    let base: Ctx = {
      toks, lex: lexicon, pub: anchor?.ymd ?? null, narrative, anchorGran: anchor?.gran ?? 'D', anchorCoarse: anchor?.coarse, untold: anchor?.untold,
      aside: narrative ? asides(toks) : undefined, headline: options.headlines?.has(si) === true ? true : undefined, priorDay: priorDay && !narrative ? priorDay : undefined,
      lastDay: lastDay && !narrative ? lastDay : undefined,
    };
    let cands = scan(base, gate, exhaustive);
    if (cands.length === 0) {
      if (withTimex2) pushEventAnchored(out, text, base, [], si);
      continue;
    }
    // a chronology's entry in news follows the entry before it, as a narrative does ("Dec. 7, 2022: …"
    // then "Dec. 12: …" is 2022-12-12, "Jan. 9: …" 2023-01-09), not the publication date
    const entry = !narrative && chronologyEntry(toks, cands);
    if (entry && chronology) {
      base = { ...base, pub: chronology.ymd, narrative: true, anchorGran: chronology.gran, aside: asides(toks) };
      cands = scan(base, gate, exhaustive);
    }
    const { tenseAt, clauseAt, clauseFacts, clauses, clauseOf } = tenseLookup(base);
    // (built property by property: a spread of contexts of two shapes takes V8's slow generic copy)
    const rc: RefineCtx = {
      toks: base.toks, lex: base.lex, pub: base.pub, narrative: base.narrative, anchorGran: base.anchorGran, anchorCoarse: base.anchorCoarse, untold: base.untold,
      aside: base.aside, headline: base.headline, priorDay: base.priorDay, lastDay: base.lastDay, tenseAt, clauseAt, clauseFacts,
    };
    for (const r of REFINERS) cands = r(rc, cands);
    if (entry && chronology) forwardEntry(toks, cands, chronology);
    const nextOf = withTimex2 ? nextCands(cands) : null;
    for (const x of cands) {
      const first = toks[x.a]!;
      const last = toks[x.b - 1]!;
      const cl = clauses[clauseOf[x.a] ?? 0] ?? [0, toks.length];
      const clauseEnd = Math.max(toks[cl[1] - 1]!.end, last.end);
      const coreTok = toks[x.core ?? x.a] ?? first;
      // "Monday’s drills": the possessive ending is not part of the expression
      const end = x.subEnd ?? (last.lo.length < last.text.length && noPossessive(last.text.toLowerCase()) === last.lo ? last.end - 2 : last.end);
      const start = x.subStart ?? first.start;
      const coreStart = x.subStart ?? coreTok.start;
      const timex: Timex = {
        start,
        end,
        text: text.slice(start, end),
        type: x.type,
        value: x.value,
        mod: x.mod,
        sentence: si,
        clause: { start: Math.min(toks[cl[0]]!.start, start), end: clauseEnd },
        stage: TIME_STAGE,
        rule: x.rule,
      };
      if (nextOf) {
        const t2 = timex2End(rc, x, nextOf.get(x));
        const t2a = timex2Start(rc, x, x.core ?? x.a);
        const appositive = x.apposition !== undefined ? toks[appositiveStart(rc, x, x.apposition)] : undefined;
        if (appositive) pushAppositiveHead(out, timex, coreStart, toks[x.apposition! - 2]!.end);
        const t2start = appositive ? appositive.start : t2a !== (x.core ?? x.a) ? toks[t2a]!.start : coreStart;
        out.push({ ...timex, core: { start: coreStart, end }, timex2: { start: t2start, end: t2 !== x.b ? toks[t2 - 1]!.end : end } });
      } else out.push(timex);
      if (!narrative && published0 && !options.headlines?.has(si) && !options.metadata?.has(si) && (x.type === 'DATE' || x.type === 'TIME') && x.value && /^\d{4}-\d{2}-\d{2}/.test(x.value) && !lonePart(x)) {
        const day = parseYmd(x.value.slice(0, 10));
        if (day && dayNumber(day) <= dayNumber(published0) && (!priorDay || dayNumber(day) > dayNumber(priorDay))) priorDay = day;
        if (day && dayNumber(day) <= dayNumber(published0)) lastDay = day;
      }
      if (narrative && movesAnchor(base, x.a)) anchor = nextAnchor(anchor, x.value);
      else if (entry) chronology = nextAnchor(chronology, x.value);
    }
    if (withTimex2) pushEventAnchored(out, text, base, cands, si);
  }
  return out;
}

/** Marks that separate a chronology entry's date from its text ("2019: …", "März 2024 – …"). */
const ENTRY_MARKS: ReadonlySet<string> = new Set([':', '–', '—', '-']);

/**
 * A lone clock or bare part of the day ("gegen 10.15 Uhr", "am Abend"): it names no day of its own
 * but took one (see `Ctx.priorDay`), so it does not move the day the text is talking about.
 */
function lonePart(x: Cand): boolean {
  return x.pending?.k === 'clock' || x.pending?.k === 'dayPart';
}

/** Whether the sentence is a chronology entry: it opens with an expression followed by a colon or dash. */
function chronologyEntry(toks: readonly TTok[], cands: readonly Cand[]): boolean {
  const lead = cands.find((x) => x.a === 0);
  const mark = lead ? toks[lead.b] : undefined;
  return mark !== undefined && mark.kind === 'punct' && ENTRY_MARKS.has(mark.text);
}

/**
 * A chronology runs forward: an entry's leading day or month without a year of its own that falls
 * before the entry above it is in the following year ("14. Oktober: …" then "18. August: …").
 */
function forwardEntry(toks: readonly TTok[], cands: readonly Cand[], prev: Anchor): void {
  const lead = cands.find((x) => x.a === 0);
  const m = lead?.value ? /^(\d{4})-(\d{2})(-\d{2})?$/.exec(lead.value) : null;
  if (!lead || !m || Number(m[1]) !== prev.ymd.y || Number(m[2]) >= prev.ymd.m) return;
  for (let i = lead.a; i < lead.b; i++) if (toks[i]!.kind === 'number' && /^\d{4}$/.test(toks[i]!.text)) return;
  lead.value = `${prev.ymd.y + 1}${lead.value!.slice(4)}`;
}

/**
 * TIDES 2005 (full extent, appositives): an appositive is not part of the expression it restates but
 * an expression of its own. For a weekday restated by a date with its article ("Samstag, dem 4. Mai
 * 1940") the stage's one expression is the appositive date in TIMEX2, and the weekday before the comma
 * is appended here as a TIMEX2-only expression with the same value.
 */
function pushAppositiveHead(out: (Timex | TaggedTime)[], timex: Timex, start: number, end: number): void {
  const span = { start, end };
  // a clock belongs to the date after the comma ("Sonntag, den 5. Mai 1940 um 5 Uhr"): the weekday is the day
  const clock = timex.value !== null && PATTERNS.clockValue.test(timex.value);
  const value = clock ? timex.value!.slice(0, 10) : timex.value;
  out.push({ ...timex, start, end, text: timex.text.slice(start - timex.start, end - timex.start), type: clock ? 'DATE' : timex.type, value, core: span, timex2: span, timex2Only: true });
}

/** Appends the sentence's TIMEX2-only event-anchored units (see `eventAnchoredUnits`), value null. */
function pushEventAnchored(out: (Timex | TaggedTime)[], text: string, c: Ctx, cands: readonly Cand[], si: number): void {
  for (const [a, b] of eventAnchoredUnits(c, cands)) {
    const start = c.toks[a]!.start;
    const end = c.toks[b - 1]!.end;

    out.push({
      start, end, text: text.slice(start, end), type: 'DATE', value: null, mod: null, sentence: si,
      clause: { start, end }, stage: TIME_STAGE, rule: 'event-anchored', core: { start, end }, timex2: { start, end }, timex2Only: true,
    });
  }
}

/** For each expression, the first one that starts after it (the refiners may leave them out of order); linear after one sort. */
function nextCands(cands: readonly Cand[]): Map<Cand, Cand | undefined> {
  const sorted = [...cands].sort((p, q) => p.a - q.a);
  const out = new Map<Cand, Cand | undefined>();
  let j = 0;
  for (const x of sorted) {
    while (j < sorted.length && sorted[j]!.a <= x.a) j++;
    out.set(x, sorted[j]);
  }
  return out;
}

/** {@link tagTimesDetailed} without the benchmark-only spans and units, and without computing them: the Timex items the stage adds. */
export function tagTimes(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  lang: Lang,
  published: string | null,
  lexicon: TimeLexicon,
  options: TagOptions = {},
): Timex[] {
  return tagAll({ text, sentences, tokens, lang, published, lexicon, options }, false);
}
