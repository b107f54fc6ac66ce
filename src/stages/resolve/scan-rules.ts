import type { EntityType } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { KbEntity, KbHit } from '../../kb/types.js';
import { nounLike, type NounCues } from '../ner/noun.js';
import { stateOf, type Cand } from './candidates.js';
import type { GazMatch, TokenIndex } from './gazetteer.js';
import { endingOf } from '../../resources/grammar.js';
import { headAt, headOf, isGivenName, type ResolveLexicon } from './lexicon.js';
import { tokenAtOffset } from './phrase.js';
import type { DocView } from './view.js';

/** Token tests and small rules of the candidate scanner. */

/** What the scanner needs besides the document. */
export interface ScanResources {
  readonly kb: KnowledgeBase;
  readonly index: TokenIndex;
  readonly lex: ResolveLexicon;
  /** Lower-case month and weekday words (never names on their own). */
  readonly calendar: ReadonlySet<string>;
  /** Lower-case month words ("juni", "march"). */
  readonly months: ReadonlySet<string>;
  /** Cues of a common noun that ends a German name run (calendar words included). */
  readonly nounCues: NounCues;
}

/** Arabic name particles written with a hyphen ("al-Bashir", "bin-Salman"). */
export const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u;
/** An initial or dotted initials ("M.", "H.W."). */
export const isInitial = (s: string): boolean => /^(\p{Lu}\.)+$/u.test(s);
/** Two to five capitals, not a Roman numeral. */
export const isAcronym = (s: string): boolean => /^\p{Lu}{2,5}$/u.test(s) && !/^[IVX]+$/.test(s);
/** Chinese, Japanese or Korean characters (alternative names in parentheses). */
export const hasCJK = (s: string): boolean => /[\u3400-\u9fff]/u.test(s);

/**
 * Whether a tagger mention is kept. The tagger's German model takes many capitalised common
 * nouns for names; German non-person mentions are kept only when they do not look like
 * nouns (no hyphenated compounds, no noun suffixes, no lower-case words inside) and are confident.
 */
