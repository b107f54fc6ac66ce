import type { Clustering, Draft } from './cluster.js';
import type { WordForms as Forms } from './lexicon.js';

/** The shortest stem a group noun is compared by: shorter stems ("arm" of "armers") would match unrelated words. */
const MIN_STEM = 4;

/**
 * The stems of a plural person noun: the noun, the noun without a person plural ending ("strikers" → "striker"), and
 * that form without an agent ending ("striker" → "strike", "protester" → "protest"): the forms a body's name uses when it
 * is named after the people it gathers ("the Strike Committee", "the Protest Movement"). Stems shorter than
 * {@link MIN_STEM} letters are left out.
 */
export function groupStems(noun: string, forms: Pick<Forms, 'personPluralEndings' | 'agentEndings'>): Set<string> {
  const out = new Set<string>([noun]);
  for (const p of forms.personPluralEndings) if (noun.endsWith(p) && noun.length > p.length) out.add(noun.slice(0, -p.length));
  for (const s of [...out]) for (const a of forms.agentEndings) if (s.endsWith(a)) out.add(s.slice(0, -a.length));
  for (const s of [...out]) if (s.length < MIN_STEM) out.delete(s);
  return out;
}

/** The most letters of an inflection ending after a gathering noun at the end of a compound ("Bauernverbands"). */
const MAX_ENDING = 2;

/**
 * Whether the words of a body's name or description name it after the people of a plural group noun: one of the noun's
 * {@link groupStems} before a gathering noun ("Strike Committee", "Farmers' Union"), or — where nouns are closed
 * compounds — a compound the plural noun opens and a gathering noun closes ("Bauernverband", "Studierendenbewegung").
 * `words` are lower case with any possessive clitic cut.
 */
export function namedAfterGroup(words: readonly string[], stems: ReadonlySet<string>, noun: string, heads: ReadonlySet<string>, compoundHeads: boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (stems.has(w) && heads.has(words[i + 1] ?? '')) return true;
    if (!compoundHeads || noun.length < MIN_STEM || !w.startsWith(noun)) continue;
    const rest = w.slice(noun.length);
    for (const h of heads) if (rest.startsWith(h) && rest.length - h.length <= MAX_ENDING) return true;
  }
  return false;
}

/**
 * The one named organisation of the document whose name or description names it after the people of a plural group
 * noun ({@link namedAfterGroup}: "die Bauern" … "der Deutsche Bauernverband", "the strikers" … "the Dockworkers Strike
 * Committee"), when its first mention comes before offset `before`; null when no body or more than one body of the
 * document is so named (then the group is a group of its own). `clean` cuts a possessive clitic from a word ("Farmers'").
 */
export function namedBodyOfGroup(cl: Clustering, noun: string, before: number, heads: ReadonlySet<string>, forms: Pick<Forms, 'personPluralEndings' | 'agentEndings' | 'compoundHeads'>, clean: (w: string) => string): Draft | null {
  const stems = groupStems(noun, forms);
  const fits = (words: readonly string[]): boolean => namedAfterGroup(words.map(clean), stems, noun, heads, forms.compoundHeads);
  let found: Draft | null = null;
  for (const d of cl.drafts.values()) {
    if (d.type !== 'ORG' || !d.cands.length) continue;
    const hit = d.cands.some((ci) => fits(cl.candWords[ci] ?? [])) || d.descs.some((x) => fits(x.text.toLowerCase().split(/[\s\-–]+/u)));
    if (!hit) continue;
    if (found && found !== d) return null;
    found = d;
  }
  return found && found.first < before ? found : null;
}
