import type { Doc } from '../../doc/doc.js';
import type { Head } from './lexicon.js';

/** Token texts and flags of one document, computed once for all resolve passes. */
export interface DocView {
  readonly doc: Doc;
  readonly texts: readonly string[];
  readonly lower: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly sentence: readonly number[];
  /** Exclusive end token of each token's sentence. */
  readonly sentEnd: readonly number[];
  /** True where a token begins a sentence, a quotation or a clause after a colon (its capital says nothing). */
  readonly startish: readonly boolean[];
  readonly capital: readonly boolean[];
  /** Paragraph zone of each token's sentence. */
  readonly zone: readonly string[];
  /** How often each token text occurs in the document. */
  readonly textCounts: ReadonlyMap<string, number>;
  /**
   * Per token, its head entry once asked (`headAt`: null for none, undefined until asked). The passes ask the same
   * tokens again and again, and an array read costs less than the lexicon's string-keyed cache.
   */
  readonly heads: (Head | null | undefined)[];
}

/**
 * A capital opens the word, also after a glottal-stop letter (ʻokina U+02BB, ʼ U+02BC), which is a letter of its own in
 * Polynesian names ("ʻAisake Eke", "Hawaiʻi"): "ʻAisake" is a capitalised word.
 */
const UPPER = /^[ʻʼ]?\p{Lu}/u;

/** An opening quotation mark as a token of its own. */
export const OPENING_QUOTE = /^["“„«‚‘']$/u;
const OPENERS = new Set(['"', '„', '“', '‘', '«', '»', '‚', "'", '(', ':', '—', '–', '-']);

/** Builds the view of a segmented document. */
export function viewOf(doc: Doc): DocView {
  const tokens = doc.get('tokens');
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  const n = tokens.length;
  const texts: string[] = new Array<string>(n);
  const lower: string[] = new Array<string>(n);
  const starts: number[] = new Array<number>(n);
  const ends: number[] = new Array<number>(n);
  const sentence: number[] = new Array<number>(n);
  const sentEnd: number[] = new Array<number>(n);
  const startish: boolean[] = new Array<boolean>(n);
  const capital: boolean[] = new Array<boolean>(n);
  const zone: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const s = doc.text.slice(t.start, t.end);
    texts[i] = s;
    lower[i] = s.toLowerCase();
    starts[i] = t.start;
    ends[i] = t.end;
    sentence[i] = t.sentence;
    capital[i] = UPPER.test(s);
    const prev = i > 0 ? tokens[i - 1] : undefined;
    startish[i] = !prev || prev.sentence !== t.sentence || OPENERS.has(texts[i - 1]!);
    zone[i] = paragraphs[sentences[t.sentence]?.paragraph ?? -1]?.zone ?? 'body';
  }
  for (let i = n - 1; i >= 0; i--) sentEnd[i] = i + 1 < n && sentence[i + 1] === sentence[i] ? sentEnd[i + 1]! : i + 1;
  const textCounts = new Map<string, number>();
  for (const t of texts) textCounts.set(t, (textCounts.get(t) ?? 0) + 1);
  return { doc, texts, lower, starts, ends, sentence, sentEnd, startish, capital, zone, textCounts, heads: new Array<Head | null | undefined>(n) };
}
