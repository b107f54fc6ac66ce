import { isTerminator, type RawToken } from './tokenize.js';

const OPENERS = new Set(['(', '[', '{', '¿', '¡', '–', '—', '-']);
const CLOSERS = new Set([')', ']', '}']);

const startsSentence = (text: string, t: RawToken): boolean => {
  const c = text[t.start]!;
  if (t.kind === 'quote' || OPENERS.has(c)) return true;
  if (t.kind === 'number') return true;
  return c !== c.toLowerCase() || !/\p{L}/u.test(c);
};

/**
 * Groups a paragraph's tokens into sentences: a sentence ends after ". ! ? …" (plus any closing
 * quotation marks or brackets glued to it) when the next token can start a sentence. Abbreviations,
 * initials, ordinals and short dates never reach this point as separate periods (the tokenizer
 * kept the period inside them), so no abbreviation list is consulted here.
 *
 * Why not Intl.Segmenter: it splits after every abbreviation it does not know ("Nr. 5", "z. B.")
 * and needs a merge pass anyway, and its sentence mode is slow on long paragraphs; the tokens
 * already carry the information needed.
 * @returns token index ranges [first, last] (inclusive) of each sentence
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isTerminator(text, t)) {
      i++;
      continue;
    }
    let last = i;
    // "?!", "..." runs and glued closing quotes / brackets stay with this sentence
    while (last + 1 < tokens.length) {
      const n = tokens[last + 1]!;
      const glued = n.start === tokens[last]!.end;
      if (isTerminator(text, n) || (glued && (n.kind === 'quote' || CLOSERS.has(text[n.start]!)))) last++;
      else break;
    }
    const next = tokens[last + 1];
    if (next === undefined) break;
    if (startsSentence(text, next) && next.start > tokens[last]!.end) {
      out.push([first, last]);
      first = last + 1;
    }
    i = last + 1;
  }
  if (first < tokens.length) out.push([first, tokens.length - 1]);
  return out;
}
