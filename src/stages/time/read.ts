import { fmtDay, validDate } from './calendar.js';
import { cand, dirAt, glued, intOf, isCapitalised, lo, noDot, refFor, unitAt, wordsAt, type Cand, type Ctx } from './context.js';
import type { PartMod } from './lexicon.js';
import { PATTERNS } from './patterns.js';
import { mayHold } from './trigger.js';

/*
 * Token readers shared by the parsers: a year, a day, a month, an ordinal, an era marker at a
 * token index. They read, they do not decide (no candidates of their own except `dateCand`).
 */

/** Years the parsers accept as calendar years (older ones need an era: "218 v. Chr."). */
export const isYear = (n: number): boolean => n >= 1000 && n <= 2199;

/** A 4-digit year at token i. */
export function yearAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'number' || t.text.length !== 4) return null;
  const n = intOf(t.text);
  return isYear(n) ? n : null;
}

/** Day of month at token i: "31.", "31", "31st". */
export function dayAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t) return null;
  let s = t.text;
  if (s.endsWith('.')) s = s.slice(0, -1);
  else if (t.kind === 'word' && s.length >= 3) {
    const suf = t.lo.slice(-2);
    if (suf === 'st' || suf === 'nd' || suf === 'rd' || suf === 'th') s = s.slice(0, -2);
  }
  if (s.length === 0 || s.length > 2) return null;
  const d = intOf(s);
  return d >= 1 && d <= 31 ? d : null;
}

/** Month at token i ("Juli", "Feb.", "Sept"). Words that need context are accepted only when `ctxOk`. */
export function monthAt(c: Ctx, i: number, ctxOk: boolean): number | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'word') return null;
  const w = noDot(t.lo);
  const m = c.lex.months.get(w);
  if (m === undefined || !isCapitalised(c, i)) return null;
  if (!ctxOk && c.lex.monthsNeedContext.has(w)) return null;
  return m;
}

/** Whether token i is an abbreviated month ("Feb") followed by its own glued period, not the sentence's. */
export function abbrevDot(c: Ctx, i: number): boolean {
  return lo(c, i + 1) === '.' && glued(c, i) && lo(c, i).length <= 4 && c.toks[i + 2] !== undefined;
}

/** Year after a day-month ("31. Juli 2025", "July 31, 2025"), with the index after it. */
export function yearAfter(c: Ctx, i: number): { y: number; next: number } | null {
  let j = i;
  if (lo(c, j) === ',' || lo(c, j) === 'of') j++;
  // "im Mai des Jahres 1940", "in the summer of the year 2000", "am 1. Januar im Jahre 1801"
  let k = j;
  if (c.lex.articles.has(lo(c, k)) || c.lex.yearNounLinks.has(lo(c, k))) k++;
  if (c.lex.yearNouns.has(lo(c, k)) && (yearAt(c, k + 1) !== null || eraYearAt(c, k + 1) !== null)) j = k + 1;
  // "im Herbst 218 v. Chr.", "im Sommer des Jahres 211 v. Chr.", "im März 44 v. Chr.": a year with
  // its era, BC as an astronomical year (218 BC = -217; the value formats it as "BC0218")
  const e = eraYearAt(c, j);
  if (e) return e;
  const y = yearAt(c, j);
  if (y !== null) return { y, next: j + 1 };
  // a history's three-digit year after a month or day ("im März 410 plünderten die Goten Rom", "am 24.
  // August 410"): not before a noun it counts ("im Mai 300 Soldaten") or a unit ("im Mai 200 km")
  const t = c.toks[j];
  if (!c.narrative || !t || t.kind !== 'number' || t.text.length !== 3 || !PATTERNS.digits.test(t.text)) return null;
  const after = c.toks[j + 1];
  if (after && after.kind === 'word' && (isCapitalised(c, j + 1) || c.lex.nonYearAfter.has(after.lo))) return null;
  return { y: intOf(t.text), next: j + 1 };
}

/** A year of one to four digits followed by its era at token i ("218 v. Chr." → -217, "9 n. Chr." → 9). */
function eraYearAt(c: Ctx, i: number): { y: number; next: number } | null {
  const t = c.toks[i];
  if (!t || t.kind !== 'number' || t.text.length > 4 || !PATTERNS.digits.test(t.text)) return null;
  const n = intOf(t.text);
  const era = n >= 1 ? eraAt(c, i + 1) : null;
  return era ? { y: era.bc ? 1 - n : n, next: era.next } : null;
}

/** A DATE candidate for a full day, or null when the day does not exist (31 June). */
export function dateCand(a: number, b: number, y: number, m: number, d: number, rule: string): Cand | null {
  return validDate(y, m, d) ? cand(a, b, 'DATE', fmtDay({ y, m, d }), rule) : null;
}

/** An era marker at token i ("v. Chr.", "BC"): BC true/false and the index after it (a glued period included). */
export function eraAt(c: Ctx, i: number): { bc: boolean; next: number } | null {
  for (const [list, bc] of [[c.lex.eraBefore, true], [c.lex.eraAfter, false]] as const) {
    for (const words of list) {
      if (!wordsAt(c, i, words)) continue;
      let next = i + words.length;
      // "v. Chr." keeps its abbreviation period; "44 BC." ends the sentence
      if (words.length > 1 && lo(c, next) === '.' && glued(c, next - 1)) next++;
      return { bc, next };
    }
  }
  return null;
}

