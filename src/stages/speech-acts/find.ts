import type { Doc } from '../../doc/doc.js';
import type { Quote, Span, SpeechAct } from '../../doc/types.js';
import { Attributor } from '../quotes/attribution.js';
import { clauseStart, isRelative, TERMINAL } from '../quotes/clauses.js';
import { isCap, isLower, startsUpper } from '../quotes/case.js';
import { QuoteContext } from '../quotes/context.js';
import { findCues, isParticipleAt, type Cue } from '../quotes/cues.js';
import { isNegation, isUnspecifiedSpeaker, type QuoteLexicon } from '../quotes/lexicon.js';
import type { SpeechActLexicon } from './lexicon.js';

/** A speech act as found, before it becomes a `SpeechAct` annotation (the stage adds its name and the clause's text). */
export type SpeechActCandidate = Omit<SpeechAct, 'stage' | 'text'>;

/** What the stage reads of a kept quote: its span, its cue and whether it is a fragment. */
export type QuoteCover = Pick<Quote, 'start' | 'end' | 'cue' | 'fragment'>;

/** Token range [first, last] of the clause a cue stands in, and whether it is a subordinate (relative) clause. */
interface Clause { readonly first: number; readonly last: number; readonly subordinate: boolean }

/**
 * The speech acts of a document: per sentence, each verb of a speech-act lemma (`speech-acts.json`) outside direct
 * quotes whose clause reports no content of its own and that the quotes stage did not take as a frame; its speaker is
 * read by the quotes stage's attribution, under its source policy (an entity, or a specific speaker phrase — not an
 * unspecified group, not nobody: a passive names no speaker). One act per clause.
 */
export function findSpeechActs(doc: Doc, qlex: QuoteLexicon, lex: SpeechActLexicon, quotes: readonly QuoteCover[]): SpeechActCandidate[] {
  const c = new QuoteContext(doc, qlex);
  const cues = c.sentTokens.map(([a, b]) => (a <= b ? findCues(c, a, b).filter((k) => k.kind === 'verb' && lex.lemmas.has(k.lemma)) : []));
  if (cues.every((l) => l.length === 0)) return [];
  const att = new Attributor(c, cues);
  const paragraphs = doc.get('paragraphs');
  const sentences = doc.get('sentences');
  const out: SpeechActCandidate[] = [];
  c.sentTokens.forEach(([a, b], si) => {
    const zone = paragraphs[sentences[si]?.paragraph ?? -1]?.zone;
    if (zone === 'dateline' || zone === 'byline') return;
    let claimedUntil = a - 1;
    for (const cue of cues[si] ?? []) {
      if (cue.first <= claimedUntil) continue;
      const act = actAt(c, att, lex, quotes, si, a, b, cue);
      if (!act) continue;
      out.push(act);
      claimedUntil = c.tokenBefore(act.end);
    }
  });
  return out;
}

/** The speech act a cue of sentence si (tokens [a, b]) reports, or null (see {@link findSpeechActs}). */
function actAt(c: QuoteContext, att: Attributor, lex: SpeechActLexicon, quotes: readonly QuoteCover[], si: number, a: number, b: number, cue: Cue): SpeechActCandidate | null {
  if (contentFollows(c, cue, b) || attributive(c, cue, a)) return null;
  const cl = clauseOf(c, a, b, cue);
  if (!senseFits(c, lex, cl, cue)) return null;
  const start = c.toks[cl.first]!.start;
  const end = c.toks[cl.last]!.end;
  if (coveredByQuote(quotes, start, end)) return null;
  if (passive(c, a, b, cue)) return null;
  if (negated(c, cl, cue)) return null;
  const at = speakerOf(c, att, lex, si, cl, cue);
  const span = at?.speakerSpan ?? null;
  // the speaker is named in the clause (a pronoun there counts: it was resolved); none is no act of anybody's
  if (at === null || span === null) return null;
  if (at.speaker === null && isUnspecifiedSpeaker(c.doc.text.slice(span.start, span.end), c.lex)) return null;
  // an act is reported with what it was about: "(Wikinews berichtete)" names none
  const topic = topicOf(c, lex, cl, cue, span, at.speaker);
  if (topic === null) return null;
  const cueStart = c.toks[cue.first]!.start;
  const cueEnd = c.toks[cue.last]!.end;
  return {
    start, end, sentence: si, speaker: at.speaker, speakerSpan: span,
    cue: { text: c.doc.text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd }, lemma: cue.lemma,
    topic, rule: cl.subordinate ? 'subordinate-clause' : 'main-clause',
    confidence: at.speaker !== null ? 0.7 : 0.5,
  };
}

