import type { EntityType } from '../../doc/types.js';
import type { KbEntity } from '../../kb/types.js';
import { kebab } from '../../kb/normalise.js';
import { nounLike } from '../ner/noun.js';
import { stateOf, type Cand } from './candidates.js';
import { matchAt } from './gazetteer.js';
import { endingOf } from '../../resources/grammar.js';
import { aliasCueAfter, feminineForm, headAt, headClassesOf, headOf, isGivenName, nameGenitiveBase, possessiveOf } from './lexicon.js';
import {
  articleSense, derivedAdjective, mediaNameAround, orgCueAt,
  anotherStatesInstitution, longerOrgName, lowerAdjectiveOfAnotherState, placeType,
  hasCJK, hyphenParts, institutionAt, institutionId, institutionKey, isAcronym, organNameAt, type OrganName, isInitial, isStopCap, markTitles, PARTICLE_PREFIX, partOfLongerName,
  objectFrameAt, participleCompound, plain, plausibleTaggerName, runKeyword, stateCand, titleCaseSentences, tokenAt, trimCommonNouns, typeKeyword, type ScanResources,
} from './scan-rules.js';
import { headKey, isGenitiveOf } from './phrase.js';
import { OPENING_QUOTE, type DocView } from './view.js';

/** A closing quotation mark as a token of its own. */
const CLOSING_QUOTE = /^["”“»«’']$/u;

export type { ScanResources } from './scan-rules.js';

/** Whether token `k` is a genitive of the entity `id` ("Russia’s", "Russlands"). */
function genitiveName(v: DocView, r: ScanResources, k: number, id: string): boolean {
  const t = v.texts[k]!;
  return !!possessiveOf(r.lex, t) || (t.length > 3 && isGenitiveOf(r, t, id));
}

/**
 * The first token of the name before the bracket at `p` that its abbreviation spells with the initials of its capitalised
 * words and word parts ("Tehreek-e-Insaf": T, I), lower-case name connectors and a seat preposition before the place
 * that closes the name skipped ("Liga für Demokratie", "Assistance Mission in Afghanistan"), or -1.
 */
function spelledBy(v: DocView, r: ScanResources, p: number, abbr: string, usable: (k: number) => boolean): number {
  let letters = '';
  for (let k = p - 1; k >= 0 && v.sentence[k] === v.sentence[p] && p - k <= abbr.length + 3 && usable(k); k--) {
    if (!v.capital[k]) {
      if ((r.lex.nameConnectors.has(v.lower[k]!) || (r.lex.seatPrepositions.has(v.lower[k]!) && k + 2 === p)) && k + 1 < p) continue;
      return -1;
    }
    letters = (v.texts[k]!.match(/(?<!\p{L})\p{Lu}/gu) ?? []).join('') + letters;
    if (letters === abbr.replace(/\./g, '')) return k;
    if (!abbr.endsWith(letters)) return -1;
  }
  return -1;
}

/**
 * Whether a candidate in capitals opens its paragraph as a dateline's place: followed by a date ("MARAWI, Nov 28"), or
 * by an agency in brackets and a dash within a few words ("KYAUKPHYU, Myanmar (AP) —", "BAMAKO (Reuters) -").
 */
function datelinePlace(v: DocView, r: ScanResources, c: Cand): boolean {
  const surface = v.doc.text.slice(c.start, c.end);
  if ((c.start > 0 && v.doc.text[c.start - 1] !== '\n') || !/^\p{Lu}[\p{Lu}\s-]{2,}$/u.test(surface)) return false;
  const se = v.sentEnd[c.from]!;
  if (c.to + 1 < se && v.texts[c.to] === ',' && r.calendar.has(v.lower[c.to + 1]!.replace(/\.$/, ''))) return true;
  for (let j = c.to; j < Math.min(se, c.to + 6); j++) {
    if (v.texts[j] !== '(') continue;
    // (the agency is one or two words: look no further for its bracket)
    const close = v.texts.slice(j + 1, j + 4).indexOf(')');
    return close >= 0 && /^[-–—]$/u.test(v.texts[j + 2 + close] ?? '');
  }
  return false;
}

/**
 * The nominative of a compound of a state prefix (`statePrefixes`: "Bundes") and an organisation keyword with its
 * state ("bundeswirtschaftsministeriums": "bundeswirtschaftsministerium", germany), or null; a word that is itself a
 * keyword or a government word ("bundesamt", "bundesregierung", "bundesministerium") is none.
 */
export function statePrefixBody(r: ScanResources, lower: string): { length: number; state: string } | null {
  for (const [prefix, state] of r.lex.statePrefixes) {
    if (!lower.startsWith(prefix) || lower.length < prefix.length + 4) continue;
    for (const base of [lower, lower.replace(/e?s$/u, '')]) {
      if (r.lex.typeKeywords.has(base) || r.lex.governmentWords.has(base) || r.lex.governmentWords.has(lower)) return null;
      if (typeKeyword(r.lex, base.slice(prefix.length), true) === 'ORG' || r.lex.typeKeywords.get(base.slice(prefix.length)) === 'ORG') return { length: base.length, state };
    }
  }
  return null;
}

/** A body's noun that a city right after it names as one proper name (`seatNameHeads`: "Oberlandesgericht" of "das Oberlandesgericht Koblenz"). */
function isSeatNameHead(r: ScanResources, lower: string): boolean {
  return r.lex.seatNameHeads.some((h) => lower.endsWith(h));
}

/** An English possessive ending ("Pashinyan’s"). */
const POSSESSIVE = /\p{L}[’']s$/u;
/** A bare apostrophe token (the segmenter splits the one after a plural: "Workers" "'"). */
const APOSTROPHE = /^[’']$/u;

/**
 * Finds name and adjective candidates: knowledge-base matches first (longest match, with
 * hyphen parts, state institutions and regime names), then names the knowledge base does not
 * know (given names, family-first names, a description head before a name, capitalised runs in
 * English, acronyms, tagger mentions), then repeats of names found so far (surnames, second
 * occurrences). Returns candidates sorted by position; `title[i]` marks title and rank phrases.
 *
 * Each pass is a local function of its own, called once: written as one body, this function was 45 kB of bytecode, which
 * V8's optimising compiler took seconds to compile (and again after each deoptimisation), so most documents of a
 * process ran it unoptimised; passes of a few kB are optimised one by one, and a deoptimisation recompiles one pass.
 */
export function scanCandidates(v: DocView, r: ScanResources, nerMentions: readonly { index: number; start: number; end: number; type: EntityType; kind: string; confidence: number }[]): { cands: Cand[]; title: Int8Array } {
  const n = v.texts.length;
  const title = markTitles(v, r.lex);
  // a region adjective of two or three words ("South American", "Central Asian"), or a capitalised English one the
  // knowledge base does not know ("African"), names no state or place of its own — unless a capitalised word
  // follows it and it is part of a name ("East African Community", "Union of South American Nations")
  const region = new Int8Array(n);
  const nameGoesOn = (k: number): boolean => k < v.sentEnd[k - 1]! && v.capital[k]!;
  // (each pass below is a function of its own, called once: see the note on scanCandidates)
  const markRegions = (): void => {
    // (asked only of a capitalised region adjective: the test reads the head lexicon, and most tokens are none)
    const stateNounNext = (i: number): boolean => {
      if (i + 1 >= v.sentEnd[i]! || !/^\p{Ll}/u.test(v.texts[i + 1]!)) return false;
      const head = headAt(v, r.lex, i + 1);
      return !!head?.stateNoun || !!head?.regional;
    };
    for (let i = 0; i < n; i++) {
      // (a region the base knows as a place is an adjective too right before a lower-case state noun: "The Sahel country",
      // "the Baltic state", "the Gulf state"; "the Sahel", "the Gulf of Aden" stay places)
      if (r.lex.forms.capitalisedAdjectives && v.capital[i] && r.lex.regionAdjectives.has(v.lower[i]!) && (!r.kb.lookup(v.texts[i]!).length || stateNounNext(i)) && !nameGoesOn(i + 1)) region[i] = 1;
      if (!r.lex.regionStarts.has(v.lower[i]!)) continue;
      for (let len = 3; len >= 2; len--) {
        if (i + len > v.sentEnd[i]! || !r.lex.regionAdjectives.has(v.lower.slice(i, i + len).join(' ')) || nameGoesOn(i + len)) continue;
        for (let k = i; k < i + len; k++) region[k] = 1;
        break;
      }
    }
  };
  markRegions();
  const owner = new Int32Array(n).fill(-1);
  const cands: Cand[] = [];
  const push = (c: Cand): void => {
    cands.push(c);
    for (let k = c.from; k < c.to; k++) owner[k] = cands.length - 1;
  };
  const free = (k: number): boolean => k < n && owner[k] === -1 && !title[k] && !region[k];
  const adjAt = (k: number): boolean => k < n && owner[k]! >= 0 && cands[owner[k]!]!.kind === 'adjective' && cands[owner[k]!]!.to === k + 1;

  // 1. knowledge base
  // the latest body of a state named with its state, by key: a later bare "Congress" is Peru's after "Peru's Congress"
  const lastOrgan = new Map<string, NonNullable<Cand['fixed']>>();
  const foreignBodies = new Set<string>();
  // (in a title-case headline every word is capitalised: "Kenya Standard Gauge Railway" names no outlet; a language
  // that capitalises its nouns has no title case)
  const titleCased = !r.lex.forms.nounsCapitalised ? titleCaseSentences(v, r.lex.titleCaseMinor) : new Set<number>();
  // the unambiguous forms the text has named each entity by so far
  const namedBefore = new Map<string, string[]>();
  // a state's body as a candidate of its own (`name`: the template with "{state}"), remembered as the latest of its key
  const organCand = (from: number, to: number, st: KbEntity, key: string, name: string, sentence: number, type: EntityType = 'ORG', confidence = 0.85): Cand => {
    const id = institutionId(st, key);
    // (a body the knowledge base knows keeps its name: "United States Congress")
    const fixed = { id, name: r.kb.get(id)?.name ?? name.replace('{state}', st.name), type, state: st.id };
    lastOrgan.set(key, fixed);
    return { from, to, start: v.starts[from]!, end: v.ends[to - 1]!, sentence, kind: 'name', source: 'institution', hits: [], type, fixed, confidence };
  };
  const knowledgeBasePass = (): void => {
    // (whether `form` opens a longer name the text gave entity `id` before; closures are made once per pass, not per token)
    const opensNamed = (id: string, form: string): boolean => (namedBefore.get(id) ?? []).some((f) => f.startsWith(`${form} `));
    for (let i = 0; i < n; ) {
      if (region[i]) { i++; continue; }
      const g = matchAt(r.index, v.texts, v.starts, v.ends, i, v.sentEnd[i]!, v.startish[i]!);
      const m0 = g && articleSense(v, r, g);
      // a body's noun with a city right after it is one proper name ("das Oberlandesgericht Koblenz", `seatNameHeads`)
      if (m0 && m0.from > 0 && m0.to - m0.from === 1 && m0.hits.every((h) => h.entity.kind === 'city') && v.sentence[m0.from - 1] === v.sentence[m0.from]
        && owner[m0.from - 1] === -1 && v.capital[m0.from - 1] && isSeatNameHead(r, v.lower[m0.from - 1]!)) {
        push(plain(v, m0.from - 1, m0.to, 'org-name', 'ORG', 0.85));
        i = m0.to;
        continue;
      }
      // a known surname inside a longer unknown name is someone else ("Bill Clinton" without Bill in the base, "Kim Yo Jong")
      const m1 = m0 && (m0.hits.every((h) => h.form === 'short') || (m0.to - m0.from === 1 && m0.hits.every((h) => h.form === 'name' && h.entity.type !== 'PER'))) && partOfLongerName(v, r, m0.from, m0.to) ? null : m0;
      // a name that is also an ordinary word or someone else's name ("in den Spiegel", "eine Oper von Verdi") counts
      // only where the tagger, which reads the context, also marks a mention of the entity's type there
      // (German: once the text names a body as another state's, "den Kongress" later is that body too, unless its own
      // state is named right before it)
      const foreignHere = !!m1 && lowerAdjectiveOfAnotherState(v, r, m1.from, m1.to, m1.hits);
      if (m1 && foreignHere) for (const h of m1.hits) foreignBodies.add(h.entity.id);
      const foreignAgain = !!m1 && !foreignHere && m1.hits.every((h) => foreignBodies.has(h.entity.id)) && !v.texts[m1.from]!.includes('-')
        && !(m1.from > 0 && r.kb.lookup(v.texts[m1.from - 1]!).some((x) => m1.hits.some((h) => h.entity.state === x.entity.id)))
        // (nor its own state's seat after it: "der Kongress in Washington")
        && !(m1.to + 1 < n && r.lex.seatPrepositions.has(v.lower[m1.to]!) && r.kb.lookup(v.texts[m1.to + 1]!).some((x) => x.entity.kind === 'city' && m1.hits.some((h) => h.entity.state === x.entity.state)));
      const m2 = foreignHere || foreignAgain ? null : m1;
      // (also as the opening words of a longer unambiguous name the text gave it before: "Amnesty International …
      // Amnesty forderte"; not "die Linke" after "Die Linke", which opens no longer name)
      const form = m2 ? v.texts.slice(m2.from, m2.to).join(' ') : '';
      const m = m2 && m2.hits.every((h) => h.ambiguous && !opensNamed(h.entity.id, form)) && !nerMentions.some((t) => t.start < m2.end && m2.start < t.end && m2.hits.some((h) => h.entity.type === t.type)) ? null : m2;
      // (where capitals mark names: a one-word body of the base before a connector that is no genitive link and a
      // capitalised word the base does not know opens a longer name of its own: "the Congress for Progressive Change",
      // "the Council on Foreign Relations"; "the Congress of Peru" stays Peru's)
      if (m && !r.lex.forms.nounsCapitalised && m.to - m.from === 1 && m.hits.every((h) => h.entity.kind === 'org') && m.to + 1 < v.sentEnd[i]!
        && r.lex.nameConnectors.has(v.lower[m.to]!) && !v.capital[m.to] && !r.lex.genitiveLinks.has(v.lower[m.to]!) && !r.lex.nameCoordinators.has(v.lower[m.to]!)
        && !r.lex.determiners.has(v.lower[m.to]!) && !r.lex.nameParticles.has(v.lower[m.to]!)
        && v.capital[m.to + 1] && !isStopCap(v, r, m.to + 1) && !r.kb.lookup(v.texts[m.to + 1]!).length) {
        i = m.to;
        continue;
      }
      if (m && m.hits.length === 1 && !m.hits[0]!.ambiguous) namedBefore.set(m.hits[0]!.entity.id, [...(namedBefore.get(m.hits[0]!.entity.id) ?? []), form]);
      const longer = m ? longerOrgName(v, r, m.from, m.hits) : -1;
      // a place name as a person's first name ("Defence Minister Wellington Koo", "Jordan Bardella"): the tagger reads a
      // person over it and the next capitalised word (a possessive is no first name: "Russia's Rosatom")
      if (m && m.to - m.from === 1 && m.hits.every((h) => h.form === 'name' && (h.entity.kind === 'city' || h.entity.kind === 'country')) && m.to < v.sentEnd[i]! && !POSSESSIVE.test(v.texts[m.from]!)
        && owner[m.to] === -1 && !title[m.to] && v.capital[m.to] && !isStopCap(v, r, m.to) && !r.kb.lookup(v.texts[m.to]!).length
        // (not after a city or place noun or a locative preposition, which introduce the place: "in der Hauptstadt Dhaka Tränengas")
        && !(m.from > 0 && v.sentence[m.from - 1] === v.sentence[m.from] && (headAt(v, r.lex, m.from - 1)?.city || r.lex.placeNouns.has(headKey(r.lex, v.lower[m.from - 1]!)) || r.lex.locativePreps.has(v.lower[m.from - 1]!)))
        && nerMentions.some((t) => t.type === 'PER' && t.start <= m.start && t.end >= v.ends[m.to]!)) {
        i = m.to;
        continue;
      }
      const other = m ? anotherStatesInstitution(v, r, m.from, m.hits) : -1;
      const runStart = longer >= 0 && owner[longer] === -1 ? (other >= 0 ? Math.min(other, longer) : longer) : other;
      if (m && runStart >= 0) {
        // the whole run is one name of the other state's body; the state word inside it is part of that name
        while (cands.length && cands[cands.length - 1]!.from >= runStart) {
          const dropped = cands.pop()!;
          for (let k = dropped.from; k < dropped.to; k++) owner[k] = -1;
        }
        push(plain(v, runStart, m.to, 'caps-run', m.hits[0]!.entity.type, 0.8));
        i = m.to;
        continue;
      }
      // a newspaper or broadcaster named after its place is one organisation ("The Kathmandu Post", "Times of India")
      const media = m && v.capital[m.from] && !titleCased.has(v.sentence[m.from]!) && m.hits.some((h) => h.entity.kind === 'city' || h.entity.kind === 'country' || h.entity.kind === 'place') ? mediaNameAround(v, r, owner, m.from, m.to) : null;
      if (media) {
        push(plain(v, media[0], media[1], 'org-name', 'ORG', 0.85));
        i = media[1];
        continue;
      }
      if (m && !(m.to - m.from === 1 && title[i] && !v.capital[i])) {
        const next = m.to < v.sentEnd[i]! ? m.to : -1;
        const actor = m.hits.find((h) => h.entity.kind === 'actor');
        const country = m.hits.find((h) => h.entity.kind === 'country' && h.form === 'name');
        // another state's body named with its state, where a capital marks the name: "Peru’s Congress", "the Parliament of Kenya"
        if (country && !r.lex.forms.nounsCapitalised) {
          const st = country.entity;
          const se = v.sentEnd[i]!;
          const after = next >= 0 && genitiveName(v, r, m.to - 1, st.id) ? organNameAt(v, r, next, se) : null;
          if (after && after.ownState !== st.id) {
            push(stateCand(v, country, i, m.to, m.start, m.end, 'kb'));
            push(organCand(next, after.to, st, after.key, after.name, v.sentence[i]!));
            i = after.to;
            continue;
          }
          const link = m.from - (r.lex.definite.has(v.lower[m.from - 1] ?? '') ? 2 : 1);
          let before: { from: number; organ: OrganName } | null = null;
          if (link >= 1 && v.sentence[link] === v.sentence[i] && r.lex.genitiveLinks.has(v.lower[link]!)) {
            for (let a = Math.max(0, link - 3); a < link && !before; a++) {
              const o = v.sentence[a] === v.sentence[i] ? organNameAt(v, r, a, link) : null;
              if (o && o.to === link && o.ownState !== st.id) before = { from: a, organ: o };
            }
          }
          if (before) {
            while (cands.length && cands[cands.length - 1]!.to > before.from) {
              const dropped = cands.pop()!;
              for (let k = dropped.from; k < dropped.to; k++) owner[k] = -1;
            }
            push(organCand(before.from, m.to, st, before.organ.key, `${v.texts.slice(before.from, link).join(' ')} of {state}`, v.sentence[i]!));
            i = m.to;
            continue;
          }
        }
        // a bare body of one state after the same body of another was named ("Congress" after "Peru’s Congress")
        const org = m.hits.length === 1 && m.hits[0]!.form === 'name' ? m.hits[0]!.entity : undefined;
        const orgKey = org ? institutionKey(r, org) : null;
        const earlier = orgKey ? lastOrgan.get(orgKey) : undefined;
        if (org && earlier && earlier.state !== org.state && !(m.from > 0 && r.kb.lookup(v.texts[m.from - 1]!).some((h) => h.entity.id === org.state))) {
          push({ from: m.from, to: m.to, start: m.start, end: m.end, sentence: v.sentence[i]!, kind: 'name', source: 'institution', hits: [], type: 'ORG', fixed: earlier, confidence: 0.8 });
          i = m.to;
          continue;
        }
        // "Russia’s foreign ministry", "Russlands Außenministerium", "the Russian navy": a genitive or a lower-case organ describes the state
        const inst = country && next >= 0 && !genitiveName(v, r, m.to - 1, country.entity.id) && (r.lex.forms.nounsCapitalised || v.capital[next]) ? institutionAt(v, r.lex, next) : null;
        const regimeWord = next >= 0 ? v.lower[next]!.replace(/[’']s?$/u, '') : '';
        const regimeState = actor ? r.kb.get(stateOf(actor.entity) ?? '') : undefined;
        // ("the Obama administration" names the state; "Lukashenko's government" is a description of it, the person named apart)
        if (actor && next >= 0 && r.lex.regimeWords.has(regimeWord) && regimeState && !POSSESSIVE.test(v.texts[m.to - 1]!)) {
          const st = regimeState;
          push({ from: i, to: next + 1, start: m.start, end: v.starts[next]! + regimeWord.length, sentence: v.sentence[i]!, kind: 'name', source: 'regime', hits: [], type: 'GPE', fixed: { id: st.id, name: st.name, type: st.type, state: st.id }, confidence: 0.9 });
          i = next + 1;
          continue;
        }
        // (where nouns are not capitalised, a state's name right before its capitalised body is part of the body's name,
        // as its adjective is: "the U.S. Embassy", "the US Congress" like "the French Senate"; a possessive owner stays
        // apart: "Russia's Embassy")
        const stateInBodyName = !!country && next >= 0 && !r.lex.forms.nounsCapitalised && v.capital[next]! && !POSSESSIVE.test(v.texts[m.to - 1]!) && !v.texts[m.to - 1]!.endsWith('’') && !v.texts[m.to - 1]!.endsWith("'");
        if (inst && country && !inst.inst.description) {
          // (not before a facility: "blew up the United States Embassies" hit the state, which the events read off its name)
          const stateInName = stateInBodyName && inst.inst.type !== 'FAC';
          if (!stateInName) push(stateCand(v, country, i, m.to, m.start, m.end, 'kb'));
          const from = stateInName ? m.from : next;
          cands.push(organCand(from, inst.to, country.entity, inst.inst.key, inst.inst.name, v.sentence[i]!, inst.inst.type, 0.9));
          for (let k = from; k < inst.to; k++) owner[k] = cands.length - 1;
          i = inst.to;
          continue;
        }
        // (and before a body of its own the base knows: "the U.S. State Department")
        const ownBody = stateInBodyName && country ? matchAt(r.index, v.texts, v.starts, v.ends, next, v.sentEnd[i]!, false) : null;
        if (ownBody && country && ownBody.from === next && ownBody.hits.length > 0 && ownBody.hits.every((h) => h.form === 'name' && h.entity.kind === 'org' && h.entity.state === country.entity.id)) {
          push({ from: m.from, to: ownBody.to, start: m.start, end: ownBody.end, sentence: v.sentence[i]!, kind: 'name', source: 'kb', hits: ownBody.hits, type: ownBody.hits[0]!.entity.type, confidence: 0.95 });
          i = ownBody.to;
          continue;
        }
        const adjOnly = m.hits.every((h) => h.form === 'adjective');
        // (a state's adjective before a noun of language names the language: "known by its Spanish initials COB")
        if (adjOnly && m.to < v.sentEnd[i]! && r.lex.languageNouns.has(v.lower[m.to]!)) {
          i = m.to;
          continue;
        }
        push({ from: m.from, to: m.to, start: m.start, end: m.end, sentence: v.sentence[i]!, kind: adjOnly ? 'adjective' : 'name', source: 'kb', hits: m.hits, type: m.hits[0]!.entity.type, confidence: 0.95 });
        i = m.to;
        continue;
      }
      if (v.texts[i]!.includes('-') && v.texts[i]!.length > 2) hyphenParts(v, r, i, push);
      i++;
    }
  };
  knowledgeBasePass();
  // where nouns form closed compounds, a compass word before a state's name is a region of that state, a place of its
  // own ("Ostkongo", "Nordirak", "Südlibanon"); "Nordkorea", "Südsudan" are states the base knows whole (a hyphenated
  // "Ost-Ukraine" is read by `hyphenParts` as the state)
  if (r.lex.forms.compoundHeads) {
    for (let i = 0; i < n; i++) {
      if (!free(i) || !v.capital[i]) continue;
      const low = v.lower[i]!;
      const p = r.lex.regionPrefixes.find((x) => low.length > x.length + 2 && low.startsWith(x));
      if (!p) continue;
      const rest = v.texts[i]!.slice(p.length).replace(/^-/u, '');
      if (r.kb.lookup(rest.charAt(0).toUpperCase() + rest.slice(1)).some((h) => h.entity.kind === 'country' && h.form === 'name')) push(plain(v, i, i + 1, 'caps-run', 'LOC', 0.7));
    }
  }

  // a bare body the base knows as one state's ("Congress", "Kongress") in a text that never names that state in any way is
  // the same body of the state the text is about, the dateline's or else the one named most ("Lawmakers in Peru voted …
  // Congress cited" was the US Congress); where nouns are capitalised, the body is a description of that state instead
  retargetBareBodies(v, r, cands, owner, (c, st, key, name) => organCand(c.from, c.to, st, key, name, c.sentence));

  // a sports club's abbreviation opens its name, the place names in it included ("der FC Bayern München", "der 1. FC
  // Köln", "VfB Stuttgart", "AC Milan"; `clubWords`), and a name-opening word before one capitalised word makes an
  // organisation of both ("der Fahrgastverband Pro Bahn", "Pro Asyl"; `nameOpeners`, not at a sentence's start)
  clubAndOpenerNames(v, r, cands, owner, free);

  // 2. names the knowledge base does not know
  // an office named after its holder ("the Ombudsman’s Office", "the Prosecutor General’s Office") is one
  // organisation, not a title and a stray capitalised word; a person's office ("Petro’s Office") is not
  const officeNames = (): void => {
    for (let k = 1; k < n; k++) {
      if (!r.lex.possessiveOrgHeads.has(v.lower[k]!) || !v.capital[k] || owner[k] !== -1 || owner[k - 1] !== -1 || !POSSESSIVE.test(v.texts[k - 1]!)) continue;
      let a = -1;
      for (let s = k - 1; s >= Math.max(0, k - 3) && owner[s] === -1 && v.capital[s] && v.sentence[s] === v.sentence[k]; s--) {
        const holder = v.lower.slice(s, k).join(' ').replace(/[’']s$/u, '');
        if (headOf(r.lex, holder)?.type === 'PER') a = s;
      }
      if (a < 0) continue;
      for (let x = a; x <= k; x++) title[x] = 0;
      push(plain(v, a, k + 1, 'org-name', 'ORG', 0.7));
    }
    // a compound of a state prefix and an organisation keyword is that state's body by its proper name
    // ("Bundeswirtschaftsministerium", "Bundespolizei", "des Bundeskanzleramts"), not a description of the state; a keyword
    // or government word alone ("Bundesamt", "Bundesregierung", "Bundesministerium") is none
    if (r.lex.forms.compoundHeads) for (let i = 0; i < n; i++) {
      if (!free(i) || !v.capital[i]) continue;
      const body = statePrefixBody(r, v.lower[i]!);
      if (!body) continue;
      const name = v.texts[i]!.slice(0, body.length);
      push({ ...plain(v, i, i + 1, 'org-name', 'ORG', 0.85), fixed: { id: kebab(name), name, type: 'ORG', state: body.state } });
    }
  };
  officeNames();
  const personNames = (): void => {
    // (whether token `k` is a name particle on the way to a capitalised word no other name holds, in the name opening at
    // `i` of the sentence ending at `se`)
    const particleBefore = (k: number, i: number, se: number): boolean => k + 1 < se && r.lex.nameParticles.has(v.lower[k]!)
      && (!r.lex.particleArticles.has(v.lower[k]!) || (k > i + 1 && r.lex.nameParticles.has(v.lower[k - 1]!)))
      && ((v.capital[k + 1] && free(k + 1)) || particleBefore(k + 1, i, se));
    // an Arabic name opening with its particle ("al-Fateh Qurashi", "el-Hadi Mansour"): the particle word and one or two
    // capitalised words no other name holds, no title or common noun among them, make a person, or with a keyword last
    // what the keyword names ("the al-Aqsa Mosque")
    for (let i = 0; i + 1 < n; i++) {
      if (!free(i) || !PARTICLE_PREFIX.test(v.texts[i]!) || (i > 0 && v.sentence[i - 1] === v.sentence[i] && v.capital[i - 1] && !v.startish[i - 1] && !isStopCap(v, r, i - 1))) continue;
      const se = v.sentEnd[i]!;
      let j = i + 1;
      while (j < se && j - i <= 2 && free(j) && v.capital[j] && /^\p{Lu}\p{Ll}+$/u.test(v.texts[j]!) && !isStopCap(v, r, j) && !headAt(v, r.lex, j)
        && !r.lex.typeKeywords.has(v.lower[j - 1]!) && !(r.lex.forms.nounsCapitalised && nounLike(v.lower[j]!, r.nounCues) && !typeKeyword(r.lex, v.lower[j]!, true))) j++;
      if (j === i + 1 || (j < se && v.capital[j] && !isStopCap(v, r, j))) continue;
      const kw = typeKeyword(r.lex, v.lower[j - 1]!, !!r.lex.forms.compoundHeads);
      push(kw ? plain(v, i, j, 'org-name', kw, 0.6) : plain(v, i, j, 'given', 'PER', 0.6));
      i = j - 1;
    }
    for (let i = 0; i < n; i++) {
      if (!free(i) || !v.capital[i]) continue;
      const se = v.sentEnd[i]!;
      const w = v.texts[i]!;
      // given name + capitalised words
      // a particle continues a name only on the way to a capitalised word no other name holds ("van Aken", "von der
      // Leyen"; not "Jane Doe von Human Rights Watch"); one that is also
      // an article only after another particle ("Klaus der Zeitung" is no name): `particleBefore`
      // (a given name that is also a function word, "Said", opens a name only before a word no other name holds: not
      // "Said Reuters:")
      const verbName = isStopCap(v, r, i) && i + 1 < se && r.kb.lookup(v.texts[i + 1]!).length > 0;
      // any capitalised word with a nickname in quotation marks and a capitalised word after it is a person's name, given
      // name or not (Jimmy „Barbecue“ Chérizier, Joaquín „El Chapo“ Guzmán, Johnson "Izo" André)
      // (not a common noun before a quoted name: "die Operation „Linda Nchi“ Ende 2012")
      const nickAt = i + 1 < se && !isStopCap(v, r, i) && !headAt(v, r.lex, i) && !(r.lex.forms.nounsCapitalised && nounLike(v.lower[i]!, r.nounCues)) ? nicknameEnd(v, r, i + 1, se, free) : -1;
      if (nickAt > 0) {
        let j = nickAt;
        while (j < se && free(j) && v.capital[j] && !isStopCap(v, r, j) && j - nickAt < 2) j++;
        push(plain(v, i, j, 'given', 'PER', 0.8));
        i = j - 1;
        continue;
      }
      if (isGivenName(r.lex, w) && !verbName && i + 1 < se && free(i + 1) && (v.capital[i + 1] || isInitial(v.texts[i + 1]!) || particleBefore(i + 1, i, se))) {
        let j = i + 1;
        // (a nickname in quotation marks between the names belongs to the name: Jimmy "Barbecue" Cherizier)
        for (;;) {
          while (j < se && free(j) && (v.capital[j] || isInitial(v.texts[j]!) || PARTICLE_PREFIX.test(v.texts[j]!) || particleBefore(j, i, se)) && !(j > i + 1 && POSSESSIVE.test(v.texts[j - 1]!))) j++;
          const nick = j < se ? nicknameEnd(v, r, j, se, free) : -1;
          if (nick < 0) break;
          j = nick;
        }
        if (r.lex.forms.nounsCapitalised) j = trimCommonNouns(v, r, i + 1, j, 1);
        // (a run that ends in a place or organisation keyword is no person: "Thomas Shoal", "George Washington University";
        // where nouns are capitalised, the run was cut before its common nouns already)
        const kwEnd = j > i + 1 ? r.lex.typeKeywords.get(v.lower[j - 1]!) : undefined;
        if (j > i + 1 && (!kwEnd || kwEnd === 'MISC' || r.lex.forms.nounsCapitalised)) {
          push(plain(v, i, j, 'given', 'PER', 0.8));
          i = j - 1;
          continue;
        }
      }
      // a name of name parts only, with no family name: "Aung San Suu Kyi", "Min Aung Hlaing", "Thein Sein"
      if (r.lex.nameSyllables.has(w) && i + 1 < se && free(i + 1) && r.lex.nameSyllables.has(v.texts[i + 1]!)) {
        let j = i + 2;
        while (j < se && j - i < 5 && free(j) && r.lex.nameSyllables.has(v.texts[j]!)) j++;
        push(plain(v, i, j, 'given', 'PER', 0.8));
        i = j - 1;
        continue;
      }
      // family name first: "Hong Min", "Lee Jae-myung"
      if (r.lex.familyFirst.has(w) && i + 1 < se && free(i + 1) && v.capital[i + 1]) {
        let j = i + 2;
        if (j < se && free(j) && v.capital[j] && !(j + 1 < se && v.capital[j + 1])) j++;
        const after = j < se ? v.texts[j]! : '';
        if (j === i + 3 || v.texts[i + 1]!.includes('-') || !/^\p{Lu}/u.test(after)) {
          if (!(r.lex.forms.nounsCapitalised && headAt(v, r.lex, i + 1))) {
            push(plain(v, i, j, 'family-first', 'PER', 0.7));
            i = j - 1;
            continue;
          }
        }
      }
    }
  };
  personNames();
  // a number of one to three digits at `b` that belongs to the organisation name before it: an organisation noun follows
  // it in lower case ("the Barrio 18 gang"), or one opened the phrase (`orgBefore`: "die Bande Barrio 18", "the group
  // Barrio 18") and the clause ends or goes on with a verb; not a count or a year ("der Konzern Siemens 300 Stellen",
  // "die Gruppe Wagner 50 weitere Kämpfer", "the group Wagner 2024")
  const orgNumberAt = (b: number, se: number, orgBefore: boolean): boolean => {
    if (b >= se || !free(b) || !/^\d{1,3}$/u.test(v.texts[b]!)) return false;
    const next = b + 1 < se ? b + 1 : -1;
    if (next >= 0 && !v.capital[next] && headAt(v, r.lex, next)?.type === 'ORG') return true;
    if (!orgBefore) return false;
    if (next < 0 || /^[,;:.!?)–—]$/u.test(v.texts[next]!)) return true;
    const w = v.lower[next]!;
    // (where nouns are capitalised a verb is a lower-case word, but not an adjective before its noun: "50 weitere Kämpfer")
    if (r.lex.forms.nounsCapitalised) return !v.capital[next] && !(next + 1 < se && v.capital[next + 1] && !!endingOf(w, r.lex.forms.adjectiveEndings, 3));
    return r.lex.forms.verbAfterNounEndings.some((e) => w.endsWith(e)) || r.lex.reportVerbs.has(w);
  };
  const headNames = (): void => {
    // (whether token `x` goes on with a name opening at `from` after a head of `type`: no head, or a keyword of that type)
    const nameWord = (x: number, from: number, type: EntityType): boolean => !headAt(v, r.lex, x) || (!r.lex.forms.nounsCapitalised && x > from && r.lex.typeKeywords.get(v.lower[x]!) === type);
    // the end of a name made of a day number and a month word at `x` ("5. Juni", "23 March"), or -1; a year after them
    // makes them a date
    const dateNameEnd = (x: number, se: number): number => {
      if (x + 1 >= se || !free(x) || !free(x + 1) || !/^\d{1,2}\.?$/u.test(v.texts[x]!) || !r.months.has(v.lower[x + 1]!)) return -1;
      return x + 2 < se && /^\d{4}$/u.test(v.texts[x + 2]!) ? -1 : x + 2;
    };
    // the end of a name's second word after the coordinator at `x` ("und Gerechtigkeit"), or -1: a free capitalised word
    // that is no head, no stop word and no name the base knows, with the phrase ending after it
    const coordinatedNameEnd = (x: number, se: number): number => {
      if (x + 1 >= se || !r.lex.nameCoordinators.has(v.lower[x]!) || !free(x + 1) || !v.capital[x + 1] || isStopCap(v, r, x + 1) || headAt(v, r.lex, x + 1) || r.kb.lookup(v.texts[x + 1]!).length) return -1;
      return x + 2 < se && v.capital[x + 2] ? -1 : x + 2;
    };
    // a keyword that takes its name as a bare noun after it is one name with that noun ("das Kommando Spezialkräfte")
    for (let i = 0; i + 1 < n; i++) {
      if (!r.lex.nameKeywords.has(v.lower[i]!) || !free(i)) continue;
      // (a keyword of another language goes on over its capitalised words and its name particles before one: "der Frente
      // Amplio", "der Movimiento al Socialismo", "der Rassemblement National"; not an article of the text's language)
      const foreign = !headAt(v, r.lex, i);
      const word = (x: number): boolean => x < v.sentEnd[i]! && free(x) && (v.capital[x] === true || PARTICLE_PREFIX.test(v.texts[x]!)) && !isStopCap(v, r, x) && !headAt(v, r.lex, x) && !r.kb.lookup(v.texts[x]!).length;
      const particle = (x: number): boolean => r.lex.nameParticles.has(v.lower[x] ?? '') && !r.lex.determiners.has(v.lower[x]!) && word(x + 1);
      let j = i + 1;
      while (j - i < 5) {
        if (j === i + 1 && !foreign && j < v.sentEnd[i]! && free(j) && v.capital[j] && !isStopCap(v, r, j)) j++;
        else if (foreign && word(j)) j++;
        else if (foreign && particle(j)) j += 2;
        else break;
        if (!foreign) break;
      }
      if (j === i + 1) continue;
      push(plain(v, i, j, 'org-name', 'ORG', 0.75));
      i = j - 1;
    }
    // where nouns are capitalised: a personal title before capitalised words that are not nouns ("Kremlberater Juri Uschakow")
    if (r.lex.forms.nounsCapitalised) {
      for (let i = 0; i + 1 < n; i++) {
        if (!title[i] || title[i + 1] || !free(i + 1) || !v.capital[i + 1]) continue;
        // (a person noun after a feminine-or-plural article that is neither feminine nor an adjectival noun is a plural,
        // which no name follows: "setzten die Beamten Wasserwerfer ein", "die Polizisten Tränengas"; "die Ministerin X",
        // "die Vorsitzende X" stay titles)
        if (i > 0 && v.sentence[i - 1] === v.sentence[i] && r.lex.forms.feminineArticles.has(v.lower[i - 1]!) && !feminineForm(r.lex, v.lower[i]!) && !endingOf(v.lower[i]!, r.lex.forms.adjectivalNounEndings, 0)) continue;
        const se = v.sentEnd[i]!;
        let j = i + 1;
        // (a name particle that is no word of the text's language joins the next capitalised word, with one more word
        // allowed: "Außenminister Abdullatif bin Raschid al-Sajani")
        let particles = 0;
        for (;;) {
          // (a capitalised particle, "Al" in "Tamim bin Hamad Al Thani", is no word of the name's count either)
          if (j < se && j - i <= 3 + particles && free(j) && (v.capital[j] || PARTICLE_PREFIX.test(v.texts[j]!)) && !isStopCap(v, r, j) && !r.kb.lookup(v.texts[j]!).length) {
            if (particles && particles < 2 && v.capital[j] && j + 1 < se && v.capital[j + 1] && r.lex.nameParticles.has(v.lower[j]!) && !r.lex.stopWords.has(v.lower[j]!) && !r.lex.determiners.has(v.lower[j]!)) particles++;
            j++;
          }
          else if (j > i + 1 && j + 1 < se && particles < 2 && free(j) && free(j + 1) && r.lex.nameParticles.has(v.lower[j]!) && !r.lex.stopWords.has(v.lower[j]!) && !r.lex.determiners.has(v.lower[j]!)
            && v.capital[j + 1] && !isStopCap(v, r, j + 1) && !r.kb.lookup(v.texts[j + 1]!).length) { j += 2; particles++; }
          else break;
        }
        const run = j;
        j = trimCommonNouns(v, r, i + 1, j, 2);
        // (one common noun alone is the verb's object, no surname: "wirft dem 58-Jährigen Korruption vor")
        // (nor one before the end of a frame that wants it as the accusative object: "warf dem Politiker Lügen vor")
        if (j === i + 2 && (nounLike(v.lower[i + 1]!, r.nounCues) || objectFrameAt(v, r, j))) continue;
        // a name ends the phrase: punctuation, a lower-case word, the sentence end or a frame's object must follow
        const after = j < se ? v.texts[j]! : '';
        if (j > i + 1 && (j === se || !/^\p{Lu}/u.test(after) || (j + 1 === run && objectFrameAt(v, r, run)))) push(plain(v, i + 1, j, 'head-apposition', 'PER', 0.6));
      }
    }
    // a description head right before an unknown capitalised name: "die Charterfluggesellschaft Nordwind"
    for (let i = 0; i + 1 < n; i++) {
      if (title[i] && !(title[i] === 1 && !v.capital[i])) continue;
      const h = headAt(v, r.lex, i);
      // (a place noun names a place the base does not know: "die Stadt Butembo", "der Provinz Nord-Kivu")
      // (with no naming link, a subdivision's name follows right after its noun: "des Bundesstaates Borno", "im Bundesland Tarvo")
      const placeHead = !!h && (h.city || h.type === 'LOC' || (!r.lex.forms.namingLinks.size && r.lex.placeNouns.has(headKey(r.lex, v.lower[i]!)))) && !r.lex.governmentWords.has(v.lower[i]!);
      if (!h || h.type === 'PER' || (h.type === 'GPE' && !placeHead)) continue;
      if (placeHead && (i + 1 >= n || r.kb.lookup(v.texts[i + 1]!).length)) continue;
      const se = v.sentEnd[i]!;
      // (a bare plural of people with no article before it is a subject or an object, no name's noun: "nachdem
      // Demonstranten Brandsätze geworfen hatten", "Extremisten Unterschlupf zu gewähren"; "die Rebellen X" may name them)
      const people = r.lex.groupNouns.has(v.lower[i]!) || r.lex.armedNouns.has(v.lower[i]!) || r.lex.actorGroupNouns.has(v.lower[i]!);
      if (people && r.lex.forms.nounsCapitalised && !(i > 0 && v.sentence[i - 1] === v.sentence[i] && (r.lex.determiners.has(v.lower[i - 1]!) || r.lex.definiteContractions.has(v.lower[i - 1]!)))) continue;
      let j = i + 1;
      const quoted = j < se && /^["„“”»«]$/.test(v.texts[j]!);
      if (quoted) j++;
      const from = j;
      // (a day and a month right after an organisation noun are its name: "die Bewegung 5. Juni", "the movement 23
      // March"; not with a year after them, which makes them a date: "die Kommission 5. Juni 2025")
      const dated = h.type === 'ORG' && !quoted && !r.lex.governmentWords.has(v.lower[i]!) ? dateNameEnd(j, se) : -1;
      if (dated > 0) {
        // (the noun is part of such a name: "Bewegung 5. Juni"; the date alone names nothing)
        push(plain(v, i, dated, 'head-apposition', 'ORG', 0.7));
        i = dated - 1;
        continue;
      }
      // (an Arabic particle joins the name: "die Gruppe Dschaisch al-Adl", "the group Ansar al-Islam")
      // (where nouns are lower case, a capitalised keyword of the head's type that is a head too goes on with the name:
      // "the Gang Suppression Force")
      while (j < se && free(j) && (v.capital[j] || (j > from && PARTICLE_PREFIX.test(v.texts[j]!))) && nameWord(j, from, h.type) && !r.lex.determiners.has(v.lower[j]!) && !r.lex.stopWords.has(v.lower[j]!) && j - from < 3) j++;
      const untrimmed = j;
      if (r.lex.forms.nounsCapitalised) j = trimCommonNouns(v, r, from, j, null);
      // (an organisation keyword after a capitalised adjective that opens the name is the name's last word: "die Partei
      // Nationale Einheit", "die Bewegung Demokratische Allianz"; the adjective alone names nothing)
      if (h.type === 'ORG' && j === from + 1 && untrimmed > j && !headAt(v, r.lex, from) && !!endingOf(v.lower[from]!, r.lex.forms.adjectiveEndings, 4) && typeKeyword(r.lex, v.lower[j]!, false) === 'ORG') j++;
      if (h.type === 'ORG' && j > from && orgNumberAt(j, se, true)) j++;
      // (two words joined by a coordinator after an organisation noun are one name where the phrase ends after them: "die
      // Partei Recht und Gerechtigkeit", "the party Law and Justice"; not a head or a name the base knows second: "die
      // Gruppe Wagner und Russland", "die Partei Morena und Präsident X")
      if (h.type === 'ORG' && j === from + 1 && untrimmed === j && !quoted && coordinatedNameEnd(j, se) > 0) j = coordinatedNameEnd(j, se);
      // (one word alone before a frame's end is its accusative object: "warf den Demonstranten Gewalt vor")
      if (j === from + 1 && objectFrameAt(v, r, j)) continue;
      // (nor one before a month or weekday, which opens a time phrase: "die Kommission Ende Mai", "Anfang Juni")
      if (j === from + 1 && j < se && r.calendar.has(v.lower[j]!.replace(/\.$/, ''))) continue;
      // (where nouns are lower case, a capitalised generic head inside a sentence opens a name that ends in a keyword of its
      // type: "the U.N.-backed Gang Suppression Force" is one name, not the force of a gang)
      if (!r.lex.forms.nounsCapitalised && h.generic && v.capital[i] && !v.startish[i] && !quoted && j > from && r.lex.typeKeywords.get(v.lower[j - 1]!) === h.type) continue;
      // (a city or an administrative unit is a political unit: "die Provinz Badachschan", "die Hafenstadt Guayaquil")
      const type: EntityType = placeHead && (h.city || r.lex.placeNouns.has(headKey(r.lex, v.lower[i]!))) ? 'GPE' : h.type;
      if (j > from) push(plain(v, from, j, 'head-apposition', type, 0.7));
    }
    // where nouns are capitalised, a capitalised inflected adjective inside a sentence before a capitalised organisation
    // noun is a name ("die Interamerikanische Menschenrechtskommission", "die Nationale Wahlkommission", "der Oberste Gerichtshof")
    if (r.lex.forms.nounsCapitalised) {
      for (let i = 1; i + 1 < n; i++) {
        // (a state's adjective capitalised inside a sentence opens such a name too: "der Deutsche Anwaltverein", "des
        // Deutschen Gewerkschaftsbundes"; not before a body every state has, which stays the state's: "die Russische Armee")
        const stateAdj = adjAt(i) && cands[owner[i]!]!.from === i && !institutionAt(v, r.lex, i + 1) && !r.lex.governmentWords.has(v.lower[i + 1]!) && !r.lex.stateQualityNouns.has(v.lower[i + 1]!);
        if ((!free(i) && !stateAdj) || !free(i + 1) || !v.capital[i] || !v.capital[i + 1] || v.startish[i] || v.sentence[i + 1] !== v.sentence[i]) continue;
        if (!/^\p{L}+$/u.test(v.lower[i]!) || !endingOf(v.lower[i]!, r.lex.forms.adjectiveEndings, 4) || headAt(v, r.lex, i) || r.lex.stopWords.has(v.lower[i]!) || isStopCap(v, r, i)) continue;
        // (not a phrase the lexicon reads as a description of its own: "das Auswärtige Amt")
        if (typeKeyword(r.lex, v.lower[i + 1]!, true) !== 'ORG' || r.lex.heads.has(`${v.lower[i]} ${v.lower[i + 1]}`)) continue;
        if (stateAdj) {
          cands[owner[i]!] = { ...cands[owner[i]!]!, to: -1 };
          owner[i] = -1;
        }
        push(plain(v, i, i + 2, 'org-name', 'ORG', 0.7));
        i++;
      }
    }
  };
  headNames();
  // an organisation name runs on through a list of capitalised words the base does not know, joined by commas and closed
  // by a coordinator ("Ministry of Agriculture, Forestry and Fisheries", "Ministerium für Landwirtschaft, Forsten und
  // Fischerei"): the end of the list after the comma at `k`, or -1 ("the Ministry of Defence, France and Germany said"
  // names known states; a person noun is no name word: "Ministerium für Verteidigung, Minister X und …")
  const listInOrgName = (k: number, se: number): number => {
    if (v.texts[k] !== ',') return -1;
    const word = (x: number): boolean => x < se && free(x) && v.capital[x] === true && !isStopCap(v, r, x) && !POSSESSIVE.test(v.texts[x]!) && !headAt(v, r.lex, x);
    let e = k;
    while (v.texts[e] === ',') {
      let w = e + 1;
      while (word(w) && w - e <= 2) w++;
      if (w === e + 1) return -1;
      e = w;
    }
    if (e >= se || !r.lex.nameCoordinators.has(v.lower[e]!)) return -1;
    let w = e + 1;
    while (word(w) && w - e <= 3) w++;
    return w > e + 1 ? w : -1;
  };
  // whether the capitalised word at `x` may close an organisation's name as its genitive tail: a free word of no known
  // place or state, whose head, if the lexicon has one, names people or a body ("Bergarbeiter", "Völker", "Nationalrats"),
  // not a state or place ("Landes", "Republik")
  const peopleOrBodyTail = (x: number): boolean => {
    if (x >= n || !free(x) || !v.capital[x] || isStopCap(v, r, x) || v.sentence[x] !== v.sentence[x - 1]) return false;
    if (r.kb.lookup(v.texts[x]!).some((e) => e.entity.type !== 'ORG')) return false;
    const h = headAt(v, r.lex, x);
    return !h || ((h.type === 'PER' || h.type === 'ORG') && !h.role && !r.lex.governmentWords.has(v.lower[x]!));
  };
  // the end of a state after the seat preposition at `x` that belongs to the organisation name before it ("the Union for
  // Peace in the Central African Republic", "die Union für den Frieden in der Zentralafrikanischen Republik"), or -1; the
  // caller asks only after a name that states its purpose with a benefactive link ("for", "für"), which names its
  // country as part of it, and where nouns are lower case the phrase must end with the state ("in Mali Prime Minister X")
  const seatedStateEnd = (x: number, se: number): number => {
    if (x + 1 >= se || !free(x) || !r.lex.seatPrepositions.has(v.lower[x]!)) return -1;
    let k = x + 1;
    if (k < se && !v.capital[k] && r.lex.definite.has(v.lower[k]!)) k++;
    const c = k < se && owner[k]! >= 0 ? cands[owner[k]!] : undefined;
    if (!c || c.from !== k || c.kind !== 'name' || !c.hits.some((h) => h.entity.kind === 'country') || POSSESSIVE.test(v.texts[c.to - 1]!)) return -1;
    if (!r.lex.forms.nounsCapitalised && c.to < se && v.capital[c.to] && !isStopCap(v, r, c.to)) return -1;
    return c.to;
  };
  // whether the run [a, b) links its organisation keyword to a purpose ("Union for Peace", "Union für den Frieden")
  const purposeName = (a: number, b: number): boolean => {
    for (let k = a + 1; k < b; k++) if ((r.lex.forms.benefactiveLinks.has(v.lower[k]!) || r.lex.forms.orgNameLinks.has(v.lower[k]!)) && typeKeyword(r.lex, v.lower[k - 1]!, true) === 'ORG') return true;
    return false;
  };
  // drops the candidate that covers token `x` (its tokens become free)
  const dropAt = (x: number): void => {
    const ci = owner[x]!;
    if (ci < 0) return;
    const c = cands[ci]!;
    cands[ci] = { ...c, to: -1 };
    for (let k = c.from; k < c.to; k++) owner[k] = -1;
  };
  const keywordNames = (): void => {
    // German: a run of capitalised words ending in an organisation keyword written as a word of its own is a
    // name, also in English ("Minority Rights International", "Asian Infrastructure Investment Bank"); German
    // compounds carry their keyword inside one word ("Zentralbank"), so two capitalised nouns rarely end so
    if (r.lex.forms.compoundHeads) {
      for (let i = 0; i + 1 < n; i++) {
        if (!free(i) || !v.capital[i] || isStopCap(v, r, i) || headAt(v, r.lex, i) || (i > 0 && free(i - 1) && v.capital[i - 1] && !v.startish[i] && v.sentence[i - 1] === v.sentence[i])) continue;
        let j = i + 1;
        while (j < v.sentEnd[i]! && j - i < 4 && free(j) && v.capital[j] && !isStopCap(v, r, j) && r.lex.typeKeywords.get(v.lower[j]!) !== 'ORG') j++;
        if (j >= v.sentEnd[i]! || j === i + 1 || !free(j) || !v.capital[j] || r.lex.typeKeywords.get(v.lower[j]!) !== 'ORG') continue;
        if (v.texts.slice(i + 1, j).some((t, k) => headAt(v, r.lex, i + 1 + k) || /[’']s?$/u.test(t))) continue;
        push(plain(v, i, j + 1, 'org-name', 'ORG', 0.7));
        i = j;
      }
    }
    // German: an organisation keyword with "für" + a capitalised word: "Institut für Wiedervereinigung"
    // (also after an adjective-and-keyword name found above: "die Nationale Liga für Demokratie")
    for (let i = 0; i + 2 < n; i++) {
      const own = owner[i]! >= 0 ? cands[owner[i]!] : undefined;
      // (a name the base knows that opens with a capitalised adjective too, where an unknown genitive tail follows: "Die
      // Demokratische Partei der Völker" is no Democratic Party)
      const kbOpened = own !== undefined && own.source === 'kb' && own.from < i && /^\p{Lu}/u.test(v.texts[own.from]!) && !!endingOf(v.lower[own.from]!, r.lex.forms.adjectiveEndings, 4)
        && r.kb.lookup(v.texts[i + 2] ?? '').length === 0;
      const extend = own !== undefined && (own.source === 'org-name' || own.source === 'head-apposition' || kbOpened) && own.to === i + 1 && own.type === 'ORG';
      // (a genitive link only where an abbreviation in brackets closes the name: "Die Rebellengruppe Union der
      // Widerstandskräfte (UFR)"; without one, "die Partei der Ministerin" is the minister's party)
      const bracketAt = (x: number): boolean => v.texts[x] === '(' && isAcronym(v.texts[x + 1] ?? '') && v.texts[x + 2] === ')';
      // (or where the name opens with a capitalised adjective, which marks a proper name where adjectives are lower case:
      // "Die Nationale Union der Bergarbeiter", "Die Demokratische Partei der Völker", "Die Aussenpolitische Kommission des
      // Nationalrats"; one noun of people or a body after the article, no place, state or state noun: "Die Nationale
      // Versammlung des Landes", "Der Oberste Gerichtshof der USA" keep their tails apart)
      const adjOpened = extend && own.from < i && /^\p{Lu}/u.test(v.texts[own.from]!) && !!endingOf(v.lower[own.from]!, r.lex.forms.adjectiveEndings, 4);
      const genitiveLink = r.lex.forms.nounsCapitalised && r.lex.genitiveLinks.has(v.lower[i + 1]!) && r.lex.determiners.has(v.lower[i + 1]!);
      const genitive = genitiveLink && (bracketAt(i + 3) || (adjOpened && peopleOrBodyTail(i + 2)));
      if ((!free(i) && !extend) || !v.capital[i] || !((r.lex.nameConnectors.has(v.lower[i + 1]!) && r.lex.forms.orgNameLinks.has(v.lower[i + 1]!)) || genitive)) continue;
      const kw = typeKeyword(r.lex, v.lower[i]!, true);
      // (also with an article after the link: "Koalition für den Wandel")
      let j = genitive ? i + 2 : i + 2 + (r.lex.determiners.has(v.lower[i + 2] ?? '') && !v.capital[i + 2] ? 1 : 0);
      // (and lower-case derived adjectives before the noun where nouns are capitalised: "Koalition für demokratischen
      // Wandel", "Bewegung für nationale Einheit"; not a plain one: "für weitere Gespräche")
      if (!genitive && r.lex.forms.nounsCapitalised) {
        const first = j;
        while (j < v.sentEnd[i]! && j - first < 2 && free(j) && !v.capital[j] && /^\p{Ll}+$/u.test(v.texts[j]!) && derivedAdjective(r.lex, v.lower[j]!)) j++;
      }
      if (kw !== 'ORG' || !free(j) || !v.capital[j] || j >= v.sentEnd[i]! || r.lex.stopWords.has(v.lower[j]!) || (genitive && !peopleOrBodyTail(j) && (headAt(v, r.lex, j) || r.kb.lookup(v.texts[j]!).length > 0))) continue;
      // (with a list after the first word: "Ministerium für Landwirtschaft, Forsten und Fischerei")
      const listEnd = listInOrgName(j + 1, v.sentEnd[i]!);
      // (or a second word after a coordinator: "Union für Demokratie und Fortschritt", "Ministerium für Arbeit und
      // Soziales"; not a name the base knows or a person noun: "Kommission für Menschenrechte und Amnesty International")
      const pair = j + 2 < v.sentEnd[i]! && r.lex.nameCoordinators.has(v.lower[j + 1]!) && free(j + 2) && v.capital[j + 2] && !isStopCap(v, r, j + 2) && !headAt(v, r.lex, j + 2) && !r.kb.lookup(v.texts[j + 2]!).length;
      let to = listEnd > 0 ? listEnd : pair ? j + 3 : j + 1;
      const seated = seatedStateEnd(to, v.sentEnd[i]!);
      if (seated > 0) {
        dropAt(seated - 1);
        to = seated;
      }
      if (extend) {
        cands[owner[i]!] = { ...own, to: -1 };
        for (let k = own.from; k < own.to; k++) owner[k] = -1;
        push(plain(v, own.from, to, 'org-name', 'ORG', 0.75));
      } else push(plain(v, i, to, 'org-name', 'ORG', 0.75));
    }
    // an organisation keyword compound before the city it sits in is one name ("Staatsanwaltschaft Berlin",
    // "Landgericht München"): the city there names no state or place of its own
    if (r.lex.forms.compoundHeads) {
      for (let i = 1; i + 1 < n; i++) {
        const ci = owner[i + 1]!;
        const c = ci >= 0 ? cands[ci] : undefined;
        if (!c || c.from !== i + 1 || c.to !== i + 2 || !free(i) || !v.capital[i] || v.startish[i] || v.sentence[i] !== v.sentence[i + 1]) continue;
        if (!r.lex.determiners.has(v.lower[i - 1]!) && !r.lex.stopWords.has(v.lower[i - 1]!)) continue;
        if (!c.hits.length || !c.hits.every((h) => h.entity.kind === 'city' || h.entity.kind === 'place') || typeKeyword(r.lex, v.lower[i]!, true) !== 'ORG') continue;
        cands[ci] = plain(v, i, i + 2, 'org-name', 'ORG', 0.8);
        owner[i] = ci;
      }
    }
  };
  keywordNames();
  const placeKeywordNames = (): void => {
    // where nouns are not capitalised: a region, continent or city the base knows before a capitalised organisation keyword
    // (or facility keyword: "Mumbai Airport") is one name with it, a state's name or adjective right before included
    // ("U.S. Africa Command", "Indo-Pacific Command",
    // "Russia's Africa Corps" keeps the possessive owner out); not a state's own organ ("Kenya Police" is an institution)
    if (!r.lex.forms.nounsCapitalised) {
      for (let k = 1; k < n; k++) {
        const ci = owner[k - 1]!;
        const c = ci >= 0 ? cands[ci] : undefined;
        if (!c || c.to !== k || c.kind !== 'name' || !c.hits.length || !c.hits.every((h) => h.entity.kind === 'place' || h.entity.kind === 'city')) continue;
        const kw = typeKeyword(r.lex, v.lower[k]!, false);
        if (!free(k) || !v.capital[k] || v.sentence[k] !== c.sentence || (kw !== 'ORG' && kw !== 'FAC')) continue;
        if (r.lex.institutions.has(v.lower[k]!) || r.lex.governmentWords.has(v.lower[k]!) || POSSESSIVE.test(v.texts[c.to - 1]!)) continue;
        const si = c.from > 0 ? owner[c.from - 1]! : -1;
        const st = si >= 0 ? cands[si] : undefined;
        const withState = !!st && st.to === c.from && st.sentence === c.sentence && !POSSESSIVE.test(v.texts[st.to - 1]!) && st.hits.some((h) => h.entity.kind === 'country');
        const from = withState ? st.from : c.from;
        // (with its tail: "the Karachi Chamber of Commerce")
        let e = k + 1;
        while (e + 1 < v.sentEnd[k]! && r.lex.nameConnectors.has(v.lower[e]!) && !v.capital[e] && free(e + 1) && v.capital[e + 1] && !isStopCap(v, r, e + 1)) e += 2;
        for (const x of withState ? [si, ci] : [ci]) cands[x] = { ...cands[x]!, to: -1 };
        for (let x = from; x < k; x++) owner[x] = -1;
        push(plain(v, from, e, 'org-name', kw, 0.8));
      }
    }
    // where nouns are not capitalised: a state's name before capitalised words and a keyword that takes its state into the
    // name (stateNameKeywords) is one organisation ("U.S. Central Command", "U.S. Special Operations Command" were "U.S." and
    // "Central Command"); not a possessive owner ("Pakistan's Southern Command" is the army's)
    if (!r.lex.forms.nounsCapitalised) {
      for (let k = 2; k < n; k++) {
        if (!r.lex.stateNameKeywords.has(v.lower[k]!) || !free(k) || !v.capital[k]) continue;
        let j = k - 1;
        while (j > k - 4 && free(j) && v.capital[j] && v.sentence[j] === v.sentence[k] && !isStopCap(v, r, j)) j--;
        const ci = owner[j]!;
        const c = ci >= 0 ? cands[ci] : undefined;
        if (j === k - 1 || !c || c.to !== j + 1 || c.sentence !== v.sentence[k] || POSSESSIVE.test(v.texts[j]!) || !c.hits.some((h) => h.entity.kind === 'country')) continue;
        cands[ci] = { ...c, to: -1 };
        for (let x = c.from; x <= j; x++) owner[x] = -1;
        push(plain(v, c.from, k + 1, 'org-name', 'ORG', 0.8));
      }
    }
    // a name with its abbreviation in brackets is an organisation's, whose name the abbreviation spells, a state's name
    // or adjective in it included ("Pakistan Tehreek-e-Insaf (PTI)", "Die Bangladesh Nationalist Party (BNP)",
    // "Nationale Liga für Demokratie (NLD)"), and so is an organisation or place the base knows inside it ("the United
    // Nations Assistance Mission in Afghanistan (UNAMA)", "Tehreek-e-Taliban Pakistan (TTP)")
    for (let p = 1; p + 2 < n; p++) {
      if (v.texts[p] !== '(' || v.texts[p + 2] !== ')' || !isAcronym(v.texts[p + 1]!) || v.sentence[p + 2] !== v.sentence[p - 1]) continue;
      const run = spelledBy(v, r, p, v.texts[p + 1]!, (k) => free(k) || adjAt(k) || (owner[k]! >= 0 && cands[owner[k]!]!.kind === 'name' && cands[owner[k]!]!.hits.some((h) => h.entity.kind === 'country' || h.entity.kind === 'org' || h.entity.kind === 'city' || h.entity.kind === 'place')));
      if (run < 0 || (v.startish[run] && run + 1 === p)) continue;
      // (a known name the abbreviation spells is that entity's: "Die Demokratische Republik Kongo (DRK)")
      let unknown = false;
      // (or a compound of it with words the base does not know: "Tehreek-e-Taliban")
      for (let k = run; k < p; k++) if (v.capital[k] && (free(k) || (owner[k]! >= 0 && (cands[owner[k]!]!.start > v.starts[k]! || cands[owner[k]!]!.end < v.ends[k]!)))) unknown = true;
      if (!unknown) continue;
      for (let k = run; k < p; k++) if (owner[k] !== -1) { const c = cands[owner[k]!]!; cands[owner[k]!] = { ...c, to: -1 }; for (let x = c.from; x < c.to; x++) owner[x] = -1; }
      push(plain(v, run, p, 'caps-run', 'ORG', 0.75));
    }
  };
  placeKeywordNames();
  // a day and a month before capitalised words that run to an organisation keyword are that organisation's name ("the March
  // 23 Movement", "the April 6 Youth Movement", "the 6 April Movement"); the date alone, or before a word of no keyword,
  // stays a date ("on March 23 Parliament voted", "the March 23 vote")
  const datedNames = (): void => {
    for (let i = 0; i + 2 < n; i++) {
      const se = v.sentEnd[i]!;
      if (!free(i) || !free(i + 1) || v.sentence[i + 2] !== v.sentence[i]) continue;
      const monthFirst = v.capital[i] && r.months.has(v.lower[i]!) && /^\d{1,2}$/u.test(v.texts[i + 1]!);
      const dayFirst = /^\d{1,2}$/u.test(v.texts[i]!) && v.capital[i + 1] && r.months.has(v.lower[i + 1]!);
      if (!monthFirst && !dayFirst) continue;
      // (opening its sentence or after an article: "On March 23 Parliament voted" is a date before a body)
      if (i > 0 && v.sentence[i - 1] === v.sentence[i] && !r.lex.determiners.has(v.lower[i - 1]!)) continue;
      let e = i + 2;
      while (e < se && e - i < 6 && free(e) && v.capital[e] && !isStopCap(v, r, e) && !POSSESSIVE.test(v.texts[e]!) && r.lex.typeKeywords.get(v.lower[e]!) !== 'ORG') e++;
      if (e >= se || !free(e) || !v.capital[e] || r.lex.typeKeywords.get(v.lower[e]!) !== 'ORG') continue;
      push(plain(v, i, e + 1, 'org-name', 'ORG', 0.75));
      i = e;
    }
  };
  datedNames();
  // a name at [a, b) set off by commas right after an office noun ("the trade minister, X, said"; not a rank or an
  // honorific, which stand before a name without a comma), also with the office's genitive tail ("the finance minister
  // of Zambia, X,")
  const officeApposition = (a: number, b: number, se: number): boolean => {
    if (a < 2 || b >= se || v.texts[a - 1] !== ',' || v.texts[b] !== ',' || v.sentence[a - 2] !== v.sentence[a]) return false;
    let x = a - 2;
    const tail = owner[x]! >= 0 ? cands[owner[x]!]! : undefined;
    if (tail && tail.from >= 2 && r.lex.genitiveLinks.has(v.lower[tail.from - 1]!) && v.sentence[tail.from - 2] === v.sentence[a]) x = tail.from - 2;
    return title[x] === 1 && !!headAt(v, r.lex, x)?.role;
  };
  const capitalisedRuns = (): void => {
    // where nouns are not capitalised: runs of capitalised words ("Council on Foreign Relations", "BRP Datu Cabaylo")
    if (!r.lex.forms.nounsCapitalised) {
      // (the same sentences as `titleCased` above, computed once)
      const headline = titleCased;
      // (helpers of the loop below, made once per pass; `i` opens the run, `se` ends its sentence)
      // the end of the run of free capitalised words from `k` (no stop word, no possessive) within the sentence ending at `se`
      const capsRunEnd = (k: number, se: number): number => {
        let e = k;
        while (e < se && free(e) && v.capital[e] && !isStopCap(v, r, e) && !POSSESSIVE.test(v.texts[e]!)) e++;
        return e;
      };
      // "and" inside one organisation's name: the capitalised words after it run straight to an
      // organisation keyword ("Independent Electoral and Boundaries Commission"); "Kenya and
      // Uganda", "Smith and Jones said" stay apart
      const andInOrgName = (k: number, se: number): boolean => {
        // (a name that already ends in its keyword is complete: "Zijin Mining and Kazatomprom Holdings" are two)
        if (r.lex.typeKeywords.get(v.lower[k - 1]!) === 'ORG') return false;
        const e = capsRunEnd(k + 1, se);
        return e > k + 1 && r.lex.typeKeywords.get(v.lower[e - 1]!) === 'ORG';
      };
      // a plural possessive inside an organisation's name: the apostrophe written onto a plural ("Workers'") with
      // capitalised words after it that run to an organisation keyword ("the Bolivian Workers' Center", "the Farmers'
      // Union"); "the Workers' demands", "Teachers' representatives" stay apart
      const pluralPossessiveInOrgName = (k: number, se: number): boolean => {
        if (!APOSTROPHE.test(v.texts[k]!) || v.starts[k] !== v.ends[k - 1] || !/s$/u.test(v.texts[k - 1]!)) return false;
        const e = capsRunEnd(k + 1, se);
        return e > k + 1 && runKeyword(v, r, k + 1, e) === 'ORG';
      };
      // a collective noun's singular possessive inside an organisation's name, with capitalised words after it that run
      // to an organisation keyword ("the People's Defence Force", "the Women's League"; `possessiveNameWords`): "the
      // People's demands", "Pashinyan's Civil Contract" stay apart
      const possessiveInOrgName = (k: number, se: number): boolean => {
        if (!POSSESSIVE.test(v.texts[k]!) || !r.lex.possessiveNameWords.has(v.lower[k]!.replace(/[’']s$/u, ''))) return false;
        const e = capsRunEnd(k + 1, se);
        return e > k + 1 && runKeyword(v, r, k + 1, e) === 'ORG';
      };
      // "Ray Powell of Stanford University": a two- or three-word name with no keyword before "of" and an
      // organisation name after it is a person and the organisation they speak for, not one name
      // ("Bank of England", "Council of Europe" have their keyword before "of")
      const personOf = (k: number, i: number, se: number): boolean => {
        if (!r.lex.genitiveLinks.has(v.lower[k]!) || k - i < 2 || k - i > 3 || runKeyword(v, r, i, k)) return false;
        let e = k + 1;
        while (e < se && e - k <= 5 && free(e) && v.capital[e] && !isStopCap(v, r, e)) e++;
        return e > k + 1 && runKeyword(v, r, k + 1, e) === 'ORG';
      };
      // a compound with a participle after its hyphen is an adjective, not part of a name ("The New York-based group",
      // "the Kenyan-led mission"): the run before it names nothing, the words after it start afresh
      const participle = (k: number): boolean => participleCompound(v, r, k);
      // an organisation name with its keyword before "of" runs on through a list ("Ministry of Agriculture, Forestry and
      // Fisheries"; `listInOrgName`)
      const listAfterKeyword = (k: number, i: number, se: number): number => (runKeyword(v, r, i, k) === 'ORG' ? listInOrgName(k, se) : -1);
      const tagged = (x: number, y: number): boolean => nerMentions.some((m) => m.kind === 'name' && m.start === v.starts[x] && m.end === v.ends[y - 1]);
      // the end of an organisation name of another language going on at `x` over links and their words ("de défense", "et
      // de sécurité"), or `x`
      const foreignNameEnd = (x: number, se: number): number => {
        const link = (k: number): boolean => k < se && free(k) && r.lex.foreignNameLinks.has(v.lower[k]!);
        let end = x;
        while (link(end)) {
          let k = end;
          while (link(k)) k++;
          if (k >= se || !free(k) || !/^\p{L}/u.test(v.texts[k]!) || POSSESSIVE.test(v.texts[k]!)) break;
          end = k + 1;
        }
        return end;
      };
      const drop = (ci: number): void => {
        const c = cands[ci]!;
        cands[ci] = { ...c, to: -1 };
        for (let x = c.from; x < c.to; x++) owner[x] = -1;
      };
      const stateAt = (x: number, se: number): Cand | undefined => {
        const c = x < se && owner[x]! >= 0 ? cands[owner[x]!] : undefined;
        return c && c.from === x && c.kind === 'name' && c.hits.some((h) => h.entity.kind === 'country' || h.entity.kind === 'city') ? c : undefined;
      };
      // a lower-case organisation keyword after the run makes it an organisation's name, with a state's name or
      // adjective in it ("the Somos Peru party", "the ruling Georgian Dream party"; not "the Kenyan ODM party": an
      // acronym is the whole name)
      const lowerOrgKeyword = (x: number, se: number): boolean => x < se && !v.capital[x] && r.lex.typeKeywords.get(v.lower[x]!) === 'ORG';
      // whether free capitalised words from `k` run to an organisation keyword within four words
      const orgRunAfter = (k: number, se: number): boolean => {
        for (let x = k; x < se && x - k < 4 && free(x) && v.capital[x] && !isStopCap(v, r, x); x++) {
          if (r.lex.typeKeywords.get(v.lower[x]!) === 'ORG') return x > k;
          if (POSSESSIVE.test(v.texts[x]!) && !possessiveInOrgName(x, se)) return false;
        }
        return false;
      };
      for (let i = 0; i < n; i++) {
        if (!(free(i) || adjAt(i)) || !v.capital[i] || headline.has(v.sentence[i]!)) continue;
        // a capitalised "The" inside a sentence starts a name ("at The Hague")
        const theName = v.texts[i] === 'The' && !v.startish[i] && i + 1 < v.sentEnd[i]! && free(i + 1) && v.capital[i + 1] && !isStopCap(v, r, i + 1);
        // a word that is no name alone opens one with a keyword after it ("Eastern Theater Command", "Islamic State")
        const notNameOpening = r.lex.notNames.has(v.lower[i]!) && i + 1 < v.sentEnd[i]! && free(i + 1) && v.capital[i + 1] && !isStopCap(v, r, i + 1)
          && !!runKeyword(v, r, i, Math.min(v.sentEnd[i]!, i + 4));
        // (so does a capitalised stop word inside a sentence before capitalised words that run to an organisation keyword:
        // "the All Progressives Congress", "the ruling All Basotho Convention"; not at a sentence's start: "All Progressives")
        const stopOpening = !theName && !notNameOpening && r.lex.stopWords.has(v.lower[i]!) && !v.startish[i] && /^\p{Lu}\p{Ll}+$/u.test(v.texts[i]!) && orgRunAfter(i + 1, v.sentEnd[i]!);
        if (isStopCap(v, r, i) && !theName && !notNameOpening && !stopOpening) continue;
        const se = v.sentEnd[i]!;
        // "posted on X. Tarriela said": a one-letter name with a full stop after a preposition ends its sentence (the segmenter took it for an initial)
        if (/^\p{Lu}\.$/u.test(v.texts[i]!) && i > 0 && r.lex.stopWords.has(v.lower[i - 1]!) && r.kb.lookup(v.texts[i]!.slice(0, 1)).some((h) => h.entity.kind === 'org')) {
          push({ ...plain(v, i, i + 1, 'caps-run', 'ORG', 0.6), end: v.ends[i]! - 1 });
          continue;
        }
        // a possessive first word is a name of its own ("Pashinyan’s Civil Contract")
        let j = i + 1;
        if (POSSESSIVE.test(v.texts[i]!) && !possessiveInOrgName(i, se) && i + 1 < se && free(i + 1) && v.capital[i + 1] && !isStopCap(v, r, i + 1) && !r.lex.stopWords.has(v.lower[i]!.replace(/[’']s$/u, '')) && v.texts[i]!.length > 4) {
          const own = plain(v, i, i + 1, 'caps-run', 'MISC', 0.6);
          if (!isStopCap(v, r, i) && !headline.has(v.sentence[i]!)) push(POSSESSIVE.test(v.doc.text.slice(own.start, own.end)) ? { ...own, end: own.end - 2 } : own);
          continue;
        }
        let linked = false;
        let personBeforeOf = false;
        if (participle(i)) continue;
        let adjectival = false;
        while (j < se) {
          if (participle(j)) { adjectival = true; break; }
          const nick = nicknameEnd(v, r, j, se, free);
          if (nick > 0) { j = nick; continue; }
          if ((free(j) || adjAt(j)) && (v.capital[j] || isInitial(v.texts[j]!) || PARTICLE_PREFIX.test(v.texts[j]!)) && !isStopCap(v, r, j)) {
            j++;
            // a possessive ends the name: "Nikol Pashinyan’s Civil Contract" is a person and his party
            if (POSSESSIVE.test(v.texts[j - 1]!) && !possessiveInOrgName(j - 1, se)) break;
            continue;
          }
          const lw = v.lower[j]!;
          if (pluralPossessiveInOrgName(j, se)) { j++; continue; }
          if (!linked && personOf(j, i, se)) { personBeforeOf = true; break; }
          const listEnd = linked ? listAfterKeyword(j, i, se) : -1;
          if (listEnd > 0) { j = listEnd; continue; }
          if (free(j) && r.lex.nameConnectors.has(lw) && lw !== 'the' && (lw !== 'and' || linked || andInOrgName(j, se)) && j + 1 < se && (free(j + 1) || adjAt(j + 1)) && v.capital[j + 1]) { linked = linked || lw !== 'and'; j++; continue; }
          // an organisation's name with its keyword runs on through "for the", "of the" and the capitalised words after it
          // ("the Permanent Committee for the Defence of Human Rights", "the Office for the Coordination of Humanitarian
          // Affairs"); a person or a place before the link is no such name ("Smith of the Daily Post", "Texas for the
          // Republicans" have no keyword)
          if (free(j) && (r.lex.genitiveLinks.has(lw) || r.lex.forms.benefactiveLinks.has(lw)) && j + 2 < se && free(j + 1) && r.lex.definite.has(v.lower[j + 1]!) && !v.capital[j + 1]
            && free(j + 2) && v.capital[j + 2] && !isStopCap(v, r, j + 2) && !POSSESSIVE.test(v.texts[j + 2]!) && runKeyword(v, r, i, j) === 'ORG' && !personBeforeOf) { linked = true; j += 2; continue; }
          break;
        }
        if (adjectival) { i = j; continue; }
        // (a name of another language goes on over its links and lower-case words: "the Forces de défense et de sécurité",
        // "the Front pour la démocratie"; an English word after a word ends it)
        if (runKeyword(v, r, i, j) === 'ORG') j = foreignNameEnd(j, se);
        // (a purpose name goes on with the state it works in: "the Union for Peace in the Central African Republic")
        if (linked && purposeName(i, j)) {
          const seated = seatedStateEnd(j, se);
          if (seated > 0) {
            dropAt(seated - 1);
            j = seated;
          }
        }
        let a = i;
        let b = j;
        let kwAfterOrg = false;
        // a number of one to three digits after the name is part of an organisation's name where an organisation noun
        // follows it in lower case or opens the phrase before the name ("the Barrio 18 gang", "die Bande Barrio 18 griff
        // … an"); not a count or a year before a noun ("der Konzern Siemens 300 Stellen", "die Partei Morena 2024")
        const numbered = orgNumberAt(b, se, a > 0 && v.sentence[a - 1] === v.sentence[a] && headAt(v, r.lex, a - 1)?.type === 'ORG');
        if (numbered) {
          b++;
          j = b;
        }
        const stateInside = stateAt(b, se);
        if (!runKeyword(v, r, a, b) && stateInside && lowerOrgKeyword(stateInside.to, se) && !adjAt(a)) {
          drop(owner[b]!);
          b = stateInside.to;
          kwAfterOrg = true;
        } else if (!runKeyword(v, r, a, b) && lowerOrgKeyword(b, se)) {
          let x = a;
          while (x < b && adjAt(x)) x++;
          // (a state's name right before the run is merged below, as before a keyword: "the Peru Libre party")
          const stateBefore = a > 0 && owner[a - 1]! >= 0 && cands[owner[a - 1]!]!.to === a && cands[owner[a - 1]!]!.hits.some((h) => h.entity.kind === 'country' && h.form === 'name');
          kwAfterOrg = (x > a || stateBefore) && x < b && !(b - x === 1 && isAcronym(v.texts[x]!));
        }
        // an unknown name before a lower-case agreement keyword (of the head class "agreement") names the agreement with that
        // word ("the Bougival agreement", "the 2023 Argyll declaration"); a state's adjective alone names none ("the Turkish
        // agreement")
        if (!kwAfterOrg && b === j && b < se && free(b) && !v.capital[b] && r.lex.typeKeywords.get(v.lower[b]!) === 'MISC' && headClassesOf(r.lex, v.lower[b]!).includes('agreement') && !runKeyword(v, r, a, b)
          && !isGivenName(r.lex, v.texts[a]!) && v.texts.slice(a, b).every((_, k) => !adjAt(a + k))) {
          b++;
          j = b;
        }
        const kw = runKeyword(v, r, a, b) ?? (kwAfterOrg ? 'ORG' : undefined);
        // a state's adjective of several words before an organisation name with its keyword is part of that name, as a
        // one-word one is ("the Central African Armed Forces" like "the Philippine Marine Corps"; the run opened at the
        // adjective's last word)
        if (kw === 'ORG' && a === i && adjAt(a) && cands[owner[a]!]!.from < a && v.sentence[cands[owner[a]!]!.from] === v.sentence[a]) a = cands[owner[a]!]!.from;
        // "the Human Rights Commission of Pakistan", "the Law Society of Kenya": an organisation name with its keyword
        // before "of" runs on through the state or city it is of
        const ofPlace = kw === 'ORG' && b === j && runKeyword(v, r, a, b) === 'ORG' && b + 1 < se && r.lex.genitiveLinks.has(v.lower[b]!) ? stateAt(b + 1, se) : undefined;
        if (ofPlace && (ofPlace.to >= se || !v.capital[ofPlace.to])) {
          drop(owner[b + 1]!);
          b = ofPlace.to;
          j = b;
        }
        // adjectives stay apart unless the name has a keyword ("Philippine Marine Corps")
        if (!kw) {
          while (a < b && adjAt(a)) a++;
          while (b > a && adjAt(b - 1)) b--;
        }
        while (b > a && r.lex.nameConnectors.has(v.lower[b - 1]!)) b--;
        // a state name before an organisation name belongs to it ("Vietnam Fisheries Society", "Armenia Alliance",
        // "Solomon Islands Police Force"), and so does a capitalised word run before the state ("Royal Solomon Islands
        // Police Force", "Royal Thai Army")
        if (kw === 'ORG' && a > 0 && a === i && owner[a - 1]! >= 0 && !v.startish[a]) {
          const prev = cands[owner[a - 1]!]!;
          // (not a compound adjective of the state: "Israel-listed Navitas Petroleum" is the state and the company)
          if (prev.to === a && prev.kind === 'name' && prev.hits.some((h) => h.entity.kind === 'country' && h.form === 'name') && v.capital[prev.from] && !POSSESSIVE.test(v.texts[a - 1]!) && !participle(a - 1)) {
            const from = prev.from;
            cands[owner[a - 1]!] = { ...prev, to: -1 };
            for (let x = from; x < a; x++) owner[x] = -1;
            a = from;
            const before = a > 0 && owner[a - 1]! >= 0 ? cands[owner[a - 1]!]! : undefined;
            if (before && before.to === a && before.source === 'caps-run' && v.sentence[before.from] === v.sentence[a]) {
              cands[owner[a - 1]!] = { ...before, to: -1 };
              for (let x = before.from; x < a; x++) owner[x] = -1;
              a = before.from;
            }
          }
        }
        // an organisation's abbreviation before an organisation name belongs to it ("U.N. General Assembly")
        if (kw === 'ORG' && a > 0 && owner[a - 1]! >= 0) {
          const prev = cands[owner[a - 1]!]!;
          if (prev.to === a && prev.from === a - 1 && prev.hits.some((h) => h.entity.kind === 'org') && /^[\p{Lu}.]+$/u.test(v.texts[a - 1]!)) {
            cands[owner[a - 1]!] = { ...prev, to: -1 };
            owner[a - 1] = -1;
            a--;
          }
        }
        if (b <= a) { i = j - 1; continue; }
        const single = b - a === 1;
        const w = v.texts[a]!;
        // a lone capitalised word before a title belongs to the title ("Foreign Office Minister", "Deputy Prime Minister")
        // (an opening word with a capital after a lower-case letter inside it is a name, no word capitalised for its
        // position: "ArcelorMittal said", "PetroChina reported"; not a name prefix such as "McCarthy", "DeSantis")
        const camel = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(w);
        if (single && ((v.startish[a] && !camel) || r.calendar.has(v.lower[a]!.replace(/\.$/, '')) || (w.length > 5 && w === w.toUpperCase()) || (b < n && title[b] && !tagged(a, b)))) { i = j - 1; continue; }
        for (let k = a; k < b; k++) if (owner[k] !== -1) cands[owner[k]!] = { ...cands[owner[k]!]!, to: -1 };
        const tag = nerMentions.find((m) => m.kind === 'name' && m.start === v.starts[a] && m.end === v.ends[b - 1]);
        // after a personal title ("Mayor Vitali Klitschko") a name is a person
        // (also as an apposition closed by commas after an office: "South Africa's trade minister, Parks Tau, said" — the
        // tagger may read an unfamiliar given name as an organisation's word)
        const afterTitle = !kw && ((a > 0 && title[a - 1] === 1) || officeApposition(a, b, se));
        // a name after "the town of", "the province of" is a place, whatever its words look like
        const afterPlaceNoun = a >= 2 && r.lex.genitiveLinks.has(v.lower[a - 1]!) && r.lex.placeNouns.has(v.lower[a - 2]!);
        // a name that ends in a capitalised subdivision noun is that subdivision, a political unit ("the Southern
        // Province", "Kandahar Province"; "region" is no subdivision noun of the lexicon: it also names landscapes)
        const placeNounLast = b - a >= 2 && v.capital[b - 1] && r.lex.placeNouns.has(v.lower[b - 1]!);
        // (a lower-case keyword after the name types it: "the Amu Darya river", "Anacoco island"; "Badakhshan province";
        // a place keyword also in its plural: "the Tigris and Euphrates rivers")
        const after = b < se && !v.capital[b] ? v.lower[b]! : '';
        const afterPlace = r.lex.typeKeywords.get(after) === 'LOC' || r.lex.forms.headEndings.some((e) => after.endsWith(e) && r.lex.typeKeywords.get(after.slice(0, -e.length)) === 'LOC');
        // (and an organisation keyword that is no state organ: "the Samruk-Kazyna fund", "its Sinchi Wayra unit")
        const kwAfter: EntityType | undefined = afterPlace ? 'LOC' : r.lex.placeNouns.has(after) ? 'GPE'
          : r.lex.typeKeywords.get(after) === 'ORG' && !r.lex.governmentWords.has(after) ? 'ORG' : undefined;
        const type: EntityType = kw ?? (numbered ? 'ORG' : undefined) ?? (placeNounLast ? 'GPE' : undefined) ?? kwAfter ?? (afterPlaceNoun ? placeType(v, r, a, b, 'LOC') : isGivenName(r.lex, w) || afterTitle || (personBeforeOf && b === j) || v.texts.slice(a, b).some(isInitial) ? 'PER' : tag ? placeType(v, r, a, b, tag.type) : single && (isAcronym(w) || camel) ? 'ORG' : 'MISC');
        const run = plain(v, a, b, 'caps-run', type, 0.6);
        // the possessive ending is not part of the name
        // so is a sentence-final full stop written onto a one-letter name ("posted on X.")
        push(POSSESSIVE.test(v.doc.text.slice(run.start, run.end)) ? { ...run, end: run.end - 2 } : single && b === se && /^\p{Lu}\.$/u.test(w) ? { ...run, end: run.end - 1 } : run);
        i = j - 1;
      }
    }
  };
  capitalisedRuns();
  const taggerNames = (): void => {
    // a name of two or more words the tagger reads as a place whose last word stands alone elsewhere in the text is a
    // person's, referred to by the family name ("Venâncio Mondlane, der …" … "sagte Mondlane"); a place is named whole
    // ("Cabo Delgado" … "in Cabo Delgado"), and one after a locative preposition or a place noun stays a place
    // (the positions of each capitalised token's text, indexed once when the first such mention asks, so the check
    // stays linear in the text however many mentions the tagger reads as places)
    let capitalisedAt: Map<string, number[]> | null = null;
    const positionsOf = (text: string): readonly number[] => {
      if (capitalisedAt === null) {
        capitalisedAt = new Map();
        for (let k = 0; k < n; k++) {
          if (!v.capital[k]) continue;
          const key = v.texts[k]!;
          const list = capitalisedAt.get(key);
          if (list) list.push(k);
          else capitalisedAt.set(key, [k]);
        }
      }
      return capitalisedAt.get(text) ?? [];
    };
    const personByRepeat = (from: number, to: number, type: EntityType): boolean => {
      if ((type !== 'LOC' && type !== 'GPE') || to - from < 2 || !v.capital[to - 1]) return false;
      const before = from > 0 && v.sentence[from - 1] === v.sentence[from] ? v.lower[from - 1]! : '';
      if (r.lex.locativePreps.has(before) || r.lex.placeNouns.has(headKey(r.lex, before)) || r.lex.genitiveLinks.has(before)) return false;
      const prev = v.texts[to - 2]!;
      return positionsOf(v.texts[to - 1]!).some((k) => !(k > 0 && v.texts[k - 1] === prev));
    };
    // tagger mentions not covered by the rules above
    for (const m of nerMentions) {
      if (m.kind !== 'name') continue;
      const from = tokenAt(v, m.start);
      let to = from;
      while (to < n && v.ends[to]! <= m.end) to++;
      if (from < 0 || to <= from) continue;
      let clash = false;
      for (let k = from; k < to; k++) if (owner[k] !== -1 || title[k] || region[k]) clash = true;
      if (clash) continue;
      // (a body's noun and the place after it that the tagger reads as one organisation: "das Oberlandesgericht Koblenz",
      // `seatNameHeads`)
      if (m.type === 'ORG' && to - from === 2 && v.capital[from + 1] && !headAt(v, r.lex, from + 1) && isSeatNameHead(r, v.lower[from]!)) {
        push({ ...plain(v, from, to, 'ner', 'ORG', 0.7), existing: m.index, start: m.start, end: m.end });
        continue;
      }
      if (!plausibleTaggerName(v, r, from, to, m.type, m.confidence)) continue;
      // (one word after a capitalised noun before a frame's end is its accusative object: "warf den Demonstranten Gewalt vor")
      if (to - from === 1 && from > 0 && v.capital[from - 1] && !v.startish[from - 1] && objectFrameAt(v, r, to)) continue;
      // (a person's name that runs on into a capitalised noun or a frame's object is cut, and becomes a mention of its own)
      const cut = r.lex.forms.nounsCapitalised && m.type === 'PER' && (to - from > 2 || (to - from > 1 && objectFrameAt(v, r, to))) ? trimCommonNouns(v, r, from, to, 2) : to;
      if (cut < to) push(plain(v, from, cut, 'ner', 'PER', 0.6));
      // (a tagger's person that opens with an organisation keyword compound is that organisation: "Handelskammer Karachi")
      else if (m.type === 'PER' && r.lex.forms.compoundHeads && typeKeyword(r.lex, v.lower[from]!, true) === 'ORG') push({ ...plain(v, from, to, 'ner', 'ORG', 0.6), existing: m.index, start: m.start, end: m.end });
      else push({ ...plain(v, from, to, 'ner', personByRepeat(from, to, m.type) ? 'PER' : placeType(v, r, from, to, m.type), 0.6), existing: m.index, start: m.start, end: m.end });
    }
  };
  taggerNames();
  const aliasNames = (): void => {
    // acronyms (German; English acronyms are runs), also as the first part of a compound ("APEC-Gipfel")
    for (let i = 0; i < n; i++) {
      if (owner[i] !== -1 || r.lex.stopWords.has(v.lower[i]!) || r.lex.notNames.has(v.lower[i]!)) continue;
      const w = v.texts[i]!;
      // (also one joined by hyphens, "SPLM-IO", and a longer one right after an organisation noun that introduces it: "die
      // Gewerkschaft SUNTRACS"; "die Eliteeinheit CAPSAT" not yet: "Einheit" is no organisation keyword)
      const joined = /^\p{Lu}{2,5}(?:-\p{Lu}{1,5})+$/u.test(w) && !r.kb.lookup(w).length;
      const introduced = /^\p{Lu}{6,8}$/u.test(w) && i > 0 && v.sentence[i - 1] === v.sentence[i] && v.capital[i - 1] && (headAt(v, r.lex, i - 1)?.type === 'ORG' || typeKeyword(r.lex, v.lower[i - 1]!, r.lex.forms.compoundHeads) === 'ORG');
      if ((isAcronym(w) || joined || introduced) && !title[i]) push(plain(v, i, i + 1, 'acronym', 'ORG', 0.6));
      else if (w.includes('-') && isAcronym(w.slice(0, w.indexOf('-'))) && !r.lex.stopWords.has(w.slice(0, w.indexOf('-')).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w.slice(w.indexOf('-') + 1)) && !r.kb.lookup(w.slice(0, w.indexOf('-'))).length) {
        push({ ...plain(v, i, i + 1, 'acronym', 'ORG', 0.5), end: v.starts[i]! + w.indexOf('-') });
      }
    }
    // another name after a cue ("Abdirahman Mohamed Abdullahi, genannt Irro,", "…, known as Irro,"): a capitalised run
    for (let i = 1; i < n; i++) {
      if (v.texts[i] !== ',' || owner[i - 1] === -1) continue;
      const cue = aliasCueAfter(r.lex, v.lower, i);
      if (!cue) continue;
      // (the other name may be quoted: "known as \"Barbecue\"")
      const from = i + 1 + cue.length + (OPENING_QUOTE.test(v.texts[i + 1 + cue.length] ?? '') ? 1 : 0);
      let to = from;
      while (to < v.sentEnd[i]! && to - from < 3 && free(to) && v.capital[to] && !isStopCap(v, r, to) && !headAt(v, r.lex, to)) to++;
      if (to > from) push(plain(v, from, to, 'caps-run', cands[owner[i - 1]!]!.type, 0.6));
    }
    // parenthesised alternative names: "Thitu Island (Jhongye Island, 中業島)"
    for (let i = 0; i + 1 < n; i++) {
      if (v.texts[i] !== '(' || i === 0 || owner[i - 1] === -1) continue;
      for (let k = i + 1; k < v.sentEnd[i]! && v.texts[k] !== ')'; k++) if (free(k) && hasCJK(v.texts[k]!)) push(plain(v, k, k + 1, 'caps-run', cands[owner[i - 1]!]!.type, 0.5));
    }
  };
  aliasNames();
  const appositionNames = (): void => {
    // a name the rules above missed, told by the apposition after it: "Rheinmetall, der größte Waffenhersteller des Landes,",
    // "Lockheed Martin, the maker of …" (one to three capitalised words, a comma, an article, lower-case modifiers, a head)
    for (let i = 0; i + 3 < n; i++) {
      if (!free(i) || !v.capital[i] || isStopCap(v, r, i) || headAt(v, r.lex, i) || (i > 0 && v.sentence[i - 1] === v.sentence[i] && free(i - 1) && v.capital[i - 1])) continue;
      let j = i;
      while (j < i + 3 && j < v.sentEnd[i]! && free(j) && v.capital[j] && !isStopCap(v, r, j) && !headAt(v, r.lex, j)) j++;
      if (j === i || v.texts[j] !== ',' || !r.lex.determiners.has(v.lower[j + 1] ?? '')) continue;
      let k = j + 2;
      while (k < v.sentEnd[i]! && k < j + 5 && !v.capital[k] && !headAt(v, r.lex, k) && /^\p{L}+$/u.test(v.texts[k]!)) k++;
      const h = k < v.sentEnd[i]! ? headAt(v, r.lex, k) : undefined;
      if (!h || (h.type !== 'ORG' && h.type !== 'PER') || h.kin || r.lex.governmentWords.has(v.lower[k]!)) continue;
      // an apposition is closed by a second comma before the clause goes on ("However, the minister said …" has none)
      let close = k + 1;
      while (close < v.sentEnd[i]! && close <= k + 8 && v.texts[close] !== ',') close++;
      if (v.texts[close] !== ',' || close >= v.sentEnd[i]! - 1) continue;
      // a sentence adverb before the comma is no name ("Finally, the spokesman, …")
      if (j === i + 1 && endingOf(v.lower[i]!, r.lex.forms.adverbEndings)) continue;
      push(plain(v, i, j, 'apposition-name', h.type, 0.6));
      i = j;
    }
  };
  appositionNames();
  const treatedNames = (): void => {
    // a name no rule typed that the text treats as an organisation anywhere ("Centerra Gold said on Monday it would …",
    // "Kumtor Operating said in a statement", "Freeport McMoRan's mine") is one
    // (each token without its possessive ending, and where each such form stands, built once on first need: the name's
    // other occurrences are looked up, not searched for over the whole document per candidate)
    let bare: string[] | null = null;
    let bareAt: Map<string, number[]> | null = null;
    for (let ci = 0; ci < cands.length; ci++) {
      const c = cands[ci]!;
      // (also one word the tagger took for a person with nothing else saying so: "Centerra said it would …"; wire copy
      // introduces an unknown person with a given name or a title, never by the bare surname)
      const lonePer = c.type === 'PER' && c.to - c.from === 1 && (c.source === 'caps-run' || c.source === 'ner') && !isGivenName(r.lex, v.texts[c.from]!) && !(c.from > 0 && title[c.from - 1]);
      if (c.to <= 0 || c.hits.length || c.fixed || (c.type !== 'MISC' && !lonePer) || c.kind !== 'name') continue;
      if (bare === null || bareAt === null) {
        bare = v.texts.map((t) => t.replace(/[’']s?$/u, ''));
        bareAt = new Map();
        bare.forEach((b, k) => {
          const list = bareAt!.get(b);
          if (list) list.push(k);
          else bareAt!.set(b, [k]);
        });
      }
      const b = bare;
      const len = c.to - c.from;
      let cue = false;
      for (const p of bareAt.get(b[c.from]!) ?? []) {
        if (p + len > n) break;
        let same = true;
        for (let k = 1; k < len && same; k++) same = b[p + k] === b[c.from + k];
        if (same && orgCueAt(v, r, p + len - 1, p + len)) { cue = true; break; }
      }
      if (cue) cands[ci] = { ...c, type: 'ORG' };
    }

    // a word in capitals that opens a paragraph as a dateline is a place also where capitalised runs make no names and
    // the tagger left it out (German: "HARGEISA (dpa) -")
    for (let i = 0; i < n; i++) {
      if (owner[i] !== -1 || (v.starts[i]! > 0 && v.doc.text[v.starts[i]! - 1] !== '\n')) continue;
      let j = i;
      while (j < n && j - i < 3 && owner[j] === -1 && /^\p{Lu}[\p{Lu}-]{2,}$/u.test(v.texts[j]!)) j++;
      const c = j > i ? plain(v, i, j, 'caps-run', 'GPE', 0.7) : null;
      if (c && datelinePlace(v, r, c)) push(c);
    }
  };
  treatedNames();
  // 3. repeats: surnames and second occurrences of names found by the rules above
  const live = cands.filter((c) => c.to > 0);
  const known = new Map<string, { type: EntityType }>();
  // an unknown name in capitals that opens a paragraph before a date or an agency in brackets is the dateline's place
  // ("MARAWI, Philippines (Reuters) -", "KYAUKPHYU (AP) —"), not an acronym or a person
  for (const c of live) if (!c.hits.length && !c.fixed && c.kind === 'name' && datelinePlace(v, r, c)) c.type = 'GPE';
  const givenOnce = new Map<string, number>();
  for (const c of live) {
    if (c.hits.length || c.fixed) continue;
    const toks = v.texts.slice(c.from, c.to);
    known.set(toks.join(' '), { type: c.type });
    if (c.type === 'PER' && toks.length > 1) {
      const last = toks[toks.length - 1]!;
      known.set(last, { type: 'PER' });
      if (c.source === 'family-first') known.set(toks[0]!, { type: 'PER' });
      // (a given name alone after the full name is the person too: "Ingrid Bauer … Ingrid sagte"; not one that two
      // persons share: "Anna Schmidt und Anna Weber")
      // (a given name of the list, or the first of two words the tagger reads as one person: "Ingrid Bauer")
      else if ((isGivenName(r.lex, toks[0]!) || ((c.source === 'ner' || c.source === 'head-apposition' || c.source === 'apposition-name') && toks.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[0]!))) && !r.kb.lookup(toks[0]!).length) givenOnce.set(toks[0]!, (givenOnce.get(toks[0]!) ?? 0) + 1);
    } else if (toks.length > 1 && c.type === 'LOC' && r.lex.typeKeywords.get(toks[toks.length - 1]!.toLowerCase()) === 'LOC') {
      known.set(toks.slice(0, -1).join(' '), { type: c.type });
    } else if (toks.length > 2 && isAcronym(toks[0]!)) {
      known.set(toks.slice(1).join(' '), { type: c.type });
    }
  }
  for (const [w, count] of givenOnce) if (count === 1 && !known.has(w)) known.set(w, { type: 'PER' });
  const out = live;
  const repeatNames = (): void => {
    const taken = new Int8Array(n);
    for (const c of out) for (let k = c.from; k < c.to; k++) taken[k] = 1;
    // first words of the known names, also without a possessive or genitive ending: only these start a lookup
    const firsts = new Set<string>();
    for (const key of known.keys()) firsts.add(key.split(' ')[0]!);
    const startsKnown = (w: string): boolean => firsts.has(w) || firsts.has(w.replace(/[’']s?$/u, '')) || firsts.has(nameGenitiveBase(r.lex, w) ?? '');
    for (let i = 0; i < n; i++) {
      if (taken[i] || title[i] || !v.capital[i] || !startsKnown(v.texts[i]!)) continue;
      // a surname that is also a speech verb opening an inverted clause is the verb ("Said the minister", "Said Mr. Khan";
      // "Said said" keeps the name)
      if (v.startish[i] && isStopCap(v, r, i) && i + 1 < v.sentEnd[i]! && (title[i + 1] || v.capital[i + 1] || r.lex.determiners.has(v.lower[i + 1]!))) continue;
      for (let len = Math.min(4, v.sentEnd[i]! - i); len >= 1; len--) {
        let ok = true;
        for (let k = i; k < i + len; k++) if (taken[k]) ok = false;
        if (!ok) continue;
        let key = v.texts.slice(i, i + len).join(' ');
        let end = v.ends[i + len - 1]!;
        let hit = known.get(key);
        if (!hit && /[’']s?$/u.test(key)) {
          const bare = key.replace(/[’']s?$/u, '');
          hit = known.get(bare);
          end -= key.length - bare.length;
          key = bare;
        }
        const genBase = hit ? null : nameGenitiveBase(r.lex, key);
        if (genBase !== null) {
          hit = known.get(genBase);
          if (hit?.type !== 'PER') hit = undefined;
        }
        if (hit) {
          out.push({ from: i, to: i + len, start: v.starts[i]!, end, sentence: v.sentence[i]!, kind: 'name', source: 'repeat', hits: [], type: hit.type, confidence: 0.6 });
          for (let k = i; k < i + len; k++) taken[k] = 1;
          break;
        }
      }
    }
  };
  repeatNames();
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { cands: out, title };
}

/**
 * Re-targets bare knowledge-base bodies of a state the text never names (see the call). `organ` makes the candidate of
 * the text's own state's body; a language that capitalises its nouns drops the candidate, and the descriptions stage
 * reads the noun as an organ of that state.
 */
function retargetBareBodies(v: DocView, r: ScanResources, cands: Cand[], owner: Int32Array, organ: (c: Cand, st: KbEntity, key: string, name: string) => Cand): void {
  const named = new Set<string>();
  const count = new Map<string, number>();
  let dateline: string | null = null;
  for (const c of cands) {
    if (c.to < 0) continue;
    if (c.fixed?.state) named.add(c.fixed.state);
    for (const h of c.hits) {
      if (institutionKey(r, h.entity) && c.to - c.from === 1 && c.hits.length === 1) continue;
      const st = stateOf(h.entity);
      if (st) named.add(st);
      if (h.entity.kind === 'country') count.set(h.entity.id, (count.get(h.entity.id) ?? 0) + 1);
      if (!dateline && v.zone[c.from] === 'dateline' && h.entity.kind === 'city' && h.entity.state) dateline = h.entity.state;
    }
  }
  let main = dateline;
  if (!main) for (const [id, k] of count) if (!main || k > (count.get(main) ?? 0)) main = id;
  const mainState = main ? r.kb.get(main) : undefined;
  if (!mainState || mainState.kind !== 'country') return;
  cands.forEach((c, ci) => {
    if (c.to < 0 || c.source !== 'kb' || c.hits.length !== 1 || c.to - c.from !== 1) return;
    const org = c.hits[0]!.entity;
    const key = institutionKey(r, org);
    if (!key || !org.state || named.has(org.state) || org.state === mainState.id) return;
    const own = r.kb.get(org.state);
    if (r.lex.forms.nounsCapitalised) {
      cands[ci] = { ...c, to: -1 };
      for (let k = c.from; k < c.to; k++) owner[k] = -1;
      return;
    }
    const name = own && org.name.includes(own.name) ? org.name.replace(own.name, '{state}') : `{state} ${v.texts[c.from]!}`;
    cands[ci] = organ(c, mainState, key, name);
  });
}

/**
 * Sports clubs and interest groups named by an opening word (`clubWords`, `nameOpeners`): the club word and up to three
 * capitalised words after it, place names the knowledge base matched there included, are one organisation; a numeral
 * ordinal right before the club word belongs to it ("1. FC Köln"). Candidates inside the name are dropped.
 */
function clubAndOpenerNames(v: DocView, r: ScanResources, cands: Cand[], owner: Int32Array, free: (k: number) => boolean): void {
  const n = v.texts.length;
  // (token `k` goes on with a name opened before it: capitalised, no function word, free or a place the base matched)
  const goesOn = (k: number, se: number): boolean => {
    if (k >= se || !v.capital[k] || isStopCap(v, r, k) || !/^\p{Lu}[\p{L}\d.-]*$/u.test(v.texts[k]!)) return false;
    if (free(k)) return true;
    const c = owner[k]! >= 0 ? cands[owner[k]!] : undefined;
    return !!c && c.source === 'kb' && c.hits.length > 0 && c.hits.every((h) => h.entity.type === 'GPE' || h.entity.type === 'LOC');
  };
  for (let i = 0; i + 1 < n; i++) {
    const club = r.lex.clubWords.has(v.texts[i]!);
    const opener = !club && r.lex.nameOpeners.has(v.texts[i]!) && !v.startish[i];
    if ((!club && !opener) || !free(i) || v.sentence[i + 1] !== v.sentence[i]) continue;
    const se = v.sentEnd[i]!;
    let j = i + 1;
    while (j < se && j - i <= (club ? 3 : 1) && goesOn(j, se)) j++;
    if (j === i + 1) continue;
    // (a whole candidate only: a place name the run cuts in two is left alone)
    const last = owner[j - 1]!;
    if (last >= 0 && cands[last]!.to > j) j = cands[last]!.from;
    if (j === i + 1) continue;
    const from = club && i > 0 && v.sentence[i - 1] === v.sentence[i] && /^\d{1,2}\.$/u.test(v.texts[i - 1]!) && free(i - 1) ? i - 1 : i;
    for (let k = i + 1; k < j; k++) {
      const x = owner[k]!;
      if (x < 0) continue;
      const c = cands[x]!;
      cands[x] = { ...c, to: -1 };
      for (let y = c.from; y < c.to; y++) owner[y] = -1;
    }
    const c = plain(v, from, j, 'org-name', 'ORG', 0.8);
    cands.push(c);
    for (let k = from; k < j; k++) owner[k] = cands.length - 1;
    i = j - 1;
  }
}

/**
 * The token after a nickname in quotation marks that stands between two parts of a name (Jimmy "Barbecue" Cherizier,
 * Jimmy „Barbecue“ Chérizier): up to three capitalised words between marks, then a capitalised free word; else -1.
 */
function nicknameEnd(v: DocView, r: ScanResources, k: number, se: number, free: (k: number) => boolean): number {
  if (k === 0 || v.sentence[k - 1] !== v.sentence[k] || !v.capital[k - 1] || !free(k - 1) || !OPENING_QUOTE.test(v.texts[k]!)) return -1;
  let e = k + 1;
  while (e < se && e - k <= 3 && v.capital[e] && free(e)) e++;
  return e > k + 1 && e + 1 < se && CLOSING_QUOTE.test(v.texts[e]!) && v.capital[e + 1] && free(e + 1) && !isStopCap(v, r, e + 1) ? e + 1 : -1;
}

