/**
 * Evidence that a capitalised word is a common noun rather than part of a name. German
 * capitalises every noun, so a person's name run can swallow the noun after it ("Pedro Castillo
 * Rebellion", "Präsident Shavkat Mirziyoyev Montag", "sagte Sadyr Dschaparow Journalisten"); the
 * ner stage and the resolver trim such tails with the same cues.
 */

import type { ResourceLoader } from '../../resources/loader.js';
import { asNumber, asObject, asRecord } from '../../resources/validate.js';

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

/**
 * Month and weekday words of the calendar lexicon (lower-case). The loader caches a file with the
 * first validator that read it, so this reads it with the segmenter's shape (`months`, `weekdays`
 * records) and takes the words defensively by shape.
 */
export function calendarWords(res: ResourceLoader): Set<string> {
  const cal: unknown = res.lexicon('calendar', (raw, where) => {
    const o = asObject(raw, where);
    return { months: asRecord(o.months, where, 'months', asNumber), weekdays: asRecord(o.weekdays, where, 'weekdays', asNumber) };
  });
  const out = new Set<string>();
  if (typeof cal !== 'object' || cal === null) return out;
  for (const key of ['months', 'weekdays']) {
    const part = (cal as Record<string, unknown>)[key];
    const words = part instanceof Set || part instanceof Map ? [...part.keys()] : typeof part === 'object' && part !== null ? Object.keys(part) : [];
    for (const w of words) if (typeof w === 'string') out.add(w.toLowerCase());
  }
  return out;
}
