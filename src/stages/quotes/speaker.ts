import type { EntityType } from '../../doc/types.js';
import type { MentionRef, QuoteContext } from './context.js';
import { isInstitution, roleGender } from './antecedent.js';
import { isCap, isLower } from './case.js';
import { isReportNoun } from './clauses.js';
import { isClitic, isPossessiveMark } from './possessive.js';

/** The speaker (and addressee) chosen for a cue. */
export interface SpeakerPick {
  readonly mention: MentionRef | null;
  readonly addressee: MentionRef | null;
}

const TYPE_SCORE: Partial<Record<EntityType, number>> = { PER: 3, ORG: 2, GPE: 2 };

/** Token index before `i`, skipping determiners and titles (so "bei den Vereinten Nationen" and "laut Regierungssprecher Steffen Hebestreit" reach the preposition). */
function before(c: QuoteContext, i: number): number {
  let k = i - 1;
  // (and the opening mark of a quoted name: "der Zeitung „La República“")
  while (k >= 0 && (c.lex.determiners.has(c.toks[k]!.lower) || (c.toks[k]!.sentence === c.toks[i]?.sentence && (c.toks[k]!.kind === 'quote' || (!isLower(c.toks[k]) && roleGender(c, k) !== undefined))))) k--;
  return k;
}

/** A preposition of the mention's own sentence governs it ("bei den Vereinten Nationen"; not the last word of the sentence before). */
function governed(c: QuoteContext, m: MentionRef): boolean {
  const p = c.toks[before(c, m.first)];
  return p !== undefined && p.sentence === c.toks[m.first]!.sentence && c.lex.prepositions.has(p.lower);
}

/** Whether the mention is an addressee: after "told", "gegenüber", "der Zeitung" … */
export function isAddressee(c: QuoteContext, m: MentionRef): boolean {
  // "sagte der Nachrichtenagentur AFP": the media noun the layer made a description of is the addressee its name is
  if (m.mention.kind === 'description') {
    const s = c.toks[m.first]!.sentence;
    const gap = c.toks[m.last + 1]?.kind === 'quote' ? 2 : 1;
    const named = (c.mentionsBySentence[s] ?? []).find((o) => o.first === m.last + gap && o.mention.kind === 'name');
    if (named && addresseeAt(c, named)) return true;
  }
  return addresseeAt(c, m);
}

/** The mention follows an addressee marker or an inflected media noun (see {@link isAddressee}). */
function addresseeAt(c: QuoteContext, m: MentionRef): boolean {
  const k = before(c, m.first);
  const t = c.toks[k];
  if (!t || t.sentence !== c.toks[m.first]!.sentence) return false;
  if (c.lex.addresseeMarkers.has(t.lower) && isLower(t)) return true;
  // an inflected media noun right before a name ("der Zeitung Korea JoongAng"), unless it is
  // itself governed by a preposition ("über die staatliche Nachrichtenagentur KCNA": a channel)
  if (t.kind !== 'word' || !c.lex.addresseeNouns.some((w) => t.lower.startsWith(w) && t.lower.length <= w.length + 2)) return false;
  let k2 = k - 1;
  let article: string | null = null;
  while (k2 >= 0 && (c.lex.determiners.has(c.toks[k2]!.lower) || (c.toks[k2]!.kind === 'word' && isLower(c.toks[k2]) && !c.lex.prepositions.has(c.toks[k2]!.lower)))) {
    if (article === null && c.lex.determiners.has(c.toks[k2]!.lower)) article = c.toks[k2]!.lower;
    k2--;
  }
  // "die Nachrichtenagentur PTI meldete" is the subject: an addressee takes a dative article ("der", "dem")
  if (article !== null && c.lex.addresseeDeterminers.size > 0 && !c.lex.addresseeDeterminers.has(article)) return false;
  // "Der Sender BBC berichtete": "der" is dative only before a feminine noun ("der Zeitung X")
  if (article !== null && c.lex.addresseeFeminine.articles.has(article) && !c.lex.addresseeFeminine.nouns.some((w) => t.lower.endsWith(w))) return false;
  const g = c.toks[k2];
  return !(g && c.lex.prepositions.has(g.lower) && !c.lex.addresseeMarkers.has(g.lower));
}

