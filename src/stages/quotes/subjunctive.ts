import { startsUpper } from './case.js';
import type { SubjunctiveLexicon } from './lexicon.js';

/** Mood of a verb form as far as reported speech is concerned. */
export type Mood = 'k1' | 'k2' | null;


/**
 * Classifies a word as Konjunktiv I ('k1'), a Konjunktiv II form of reported speech ('k2') or
 * neither. Listed forms win; otherwise a morphology rule recognises 3rd-person singular
 * Konjunktiv I, which ends in -e where the indicative ends in -t ("verstehe" / "versteht"):
 * lower case, long enough, not an excluded ending (adjectives, preterite -te), not a closed-class
 * word, not after a determiner, preposition or "zu", and not before a capitalised word (where an
 * -e word is almost always an attributive adjective before its noun).
 * Right after a subject (`afterSubject`), an excluded ending that verbs share ("er schweige", "die
 * Firma bestätige") still counts unless a capitalised word follows ("der Regierung wichtige Projekte").
 * @param prev lower-cased previous word ('' at the start)
 * @param next the next word as written ('' at the end or before punctuation)
 * @param afterSubject the word follows a subject noun or pronoun (the verb slot of a main clause)
 */
export function moodOf(word: string, prev: string, next: string, lex: SubjunctiveLexicon, afterSubject = false): Mood {
  // listed forms are lower case, and so is every Konjunktiv verb after the sentence's first word
  if (lex.forms.has(word)) return 'k1';
  // a listed form after a separable prefix, as the verb of a subordinate clause ("wer Verträge nicht einhalte")
  for (const p of lex.prefixes) if (word.length > p.length + 2 && word.startsWith(p) && lex.forms.has(word.slice(p.length))) return 'k1';
  if (lex.konjunktiv2.has(word)) return 'k2';
  // nearly every other word fails here, before any string is built
  if (!lex.endings.some((e) => word.endsWith(e))) return null;
  const w = word.toLowerCase();
  if (startsUpper(word) || w.length < lex.minLength) return null;
  if (lex.excludeEndings.some((e) => w.endsWith(e)) && !(afterSubject && !startsUpper(next) && lex.subjectEndings.some((e) => w.endsWith(e)))) return null;
  if (lex.stopwords.has(w) || lex.blockAfter.has(prev)) return null;
  if (next !== '' && startsUpper(next) && !afterSubject) return null;
  if (!/^\p{Ll}+$/u.test(w)) return null;
  return 'k1';
}