/**
 * The noun phrase a relative clause opening at token o refers to, the topic of an act in the clause when the clause
 * names none of its own ("die Reform, die X angekündigt hatte", "a pay offer that X had rejected"): from the nearest
 * determiner up to five words before the opener (its comma left out) to the word before it; null when there is none.
 */
function antecedentOf(c: QuoteContext, o: number): SpeechActCandidate['topic'] {
  const last = c.isComma(o - 1) ? o - 2 : o - 1;
  for (let k = last; k >= Math.max(0, last - 5); k--) {
    const t = c.toks[k];
    if (!t || t.kind !== 'word' || c.inQuote[k] !== -1 || t.sentence !== c.toks[o]!.sentence) return null;
    if (!c.lex.determiners.has(t.lower)) continue;
    const s = t.start;
    const e = c.toks[last]!.end;
    return k < last ? { text: c.doc.text.slice(s, e), start: s, end: e } : null;
  }
  return null;
}

/**
 * The form is an attributive participle, no verb ("seinem letzten vermuteten Aufenthaltsort", "die geforderten
 * Änderungen"): in a language that capitalises nouns, a determiner or preposition, with inflected adjectives between,
 * before it and a capitalised word after it. Not at the clause start, where a verb-second language puts no verb.
 */
function attributive(c: QuoteContext, cue: Cue, a: number): boolean {
  if (!c.lex.grammar.capitalisedNouns || cue.first === a || !isCap(c.toks[cue.last + 1])) return false;
  let k = cue.first - 1;
  while (k > a && isLower(c.toks[k]) && c.lex.adjectiveEndings.some((e) => c.toks[k]!.lower.endsWith(e)) && !c.lex.determiners.has(c.toks[k]!.lower)) k--;
  const t = c.toks[k]!;
  return isLower(t) && (c.lex.determiners.has(t.lower) || c.lex.prepositions.has(t.lower));
}

/**
 * The clause holds a word the lemma needs (`needs`) and none that makes it another act (`notWith`); a lemma whose act
 * takes a thing (`thingObjects`) has no person right after the verb ("begrüßte Macron am Flughafen" is a greeting).
 */
function senseFits(c: QuoteContext, lex: SpeechActLexicon, cl: Clause, cue: Cue): boolean {
  if (lex.thingObjects.has(cue.lemma)) {
    const si = c.toks[cue.first]!.sentence;
    if ((c.mentionsBySentence[si] ?? []).some((m) => m.first === verbEnd(cue) + 1 && m.type === 'PER')) return false;
  }
  const needs = lex.needs.get(cue.lemma);
  const not = lex.notWith.get(cue.lemma);
  if (!needs && !not) return true;
  let needed = !needs;
  for (let k = cl.first; k <= cl.last; k++) {
    if (c.inQuote[k] !== -1) continue;
    const w = c.toks[k]!.lower;
    if (not?.has(w)) return false;
    if (needs?.has(w)) needed = true;
  }
  return needed;
}

/**
 * The speaker stands where the verb's subject does: in the noun phrase that opens the clause ("Der Minister Karl
 * Huber hat …"), right after the verb or a finite auxiliary ("Am Montag kritisierte die Opposition …", "Heute hat die
 * Behörde … bekannt gegeben"), or right before the verb. A genitive or prepositional attribute ("die Anwälte des
 * Präsidenten", "im Süden Thailands"), a lower-case adjective mention ("die chinesischen Vorwürfe"; a nationality
 * noun is one: "Der Niederländer drohte …") and an object are no subject.
 */
function subjectSlot(c: QuoteContext, lex: SpeechActLexicon, cl: Clause, cue: Cue, span: Span): boolean {
  const first = c.tokenAt(span.start);
  const last = c.tokenBefore(span.end);
  if (c.doc.get('mentions').some((m) => m.kind === 'adjective' && m.start === span.start && m.end === span.end && !startsUpper(m.text))) return false;
  if (last + 1 === cue.first) return true;
  let p = first - 1;
  for (; p >= cl.first && p !== cue.last; p--) {
    const t = c.toks[p]!;
    if (c.inQuote[p] !== -1 || t.kind !== 'word' || c.lex.finiteAuxiliaries.has(t.lower) || c.lex.prepositions.has(t.lower) || lex.genitiveArticles.has(t.lower)) break;
  }
  if (p < cl.first) return true;
  return p === cue.last || (p < cue.first && c.lex.finiteAuxiliaries.has(c.toks[p]!.lower));
}

