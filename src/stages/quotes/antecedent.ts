import type { Span } from '../../doc/types.js';
import type { MentionRef, QuoteContext, Tok } from './context.js';
import { endsInEntry, type Agreement } from './lexicon.js';
import { isCap, isLower } from './case.js';
import { startsMainClauseInKonjunktiv } from './clauses.js';
import { cliticAt, endingClitic, endsInPossessive, isPossessiveMark } from './possessive.js';

/** Who a pronoun or possessive refers to: an entity, or only the phrase that names it ("der Botschafter"). */
export interface Referent {
  readonly speaker: string | null;
  readonly span: Span | null;
}

/** The last attributed speaker, as the attributor keeps it. */
export interface LastSpeaker {
  readonly speaker: string | null;
  readonly sentence: number;
}

interface Candidate {
  readonly speaker: string | null;
  readonly span: Span;
  readonly first: number;
  readonly last: number;
  readonly gender: 'm' | 'f' | null;
  readonly kind: 'PER' | 'GROUP';
  readonly sentence: number;
}

const WINDOW = 3;

/**
 * Agreement of the pronoun at token i: "sie" is plural when the verb next to it is ("erklärten
 * sie", "sie seien"), else a female person or feminine noun. Null for pronouns without
 * agreement data ("ich", "wir": the previous speaker's rule applies).
 */
export function agreementOf(c: QuoteContext, i: number): Agreement | null {
  const t = c.toks[i];
  if (!t) return null;
  const a = c.lex.pronounAgreement.get(t.lower) ?? null;
  if (a !== 'f|pl') return a;
  return [i - 1, i + 1].some((k) => pluralVerb(c, k, t.sentence)) ? 'pl' : 'f';
}

/** The German finite verb at token k of the sentence is plural: lower case, ending in -en (not an article or preposition). */
export function pluralVerb(c: QuoteContext, k: number, sentence: number): boolean {
  const t = c.toks[k];
  if (!t || t.sentence !== sentence || t.kind !== 'word' || !isLower(t) || t.lower.length < 4) return false;
  const x = c.lex;
  if (x.determiners.has(t.lower) || x.prepositions.has(t.lower) || x.coordinators.has(t.lower) || x.subordinators.has(t.lower) || x.complementizers.has(t.lower)) return false;
  return /en$/u.test(t.lower) || x.subjunctive.forms.has(t.lower) && /n$/u.test(t.lower);
}

const compatible = (agr: Agreement, cand: Candidate): boolean => {
  if (agr === 'pl' || agr === 'n') return cand.kind === 'GROUP';
  if (agr === 'f|pl') return cand.kind === 'GROUP' || cand.gender !== 'm';
  // a group agrees with "sie" (singular) only as a feminine noun ("die Regierung")
  if (cand.kind === 'GROUP') return agr === 'f' && cand.gender === 'f';
  return cand.gender === null || cand.gender === agr;
};

/**
 * Resolves a pronoun (or possessive) at token `at` of sentence `si` with agreement `agr` against the
 * persons, unnamed office-holders ("der sudanesische Botschafter") and groups of the current and the
 * three previous sentences. Salience: nearer sentences first; a subject (the first candidate of its
 * sentence not governed by a preposition) above objects; the last quote's speaker above others.
 * Candidates that disagree in gender or number are left out. Null when nothing fits.
 * @param named only candidates that stand for an entity count (a noun phrase that refers back: "die Behörde")
 * @param after candidates of sentence si before this token are left out (the reported clause before a frame)
 */
export function resolvePronoun(c: QuoteContext, si: number, at: number, agr: Agreement, last: LastSpeaker | null, minScore = 2, named = false, after = -1): Referent | null {
  let best: Candidate | null = null;
  let bestScore = -Infinity;
  const seenLast = last?.speaker !== null && last !== null && si - last.sentence <= 2;
  for (let s = si; s >= Math.max(0, si - WINDOW); s--) {
    for (const { x, score: base } of salient(c, si, s, at, after, last)) {
      if (x.speaker === null && c.toks[x.first] !== undefined && c.lex.pronounAgreement.has(c.toks[x.first]!.lower)) continue;
      // (named: an entity the article names, not a group only described — "Die Demonstranten" is no antecedent of "der Behörde")
      if (named && (x.speaker === null || !c.hasName(x.speaker))) continue;
      // "X und Y … sie": two coordinated persons are a group
      if (!compatible(agr, x) && !((agr === 'pl' || agr === 'f|pl') && x.kind === 'PER' && coordinated(c, x))) continue;
      let score = base;
      // "Asfura met Ms Castro. … she said": a woman the text marks as one before a person of unknown
      // gender (most persons of unknown gender in news text are men; the converse does not hold)
      // (only nearby: this sentence or the one before)
      if (agr === 'f' && x.kind === 'PER' && x.gender === 'f' && si - s <= 1) score += 5;
      if (score > bestScore) {
        bestScore = score;
        best = x;
      }
    }
  }
  if (seenLast && last.speaker !== null) {
    // the speaker of a quote just before, named earlier than the window looks ("he added")
    const g = genderOf(c, last.speaker);
    const type = c.entityType(last.speaker);
    const cand: Candidate = { speaker: last.speaker, span: { start: 0, end: 0 }, first: -1, last: -1, gender: g, kind: type === 'PER' ? 'PER' : 'GROUP', sentence: last.sentence };
    const score = 10 - 2.5 * (si - last.sentence) + 4 + 2 - 0.5;
    if (compatible(agr, cand) && score > bestScore && best?.speaker !== last.speaker) return { speaker: last.speaker, span: null };
  }
  // only prepositional or distant candidates: no antecedent worth trusting
  return best && bestScore >= minScore ? { speaker: best.speaker, span: best.span } : null;
}

/**
 * The candidates of sentence s for a reference at token `at` of sentence si (in si only those before
 * `at` and from token `after` on), each with the salience {@link resolvePronoun} and
 * {@link describedPerson} share: nearer sentences first; the subject (the first candidate not governed
 * by a preposition) up, a governed one down; the last quote's speaker (up to two sentences back) up.
 */
function salient(c: QuoteContext, si: number, s: number, at: number, after: number, last: LastSpeaker | null): { x: Candidate; score: number }[] {
  const recent = last !== null && last.speaker !== null && si - last.sentence <= 2;
  // (what the last speaker's Konjunktiv sentence right after the report names is what was said about, not who speaks on)
  const content = recent && s === last.sentence + 1 && s < si && continuesReport(c, s);
  let subjectTaken = false;
  const out: { x: Candidate; score: number }[] = [];
  for (const x of candidatesOf(c, s)) {
    if (s === si && !(x.last < at && (x.first >= after || introducesClause(c, x.last, after)))) continue;
    const governed = isGoverned(c, x.first);
    const subject = !subjectTaken && !governed;
    if (!governed) subjectTaken = true;
    let score = 10 - 2.5 * (si - s);
    if (subject) score += 4;
    if (governed) score -= 8;
    if (recent && x.speaker !== null && x.speaker === last.speaker) score += 2;
    else if (content) score -= CONTENT_PENALTY;
    out.push({ x, score });
  }
  return out;
}

