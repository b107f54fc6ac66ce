import type { Ymd } from './calendar.js';
import { clauseRanges, tenseOf, type Tense } from './clause.js';
import { fmtClock } from './calendar.js';
import { lo, type Cand, type Ctx } from './context.js';
import { resolvePending } from './resolve.js';

/*
 * Refiners run in this order over the non-overlapping candidates of one sentence
 * (see REFINERS at the end):
 *   1. mergeParenthesisedDate  "am Dienstag (29.7.)": one expression, the explicit date wins.
 *   2. mergeClock              "um 10 Uhr am Montag", "Friday at 3 p.m.": the clock joins the date.
 *   3. resolve                 pending weekdays, months, seasons, "heute", clocks, by direction and tense.
 *   4. dropFutureInPast        "soon" in a past-tense clause narrates, it does not refer to the future.
 *   5. extendPreposition       "am", "seit den", "In the" join the span (not "vom": it attaches to a noun).
 *   6. removeOverlaps          a last guard: longer first, then earlier.
 */

/** What a refiner gets besides the candidates. */
export interface RefineCtx extends Ctx {
  readonly pub: Ymd | null;
  /** Tense of the clause around a token index (falls back to the sentence's tense). */
  tenseAt(i: number, clauseOnly?: boolean): Tense | null;
}

/** A refiner maps the sentence's candidates (sorted by start) to new ones. */
export type Refiner = (c: RefineCtx, cands: Cand[]) => Cand[];

const isDateLike = (x: Cand): boolean => x.type === 'DATE' && (x.pending?.k === 'monthDay' || (x.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(x.value)));

export const mergeParenthesisedDate: Refiner = (c, cands) => {
  const out: Cand[] = [];
  for (let k = 0; k < cands.length; k++) {
    const x = cands[k]!;
    const y = cands[k + 1];
    if (x.pending?.k === 'weekday' && y && isDateLike(y) && lo(c, x.b) === '(' && y.a === x.b + 1 && lo(c, y.b) === ')') {
      out.push({ ...y, a: x.a, b: y.b + 1, mod: x.mod ?? y.mod, rule: `${x.rule}+paren-date` });
      k++;
    } else out.push(x);
  }
  return out;
};

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
    const linkOk = gap === 0 || (gap === 1 && (lo(c, x.b) === ',' || c.lex.prepositions.has(lo(c, x.b))));
    const fullDay = date.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(date.value);
    if (clock && clock.pending?.k === 'clock' && date.type === 'DATE' && (fullDay || (date.value === null && date.pending && date.pending.k !== 'clock')) && linkOk) {
      const hm = fmtClock(clock.pending.h, clock.pending.mi);
      const merged: Cand = fullDay
        ? { ...date, a: x.a, b: y.b, type: 'TIME', value: date.value + hm, rule: `${date.rule}+clock` }
        : { ...date, a: x.a, b: y.b, clock: hm, rule: `${date.rule}+clock` };
      out.push(merged);
      k++;
    } else out.push(x);
  }
  return out;
};

export const resolve: Refiner = (c, cands) => {
  // "heute" is a date only when its own clause is past; elsewhere it means "nowadays"
  for (const x of cands) resolvePending(x, c.pub, c.tenseAt(x.a, x.pending?.k === 'today'));
  return cands;
};

export const dropFutureInPast: Refiner = (c, cands) => cands.filter((x) => !(x.value === 'FUTURE_REF' && x.rule === 'vague-word' && c.tenseAt(x.a) === 'past'));

export const extendPreposition: Refiner = (c, cands) => {
  let prevEnd = 0;
  for (const x of cands) {
    let a = x.a;
    if (a - 1 >= prevEnd && c.lex.articles.has(lo(c, a - 1)) && c.lex.prepositions.has(lo(c, a - 2)) && a - 2 >= prevEnd) a -= 2;
    else if (a - 1 >= prevEnd && c.lex.prepositions.has(lo(c, a - 1))) a -= 1;
    // a preposition is only taken when it stands right before the expression (no sentence-initial capital test: "In 1997")
    x.a = a;
    prevEnd = x.b;
  }
  return cands;
};

export const removeOverlaps: Refiner = (_c, cands) => {
  const byLen = [...cands].sort((p, q) => q.b - q.a - (p.b - p.a) || p.a - q.a);
  const kept: Cand[] = [];
  for (const x of byLen) if (!kept.some((y) => x.a < y.b && y.a < x.b)) kept.push(x);
  return kept.sort((p, q) => p.a - q.a);
};

/** The refiners in their documented order. */
export const REFINERS: readonly Refiner[] = [mergeParenthesisedDate, mergeClock, resolve, dropFutureInPast, extendPreposition, removeOverlaps];

/** Builds the tense lookup of a sentence: clause tense, else sentence tense. */
export function tenseLookup(c: Ctx): { tenseAt: (i: number) => Tense | null; clauses: [number, number][] } {
  const clauses = clauseRanges(c.toks, c.lex);
  const memo = new Map<number, Tense | null>();
  let sentence: Tense | null | undefined;
  return {
    clauses,
    tenseAt(i, clauseOnly = false) {
      const k = clauses.findIndex(([a, b]) => i >= a && i < b);
      if (k < 0) return null;
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
