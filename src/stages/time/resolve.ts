import { addDays, dayNumber, easter, thanksgiving, fmtClock, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, isoWeekday, mondayOfIsoWeek, validDate, type Ymd } from './calendar.js';
import { PATTERNS } from './patterns.js';
import type { Tense } from './clause.js';
import type { Cand } from './context.js';

/*
 * Resolution of pending values against the publication date. Direction comes first from the
 * text ("vergangenen", "next"), then from the clause's tense; with neither, the nearest
 * candidate wins (ties go to the past, since news mostly reports what happened); a weekday in
 * a clause without a past or future cue is the publication day or the day before, else the
 * coming one (news reports past days in the past tense; the present names a schedule: "Voters go
 * to the polls on Sunday", "Die Bahn streikt am Montag").
 */

/** The latest day ≤ pub (or < pub when strict) with ISO weekday wd. */
function weekdayBack(pub: Ymd, wd: number, strict: boolean): Ymd {
  let diff = (isoWeekday(pub) - wd + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(pub, -diff);
}
function weekdayForward(pub: Ymd, wd: number, strict: boolean): Ymd {
  let diff = (wd - isoWeekday(pub) + 7) % 7;
  if (diff === 0 && strict) diff = 7;
  return addDays(pub, diff);
}

/** The day a weekday refers to. */
export function resolveWeekday(pub: Ymd, wd: number, dir: number | undefined, tense: Tense | null, weekShift?: number): Ymd {
  if (weekShift !== undefined || dir === 0) {
    const w = isoWeek(addDays(pub, 7 * (weekShift ?? 0)));
    return addDays(mondayOfIsoWeek(w.y, w.w), wd - 1);
  }
  // "übernächsten Montag", "vorletzten Freitag": a direction of two is one week further
  if (dir !== undefined) return addDays(dir < 0 ? weekdayBack(pub, wd, true) : weekdayForward(pub, wd, true), 7 * (dir - Math.sign(dir)));
  if (tense === 'past') return weekdayBack(pub, wd, false);
  if (tense === 'future') return weekdayForward(pub, wd, false);
  const back = weekdayBack(pub, wd, false);
  const fwd = weekdayForward(pub, wd, false);
  // a present verb of the weekday's own clause names a schedule: today or the coming one ("the
  // central bank meets on Tuesday" on a Wednesday); without one (a present report verb, no verb):
  // today or yesterday ("says Tuesday" on a Wednesday), else the schedule ahead
  if (tense === 'present') return fwd;
  return dayNumber(pub) - dayNumber(back) <= 1 ? back : fwd;
}

/** Year of a month (and day) without a year. */
export function inferYear(pub: Ymd, m: number, d: number | null, dir: number | undefined, tense: Tense | null): number {
  const cand = (y: number): number => dayNumber({ y, m, d: d ?? 15 });
  const here = dayNumber(d === null ? { y: pub.y, m: pub.m, d: 15 } : pub);
  const same = cand(pub.y);
  if (dir === 0) return pub.y;
  // an explicit "last April" / "kommenden März" is strictly before / after publication
  const before = d === null ? m < pub.m : same < dayNumber(pub);
  const after = d === null ? m > pub.m : same > dayNumber(pub);
  if (dir !== undefined && dir < 0) return before ? pub.y : pub.y - 1;
  if (dir !== undefined && dir > 0) return after ? pub.y : pub.y + 1;
  // within a month of publication the year is the publication's year whatever the tense says
  if (m === pub.m || Math.abs(same - here) <= 31) return pub.y;
  // a present clause names a schedule: this year's or the next year's, but the month just past is
  // still the one data are told of ("Die Wahl findet im November statt" in January: next November)
  if (tense === 'present' && dir === undefined && m !== (pub.m === 1 ? 12 : pub.m - 1)) return same >= here ? pub.y : pub.y + 1;
  const direction = dir !== undefined && dir !== 0 ? dir : tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
  if (direction < 0) return same <= here ? pub.y : pub.y - 1;
  if (direction > 0) return same >= here ? pub.y : pub.y + 1;
  const prev = cand(pub.y - 1);
  const next = cand(pub.y + 1);
  const best = [prev, same, next].reduce((a, b) => (Math.abs(b - here) < Math.abs(a - here) ? b : a));
  return best === prev ? pub.y - 1 : best === next ? pub.y + 1 : pub.y;
}

/** ISO week ("2025-W30") of the weekend meant: by direction, else tense, else the nearest one. */
function weekendWeek(pub: Ymd, dir: number | undefined, tense: Tense | null): string {
  const wd = isoWeekday(pub);
  let shift: number;
  // "kommendes Wochenende" on a weekday is the one of this week; "vergangenes" the one before
  if (dir !== undefined) shift = dir > 0 ? (wd <= 5 ? 0 : 1) : dir < 0 ? -1 : 0;
  else if (tense === 'past') shift = wd >= 6 ? 0 : -1;
  else if (tense === 'future') shift = 0;
  // present tense names a schedule, as for weekdays: the last weekend only the day after it
  else shift = wd <= 1 ? -1 : 0;
  const w = isoWeek(addDays(pub, 7 * shift));
  return fmtWeek(w.y, w.w);
}

const SEASON_MID: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 13 };