export function plausibleTaggerName(v: DocView, r: ScanResources, from: number, to: number, type: EntityType, confidence: number): boolean {
  const first = v.lower[from]!;
  if (!v.capital[from] || r.lex.stopWords.has(first) || r.lex.notNames.has(first) || r.lex.determiners.has(first) || r.lex.possessives.has(first) || r.calendar.has(first.replace(/[’']s$/u, '').replace(/\.$/, ''))) return false;
  // (a full stop the segmenter split off an abbreviated name part ends it: "Surangel Whipps Jr.")
  for (let k = from; k < to; k++) if (!v.capital[k] && !r.lex.nameConnectors.has(v.lower[k]!) && !/^\d/.test(v.texts[k]!) && !(k === to - 1 && k > from && v.texts[k] === '.' && v.capital[k - 1] && v.texts[k - 1]!.length <= 3)) return false;
  // (a compound with a participle after its hyphen is an adjective: "the Western-brokered process")
  if (participleCompound(v, r, to - 1)) return false;
  // a whole subheading ("Tariff Talks Stall") is a heading, not the name of an organisation
  if (v.zone[from] === 'heading' && to - from > 1 && type !== 'PER' && (from === 0 || v.sentence[from - 1] !== v.sentence[from]) && v.sentEnd[from] === to) return false;
  // where nouns are not capitalised, a common noun that opens a sentence is capitalised for that alone ("Police in
  // the town of X detained …"); where they are, a common noun is no name anywhere (below)
  if (!r.lex.forms.nounsCapitalised) return !(to - from === 1 && v.startish[from] && headOf(r.lex, first.replace(/[’']s$/u, '')));
  for (let k = from; k < to; k++) {
    if (headAt(v, r.lex, k) || /(ung|heit|keit|schaft|tion|ismus|tät|nisse?|ungen|chen|lich)$/.test(v.lower[k]!)) return false;
  }
  // a word with a marked letter the language's own nouns never have is a name's, whatever the tagger's confidence
  // ("Venâncio Mondlane", "im Lager Gjadër", "nahe Mocímboa da Praia"; `forms.nativeMarkedLetters`)
  if (confidence >= 0.15 && v.texts.slice(from, to).some((t) => foreignMarked(t, r.lex.forms.nativeMarkedLetters))) return true;
  // single German words are often nouns: a person needs a confident tagger, anything else a very confident one
  if (type === 'PER') return to - from > 1 || confidence >= 0.95;
  // a place the tagger reads after a locative preposition ("Die Polizei in Mandalay", "in Banja Luka"), also with a
  // state's adjective between ("im russischen Noworossijsk"), is a place more often than a noun: the noun suffixes and
  // heads above are already excluded
  const adjBefore = from > 1 && v.sentence[from - 2] === v.sentence[from] && !v.capital[from - 1] && r.kb.lookup(v.texts[from - 1]!).some((h) => h.form === 'adjective' && h.entity.kind === 'country');
  const prep = adjBefore ? from - 2 : from - 1;
  if ((type === 'LOC' || type === 'GPE') && prep >= 0 && v.sentence[prep] === v.sentence[from] && r.lex.locativePreps.has(v.lower[prep]!) && confidence >= 0.6) return true;
  return confidence >= 0.99 && !v.texts.slice(from, to).some((t) => t.includes('-'));
}

/** Whether a word has a marked letter (a letter with a diacritic) outside `native`; never where `native` is empty. */
export function foreignMarked(word: string, native: ReadonlySet<string>): boolean {
  if (!native.size) return false;
  for (const ch of word.toLowerCase()) if (ch.normalize('NFD').length > 1 && /\p{L}/u.test(ch) && !native.has(ch)) return true;
  return false;
}

/**
 * Whether token `k` is a compound with a participle after its hyphen, an adjective and no part of a name ("New
 * York-based", "Kenyan-led", "Israel-listed", "Western-brokered").
 */
export function participleCompound(v: DocView, r: ScanResources, k: number): boolean {
  const m = /-(\p{Ll}+)$/u.exec(v.texts[k]!);
  return !!m && (!!endingOf(m[1]!, r.lex.forms.verbAfterNounEndings, 2) || r.lex.pastForms.has(m[1]!));
}

/** Sentences written in title case (headlines: most words capitalised), where capitals say nothing. */
export function titleCaseSentences(v: DocView, minor: ReadonlySet<string> = new Set()): Set<number> {
  const caps = new Map<number, [number, number]>();
  // a lower-case word other than a minor one ("met", "said") marks running text, however many names it has
  const running = new Set<number>();
  for (let i = 0; i < v.texts.length; i++) {
    const t = v.texts[i]!;
    if (minor.size && /^\p{Ll}{2,}$/u.test(t) && !minor.has(t)) running.add(v.sentence[i]!);
    if (!/^\p{L}/u.test(t) || t.length < 4) continue;
    const s = v.sentence[i]!;
    const e = caps.get(s) ?? [0, 0];
    e[0] += v.capital[i] ? 1 : 0;
    e[1]++;
    caps.set(s, e);
  }
  const out = new Set<number>();
  for (const [s, [c, t]] of caps) if (t >= 3 && c / t > 0.7 && !running.has(s)) out.add(s);
  return out;
}

/** A candidate for tokens `[from, to)` that no knowledge-base entry backs. */
export function plain(v: DocView, from: number, to: number, source: Cand['source'], type: EntityType, confidence: number): Cand {
  // an English possessive is not part of the name ("Luzon’s north coast", "the Philippines’ island")
  const last = v.texts[to - 1]!;
  const cut = /\p{L}[’']s$/u.test(last) ? 2 : /s[’']$/u.test(last) ? 1 : 0;
  return { from, to, start: v.starts[from]!, end: v.ends[to - 1]! - cut, sentence: v.sentence[from]!, kind: 'name', source, hits: [], type, confidence };
}

/** A candidate backed by one knowledge-base reading. */
export function stateCand(v: DocView, hit: KbHit, from: number, to: number, start: number, end: number, source: Cand['source']): Cand {
  return { from, to, start, end, sentence: v.sentence[from]!, kind: hit.form === 'adjective' ? 'adjective' : 'name', source, hits: [hit], type: hit.entity.type, confidence: 0.9 };
}

/** Index of the token containing a character offset, or -1. */
export function tokenAt(v: DocView, offset: number): number {
  const lo = tokenAtOffset(v, offset);
  return lo < v.starts.length && v.starts[lo]! <= offset ? lo : -1;
}

/** Whether a knowledge-base surname (or a place after a position word) at `[from, to)` is part of a longer name the base does not know. */
export function partOfLongerName(v: DocView, r: ScanResources, from: number, to: number): boolean {
  const prev = from > 0 && v.sentence[from - 1] === v.sentence[from] ? v.texts[from - 1]! : '';
  if (prev && isGivenName(r.lex, prev) && !r.kb.lookup(`${prev} ${v.texts.slice(from, to).join(' ')}`).length) return true;
  // (a capitalised position word opens a region named after a river or town: "Middle Juba" is no South Sudanese capital)
  if (prev && /^\p{Lu}/u.test(prev) && r.lex.placeModifiers.has(prev.toLowerCase()) && !r.kb.lookup(`${prev} ${v.texts.slice(from, to).join(' ')}`).length) return true;
  if (to - from !== 1 || !r.lex.familyFirst.has(v.texts[from]!) || !r.kb.lookup(v.texts[from]!).every((h) => h.form === 'short')) return false;
  const next = to < v.sentEnd[from]! ? v.texts[to]! : '';
  return /^\p{Lu}\p{Ll}/u.test(next) && !headOf(r.lex, next.toLowerCase()) && !r.kb.lookup(next).length && !r.lex.stopWords.has(next.toLowerCase());
}

/**
 * A state's institution or party named after another state's name or adjective in the same
 * capitalised run is that other state's ("Philippine Senate", "Sweden Democrats", "Indian National
 * Congress"), not the knowledge-base entry of the first state (the US Senate, the Democratic Party).
 * Returns the first token of the run (the other state's word), or -1.
 */
export function anotherStatesInstitution(v: DocView, r: ScanResources, from: number, hits: readonly KbHit[]): number {
  const states = new Set(hits.map((h) => h.entity.state));
  if (states.has(null) || hits.some((h) => h.entity.kind === 'country' || h.entity.kind === 'city')) return -1;
  for (let k = from - 1; k >= 0 && v.sentence[k] === v.sentence[from] && v.capital[k]; k--) {
    const other = r.kb.lookup(v.texts[k]!).find((h) => h.entity.kind === 'country' && (h.form === 'name' || h.form === 'adjective'));
    if (other) return states.has(other.entity.id) ? -1 : k;
  }
  return -1;
}

/**
 * German names a state's body with the state outside the capitalised run: a lower-case adjective
 * ("der peruanische Kongress", "das kenianische Parlament") or a genitive before or after it
 * ("Perus Kongress", "der Kongress Perus") or a seat of that state after it ("der Kongress in Lima"). Such a body is that state's, not the knowledge-base
 * entry of another state (the US Congress). True when the word before or after the name says so.
 */
export function lowerAdjectiveOfAnotherState(v: DocView, r: ScanResources, from: number, to: number, hits: readonly KbHit[]): boolean {
  if (!r.lex.forms.nounsCapitalised) return false;
  const states = new Set(hits.map((h) => h.entity.state));
  // (only a body every state has, known as one state's: "Kongress"; an organisation of its own stays itself before
  // another state's seat: "Kämpfer des Afrikakorps in Ouagadougou")
  if (states.has(null) || hits.some((h) => h.entity.kind !== 'org' || !institutionKey(r, h.entity))) return false;
  const other = (k: number, forms: readonly KbHit['form'][], genitive: boolean): boolean => k >= 0 && k < v.texts.length && v.sentence[k] === v.sentence[from]
    && (!genitive || v.texts[k]!.endsWith('s'))
    && r.kb.lookup(v.texts[k]!).some((h) => h.entity.kind === 'country' && forms.includes(h.form) && !states.has(h.entity.id));
  // (or a seat of another state after it: "Der Kongress in Lima")
  const seatOfOther = to + 1 < v.texts.length && v.sentence[to + 1] === v.sentence[from] && r.lex.seatPrepositions.has(v.lower[to]!)
    && r.kb.lookup(v.texts[to + 1]!).some((h) => h.entity.kind === 'city' && h.entity.state !== null && h.entity.state !== undefined && !states.has(h.entity.state));
  return (!v.capital[from - 1] && other(from - 1, ['adjective'], false)) || other(from - 1, ['name'], true) || other(to, ['name'], true) || seatOfOther;
}

/** A singular possessive written onto a word ("People's"). */
const POSSESSIVE_NAME = /\p{L}[’']s$/u;

/**
 * A known organisation name that a capitalised modifier the base does not know extends is another,
 * longer name ("der Nationale Sicherheitsrat" of a state, "the National Security Council"), not the
 * knowledge base's organisation (the UN Security Council). Returns the modifier's token, or -1.
 */
export function longerOrgName(v: DocView, r: ScanResources, from: number, hits: readonly KbHit[]): number {
  if (!hits.length || hits.some((h) => h.entity.kind !== 'org' || h.form !== 'name')) return -1;
  // (also across a connector after capitalised words the base does not know, two or one after an article: "the
  // National Defence and Security Council" is Myanmar's, "the Peace and Security Council" the AU's, not the UN's;
  // "Kenya and Security Council members" is not one name; where nouns are capitalised, a noun before a genitive is
  // no part of the name: "Dringlichkeitssitzung des UN-Sicherheitsrats")
  if (!r.lex.forms.nounsCapitalised && from >= 3 && !v.capital[from - 1] && r.lex.nameCoordinators.has(v.lower[from - 1]!) && v.sentence[from - 3] === v.sentence[from]) {
    const unknownWord = (x: number): boolean => v.capital[x]! && !v.startish[x] && !isStopCap(v, r, x) && !r.kb.lookup(v.texts[x]!).length && !headAt(v, r.lex, x) && !/[’']s?$/u.test(v.texts[x]!);
    let a = from - 2;
    if (!unknownWord(a) || !(unknownWord(a - 1) || r.lex.determiners.has(v.lower[a - 1]!))) return -1;
    while (a - 1 >= 0 && v.sentence[a - 1] === v.sentence[from] && unknownWord(a - 1) && from - a < 5) a--;
    return a;
  }
  const k = from - 1;
  if (k < 0 || v.sentence[k] !== v.sentence[from] || !v.capital[k] || v.startish[k] || isStopCap(v, r, k) || r.kb.lookup(v.texts[k]!).length) return -1;
  // a possessive is the owner, not part of the name ("Elon Musk's Tesla"), except a collective noun's, which is a word of
  // the name (`possessiveNameWords`: "the All People's Congress", "the People's Progressive Party"), with a capitalised
  // word before it inside the sentence, a capitalised stop word too ("All")
  if (/[’']s?$/u.test(v.texts[k]!)) {
    if (r.lex.forms.nounsCapitalised || !POSSESSIVE_NAME.test(v.texts[k]!) || !r.lex.possessiveNameWords.has(v.lower[k]!.replace(/[’']s$/u, ''))) return -1;
    const j = k - 1;
    const word = j >= 0 && v.sentence[j] === v.sentence[from] && !v.startish[j] && /^\p{Lu}\p{Ll}+$/u.test(v.texts[j]!) && !isStopCap(v, r, j) && !r.kb.lookup(v.texts[j]!).length;
    return word || capitalisedStopWord(v, r, j, from) ? j : k;
  }
  // where nouns are capitalised: an inflected adjective ("Nationalen", "Oberste"), not a noun ("des
  // Auslandsgeheimdienstes CIA"); elsewhere any capitalised word of the name
  if (r.lex.forms.nounsCapitalised && (headAt(v, r.lex, k) || !derivedAdjective(r.lex, v.lower[k]!))) return -1;
  // (a capitalised stop word inside the sentence before it opens the name: "the All Progressives Congress")
  return !r.lex.forms.nounsCapitalised && capitalisedStopWord(v, r, k - 1, from) ? k - 1 : k;
}

/** Whether token `j` is a stop word capitalised inside the sentence of token `from` ("All" in "the All Progressives Congress"). */
function capitalisedStopWord(v: DocView, r: ScanResources, j: number, from: number): boolean {
  return j >= 0 && v.sentence[j] === v.sentence[from] && !v.startish[j] && /^\p{Lu}\p{Ll}+$/u.test(v.texts[j]!) && r.lex.stopWords.has(v.lower[j]!)
    && !r.lex.determiners.has(v.lower[j]!) && !r.lex.possessives.has(v.lower[j]!);
}

/** Marks title, rank and honorific phrases ("Prime Minister", "Major General", "Mr.") by their length at their first token. */
export function markTitles(v: DocView, lex: ResolveLexicon): Int8Array {
  const n = v.texts.length;
  const title = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const maxLen = lex.phraseStarts.has(v.lower[i]!) ? Math.min(lex.maxPhrase, v.sentEnd[i]! - i) : 1;
    for (let len = maxLen; len >= 1; len--) {
      const key = len === 1 ? v.lower[i]! : v.lower.slice(i, i + len).join(' ');
      const h = len === 1 ? headOf(lex, key) : lex.heads.get(key);
      // "General Assembly", "Secretary General" of an organisation name are not titles
      const nextKw = i + len < v.sentEnd[i]! && v.capital[i + len] ? lex.typeKeywords.get(v.lower[i + len]!) : undefined;
      // a capitalised word after a family name is a given name, not a title ("Choe Son Hui", "Ri Son Gwon")
      const inName = len === 1 && i > 0 && v.sentence[i - 1] === v.sentence[i] && v.capital[i] && lex.familyFirst.has(v.texts[i - 1]!) && !!h && (h.kin || h.generic);
      // (a rank before a capitalised name particle is a given name: "Sultan Al Jaber", not the ruler "Sultan Haitham bin Tariq")
      const givenBeforeParticle = lex.ranks.has(key) && i + len < v.sentEnd[i]! && v.capital[i + len] && lex.nameParticles.has(v.lower[i + len]!);
      // (a rank that is no head right after a given name is a part of the name: "Hassan Scheich Mohamud"; before one it
      // is a title: "Scheich Tamim bin Hamad Al Thani")
      const afterGiven = len === 1 && !h && lex.ranks.has(key) && i > 0 && v.sentence[i - 1] === v.sentence[i] && !title[i - 1] && lex.givenNames.has(v.texts[i - 1]!);
      if (((h && h.type === 'PER') || lex.ranks.has(key) || lex.honorifics.has(key)) && !(nextKw && nextKw !== 'MISC' && v.capital[i]) && !inName && !givenBeforeParticle && !afterGiven) {
        for (let k = i; k < i + len; k++) title[k] = 1;
        i += len - 1;
        break;
      }
    }
  }
  return title;
}

/** Id of a state's institution: its country code and the institution ("us-coast-guard", "ru-foreign-ministry"). */
export function institutionId(state: KbEntity, key: string): string {
  return `${(state.code ?? state.id).toLowerCase()}-${key}`;
}

/** An institution phrase at token `i` ("Marines", "Coast Guard", "Justizministeriums"). */
export function institutionAt(v: DocView, lex: ResolveLexicon, i: number): { to: number; inst: { key: string; name: string; description: boolean; type: EntityType } } | null {
  for (let len = Math.min(3, v.sentEnd[i]! - i); len >= 1; len--) {
    const key = v.lower.slice(i, i + len).join(' ');
    const inst = lex.institutions.get(key) ?? lex.institutions.get(key.replace(/e?s$/, ''));
    if (inst) return { to: i + len, inst: { ...inst, type: /embass/.test(key) ? 'FAC' : 'ORG' } };
  }
  return null;
}

/**
 * The institution key of a knowledge-base body of a state whose id is its state's code and a key
 * ("us-congress" → "congress"), or null for any other entity.
 */
export function institutionKey(r: ScanResources, e: KbEntity): string | null {
  if (e.kind !== 'org' || !e.state) return null;
  const code = r.kb.get(e.state)?.code?.toLowerCase();
  return code && e.id.startsWith(`${code}-`) ? e.id.slice(code.length + 1) : null;
}

/** A state's body named at `[from, to)`: its key and canonical name with `{state}` for the state. */
export interface OrganName {
  readonly to: number;
  readonly key: string;
  readonly name: string;
  /** The state the phrase names by itself (the knowledge base's body), if any. */
  readonly ownState: string | null;
}

/**
 * A capitalised name of a state body at token `i` (English): an institution of the lexicon
 * ("Parliament", "National Assembly", "Constitutional Court") or a knowledge-base body of a state
 * ("Congress", the US Congress). Used where the text gives the body another state: "Peru’s
 * Congress", "the Parliament of Kenya".
 */
export function organNameAt(v: DocView, r: ScanResources, i: number, limit: number): OrganName | null {
  if (i >= limit || !v.capital[i]) return null;
  const organ = organNameFrom(v, r, i, limit);
  // (a longer organisation of its own the base knows wins over the body that opens it: "Taiwan's Coast Guard
  // Administration" is not Taiwan's coast guard and a stray "Administration")
  return organ && !ownOrganisationAt(v, r, i, limit) ? organ : null;
}

/** Tokens [i, i + len) are all capitalised. */
function allCapital(v: DocView, i: number, len: number): boolean {
  for (let k = i; k < i + len; k++) if (!v.capital[k]) return false;
  return true;
}

/** A capitalised name of two to four words at token `i` is an organisation of its own in the knowledge base (no body every state has). */
function ownOrganisationAt(v: DocView, r: ScanResources, i: number, limit: number): boolean {
  for (let len = Math.min(4, limit - i); len >= 2; len--) {
    if (allCapital(v, i, len) && r.kb.lookup(v.texts.slice(i, i + len).join(' ')).some((h) => h.form === 'name' && h.entity.kind === 'org' && !institutionKey(r, h.entity))) return true;
  }
  return false;
}

/** The state body {@link organNameAt} reads at token `i`, before the check for a longer organisation of its own. */
function organNameFrom(v: DocView, r: ScanResources, i: number, limit: number): OrganName | null {
  for (let len = Math.min(3, limit - i); len >= 1; len--) {
    if (!allCapital(v, i, len)) continue;
    const phrase = v.texts.slice(i, i + len).join(' ');
    const inst = r.lex.institutions.get(phrase.toLowerCase());
    if (inst && !inst.description) return { to: i + len, key: inst.key, name: inst.name, ownState: null };
    for (const h of r.kb.lookup(phrase)) {
      const key = institutionKey(r, h.entity);
      if (key && h.form === 'name') return { to: i + len, key, name: `${phrase} of {state}`, ownState: h.entity.state };
    }
  }
  return null;
}

/** Hyphenated compounds: "US-Präsident" (state "US"), "US-Küstenwache" (institution), "Kim-Regime" (state), "Israeli-Palestinian". */
export function hyphenParts(v: DocView, r: ScanResources, i: number, push: (c: Cand) => void): void {
  const w = v.texts[i]!;
  const parts = w.split('-');
  if (parts.length < 2) return;
  const first = parts[0]!;
  const rest = parts.slice(1).join('-');
  const base = v.starts[i]!;
  const hits = r.kb.lookup(first);
  const actor = hits.find((h) => h.entity.kind === 'actor');
  const regimeState = actor ? r.kb.get(stateOf(actor.entity) ?? '') : undefined;
  if (actor && r.lex.regimeWords.has(rest.toLowerCase()) && regimeState) {
    const st = regimeState;
    push({ from: i, to: i + 1, start: base, end: v.ends[i]!, sentence: v.sentence[i]!, kind: 'name', source: 'regime', hits: [], type: 'GPE', fixed: { id: st.id, name: st.name, type: st.type, state: st.id }, confidence: 0.85 });
    return;
  }
  const country = hits.find((h) => h.entity.kind === 'country' && h.form === 'name');
  const restLower = rest.toLowerCase();
  const inst = r.lex.institutions.get(restLower) ?? r.lex.institutions.get(restLower.replace(/e?s$/, ''));
  if (country && inst && !inst.description) {
    const st = country.entity;
    push({ from: i, to: i + 1, start: base, end: v.ends[i]!, sentence: v.sentence[i]!, kind: 'name', source: 'institution', hits: [], type: 'ORG', fixed: { id: institutionId(st, inst.key), name: inst.name.replace('{state}', st.name), type: 'ORG', state: st.id }, confidence: 0.85 });
    return;
  }
  // in a compound of two parts, an unknown name or acronym before an organisation keyword is one organisation's name
  // ("die Arakan-Armee", "die Wagner-Gruppe", "die DEM-Partei"), not a state's organ; a compound with a known or common
  // first part stays apart ("US-Armee")
  const last = parts[parts.length - 1]!;
  // (also with an Arabic particle before the name the base does not know: "die Al-Kassam-Brigaden", "die Al-Aksa-Brigaden")
  const particleLed = parts.length === 3 && r.lex.nameParticles.has(first.toLowerCase()) && !r.kb.lookup(parts.slice(0, 2).join('-')).length;
  const stem = particleLed ? parts[1]! : first;
  if (r.lex.forms.compoundHeads && (parts.length === 2 || particleLed) && !r.kb.lookup(stem).length && (/^\p{Lu}\p{Ll}{2,}$/u.test(stem) || isAcronym(stem)) && /^\p{Lu}/u.test(last) && r.lex.typeKeywords.get(last.toLowerCase()) === 'ORG'
    && !headOf(r.lex, stem.toLowerCase()) && !r.lex.stopWords.has(stem.toLowerCase()) && !nounLike(stem.toLowerCase(), r.nounCues)
    // (before a name it describes that name: "der Hutu-Miliz FDLR")
    && !(i + 1 < v.sentEnd[i]! && v.capital[i + 1] && !r.lex.stopWords.has(v.lower[i + 1]!))) {
    push(plain(v, i, i + 1, 'org-name', 'ORG', 0.7));
    return;
  }
  // each part that is a state, organisation or adjective, as a part of the token; a run of parts the base knows as one
  // hyphenated name is read whole, longest first ("Al-Kaida-nahen": "Al-Kaida", not "Al" and "Kaida")
  const known = (p: string): KbHit[] => r.kb.lookup(p).filter((h) => h.entity.kind !== 'actor' && (h.entity.kind === 'country' || h.entity.kind === 'org' || h.form === 'adjective' || h.entity.kind === 'city'));
  let off = 0;
  for (let a = 0; a < parts.length; a++) {
    let b = a + 1;
    let ph: KbHit[] = [];
    // (the whole token is the base's own lookup, not a part's)
    for (let e = a === 0 ? parts.length - 1 : parts.length; e > a + 1; e--) {
      ph = known(parts.slice(a, e).join('-'));
      if (ph.length) { b = e; break; }
    }
    if (b === a + 1) ph = known(parts[a]!);
    const p = parts.slice(a, b).join('-');
    if (ph.length && p.length > 1) {
      push({ from: i, to: i + 1, start: base + off, end: base + off + p.length, sentence: v.sentence[i]!, kind: ph.every((h) => h.form === 'adjective') ? 'adjective' : 'name', source: 'hyphen', hits: ph, type: ph[0]!.entity.type, confidence: 0.85 });
    }
    off += p.length + 1;
    a = b - 1;
  }
}

/**
 * German: drop trailing words that look like common nouns (a capitalised word after a name is
 * usually one): description heads at the end. Other names (`keep` null) also lose noun-like words
 * (`nounLike`) at the end; a person's name loses, after its first `keep` words, the first calendar
 * word, noun-suffixed word or word the document uses only here after a name word it uses elsewhere
 * without it ("Sadyr Dschaparow Dekret" when "Dschaparow" recurs alone), with all that follows it.
 */
export function trimCommonNouns(v: DocView, r: ScanResources, from: number, to: number, keep: number | null): number {
  let j = to;
  // (a name before the end of a dative-and-accusative frame leaves its last word as the object: "warf dem Minister
  // Schmidt Lügen vor", "warf Präsident William Ruto Wahlbetrug vor")
  if (j - from > 1 && objectFrameAt(v, r, j)) j--;
  // a person's name: the first such word ends it, with whatever follows ("Pedro Castillo Abgeordneten Verrat")
  if (keep !== null) {
    // (a nickname in quotation marks inside the name is no common noun, nor is the family name after it: Jimmy
    // „Barbecue“ Chérizier, Joaquín „El Chapo“ Guzmán)
    let quoted = false;
    let nickEnd = -1;
    for (let k = from; k < j; k++) {
      if (/^["“”„«»‚‘’]$/u.test(v.texts[k]!)) {
        quoted = !quoted;
        if (!quoted) nickEnd = k;
        continue;
      }
      if (!quoted && k !== nickEnd + 1 && k >= from + keep && (nounLike(v.lower[k]!, r.nounCues) || lonelyTail(v, k))) j = k;
    }
  }
  while (j > from && (headAt(v, r.lex, j - 1) || (keep === null && nounLike(v.lower[j - 1]!, r.nounCues)))) j--;
  return j;
}

/**
 * Token `k` closes a frame with a dative and an accusative object (`objectFrames`: "vor" after "warf",
 * "vorgeworfen") and no clause follows that could be the object instead ("…, gelogen zu haben"): the capitalised
 * word right before it is the accusative object, a common noun ("warf dem Politiker Lügen vor"), no surname.
 */
export function objectFrameAt(v: DocView, r: ScanResources, k: number): boolean {
  const verbs = k > 0 && k < v.sentEnd[k - 1]! ? r.lex.objectFrames.get(v.lower[k]!) : undefined;
  if (!verbs || (k + 1 < v.sentEnd[k]! && v.texts[k + 1] === ',')) return false;
  let s0 = k;
  while (s0 > 0 && v.sentence[s0 - 1] === v.sentence[k]) s0--;
  // (a passive leaves no object: "Korruption wird dem Politiker Müller vorgeworfen")
  for (let x = s0; x < k; x++) if (r.lex.frontedObjects.passives.has(v.lower[x]!)) return false;
  // (an object put before the finite verb leaves none for the name: "Das warf die Regierung dem Politiker Müller vor")
  const fronted = (x: number): boolean => (x === s0 + 1 && r.lex.frontedObjects.pronouns.has(v.lower[s0]!)) || (x === s0 + 2 && r.lex.frontedObjects.determiners.has(v.lower[s0]!));
  // (a joined frame verb closes a clause whose finite verb is second: "Das hat die Regierung … vorgeworfen")
  if (!verbs.size) return !fronted(s0 + 1) && !fronted(s0 + 2);
  for (let x = k - 1; x >= s0; x--) if (verbs.has(v.lower[x]!)) return !fronted(x);
  return false;
}

/**
 * Token `k` occurs only here, and the word before it occurs elsewhere (then not followed by it),
 * also in the genitive ("Dbeibahs Regierung").
 */
function lonelyTail(v: DocView, k: number): boolean {
  if (k < 1) return false;
  const counts = v.textCounts;
  const p = v.texts[k - 1]!;
  // (a lower-case particle recurs in other people's names: "Faisal bin Turki … Salem bin Nawaf")
  if (!/^\p{Lu}/u.test(p)) return false;
  return counts.get(v.texts[k]!) === 1 && (counts.get(p) ?? 0) + (counts.get(`${p}s`) ?? 0) > 1;
}

/** The entity type a keyword gives a name ("Institut" → ORG), also as the end of a German compound. */
export function typeKeyword(lex: ResolveLexicon, lower: string, compound: boolean): EntityType | undefined {
  const t = lex.typeKeywords.get(lower);
  if (t || !compound) return t;
  for (let i = 1; i <= lower.length - 4; i++) {
    const s = lex.typeKeywords.get(lower.slice(i));
    if (s) return s;
  }
  return undefined;
}

/** The type keyword of a capitalised run, from its last keyword ("Council on Foreign Relations" → ORG). */
export function runKeyword(v: DocView, r: ScanResources, a: number, b: number): EntityType | undefined {
  for (let k = b - 1; k >= a; k--) {
    const t = r.lex.typeKeywords.get(v.lower[k]!);
    if (t) return t;
  }
  return undefined;
}

/**
 * The type of a place name the tagger calls LOC: towns, cities and provinces are political units
 * (GPE, as the spec types them); a name with a geographic keyword ("Insel", "river") or a compass
 * prefix ("Ostkongo", "Eastern Ukraine") stays a geographic place (LOC).
 */
export function placeType(v: DocView, r: ScanResources, from: number, to: number, type: EntityType): EntityType {
  if (type !== 'LOC') return type;
  if (runKeyword(v, r, from, to) === 'LOC') return 'LOC';
  const first = v.lower[from]!;
  if (r.lex.regionPrefixes.some((p) => first.startsWith(p) && first.length > p.length)) return 'LOC';
  return 'GPE';
}

/** Two or more capitals and a lower-case plural ending ("MPs", "MEPs"). */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** A capitalised word that never starts a name (function words, calendar words, "Arab"). */
export function isStopCap(v: DocView, r: ScanResources, i: number): boolean {
  const l = v.lower[i]!;
  if (r.lex.stopWords.has(l) || r.lex.notNames.has(l) || r.lex.determiners.has(l) || r.lex.possessives.has(l)) return true;
  // the plural of an abbreviated person noun is a common noun ("told MPs", "MEPs voted", "CEOs"): capitals with a
  // lower-case plural "s" whose singular the lexicon knows as a person's head
  if (PLURAL_ACRONYM.test(v.texts[i]!) && r.lex.heads.get(l.slice(0, -1))?.type === 'PER') return true;
  // a capitalised word before a noun of language is the language ("its Spanish initials"), no name
  if (i + 1 < v.lower.length && r.lex.languageNouns.has(v.lower[i + 1]!) && v.sentence[i + 1] === v.sentence[i]) return true;
  // (only a word ending in "s" or "." can lose a possessive or a full stop: any other is looked up as it is, with no copies made)
  const last = l.charCodeAt(l.length - 1);
  return r.calendar.has(last === 115 || last === 46 ? l.replace(/[’']s$/u, '').replace(/\.$/, '') : l);
}

/** A hit of a state (`articleSense`). */
const isState = (h: KbHit): boolean => h.entity.kind === 'country';

/** A hit of a natural place (`articleSense`). */
const isPlace = (h: KbHit): boolean => h.entity.kind === 'place' && h.entity.type === 'LOC';

/**
 * A form the base gives both a state and a natural place (German "Moldau": the Republic of Moldova
 * and the Vltava). The state takes no article in news, the river does ("an der Moldau", "die
 * Moldau"): after an article the place is meant, else the state. The base lists such a shared form
 * only for states whose name takes no article ("der Niger" is not paired with its river).
 */
export function articleSense(v: DocView, r: ScanResources, m: GazMatch): GazMatch {
  if (!m.hits.some(isState) || !m.hits.some(isPlace)) return m;
  const prev = m.from > 0 && v.sentence[m.from - 1] === v.sentence[m.from] ? v.lower[m.from - 1]! : '';
  const article = r.lex.definite.has(prev) || r.lex.definiteContractions.has(prev);
  return { ...m, hits: m.hits.filter(article ? isPlace : isState) };
}

/**
 * A newspaper or broadcaster named after a place the base knows, as tokens `[from, to)`, or null:
 * the place followed by up to two capitalised words ending in a media word ("The Kathmandu Post",
 * "the Sydney Morning Herald", "Frankfurter Rundschau"), or preceded by a media word with "of" or
 * one capitalised word between ("The Times of India", "Radio Free Europe"); German also takes an
 * inflected capitalised adjective before the place ("Neue Zürcher Zeitung"). The place inside is
 * then no mention of its own. A leading "The" is not part of the name. (The caller passes only a
 * capitalised place: "das serbische Fernsehen" is a description, not a name.)
 */
export function mediaNameAround(v: DocView, r: ScanResources, owner: Int32Array | readonly number[], from: number, to: number): [number, number] | null {
  const se = v.sentEnd[from]!;
  const ok = (k: number): boolean => k >= 0 && k < se && v.sentence[k] === v.sentence[from] && owner[k] === -1 && !!v.capital[k] && !isStopCap(v, r, k) && !/[’']s?$/u.test(v.texts[k]!);
  // after: "Kathmandu Post", "Sydney Morning Herald"
  for (let e = to; e < to + 2 && ok(e); e++) {
    // (the media word ends the name: "the Kenya Standard Gauge Railway" is no newspaper)
    if (r.lex.mediaWords.has(v.lower[e]!) && !(e + 1 < se && v.capital[e + 1] && !isStopCap(v, r, e + 1))) {
      let a = from;
      // (an inflected adjective before it, where nouns are capitalised: "Frankfurter Rundschau")
      if (r.lex.forms.nounsCapitalised && ok(a - 1) && !v.startish[a - 1] && /^\p{Lu}\p{Ll}+$/u.test(v.texts[a - 1]!) && endingOf(v.lower[a - 1]!, r.lex.forms.adjectiveEndings, 2) && !headAt(v, r.lex, a - 1)) a--;
      return [a, e + 1];
    }
  }
  // before: "Times of India", "Radio Free Europe"
  const link = from - 1 >= 0 && r.lex.genitiveLinks.has(v.lower[from - 1]!) ? from - 1 : from;
  for (let a = link - 1; a >= link - 2 && ok(a); a--) if (r.lex.mediaWords.has(v.lower[a]!) && (link < from || a < link - 1)) return [a, to];
  return null;
}

/**
 * Whether the words after a name the base does not know treat it as an organisation: "<Name> said
 * in a statement", "<Name> said (on Monday) it would …", "<Name>'s mine" (`orgStatementPhrases`,
 * `orgPronouns`, `orgPossessions` of resolve.json). `last` is the name's last token, `to` the token after it.
 * Used only on names no rule typed (a person is "it" only as an expletive: "Doe said it was late").
 */
export function orgCueAt(v: DocView, r: ScanResources, last: number, to: number): boolean {
  const se = v.sentEnd[last]!;
  if (/[’']s$/u.test(v.texts[last]!)) return to < se && r.lex.orgPossessions.has(v.lower[to]!);
  if (to >= se || v.capital[to] || !/^\p{Ll}+$/u.test(v.texts[to]!)) return false;
  for (const phrase of r.lex.orgStatementPhrases) {
    const ws = phrase.split(' ');
    if (ws.every((w, k) => v.lower[to + 1 + k] === w && to + 1 + k < se)) return true;
  }
  // "said it would", "said on Monday it had": only prepositions and calendar words between the verb and the pronoun
  for (let k = to + 1; k < Math.min(se, to + 5); k++) {
    const l = v.lower[k]!;
    if (r.lex.orgPronouns.has(l)) return true;
    if (!(r.lex.stopWords.has(l) || r.calendar.has(l.replace(/\.$/, '')))) return false;
  }
  return false;
}

/** An inflected adjective with a derivation suffix ("nationalen", "oberste": "-al", "-st" before the ending). */
export function derivedAdjective(lex: ResolveLexicon, l: string): boolean {
  const e = endingOf(l, lex.forms.adjectiveEndings, 0);
  return e !== null && lex.forms.derivedAdjectiveSuffixes.some((x) => l.slice(0, -e.length).endsWith(x));
}
