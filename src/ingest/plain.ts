import type { ZoneKind } from '../doc/types.js';
import type { Zone } from './types.js';

/**
 * Splits plain text into line zones: the first non-empty line is the title, short lines without
 * final punctuation are headings, the rest body paragraphs. Dateline detection is separate
 * (see `dateline.ts`), applied to the lines after the title.
 */
export function lineZones(text: string): Zone[] {
  const zones: Zone[] = [];
  let pos = 0;
  let sawTitle = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) {
      const kind: ZoneKind = !sawTitle ? 'title' : isHeading(text.slice(start, end)) ? 'heading' : 'body';
      zones.push({ start, end, zone: kind, rule: kind === 'title' ? 'first-line' : kind === 'heading' ? 'short-line' : 'line' });
      sawTitle = true;
    }
    pos = nl + 1;
  }
  return zones;
}

/** A heading is a short line (≤ 12 words) that does not end like a sentence. */
function isHeading(line: string): boolean {
  if (line.length > 120) return false;
  if (/[.!?:;,"“”»«]$/.test(line)) return false;
  return line.split(/\s+/).length <= 12;
}
