/**
 * Markdown inline syntax → plain text: emphasis (* _ ~~), code spans, links and images, autolinks,
 * inline HTML tags, backslash escapes, footnote references and character references. One linear
 * scan plus a bounded pairing of emphasis delimiters; no backtracking patterns.
 */

interface Piece {
  text: string;
  /** For emphasis delimiters: the character, how it may act, and whether it was paired. */
  delim?: { ch: string; open: boolean; close: boolean; used: boolean };
}

/** Longest link label and destination looked for; longer brackets are left as text (keeps misses cheap). */
const MAX_LABEL = 300;
const MAX_DEST = 600;
/** How far back a closing delimiter looks for its opener (bounds pathological lines). */
const PAIR_WINDOW = 64;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Plain text of one Markdown line (or a paragraph's joined lines). */
export function stripInline(s: string): string {
  const pieces: Piece[] = [];
  let buf = '';
  const emit = (t: string): void => {
    buf += t;
  };
  const flushBuf = (): void => {
    if (buf) pieces.push({ text: buf });
    buf = '';
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && PUNCT.test(s[i + 1]!)) {
      emit(s[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (s[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = findWithin(s, fence, i + run, 2000);
      if (close > 0) {
        emit(s.slice(i + run, close).trim());
        i = close + run;
        continue;
      }
      emit(fence);
      i += run;
      continue;
    }
    if (c === '!' && s[i + 1] === '[') {
      const link = parseLink(s, i + 1);
      if (link) {
        i = link.end; // images are not article text
        continue;
      }
    }
    if (c === '[') {
      if (s[i + 1] === '^') {
        const close = findWithin(s, ']', i, 40);
        if (close > 0) {
          i = close + 1; // footnote reference
          continue;
        }
      }
      const link = parseLink(s, i);
      if (link) {
        emit(stripInline(link.label));
        i = link.end;
        continue;
      }
    }
    if (c === '<') {
      const close = findWithin(s, '>', i, 300);
      if (close > 0) {
        const inner = s.slice(i + 1, close);
        if (/^(?:https?|mailto|ftp):[^\s<>]*$/i.test(inner)) {
          emit(inner);
          i = close + 1;
          continue;
        }
        if (/^\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?$/.test(inner)) {
          i = close + 1; // inline HTML tag
          continue;
        }
      }
    }
    if (c === '&') {
      const semi = findWithin(s, ';', i, 10);
      if (semi > 0) {
        const dec = decodeEntity(s.slice(i + 1, semi));
        if (dec !== null) {
          emit(dec);
          i = semi + 1;
          continue;
        }
      }
    }
    if (c === '*' || c === '_' || (c === '~' && s[i + 1] === '~')) {
      let run = 1;
      while (s[i + run] === c) run++;
      const prev = i > 0 ? s[i - 1]! : ' ';
      const next = i + run < s.length ? s[i + run]! : ' ';
      const leftFlank = !SPACE.test(next) && (!PUNCT.test(next) || SPACE.test(prev) || PUNCT.test(prev));
      const rightFlank = !SPACE.test(prev) && (!PUNCT.test(prev) || SPACE.test(next) || PUNCT.test(next));
      // Intraword underscores ("snake_case") are never emphasis.
      const open = leftFlank && (c !== '_' || !ALNUM.test(prev));
      const close = rightFlank && (c !== '_' || !ALNUM.test(next));
      flushBuf();
      pieces.push({ text: s.slice(i, i + run), delim: { ch: c, open, close, used: false } });
      i += run;
      continue;
    }
    emit(c);
    i++;
  }
  flushBuf();
  pairDelimiters(pieces);
  return pieces.map((p) => (p.delim?.used ? '' : p.text)).join('');
}

function pairDelimiters(pieces: Piece[]): void {
  const openers: number[] = [];
  pieces.forEach((p, k) => {
    const d = p.delim;
    if (!d) return;
    if (d.close) {
      for (let j = openers.length - 1; j >= Math.max(0, openers.length - PAIR_WINDOW); j--) {
        const o = pieces[openers[j]!]!;
        if (o.delim!.ch === d.ch && !o.delim!.used) {
          o.delim!.used = true;
          d.used = true;
          openers.length = j;
          return;
        }
      }
    }
    if (d.open) openers.push(k);
  });
}

/** `[label](dest)` or `[label][ref]` starting at `s[i] === '['`; the end is after the link. */
function parseLink(s: string, i: number): { label: string; end: number } | null {
  let depth = 0;
  let k = i;
  const limit = Math.min(s.length, i + MAX_LABEL);
  for (; k < limit; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (k >= limit || s[k] !== ']') return null;
  const label = s.slice(i + 1, k);
  const after = s[k + 1];
  if (after === '(') {
    let paren = 0;
    let m = k + 1;
    const lim = Math.min(s.length, m + MAX_DEST);
    for (; m < lim; m++) {
      if (s[m] === '(') paren++;
      else if (s[m] === ')' && --paren === 0) break;
    }
    if (m >= lim) return null;
    return { label, end: m + 1 };
  }
  if (after === '[') {
    const close = findWithin(s, ']', k + 2, 200);
    if (close < 0) return null;
    return { label, end: close + 1 };
  }
  return null;
}

/** `s.indexOf(needle, from)` looking at most `max` characters ahead, so repeated misses stay linear. */
function findWithin(s: string, needle: string, from: number, max: number): number {
  const k = s.slice(from, from + max + needle.length).indexOf(needle);
  return k < 0 ? -1 : from + k;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', euro: '€', auml: 'ä', ouml: 'ö',
  uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', copy: '©', reg: '®', deg: '°', sect: '§',
};

/** A character reference's text (`amp`, `#228`, `#xE4`), or null if it is none. */
export function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const n = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    return String.fromCodePoint(n);
  }
  return NAMED[name] ?? null;
}