/**
 * The speaker of the act: the quotes stage's attribution when it names the verb's subject (`subjectSlot`); else a
 * noun phrase that fills the clause before the verb and names nobody the entity layer knows ("Ein Ex-Mitarbeiter
 * sprach von …", "Die Sonderkommission der Kriminalpolizei bittet um …"): a determiner or a capitalised word first,
 * a capitalised word last, no verb, comma or quote between, at most six words. A relative clause has the mention its
 * pronoun refers to when that is the subject (`relativeSubject`). The phrase only where nouns are capitalised (German).
 * Null when there is neither.
 */
function speakerOf(c: QuoteContext, att: Attributor, lex: SpeechActLexicon, si: number, cl: Clause, cue: Cue): { speaker: string | null; speakerSpan: Span } | null {
  const at = att.attribution(si, cl.first, cl.last, cue);
  const span = at.speakerSpan;
  const start = c.toks[cl.first]!.start;
  const end = c.toks[cl.last]!.end;
  if (span !== null && span.start >= start && span.end <= end && subjectSlot(c, lex, cl, cue, span)) return { speaker: at.speaker, speakerSpan: span };
  if (cl.subordinate) return relativeSubject(c, si, cl);
  // (where nouns are written in lower case, a capitalised phrase is a name, which the entity layer reads)
  if (!c.lex.grammar.capitalisedNouns) return null;
  const n = cue.first - cl.first;
  if (n < 1 || n > 6 || !isCap(c.toks[cue.first - 1])) return null;
  const head = c.toks[cl.first]!;
  if (!(isCap(head) || c.lex.determiners.has(head.lower)) || c.lex.prepositions.has(head.lower) || c.lex.subordinators.has(head.lower)) return null;
  for (let k = cl.first; k < cue.first; k++) {
    const t = c.toks[k]!;
    if (c.inQuote[k] !== -1 || t.kind !== 'word' || c.lex.verbs.has(t.lower) || c.lex.finiteAuxiliaries.has(t.lower)) return null;
  }
  const phrase = { start: head.start, end: c.toks[cue.first - 1]!.end };
  const text = c.doc.text.slice(phrase.start, phrase.end);
  return { speaker: c.entityBySurface(text) ?? null, speakerSpan: phrase };
}

/**
 * The speaker of a relative clause whose pronoun is its subject ("Die Firma Verdi, die den Plan kritisiert hatte"):
 * the mention that ends right before the pronoun (its comma left out), when an entity stands for it; else null.
 */
function relativeSubject(c: QuoteContext, si: number, cl: Clause): { speaker: string | null; speakerSpan: Span } | null {
  if (!c.lex.relativePronouns.has(c.toks[cl.first]!.lower)) return null;
  const before = c.isComma(cl.first - 1) ? cl.first - 2 : cl.first - 1;
  const m = (c.mentionsBySentence[si] ?? []).find((x) => x.last === before && x.entity !== undefined);
  return m ? { speaker: m.entity ?? null, speakerSpan: { start: m.mention.start, end: m.mention.end } } : null;
}

/**
 * The act is negated ("hat sich nicht entschuldigt", "kündigte die Reform nicht an"): a negation between the start of
 * the verb's clause (or the comma before the verb) and the verb's end. A negated act was not performed.
 */
function negated(c: QuoteContext, cl: Clause, cue: Cue): boolean {
  let k = cue.first - 1;
  while (k > cl.first && !(c.inQuote[k] === -1 && c.isComma(k))) k--;
  for (let i = k; i <= verbEnd(cue); i++) if (c.inQuote[i] === -1 && isNegation(c.lex, c.toks[i]!.lower)) return true;
  return false;
}

/** Last token of the verb: its separable particle when it has one after it. */
const verbEnd = (cue: Cue): number => Math.max(cue.last, cue.particle);

/**
 * The verb reports a content of its own: a comma or colon right after it (or its particle), a direct quote opening
 * there, or a complementizer ("dass", "that"). Such a verb frames reported speech, the quotes stage's matter; a comma
 * that opens a relative or an adverbial clause ("kündigte den Abzug an, der …", "hat sein Veto angekündigt, falls …",
 * "hat den Vorwurf zurückgewiesen, da …") leaves the act.
 */
