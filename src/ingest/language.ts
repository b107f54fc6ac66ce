import { franc } from 'franc-min';
import type { Lang } from '../doc/types.js';

const FRANC_TO_LANG: Readonly<Record<string, Lang>> = { deu: 'de', eng: 'en' };

/**
 * German, English or 'unknown'. franc-min is restricted to the two supported languages to choose
 * between them; a gate on their most frequent function words keeps other languages (which franc,
 * so restricted, would force into one of the two) honestly 'unknown'.
 */
export function detectLanguage(text: string): Lang | 'unknown' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return 'unknown';
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (DE_FUNCTION_WORDS.has(w)) de++;
    if (EN_FUNCTION_WORDS.has(w)) en++;
  }
  const share = Math.max(de, en) / words.length;
  if (share < 0.08) return 'unknown';
  const code = franc(sample, { only: ['deu', 'eng'], minLength: 10 });
  return FRANC_TO_LANG[code] ?? (de >= en ? 'de' : 'en');
}

const DE_FUNCTION_WORDS = new Set(('der die das den dem des ein eine einen einem einer und oder aber nicht mit von zu im in auf für ist sind war hat haben wird werden sich auch als bei nach aus über wie dass noch nur vor zum zur am sie er es wir ihr sein seine').split(' '));
const EN_FUNCTION_WORDS = new Set(('the a an and or but not with of to in on for is are was were has have had will would be been it its he she they we that this from by at as which who after before said also their his her').split(' '));
