import type { Lang, Sentence, Timex, Token } from '../../doc/types.js';
import { parseYmd } from './calendar.js';
import type { Cand, Ctx, Parser, TTok } from './context.js';
import type { TimeLexicon } from './lexicon.js';
import { pAgo, pCentury, pClock, pDayMonth, pDayOffset, pDecade, pIsoWeek, pMonth, pNumericDate, pQuarter, pRelPeriod, pSeason, pWeekday, pYear } from './parse-dates.js';
import { pCompoundDuration, pDuration, pPeriodPart, pSet, pVague, pVagueDuration } from './parse-spans.js';
import { REFINERS, tenseLookup } from './refine.js';

/** Stage name recorded on every Timex. */
export const TIME_STAGE = 'time';

/**
 * The parsers, tried at every token; the longest match at a position wins and scanning goes on
 * after it (ties: the earlier parser in this list). Both languages share the parsers; what differs
 * is the lexicon (words, numeric date order) — except where a language has no such form.
 */
const PARSERS: Readonly<Record<Lang, readonly Parser[]>> = {
  de: [pVague, pNumericDate, pDayMonth, pMonth, pPeriodPart, pWeekday, pDayOffset, pRelPeriod, pAgo, pSet, pDuration, pCompoundDuration, pVagueDuration, pDecade, pCentury, pIsoWeek, pQuarter, pSeason, pClock, pYear],
  en: [pVague, pNumericDate, pDayMonth, pMonth, pPeriodPart, pWeekday, pDayOffset, pRelPeriod, pAgo, pSet, pDuration, pCompoundDuration, pVagueDuration, pDecade, pCentury, pIsoWeek, pQuarter, pSeason, pClock, pYear],
};

/** A time expression with the span without its preposition (TIMEX2-style extent, for benchmarks). */
export interface TaggedTime extends Timex {
  readonly core: { readonly start: number; readonly end: number };
}

/** Lower-case form without a possessive ending ("Monday’s" → "monday"), so lookups see the word. */
function baseForm(s: string): string {
  const l = s.toLowerCase();
  const n = l.length;
  if (n > 3 && l.charCodeAt(n - 1) === 115 /* s */ && (l[n - 2] === "'" || l[n - 2] === '’')) return l.slice(0, -2);
  return l;
}

/** Reads the sentence's expressions: longest match per position, left to right. */
function scan(c: Ctx, parsers: readonly Parser[]): Cand[] {
  const out: Cand[] = [];
  const n = c.toks.length;
  let i = 0;
  while (i < n) {
    let best: Cand | null = null;
    for (const p of parsers) {
      const x = p(c, i);
      if (x && x.b > i && (!best || x.b > best.b)) best = x;
    }
    if (best) {
      out.push(best);
      i = best.b;
    } else i++;
  }
  return out;
}

/**
 * Finds and normalises the temporal expressions of a text: pure, no I/O. `sentences` and `tokens`
 * are the segment layers (tokens sorted, each with its sentence index); `published` is the
 * reference date "YYYY-MM-DD" or null (relative expressions then keep value null).
 */
export function tagTimesDetailed(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  lang: Lang,
  published: string | null,
  lexicon: TimeLexicon,
): TaggedTime[] {
  const pub = parseYmd(published);
  const parsers = PARSERS[lang];
  const out: TaggedTime[] = [];
  let k = 0;
  for (let si = 0; si < sentences.length; si++) {
    const toks: TTok[] = [];
    while (k < tokens.length && tokens[k]!.sentence < si) k++;
    while (k < tokens.length && tokens[k]!.sentence === si) {
      const t = tokens[k]!;
      const s = text.slice(t.start, t.end);
      toks.push({ text: s, lo: baseForm(s), start: t.start, end: t.end, kind: t.kind, rule: t.rule });
      k++;
    }
    if (toks.length === 0) continue;
    const base: Ctx = { toks, lex: lexicon, pub };
    let cands = scan(base, parsers);
    if (cands.length === 0) continue;
    const cores = new Map(cands.map((x) => [x, x.a] as const));
    const { tenseAt, clauses, clauseOf } = tenseLookup(base);
    const rc = { ...base, tenseAt };
    for (const r of REFINERS) cands = r(rc, cands);
    for (const x of cands) {
      const first = toks[x.a]!;
      const last = toks[x.b - 1]!;
      const cl = clauses[clauseOf[x.a] ?? 0] ?? [0, toks.length];
      const clauseEnd = Math.max(toks[cl[1] - 1]!.end, last.end);
      const coreTok = toks[Math.max(x.a, cores.get(x) ?? x.a)] ?? first;
      out.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        type: x.type,
        value: x.value,
        mod: x.mod,
        sentence: si,
        clause: { start: Math.min(toks[cl[0]]!.start, first.start), end: clauseEnd },
        stage: TIME_STAGE,
        rule: x.rule,
        core: { start: coreTok.start, end: last.end },
      });
    }
  }
  return out;
}

/** {@link tagTimesDetailed} without the benchmark-only `core` span: the Timex items the stage adds. */
export function tagTimes(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  lang: Lang,
  published: string | null,
  lexicon: TimeLexicon,
): Timex[] {
  return tagTimesDetailed(text, sentences, tokens, lang, published, lexicon).map(({ core: _core, ...t }) => t);
}