/**
 * A narrative's year for month `m` named without one: the running year, or the next one when the
 * running month is known and `m` lies more than six months before it (a history moves forward: "im
 * Dezember 1944 … bis Mitte Januar" is 1945; "im Juni 1941 … bereits im März" stays 1941, and so
 * does "im Februar 1942 … im November"). With only a running year ("im Jahr 1944 … im Januar") it is
 * that year's.
 */
function narrativeYear(pub: Ymd, m: number, monthKnown: boolean): number {
  return monthKnown && m - pub.m < -6 ? pub.y + 1 : pub.y;
}

/**
 * Fills in a candidate's pending value in place. `heute`/`today` is PRESENT_REF (the gold
 * convention: it mostly means "nowadays") unless the clause is in the past tense, where it is the
 * publication day. `narrative`: `pub` is a narrative's running date; `monthKnown`: that date is
 * known to the month (not only a year the text named); `weekdayOnward`: a bare weekday counts
 * forward from that date (a running day known to the day, the weekday not told as lying before it).
 */
export function resolvePending(c: Cand, pub: Ymd | null, tense: Tense | null, narrative = false, monthKnown = true, weekdayOnward = true): void {
  const p = c.pending;
  if (!p) return;
  if (p.k === 'today') {
    // "overnight" is the night before the publication day unless its clause looks ahead ("will stay
    // closed overnight"): news reports the night just past in the past tense and, in headlines and
    // leads, in the present ("Leaders agree fund after overnight talks") (marked here, where the
    // tense is known; `shiftNightBefore` moves the day back)
    if (p.laterToday) {
      // "noch heute" looking ahead is the publication day; in any other clause the lasting present
      c.value = tense === 'future' && pub ? fmtDay(pub) : 'PRESENT_REF';
    } else if (p.overnight) {
      c.value = pub ? `${fmtDay(pub)}T${p.part ?? 'NI'}` : null;
      if (tense !== 'future') c.nightBefore = true;
    } else if (p.part || tense === 'past') c.value = pub ? fmtDay(pub) + (p.part ? `T${p.part}` : '') : null;
    else c.value = 'PRESENT_REF';
    return;
  }
  if (!pub) {
    c.value = null;
    return;
  }
  switch (p.k) {
    case 'weekday': {
      // (the weekday's own tense decides which one; the night to it is moved back by `shiftNightBefore`)
      // a narrative's night to a weekday is found by the day it begins on, the weekday before: "Am
      // Samstag, dem 4. Mai 1940, … In der Nacht zu Sonntag" is the night that begins on the running
      // Saturday (1940-05-04TNI), not the one of the Sunday before it, which a bare past Sunday would be
      const night = narrative && c.nightBefore === true && c.dir === undefined && p.week === undefined;
      // a bare weekday in a narrative that runs on a known day is that day or the next such day, in
      // any tense: a history tells its days forward ("Am Samstag, dem 4. Mai 1940, … Am Sonntag" is
      // 5 May, not the Sunday before); only a running month or year leaves the tense to decide
      const onward = narrative && weekdayOnward && c.dir === undefined && p.week === undefined;
      // (a night is found by the weekday it begins on, then moved to the next day)
      const wd = night ? (p.wd === 1 ? 7 : p.wd - 1) : p.wd;
      const found = onward ? weekdayForward(pub, wd, false) : resolveWeekday(pub, wd, c.dir, tense, p.week);
      const day = fmtDay(night ? addDays(found, 1) : found);
      c.value = p.part ? `${day}T${p.part}` : day;
      break;
    }
    case 'monthDay': {
      const y = narrative && c.dir === undefined ? narrativeYear(pub, p.m, monthKnown) : inferYear(pub, p.m, p.d, c.dir, tense);
      c.value = validDate(y, p.m, p.d) ? fmtDay({ y, m: p.m, d: p.d }) : null;
      break;
    }
    case 'month':
      c.value = fmtMonth(narrative && c.dir === undefined ? narrativeYear(pub, p.m, monthKnown) : inferYear(pub, p.m, null, c.dir, tense), p.m);
      break;
    case 'season': {
      const mid = SEASON_MID[p.s] ?? 7;
      const inSeason = pub.m + (p.s === 'WI' && pub.m <= 2 ? 12 : 0);
      let y = pub.y - (p.s === 'WI' && pub.m <= 2 ? 1 : 0);
      const direction = c.dir !== undefined && c.dir !== 0 ? c.dir : tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
      if (narrative && c.dir === undefined) {
        // a narrative's "im Sommer" is the summer of its running year (its winter: the one that
        // began the year before when the running date is in January or February), the next
        // year's when a known running month lies more than six months after it, as for months
        // ("im Dezember 1944 … im Frühjahr": 1945); a running year alone names no month, so its
        // winter is its own ("Im Jahr 1944 … im Winter": 1944-WI, not the winter begun in 1943)
        y = p.s === 'WI' && pub.m <= 2 && monthKnown ? pub.y - 1 : p.s !== 'WI' ? narrativeYear(pub, mid, monthKnown) : pub.y;
      } else if (narrative && c.dir !== 0) {
        // "the previous summer", "im folgenden Winter": the nearest such season strictly before or after the running date
        y = pub.y;
        if (direction < 0 && mid >= pub.m) y--;
        else if (direction > 0 && mid <= pub.m) y++;
      } else if (c.dir === 0) {
        // "this summer": the season of the publication year
      } else if (c.dir !== undefined) {
        // "im vergangenen Herbst", "next summer": the nearest such season strictly before or after
        // the current one, so in autumn itself the autumn of the year before (after)
        if (c.dir < 0 && mid >= inSeason - 1) y--;
        else if (c.dir > 0 && mid <= inSeason + 1) y++;
      } else if (Math.abs(inSeason - mid) > 1) {
        if (direction < 0 && mid > inSeason) y--;
        else if (direction > 0 && mid < inSeason) y++;
        else if (direction === 0 && mid - inSeason > 6) y--;
        else if (direction === 0 && inSeason - mid > 6) y++;
      }
      c.value = `${fmtYear(y)}-${p.s}`;
      break;
    }
    case 'clock':
      c.value = fmtDay(pub) + fmtClock(p.h, p.mi);
      break;
    case 'dayPart':
      // (part '': a whole day, "the same day")
      c.value = p.part ? `${fmtDay(pub)}T${p.part}` : fmtDay(pub);
      break;
    case 'movable': {
      // the year is chosen like a day-month's, from this year's date of the feast
      const at = (y: number): Ymd => addDays(p.base === 'easter' ? easter(y) : thanksgiving(y), p.offset);
      const here = at(pub.y);
      const y = narrative && c.dir === undefined ? pub.y : inferYear(pub, here.m, here.d, c.dir, tense);
      c.value = fmtDay(at(y));
      break;
    }
    case 'quarter': {
      // a quarter or half after the current one in a past clause is last year's, one before it in
      // a future clause next year's; otherwise the publication year's
      const cur = p.q === 'Q' ? Math.floor((pub.m - 1) / 3) + 1 : pub.m <= 6 ? 1 : 2;
      const direction = c.dir !== undefined && c.dir !== 0 ? c.dir : tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
      const y = direction < 0 && p.n > cur ? pub.y - 1 : direction > 0 && p.n < cur ? pub.y + 1 : pub.y;
      c.value = `${fmtYear(y)}-${p.q}${p.n}`;
      break;
    }
    case 'weekend': {
      c.value = `${weekendWeek(pub, c.dir, tense)}-WE`;
      break;
    }
  }
  if (c.partOfDay && c.value && PATTERNS.dayValue.test(c.value)) c.value += `T${c.partOfDay}`;
  if (c.clock && c.value && PATTERNS.dayValue.test(c.value)) {
    c.value += c.clock;
    c.type = 'TIME';
  }
}
