import type { Lang, ZoneKind } from '../doc/types.js';

/** A zone of the analysed text found by ingestion (title, dateline, heading, body paragraph). */
export interface Zone {
  readonly start: number;
  readonly end: number;
  readonly zone: ZoneKind;
  readonly rule: string;
}

/** What ingestion makes of one input before analysis: the text to analyse and its metadata. */
export interface IngestedText {
  /** The analysed text: for plain text the file as decoded; for HTML the extracted title and paragraphs. */
  readonly text: string;
  readonly zones: readonly Zone[];
  readonly title: string | null;
  /** Publication date YYYY-MM-DD found in the input, or null. */
  readonly published: string | null;
  readonly source: string | null;
  /** Detected or declared language, or 'unknown'. */
  readonly language: Lang | 'unknown';
  readonly format: 'text' | 'markdown' | 'html';
}
