import type { KbHit } from '../../kb/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { tokenize, type SegmentLexicon } from '../segment/tokenize.js';

/** Knowledge-base forms keyed by their token sequence (token texts joined by one space). */
export interface TokenIndex {
  readonly forms: ReadonlyMap<string, readonly KbHit[]>;
  /** Longest form (in tokens) starting with a given first token. */
  readonly maxLen: ReadonlyMap<string, number>;
}

/**
 * Indexes every knowledge-base form by its tokens, tokenised exactly as the segmenter tokenises
 * article text, so that a lookup is one hash probe per candidate length.
 */
export function buildTokenIndex(kb: KnowledgeBase, seg: SegmentLexicon): TokenIndex {
  const forms = new Map<string, KbHit[]>();
  const maxLen = new Map<string, number>();
  for (const [form, hits] of kb.forms()) {
    const toks = tokenize(form, 0, form.length, seg).map((t) => form.slice(t.start, t.end));
    if (toks.length === 0) continue;
    const key = toks.join(' ');
    const prev = forms.get(key);
    forms.set(key, prev ? [...prev, ...hits.filter((h) => !prev.some((p) => p.entity.id === h.entity.id && p.form === h.form))] : [...hits]);
    const first = toks[0]!;
    if ((maxLen.get(first) ?? 0) < toks.length) maxLen.set(first, toks.length);
  }
  return { forms, maxLen };
}

/** A knowledge-base match in the text: tokens `[from, to)`, characters `[start, end)`. */
export interface GazMatch {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly hits: readonly KbHit[];
}

/**
 * Title case of an all-capitals word ("LONDON" → "London"), or null; each part of a hyphenated word is title-cased and
 * a short inner part lower-cased ("PORT-AU-PRINCE" → "Port-au-Prince", "GUINEA-BISSAU" → "Guinea-Bissau").
 */
export function titleCase(w: string): string | null {
  // (an ASCII lower-case letter among the first two is no word in capitals: most words stop here, with no upper-case copy made)
  if (w.length < 3 || isAsciiLower(w.charCodeAt(0)) || isAsciiLower(w.charCodeAt(1)) || w !== w.toUpperCase() || w === w.toLowerCase()) return null;
  return w.split('-').map((p, i) => (i > 0 && p.length <= 3 ? p.toLowerCase() : p.slice(0, 1) + p.slice(1).toLowerCase())).join('-');
}

/** Whether a UTF-16 code unit is a letter a–z. */
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

const POSSESSIVE = /[’']s?$/u;

/**
 * Whether a word ends in a possessive apostrophe, with or without "s" ("Sudan’s", "Belarus’"): what `POSSESSIVE` tests,
 * read from the last two code units (the test runs for every word of a text, and an unanchored pattern would scan it).
 */
function endsPossessive(w: string): boolean {
  const n = w.length;
  let c = w.charCodeAt(n - 1);
  if (c === 115 && n >= 2) c = w.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

/** Whether a word is an abbreviation in capitals ("UN", "U.N.", "EU") that the base knows as organisations only. */
function orgAbbreviation(idx: TokenIndex, w: string): boolean {
  if (!/^(?:\p{Lu}{2,5}|(?:\p{Lu}\.){2,4})$/u.test(w)) return false;
  const hits = idx.forms.get(w);
  return !!hits && hits.every((h) => h.entity.kind === 'org');
}

/** A lower-case word with its first letter in capitals ("security" → "Security"); other words as they are. */
function capitalised(w: string): string {
  return /^\p{Ll}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

/**
 * Longest knowledge-base match starting at token `i` (at most `limit` tokens), trying the token
 * as written, its title case when it is in capitals ("LONDON", "PHNOM PENH"), its lower case at a sentence start
 * (German adjectives), and without an English possessive ("Sudan’s" → "Sudan").
 */
export function matchAt(idx: TokenIndex, texts: readonly string[], starts: readonly number[], ends: readonly number[], i: number, limit: number, sentenceStart: boolean): GazMatch | null {
  const first = texts[i]!;
  const tc = titleCase(first);
  // (the variants in turn, with no list of them: this runs for every token of a text, and most match nothing; a variant
  // equal to the title case is read as one, "X12" included)
  const m = matchVariant(idx, texts, starts, ends, i, limit, first, first, first === tc);
  if (m) return m;
  // (a variant equal to one tried before would give the same answer: not tried again)
  if (tc && tc !== first) {
    const mc = matchVariant(idx, texts, starts, ends, i, limit, first, tc, true);
    if (mc) return mc;
  }
  if (!sentenceStart) return null;
  const lowered = first[0]!.toLowerCase() + first.slice(1);
  return lowered === first || lowered === tc ? null : matchVariant(idx, texts, starts, ends, i, limit, first, lowered, false);
}

/** {@link matchAt} for one variant `v` of the first token `first` (`caps`: `v` is its title case). */
function matchVariant(idx: TokenIndex, texts: readonly string[], starts: readonly number[], ends: readonly number[], i: number, limit: number, first: string, v: string, caps: boolean): GazMatch | null {
  const max = Math.min(idx.maxLen.get(v) ?? 0, limit - i);
  // the tokens after the first as looked up, computed once for every length
  // (a name in capitals is in capitals throughout: "PHNOM PENH", "ADDIS ABABA")
  const after: string[] = [];
  for (let k = 1; k < max; k++) after.push(caps ? titleCase(texts[i + k]!) ?? texts[i + k]! : texts[i + k]!);
  for (let n = max; n >= 1; n--) {
    const parts = n === 1 ? [] : after.slice(0, n - 1);
    const key = n === 1 ? v : `${v} ${parts.join(' ')}`;
    const hits = idx.forms.get(key);
    if (hits) return { from: i, to: i + n, start: starts[i]!, end: ends[i + n - 1]!, hits };
    // possessive on the last token: "Sudan’s government", "Netanyahu’s victory"
    const last = n === 1 ? v : parts[parts.length - 1]!;
    if (endsPossessive(last)) {
      const bare = last.replace(POSSESSIVE, '');
      const k2 = n === 1 ? bare : [v, ...parts.slice(0, -1), bare].join(' ');
      const h2 = idx.forms.get(k2);
      if (h2) return { from: i, to: i + n, start: starts[i]!, end: ends[i + n - 1]! - (last.length - bare.length), hits: h2 };
    }
    // an organ of an organisation written in lower case after its abbreviation ("the UN security council"): the name of the
    // organisation's organ the base knows, with each lower-case word capitalised
    if (n > 1 && v === first && orgAbbreviation(idx, v)) {
      const organ = idx.forms.get(`${v} ${parts.map(capitalised).join(' ')}`);
      if (organ && organ.every((h) => h.entity.kind === 'org')) return { from: i, to: i + n, start: starts[i]!, end: ends[i + n - 1]!, hits: organ };
    }
  }
  // single-token possessive when the bare form is not itself a first token of a longer form
  if (endsPossessive(v)) {
    const bare = v.replace(POSSESSIVE, '');
    const h = idx.forms.get(bare);
    if (h) return { from: i, to: i + 1, start: starts[i]!, end: ends[i]! - (v.length - bare.length), hits: h };
  }
  return null;
}
