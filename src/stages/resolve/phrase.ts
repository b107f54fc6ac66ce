import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Cand } from './candidates.js';
import type { Draft } from './cluster.js';
import { endingOf } from '../../resources/grammar.js';
import { genitiveForm, headAt, nameGenitiveBase, type ResolveLexicon } from './lexicon.js';
import type { DocView } from './view.js';

/** What description resolution needs. */
export interface DescResources {
  readonly kb: KnowledgeBase;
  readonly lex: ResolveLexicon;
  /** Month and weekday names, lower case (`calendarWords`): a noun of time is no head a genitive follows ("am Montag der Minister"). */
  readonly calendar: ReadonlySet<string>;
}

/** Small helpers over tokens and phrases shared by the description passes. */
/**
 * The state a German compound's prefix names by default ("Bundes-" in "Bundeswirtschaftsministerium"
 * is Germany's unless the text places it in another federal state); a word listed as a head of its
 * own ("Bundesstaat", "Bundesland") keeps its own meaning.
 */
export function prefixState(r: DescResources, word: string): string | null {
  const lw = word.toLowerCase();
  if (!r.lex.heads.has(lw)) for (const [p, st] of r.lex.statePrefixes) if (lw.startsWith(p) && lw.length > p.length + 3) return st;
  return null;
}

/** The state named by the first part of a German compound ("Kremlsprecher" → russia, "US-Präsident" → usa). */
export function compoundState(r: DescResources, word: string): string | null {
  const dash = word.indexOf('-');
  const candidates = dash > 0 ? [word.slice(0, dash)] : [];
  for (let i = 4; i <= word.length - 4 && dash < 0; i++) candidates.push(word.slice(0, i));
  for (const p of candidates) {
    for (const h of r.kb.lookup(p)) {
      const e = h.entity;
      // (a de-facto state is its own: "Nordzypern-Präsident")
      if (e.kind === 'country' || e.deFacto) return e.id;
      if (e.seat && e.state) return e.state;
    }
  }
  return null;
}

/** Leaders: a head of state or government is "the leader"/"der Machthaber" of its state. */
const LEADER_ROLES = new Set(['leader', 'president', 'prime-minister', 'chancellor', 'head-of-state', 'head-of-government', 'supreme-leader', 'king', 'queen']);

/** Generic offices and the titles that name them. */
const SAME_OFFICE: ReadonlyMap<string, readonly string[]> = new Map([
  ['head-of-government', ['prime-minister', 'chancellor']],
  ['head-of-state', ['president', 'king', 'queen']],
]);

/** Whether a held role answers a title's role ("un-ambassador" is an "ambassador"; a president is a "leader"). */
export function roleMatches(held: string, wanted: string, strict = false): boolean {
  // a head of government is the prime minister or chancellor, a head of state the president or monarch ("Regierungschef" … "der Ministerpräsident")
  if (SAME_OFFICE.get(held)?.includes(wanted) || SAME_OFFICE.get(wanted)?.includes(held)) return true;
  if (held === wanted || held.endsWith(`-${wanted}`)) return true;
  // loosely, any leader answers "leader" and either head-of title ("Staatschef" is also said of a chancellor)
  return !strict && LEADER_ROLES.has(wanted) && (wanted === 'leader' || wanted.startsWith('head-of-')) && LEADER_ROLES.has(held);
}

/** Character offset of an entity's latest mention (name or description) before `at`, or -1. */
export function lastBefore(cands: readonly Cand[], d: Draft, at: number): number {
  let last = -1;
  for (const x of d.descs) if (x.start < at && x.start > last) last = x.start;
  for (const ci of d.cands) {
    const s = cands[ci]!.start;
    if (s < at && s > last) last = s;
  }
  return last;
}

/** Whether a role holds on a date (text roles always do: the text attests them). */
export function activeAt(role: { from?: string | null; to?: string | null; source: string }, date: string | null): boolean {
  if (role.source !== 'kb' || !date) return role.source === 'text';
  return (role.from ?? '0000') <= date && (role.to === null || role.to === undefined || role.to >= date);
}

