/**
 * Documents that act ("Die Resolution fordert …", "The report accuses …"): the document noun that is a trigger's
 * subject, and the body that adopted that document in the sentences before (see code.ts borrowedDoers).
 */
import type { DocCoding } from './coding.js';
import { adoptionVerbAt, documentNoun, type EventCues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { canAct, type SentenceView } from './view.js';

/**
 * The lemma of a definite document noun that is the subject right before a verb trigger ("Die Resolution fordert …",
 * "Der Bericht wirft … vor", "The report accuses …", "The resolution also demands …"): a definite article opening the
 * trigger's clause, lower-case modifiers, the document noun (cue `documentNouns`), then at most one auxiliary or adverb
 * before the trigger. Null otherwise.
 */
export function documentSubject(view: SentenceView, m: TriggerMatch, cues: EventCues): string | null {
  const c = view.clause[m.first];
  let k = m.first - 1;
  let lemma = k >= 0 && view.clause[k] === c ? documentNoun(cues, view.words[k]!) : null;
  if (lemma === null && k >= 1 && view.clause[k - 1] === c && /^\p{Ll}/u.test(view.raw[k]!)) lemma = documentNoun(cues, view.words[--k]!);
  if (lemma === null || view.chains.some((ch) => ch.first <= k && k <= ch.last)) return null;
  let j = k - 1;
  while (j >= 0 && view.clause[j] === c && /^\p{Ll}/u.test(view.raw[j]!) && !cues.definiteArticles.has(view.words[j]!)) j--;
  if (j < 0 || view.clause[j] !== c || !cues.definiteArticles.has(view.words[j]!)) return null;
  // (the article opens the clause: punctuation at most before it)
  for (let i = j - 1; i >= 0 && view.clause[i] === c; i--) if (view.tokens[i]!.kind === 'word') return null;
  return lemma;
}

/** How many sentences back a document's adoption is looked for. */
const ADOPTION_WINDOW = 8;

/**
 * The named body that adopted or issued a document of `lemma` in the nearest sentence before (or earlier in this
 * sentence, before word `before`): a clause with an adoption verb (cue `adoptionVerbs`) and a document noun of that lemma,
 * whose subject (or agent after "by", "von") is a named actor. Null when the nearest adoption names no body.
 */
export function adoptingBody(dc: DocCoding, si: number, lemma: string, before: number): string | null {
  const { cues } = dc;
  for (let i = si; i >= 0 && i >= si - ADOPTION_WINDOW; i--) {
    const v = dc.views[i];
    if (!v) continue;
    const end = i === si ? before : v.words.length;
    for (let k = end - 1; k >= 0; k--) {
      const c = v.clause[k];
      let clauseEnd = k;
      while (clauseEnd < v.words.length && v.clause[clauseEnd] === c) clauseEnd++;
      // (the closing punctuation is no part of it: a separable particle closes the clause, "legte … einen Bericht vor.")
      while (clauseEnd > k + 1 && v.tokens[clauseEnd - 1]!.kind !== 'word') clauseEnd--;
      if (!adoptionVerbAt(cues, v.words, k, clauseEnd)) continue;
      let noun = false;
      for (let j = 0; j < clauseEnd && !noun; j++) noun = v.clause[j] === c && documentNoun(cues, v.words[j]!) === lemma;
      if (!noun) continue;
      const body = v.chains.find((ch) => v.clause[ch.first] === c && canAct(ch.type) && ch.entity !== '' && ch.kind === 'name'
        && (ch.role === 'core' || ch.role === 'pp:by' || ch.role === 'pp:von' || ch.role === 'pp:vom'));
      return body ? body.entity : null;
    }
  }
  return null;
}

/**
 * The lemma of a definite document noun that is the object of an evaluation verb ("kritisierte die Resolution",
 * "wies den Bericht zurück", "criticized the resolution as one-sided"): within three words after the verb (or between
 * the elements of its pattern), in its clause, after a definite article, no pattern word itself. Null otherwise.
 */
export function documentObject(view: SentenceView, m: TriggerMatch, cues: EventCues): string | null {
  const c = view.clause[m.first];
  for (let k = m.first + 1; k < view.words.length && k <= m.last + 3 && view.clause[k] === c; k++) {
    if (m.positions.includes(k)) continue;
    const lemma = documentNoun(cues, view.words[k]!);
    if (lemma === null) continue;
    return cues.definiteArticles.has(view.words[k - 1] ?? '') ? lemma : null;
  }
  return null;
}