/**
 * Token k is an article whose next word has an adjective ending that marks the phrase as no nominative (quote-cues
 * `obliqueArticleEndings`: "Der englischsprachigen Zeitung sagte X" is a dative; "Der große Verband" a nominative).
 */
export function obliquePhrase(c: QuoteContext, k: number): boolean {
  const endings = c.lex.obliqueArticleEndings.get(c.toks[k]?.lower ?? '');
  const a = c.toks[k + 1];
  if (!endings || !a || a.kind !== 'word' || !isLower(a) || c.inQuote[k + 1] !== -1 || a.sentence !== c.toks[k]!.sentence) return false;
  return endings.some((e) => a.lower.endsWith(e) && a.lower.length > e.length + 2);
}

/**
 * The mention's noun phrase opens with a dative-only determiner (`dativeDeterminers`: "dem Richter", "einem
 * Vertreter der Bank", "seinem Sprecher Karl Huber"), or with an article whose adjective marks another case than the
 * nominative ({@link obliquePhrase}): back from the mention over a title, lower-case adjectives and an
 * opening quotation mark, at most four tokens, in its sentence.
 */
function dativePhrase(c: QuoteContext, m: MentionRef): boolean {
  if (c.lex.dativeDeterminers.size === 0) return false;
  const s = c.toks[m.first]!.sentence;
  // (a description mention may start at its article: "dem Richter")
  // (and one that starts at another article has its own: "von dem die Polizei glaubt" — "dem" is a relative pronoun)
  if (c.lex.dativeDeterminers.has(c.toks[m.first]!.lower)) return true;
  if (c.lex.determiners.has(c.toks[m.first]!.lower)) return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
    const t = c.toks[k]!;
    if (t.sentence !== s || c.inQuote[k] !== -1) return false;
    // (after a comma or preposition "dem" may be a relative pronoun before the subject: "von dem Keller sagt, …")
    if (c.lex.dativeDeterminers.has(t.lower)) return !(k > 0 && (c.isComma(k - 1) || c.lex.prepositions.has(c.toks[k - 1]!.lower)));
    // (or with an article whose adjective marks a dative or genitive: "Der englischsprachigen Zeitung Y sagte …")
    if (c.lex.determiners.has(t.lower) || c.lex.prepositions.has(t.lower)) return c.lex.determiners.has(t.lower) && obliquePhrase(c, k) && !(k > 0 && (c.isComma(k - 1) || c.lex.prepositions.has(c.toks[k - 1]!.lower)));
    const title = !isLower(t) && roleGender(c, k) !== undefined;
    const adjective = t.kind === 'word' && isLower(t) && !c.lex.verbs.has(t.lower) && c.lex.adjectiveEndings.some((e) => t.lower.endsWith(e));
    if (!title && !adjective && t.kind !== 'quote') return false;
  }
  return false;
}

/**
 * The mention after an active verb of quoting (`quotingVerbs`) in [from, to]: the person quoted.
 * Null for another verb, a passive ("wird … zitiert": an auxiliary before the verb) or no mention.
 */
function quotedObject(c: QuoteContext, list: readonly MentionRef[], from: number, to: number, cueFirst: number, cueLast: number): MentionRef | null {
  const t = c.toks[cueFirst];
  if (cueFirst < 0 || !t || !c.lex.verbs.get(t.lower)?.some((f) => c.lex.quotingVerbs.has(f.lemma))) return null;
  for (let k = Math.max(0, from); k < cueFirst; k++) if (c.lex.passiveAuxiliaries.has(c.toks[k]!.lower)) return null;
  const usable = (m: MentionRef): boolean => m.first >= from && m.last <= to && c.inQuote[m.first] === -1 && m.entity !== undefined && TYPE_SCORE[m.type] !== undefined;
  // (one phrase of two mentions of the same entity counts once: "die Nachrichtenagentur AFP")
  const after = list.filter((m) => usable(m) && m.first > cueLast).filter((m, i, xs) => i === 0 || xs[i - 1]!.entity !== m.entity || xs[i - 1]!.last + 1 < m.first);
  // with no subject before the verb ("„…“, zitierte die Zeitung X den Minister") the first mention after it is the subject
  const subjectBefore = list.some((m) => usable(m) && m.last < cueFirst && !governed(c, m));
  return (subjectBefore ? after[0] : after[1]) ?? null;
}