/** Salience lost by a mention of a Konjunktiv sentence that goes on with the last report (see {@link continuesReport}). */
const CONTENT_PENALTY = 6;

/**
 * "»…«, sagte Woodward. Seit Oktober sei die Stadt abgeschnitten. Sie rief alle Staaten auf, …": sentence s opens with a
 * main clause in Konjunktiv, so it goes on with the report before it (where Konjunktiv marks reported speech, see
 * `grammar.subjunctiveReports`); its mentions are what the speaker talked about, and a pronoun after it is the speaker.
 */
function continuesReport(c: QuoteContext, s: number): boolean {
  const span = c.sentTokens[s];
  return c.lex.grammar.subjunctiveReports && span !== undefined && span[0] <= span[1] && startsMainClauseInKonjunktiv(c, span[0], span[1]);
}

/**
 * "Wadephul stellte sich hinter Kallas: Deutschland stehe …, sagte er": a colon outside quotes between token `last` and
 * the frame at `frame` ends an introduction before the reported clause, so what stands before it is no part of what was
 * said and may be what the pronoun of the frame refers to. False with no frame (`frame` < 0).
 */
function introducesClause(c: QuoteContext, last: number, frame: number): boolean {
  for (let k = last + 1; k < frame; k++) if (c.toks[k]!.text === ':' && c.inQuote[k] === -1) return true;
  return false;
}

/**
 * The subject of sentence s (the first candidate not governed by a preposition) when it names a
 * speaker: an entity id with its span and whether it is a person. Null otherwise.
 */
export function sentenceSubject(c: QuoteContext, s: number): { speaker: string; span: Span; person: boolean } | null {
  const list = candidatesOf(c, s);
  for (const x of list) {
    if (isGoverned(c, x.first) || possessorOfNext(c, x, list)) continue;
    return x.speaker !== null ? { speaker: x.speaker, span: x.span, person: x.kind === 'PER' && c.entityType(x.speaker) === 'PER' } : null;
  }
  return null;
}

/**
 * The subject of sentence s as {@link sentenceSubject} reads it, or — when the subject is an
 * institution phrase no entity stands for ("Der Verband kündigte Streiks an.") — the state or
 * organisation that phrase refers back to (see {@link phraseReferent}), with the phrase's span.
 */
export function subjectReferent(c: QuoteContext, s: number, last: LastSpeaker | null): { speaker: string; span: Span } | null {
  const list = candidatesOf(c, s);
  for (const x of list) {
    if (isGoverned(c, x.first) || possessorOfNext(c, x, list)) continue;
    if (x.speaker !== null) return { speaker: x.speaker, span: x.span };
    if (x.kind !== 'GROUP') return null;
    const speaker = phraseReferent(c, s, x.first, x.last, last);
    return speaker !== null ? { speaker, span: x.span } : null;
  }
  return null;
}

/**
 * "The EU's General Court struck down …": a named candidate with a possessive mark after it whose next
 * candidate, an organisation named, follows right after the mark is that organisation's possessor, no
 * subject of its own ("Haiti's prime minister", an office no entity stands for, keeps the possessor).
 */
function possessorOfNext(c: QuoteContext, x: Candidate, list: readonly Candidate[]): boolean {
  if (x.speaker === null || !endsInPossessive(c.lex, c.doc.text, x.span)) return false;
  const next = list.find((y) => y.first > x.last);
  if (!next || next.speaker === null || next.speaker === x.speaker || c.entityType(next.speaker) !== 'ORG' || next.first - x.last > 2) return false;
  for (let k = x.last + 1; k < next.first; k++) if (c.toks[k]!.kind === 'word' && !isPossessiveMark(c.lex, c.toks[k]!.text)) return false;
  return true;
}

/**
 * The subject a participle adjunct after a comma shares (", saying …", ", accusing Paris of “…”"):
 * the subject of sentence si as {@link subjectReferent} reads it, when it stands before offset `before`.
 */
export function adjunctSubject(c: QuoteContext, si: number, last: LastSpeaker | null, before: number): { speaker: string; span: Span } | null {
  const subj = subjectReferent(c, si, last);
  return subj && subj.span.start < before ? subj : null;
}

/** The person who is the subject of sentence s (see {@link sentenceSubject}), or null. */
export function personSubject(c: QuoteContext, s: number): { speaker: string; span: Span } | null {
  const x = sentenceSubject(c, s);
  return x?.person ? x : null;
}

/** "X und Y": the first of two coordinated mentions stands for the group. */
function coordinated(c: QuoteContext, x: Candidate): boolean {
  const n = c.toks[x.last + 1];
  return n !== undefined && c.lex.coordinators.has(n.lower);
}

/** The mention is governed by a preposition or genitive article (skipping determiners, titles, role nouns and adjectives). */
function isGoverned(c: QuoteContext, first: number): boolean {
  const sentence = c.toks[first]?.sentence;
  // "In Arawa, the region's largest town, …": a phrase apposed after a comma to a governed mention of the same entity is
  // governed with it (not so a new name after the comma: "After meeting Macron, Merkel said")
  if (sentence !== undefined && c.isComma(first - 1)) {
    const list = c.mentionsBySentence[sentence] ?? [];
    const own = list.find((m) => m.first === first);
    const before = own?.entity !== undefined ? list.find((m) => m.last === first - 2 && m.entity === own.entity) : undefined;
    if (before && isGoverned(c, before.first)) return true;
  }
  for (let k = first - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const t = c.toks[k]!;
    if (t.sentence !== sentence || t.kind !== 'word') return false;
    // ("vor allem Christian Schmidt": a fixed adverbial phrase governs nothing after it)
    if (c.lex.prepositions.has(t.lower) && c.lex.adverbialPhrases.has(`${t.lower} ${c.toks[k + 1]?.lower ?? ''}`)) return false;
    if (c.lex.prepositions.has(t.lower) || c.lex.genitiveMarkers.has(t.lower)) return true;
    if (c.lex.determiners.has(t.lower) || c.lex.femaleTitles.has(t.lower) || c.lex.maleTitles.has(t.lower) || roleGender(c, k) !== undefined) continue;
    // a lower-case adjective ("der sudanesischen") or a capitalised title word ("Secretary of State")
    if (isLower(t) && !c.lex.verbs.has(t.lower) && !c.lex.pronouns.has(t.lower) && !c.lex.coordinators.has(t.lower)) continue;
    return false;
  }
  return false;
}

