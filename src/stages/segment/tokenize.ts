import type { TokenKind } from '../../doc/types.js';

/** A token before it is assigned to a sentence. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
  rule: string;
}

/** Language data the tokenizer and splitter need. */
export interface SegmentLexicon {
  /** Abbreviations with their final period ("Dr.", "Nr."), compared case-sensitively. */
  readonly abbreviations: ReadonlySet<string>;
  /** Abbreviations that also end a sentence when a capitalised word follows ("etc.", "Inc.", "p.m."). */
  readonly sentenceFinal: ReadonlySet<string>;
  /**
   * Words that continue the sentence after a sentence-final dotted abbreviation ("3 p.m. GMT", "3 p.m. Tuesday"),
   * as written; weekday and month words count too, and any word followed by "time" ("10 p.m. Moscow time").
   */
  readonly finalContinuers: ReadonlySet<string>;
  /** Weekday words, lower-cased. */
  readonly weekdays: ReadonlySet<string>;
  /** Lower-cased month words (ordinal "28." before a month keeps its period). */
  readonly months: ReadonlySet<string>;
  /** Words after which an ordinal keeps its period ("20. Jahrhundert"). */
  readonly ordinalFollowers: ReadonlySet<string>;
  /** Lower-cased words after which a number with a period is an ordinal ("in der 32. Kalenderwoche"). */
  readonly ordinalPrecursors: ReadonlySet<string>;
  /**
   * One-letter words that are names, not initials ("X", the platform): after a lower-case word
   * ("schrieb auf X.", "posted on X.") their period ends the sentence.
   */
  readonly letterWords: ReadonlySet<string>;
  /** Lower-cased nouns after which a letter word is such a name although the noun is capitalised ("auf der Plattform X."). */
  readonly letterWordHeads: ReadonlySet<string>;
  /** Every character that can be a quotation mark. */
  readonly quoteChars: ReadonlySet<string>;
  /** Whether "28." before a month or a lower-case word is an ordinal (German). */
  readonly dottedOrdinals: boolean;
}

