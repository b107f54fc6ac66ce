import type { Paragraph } from '../../doc/types.js';

/** A top-level quoted span found by {@link findQuotedSpans}. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just after the closing mark (or the paragraph end when the quote runs on). */
  readonly close: number;
  /** Inner text span, marks excluded. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** The quote continues from the previous paragraph (opened there, re-opened here). */
  readonly continued: boolean;
  /** The quote runs on into the next paragraph (no closing mark here). */
  readonly runsOn: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '{', '–', '—', '-', '/', ':']);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '…', '–', '—', '-']);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Mark { pos: number; ch: string; canOpen: boolean; canClose: boolean }

/**
 * Finds top-level quoted spans in every paragraph with one scan and a stack, so nested quotes
 * ('Wunschdenken' inside "…") stay inside their outer quote. Whether a mark opens or closes is read
 * from its flanks (space before → opens, space or punctuation after → closes), because “ opens in
 * English and closes in German, and ' doubles as an apostrophe. A quote whose paragraph ends
 * without a closing mark continues when the next paragraph starts with an opening mark (the
 * newspaper convention); each paragraph's part is returned as its own span, linked by
 * `runsOn`/`continued`.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[], pairs: readonly (readonly [string, string])[], ): QuotedSpan[] {
  const closersOf = new Map<string, Set<string>>();
  const openers = new Set<string>();
  const closers = new Set<string>();
  for (const [o, c] of pairs) {
    openers.add(o);
    closers.add(c);
    const s = closersOf.get(o) ?? new Set<string>();
    s.add(c);
    closersOf.set(o, s);
  }
  const out: QuotedSpan[] = [];
  // one regular-expression scan for mark characters (a character class: nothing can backtrack)
  const chars = [...new Set([...openers, ...closers])].map((ch) => ch.replace(/[\\\]^-]/gu, '\\$&')).join('');
  const finder = new RegExp(`[${chars}]`, 'gu');
  let carry: string | null = null; // opening mark of a quote that runs on from the previous paragraph
  paragraphs.forEach((p, pi) => {
    const marks: Mark[] = [];
    finder.lastIndex = p.start;
    for (let hit = finder.exec(text); hit !== null && hit.index < p.end; hit = finder.exec(text)) {
      const i = hit.index;
      const ch = text[i]!;
      const prev = i > p.start ? text[i - 1] : undefined;
      const next = i + 1 < p.end ? text[i + 1] : undefined;
      const apostrophe = ch === "'" || ch === '’';
      if (apostrophe && isWordChar(prev) && isWordChar(next)) continue;
      const leftOk = isSpace(prev) || OPEN_CONTEXT.has(prev!) || openers.has(prev!) || closers.has(prev!);
      const rightOk = isSpace(next) || CLOSE_CONTEXT.has(next!) || closers.has(next!) || openers.has(next!);
      let canOpen = openers.has(ch) && !isSpace(next) && leftOk;
      let canClose = closers.has(ch) && !isSpace(prev) && rightOk;
      // „ and ‚ only ever open; a closing mark glued to a word on its right cannot close
      if (ch === '„' || ch === '‚') canClose = false;
      if (apostrophe && !isWordChar(next) && !/[“"‘„‚«»]/u.test(next ?? '')) canOpen = false;
      if (!canOpen && !canClose) continue;
      marks.push({ pos: i, ch, canOpen, canClose });
    }
    const stack: { mark: Mark; continued: boolean }[] = [];
    const startsWithOpener = marks[0] !== undefined && marks[0].canOpen && /^\s*$/u.test(text.slice(p.start, marks[0].pos));
    if (carry !== null && !startsWithOpener) carry = null;
    for (const m of marks) {
      const top = stack[stack.length - 1];
      if (top && m.canClose && closersOf.get(top.mark.ch)?.has(m.ch)) {
        stack.pop();
        if (stack.length === 0) out.push(span(text, top.mark.pos, m.pos, m.pos + 1, pi, top.continued, false));
        continue;
      }
      // a closer that matches a deeper opener closes it and whatever was left open inside
      if (m.canClose && !m.canOpen) {
        const k = findDeeper(stack, m.ch, closersOf);
        if (k >= 0) {
          const opener = stack[k]!;
          stack.length = k;
          if (k === 0) out.push(span(text, opener.mark.pos, m.pos, m.pos + 1, pi, opener.continued, false));
        }
        continue;
      }
      if (m.canOpen && stack.length < 4) stack.push({ mark: m, continued: stack.length === 0 && carry !== null && m === marks[0] });
    }
    carry = null;
    const outer = stack[0];
    if (outer) {
      const nextP = paragraphs[pi + 1];
      const nextText = nextP ? text.slice(nextP.start, Math.min(nextP.end, nextP.start + 3)).trimStart() : '';
      if (nextText.startsWith(outer.mark.ch)) {
        out.push(span(text, outer.mark.pos, p.end, p.end, pi, outer.continued, true));
        carry = outer.mark.ch;
      } else if (stack.length === 1 && unclosedToEnd(text, p, outer.mark, marks)) {
        out.push(span(text, outer.mark.pos, p.end, p.end, pi, outer.continued, false));
      }
    }
  });
  return out;
}

/** Single marks double as apostrophes and scare quotes: a lost closing mark is trusted only for the others. */
const SINGLE_MARKS = new Set(["'", '‘', '’', '‚', '‹', '›']);

/**
 * A quote whose closing mark the paper forgot ("Er sagte: „Wir bleiben bei unserer Linie." and no re-opening mark in the
 * next paragraph) runs to the paragraph end when nothing else can be read: a double mark that opens the paragraph or
 * follows a colon, no quotation mark after it, and a sentence end closing the paragraph. A mark glued into running text
 * with other marks after it is a pairing error, no quote.
 */
function unclosedToEnd(text: string, p: Paragraph, open: Mark, marks: readonly Mark[]): boolean {
  if (SINGLE_MARKS.has(open.ch) || marks[marks.length - 1] !== open) return false;
  const before = text.slice(p.start, open.pos).trimEnd();
  if (before !== '' && !before.endsWith(':')) return false;
  const inner = text.slice(open.pos + 1, p.end).trimEnd();
  return /[.!?…]$/u.test(inner) && inner.split(/\s+/u).length >= 3;
}

function findDeeper(stack: readonly { mark: Mark }[], ch: string, closersOf: ReadonlyMap<string, ReadonlySet<string>>): number {
  for (let k = stack.length - 2; k >= 0; k--) if (closersOf.get(stack[k]!.mark.ch)?.has(ch)) return k;
  return -1;
}

function span(text: string, open: number, closeMark: number, close: number, paragraph: number, continued: boolean, runsOn: boolean): QuotedSpan {
  let start = open + 1;
  let end = closeMark;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { open, close, start, end, paragraph, continued, runsOn };
}
