import type { Ymd } from './calendar.js';
import { GRAN_RANK, type CoarseAnchor, type Ctx, type Gran } from './context.js';
import { PATTERNS } from './patterns.js';

/*
 * The running date of a narrative (HeidelTime's "narratives" mode): relative expressions follow the
 * last absolute date the text gave, at that date's granularity.
 */

/** A narrative's running date and how precise it is. */
export interface Anchor {
  readonly ymd: Ymd;
  readonly gran: Gran;
  /** A century or decade named since that date (see `Ctx.anchorCoarse`). */
  readonly coarse?: CoarseAnchor;
  /** Narratives only: still the publication date, before the text gave a date of its own (see `Ctx.untold`). */
  readonly untold?: true;
}

/** Month a season's value anchors a narrative at ("1940-SU" → June: its first month). */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The reference a narrative moves on to after an absolute value, with its granularity
 * ("1940-06" → 1940-06-01 at month level; "1940-SU" → 1940-06-01 at year level).
 */
export function anchorOf(value0: string | null): Anchor | null {
  // a BC value ("BC0218", "BC0218-FA") runs on in astronomical years (218 BC = -217), so that "zwei
  // Jahre später" is 216 BC; a BC century ("BC02") is too coarse, like any other century
  const bc = value0 !== null && value0.startsWith('BC');
  const value = bc ? value0.slice(2) : value0;
  if (value === null || value.length < 4 || !PATTERNS.year4.test(value.slice(0, 4))) return null;
  const y = bc ? 1 - Number(value.slice(0, 4)) : Number(value.slice(0, 4));
  const m = value.length >= 7 && value[4] === '-' ? Number(value.slice(5, 7)) : NaN;
  const d = value.length >= 10 && value[7] === '-' ? Number(value.slice(8, 10)) : NaN;
  if (m >= 1 && m <= 12) return d >= 1 && d <= 31 ? { ymd: { y, m, d }, gran: 'D' } : { ymd: { y, m, d: 1 }, gran: 'M' };
  const season = SEASON_START[value.slice(5, 7)];
  return { ymd: { y, m: season ?? 1, d: 1 }, gran: 'Y' };
}

/** The century ("18") or decade ("196") a value names (not a BC century: "BC02"). */
export function coarseAnchorOf(value: string | null): CoarseAnchor | null {
  if (value === null || (value.length !== 2 && value.length !== 3) || !PATTERNS.digits.test(value)) return null;
  return value.length === 2 ? { unit: 'CE', y: Number(value) * 100 } : { unit: 'DE', y: Number(value) * 10 };
}

/**
 * The next running date of a narrative: a coarser value that contains the current date keeps the
 * finer one ("Am 6. Juni 1944 … im Jahr 1944 … am folgenden Tag" counts from 6 June). A century or
 * decade keeps the date and is noted beside it for what refers to a century or decade ("Ende des
 * Jahrhunderts"); the next date clears it.
 */
export function nextAnchor(cur: Anchor | null, value: string | null): Anchor | null {
  const coarse = coarseAnchorOf(value);
  if (coarse) return cur ? { ymd: cur.ymd, gran: cur.gran, coarse, untold: cur.untold } : cur;
  const a = anchorOf(value);
  if (!a || !cur) return a ?? cur;
  const within = a.ymd.y === cur.ymd.y && (a.gran === 'Y' || (a.gran === 'M' && a.ymd.m === cur.ymd.m));
  if (!(GRAN_RANK[a.gran] > GRAN_RANK[cur.gran] && within)) return a;
  return cur.coarse ? { ymd: cur.ymd, gran: cur.gran, untold: cur.untold } : cur;
}

/** Marks the tokens inside parentheses (linear: one pass with a depth counter). */
export function asides(toks: readonly { readonly text: string }[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) out[i] = 1;
  }
  return out;
}

/** Whether an expression starting at token a moves a narrative's running date (not inside parentheses). */
export const movesAnchor = (c: Ctx, a: number): boolean => c.narrative === true && c.aside?.[a] !== 1;

/** The running date a sentence of a narrative starts from (null in news, where it never moves). */
export const startAnchor = (c: Ctx): Anchor | null => (c.narrative && c.pub ? { ymd: c.pub, gran: c.anchorGran ?? 'D', coarse: c.anchorCoarse, untold: c.untold } : null);

/** The context with a narrative's running date in place of its reference. */
export const withAnchor = <C extends Ctx>(c: C, a: Anchor | null): C => (a ? { ...c, pub: a.ymd, anchorGran: a.gran, anchorCoarse: a.coarse, untold: a.untold } : c);
