/**
 * Evidence that a capitalised word is a common noun rather than part of a name. German
 * capitalises every noun, so a person's name run can swallow the noun after it ("Pedro Castillo
 * Rebellion", "Präsident Shavkat Mirziyoyev Montag", "sagte Sadyr Dschaparow Journalisten"); the
 * ner stage and the resolver trim such tails with the same cues.
 */

import type { ResourceLoader } from '../../resources/loader.js';
import { loadCalendar } from '../../resources/calendar.js';

/** Word-level cues of a common noun (lower-case). */
export interface NounCues {
  /** Noun suffixes ("ung", "heit", "ion"); a word needs three letters before one. */
  readonly suffixes: readonly string[];
  /** Words that are never the last part of a name (month and weekday words). */
  readonly words: ReadonlySet<string>;
}

/** Whether a lower-case word looks like a common noun by the cues. */
export function nounLike(lower: string, cues: NounCues): boolean {
  if (cues.words.has(lower)) return true;
  for (const s of cues.suffixes) if (lower.length >= s.length + 3 && lower.endsWith(s)) return true;
  return false;
}

/**
 * The end of a name run `[from, to)` without the noun-like words at its tail, keeping at least
 * `keep` words (a given name and a family name).
 */
export function trimNounTail(lower: readonly string[], from: number, to: number, cues: NounCues, keep = 2): number {
  let j = to;
  while (j - from > keep && nounLike(lower[j - 1]!, cues)) j--;
  return j;
}

/** Month and weekday words of the calendar lexicon (lower-case). */
export function calendarWords(res: ResourceLoader): Set<string> {
  const cal = loadCalendar(res);
  return new Set([...Object.keys(cal.months), ...Object.keys(cal.weekdays)].map((w) => w.toLowerCase()));
}