/**
 * Picks the speaker among the mentions in token range [from, to] of a sentence (tokens inside
 * direct quotes excluded). Scores are general word-order cues: persons before organisations and
 * states; a mention right before or right after the cue (subject, or German/English inversion
 * "sagte Lawrow", "said Lavrov") and a mention opening the clause score higher; a mention after a
 * preposition, a genitive article or as a possessor ("Kims", "Netanyahu’s") is no subject;
 * addressees ("told X", "der Zeitung X") are set aside. Nearer mentions win ties.
 * @param cueFirst first token of the cue, or -1 when there is none (colon introductions)
 */
/** How many words a noun phrase may hold before a bracketed name that names it ("Die oppositionellen Sozialdemokraten (SDSM)"). */
const BRACKETED_PHRASE = 4;

/**
 * Mention m stands in brackets right after a noun phrase that opens the clause at `from` ("Die oppositionellen
 * Sozialdemokraten (SDSM)", "The teachers' union (SSO)"): a determiner and at most {@link BRACKETED_PHRASE} words before the
 * bracket, none a preposition, verb or other mark outside the possessive, the last no person's office. The bracket names
 * the phrase, so the name opens the clause as the phrase does; after an office it is the holder's party ("Der Innenminister
 * (CDU)").
 */
function bracketedOpenerName(c: QuoteContext, m: MentionRef, from: number): boolean {
  const open = c.toks[m.first - 1];
  const close = c.toks[m.last + 1];
  if (open?.text !== '(' || close?.text !== ')' || m.first - 2 < from + 1 || m.first - 2 - from > BRACKETED_PHRASE) return false;
  if (!c.lex.determiners.has(c.toks[from]!.lower) || c.toks[from]!.sentence !== open.sentence) return false;
  // ("Der Innenminister (CDU) warf X vor": a party in brackets after a person's office is the person's party, not the speaker)
  if (roleGender(c, m.first - 2) !== undefined) return false;
  for (let k = from + 1; k <= m.first - 2; k++) {
    const t = c.toks[k]!;
    if (c.inQuote[k] !== -1 || c.lex.prepositions.has(t.lower) || c.lex.verbs.has(t.lower)) return false;
    if (t.kind !== 'word' && !isPossessiveMark(c.lex, t.text) && !isClitic(c.lex, t.text)) return false;
  }
  return true;
}

