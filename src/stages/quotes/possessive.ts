import type { QuoteLexicon } from './lexicon.js';

type Marks = Pick<QuoteLexicon, 'possessiveClitics' | 'possessiveApostrophes'>;

/** The possessive clitic a word or phrase ends in ("Carney's" → "'s"), or undefined. */
export function endingClitic(lex: Marks, s: string): string | undefined {
  return lex.possessiveClitics.find((x) => s.endsWith(x));
}

/** A possessive clitic stands in `text` at offset `at` ("Carney" + "'s office"). */
export function cliticAt(lex: Marks, text: string, at: number): boolean {
  return lex.possessiveClitics.some((x) => text.startsWith(x, at));
}

/** `s` is a whole possessive mark: a clitic or a lone apostrophe ("Fiji" of the token "Fiji's": "'s"). */
export function isPossessiveMark(lex: Marks, s: string): boolean {
  return lex.possessiveClitics.includes(s) || lex.possessiveApostrophes.includes(s);
}

/** A possessive mark (clitic or lone apostrophe) stands in `text` at offset `at`, and no letter follows it ("citing her government's failure"). */
export function possessiveAt(lex: Marks, text: string, at: number): boolean {
  return [...lex.possessiveClitics, ...lex.possessiveApostrophes].some((x) => text.startsWith(x, at) && !/\p{L}/u.test(text.charAt(at + x.length)));
}

/** The mention `span` of `text` is a possessor: a possessive mark right after it, or a clitic ending it ("Abinader's", "Carney ’s"). */
export function endsInPossessive(lex: Marks, text: string, span: { readonly start: number; readonly end: number }): boolean {
  return possessiveAt(lex, text, span.end) || endingClitic(lex, text.slice(span.start, span.end)) !== undefined;
}

/** `s` is a possessive clitic token ("'s" split off its name). */
export function isClitic(lex: Marks, s: string): boolean {
  return lex.possessiveClitics.includes(s);
}

/** `s` without the possessive clitic it ends in ("Kremlin's" → "Kremlin"). */
export function withoutClitic(lex: Marks, s: string): string {
  const x = endingClitic(lex, s);
  return x === undefined ? s : s.slice(0, -x.length);
}
