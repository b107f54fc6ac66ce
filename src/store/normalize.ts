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

/** Folds one word and applies the transliteration rules. */
export function foldWord(word: string): string {
  let w = foldText(word).replace(/ /g, '');
  for (const [re, rep] of RULES) w = w.replace(re, rep);
  return w;
}

/** The lookup key of a name: folded, transliteration-normalised words joined by single spaces. */
export function nameKey(name: string): string {
  return foldText(name).split(' ').filter(Boolean).map(foldWord).join(' ');
}

/** Text as indexed for full-text search: every word replaced by its folded key. */
export function searchFold(text: string): string {
  return nameKey(text);
}
