/**
 * A tiny linear tokenizer for one short line, used to recognise datelines, date-only lines and
 * bylines without regular expressions that could backtrack. Callers pass at most a few hundred
 * characters (see `dateline.ts`).
 */

/** A token of a line. `dot` is set when a period directly follows (it is not part of `text`). */
export interface LineToken {
  readonly text: string;
  readonly kind: 'word' | 'num' | 'punct';
  readonly start: number;
  /** End offset, including the trailing period when `dot` is set. */
  readonly end: number;
  readonly dot: boolean;
}

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => /\s/u.test(c);
const DASHES = new Set(['-', '–', '—', '−', '‒']);

/** Tokenizes `s[from, to)`; offsets are into `s`. */
export function tokenizeLine(s: string, from = 0, to = s.length): LineToken[] {
  const out: LineToken[] = [];
  let i = from;
  while (i < to) {
    const c = s[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      // Letters with inner hyphens, apostrophes and dots between letters ("Keystone-SDA", "a.m").
      i++;
      while (i < to) {
        const d = s[i]!;
        if (isLetter(d)) i++;
        else if ((d === '-' || d === '\'' || d === '’' || d === '.') && i + 1 < to && isLetter(s[i + 1]!)) i += 2;
        else break;
      }
      out.push(withDot(s, 'word', start, i, to));
      i = out[out.length - 1]!.end;
    } else if (isDigit(c)) {
      i++;
      while (i < to) {
        const d = s[i]!;
        if (isDigit(d)) i++;
        else if ((d === '.' || d === ':' || d === '/' || d === '-') && i + 1 < to && isDigit(s[i + 1]!)) i += 2;
        else break;
      }
      out.push(withDot(s, 'num', start, i, to));
      i = out[out.length - 1]!.end;
    } else if (DASHES.has(c)) {
      i++;
      while (i < to && DASHES.has(s[i]!)) i++;
      out.push({ text: s.slice(start, i), kind: 'punct', start, end: i, dot: false });
    } else {
      i++;
      out.push({ text: c, kind: 'punct', start, end: i, dot: false });
    }
  }
  return out;
}

function withDot(s: string, kind: 'word' | 'num', start: number, end: number, to: number): LineToken {
  const dot = end < to && s[end] === '.';
  return { text: s.slice(start, end), kind, start, end: dot ? end + 1 : end, dot };
}

/** True for a dash token ("-", "--", "–", "—"). */
export function isDash(t: LineToken | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && DASHES.has(t.text[0]!);
}

/** First letter upper case. */
export function isCapitalised(w: string): boolean {
  const c = w[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every letter upper case (and at least two letters): "LONDON", "SAN". */
export function isAllCaps(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}