export function pickSpeaker(c: QuoteContext, sentence: number, from: number, to: number, cueFirst: number, cueLast: number): SpeakerPick {
  const list = c.mentionsBySentence[sentence] ?? [];
  // "Die Zeitung zitierte den Minister mit den Worten, …": the object of an active verb of quoting speaks
  const quoted = quotedObject(c, list, from, to, cueFirst, cueLast);
  if (quoted) return { mention: quoted, addressee: null };
  let best: MentionRef | null = null;
  let bestScore = -Infinity;
  let addressee: MentionRef | null = null;
  const clauseInitial = from <= to && !c.lex.subordinators.has(c.toks[from]!.lower);
  // a subject opening the clause before the cue rules out inversion: then the mention right
  // after the verb is its object ("China … riefen das Gremium dazu auf")
  const usable = (m: MentionRef): boolean => m.first >= from && m.last <= to && c.inQuote[m.first] === -1 && TYPE_SCORE[m.type] !== undefined;
  // ("Die oppositionellen Sozialdemokraten (SDSM) warfen X vor", "The teachers' union (SSO) urged X to …": a name in
  // brackets after the phrase that opens the clause names that phrase, so it opens the clause with it)
  const opens = (m: MentionRef): boolean => m.first <= from + 2 || bracketedOpenerName(c, m, from);
  const vorfeldSubject = cueFirst >= 0 && list.some((m) => usable(m) && opens(m) && m.last < cueFirst && clauseInitial &&
    !governed(c, m) && !isAddressee(c, m));
  // "Die Republik Moldau hat Russland vorgeworfen, …": after a finite auxiliary the speech verb closes
  // the clause; the mention right before it is its object, the subject stands before or right after the auxiliary
  const aux = c.lex.grammar.verbBracket && cueFirst >= 0 ? auxiliaryBefore(c, from, cueFirst) : -1;
  // "Nach einem Gespräch mit seinem Amtskollegen Wang Yi sagte Wadephul …": a verb-second clause that opens
  // with a preposition has a prepositional phrase before its finite verb (the speech verb or its auxiliary),
  // so nothing there is the subject
  const finite = aux >= 0 ? aux : cueFirst;
  const ppVorfeld = c.lex.grammar.verbSecond && cueFirst >= 0 && from < finite && c.toks[from]!.sentence === c.toks[cueFirst]!.sentence &&
    c.lex.prepositions.has(c.toks[from]!.lower) && c.lex.verbs.has(c.toks[cueFirst]!.lower) && !vorfeldClause(c, from, finite);
  // only the first mention opens the clause ("China und Russland …": the first named)
  const firstOpener = list.find((m) => usable(m) && !isAddressee(c, m));
  let opener = firstOpener;
  // "The US State Department …": a first mention that modifies the next one hands the opening to it
  const head = opener && modifiedHead(c, list, opener);
  if (head && usable(head)) opener = head;
  // "Der … Präsident des Landes, Nicolás Maduro, wirft …": the apposed name stands for the opener
  if (opener && opener.mention.kind !== 'name') {
    const o = opener;
    const appo = list.find((m) => usable(m) && m.mention.kind === 'name' && m.type === o.type && c.toks[m.first - 1]?.text === ',' && c.toks[m.last + 1]?.text === ',' && m.first > o.last && (cueFirst < 0 || m.last < cueFirst));
    if (appo && !list.some((x) => usable(x) && x !== o && x !== appo && x.first > o.last && x.last < appo.first && x.type === 'PER')) opener = appo;
  }
  for (const m of list) {
    if (m.first < from || m.last > to) continue;
    if (c.inQuote[m.first] !== -1) continue;
    if (cueFirst >= 0 && m.first <= cueLast && m.last >= cueFirst) continue;
    const base = TYPE_SCORE[m.type];
    if (base === undefined) continue;
    if (isAddressee(c, m)) {
      if (!addressee) addressee = m;
      continue;
    }
    // "Nachdem die Anwältin dem Richter mitgeteilt hatte, …": a noun phrase with a dative-only determiner is no subject
    if (dativePhrase(c, m)) continue;
    // "Der Deutsche Wetterdienst", "der Bayerische Rundfunk": a capitalised German adjective before a
    // capitalised noun is part of a name the layer does not know, not the state
    if (m.mention.kind === 'adjective' && !c.lex.grammar.capitalisedAdjectives && isCap(c.toks[m.first]) && m.first > (c.sentTokens[sentence]?.[0] ?? 0)) {
      const n = c.toks[m.last + 1];
      if (n && n.sentence === sentence && n.kind === 'word' && isCap(n) && !list.some((o) => o.first <= m.last + 1 && o.last >= m.last + 1 && o.entity !== undefined)) continue;
    }
    let s = base;
    if (ppVorfeld && m.last < finite) s -= 4;
    if (m.mention.kind === 'adjective') s -= 2.5;
    const p = c.toks[before(c, m.first)];
    if (p && p.sentence === sentence) {
      // (one that opens a clause of its own before its verb opens it as a sentence's first mention does)
      if (subordinateSubject(c, p.lower, m, cueFirst)) s += 2;
      else if (c.lex.prepositions.has(p.lower)) s -= 4;
      else if (c.lex.genitiveMarkers.has(p.lower)) s -= 3;
      // ("Nach Angaben der Staatsanwaltschaft wird Minister X erklären": the genitive of a report noun is a source, no subject)
      else if (isReportNoun(c, before(c, m.first))) s -= 3;
    }
    if ((isPossessor(c, m) && !ownsOffice(c, m, cueFirst, cueLast)) || isPostGenitive(c, m, list)) s -= 3;
    // "The company, which sells … in China, said": a mention inside a relative clause before the cue is no subject
    if (cueFirst >= 0 && m.last < cueFirst && inRelativeClause(c, m.first, cueFirst)) continue;
    // "Frankreich und Spanien riefen …": a joint statement goes to the first one named
    if (secondConjunct(c, m, list)) s -= 3;
    // "The US State Department said": a mention right before another one of a different entity modifies it
    if (modifiedHead(c, list, m)) s -= 3;
    if (clauseInitial && m === opener && (opens(m) || (m.mention.kind === 'name' && opener !== firstOpener))) s += 2;
    if (cueFirst >= 0) {
      const gapAfter = m.first - cueLast - 1;
      const gapBefore = cueFirst - m.last - 1;
      if (gapAfter >= 0 && gapAfter <= 2 && !vorfeldSubject) s += 2.5;
      if (gapBefore === 0 && aux < 0) s += 2.5;
      if (aux >= 0 && m.first === aux + 1 && !vorfeldSubject) s += 2.5;
      s -= 0.05 * Math.min(Math.abs(m.first - cueFirst), Math.abs(m.last - cueFirst));
    } else {
      s -= 0.02 * (m.first - from);
    }
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
  }
  return { mention: best, addressee };
}