function contentFollows(c: QuoteContext, cue: Cue, b: number): boolean {
  const n = verbEnd(cue) + 1;
  if (n > b) return false;
  const t = c.toks[n]!;
  if (c.inQuote[n] !== -1 || t.text === ':' || c.lex.complementizers.has(t.lower)) return true;
  return c.isComma(n) && n + 1 <= b && !isRelative(c, n + 1) && !c.lex.subordinators.has(c.toks[n + 1]!.lower);
}

/**
 * The clause of a cue: a relative or subordinate clause after a comma ("…, die einen Tod bekannt gab", "…, after
 * Baku condemned the attack"; also "…, in der X … bezeichnete") runs to its next comma; where relative pronouns are no
 * articles, such a clause needs no comma ("a stopover that Beijing had warned against"). Otherwise the main clause
 * from its start (after a colon, a dash between clauses or a leading subordinate clause, `clauseStart`) to the
 * sentence end — the span the act is reported in, coordinated predicates and adjuncts included.
 */
function clauseOf(c: QuoteContext, a: number, b: number, cue: Cue): Clause {
  for (let k = cue.first - 1; k >= a; k--) {
    if (c.inQuote[k] !== -1) continue;
    const bare = !c.lex.grammar.relativeArticles && opensClause(c, k);
    if (!bare && !(k > a && c.isComma(k))) continue;
    const o = bare ? k : k + 1;
    // (a relative pronoun before a name is read as an article by `isRelative`; with the verb closing the clause, as
    // a verb-bracket language closes a relative clause, it is the pronoun: "…, die Karl Huber angekündigt hatte,")
    const relative = c.lex.grammar.verbBracket && c.lex.relativePronouns.has(c.toks[o]?.lower ?? '') && closesClause(c, cue, b);
    if (!bare && !relative && !opensClause(c, o)) break;
    let e = verbEnd(cue) + 1;
    while (e <= b && !(c.inQuote[e] === -1 && c.isComma(e))) e++;
    return { first: o, last: e - 1, subordinate: true };
  }
  let first = clauseStart(c, a, cue.first);
  // "Nordkorea feuert eine Rakete ab – Seoul und Tokio verurteilen den Test": a dash between two main clauses (not
  // one right before the verb, which closes a parenthesis: "X – so der Minister – kritisierte")
  for (let k = cue.first - 2; k > first; k--) {
    if (c.inQuote[k] === -1 && DASHES.has(c.toks[k]!.text)) {
      first = k + 1;
      break;
    }
  }
  return { first, last: b, subordinate: false };
}

const DASHES: ReadonlySet<string> = new Set(['–', '—']);

/**
 * The verb closes its clause (with no particle after it): a comma, a sentence end or token b follows it, after finite
 * auxiliaries that close a verb-final clause ("die X angekündigt hatte,").
 */
function closesClause(c: QuoteContext, cue: Cue, b: number): boolean {
  if (cue.particle >= 0) return false;
  let after = verbEnd(cue) + 1;
  while (after <= b && c.inQuote[after] === -1 && c.lex.finiteAuxiliaries.has(c.toks[after]!.lower)) after++;
  return after > b || c.isComma(after) || TERMINAL.has(c.toks[after]!.text);
}

/** Token o opens a relative or subordinate clause: a relative pronoun, a subordinator, or a preposition before a relative pronoun ("in der"). */
function opensClause(c: QuoteContext, o: number): boolean {
  const l = c.toks[o]?.lower ?? '';
  // (where relative pronouns are no articles, "that", "which", "who" open a clause before any word: "that Anna Berg …")
  const relative = (k: number): boolean => isRelative(c, k) || (!c.lex.grammar.relativeArticles && c.lex.relativePronouns.has(c.toks[k]?.lower ?? ''));
  return relative(o) || c.lex.subordinators.has(l) || (c.lex.prepositions.has(l) && relative(o + 1));
}

/**
 * A quote the quotes stage kept covers the clause: it was framed by a verb there (its cue lies in it), or a quote
 * that is more than a fragment overlaps it. A quoted fragment inside the topic ("fordert eine Rücknahme von „…“")
 * leaves the act.
 */
function coveredByQuote(quotes: readonly QuoteCover[], start: number, end: number): boolean {
  return quotes.some((q) => (q.cue !== null && q.cue.start >= start && q.cue.end <= end) || (!q.fragment && q.start < end && q.end > start));
}

