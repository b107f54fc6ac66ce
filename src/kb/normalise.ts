/**
 * Name normalisation shared by the resolver and the store: a transliteration-aware key under
 * which German and English romanisations of the same name coincide ("Lawrow"/"Lavrov",
 * "Selenskyj"/"Zelenskyy", "Kim Jo Jong"/"Kim Yo Jong"), and a stable id derived from it.
 */

/** Lower case without diacritics ("António" → "antonio", "Ø" → "o", "ß" → "ss"). */
export function foldDiacritics(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * The form of a name as news often print it without diacritics, case kept ("Chișinău" →
 * "Chisinau", "Erdoğan" → "Erdogan", "Nukuʻalofa" → "Nuku'alofa", "Reykjavík" → "Reykjavik").
 * Umlauts lose their dots ("Türkei" → "Turkei"); the spelled-out German form ("Tuerkei") is not made.
 */
export function foldMarks(s: string): string {
  return s
    .replace(/ß/g, 'ss')
    .replace(/Ø/g, 'O')
    .replace(/ø/g, 'o')
    .replace(/Ł/g, 'L')
    .replace(/ł/g, 'l')
    .replace(/[ʻʼ‘]/gu, "'")
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** German → English romanisation rules, applied in order to a folded word (each rule is a plain replacement, so nothing backtracks). */
const WORD_RULES: readonly [RegExp, string][] = [
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/dsh/g, 'j'],
  [/kh/g, 'ch'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/z/g, 's'],
  [/ts/g, 's'],
  [/ks/g, 'x'],
  [/(?:iy|yy|ij|ii|ie|ei|ey|i)$/g, 'y'],
  [/([^aeiouy])y(?=[aeou])/g, '$1i'],
  [/ow$/g, 'ov'],
  [/ew$/g, 'ev'],
  [/([a-z])\1+/g, '$1'],
];

/** Answers of {@link normaliseName} by name. */
const normalised = new Map<string, string>();

/**
 * The comparison key of a name: folded, romanisation differences removed, one space between
 * words, hyphens and dots dropped. Two spellings of the same person give the same key:
 * `normaliseName("Sergej Lawrow") === normaliseName("Sergey Lavrov")`.
 */
export function normaliseName(name: string): string {
  // (pure, and the resolver asks it for the same names in every document: answers are kept, bounded)
  const kept = normalised.get(name);
  if (kept !== undefined) return kept;
  const key = normaliseUncached(name);
  if (normalised.size >= 50_000) normalised.clear();
  normalised.set(name, key);
  return key;
}

function normaliseUncached(name: string): string {
  const out: string[] = [];
  for (const raw of name.replace(/[’']s$/u, '').split(/[\s\-‐‑.]+/u)) {
    const w = foldDiacritics(raw).replace(/[^a-z0-9]/g, '');
    if (!w) continue;
    // acronyms are letters, not sounds ("VW" stays "vw")
    out.push(/^\p{Lu}{2,}\d*$/u.test(raw) ? w : romaniseWord(w));
  }
  return out.join(' ');
}

function romaniseWord(w: string): string {
  let out = w;
  for (const [re, rep] of WORD_RULES) out = out.replace(re, rep);
  return out;
}

/** kebab-case of a plain name ("Washington D.C." → "washington-dc"), without romanisation. */
export function kebab(name: string): string {
  return foldDiacritics(name)
    .replace(/[.’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The stable id of an entity the knowledge base does not know: the kebab-case of its
 * normalised name, so that the same person gets the same id in every article and language.
 */
export function entityIdFor(name: string): string {
  return normaliseName(name).replace(/ /g, '-') || 'unnamed';
}
