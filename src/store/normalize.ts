import { normaliseName } from '../kb/normalise.js';

/**
 * Name keys and text folding for lookups. A name given in any language or spelling should find
 * the entity ("München", "Muenchen", "Munchen"; "Selenskyj", "Zelenskyy"; "Lawrow", "Lavrov"), so
 * names are compared through a key that folds case, diacritics and the common German/English
 * transliteration variants. The key is only ever compared with other keys, never shown.
 */

/** Lowercases, strips diacritics and expands ß; keeps letters, digits and single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * German spells umlauts ae/oe/ue where the keyboard lacks them ("Muenchen"); a query typed that
 * way should still find "München". This step is the store's own: the resolver's ids must not
 * change with it ("Manuel" stays "manuel" there), but store keys are only compared with store keys.
 */
const UMLAUT_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
];

/**
 * Memo of folded words. Full-text indexing folds every word of every article, and news words
 * repeat a lot; the memo is a pure cache (same input, same output) and is dropped when full, so
 * it holds no state that could change a result.
 */
const memo = new Map<string, string>();
const MEMO_MAX = 200_000;

/**
 * Folds one word: diacritics, case and the German/English romanisation differences through the
 * knowledge base's {@link normaliseName} (one rule table for resolver and store), then the
 * store's umlaut spellings.
 */
export function foldWord(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  // lower-cased first: a query in capitals ("SERGEI LAVROV") is a name, not an acronym
  let w = normaliseName(word.toLowerCase()).replace(/ /g, '');
  for (const [re, rep] of UMLAUT_SPELLINGS) w = w.replace(re, rep);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, w);
  return w;
}

/** The lookup key of a name: folded, transliteration-normalised words joined by single spaces. */
export function nameKey(name: string): string {
  const words = name.match(/[\p{L}\p{N}\p{M}]+/gu);
  return words ? words.map(foldWord).filter(Boolean).join(' ') : '';
}

/** Text as indexed for full-text search: every word replaced by its folded key. */
export function searchFold(text: string): string {
  return nameKey(text);
}
