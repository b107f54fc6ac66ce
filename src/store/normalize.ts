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
 * Transliteration rules applied to each folded word, in order. Why each: German writes umlauts
 * as ae/oe/ue without the keyboard; German transliterates Cyrillic with w, j, sch, tsch where
 * English uses v, y, sh, ch; "Sergej/Sergei/Sergey" and "Selenskyj/Zelenskyy" differ only there.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/kh/g, 'ch'],
  [/zh/g, 'sh'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/ey/g, 'ei'],
  [/iy/g, 'i'],
  [/yi/g, 'i'],
  [/z/g, 's'],
  [/ck/g, 'k'],
  [/(.)\1+/g, '$1'],
  [/y$/g, 'i'],
];

/**
 * Memo of folded words. Full-text indexing folds every word of every article, and news words
 * repeat a lot; the memo is a pure cache (same input, same output) and is dropped when full, so
 * it holds no state that could change a result.
 */
const memo = new Map<string, string>();
const MEMO_MAX = 200_000;

/** Folds one word and applies the transliteration rules. */
export function foldWord(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let w = foldText(word).replace(/ /g, '');
  for (const [re, rep] of RULES) w = w.replace(re, rep);
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
