import type { Lang, ZoneKind } from '../doc/types.js';

/** A zone of the analysed text found by ingestion (title, dateline, heading, body paragraph). */
export interface Zone {
  readonly start: number;
  readonly end: number;
  readonly zone: ZoneKind;
  readonly rule: string;
}

/** Input formats ingestion understands. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** What ingestion makes of one input before analysis: the text to analyse and its metadata. */
export interface IngestedText {
  /**
   * The analysed text. For plain text the file exactly as decoded (BOM removed, line ends kept);
   * for Markdown and HTML the title line followed by one line per heading/paragraph, as plain text.
   * Every zone offset refers to this string.
   */
  readonly text: string;
  readonly zones: readonly Zone[];
  readonly title: string | null;
  /** Publication date YYYY-MM-DD found in the input, or null. */
  readonly published: string | null;
  /** Outlet name, or null. */
  readonly source: string | null;
  /** Detected or declared language, or 'unknown'. */
  readonly language: Lang | 'unknown';
  readonly format: InputFormat;
  /** Canonical URL of the article when the input names one (HTML canonical link, front matter `url`). */
  readonly url?: string | null;
  /** Things the user should know but that did not stop ingestion (e.g. a windows-1252 fallback). */
  readonly warnings?: readonly string[];
}

/** Options shared by the ingestion entry points. */
export interface IngestOptions {
  /** Declared language; skips detection. */
  readonly lang?: Lang | null;
  /** Size limit in bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Forces a format instead of choosing by extension and content. */
  readonly format?: InputFormat;
  /** The page's address, used for HTML when it names no canonical URL. */
  readonly url?: string | null;
  /**
   * Decode invalid UTF-8 that is clearly Latin-1 text as windows-1252 (with a warning) instead of
   * failing with INPUT_ENCODING. Default true.
   */
  readonly latin1Fallback?: boolean;
}

/** Default size limit of one input: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
