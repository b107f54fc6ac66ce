import type { ZoneKind } from '../doc/types.js';
import type { Zone } from './types.js';

/**
 * Builds an analysed text line by line (title line, then one line per heading or paragraph) and
 * records each line as a zone, so offsets are right by construction. Used for Markdown and HTML,
 * whose analysed text is produced rather than taken verbatim.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly zones: Zone[] = [];

  /** Appends one line (whitespace collapsed, invisible characters removed); empty lines are skipped. */
  line(raw: string, zone: ZoneKind, rule: string): void {
    const text = cleanLine(raw);
    if (text.length === 0) return;
    if (this.parts.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.zones.push({ start: this.length, end: this.length + text.length, zone, rule });
    this.parts.push(text);
    this.length += text.length;
  }

  /** Number of lines so far. */
  get lines(): number {
    return this.zones.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/**
 * Collapses whitespace runs (including no-break and other Unicode spaces, which HTML and
 * Markdown render as one space) and removes soft hyphens and zero-width characters, which are
 * invisible in the rendered article but would split words.
 */
export function cleanLine(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
