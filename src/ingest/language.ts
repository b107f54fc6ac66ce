import { franc } from 'franc-min';
import type { Lang } from '../doc/types.js';
import { defaultIngestLexicon, type IngestLexicon } from './lexicon.js';

const FRANC_TO_LANG: Readonly<Record<string, Lang>> = { deu: 'de', eng: 'en' };

/** Characters looked at; an article's first 20,000 characters are plenty and keep this cheap. */
const SAMPLE_CHARS = 20000;
/** franc only breaks close calls, on a shorter sample (its trigram model is the expensive part). */
const FRANC_CHARS = 4000;
/** Minimum share of a supported language's function words among all words. */
const MIN_SHARE = 0.08;
/** A word written wholly in Latin script. */
const LATIN_WORD = /^\p{Script=Latin}+$/u;

/**
 * German, English or 'unknown'.
 *
 * A gate on frequent function words decides whether the text is German or English at all: the
 * best supported language needs at least 8 % of the words and must beat every other listed
 * language (French, Spanish, Dutch, …), and most words must be in Latin script. Texts of other
 * languages and scripts, numbers and gibberish are therefore honestly 'unknown' instead of being
 * forced into German or English. Between German and English the function-word counts decide when
 * one is clearly ahead; franc-min, restricted to deu/eng, breaks close calls.
 */
export function detectLanguage(text: string, lexicon: IngestLexicon = defaultIngestLexicon()): Lang | 'unknown' {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return 'unknown';
  let latin = 0;
  let de = 0;
  let en = 0;
  const others = new Array<number>(lexicon.otherWords.size).fill(0);
  for (const w of words) {
    if (LATIN_WORD.test(w)) latin++;
    const hit = lexicon.gateWords.get(w);
    if (!hit) continue;
    if (hit.de) de++;
    if (hit.en) en++;
    for (const i of hit.others) others[i]!++;
  }
  if (latin < words.length * 0.5) return 'unknown';
  const best = Math.max(de, en);
  if (best < words.length * MIN_SHARE) return 'unknown';
  for (const n of others) if (n >= best) return 'unknown';
  if (de >= en * 1.5 && de > en) return 'de';
  if (en >= de * 1.5 && en > de) return 'en';
  const code = franc(sample.length > FRANC_CHARS ? sample.slice(0, FRANC_CHARS) : sample, { only: ['deu', 'eng'], minLength: 10 });
  return FRANC_TO_LANG[code] ?? (de >= en ? 'de' : 'en');
}