/**
 * "…, after Baku insisted that …": a word `w` that is both a preposition and a subordinator ("after", "before") before
 * the mention (over its article), and the cue right after it, make the mention the subject of a clause of its own, not a
 * prepositional object ("after the talks, Mirzoyan said" keeps the penalty: the cue does not follow the mention); the main
 * clause's subject before it is not the speaker of that verb.
 */
function subordinateSubject(c: QuoteContext, w: string, m: MentionRef, cueFirst: number): boolean {
  return cueFirst === m.last + 1 && c.lex.subordinators.has(w) && c.lex.prepositions.has(w);
}

/**
 * "In Port-au-Prince, Haiti's prime minister said": a state or organisation in the possessive whose office
 * noun (an unnamed holder) ends the subject right before the cue (or, inverted, follows it right after the
 * verb) owns what is said — the possessor is no
 * mere modifier there (a person's "Kims Schwester" is someone else).
 */
function ownsOffice(c: QuoteContext, m: MentionRef, cueFirst: number, cueLast: number): boolean {
  if (cueFirst < 0 || (m.type !== 'GPE' && m.type !== 'ORG')) return false;
  // (an inverted subject right after the verb: "In Port-au-Prince sagte Haitis Regierungschef, …")
  if (c.lex.grammar.verbSecond && m.first === cueLast + 1) return roleGender(c, m.last + 1) !== undefined && c.inQuote[m.last + 1] === -1;
  if (cueFirst - m.last > 4 || cueFirst - m.last < 2) return false;
  for (let k = m.last + 1; k < cueFirst; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || c.inQuote[k] !== -1) return false;
  }
  const others = c.mentionsBySentence[c.toks[m.first]!.sentence] ?? [];
  if (others.some((o) => o !== m && o.first > m.last && o.first < cueFirst && o.mention.kind === 'name')) return false;
  return roleGender(c, cueFirst - 1) !== undefined;
}

/** A comma in [from, finite) outside quotes: the part before the verb may hold a clause of its own. */
function vorfeldClause(c: QuoteContext, from: number, finite: number): boolean {
  for (let k = from; k < finite; k++) if (c.isComma(k)) return true;
  return false;
}