/**
 * The verb is a passive participle ("Die Bevölkerung wurde gewarnt", "The plan was criticised"): a passive
 * auxiliary stands before it in its sentence (commas of a list may lie between: "wurde wegen A, B und C verurteilt")
 * or after it up to the next comma ("gewarnt worden"), and the verb is neither its lemma (the infinitive of a future,
 * "wird … ankündigen") nor a present participle. A passive names no speaker of the act.
 */
function passive(c: QuoteContext, a: number, b: number, cue: Cue): boolean {
  const form = c.doc.text.slice(c.toks[cue.first]!.start, c.toks[cue.last]!.end).toLowerCase().replace(/\s+/g, '');
  if (form === cue.lemma.toLowerCase().replace(/\s+/g, '') || isParticipleAt(c, cue.first)) return false;
  for (let k = cue.first - 1; k >= a; k--) if (c.inQuote[k] === -1 && c.lex.passiveAuxiliaries.has(c.toks[k]!.lower)) return true;
  for (let k = verbEnd(cue) + 1; k <= b && !c.isComma(k); k++) if (c.inQuote[k] === -1 && c.lex.passiveAuxiliaries.has(c.toks[k]!.lower)) return true;
  return false;
}

/**
 * What the act is about: the words of the clause after the verb (or after the speaker, when the speaker follows the
 * verb: "Am Montag kritisierte die Opposition den Plan") up to the particle or the next comma; when the verb closes
 * the clause ("hat den Abzug angekündigt", "die den Tod bekannt gab"), the words between the speaker or the
 * auxiliary and the verb; in a relative clause whose pronoun is the object ("den Plan, den X kritisiert hatte"), what
 * the pronoun refers to. Reflexives and auxiliaries at the edge belong to the verb ("äußerte sich zur Lage").
 */
function topicOf(c: QuoteContext, lex: SpeechActLexicon, cl: Clause, cue: Cue, speaker: Span, speakerId: string | null): SpeechActCandidate['topic'] {
  const sFirst = c.tokenAt(speaker.start);
  const sLast = c.tokenBefore(speaker.end);
  let first: number;
  let last: number;
  const closes = closesClause(c, cue, cl.last);
  if (closes) {
    // a main clause puts its finite auxiliary second: the topic follows it, or the subject after it
    // ("Der Außenminister X hat heute den Abzug angekündigt", "Heute hat die Behörde das Ergebnis bekannt gegeben")
    let aux = -1;
    for (let k = cl.first; k < cue.first && aux < 0 && !cl.subordinate; k++) if (c.inQuote[k] === -1 && c.lex.finiteAuxiliaries.has(c.toks[k]!.lower) && k > cl.first) aux = k;
    first = Math.max(aux + 1, sLast < cue.first ? sLast + 1 : cl.first);
    last = cue.first - 1;
  } else {
    first = Math.max(cue.last, sFirst > cue.last ? sLast : -1) + 1;
    last = cue.particle >= 0 ? cue.particle - 1 : cl.last;
    for (let k = first; k <= last; k++) {
      if (c.inQuote[k] === -1 && c.isComma(k)) {
        last = k - 1;
        break;
      }
    }
  }
  const edge = (k: number): boolean => {
    const t = c.toks[k]!;
    return c.inQuote[k] === -1 && (t.kind === 'punct' || lex.reflexives.has(t.lower) || c.lex.finiteAuxiliaries.has(t.lower) || (k >= sFirst && k <= sLast));
  };
  while (first <= last && edge(first)) first++;
  // a name apposed to the speaker phrase is the speaker's ("Entwicklungsministerin Reem Alabali Radovan hat …")
  const own = speakerId === null ? undefined : (c.mentionsBySentence[c.toks[first]?.sentence ?? -1] ?? []).find((m) => m.first === first && m.entity === speakerId);
  if (own) first = own.last + 1;
  while (first <= last && edge(first)) first++;
  while (last >= first && edge(last)) last--;
  // a relative pronoun that is not the speaker is the verb's object: what it refers to is the topic
  const relative = cl.subordinate && c.lex.relativePronouns.has(c.toks[cl.first]!.lower);
  if (relative && sFirst > cl.first) return antecedentOf(c, cl.first);
  // (a relative pronoun that is the subject belongs to the speaker, not to the topic)
  if (relative && first <= cl.first) first = cl.first + 1;
  if (first > last) return null;
  const s = c.toks[first]!.start;
  const e = c.toks[last]!.end;
  return { text: c.doc.text.slice(s, e), start: s, end: e };
}