/** Decade from a word like "1990er", "1990s", "90s": the first three digits ("199"). */
export function decadeOf(c: Ctx, w: string): string | null {
  for (const suf of c.lex.decadeSuffixes) {
    if (!w.endsWith(suf)) continue;
    const digits = w.slice(0, w.length - suf.length);
    if (!PATTERNS.digits.test(digits) || !digits.endsWith('0')) continue;
    if (digits.length === 4 && isYear(Number(digits))) return digits.slice(0, 3);
    if (digits.length === 2) return `19${digits[0]}`;
  }
  return null;
}

/** Ordinal number at token i: "20.", "20th", "zwanzigsten", "first". */
export function ordinalAt(c: Ctx, i: number): number | null {
  const t = c.toks[i];
  if (!t) return null;
  if (t.kind === 'number' && t.text.endsWith('.')) {
    const n = intOf(t.text.slice(0, -1));
    return Number.isNaN(n) ? null : n;
  }
  // (no slice of the ending: asked at every number and ordinal word by four parsers)
  if (t.lo.length >= 3 && ordinalEnding(t.lo)) {
    const n = intOf(t.lo.slice(0, -2));
    if (!Number.isNaN(n)) return n;
  }
  const w = c.lex.ordinals.get(t.lo);
  return w !== undefined && w > 0 ? w : null;
}

/** Whether a word ends in an English ordinal ending ("st", "nd", "rd", "th"). */
function ordinalEnding(w: string): boolean {
  return w.endsWith('st') || w.endsWith('nd') || w.endsWith('rd') || w.endsWith('th');
}

/** A season word, also as a compound with a part prefix ("Spätsommer" → SU, END). */
export function seasonAt(c: Ctx, i: number): { s: string; mod: PartMod | null } | null {
  const w = lo(c, i);
  const s = c.lex.seasons.get(w);
  if (s !== undefined) return { s, mod: null };
  // (the compounds below are the lexicon's `seasonCompounds`: any other word is none, without trying each affix)
  if (!mayHold(c.lex.seasonFilter, w) || !c.lex.seasonCompounds.has(w)) return null;
  // "die Sommermonate 1634", "in den Wintermonaten"
  for (const suf of c.lex.seasonSuffixes) {
    const base = w.endsWith(suf) ? c.lex.seasons.get(w.slice(0, w.length - suf.length)) : undefined;
    if (base !== undefined) return { s: base, mod: null };
  }
  for (const [prefix, mod] of c.lex.seasonPrefixes) {
    if (!w.startsWith(prefix)) continue;
    const rest = c.lex.seasons.get(w.slice(prefix.length));
    if (rest !== undefined) return { s: rest, mod };
  }
  return null;
}

/** A year given relative to the reference after a month or season: "nächsten Jahres", "desselben Jahres", "des Vorjahres". */
export function relYearAfter(c: Ctx, j: number): { shift: number; next: number } | null {
  // "in the summer of that year", "in May of the following year"
  let k = lo(c, j) === 'of' ? j + 1 : j;
  const article = c.lex.articles.has(lo(c, k));
  if (article) k++;
  // "im Herbst des Jahres", "im Mai des Jahres" (no number after it): the reference's year, like "Ende des Jahres"
  const bare = article ? unitAt(c, k) : null;
  if (bare && bare.unit === 'Y' && !bare.plural && c.toks[k + 1]?.kind !== 'number') return { shift: 0, next: k + 1 };
  const rw = c.lex.relativeWords.get(lo(c, k));
  if (rw && rw[0] === 'Y') return { shift: rw[1], next: k + 1 };
  const dir = dirAt(c, k, true);
  const u = unitAt(c, k + 1);
  return dir !== undefined && u && u.unit === 'Y' && !u.plural ? { shift: dir, next: k + 2 } : null;
}

/**
 * The year a relative year phrase names (`relYearAfter`'s shift from the reference year), or null
 * where the reference is no year of the text: a narrative before its first date ("Im Herbst
 * desselben Jahres" opening a history names a year of the story, not the download year), as `refFor`.
 */
export function relYearValue(c: Ctx, shift: number): number | null {
  const ref = refFor(c, 'Y');
  return ref ? ref.y + shift : null;
}

/**
 * Whether token i names a year-long period other than the calendar year: a `periodYearNouns` word
 * ("fiscal", "season", "Saison") or a capitalised compound of a year noun ("Haushaltsjahr",
 * "Schuljahr", "Kriegsjahr"; not "Jahr" itself).
 */
export function periodNounAt(c: Ctx, i: number): boolean {
  const w = lo(c, i);
  if (c.lex.periodYearNouns.has(w)) return true;
  return isCapitalised(c, i) && c.lex.yearNounSuffixes.some((s) => w.length >= s.length + 3 && w.endsWith(s));
}