/** A finite auxiliary or modal in [from, cueFirst) with no comma after it before the cue ("hat … vorgeworfen"), or -1. */
function auxiliaryBefore(c: QuoteContext, from: number, cueFirst: number): number {
  for (let k = cueFirst - 1; k >= from; k--) {
    if (c.isComma(k)) return -1;
    if (c.inQuote[k] === -1 && c.lex.finiteAuxiliaries.has(c.toks[k]!.lower)) return k;
  }
  return -1;
}

/**
 * "The US State Department": the speaker-type mention of another entity that starts right after
 * mention m outside quotes, which m only modifies (English); undefined when there is none.
 */
function modifiedHead(c: QuoteContext, list: readonly MentionRef[], m: MentionRef): MentionRef | undefined {
  // (German joins such a modifier to its head in one word, "US-Außenministerium": two names side by
  // side are two phrases, "hat Georgien Russland vorgeworfen")
  if (c.lex.grammar.closedCompounds) return undefined;
  return list.find((o) => o !== m && o.first === m.last + 1 && o.entity !== undefined && o.entity !== m.entity && TYPE_SCORE[o.type] !== undefined && c.inQuote[o.first] === -1);
}

/**
 * "Frankreich und Spanien riefen …", "Ursula von der Leyen and Brazilian President Lula said": the
 * mention is the second conjunct of a coordinated subject — its noun phrase (determiners, titles,
 * capitalised words and words of other mentions, up to six tokens) follows a coordinator that
 * follows another mention.
 */
function secondConjunct(c: QuoteContext, m: MentionRef, list: readonly MentionRef[]): boolean {
  const s = c.toks[m.first]!.sentence;
  const inOther = (k: number): boolean => list.some((o) => o !== m && o.first <= k && o.last >= k);
  let k = m.first - 1;
  for (let n = 0; k >= 0 && n < 6; k--, n++) {
    const t = c.toks[k]!;
    if (t.sentence !== s || t.kind !== 'word' || c.inQuote[k] !== -1 || c.lex.coordinators.has(t.lower)) break;
    if (!(isCap(t) || c.lex.determiners.has(t.lower) || roleGender(c, k) !== undefined || inOther(k))) return false;
  }
  const co = c.toks[k];
  if (!co || co.sentence !== s || !c.lex.coordinators.has(co.lower)) return false;
  let p = k - 1;
  while (p >= 0 && c.lex.determiners.has(c.toks[p]!.lower)) p--;
  return list.some((o) => o !== m && o.last === p);
}

/** Token i lies in a relative clause opened after a comma and closed by a comma before token `cue`. */
function inRelativeClause(c: QuoteContext, i: number, cue: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= 0 && c.toks[k]!.sentence === c.toks[i]!.sentence; k--) {
    if (c.isComma(k)) {
      const r = c.toks[k + 1];
      if (r && c.lex.relativePronouns.has(r.lower) && (isLower(r) || !c.lex.grammar.relativeArticles) && k + 1 <= i) open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = i + 1; k < cue; k++) if (c.isComma(k)) return true;
  return false;
}

/** "die Festnahme Maduros": a German name in -s right after a common noun is its genitive attribute. */
function isPostGenitive(c: QuoteContext, m: MentionRef, list: readonly MentionRef[]): boolean {
  if (!c.lex.grammar.genitiveS || m.mention.kind !== 'name' || !/s$/u.test(m.mention.text)) return false;
  const p = c.toks[m.first - 1];
  if (!p || p.kind !== 'word' || !isCap(p) || p.sentence !== c.toks[m.first]!.sentence) return false;
  return !list.some((o) => o !== m && o.first <= m.first - 1 && o.last >= m.first - 1);
}