// Character classes, each with an ASCII answer first: nearly every character of an article is ASCII, and a
// Unicode-property regex per character was the tokenizer's largest cost. Non-ASCII characters take the regex.
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) : LETTER.test(c);
};
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // space, and \t \n \v \f \r
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(c);
};
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 128 ? isAsciiLetter(code) || (code >= 48 && code <= 57) : WORD_CHAR.test(c);
};
const HYPHENS = new Set(['-', '‐', '‑']);
const APOSTROPHES = new Set(["'", '’']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', '…']);

/**
 * Splits `text[from, to)` into tokens with one linear scan (no regular expression over the whole
 * span, so nothing can backtrack). Handles hyphenated compounds ("US-Präsident", "Radio- und"),
 * numbers with separators ("10.000", "3,5", "10.00"), short dates ("27.7."), dotted acronyms
 * ("U.S.", "p.m."), initials and listed abbreviations, ordinals ("28. Juli") and quotation marks.
 */
export function tokenize(text: string, from: number, to: number, lex: SegmentLexicon): RawToken[] {
  const out: RawToken[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (isSpace(c) || c === '\u00ad') {
      i++;
      continue;
    }
    if (isDigit(c)) {
      i = scanNumber(text, i, to, lex, out);
      continue;
    }
    if (isLetter(c)) {
      i = scanWord(text, i, to, lex, out);
      continue;
    }
    if (lex.quoteChars.has(c)) {
      out.push({ start: i, end: i + 1, kind: 'quote', rule: 'quote-mark' });
      i++;
      continue;
    }
    if (c === '.' && text[i + 1] === '.' && text[i + 2] === '.') {
      out.push({ start: i, end: i + 3, kind: 'punct', rule: 'ellipsis' });
      i += 3;
      continue;
    }
    // surrogate pairs (emoji etc.) stay one token
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const kind: TokenKind = /[\p{P}]/u.test(c) ? 'punct' : 'symbol';
    out.push({ start: i, end: i + len, kind, rule: kind });
    i += len;
  }
  return out;
}

function scanNumber(text: string, start: number, to: number, lex: SegmentLexicon, out: RawToken[]): number {
  let i = start;
  while (i < to && isDigit(text[i])) i++;
  // groups joined by . , : (10.000 / 3,5 / 10.00 / 27.7. / 12:30)
  while (i + 1 < to && (text[i] === '.' || text[i] === ',' || text[i] === ':') && isDigit(text[i + 1])) {
    i++;
    while (i < to && isDigit(text[i])) i++;
  }
  let rule = 'number';
  const body = text.slice(start, i);
  if (text[i] === '.' && i < to) {
    // short date "27.7." keeps its final period
    if (/^\d{1,2}\.\d{1,2}$/.test(body)) {
      i++;
      rule = 'short-date';
    } else if (lex.dottedOrdinals && /^\d{1,3}$/.test(body) && (afterPrecursor(text, out, lex) || isOrdinalContext(text, i + 1, to, lex))) {
      i++;
      rule = 'ordinal';
    }
  }
  // letters glued to digits ("30-tägige" is a compound, "2nd", "5G", "F-16" handled by scanWord)
  // (not after an ordinal or short date: "3.-5. Mai" is a range of two ordinals, like "3.–5. Mai")
  if (rule === 'number' && HYPHENS.has(text[i] ?? '') && isWordChar(text[i + 1])) {
    let j = i + 1;
    while (j < to && (isWordChar(text[j]) || (HYPHENS.has(text[j]!) && isWordChar(text[j + 1])))) j++;
    out.push({ start, end: j, kind: 'word', rule: 'number-compound' });
    return j;
  }
  if (isLetter(text[i]) && rule === 'number') {
    let j = i;
    while (j < to && isWordChar(text[j])) j++;
    out.push({ start, end: j, kind: 'word', rule: 'alnum' });
    return j;
  }
  out.push({ start, end: i, kind: 'number', rule });
  return i;
}

/** Whether the token before a number is an article or preposition that makes it an ordinal. */
function afterPrecursor(text: string, out: readonly RawToken[], lex: SegmentLexicon): boolean {
  const prev = out[out.length - 1];
  return prev !== undefined && prev.kind === 'word' && lex.ordinalPrecursors.has(text.slice(prev.start, prev.end).toLowerCase());
}

/** After "28." : a month word, a listed follower or (German) a lower-case word makes it an ordinal. */
function isOrdinalContext(text: string, from: number, to: number, lex: SegmentLexicon): boolean {
  let i = from;
  while (i < to && text[i] === ' ') i++;
  let j = i;
  while (j < to && isWordChar(text[j])) j++;
  if (j === i) return false;
  const word = text.slice(i, j);
  // "5.März" is written without a space; other words need one
  if (lex.months.has(word.toLowerCase())) return true;
  if (i === from) return false;
  if (lex.ordinalFollowers.has(word)) return true;
  return word[0] !== undefined && word[0] === word[0].toLowerCase() && word[0] !== word[0].toUpperCase();
}

/** Whether the token before a one-letter word makes it a word ("auf der Plattform X."): a lower-case word or a listed head. */
function letterWordAfter(text: string, prev: RawToken | undefined, lex: SegmentLexicon): boolean {
  if (prev === undefined || prev.kind !== 'word') return false;
  const w = text.slice(prev.start, prev.end);
  return /^\p{Ll}/u.test(w) || lex.letterWordHeads.has(w.toLowerCase());
}

/**
 * Whether a dotted abbreviation such as "p.m." may end its sentence: it is listed as sentence-final and the next word
 * does not continue a time ("at 10:40 p.m. Two soldiers were wounded" ends; "3 p.m. Tuesday", "3 p.m. GMT",
 * "10 p.m. Moscow time" do not). Only a capitalised next word can start a sentence, so only that word is read.
 */
function dottedFinal(text: string, start: number, end: number, to: number, lex: SegmentLexicon): boolean {
  if (!lex.sentenceFinal.has(text.slice(start, end))) return false;
  let a = end;
  while (a < to && isSpace(text[a])) a++;
  let b = a;
  while (b < to && isWordChar(text[b])) b++;
  if (b === a) return true;
  const next = text.slice(a, b);
  if (lex.finalContinuers.has(next)) return false;
  const lower = next.toLowerCase();
  if (lex.weekdays.has(lower) || lex.months.has(lower)) return false;
  return !/^\s+time\b/iu.test(text.slice(b, Math.min(to, b + 8)));
}

function scanWord(text: string, start: number, to: number, lex: SegmentLexicon, out: RawToken[]): number {
  let i = start;
  while (i < to && isWordChar(text[i])) i++;
  // dotted acronym / initials: U.S. / p.m. / z.B. / J.
  // (the word before is read only for a one-letter word that can be a word of its own: this runs for every word)
  const letterWord = i - start === 1 && lex.letterWords.has(text[start]!) && letterWordAfter(text, out[out.length - 1], lex);
  if (text[i] === '.' && i - start === 1 && !letterWord) {
    let j = i + 1;
    while (j + 1 < to && isLetter(text[j]) && text[j + 1] === '.' && !isWordChar(text[j + 2])) j += 2;
    const rule = j <= i + 1 ? 'initial' : dottedFinal(text, start, j, to, lex) ? 'abbreviation-final' : 'dotted-acronym';
    out.push({ start, end: j, kind: 'word', rule });
    return j;
  }
  // compounds: US-Präsident, Lee Jae-myung, don't, Ukraine-Krieg, F-16
  for (;;) {
    const c = text[i];
    if (c !== undefined && (HYPHENS.has(c) || APOSTROPHES.has(c)) && isWordChar(text[i + 1])) {
      i++;
      while (i < to && isWordChar(text[i])) i++;
      continue;
    }
    break;
  }
  // truncated compound "Radio- und TV-Sendungen": keep the hyphen with the word
  if (HYPHENS.has(text[i] ?? '') && isSpace(text[i + 1]) && !isSpace(text[i - 1])) {
    const k = i + 2;
    const next = text.slice(k, k + 4).toLowerCase();
    if (/^(und|oder|bis|and|or|to)\b/.test(next) || text[k] === ',') {
      out.push({ start, end: i + 1, kind: 'word', rule: 'truncated-compound' });
      return i + 1;
    }
  }
  if (text[i] === '.' && i < to && lex.abbreviations.has(text.slice(start, i + 1))) {
    const final = lex.sentenceFinal.has(text.slice(start, i + 1));
    out.push({ start, end: i + 1, kind: 'word', rule: final ? 'abbreviation-final' : 'abbreviation' });
    return i + 1;
  }
  out.push({ start, end: i, kind: 'word', rule: 'word' });
  return i;
}

/** True for tokens that may end a sentence (". ! ? …", and abbreviations that can stand last). */
export function isTerminator(text: string, t: RawToken): boolean {
  return (t.kind === 'punct' && SENTENCE_PUNCT.has(text[t.start]!)) || t.rule === 'abbreviation-final';
}
