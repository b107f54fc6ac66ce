import type { Chunk } from './labels.js';
import type { Tagger } from './tagger.js';

/** Adjectives derived from place names ("Deutsche", "Russischen", "Europäischer"). */
const DERIVED_ADJECTIVE = /^\p{Lu}\p{Ll}*(?:isch|eutsch)(?:e|en|er|es|em)?$/u;

/**
 * Names nested inside longer names ("[ORG ADAC [LOC Lausitz]]", "[ORG [LOCderiv Deutsche] Bank]"),
 * the second level of GermEval 2014. The flat tagger labels only the outer chunk; inside each
 * outer chunk of two or more tokens, a word that the tagger's gazetteer lists as a place
 * (`placeClasses`, also after stripping a genitive -s) becomes an inner LOC, and a capitalised
 * "-isch" adjective an inner LOCderiv. Whole-chunk matches are left alone.
 */
export function innerChunks(tagger: Tagger, words: readonly string[], outer: readonly Chunk[], placeClasses: readonly string[]): Chunk[] {
  const gaz = tagger.lexicon.gazetteer;
  let mask = 0;
  gaz.classes.forEach((c, i) => {
    if (placeClasses.includes(c)) mask |= 1 << i;
  });
  const isPlace = (w: string): boolean => {
    const lw = w.toLowerCase();
    return (gaz.lookup(lw) & mask) !== 0 || (lw.length > 3 && lw.endsWith('s') && (gaz.lookup(lw.slice(0, -1)) & mask) !== 0);
  };
  const out: Chunk[] = [];
  for (const c of outer) {
    if (c.end - c.start < 2) continue;
    for (let t = c.start; t < c.end; t++) {
      const w = words[t]!;
      if (DERIVED_ADJECTIVE.test(w)) out.push({ start: t, end: t + 1, type: 'LOCderiv' });
      else if (/^\p{Lu}/u.test(w) && isPlace(w)) out.push({ start: t, end: t + 1, type: 'LOC' });
    }
  }
  return out;
}