/** Letters a noun must have before a person ending (`personEndings`). */
const MIN_STEM = 3;

/** `roleGender` results as stored in `QuoteContext.roleCodes` (index = code; 0 = not computed). */
const ROLE_CODES = [undefined, undefined, null, 'm', 'f'] as const;

/** Gender of a role noun at token k ('m', 'f', null = either), undefined when it is none (cached per token). */
export function roleGender(c: QuoteContext, k: number): 'm' | 'f' | null | undefined {
  const code = c.roleCodes[k];
  if (code === undefined) return undefined;
  if (code !== 0) return ROLE_CODES[code];
  const g = computeRoleGender(c, k);
  c.roleCodes[k] = g === undefined ? 1 : g === null ? 2 : g === 'm' ? 3 : 4;
  return g;
}

function computeRoleGender(c: QuoteContext, k: number): 'm' | 'f' | null | undefined {
  const t = c.toks[k];
  if (!t || t.kind !== 'word') return undefined;
  const hit = c.lex.roleNouns.get(t.lower);
  if (hit !== undefined) return hit;
  // German compounds: "Regierungssprecherin", "Außenamtschef" (capitalised nouns only)
  if (c.lex.grammar.closedCompounds && !isLower(t)) {
    for (let i = 1; i < t.lower.length - 5; i++) {
      const tail = c.lex.roleNouns.get(t.lower.slice(i));
      if (tail !== undefined) return tail;
    }
    // inflected forms: "des Präsidenten", "dem Botschafter", "des Ministers" (also in compounds; quote-cues `nounCaseEndings`)
    for (const e of c.lex.nounCaseEndings) {
      if (!t.lower.endsWith(e) || t.lower.length - e.length < 4) continue;
      const stem = t.lower.slice(0, -e.length);
      for (let i = 0; i < stem.length - 3; i++) {
        const hit = c.lex.roleNouns.get(stem.slice(i));
        if (hit !== undefined && (i === 0 || stem.length - i >= 6)) return hit;
      }
    }
    // nouns of agents no list can hold ("der Jurist", "die Soziologin", "der Verfassungsrechtler"):
    // by their ending, with a stem of three letters at least ("Frist" is none)
    for (const e of c.lex.personEndings) if (t.lower.length - e.ending.length >= MIN_STEM && t.lower.endsWith(e.ending)) return e.gender;
  }
  // a hyphenated compound on a number or word ("the 48-year-old")
  if (!c.lex.grammar.closedCompounds) for (const e of c.lex.personEndings) if (e.ending.startsWith('-') && t.lower.length > e.ending.length && t.lower.endsWith(e.ending)) return e.gender;
  return undefined;
}

