import type { Lang, ZoneKind } from '../doc/types.js';
import { detectLanguage } from './language.js';
import { defaultIngestLexicon, type IngestLexicon } from './lexicon.js';
import { markMetadata } from './metadata.js';
import type { IngestedText, Zone } from './types.js';

/**
 * Splits plain text into line zones: the first non-empty line is the title, short lines without
 * final punctuation are headings, the rest body paragraphs. Dateline and byline detection is a
 * separate pass (see `metadata.ts`). Line ends may be \n or \r\n; zones exclude the \r and the
 * surrounding whitespace. Linear in the text length.
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
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const kind: ZoneKind = !sawTitle ? 'title' : isHeading(text, start, end) ? 'heading' : 'body';
      zones.push({ start, end, zone: kind, rule: kind === 'title' ? 'first-line' : kind === 'heading' ? 'short-line' : 'line' });
      sawTitle = true;
    }
    pos = nl + 1;
  }
  return zones;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0xfeff;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', ',', '"', '“', '”', '»', '«', '…']);

/** A heading is a short line (≤ 12 words, ≤ 120 characters) that does not end like a sentence. */
export function isHeading(text: string, start: number, end: number): boolean {
  if (end - start > 120) return false;
  if (SENTENCE_END.has(text[end - 1]!)) return false;
  let words = 1;
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) words++;
  return words <= 12;
}

/** Options of {@link ingestPlainText}. */
export interface PlainTextOptions {
  /** Lexicon to use instead of the project's resources (tests, other roots). */
  readonly lexicon?: IngestLexicon;
  readonly warnings?: readonly string[];
}

/**
 * Ingests plain text: title on the first line, body after; a date-only line, a dateline opening
 * the first paragraph and a byline become metadata zones, and a dateline's full date becomes
 * `published`. The text is kept exactly as given, so offsets refer to it.
 */
export function ingestPlainText(text: string, lang?: Lang | null, opts: PlainTextOptions = {}): IngestedText {
  const lex = opts.lexicon ?? defaultIngestLexicon();
  const { zones, published } = markMetadata(text, lineZones(text), lex);
  const title = zones.find((z) => z.zone === 'title');
  return {
    text,
    zones,
    title: title ? text.slice(title.start, title.end) : null,
    published,
    source: null,
    language: lang ?? detectLanguage(text, lex),
    format: 'text',
    url: null,
    warnings: opts.warnings ?? [],
  };
}
