/**
 * The capital-letter tests the quotes rules share. German capitalises every noun, so "capitalised"
 * alone does not mean "name"; callers combine these with the lexicons.
 */

/** Whether a string starts with a capital letter ("Müller", "USA"); a number, a mark or "" does not. */
export function startsUpper(s: string): boolean {
  const c = s[0];
  return c !== undefined && c !== c.toLowerCase();
}

/**
 * Whether a token starts with a capital letter, or is a German noun compounded on a number
 * ("38-Jährige", "5000-Einwohner-Stadt"); false for a missing token.
 */
export function isCap(t: { readonly text: string } | undefined): boolean {
  return t !== undefined && (startsUpper(t.text) || NUMBER_COMPOUND.test(t.text));
}

/** A number, a hyphen and a capital letter: the noun of a compound on a number. */
const NUMBER_COMPOUND = /^\d+-\p{Lu}/u;

/** Whether a token has no capital letter at all ("sagte", "2025", ","); false for a missing token. */
export function isLower(t: { readonly text: string; readonly lower: string } | undefined): boolean {
  return t !== undefined && t.text === t.lower;
}