/** "Kims Schwester", "Netanyahu’s Likud party": the mention only modifies the noun that follows. */
function isPossessor(c: QuoteContext, m: MentionRef): boolean {
  const text = c.doc.text;
  const after = text.slice(m.mention.end, m.mention.end + 2);
  if (after === '’s' || after === "'s") return true;
  const n = c.toks[m.last + 1];
  if (!n || n.kind !== 'word' || n.sentence !== c.toks[m.last]!.sentence) return false;
  const capitalNext = isCap(n);
  return c.lex.grammar.genitiveS && m.mention.kind === 'name' && /s$/u.test(m.mention.text) && capitalNext && n.start === m.mention.end + 1;
}

/**
 * A speaker phrase when no mention fits (the entity layer has no pronouns yet, or the speaker is
 * a common noun: "die Polizei", "Der Vorsitzende Richter"): a personal pronoun, or a determiner
 * followed by capitalised words (German nouns, names), or a capitalised word run. Preferred next
 * to the cue and at the clause start, never after a preposition. Gives a span, not an entity.
 */
export function phraseSpeaker(c: QuoteContext, from: number, to: number, cueFirst: number, cueLast: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  // the marks of a quoted name and the hyphen of a compound with it stay inside the phrase
  // ("die „Bild“-Zeitung", "Der „Spiegel“")
  const glue = (i: number): boolean => {
    const t = c.toks[i];
    return t !== undefined && c.inQuote[i] === -1 && (t.kind === 'quote' || (t.text === '-' && c.toks[i + 1]?.start === t.end));
  };
  const cap = (i: number): boolean => {
    let k = i;
    while (k < to && glue(k) && k - i < 2) k++;
    const t = c.toks[k];
    return t !== undefined && t.kind === 'word' && isCap(t);
  };
  // a possessive opens a speaker phrase like an article ("her office said", "sein Sprecher erklärte")
  const det = (w: string): boolean => c.lex.determiners.has(w) || c.lex.possessives.has(w);
  for (let i = from; i <= to; i++) {
    if (c.inQuote[i] !== -1 || (i >= cueFirst && i <= cueLast)) continue;
    const t = c.toks[i]!;
    let end = -1;
    if (c.lex.pronouns.has(t.lower)) end = i;
    // (an adverb opening the sentence is capitalised there, but no name: "Anschließend erklärte die Ministerin")
    else if (det(t.lower) || (cap(i) && !c.lex.verbs.has(t.lower) && !isFunctionWord(c, t.lower) && !c.lex.sentenceAdverbs.has(t.lower))) {
      // a possessive phrase speaks only when it names an office ("her office", not "its captain")
      if (c.lex.possessives.has(t.lower) && !c.lex.determiners.has(t.lower) && !officeNear(c, i + 1, Math.min(to, i + 3))) continue;
      let k = det(t.lower) ? i + 1 : i;
      // (up to three lower-case words: "the former army officer")
      while (k <= to && c.toks[k]!.kind === 'word' && !cap(k) && !c.lex.verbs.has(c.toks[k]!.lower) && k - i < 4) k++;
      // "the bureau said": a determiner phrase ending right before the verb (English nouns are lower case)
      // (or before the comma of an apposition or relative clause: "The company, which …, said")
      if (det(t.lower) && (k === cueFirst || (c.isComma(k) && !c.lex.grammar.commaClauses)) && k - 1 > i) k--;
      else if (!cap(k) || k > to) continue;
      while (k + 1 <= to && cap(k + 1) && c.inQuote[k + 1] === -1 && (k + 1 < cueFirst || k + 1 > cueLast)) k++;
      // "the Fed chair said", "the Kremlin spokesman said": a lower-case office noun after the name is the head
      if (k + 1 <= to && (k + 1 < cueFirst || k + 1 > cueLast) && c.inQuote[k + 1] === -1 && !cap(k + 1) && officeNear(c, k + 1, k + 1)) k++;
      // the closing mark of a quoted name opened inside the phrase
      let marks = 0;
      for (let j = i; j <= k; j++) if (c.toks[j]!.kind === 'quote') marks++;
      if (marks % 2 === 1 && k + 1 <= to && c.toks[k + 1]!.kind === 'quote' && c.inQuote[k + 1] === -1) k++;
      end = k;
    } else continue;
    const p = c.toks[i - 1];
    if (p && p.sentence === t.sentence && i > from && (c.lex.prepositions.has(p.lower) || c.lex.genitiveMarkers.has(p.lower))) continue;
    // ("Erst vergangene Woche kündigte der Konzern an": a time adverbial fronted before the verb names no speaker; nor
    // does a dative or genitive, "Nachdem die Anwältin dem Richter mitgeteilt hatte", unless a comma or preposition makes
    // its article a relative pronoun, or the phrase is the dative a postposition of source governs: "dem Bericht zufolge")
    const oblique = (c.lex.dativeDeterminers.has(t.lower) || obliquePhrase(c, i)) && !(p && p.sentence === t.sentence && (c.isComma(i - 1) || c.lex.prepositions.has(p.lower))) &&
      !c.lex.sourcePostpositions.has(c.toks[end + 1]?.lower ?? '');
    if (c.inTime(i) || oblique) {
      i = end;
      continue;
    }
    // ("Der Vater eines der Opfer sagte": a genitive attribute after a noun is no phrase of its own)
    if (p && p.sentence === t.sentence && i > from && c.lex.genitiveMarkers.has(t.lower) && p.kind === 'word' && isCap(p) && c.inQuote[i - 1] === -1) {
      i = end;
      continue;
    }
    // the addressee ("told Reuters", "sagte gegenüber dem Sender") is not who speaks
    // (the whole phrase: "told The Associated Press" is no speaker from "Associated" on either; nor is
    // a phrase with an addressee's name in it: "sagte der Zeitung La Jornada")
    if ((p && p.sentence === t.sentence && c.lex.addresseeMarkers.has(p.lower) && isLower(p)) ||
      (c.mentionsBySentence[t.sentence] ?? []).some((m) => m.first >= i && m.first <= end && isAddressee(c, m))) {
      i = end;
      continue;
    }
    let s = 0;
    // (the clause opener, also right after the subordinator of a subordinate clause: "Nachdem die Anwältin … mitgeteilt hatte")
    if (i === from || (i === from + 1 && (c.toks[from]!.kind === 'punct' || c.lex.subordinators.has(c.toks[from]!.lower)))) s += 2;
    // the noun of a prepositional phrase ("Gegenüber dem Sender sagte die Ministerin": "Sender") loses to any phrase of
    // its own; it is kept as the last resort an agent or origin gives ("Von der Polizei wurde mitgeteilt"), and a document
    // keeps its place, which an impersonal frame reads ("hieß es in der Erklärung")
    const pp = p !== undefined && p.sentence === t.sentence && i > from + 1 && c.lex.determiners.has(p.lower) && c.lex.prepositions.has(c.toks[i - 2]!.lower) && !isReportNoun(c, end);
    if (pp) s -= 10;
    if (cueFirst >= 0) {
      if (i > cueLast && i - cueLast <= 2) s += 2.5;
      if (end === cueFirst - 1) s += 2.5;
      s -= 0.05 * Math.min(Math.abs(i - cueFirst), Math.abs(end - cueFirst));
    }
    if (s > bestScore) {
      bestScore = s;
      best = { start: t.start, end: c.toks[end]!.end };
    }
    i = end;
  }
  return best;
}

/** Capitalised only because it opens the sentence ("Over the longer term", "Doch", "Nach"). */
function isFunctionWord(c: QuoteContext, w: string): boolean {
  const x = c.lex;
  return x.prepositions.has(w) || x.subordinators.has(w) || x.coordinators.has(w) || x.complementizers.has(w) ||
    x.relativePronouns.has(w) || x.indefiniteDeterminers.has(w) || x.nonReporting.has(w) || x.asClauses.has(w);
}

/** A role or institution noun among tokens [a, b]. */
function officeNear(c: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (roleGender(c, k) !== undefined || isInstitution(c, k)) return true;
  return false;
}
