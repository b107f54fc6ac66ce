/**
 * Aggregate classes of time errors: which gold expressions were not found, and how a found one's
 * value went wrong. Counts only, like the description and event breakdowns, so a held-out set can
 * be diagnosed without reading its misses.
 *
 * Every gold expression falls in exactly one class, tried in this order:
 * - `missed`: no system expression overlaps it (also counted per gold type in `missedByType`);
 * - `ok`: value and mod equal (the scorer's hit);
 * - `modOnly`: the value is right, the mod is not;
 * - `refVsValue`: one side is a reference word (PRESENT_REF, PAST_REF, FUTURE_REF) and the other is not;
 * - `duration`: a duration or set value (`P…`) that differs;
 * - `later` / `earlier`: both are calendar values of the same shape (day, month, year, week, clock time),
 *   the system's after or before the gold's; `laterByWeek` / `earlierByWeek` count the days exactly
 *   seven apart (a weekday read in the wrong direction) and `laterByYear` / `earlierByYear` the values
 *   that differ in the year alone (year inference);
 * - `coarser` / `finer`: one value is a leading part of the other ("2025-07" against "2025-07-27");
 * - `other`: everything else (another shape, a decade against a year, a value where gold has none).
 * System expressions no gold expression took are `spurious`.
 */
import { countKey, pairSpans, type ScoreItem } from './score.js';

/** Counts of the time error classes over a corpus. */
export interface TimeErrorBreakdown {
  gold: number; ok: number; missed: number; missedByType: Record<string, number>;
  modOnly: number; refVsValue: number; duration: number;
  later: number; laterByWeek: number; laterByYear: number;
  earlier: number; earlierByWeek: number; earlierByYear: number;
  coarser: number; finer: number; other: number; spurious: number;
}

const REF = /^(PRESENT|PAST|FUTURE)_REF$/;
/** The shape of a value: digits as 9, so "2025-07-27" and "2024-01-03" share one. */
const shape = (v: string): string => v.replace(/\d/g, '9');
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayNumber = (v: string): number | null => {
  const m = DAY.exec(v);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
};

type ValueClass = 'modOnly' | 'refVsValue' | 'duration' | 'later' | 'earlier' | 'coarser' | 'finer' | 'other';

/** How a system value differs from the gold one (called only when value or mod differ). */
function valueClass(gold: string, sys: string): ValueClass {
  if (gold === sys) return 'modOnly';
  if (REF.test(gold) !== REF.test(sys)) return 'refVsValue';
  if (gold.startsWith('P') || sys.startsWith('P')) return gold.startsWith('P') && sys.startsWith('P') ? 'duration' : 'other';
  if (/^\d/.test(gold) && shape(gold) === shape(sys)) return sys > gold ? 'later' : 'earlier';
  if (gold.startsWith(sys + '-') || gold.startsWith(sys + 'T')) return 'coarser';
  if (sys.startsWith(gold + '-') || sys.startsWith(gold + 'T')) return 'finer';
  return 'other';
}

/** Breaks the time errors of a scored corpus into the classes above. */
export function timeErrorBreakdown(items: readonly ScoreItem[]): TimeErrorBreakdown {
  const b: TimeErrorBreakdown = {
    gold: 0, ok: 0, missed: 0, missedByType: {}, modOnly: 0, refVsValue: 0, duration: 0,
    later: 0, laterByWeek: 0, laterByYear: 0, earlier: 0, earlierByWeek: 0, earlierByYear: 0,
    coarser: 0, finer: 0, other: 0, spurious: 0,
  };
  for (const { text, gold, sys } of items) {
    const goldTimes = gold.times ?? [];
    const sysTimes = sys?.times ?? [];
    const { pairs, missed } = pairSpans(text, goldTimes, sysTimes, 0);
    b.gold += goldTimes.length;
    b.spurious += sysTimes.length - pairs.length;
    for (const g of missed) {
      b.missed++;
      countKey(b.missedByType, g.type, 'untyped');
    }
    for (const [g, s] of pairs) {
      const gv = String(g.value);
      const sv = String(s.value);
      if (gv === sv && (g.mod ?? null) === (s.mod ?? null)) { b.ok++; continue; }
      const cls = valueClass(gv, sv);
      b[cls]++;
      if (cls !== 'later' && cls !== 'earlier') continue;
      const gd = dayNumber(gv);
      const sd = dayNumber(sv);
      if (gd !== null && sd !== null && Math.abs(sd - gd) === 7) b[cls === 'later' ? 'laterByWeek' : 'earlierByWeek']++;
      if (gv.slice(4) === sv.slice(4)) b[cls === 'later' ? 'laterByYear' : 'earlierByYear']++;
    }
  }
  return b;
}

/** The breakdown as readable lines (printed by `lagebild eval --breakdown`). */
export function formatTimeErrors(b: TimeErrorBreakdown): string {
  const byType = Object.entries(b.missedByType).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([t, n]) => `${t} ${n}`).join(', ');
  const rows: [string, string][] = [
    ['gold times', `${b.gold} (value and mod right ${b.ok})`],
    ['not found', `${b.missed}${byType ? ` (${byType})` : ''}`],
    ['mod only', `${b.modOnly}`],
    ['reference vs value', `${b.refVsValue} (PRESENT_REF, PAST_REF or FUTURE_REF on one side only)`],
    ['duration or set', `${b.duration}`],
    ['later than gold', `${b.later} (a week: ${b.laterByWeek}, the year alone: ${b.laterByYear})`],
    ['earlier than gold', `${b.earlier} (a week: ${b.earlierByWeek}, the year alone: ${b.earlierByYear})`],
    ['coarser', `${b.coarser} (a leading part of the gold value)`],
    ['finer', `${b.finer} (the gold value is a leading part)`],
    ['other', `${b.other}`],
    ['spurious', `${b.spurious}`],
  ];
  return 'time errors\n' + rows.map(([k, v]) => `  ${k.padEnd(22)}${v}`).join('\n') + '\n';
}