/** Index of the first token that ends after a character offset. */
export function tokenAtOffset(v: DocView, offset: number): number {
  let lo = 0;
  let hi = v.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token of a token's sentence. */
export function sentStart(v: DocView, i: number): number {
  let k = i;
  while (k > 0 && v.sentence[k - 1] === v.sentence[i]) k--;
  return k;
}

/** Whether tokens `[x, y]` of one sentence are a region adjective of the lexicon ("South American"). */
function regionWord(r: DescResources, v: DocView, x: number, y: number): boolean {
  return x >= 0 && y < v.lower.length && v.sentence[x] === v.sentence[y] && r.lex.regionAdjectives.has(v.lower.slice(x, y + 1).join(' '));
}

/** Adjectives: inflected ones where the language inflects them (not verbs in -te/-ten), and knowledge-base adjectives. */
export function adjLike(r: DescResources, v: DocView, k: number): boolean {
  const l = v.lower[k]!;
  const f = r.lex.forms;
  // a region adjective of a language that capitalises them ("the South American country", "the African nation")
  if (f.capitalisedAdjectives && v.capital[k] && (regionWord(r, v, k, k) || regionWord(r, v, k, k + 1) || regionWord(r, v, k - 1, k))) return true;
  // (so is a capitalised word that is no name before a lower-case noun: "the Islamist group", "the Sunni militia")
  if (f.capitalisedAdjectives && v.capital[k] && !v.startish[k] && r.lex.notNames.has(l) && /^\p{Ll}/u.test(v.texts[k + 1] ?? '') && v.sentence[k + 1] === v.sentence[k]) return true;
  // an inflected age or count adjective before its noun ("Der 68-jährige General", "die 49-jährige Politikerin")
  const numbered = f.adjectiveEndings.length ? /^\d+-(\p{Ll}+)$/u.exec(v.texts[k]!) : null;
  if (numbered && endingOf(numbered[1]!, f.adjectiveEndings, 3)) return v.sentence[k + 1] === v.sentence[k] && /^\p{Lu}/u.test(v.texts[k + 1] ?? '');
  if (!/^\p{Ll}/u.test(v.texts[k]!) || r.lex.stopWords.has(l) || r.lex.determiners.has(l)) return false;
  if (!f.nounsCapitalised) return !r.lex.determiners.has(l);
  // (an inflected word of letters: "russische", "neuen")
  const inflected = (t: string, endings: readonly string[]): boolean => /^\p{L}+$/u.test(t) && !!endingOf(t, endings, 3);
  const lowerInflected = (t: string | undefined, endings: readonly string[]): boolean => t !== undefined && /^\p{Ll}/u.test(t) && inflected(t, endings);
  // (a participle is an adjective between an article or adjective and a noun: "der stärksten bewaffneten Gruppen",
  // "die gewählte Regierung"; elsewhere it is a verb: "Die Staaten lehnten")
  const next0 = v.texts[k + 1];
  const participle = /^\p{L}+$/u.test(l) && !!endingOf(l, f.participleEndings, 3) && k > 0 && v.sentence[k - 1] === v.sentence[k] && next0 !== undefined && v.sentence[k + 1] === v.sentence[k] && /^\p{Lu}/u.test(next0)
    && (r.lex.determiners.has(v.lower[k - 1]!) || r.lex.genitiveLinks.has(v.lower[k - 1]!) || lowerInflected(v.texts[k - 1], f.weakAdjectiveEndings)
      // (also after a degree adverb after an article: "der nicht registrierten Partei")
      || (r.lex.degreeAdverbs.has(v.lower[k - 1]!) && k > 1 && (r.lex.determiners.has(v.lower[k - 2]!) || r.lex.genitiveLinks.has(v.lower[k - 2]!))));
  const past = endingOf(l, f.weakPastEndings, 0);
  const pastVerb = past !== null && !endingOf(l.slice(0, -past.length), f.superlativeMarks, 0);
  if (!participle && !((inflected(l, f.adjectiveEndings) && !pastVerb) || suffixedAdjective(r, l))) return false;
  // right after a common noun an -en word is the verb ("Die Milizen werfen Ministerpräsident …"); after a name it
  // may be an adjective ("Russlands neuer Präsident")
  if (k > 0 && v.sentence[k - 1] === v.sentence[k] && v.capital[k - 1] && !v.startish[k - 1] && /^\p{L}+$/u.test(v.texts[k - 1]!) && !r.kb.lookup(v.texts[k - 1]!).length && !suffixedAdjective(r, l)) return false;
  // an attributive adjective stands before its noun (or before another adjective); a verb in -en does not
  const next = v.texts[k + 1];
  return next !== undefined && v.sentence[k + 1] === v.sentence[k] && (/^\p{Lu}/u.test(next) || lowerInflected(next, f.adjectiveEndings));
}

/**
 * A compound whose part after its last hyphen is a lower-case adjective, before a noun of its sentence: the name before
 * the hyphen modifies the noun ("der Al-Kaida-nahen Gruppe", "die Kreml-treuen Medien", "the Iran-backed militia").
 * German reads the part by its inflection endings, English by its participle endings.
 */
export function compoundAdjective(r: DescResources, v: DocView, k: number): boolean {
  const m = /^\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*-(\p{Ll}{3,})$/u.exec(v.texts[k]!);
  if (!m || v.sentence[k + 1] !== v.sentence[k]) return false;
  const f = r.lex.forms;
  const part = m[1]!;
  return f.adjectiveEndings.length ? !!endingOf(part, f.adjectiveEndings, 3) : !!endingOf(part, f.verbAfterNounEndings, 2) || r.lex.pastForms.has(part);
}

/** A word with an adjective suffix before an optional inflection ending ("russisch", "russischen"). */
function suffixedAdjective(r: DescResources, l: string): boolean {
  const f = r.lex.forms;
  const e = endingOf(l, f.adjectiveEndings, 0) ?? '';
  const stem = l.slice(0, l.length - e.length);
  return f.adjectiveSuffixes.some((x) => stem.endsWith(x));
}

/** A name written in the genitive ("Trumps", "Maduros"): its form without the genitive ending names the same entity. */
export function isGenitiveName(v: DocView, r: DescResources, c: Cand): boolean {
  const t = v.doc.text.slice(c.start, c.end);
  const g = r.lex.forms.nameGenitive;
  if (!g || !t.endsWith(g) || c.kind !== 'name') return false;
  const base = t.slice(0, -g.length);
  if (c.hits.length) return c.hits.some((h) => isGenitiveOf(r, t, h.entity.id));
  return v.doc.text.includes(base + ' ') || v.doc.text.includes(base + ',') || v.doc.text.includes(base + '.');
}

/** Whether a word is the name genitive of the knowledge-base entity `id` ("Russlands" of russia). */
export function isGenitiveOf(r: { readonly kb: KnowledgeBase; readonly lex: ResolveLexicon }, word: string, id: string): boolean {
  const base = nameGenitiveBase(r.lex, word);
  return base !== null && r.kb.lookup(base).some((h) => h.entity.id === id);
}

/** A name token in a genitive or compound form ("Russlands", "Sudan’s", "US-…"). */
export function isGenitive(v: DocView, k: number, lex: ResolveLexicon): boolean {
  const t = v.texts[k]!;
  return genitiveForm(lex, t) || t.includes('-');
}

/** Whether a noun or name follows before `to` (an English modifier needs one). */
export function nextIsChainNoun(v: DocView, r: DescResources, a: number, to: number): boolean {
  for (let k = a + 1; k < to; k++) if (headAt(v, r.lex, k) || /^\p{Lu}/u.test(v.texts[k]!)) return true;
  return false;
}

/** Length of a military rank phrase at token `k` ("Major General"), or 0. */
export function rankAt(v: DocView, lex: ResolveLexicon, k: number, to: number): number {
  // "Secretary General" is one title, not a secretary and a general
  if (k > 0 && lex.phraseStarts.has(v.lower[k - 1]!) && lex.heads.has(`${v.lower[k - 1]} ${v.lower[k]}`)) return 0;
  for (let len = Math.min(3, to - k); len >= 1; len--) if (lex.ranks.has(v.lower.slice(k, k + len).join(' ')) && v.capital[k]) return len;
  return 0;
}

/** One key for the inflected forms of a head ("geheimdienstes" → "geheimdienst", "gesandter" → "gesandte", "bündnisses" → "bündnis"). */
export function headKey(lex: ResolveLexicon, w: string): string {
  // (a form listed with another type than its stem is a head of its own: "behörden", a state's authorities, is not
  // "behörde", one agency; "prosecutors" is no prosecutor)
  const own = lex.heads.get(w);
  for (const cut of lex.forms.headEndings) {
    const stem = w.endsWith(cut) ? lex.heads.get(w.slice(0, -cut.length)) : undefined;
    if (stem && (!own || own.type === stem.type)) return w.slice(0, -cut.length);
  }
  if (!lex.heads.has(w)) {
    for (let i = 1; i <= w.length - 6; i++) if (lex.heads.has(w.slice(i))) return headKey(lex, w.slice(i));
  }
  return w;
}

/** The part after the last hyphen ("un-botschafter" → "botschafter"). */
export function stripCase(l: string): string {
  const dash = l.lastIndexOf('-');
  return dash >= 0 ? l.slice(dash + 1) : l;
}

/** The world region an adjective names ("südamerikanischen" → "South America"), or null. */
export function regionOf(lex: ResolveLexicon, l: string): string | null {
  for (const [stem, region] of lex.regionStems) if (l.startsWith(stem)) return region;
  return null;
}

/** Comparison form of a phrase: lower case, without a leading determiner. */
export function normPhrase(v: DocView, lex: ResolveLexicon, from: number, to: number): string {
  let a = from;
  if (lex.determiners.has(v.lower[a]!) && a + 1 < to) a++;
  return v.lower.slice(a, to).join(' ');
}