/** Speaker candidates of a sentence in text order: entity mentions (outside quotes) and unnamed office-holders. */
function candidatesOf(c: QuoteContext, s: number): Candidate[] {
  const out: Candidate[] = [];
  const list = (c.mentionsBySentence[s] ?? []).filter((m) => c.inQuote[m.first] === -1 && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE'));
  for (const m of list) {
    if (m.mention.kind === 'adjective') continue;
    if (m.mention.kind === 'pronoun' && m.entity === undefined) {
      // an earlier pronoun is a subject too ("Er traf … Danach erklärte er"): it stands for its own referent
      const agr = agreementOf(c, m.first);
      if (agr === null) continue;
      const speaker = c.memo(`pron:${m.first}`, null, () => resolvePronoun(c, s, m.first, agr, null)?.speaker ?? null);
      const gender = agr === 'm' || agr === 'f' ? agr : null;
      out.push({ speaker, span: { start: m.mention.start, end: m.mention.end }, first: m.first, last: m.last, gender, kind: agr === 'm' || agr === 'f' ? 'PER' : 'GROUP', sentence: s });
      continue;
    }
    if (m.entity === undefined && m.mention.kind !== 'description') continue;
    const span = { start: m.mention.start, end: m.mention.end };
    if (m.type === 'PER') {
      const speaker = m.entity ?? apposedPerson(c, s, m.last) ?? officeOf(c, s, m.first, m.last);
      out.push({ speaker, span, first: m.first, last: m.last, gender: m.entity ? genderOf(c, m.entity) : mentionGender(c, m), kind: 'PER', sentence: s });
    } else out.push({ speaker: m.entity ?? null, span, first: m.first, last: m.last, gender: groupGender(c, m.first), kind: 'GROUP', sentence: s });
  }
  const [a, b] = c.sentTokens[s] ?? [1, 0];
  // an institution the entity layer left unlinked: "Die Regierung in Ankara", "the foreign ministry"
  for (let k = a; k <= b; k++) {
    if (c.inQuote[k] !== -1 || !isInstitution(c, k) || list.some((m) => m.first <= k && m.last >= k)) continue;
    let st = k;
    while (st - 1 >= a && c.inQuote[st - 1] === -1 && (c.lex.determiners.has(c.toks[st - 1]!.lower) || isModifier(c, st - 1))) st--;
    const d = c.toks[st]!;
    if (!c.lex.determiners.has(d.lower) && !c.lex.possessives.has(d.lower)) continue;
    if (c.lex.indefiniteDeterminers.has(d.lower)) continue;
    out.push({ speaker: officeOf(c, s, st, k), span: { start: d.start, end: c.toks[k]!.end }, first: st, last: k, gender: groupGender(c, st), kind: 'GROUP', sentence: s });
  }
  // an office-holder the entity layer left unlinked: "Der Botschafter", "the Sudanese ambassador"
  for (let k = a; k <= b; k++) {
    if (c.inQuote[k] !== -1) continue;
    const g = roleGender(c, k);
    if (g === undefined) continue;
    if (list.some((m) => m.first <= k && m.last >= k)) continue;
    // a title before a name ("Botschafter Ali Khan"): the name is the candidate
    if (list.some((m) => m.first === k + 1 && m.type === 'PER')) continue;
    // a capitalised title run before the name ("Secretary of State Antony Blinken")
    if (titleBeforeName(c, k, list)) continue;
    let st = k;
    // (a possessive opens the phrase as an article does: "Sein Anwalt")
    while (st - 1 >= a && c.inQuote[st - 1] === -1 && (c.lex.determiners.has(c.toks[st - 1]!.lower) || c.lex.possessives.has(c.toks[st - 1]!.lower) || isModifier(c, st - 1))) st--;
    const d = c.toks[st]!;
    // a bare role noun with no article ("Botschafter werden einbestellt") is generic
    if (!c.lex.determiners.has(d.lower) && !c.lex.possessives.has(d.lower) && st === k && c.lex.grammar.capitalisedNouns) continue;
    if (c.lex.indefiniteDeterminers.has(d.lower)) continue;
    out.push({ speaker: titledPerson(c, s, k) ?? apposedPerson(c, s, k) ?? officeOf(c, s, st, k), span: { start: d.start, end: c.toks[k]!.end }, first: st, last: k, gender: g, kind: 'PER', sentence: s });
  }
  // a plural noun phrase opening the sentence before its plural verb ("Die Arbeitgeber lehnten das
  // ab."): a group no entity stands for, but it is what a following "sie" refers to
  const n = c.toks[a + 1];
  if (a + 2 <= b && c.lex.feminineDeterminers.has(c.toks[a]!.lower) && n && n.kind === 'word' && !isLower(n) &&
    c.inQuote[a] === -1 && !list.some((m) => m.first <= a + 1 && m.last >= a) && !out.some((x) => x.first <= a + 1 && x.last >= a) && pluralVerb(c, a + 2, s)) {
    out.push({ speaker: null, span: { start: c.toks[a]!.start, end: n.end }, first: a, last: a + 1, gender: null, kind: 'GROUP', sentence: s });
  }
  return out.sort((x, y) => x.first - y.first);
}

/**
 * "Die Regierungschefin von Samoa, Fiamē Naomi Mataʻafa, hat …": the named person apposed between
 * commas to the role phrase that ends at token `last` (after the office's own attachment, "von Samoa",
 * "of Fiji"), also when up to two capitalised words of the name were left out of the mention. Null
 * when no such apposition follows.
 */
function apposedPerson(c: QuoteContext, s: number, last: number): string | null {
  const [, b] = c.sentTokens[s] ?? [1, 0];
  let k = last + 1;
  for (let n = 0; k <= b && !c.isComma(k); k++, n++) {
    const t = c.toks[k]!;
    if (n >= 5 || t.kind !== 'word' || c.inQuote[k] !== -1) return null;
    const w = t.lower;
    if (!(isCap(t) || c.lex.officePrepositions.has(w) || c.lex.genitiveMarkers.has(w) || c.lex.determiners.has(w))) return null;
  }
  if (k > b) return null;
  const list = c.mentionsBySentence[s] ?? [];
  k++;
  for (let n = 0; n <= 2; n++, k++) {
    const m = list.find((x) => x.first === k);
    if (m) return m.type === 'PER' && m.entity !== undefined && m.mention.kind === 'name' && c.isComma(m.last + 1) ? m.entity : null;
    const t = c.toks[k];
    if (!t || t.sentence !== s || t.kind !== 'word' || !isCap(t) || c.lex.determiners.has(t.lower) || roleGender(c, k) !== undefined) return null;
  }
  return null;
}

/** The role noun at k opens a capitalised title that runs into a person's name ("Secretary of State Antony Blinken", "Prime Minister X"). */
function titleBeforeName(c: QuoteContext, k: number, list: readonly MentionRef[]): boolean {
  const t = c.toks[k]!;
  if (isLower(t)) return false;
  for (let j = k + 1; j <= k + 4; j++) {
    const w = c.toks[j];
    if (!w || w.sentence !== t.sentence || w.kind !== 'word' || c.inQuote[j] !== -1) return false;
    if (list.some((m) => m.first === j && m.type === 'PER')) return true;
    if (isLower(w) && !c.lex.titleLinkers.has(w.lower)) return false;
  }
  return false;
}

/** 'f' when the phrase opening at token k has a feminine article ("die Regierung", "die Türkei"). */
function groupGender(c: QuoteContext, k: number): 'f' | null {
  const t = c.toks[k];
  if (t && c.lex.feminineDeterminers.has(t.lower)) return 'f';
  const p = c.toks[k - 1];
  return p && p.sentence === t?.sentence && c.lex.feminineDeterminers.has(p.lower) ? 'f' : null;
}

/** An adjective or national name before a role noun ("sudanesische", "Sudanese", "foreign"). */
function isModifier(c: QuoteContext, k: number): boolean {
  const t = c.toks[k]!;
  if (t.kind !== 'word' || c.lex.prepositions.has(t.lower) || c.lex.verbs.has(t.lower) || c.lex.pronouns.has(t.lower) || c.lex.coordinators.has(t.lower)) return false;
  if (c.lex.subordinators.has(t.lower) || c.lex.complementizers.has(t.lower) || c.lex.relativePronouns.has(t.lower)) return false;
  // German adjectives are lower case; English ones may be capitalised ("Sudanese")
  return isLower(t) || c.lex.grammar.capitalisedAdjectives;
}

/**
 * The state or organisation an unnamed office-holder at tokens [first, last] acts for: a GPE/ORG
 * mention inside the phrase ("der sudanesische Botschafter") or attached after it ("des Sudan",
 * "of Sudan", "in Hanoi"); else the one of the same office named in the sentences before
 * ("den sudanesischen Botschafter … Der Botschafter").
 */
export function officeOf(c: QuoteContext, s: number, first: number, last: number, depth = 0): string | null {
  return c.memo(`office:${s}:${first}:${last}:${depth}`, null, () => officeOfUncached(c, s, first, last, depth));
}

function officeOfUncached(c: QuoteContext, s: number, first: number, last: number, depth: number): string | null {
  const list = c.mentionsBySentence[s] ?? [];
  const org = (m: MentionRef): boolean => m.entity !== undefined && (m.type === 'GPE' || m.type === 'ORG');
  // "its ambassador", "seine Botschafterin": the owner the possessive refers to
  // (a state or organisation: a person's lawyer, "Sein Anwalt", does not act for that person's state)
  for (let k = first; k < last; k++) {
    const agr = c.lex.possessives.get(c.toks[k]!.lower);
    if (agr === undefined) continue;
    const r = resolvePronoun(c, s, k, agr, null);
    if (r?.speaker && c.entityType(r.speaker) !== 'PER') return r.speaker;
    if (r?.speaker) return null;
  }
  // (of several, the one nearest the office noun: "A U.S. State Department spokesperson" is the State Department's)
  const inside = list.filter((m) => org(m) && m.first >= first && m.last <= last).pop();
  if (inside) return inside.entity ?? null;
  // "Die US-Botschaft in Guatemala-Stadt": a state or organisation joined to the office noun by a hyphen owns it (not the place after it)
  const head = c.toks[last]!;
  const hyphen = head.text.indexOf('-');
  if (hyphen > 0 && hyphen < head.text.length - 1) {
    const owner = c.entityBySurface(head.text.slice(0, hyphen));
    if (owner !== undefined && (c.entityType(owner) === 'GPE' || c.entityType(owner) === 'ORG')) return owner;
  }
  const after = list.find((m) => org(m) && m.first > last && m.first <= last + 3 && attachedAfter(c, last, m.first));
  if (after) return after.entity ?? null;
  // "Die Weltbank begrüßte die Pläne. Ein Vertreter der Bank …": an organisation noun with its article right
  // after the office is the organisation the text introduced with that noun
  const noun = c.toks[last + 2];
  // (in the genitive too: "ein Sprecher des Konzerns" after "der Konzern X")
  const stem = noun ? organisationStem(c, noun.lower) : '';
  if (noun && noun.sentence === s && c.lex.determiners.has(c.toks[last + 1]!.lower) && (isOrganisationNoun(c, last + 2) || stem !== noun.lower)) {
    const id = introducedAs(c, s, noun.lower) ?? (stem !== noun.lower ? introducedAs(c, s, stem) : null);
    if (id !== null) return id;
    // "Der Autobauer Volkswagen … Ein Sprecher des Unternehmens": a generic noun of a company is the company named last
    if (c.lex.companyNouns.has(stem)) {
      const named = namedCompanyBefore(c, s, last);
      if (named !== null) return named;
    }
  }
  if (depth > 0) return null;
  for (let p = s - 1; p >= Math.max(0, s - WINDOW); p--) {
    const [a, b] = c.sentTokens[p] ?? [1, 0];
    for (let k = b; k >= a; k--) {
      if (c.inQuote[k] !== -1 || !sameRole(c.toks[k]!.lower, head.lower)) continue;
      let st = k;
      while (st - 1 >= a && (c.lex.determiners.has(c.toks[st - 1]!.lower) || isModifier(c, st - 1))) st--;
      const hit = officeOf(c, p, st, k, 1);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Gender of the noun phrase a name at token `first` is apposed to after a comma: the first role noun
 * after the phrase's article ("Die Schwester des Machthabers, Kim Yo Jong"; "His wife, X"), or null.
 */
function appositionGender(c: QuoteContext, first: number): 'm' | 'f' | null {
  if (!c.isComma(first - 1)) return null;
  const s = c.toks[first]!.sentence;
  let a = first - 2;
  while (a > first - 8 && a - 1 >= 0 && c.toks[a - 1]!.sentence === s && !c.isComma(a - 1) && c.inQuote[a - 1] === -1) a--;
  const d = c.toks[a];
  if (!d || d.sentence !== s) return null;
  // (opened by an article or possessive, or by a possessor's name: "Kim Jong Un's sister, Kim Yo Jong")
  let k = a;
  if (c.lex.determiners.has(d.lower) || c.lex.possessives.has(d.lower)) k = a + 1;
  else {
    while (k < first - 1 && endingClitic(c.lex, c.toks[k]!.text) === undefined) k++;
    k++;
  }
  for (const end = Math.min(first - 2, k + 2); k <= end; k++) {
    const g = roleGender(c, k);
    if (g !== undefined) return g;
  }
  return null;
}

/**
 * The named person a bare title at token `head` of sentence si refers back to: the nearest person
 * mention, in this sentence before the title or in an earlier one, that carries the same title
 * right before the name or inside it ("Handelskommissar Maroš Šefčovič … Der Kommissar",
 * "Federal Reserve Chair Jerome Powell … the Fed chair"). Null when no person had that title.
 */
export function titledPerson(c: QuoteContext, si: number, head: number): string | null {
  const h = c.toks[head];
  if (!h || roleGender(c, head) === undefined) return null;
  const word = h.lower;
  const former = isFormer(c, head);
  return c.memo(`titled:${si}:${head}`, null, () => {
    for (let s = si; s >= 0; s--) {
      const list = (c.mentionsBySentence[s] ?? []).filter((m) => m.type === 'PER' && m.entity !== undefined && m.mention.kind === 'name' && (s < si || m.last < head));
      for (let j = list.length - 1; j >= 0; j--) {
        const m = list[j]!;
        for (let k = m.last - 1; k >= m.first - 3 && k >= 0; k--) {
          const t = c.toks[k]!;
          if (t.sentence !== s || k === head) break;
          // ("Präsident Luis Arce … der frühere Präsident": an office put in the past is someone else's)
          if (t.kind === 'word' && hasTitle(c, t.lower, !isLower(t), word) && isFormer(c, k) === former) return m.entity ?? null;
        }
      }
    }
    return null;
  });
}

/** The role noun at token k is put in the past by a word right before it or a prefix ("der frühere Präsident", "Ex-Präsident", "the former president"). */
function isFormer(c: QuoteContext, k: number): boolean {
  const t = c.toks[k]!;
  for (const w of c.lex.formerWords) if (w.endsWith('-') && t.lower.startsWith(w) && t.lower.length > w.length) return true;
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    const p = c.toks[j]!;
    if (p.sentence !== t.sentence || p.kind !== 'word') return false;
    if (c.lex.formerWords.has(p.lower)) return true;
  }
  return false;
}

/** A title word names the office `word`: the same noun, an inflected form, or (German) a compound ending in it ("Handelskommissar"). */
export function hasTitle(c: QuoteContext, w: string, capitalised: boolean, word: string): boolean {
  if (sameRole(w, word)) return true;
  return c.lex.grammar.closedCompounds && capitalised && w.length > word.length + 2 && w.endsWith(word);
}

/** "Botschafter" and "Botschafters"/"Botschafterin" name the same office. */
function sameRole(w: string, head: string): boolean {
  return w === head || (w.startsWith(head) && w.length - head.length <= 2) || (head.startsWith(w) && head.length - w.length <= 2);
}

/** Only determiners, adjectives and one preposition or genitive article lie between the role noun and the mention. */
function attachedAfter(c: QuoteContext, last: number, first: number): boolean {
  for (let k = last + 1; k < first; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word') return false;
    if (c.lex.genitiveMarkers.has(t.lower) || c.lex.determiners.has(t.lower) || c.lex.officePrepositions.has(t.lower)) continue;
    // (an adjective; not a preposition or addressee marker of the verb: "der Jurist gegenüber der BBC")
    if (isLower(t) && !c.lex.verbs.has(t.lower) && !c.lex.prepositions.has(t.lower) && !c.lex.addresseeMarkers.has(t.lower)) continue;
    return false;
  }
  return true;
}

/** Gender of an unlinked person description from its role noun ("die Ministerin"). */
function mentionGender(c: QuoteContext, m: MentionRef): 'm' | 'f' | null {
  for (let k = m.last; k >= m.first; k--) {
    const g = roleGender(c, k);
    if (g !== undefined) return g;
  }
  return null;
}

/**
 * Gender of a person entity, when the article shows it: a known given name in an alias, a gendered
 * role noun or form of address in a description or right before a mention ("Außenministerin Petra
 * Vogt", "Ms. Marsh"). Null when unknown (compatible with either pronoun).
 */
export function genderOf(c: QuoteContext, id: string): 'm' | 'f' | null {
  return c.memoGender(id, () => {
    const e = c.doc.entity(id);
    if (!e || e.type !== 'PER') return null;
    for (const a of e.aliases) {
      const g = c.lex.givenNames.get(a.split(/\s+/u)[0]!.toLowerCase());
      if (g) return g;
    }
    for (const i of e.mentions) {
      const m = c.doc.get('mentions')[i];
      if (!m) continue;
      const first = c.tokenAt(m.start);
      const last = c.tokenBefore(m.end);
      for (let k = Math.max(0, first - 2); k <= last; k++) {
        const t = c.toks[k];
        if (!t || (k < first && t.sentence !== c.toks[first]?.sentence)) continue;
        if (c.lex.femaleTitles.has(t.lower)) return 'f';
        if (c.lex.maleTitles.has(t.lower)) return 'm';
        const g = roleGender(c, k);
        if (g) return g;
      }
      // "Die Schwester des Machthabers, Kim Yo Jong, …": the head noun of the phrase the name is apposed to
      const g = appositionGender(c, first);
      if (g) return g;
    }
    return null;
  });
}

/**
 * The speaker an unlinked speaker phrase stands for (tokens [first, last] of sentence si): "her
 * office", "sein Sprecher" → the owner the possessive refers to; "the ambassador", "das
 * Ministerium in Wien" → the state or organisation the office belongs to (see {@link officeOf});
 * an institution with none attached ("the foreign ministry") → the state that is the salient
 * subject of the last sentences. Null when the phrase is no office or nothing fits.
 */
export function phraseReferent(c: QuoteContext, si: number, first: number, last: number, lastSpeaker: LastSpeaker | null): string | null {
  let head = -1;
  for (let k = first; k <= last; k++) if (roleGender(c, k) !== undefined || isInstitution(c, k)) head = k;
  if (head < 0) return null;
  // "Carney's office", "Putins Sprecher": a named possessor owns the office and speaks through it
  // (only an institution or office does: "Sein Anwalt", "seine Tochter" is someone else, whom the text does not name)
  const speaksForOwner = isInstitution(c, head) || isOfficeNoun(c, head);
  // ("President Lai's office said", "teilte ihr Ministerium mit": a person's institution is the body the person holds office in)
  // (a state's institution, not an organisation's: "his party said" stays with the person)
  const institution = isInstitution(c, head) && !isOrganisationNoun(c, head);
  const owner = possessorOf(c, first, head);
  if (owner !== null) return speaksForOwner ? (institution ? personsBody(c, owner) : owner) : null;
  for (let k = first; k < head; k++) {
    const agr = c.lex.possessives.get(c.toks[k]!.lower);
    if (agr === undefined) continue;
    if (!speaksForOwner) return null;
    const r = resolvePronoun(c, si, k, agr === 'f|pl' ? 'f|pl' : agr, lastSpeaker);
    return r?.speaker ? (institution ? personsBody(c, r.speaker) : r.speaker) : null;
  }
  // (not after an indefinite article: "an analyst said" is someone new, not the analyst named before)
  if (!isInstitution(c, head) && !c.lex.indefiniteDeterminers.has(c.toks[first]!.lower)) {
    const person = titledPerson(c, si, head);
    if (person !== null) return person;
  }
  // "A Commission spokesperson": a capitalised word before an office names its organisation (an
  // alias, or the head noun of exactly one organisation's name) — after a person with that title
  for (let k = first; k < head; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || !isCap(t) || c.lex.determiners.has(t.lower) || c.inQuote[k] !== -1) continue;
    const id = c.entityBySurface(t.text) ?? c.entityByHead(t.text);
    if (id !== undefined && (c.entityType(id) === 'ORG' || c.entityType(id) === 'GPE')) return id;
  }
  // "sagte der Jurist der Zeitung X": a noun for a person that names no office acts for nobody, so
  // an organisation after it is rather the addressee; it refers back to the person the text is about first
  const descriptor = !isInstitution(c, head) && !isOfficeNoun(c, head);
  const described = descriptor ? describedPerson(c, si, first, head, lastSpeaker) : null;
  if (described !== null) return described;
  // "Nach Angaben der Guardia Civil hatten … Etwa 400 seien zurückgeschickt worden, teilte die Behörde mit": a definite
  // organisation noun right after a report whose source was a named organisation (this sentence or the one before) is that
  // source, before an office named earlier with the noun ("die marokkanischen Behörden")
  if (isInstitution(c, head) && isOrganisationNoun(c, head) && c.lex.determiners.has(c.toks[first]!.lower) && !c.lex.indefiniteDeterminers.has(c.toks[first]!.lower) &&
    lastSpeaker?.speaker && si - lastSpeaker.sentence <= 1 && si >= lastSpeaker.sentence && c.entityType(lastSpeaker.speaker) === 'ORG' && c.hasName(lastSpeaker.speaker)) {
    return lastSpeaker.speaker;
  }
  const own = officeOf(c, si, first, head);
  if (own !== null) return own;
  if (!isInstitution(c, head)) return descriptor ? null : describedPerson(c, si, first, head, lastSpeaker) ?? officialState(c, si, first, head);
  // "die Behörde", "the company": an organisation; "die Regierung", "the ministry": a state
  const want = isOrganisationNoun(c, head) ? 'ORG' : 'GPE';
  // "Die Gewerkschaft Verdi rief zum Streik auf. … Die Gewerkschaft dementierte, …": the organisation
  // the text introduced with the same noun, however far back (before a nearer organisation named otherwise);
  // so also for a state organ's noun that an organisation's name ends in ("die Elektrizitätskommission … die Kommission")
  {
    const named = introducedAs(c, si, c.toks[head]!.lower);
    if (named !== null) return named;
  }
  // (a group no entity stands for, "Die Schiffe hätten …", is no antecedent of an institution)
  // (nor is anything in a reported clause the phrase frames from after its comma: "… in El Alto, the ombudsman's office said")
  const r = resolvePronoun(c, si, first, 'pl', null, 2, true, c.isComma(first - 1) ? first : -1);
  if (r?.speaker !== null && r?.speaker !== undefined && c.entityType(r.speaker) === want) return r.speaker;
  // an authority with no organisation before it ("der Katastrophenschutzbehörde") is the state's
  if (want === 'ORG' && r?.speaker && c.entityType(r.speaker) === 'GPE') return r.speaker;
  // a state organ with nothing salient before it ("According to the prosecutor's office, …" sentences after the
  // state was named) is the organ of the state the article is about
  return want === 'GPE' && !r?.speaker ? c.memo('dominant-state', null, () => dominantState(c)) : null;
}

/**
 * The state the article is about: the state with the most mentions outside quotes, named at least
 * twice and more often than any other; null when none stands out.
 */
function dominantState(c: QuoteContext): string | null {
  const mentions = c.doc.get('mentions');
  const counts = new Map<string, number>();
  for (const e of c.doc.get('entities')) {
    if (e.type !== 'GPE') continue;
    const outside = e.mentions.filter((i) => {
      const m = mentions[i];
      const k = m ? c.tokenAt(m.start) : -1;
      return k >= 0 && c.inQuote[k] === -1;
    }).length;
    if (outside > 0) counts.set(e.id, outside);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [top, second] = ranked;
  return top && top[1] >= 2 && (!second || top[1] > second[1]) ? top[0] : null;
}

/**
 * "Ein Regierungssprecher erklärte …", "a government spokesman said": an office-holder of a state institution
 * the phrase names only by its noun (a German compound of a `institutionNouns` noun that is no
 * `organisationNouns` one and a role noun; English the noun right before the role noun), with nothing else
 * that says whose, speaks for the state the last sentences are about (see {@link resolvePronoun}), else for
 * the state the article is about; null for any other phrase or when no state stands out.
 */
export function stateInstitutionOffice(c: QuoteContext, si: number, first: number, head: number): string | null {
  const t = c.toks[head];
  if (!t || t.kind !== 'word' || roleGender(c, head) === undefined || isInstitution(c, head)) return null;
  const stateNoun = (w: string): boolean => c.lex.institutionNouns.has(w) && !c.lex.organisationNouns.has(w);
  let found = false;
  if (c.lex.grammar.closedCompounds) {
    if (isLower(t)) return null;
    for (const n of c.lex.institutionNouns) if (n.length >= 4 && stateNoun(n) && t.lower.startsWith(n) && t.lower.length - n.length >= 5) found = true;
  } else {
    const p = c.toks[head - 1];
    found = head - 1 >= first && p !== undefined && p.sentence === t.sentence && isLower(p) && stateNoun(p.lower);
  }
  if (!found) return null;
  const r = resolvePronoun(c, si, first, 'pl', null, 2, true);
  if (r?.speaker && c.entityType(r.speaker) === 'GPE') return r.speaker;
  return c.memo('dominant-state', null, () => dominantState(c));
}

/**
 * "A senior official, who asked not to be named, said …", "Ein ranghoher Beamter sagte …": an official
 * noun (quote-cues `officialNouns`; German compounds ending in one) in a phrase that says nothing of
 * whose speaks for the state the last sentences are about — the most salient state before token
 * `first` (see {@link resolvePronoun}); null for any other noun or when no state is salient.
 */
export function officialState(c: QuoteContext, si: number, first: number, head: number): string | null {
  const t = c.toks[head];
  if (!t || t.kind !== 'word') return null;
  if (!c.lex.officialNouns.has(t.lower) && !(c.lex.grammar.closedCompounds && !isLower(t) && endsInEntry(t.lower, c.lex.officialNouns, 6))) return null;
  const r = resolvePronoun(c, si, first, 'pl', null, 2, true);
  return r?.speaker && c.entityType(r.speaker) === 'GPE' ? r.speaker : null;
}

/**
 * "sagte der General", "Der frühere General forderte …": a definite description whose role noun is
 * no title of anyone named and no office named before refers back, like a pronoun, to the named
 * person the last sentences are about — the subject of the nearest sentence (this one before the
 * phrase, or up to three before), gender permitting, the last quote's speaker preferred. Null after
 * an indefinite article ("ein Sprecher": someone new) or when the same role noun was used before
 * for someone unnamed ("den Botschafter … der Botschafter").
 */
export function describedPerson(c: QuoteContext, si: number, first: number, head: number, last: LastSpeaker | null, given: 'm' | 'f' | null = null): string | null {
  const d = c.toks[first];
  if (!d || !c.lex.determiners.has(d.lower) || c.lex.indefiniteDeterminers.has(d.lower) || head === first) return null;
  const word = c.toks[head]!.lower;
  const gender = roleGender(c, head) ?? given;
  // "Die Richter befanden, …": a masculine role noun after an article that never opens a masculine singular
  // subject (German "die") is a plural, a group of people, not the one person named before
  const agr = c.lex.subjectArticleAgreement.get(d.lower);
  if (roleGender(c, head) === 'm' && agr !== undefined && agr !== 'm' && agr.includes('pl')) return null;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (let s = si; s >= Math.max(0, si - WINDOW); s--) {
    const [a, b] = c.sentTokens[s] ?? [1, 0];
    for (let k = a; k <= Math.min(b, s === si ? first - 1 : b); k++) {
      if (c.inQuote[k] === -1 && sameRole(c.toks[k]!.lower, word) && !(c.mentionsBySentence[s] ?? []).some((m) => m.type === 'PER' && m.entity !== undefined && m.first <= k + 3 && m.last >= k)) return null;
    }
    for (const { x, score } of salient(c, si, s, first, -1, last)) {
      if (x.kind !== 'PER' || x.speaker === null || c.entityType(x.speaker) !== 'PER' || (gender !== null && x.gender !== null && x.gender !== gender)) continue;
      if (score > bestScore) {
        bestScore = score;
        best = x.speaker;
      }
    }
  }
  return bestScore >= 2 ? best : null;
}

/**
 * The state or organisation a person holds office in (a role of the entity layer with its body: from the
 * text first, else from the knowledge base): "President Lai Ching-te … his office said" is Taiwan's, "EU foreign
 * policy chief Kaja Kallas … her office said" the EU's. Any entity that is no person, or a person with no
 * such role, as given.
 */
export function personsBody(c: QuoteContext, id: string): string {
  if (c.entityType(id) !== 'PER') return id;
  const roles = c.doc.entity(id)?.roles ?? [];
  // (a role that ended before the article's date is none: "former president")
  const on = c.doc.meta.published?.slice(0, 10) ?? null;
  const current = (to: string | null | undefined): boolean => to === null || to === undefined || on === null || to >= on;
  // (a body inferred from the article's opening, not written with the office, is too weak to move a quote off the person)
  const body = (src: 'text' | 'kb'): string | undefined => roles.find((r) => r.source === src && r.of !== undefined && !r.ofInferred && current(r.to) && (c.entityType(r.of) === 'GPE' || c.entityType(r.of) === 'ORG'))?.of;
  return body('text') ?? body('kb') ?? id;
}

/** The entity a possessive name before the head at token `head` names ("Carney's office", "Merz’ Sprecher"), or null. */
function possessorOf(c: QuoteContext, first: number, head: number): string | null {
  const text = c.doc.text;
  for (let k = head - 1; k >= first; k--) {
    const t = c.toks[k]!;
    const end = t.end;
    let name = text.slice(c.toks[first]!.start, end);
    const clitic = endingClitic(c.lex, name);
    if (clitic !== undefined) name = name.slice(0, -clitic.length);
    else if (cliticAt(c.lex, text, end) && k === head - 1) { /* "Carney" + "'s" token */ }
    else continue;
    const words = name.trim().split(/\s+/u);
    // drop a leading determiner ("the Kremlin's")
    if (words.length > 1 && c.lex.determiners.has(words[0]!.toLowerCase())) words.shift();
    const id = c.entityBySurface(words.join(' '));
    if (id !== undefined) return id;
  }
  return null;
}

/** The last organisation before sentence si (or earlier in it) whose name follows the noun `noun` ("die Gewerkschaft Verdi"). */
function introducedAs(c: QuoteContext, si: number, noun: string): string | null {
  for (let s = si; s >= 0; s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (m.entity === undefined || c.entityType(m.entity) !== 'ORG') continue;
      const prev = c.toks[m.first - 1];
      if (prev && prev.sentence === s && prev.lower === noun) return m.entity;
      if (introducingPhrase(c, m.first, noun)) return m.entity;
      const text = m.mention.text.toLowerCase();
      if (text.startsWith(`${noun} `)) return m.entity;
      // (a German compound on the noun: "die Weltbank … die Bank", "der Elektrizitätskommission … die Kommission")
      const tail = text.slice(text.lastIndexOf(' ') + 1);
      if (c.lex.grammar.closedCompounds && m.mention.kind === 'name' && tail.length > noun.length + 2 && tail.endsWith(noun)) return m.entity;
    }
  }
  return null;
}

/** The organisation noun a word is a case form of ("konzerns" → "konzern"; quote-cues `nounCaseEndings`), or the word itself. */
function organisationStem(c: QuoteContext, w: string): string {
  if (c.lex.organisationNouns.has(w)) return w;
  for (const e of c.lex.nounCaseEndings) if (w.endsWith(e) && c.lex.organisationNouns.has(w.slice(0, -e.length))) return w.slice(0, -e.length);
  return w;
}

/**
 * The company a generic company noun refers to: the organisation with a name mentioned last before token `before` of
 * sentence si or in the {@link WINDOW} sentences before it, or null. An organisation the text introduced as a body of
 * another kind ("Die Gewerkschaft IG Metall", "der Verband X", "das Landgericht Köln": an `organisationNouns` noun that is
 * no `companyNouns` noun, before the name or in it) is no company.
 */
export function namedCompanyBefore(c: QuoteContext, si: number, before: number): string | null {
  for (let s = si; s >= Math.max(0, si - WINDOW); s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (m.last < before && m.entity !== undefined && m.mention.kind === 'name' && c.entityType(m.entity) === 'ORG' && !otherBody(c, m)) return m.entity;
    }
  }
  return null;
}

/** The organisation mention names or follows a noun of a body that is no company (see {@link namedCompanyBefore}). */
function otherBody(c: QuoteContext, m: MentionRef): boolean {
  const words = m.mention.text.toLowerCase().split(/[\s-]+/u);
  for (const n of c.lex.organisationNouns) {
    if (c.lex.companyNouns.has(n)) continue;
    if (words.some((w) => w === n || (c.lex.grammar.closedCompounds && w.length > n.length + 2 && w.endsWith(n))) || introducingPhrase(c, m.first, n)) return true;
  }
  return false;
}

/**
 * The name at token `first` follows a phrase headed by `noun` — a German compound ending in it right
 * before the name ("die Regierungspartei Georgischer Traum"), or a phrase it is apposed to after a comma
 * ("Die wichtigste Unabhängigkeitsbewegung Neukaledoniens, die FLNKS"; "the main opposition movement, X").
 */
function introducingPhrase(c: QuoteContext, first: number, noun: string): boolean {
  const s = c.toks[first]!.sentence;
  const heads = (t: Tok | undefined): boolean => t !== undefined && t.sentence === s && t.kind === 'word' &&
    (t.lower === noun || (c.lex.grammar.closedCompounds && !isLower(t) && t.lower.length > noun.length + 2 && t.lower.endsWith(noun)));
  let k = first - 1;
  if (heads(c.toks[k])) return true;
  if (c.lex.determiners.has(c.toks[k]?.lower ?? '')) k--;
  if (!c.isComma(k)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = c.toks[j]!;
    if (t.sentence !== s || c.isComma(j)) return false;
    if (heads(t)) return true;
  }
  return false;
}

/** A head noun of a body named as an organisation of its own, state organs with names included ("die Behörde", "das Gericht", "the company"), compounds included (quote-cues `organisationNouns`). */
function isOrganisationNoun(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  const w = t?.lower ?? '';
  if (c.lex.organisationNouns.has(w)) return true;
  if (!c.lex.grammar.closedCompounds) return false;
  if (endsInEntry(w, c.lex.organisationNouns, 5)) return true;
  // (in the genitive: "des Gerichts", "des Landesverbandes")
  const bare = t && !isLower(t) ? w.replace(/e?s$/u, '') : w;
  return bare !== w && (c.lex.organisationNouns.has(bare) || endsInEntry(bare, c.lex.organisationNouns, 5));
}

/** A noun of an office (grammar.json `personNouns`, German compounds included), not a mere descriptor of a person ("der Jurist", "the analyst"). */
function isOfficeNoun(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word') return false;
  if (c.lex.officeNouns.has(t.lower)) return true;
  return c.lex.grammar.closedCompounds && !isLower(t) && endsInEntry(t.lower, c.lex.officeNouns, 6);
}

/** The word at token k is a noun for a person that names no office or institution ("die Obfrau", "der Politologe", "the analyst"). */
export function isDescriptor(c: QuoteContext, k: number): boolean {
  return roleGender(c, k) !== undefined && !isInstitution(c, k) && !isOfficeNoun(c, k);
}

/** An institution noun ("ministry", "Außenministerium"). */
export function isInstitution(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word') return false;
  if (c.lex.institutionNouns.has(t.lower) || c.lex.organisationNouns.has(t.lower)) return true;
  if (!c.lex.grammar.closedCompounds || isLower(t)) return false;
  // German compounds, also in the genitive ("des Außenministeriums")
  const bare = t.lower.replace(/e?s$/u, '');
  return endsInEntry(t.lower, c.lex.institutionNouns, 5) || endsInEntry(bare, c.lex.institutionNouns, 5) || (bare !== t.lower && isOrganisationNoun(c, k));
}
