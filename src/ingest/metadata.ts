import { formatDate } from './dates.js';
import { dateOnlyLine, datelinePrefix, isByline, signedDateLine } from './dateline.js';
import type { IngestLexicon } from './lexicon.js';
import type { Zone } from './types.js';

/** How many zones after the title are looked at for datelines and bylines. */
const META_WINDOW = 5;
/** How many body paragraphs may open with a dateline (the first one after a standfirst, too). */
const PREFIX_PARAGRAPHS = 2;

/** Zones with their metadata lines marked, and the date a dateline gives. */
export interface MarkedZones {
  readonly zones: Zone[];
  /** YYYY-MM-DD of the first dateline date that has a year, or null. */
  readonly published: string | null;
}

/**
 * Marks the metadata at the top of an article so it is not analysed as body text: date-only lines
 * and dateline prefixes become 'dateline' zones (a paragraph that opens with one is split in two),
 * byline lines become 'byline'. Only the first few zones after the title are examined, since
 * datelines and bylines stand at the top; the cost is therefore constant per document.
 */
export function markMetadata(text: string, zones: readonly Zone[], lex: IngestLexicon): MarkedZones {
  const out: Zone[] = [];
  let published: string | null = null;
  let bodySeen = 0;
  let prefixFound = false;
  zones.forEach((z, idx) => {
    const inWindow = idx > 0 && idx <= META_WINDOW && (z.zone === 'body' || z.zone === 'heading');
    if (!inWindow) {
      out.push(z);
      return;
    }
    const date = dateOnlyLine(text, z.start, z.end, lex);
    if (date) {
      out.push({ ...z, zone: 'dateline', rule: 'date-line' });
      published ??= formatDate(date);
      return;
    }
    const signed = signedDateLine(text, z.start, z.end, lex);
    if (signed) {
      out.push({ ...z, zone: 'byline', rule: 'byline-date' });
      published ??= formatDate(signed);
      return;
    }
    if (isByline(text, z.start, z.end, lex)) {
      out.push({ ...z, zone: 'byline', rule: 'byline' });
      return;
    }
    // a dateline may open the first paragraph or stand on a line of its own ("MANILA, March 10,
    // 2026 (AFP) --" — such a short line without final punctuation was taken for a heading)
    if ((z.zone === 'body' || z.zone === 'heading') && !prefixFound && bodySeen < PREFIX_PARAGRAPHS) {
      bodySeen++;
      const dl = datelinePrefix(text, z.start, z.end, lex);
      if (dl) {
        prefixFound = true;
        out.push({ start: z.start, end: dl.end, zone: 'dateline', rule: dl.rule });
        if (dl.bodyStart < z.end) out.push({ start: dl.bodyStart, end: z.end, zone: 'body', rule: z.rule });
        published ??= formatDate(dl.date);
        return;
      }
    }
    out.push(z);
  });
  return { zones: out, published };
}
