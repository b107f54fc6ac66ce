import type { QuoteKind, Span } from '../../doc/types.js';
import { SPEAKER_TYPES, type MentionRef, type QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { isReportNoun } from './clauses.js';
import { endsInEntry, isGenericNoun, isUnspecifiedSpeaker } from './lexicon.js';
import { conventionalSpeaker } from './office.js';
import { obliquePhrase, phraseSpeaker, pickSpeaker, type SpeakerPick } from './speaker.js';
import { adjunctSubject, agreementOf, genderOf, isDescriptor, isInstitution, phraseReferent, pluralVerb, resolvePronoun, roleGender, sentenceSubject, subjectReferent } from './antecedent.js';
import { isCap, isLower } from './case.js';
import { cliticAt, endingClitic } from './possessive.js';

/**
 * The person mentioned last before token `at` of sentence si or in the sentence before, who agrees
 * with `gender` (null: either), or null.
 */
function latestPerson(c: QuoteContext, si: number, at: number, gender: 'm' | 'f' | null): string | null {
  for (let s = si; s >= Math.max(0, si - 1); s--) {
    const list = c.mentionsBySentence[s] ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const m = list[j]!;
      if ((s === si && m.last >= at) || m.type !== 'PER' || m.entity === undefined || c.inQuote[m.first] !== -1) continue;
      const g = genderOf(c, m.entity);
      if (gender === null || g === null || g === gender) return m.entity;
    }
  }
  return null;
}

/** Words looked back from a German speech participle for the auxiliary of its passive ("wurde über den Sender dazu aufgerufen"). */
const PASSIVE_REACH = 8;

/**
 * The speech verb of `cue` is a passive participle: a passive auxiliary (`passiveAuxiliaries`: "wurde", "was") stands
 * before it in its own clause (from `from` on, no comma, quote or clause end between) and the verb is no infinitive of a
 * future ("wird erklären") nor a progressive form ("was saying"). A verb of quoting keeps its subject as the speaker
 * ("wurde mit den Worten zitiert", "was quoted as saying"), and so does a passive whose subject is an impersonal
 * "es"/"it" ("Es wurde mitgeteilt, …"), which the impersonal reading handles.
 */
export function passiveFrame(c: QuoteContext, cue: Cue, from: number): boolean {
  const v = c.toks[cue.first];
  if (!v || v.lower === cue.lemma || v.lower.endsWith('ing') || c.lex.quotingVerbs.has(cue.lemma)) return false;
  // ("… als „…“ bezeichnet worden", "…, das als „…“ bezeichnet wurde": the participle right before a passive auxiliary
  // that closes the clause)
  const next = c.toks[Math.max(cue.last, cue.particle) + 1];
  if (c.lex.grammar.verbBracket && next && next.sentence === v.sentence && c.inQuote[cue.last + 1] === -1 && c.lex.passiveAuxiliaries.has(next.lower)) return true;
  // (German closes the clause with the participle, the auxiliary standing second; English keeps them together: "was also asked")
  const reach = c.lex.grammar.verbBracket ? PASSIVE_REACH : 3;
  let seen = 0;
  for (let k = cue.first - 1; k >= from && seen < reach; k--) {
    const t = c.toks[k]!;
    // (a quoted word between the auxiliary and the participle is part of the clause: "wurde der Plan als „Irrweg“ bezeichnet")
    if (c.inQuote[k] !== -1 || t.kind === 'quote') {
      if (!c.lex.grammar.verbBracket) return false;
      continue;
    }
    seen++;
    // ("it was committed to the deal but warned that …": a coordinated verb has a clause of its own)
    if (c.isComma(k) || t.sentence !== v.sentence || (t.kind === 'punct' && t.text !== '-') || c.lex.coordinators.has(t.lower)) return false;
    // (English puts only adverbs between: "was also asked"; "That is what Berg said" has a clause of its own)
    if (!c.lex.grammar.verbBracket && !c.lex.passiveAuxiliaries.has(t.lower) && (t.kind !== 'word' || isCap(t) || c.lex.pronouns.has(t.lower) ||
      c.lex.determiners.has(t.lower) || c.lex.relativePronouns.has(t.lower) || c.lex.complementizers.has(t.lower) || c.lex.questionComplementizers.has(t.lower))) return false;
    if (c.lex.passiveAuxiliaries.has(t.lower)) {
      // (an impersonal subject next to the auxiliary: "Es wurde betont", "wurde es betont", "it was announced")
      const near = [k - 1, k + 1].some((j) => j >= from && c.toks[j]?.sentence === v.sentence && c.lex.impersonalSubjects.has(c.toks[j]!.lower));
      return !near;
    }
  }
  return false;
}

/**
 * The agent of a passive frame [from, to] before its cue ("Von der Opposition wird kritisiert", "was announced by the
 * ministry"): the mention after a `passiveAgent` preposition, else the phrase there (an article and a capitalised
 * noun, or a capitalised run), as the speaker phrase; null when the frame names none.
 */
function agentPhrase(c: QuoteContext, si: number, [from, to]: [number, number], cue: Cue): Attribution | null {
  for (let k = from; k <= to; k++) {
    if (c.inQuote[k] !== -1 || (k >= cue.first && k <= cue.last) || !c.lex.passiveAgent.has(c.toks[k]!.lower)) continue;
    let a = k + 1;
    while (a <= to && c.lex.determiners.has(c.toks[a]!.lower)) a++;
    // (the mention stands in the phrase, at most two words after its article: "von der chinesischen Regierung", "vom
    // Sprecher Karl Huber"; not after a preposition or comma of its own, "von Demonstranten in Hongkong")
    const within = (x: MentionRef): boolean => {
      for (let j = a; j < x.first; j++) if (c.toks[j]!.kind !== 'word' || c.lex.prepositions.has(c.toks[j]!.lower)) return false;
      return true;
    };
    const m = (c.mentionsBySentence[si] ?? []).find((x) => x.first >= k + 1 && x.first <= a + 2 && c.inQuote[x.first] === -1 && within(x));
    if (m) return { speaker: m.entity ?? null, speakerSpan: { start: m.mention.start, end: m.mention.end }, cue, addressee: null, frame: [from, to] };
    let b = a;
    while (b + 1 <= to && c.toks[b + 1]!.kind === 'word' && isCap(c.toks[b + 1]) && c.inQuote[b + 1] === -1 && (b + 1 < cue.first || b + 1 > cue.last)) b++;
    // (a lower-case adjective before its noun: "von der chinesischen Regierung" — the mention case above takes most)
    const n = c.toks[a];
    if (n && n.kind === 'word' && isCap(n) && a <= to) return { speaker: null, speakerSpan: { start: n.start, end: c.toks[b]!.end }, cue, addressee: null, frame: [from, to] };
  }
  return null;
}

/** A quote as found, before it becomes a `Quote` annotation (kept for evaluation: the speaker span). */
export interface QuoteCandidate {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Entity id of the speaker, or null. */
  readonly speaker: string | null;
  /** The mention the speaker was read from (for span-level evaluation), or null. */
  readonly speakerSpan: Span | null;
  readonly cue: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly addressee: string | null;
  readonly date: string | null;
  readonly fragment: boolean;
  readonly rule: string;
  readonly confidence: number;
}

/** Who said it, with the cue and the token range of the speech frame. */
export interface Attribution {
  speaker: string | null;
  speakerSpan: Span | null;
  cue: Cue | null;
  addressee: string | null;
  /** Token range of the speech frame (for the date). */
  frame: [number, number];
}

/**
 * Attribution state of one document: the cues of each sentence and the last attributed speaker
 * (for pronouns the resolver left unlinked and for follow-on quotes); turns picks into quotes.
 */
export class Attributor {
  readonly c: QuoteContext;
  readonly cuesBySentence: readonly Cue[][];
  readonly hasEntities: boolean;
  /** Attribution of the last quote. */
  last: { speaker: string | null; speakerSpan: Span | null; sentence: number } | null = null;
  /** Attribution of the last quote with a speaker phrase, even one that names no entity ("die Bahn"). */
  lastPhrase: { speaker: string | null; speakerSpan: Span | null; sentence: number } | null = null;
  /** Every quote made so far, in the order made (its span, sentence and speaker): what the sentence before reported. */
  readonly made: { start: number; end: number; sentence: number; speaker: string | null; speakerSpan: Span | null }[] = [];
  /** The last report with a speaker found so far in the sentence being read (set while its reports are found). */
  sentenceLast: { speaker: string; speakerSpan: Span | null; sentence: number } | null = null;
  /** Documents named in the frames of attributed quotes, in text order ("said in a statement": `statement`, the ministry). */
  private readonly documents: { noun: string; speaker: string; speakerSpan: Span | null; sentence: number }[] = [];

  constructor(c: QuoteContext, cuesBySentence: readonly Cue[][]) {
    this.c = c;
    this.cuesBySentence = cuesBySentence;
    this.hasEntities = c.doc.get('entities').length > 0;
  }

  /** Attribution of a cue from the mentions of frame [from, to] (see {@link speakerFor}). */
  attribution(si: number, from: number, to: number, cue: Cue): Attribution {
    // ("Der Plan war als „…“ bezeichnet worden": a passive frame names its agent or nobody, see {@link passiveAttribution})
    if (cue.kind === 'verb' && passiveFrame(this.c, cue, from)) return this.passiveAttribution(si, [from, to], cue);
    return this.speakerFor(si, from, to, cue, pickSpeaker(this.c, si, from, to, cue.first, cue.last));
  }

  /**
   * "Der Minister wurde aufgefordert, …", "He was asked whether …": the subject of a passive speech verb (see
   * {@link passiveFrame}) is addressed or is what was said, never the speaker. The agent speaks ("vom Verband", "by the
   * union"); with none, the owner of a report noun with a genitive in the frame ("In einer Stellungnahme des Ministeriums
   * wird … begründet"), or a state or capital after a preposition of place (`officePrepositions`: "in Caracas"); else nobody.
   */
  passiveAttribution(si: number, frame: [number, number], cue: Cue): Attribution {
    const c = this.c;
    const agent = agentPhrase(c, si, frame, cue);
    if (agent) return agent;
    // (a charge named in the sentence before, "… einer Anklage des Justizministeriums. Beiden wird vorgeworfen, …", was
    // tried as the source and dropped: the accuser then became the last speaker, whom the accused's "sie" took next)
    const owned = this.documentOwner(si, frame, cue);
    if (owned) return { speaker: owned.speaker, speakerSpan: owned.span, cue, addressee: null, frame };
    // ("…, was in Caracas als „…“ verurteilt wurde": a state or its capital after a preposition of place stands for its
    // government, as "In Caracas, officials said" does)
    const place = (c.mentionsBySentence[si] ?? []).find((m) => m.first >= frame[0] && m.last <= frame[1] && m.type === 'GPE' && m.entity !== undefined &&
      c.inQuote[m.first] === -1 && c.lex.officePrepositions.has(c.toks[m.first - 1]?.lower ?? '') && !c.lex.passiveAgent.has(c.toks[m.first - 1]?.lower ?? ''));
    if (place) return { speaker: place.entity ?? null, speakerSpan: { start: place.mention.start, end: place.mention.end }, cue, addressee: null, frame };
    return { speaker: null, speakerSpan: null, cue, addressee: null, frame };
  }

  /**
   * Attribution of a cue: the word right next to the speech verb decides when it is a personal
   * pronoun ("sagte er", "he added": the last speaker when the resolver left it unlinked) or a
   * capitalised name the article knows ("Indyk said"); otherwise the scored mention pick.
   */
  speakerFor(si: number, from: number, to: number, cue: Cue, pick: SpeakerPick): Attribution {
    const c = this.c;
    // ("Local scientists have warned": the subject stands before the finite auxiliary)
    const aux = c.lex.finiteAuxiliaries.has(c.toks[cue.first - 1]?.lower ?? '') && !c.lex.grammar.verbBracket ? 1 : 0;
    // (the frame's own sentence: an anaphoric frame reports the sentence before it, which is `si`)
    const fs = c.toks[cue.first]?.sentence ?? si;
    const inMention = (i: number): MentionRef | undefined => (c.mentionsBySentence[fs] ?? []).find((m) => m.first <= i && m.last >= i);
    // "Israel warf er vor, …": in a verb-second clause a nominative-only pronoun right after the verb is its
    // subject, so what stands before the verb is a fronted object; the pronoun is looked at first
    const subjectAfter = c.lex.grammar.verbSecond && cue.last + 1 <= to && c.inQuote[cue.last + 1] === -1 && c.toks[cue.last + 1]?.sentence === fs &&
      c.lex.subjectPronouns.has(c.toks[cue.last + 1]!.lower);
    if (subjectAfter) {
      const pm = inMention(cue.last + 1);
      if (pm?.entity) return this.toAttribution({ mention: pm, addressee: pick.addressee }, cue, [from, to]);
    }
    // "X sagte, sein Land sei …, und warf Spanien vor, …": a verb right after a coordinator opens a predicate
    // with the subject of the report before it in the sentence; a name after it is its object
    const co = c.toks[cue.first - 1];
    if (c.lex.grammar.verbSecond && !subjectAfter && co && co.sentence === fs && c.inQuote[cue.first - 1] === -1 && c.lex.coordinators.has(co.lower) &&
      this.sentenceLast && this.sentenceLast.sentence === fs && this.sentenceLast.speakerSpan !== null && c.tokenAt(this.sentenceLast.speakerSpan.start) < cue.first - 1) {
      return { speaker: this.sentenceLast.speaker, speakerSpan: this.sentenceLast.speakerSpan, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
    }
    const adjacent = (subjectAfter ? [cue.last + 1, cue.first - 1 - aux] : [cue.first - 1 - aux, cue.last + 1]).filter((i) => i >= from && i <= to && c.inQuote[i] === -1);
    // "Die Radaa wirft Ministerpräsident X vor, …": a determiner phrase that names nobody the layer
    // knows and fills the clause before the verb is its subject; a name after the verb is its object
    // (a nominative article only, and a verb that reports a clause: "Den Vorwurf wies der Kreml als „…“ zurück" puts the object first)
    const nominative = !c.lex.grammar.verbSecond || (c.lex.subjectArticleAgreement.has(c.toks[from]?.lower ?? '') && !obliquePhrase(c, from));
    if (cue.complement !== 'none' && nominative && cue.first - from >= 2 && cue.first - from <= 4 && c.lex.determiners.has(c.toks[from]!.lower) && c.toks[from]!.sentence === fs) {
      let np = true;
      for (let k = from + 1; k < cue.first && np; k++) {
        const t = c.toks[k]!;
        np = t.kind === 'word' && c.inQuote[k] === -1 && !c.lex.prepositions.has(t.lower) && !c.lex.verbs.has(t.lower) && !inMention(k)?.entity;
      }
      if (np && isCap(c.toks[cue.first - 1])) {
        const span = { start: c.toks[from]!.start, end: c.toks[cue.first - 1]!.end };
        const text = c.doc.text.slice(span.start, span.end);
        const speaker = c.entityBySurface(text) ?? c.entityByHead(text) ?? phraseReferent(c, fs, from, cue.first - 1, this.last) ?? null;
        return { speaker, speakerSpan: span, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
    }
    // "KCNA quoted him as saying", "zitierte ihn mit den Worten": the object pronoun of an active verb of quoting speaks
    const obj = c.toks[cue.last + 1];
    const objAgr = obj && cue.last + 1 <= to && c.inQuote[cue.last + 1] === -1 && c.lex.quotingVerbs.has(cue.lemma) ? c.lex.objectPronouns.get(obj.lower) : undefined;
    if (obj && objAgr !== undefined) {
      const r = resolvePronoun(c, fs, cue.last + 1, objAgr, this.last);
      if (r) return { speaker: r.speaker, speakerSpan: { start: obj.start, end: obj.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
    }
    // "teilten beide Seiten mit", "both sides said": a joint statement goes to the first party named before
    const joint = this.jointSpeaker(fs, cue, from, to);
    if (joint) return { speaker: joint.speaker, speakerSpan: joint.span, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
    const group = this.groupOpener(fs, from, cue, pick);
    if (group) return { speaker: null, speakerSpan: group, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
    // "Die Richter in Karlsruhe erklärten": the place closes the subject phrase, which is where the text names the speaker
    const placed = this.placedSubject(fs, from, cue, pick);
    if (placed) return { ...this.toAttribution(pick, cue, [from, to]), speakerSpan: placed };
    for (const i of adjacent) {
      const t = c.toks[i]!;
      const m = inMention(i);
      if (m && m === pick.mention) break;
      // "X traf seinen Amtskollegen Y. Dieser sagte …", "the latter said": the person named last
      const demo = c.lex.demonstratives.get(t.lower);
      if (demo !== undefined && !m?.entity && !(c.lex.grammar.verbAgreement && pluralVerb(c, cue.first, fs))) {
        const person = latestPerson(c, fs, i, demo === 'm' || demo === 'f' ? demo : null);
        if (person !== null) return { speaker: person, speakerSpan: { start: t.start, end: t.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
      // "it said" (an organisation) only before the verb: "said it would" opens the reported clause
      const agreeing = c.lex.pronounAgreement.has(t.lower) && i === cue.first - 1;
      if ((c.lex.pronouns.has(t.lower) || agreeing) && !m?.entity) {
        // (a frame after its clause: "Die Regierung in Chisinau suche …, sagte sie" — nothing in the clause is the pronoun's referent)
        const r = this.pronounReferent(si, i, this.clauseBefore(fs, from));
        // the span stays the pronoun: it is where the text names the speaker
        // (a pronoun that points back to an unlinked speaker phrase keeps the report, with no speaker entity)
        return { speaker: r.speaker, speakerSpan: r.speaker !== null || !this.hasEntities || r.speakerSpan !== null ? { start: t.start, end: t.end } : null, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
      // "a move that analysts said could …", "warnten Experten": an unspecified group right next to the
      // verb is the speaker (and the report is not recorded), unless a name qualifies it ("Chinese analysts")
      // (officials and diplomats speak for the state the frame places them in: "In Caracas, officials said")
      if (t.kind === 'word' && isGenericNoun(t.text, c.lex) && !c.lex.officialGroups.has(t.lower) && !m?.entity) {
        const q = i < cue.first ? i - 1 : i + 1;
        const qm = c.toks[q]?.sentence === fs ? inMention(q) : undefined;
        if (!qm?.entity) return { speaker: null, speakerSpan: { start: t.start, end: t.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
      if (t.kind === 'word' && isCap(t) && !m?.entity) {
        // a capitalised run next to the verb: "Indyk said", "sagte Hong Min"
        let a = i;
        let b = i;
        while (a - 1 >= from && c.toks[a - 1]!.kind === 'word' && isCap(c.toks[a - 1]) && c.inQuote[a - 1] === -1) a--;
        while (b + 1 <= to && c.toks[b + 1]!.kind === 'word' && isCap(c.toks[b + 1]) && c.inQuote[b + 1] === -1) b++;
        const id = c.entityBySurface(c.doc.text.slice(c.toks[a]!.start, c.toks[b]!.end)) ?? c.entityBySurface(t.text);
        if (id) return { speaker: id, speakerSpan: { start: c.toks[a]!.start, end: c.toks[b]!.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
    }
    // "Roth teilte auf X mit": a mention governed by a preposition does not beat the capitalised
    // subject right before the verb that opens the clause, even when no entity is known for it
    const pm = pick.mention;
    // (the preposition, also before the mention's article: "im Gespräch mit dem WDR")
    const govAt = pm ? (c.lex.determiners.has(c.toks[pm.first - 1]?.lower ?? '') && c.lex.prepositions.has(c.toks[pm.first - 2]?.lower ?? '') ? pm.first - 2 : pm.first - 1) : -1;
    const gov = pm ? c.toks[govAt] : undefined;
    // (a genitive after a noun governs the mention as well when the subject right after the verb is a person descriptor, a
    // noun that names no office and so acts for no body: "sagte die Obfrau ihrer Fraktion im Ausschuss des Bundestages" is
    // the person described; an office keeps its body, "sagte der Präsident des Verbandes")
    const subjectAt = Math.max(cue.last, cue.particle) + 1;
    const opener = c.toks[subjectAt]?.lower ?? '';
    const genitive = gov !== undefined && c.lex.genitiveMarkers.has(gov.lower) && govAt - 1 > subjectAt + 1 && c.inQuote[subjectAt + 1] === -1 &&
      (c.lex.determiners.has(opener) || c.lex.possessives.has(opener)) && !c.lex.indefiniteDeterminers.has(opener) && isDescriptor(c, subjectAt + 1);
    if (pm && gov && gov.sentence === fs && (c.lex.prepositions.has(gov.lower) || genitive)) {
      // (before the verb when it opens the clause, or right after it: "Laut X sagte Scholz, …")
      // (the subject of a separable verb follows its finite part: "gab der Verband … bekannt")
      // (in a perfect frame after the clause the subject follows the auxiliary: "…, hatte der Verein auf Facebook geschrieben")
      const auxAt = c.isComma(from) ? from + 1 : from;
      const auxSubject = c.lex.perfectAuxiliaries.has(c.toks[auxAt]?.lower ?? '') && auxAt + 2 < cue.first ? auxAt + 1 : -1;
      for (const i of [cue.first - 1, Math.max(cue.last, cue.particle) + 1, ...(cue.particle > cue.last ? [cue.last + 1] : []), ...(auxSubject >= 0 ? [auxSubject] : [])]) {
        const t = c.toks[i];
        if (!t || t.sentence !== fs || (i < cue.first && i !== from && i !== auxSubject) || i > to || i === pm.first || t.kind !== 'word' || c.inQuote[i] !== -1) continue;
        // "Das gab der Verband in Frankfurt bekannt": an article right after the verb opens the subject; its noun names the speaker
        // ("erklärte ihr Vorsitzender in Colombo": a possessive opens the subject as an article does; its owner speaks, not the place)
        const possessive = c.lex.possessives.has(t.lower) && !c.lex.determiners.has(t.lower);
        if ((i > cue.last || i === auxSubject) && (c.lex.determiners.has(t.lower) || possessive) && !c.lex.prepositions.has(t.lower)) {
          const noun = i + 1;
          const n = c.toks[noun];
          if (!n || noun > to || n.kind !== 'word' || !isCap(n) || c.inQuote[noun] !== -1 || inMention(noun)?.entity) continue;
          const text = c.doc.text.slice(t.start, n.end);
          const speaker = c.entityBySurface(text) ?? c.entityByHead(text) ?? phraseReferent(c, fs, i, noun, this.last) ?? null;
          // (the place or body of the office itself, right after it or after its genitive, stays: "ein Sprecher des Ministeriums
          // in Berlin", "ein Sprecher von Volkswagen")
          const g = c.toks[noun + 1]?.lower ?? '';
          const attached = c.lex.officePrepositions.has(gov.lower) && (govAt === noun + 1 || (pm.first - noun <= 6 && (c.lex.genitiveMarkers.has(g) || c.lex.sourceGenitives.has(g))));
          // (only a subject that names its speaker keeps the mention pick when it is attached so; a place after a locative
          // preposition is never the speaker, "teilte die Notenbank am Freitag in Frankfurt mit", nor is a medium or a body the
          // phrase only names where it spoke: "schrieb das Ministerium auf Twitter", "sagte der Trainer im Gespräch mit dem WDR")
          // (an unspecified subject, "ein Sprecher", "Anwohner", keeps it too: such a phrase is no source the report could keep)
          if (speaker === null && !(pm.type === 'GPE' || pm.type === 'LOC') && (attached || isUnspecifiedSpeaker(text, c.lex))) continue;
          if (speaker === null && (!attached || possessive)) return { speaker: null, speakerSpan: { start: t.start, end: n.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
          if (speaker === null) continue;
          return { speaker, speakerSpan: { start: t.start, end: n.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
        }
        if (!isCap(t)) continue;
        if (inMention(i)?.entity || c.lex.prepositions.has(t.lower) || c.lex.pronouns.has(t.lower) || c.lex.determiners.has(t.lower)) continue;
        return { speaker: null, speakerSpan: { start: t.start, end: t.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
    }
    // "the former general told reporters in Manila", "The former army officer urged the partners of the
    // Philippines to …": a determiner phrase right before the verb is its subject; when it refers to
    // someone the article names, a mention after a preposition or after the verb is not the speaker
    // (an object after the verb only in English word order, and not the person a verb of quoting quotes;
    // German may put an object first: "Das Abkommen kritisierte der Minister")
    const afterVerb = pm !== null && pm.first > cue.last && !c.lex.grammar.verbSecond && !c.lex.quotingVerbs.has(cue.lemma);
    if (afterVerb || (pm && gov && gov.sentence === fs && c.lex.prepositions.has(gov.lower)) || (pm && c.lex.prepositions.has(c.toks[pm.first - 2]?.lower ?? '') && c.lex.determiners.has(gov?.lower ?? ''))) {
      const ph = phraseSpeaker(c, from, to, cue.first, cue.last);
      if (ph && c.tokenBefore(ph.end) === cue.first - 1 && c.lex.determiners.has(c.toks[c.tokenAt(ph.start)]?.lower ?? '')) {
        const text = c.doc.text.slice(ph.start, ph.end);
        const speaker = c.entityBySurface(text) ?? c.entityByHead(text) ?? phraseReferent(c, fs, c.tokenAt(ph.start), cue.first - 1, this.last) ?? null;
        if (speaker !== null) return { speaker, speakerSpan: ph, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
    }
    const held = pm ? this.describedHolder(from, pm, cue, fs) : null;
    if (held !== null) return { speaker: held.speaker, speakerSpan: held.span, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
    return this.toAttribution(pick, cue, [from, to]);
  }

  /**
   * "Christian Schmidt reiste nach Sarajevo. Der Hohe Repräsentant für Bosnien und Herzegowina kündigte an, …": a definite
   * phrase (from the clause's first token `from`) whose attachment (a preposition or genitive article and the picked mention
   * `pm`) runs up to the verb is its subject; when
   * it refers back to a person (see {@link phraseReferent}: a noun for a person that names no office), that person speaks,
   * not the mention attached to it. Null otherwise (then the mention pick stands, as for "Der Sprecher des Ministeriums").
   */
  private describedHolder(from: number, pm: MentionRef, cue: Cue, fs: number): { speaker: string; span: Span } | null {
    const c = this.c;
    const d = c.toks[from];
    if (!d || d.sentence !== fs || pm.last !== cue.first - 1 || !c.lex.determiners.has(d.lower) || c.lex.indefiniteDeterminers.has(d.lower)) return null;
    // the role noun, after at most two adjectives ("Der Hohe Repräsentant"), then the link and the mention (over its article)
    let head = from + 1;
    while (head < from + 3 && roleGender(c, head) === undefined && c.toks[head]!.kind === 'word' && !c.lex.verbs.has(c.toks[head]!.lower)) head++;
    const link = c.toks[head + 1];
    // (an article right after the noun is a genitive one: "Die Obfrau der Grünen")
    const linking = (w: string): boolean => c.lex.prepositions.has(w) || c.lex.genitiveMarkers.has(w) || c.lex.determiners.has(w);
    if (roleGender(c, head) === undefined || !link || link.sentence !== fs || !linking(link.lower)) return null;
    if (pm.first !== head + 2 && !(pm.first === head + 3 && c.lex.determiners.has(c.toks[head + 2]!.lower))) return null;
    const person = phraseReferent(c, fs, from, head, this.last);
    return person !== null && c.entityType(person) === 'PER' ? { speaker: person, span: { start: d.start, end: c.toks[head]!.end } } : null;
  }

  /**
   * "Residents of the town of X said", "Anwohner in der Stadt X berichteten": the subject opens with an unspecified
   * group noun and the picked mention, a place, only follows the preposition attached to it, before the
   * verb; the group speaks (its span), not the place. Officials and diplomats are no such group (they speak for the
   * state the frame places them in). Null otherwise.
   */
  private groupOpener(fs: number, from: number, cue: Cue, pick: SpeakerPick): Span | null {
    const c = this.c;
    const pm = pick.mention;
    // (a place only: "analysts at the Hiraan Institute" may speak for their institute)
    if (!pm || (pm.type !== 'GPE' && pm.type !== 'LOC') || pm.last >= cue.first || pm.first <= from || c.toks[from]?.sentence !== fs) return null;
    for (let k = from; k <= Math.min(pm.first - 2, from + 2); k++) {
      const t = c.toks[k]!;
      if (t.kind !== 'word' || c.inQuote[k] !== -1 || (c.mentionsBySentence[fs] ?? []).some((m) => m.entity !== undefined && m.first <= k && m.last >= k)) return null;
      if (!isGenericNoun(t.text, c.lex) || c.lex.officialGroups.has(t.lower) || !c.lex.prepositions.has(c.toks[k + 1]?.lower ?? '')) continue;
      // (the mention is inside the group's attachment: only lower-case words, articles and a description of the
      // place itself between — "Residents of the town of X", "Anwohner in der Stadt X", its noun capitalised)
      const own = (c.mentionsBySentence[fs] ?? []).filter((m) => m.entity !== undefined && m.entity === pm.entity && m.last < pm.first);
      for (let j = k + 2; j < pm.first; j++) {
        const w = c.toks[j]!;
        if (w.kind !== 'word' || !(isLower(w) || c.lex.determiners.has(w.lower) || own.some((m) => m.first <= j && m.last >= j))) return null;
      }
      return { start: t.start, end: t.end };
    }
    return null;
  }

  /**
   * "Die Richter in Karlsruhe erklärten, …", "Die Ermittler in Köln gehen davon aus, …": a definite subject phrase before the
   * verb — article, a person noun the layer links to nobody, a preposition (its article) — that closes with the picked
   * place right before the verb; the span of the whole phrase, so that the speaker is read from the person noun and not
   * from the place alone. Null otherwise (the speaker entity stays the pick's).
   */
  private placedSubject(fs: number, from: number, cue: Cue, pick: SpeakerPick): Span | null {
    const c = this.c;
    const pm = pick.mention;
    if (!pm || (pm.type !== 'GPE' && pm.type !== 'LOC') || c.toks[from]?.sentence !== fs) return null;
    // (the verb right after the place: the speech verb, or the finite auxiliary of its perfect, "haben am Montag erklärt")
    const verb = c.toks[pm.last + 1];
    if (pm.last + 1 !== cue.first && !(verb !== undefined && pm.last + 1 < cue.first && c.lex.perfectAuxiliaries.has(verb.lower))) return null;
    const det = c.toks[from]!;
    if (!c.lex.determiners.has(det.lower) || c.lex.indefiniteDeterminers.has(det.lower) || c.inQuote[from] !== -1) return null;
    const noun = from + 1;
    const inMention = (c.mentionsBySentence[fs] ?? []).some((m) => m.entity !== undefined && m.first <= noun && m.last >= noun);
    if (!isCap(c.toks[noun]) || roleGender(c, noun) === undefined || inMention || !c.lex.prepositions.has(c.toks[noun + 1]?.lower ?? '')) return null;
    const placeAt = c.lex.determiners.has(c.toks[noun + 2]?.lower ?? '') ? noun + 3 : noun + 2;
    if (placeAt !== pm.first) return null;
    return { start: det.start, end: c.toks[pm.last]!.end };
  }

  /** The speaker phrase of a frame when no mention fits (see {@link phraseSpeaker}); a phrase naming an entity of the article gives it. */
  withPhrase(att: Attribution): Attribution {
    if (att.speakerSpan || !att.cue) return att;
    const span = phraseSpeaker(this.c, att.frame[0], att.frame[1], att.cue.first, att.cue.last);
    if (!span) return att;
    const text = this.c.doc.text.slice(span.start, span.end);
    const c = this.c;
    const si = c.toks[c.tokenAt(span.start)]?.sentence ?? 0;
    // ("His office said": a possessive names the owner, not an organisation whose name ends in the noun)
    const w = c.toks[c.tokenAt(span.start)]?.lower ?? '';
    const owned = c.lex.possessives.has(w) && !c.lex.determiners.has(w);
    const speaker = c.entityBySurface(text) ?? (owned ? undefined : c.entityByHead(text)) ?? phraseReferent(c, si, c.tokenAt(span.start), c.tokenBefore(span.end), this.last) ??
      // ("Aus dem Umfeld des Präsidenten hieß es": a phrase that names nobody, its genitive whose circle it is)
      this.genitiveOwner(si, c.tokenBefore(span.end));
    return { ...att, speakerSpan: span, speaker };
  }

  /**
   * "Die Vorwürfe seien haltlos, hieß es in einer Mitteilung": an impersonal subject next to the
   * verb and nobody named in the frame; the source is the actor the sentence before is about
   * ("Das israelische Außenministerium hat die Kritik zurückgewiesen.").
   */
  impersonal(si: number, att: Attribution): Attribution {
    const c = this.c;
    const cue = att.cue;
    if (!cue || att.speaker !== null || si === 0) return att;
    const imp = (k: number): boolean => c.toks[k] !== undefined && c.toks[k]!.sentence === si && c.inQuote[k] === -1 && c.lex.impersonalSubjects.has(c.toks[k]!.lower);
    // (in an as-clause the verb comes last: "Wie es in der Mitteilung weiter hieß, …")
    const f = att.frame[0];
    const asClause = (c.lex.asClauses.has(c.toks[f]?.lower ?? '') && imp(f + 1)) || (c.lex.asClauses.has(c.toks[f - 1]?.lower ?? '') && imp(f));
    // ("Aus Koalitionskreisen verlautete, …": a frame that opens with its origin and names nobody else)
    const originOpener = att.speakerSpan === null && c.lex.originPrepositions.has(c.toks[f]?.lower ?? '') && c.toks[f]?.sentence === si && f < cue.first;
    // ("“…,” the decree said", "the statement said": a definite document as the subject is the actor's)
    const docSubject = att.speakerSpan !== null && this.documentPhrase(att.speakerSpan) && this.definiteNextTo(att.speakerSpan, cue);
    if (!imp(cue.last + 1) && !imp(cue.first - 1) && !asClause && !originOpener && !docSubject) return att;
    // a phrase in the frame may only be the document it was said in ("in einer Mitteilung"), no office or group
    if (att.speakerSpan !== null && !this.documentPhrase(att.speakerSpan) && this.namesSomeone(att.speakerSpan)) return att;
    // "Aus Regierungskreisen hieß es", "hieß es aus dem Ministerium": the origin named in the frame
    const origin = this.originPhrase(att.frame, cue);
    if (origin) {
      const text = c.doc.text.slice(origin.start, origin.end);
      let speaker = c.entityBySurface(text) ?? c.entityByHead(text) ?? phraseReferent(c, si, c.tokenAt(origin.start), c.tokenBefore(origin.end), this.last) ?? null;
      // "Aus dem Umfeld des Präsidenten hieß es": a genitive after the origin names whose circle it is
      if (speaker === null) speaker = this.genitiveOwner(si, c.tokenBefore(origin.end));
      // "Aus Regierungskreisen hieß es", "aus Verbandskreisen": the circles of the actor the sentence before is about
      const circles = speaker === null && endsInEntry(c.toks[c.tokenBefore(origin.end)]?.lower ?? '', c.lex.circleNouns, 5);
      // (a state or organisation: a person has no "Regierungskreise")
      const actor = circles ? sentenceSubject(c, si - 1) : null;
      return { ...att, speaker: actor && !actor.person ? actor.speaker : speaker, speakerSpan: origin };
    }
    // "Pakistan's foreign ministry said in a statement … The statement said": a definite document an
    // earlier frame named is that frame's speaker's, however far back; the sentence before only otherwise
    // (the document phrase of the frame stays what the speaker was read from, as a pronoun does: "Der Bericht stellt
    // fest, …" is the organisation's, read from "Der Bericht")
    const docSpan = att.speakerSpan !== null && this.documentPhrase(att.speakerSpan) ? att.speakerSpan : null;
    // "Im Urteil des Gerichts heißt es": a genitive after the document names whose it is
    const owned = this.documentOwner(si, att.frame, cue);
    if (owned) return { ...att, speaker: owned.speaker, speakerSpan: owned.span };
    const named = this.documentSpeaker(si, att.frame, cue);
    if (named) return { ...att, speaker: named.speaker, speakerSpan: docSpan ?? named.speakerSpan };
    // "Die Kommission ließ eine Tür offen: …, hieß es in einer Mitteilung": a clause before a colon in the
    // same sentence names the actor; its subject is the source
    const colon = this.colonBefore(si, cue.first);
    const own = colon >= 0 ? adjunctSubject(c, si, this.last, c.toks[colon]!.start) : null;
    if (own) return { ...att, speaker: own.speaker, speakerSpan: docSpan ?? own.span };
    const subj = subjectReferent(c, si - 1, this.last);
    // "Zugleich kritisierte es, dass Zypern … gekauft habe. Dies gefährde das Vertrauen, hieß es.": a "subject" the reader
    // finds inside what the sentence before reported is no actor of the narration; the statement goes on with that report
    const within = subj ? this.reportAround(si - 1, subj.span) : null;
    if (within) return { ...att, speaker: within.speaker, speakerSpan: docSpan ?? within.speakerSpan };
    if (subj) return { ...att, speaker: subj.speaker, speakerSpan: docSpan ?? subj.span };
    // "Die Bahn teilte mit, es gebe Verspätungen. Reisende sollten …, hieß es.": the statement goes
    // on; its source is the speaker phrase of the report just before, named or not
    const prev = this.lastPhrase;
    return prev && prev.speakerSpan && si - prev.sentence <= 1 && si >= prev.sentence ? { ...att, speaker: prev.speaker, speakerSpan: docSpan ?? prev.speakerSpan } : att;
  }

  /** The last quote made in sentence s whose span covers `span` and that has a speaker, or null. */
  private reportAround(s: number, span: Span): { speaker: string; speakerSpan: Span | null } | null {
    for (let k = this.made.length - 1; k >= 0; k--) {
      const q = this.made[k]!;
      if (q.sentence < s) break;
      if (q.sentence === s && q.speaker !== null && q.start <= span.start && q.end >= span.end) return { speaker: q.speaker, speakerSpan: q.speakerSpan };
    }
    return null;
  }

  /**
   * The owner a genitive names right after a report noun of frame [from, to] ("im Urteil des Gerichts", "in der Erklärung
   * des Ministeriums"; see {@link genitiveOwner}) with the genitive's span, or null.
   */
  private documentOwner(si: number, [from, to]: [number, number], cue: Cue): { speaker: string; span: Span } | null {
    const c = this.c;
    for (let k = from; k < to; k++) {
      if (c.inQuote[k] !== -1 || (k >= cue.first && k <= Math.max(cue.last, cue.particle)) || !isReportNoun(c, k)) continue;
      const speaker = this.genitiveOwner(si, k);
      if (speaker === null) continue;
      let b = k + 2;
      while (b + 1 <= to && b + 1 !== cue.first && c.toks[b + 1]!.kind === 'word' && isCap(c.toks[b + 1]) && c.inQuote[b + 1] === -1) b++;
      return { speaker, span: { start: c.toks[k + 1]!.start, end: c.toks[b]!.end } };
    }
    return null;
  }

  /**
   * The entity a genitive right after token k names ("des Präsidenten", "des Ministeriums", "der
   * Regierung in Kiew"): a mention in it, else what its phrase refers to; null when none follows.
   */
  private genitiveOwner(si: number, k: number): string | null {
    const c = this.c;
    const g = c.toks[k + 1];
    const n = c.toks[k + 2];
    if (!g || !n || g.sentence !== si || n.sentence !== si || !c.lex.genitiveMarkers.has(g.lower) || n.kind !== 'word' || !isCap(n) || c.inQuote[k + 2] !== -1) return null;
    const m = (c.mentionsBySentence[si] ?? []).find((x) => x.first >= k + 1 && x.first <= k + 3 && x.entity !== undefined);
    if (m?.entity !== undefined) return m.entity;
    return phraseReferent(c, si, k + 1, k + 2, this.last);
  }

  /**
   * The noun group after an origin preposition in a frame ("aus Regierungskreisen", "aus dem
   * Kanzleramt", "from the ministry"): capitalised words or an institution noun after optional
   * determiners and adjectives, or null.
   */
  private originPhrase([from, to]: [number, number], cue: Cue): Span | null {
    const c = this.c;
    for (let k = from; k < to; k++) {
      if (c.inQuote[k] !== -1 || (k >= cue.first && k <= Math.max(cue.last, cue.particle)) || !c.lex.originPrepositions.has(c.toks[k]!.lower)) continue;
      let a = k + 1;
      while (a <= to && c.lex.determiners.has(c.toks[a]!.lower)) a++;
      let b = a;
      while (b <= to && c.toks[b]!.kind === 'word' && isLower(c.toks[b]) && !isInstitution(c, b) && b - a < 2) b++;
      if (b > to || c.toks[b]!.kind !== 'word' || (isLower(c.toks[b]) && !isInstitution(c, b))) continue;
      while (b + 1 <= to && c.toks[b + 1]!.kind === 'word' && !isLower(c.toks[b + 1]) && b + 1 !== cue.first) b++;
      return { start: c.toks[k + 1]!.start, end: c.toks[b]!.end };
    }
    return null;
  }

  /**
   * Whether a speaker phrase can name a source: not a lone adverb opening the sentence ("Darin heißt
   * es", "Weiter hieß es"), which the phrase reader takes for a capitalised noun.
   */
  private namesSomeone(span: Span): boolean {
    const c = this.c;
    const a = c.tokenAt(span.start);
    const b = c.tokenBefore(span.end);
    if (a < 0 || b !== a) return true;
    const t = c.toks[a]!;
    const s = c.sentTokens[t.sentence];
    if (!s || s[0] !== a) return true;
    return (c.mentionsBySentence[t.sentence] ?? []).some((m) => m.first <= a && m.last >= a) || roleGender(c, a) !== undefined || isInstitution(c, a);
  }

  /**
   * The speaker of the last frame before sentence si that named the definite document of tokens
   * [from, to] ("the statement said", "laut der Mitteilung" after "teilte in einer Mitteilung mit";
   * German compounds ending in the noun count), or undefined.
   */
  documentSpeaker(si: number, frame: [number, number], cue: Cue): { speaker: string; speakerSpan: Span | null } | undefined {
    const doc = this.definiteDocument(frame, cue);
    const gc = this.c.lex.grammar.closedCompounds;
    return doc === null ? undefined : this.documents.findLast((d) => d.sentence < si && (d.noun === doc || (gc && d.noun.endsWith(doc))));
  }

  /**
   * The report noun of frame [from, to] outside quotes and the cue ("in der Erklärung", "the
   * statement said"), lower case, when a definite article opens its phrase; null otherwise (an
   * indefinite one, "in einer Mitteilung", is a document of its own).
   */
  private definiteDocument([from, to]: [number, number], cue: Cue): string | null {
    const c = this.c;
    for (let k = from; k <= to; k++) {
      if (c.inQuote[k] !== -1 || (k >= cue.first && k <= cue.last) || !isReportNoun(c, k)) continue;
      // the article before the noun, over at most two adjectives ("the joint statement", "der gemeinsamen Erklärung")
      for (let a = k - 1; a >= Math.max(from, k - 3); a--) {
        const w = c.toks[a]!.lower;
        if (c.lex.determiners.has(w)) return c.lex.indefiniteDeterminers.has(w) || c.lex.possessives.has(w) ? null : c.toks[k]!.lower;
        if (c.toks[a]!.kind !== 'word' || !isLower(c.toks[a])) break;
      }
    }
    return null;
  }

  /** Records the documents frame [from, to] names outside the quote [start, end) as said by `speaker`. */
  private noteDocuments(start: number, end: number, si: number, att: Attribution): void {
    const c = this.c;
    if (!att.cue || att.speaker === null) return;
    for (let k = att.frame[0]; k <= att.frame[1]; k++) {
      const t = c.toks[k];
      if (!t || c.inQuote[k] !== -1 || (t.start >= start && t.end <= end) || !isReportNoun(c, k)) continue;
      this.documents.push({ noun: t.lower, speaker: att.speaker, speakerSpan: att.speakerSpan, sentence: si });
    }
  }

  /** The phrase opens with a definite article and stands right before or right after the cue ("the statement said", "sagte die Erklärung"). */
  private definiteNextTo(span: Span, cue: Cue): boolean {
    const c = this.c;
    const a = c.tokenAt(span.start);
    const t = c.toks[a];
    if (!t || !c.lex.determiners.has(t.lower) || c.lex.indefiniteDeterminers.has(t.lower)) return false;
    return c.tokenBefore(span.end) === cue.first - 1 || a === Math.max(cue.last, cue.particle) + 1 || a === cue.last + 1;
  }

  /** A phrase opened by (or right after) an indefinite article, or headed by a report noun ("in der Mitteilung"), that names no office, institution or group ("einer Mitteilung"). */
  private documentPhrase(span: Span): boolean {
    const c = this.c;
    const a = c.tokenAt(span.start);
    const b = c.tokenBefore(span.end);
    if (a < 0 || b < a) return false;
    if (isReportNoun(c, b) && !(c.mentionsBySentence[c.toks[b]!.sentence] ?? []).some((m) => m.first <= b && m.last >= b && m.entity !== undefined)) return true;
    const opener = (k: number): boolean => c.toks[k] !== undefined && c.toks[k]!.sentence === c.toks[a]!.sentence && c.lex.indefiniteDeterminers.has(c.toks[k]!.lower);
    if (!opener(a) && !opener(a - 1)) return false;
    for (let k = a; k <= b; k++) {
      const w = c.toks[k]!.lower;
      if (roleGender(c, k) !== undefined || isInstitution(c, k) || c.lex.genericSpeakers.has(w)) return false;
    }
    return true;
  }

  /**
   * The first token of a frame that follows its reported clause in sentence si ("…, sagte sie"),
   * for {@link pronounReferent}; -1 for a frame of another sentence or an as-clause, whose main
   * clause names the speaker ("Möllers hält …, wie er sagte").
   */
  private clauseBefore(si: number, from: number): number {
    const t = this.c.toks[from];
    const p = this.c.toks[from - 1];
    // ("X kritisierte, was er einen „…“ nannte": a frame that is a relative clause leaves its main clause's subject a referent)
    const relative = !!t && this.c.lex.relativePronouns.has(t.lower) && !this.c.lex.determiners.has(t.lower);
    return t && t.sentence === si && !relative && !this.c.lex.asClauses.has(t.lower) && !(p && p.sentence === si && this.c.lex.asClauses.has(p.lower)) ? from : -1;
  }

  /**
   * Who an unlinked personal pronoun next to a speech verb refers to: the speaker of a quote in
   * the last two sentences ("he added"), else the first person named in the nearest sentence before.
   * @param frameStart first token of the speech frame in sentence si when it follows the reported clause (its mentions are no referents), or -1
   */
  pronounReferent(si: number, at = -1, frameStart = -1): { speaker: string | null; speakerSpan: Span | null } {
    const phrase = at >= 0 ? this.phraseBefore(si, at) : null;
    if (phrase) return { speaker: null, speakerSpan: phrase };
    const agr = at >= 0 ? agreementOf(this.c, at) : null;
    if (agr !== null) {
      const r = resolvePronoun(this.c, si, at, agr, this.last, 2, false, frameStart);
      if (r) return { speaker: r.speaker, speakerSpan: r.span ?? this.last?.speakerSpan ?? null };
    }
    // "Benner traf sich mit Wolf. Danach sagte sie, … Er erklärte dagegen, …": the last speaker only
    // when the pronoun agrees with her or him; else the agreeing person, even one after a preposition
    const lastGender = this.last?.speaker && this.c.entityType(this.last.speaker) === 'PER' ? genderOf(this.c, this.last.speaker) : null;
    if ((agr === 'm' || agr === 'f') && lastGender !== null && lastGender !== agr) {
      const r = resolvePronoun(this.c, si, at, agr, null, -Infinity);
      return r ? { speaker: r.speaker, speakerSpan: r.span } : { speaker: null, speakerSpan: null };
    }
    if (this.last && si - this.last.sentence <= 2) return { speaker: this.last.speaker, speakerSpan: this.last.speakerSpan };
    const p = this.c.recentPerson(si, 3);
    return p ? { speaker: p.entity ?? null, speakerSpan: { start: p.mention.start, end: p.mention.end } } : { speaker: null, speakerSpan: null };
  }

  /**
   * "Der Städtetag sprach sich dafür aus, … Er räumte aber ein, …": the speaker phrase of the report in
   * the sentence just before, when it named no known entity, is no person (no role noun) and its
   * article agrees with the pronoun at token `at`; null otherwise.
   */
  private phraseBefore(si: number, at: number): Span | null {
    const c = this.c;
    const lp = this.lastPhrase;
    if (!lp || lp.speaker !== null || !lp.speakerSpan || si - lp.sentence !== 1) return null;
    const first = c.tokenAt(lp.speakerSpan.start);
    const last = c.tokenBefore(lp.speakerSpan.end);
    const art = c.lex.subjectArticleAgreement.get(c.toks[first]?.lower ?? '');
    const pro = c.lex.pronounAgreement.get(c.toks[at]?.lower ?? '');
    if (art === undefined || pro === undefined || last <= first || roleGender(c, last) !== undefined) return null;
    const agree = art === pro || (art === 'f|pl' && (pro === 'f' || pro === 'pl')) || (pro === 'f|pl' && (art === 'f' || art === 'pl'));
    return agree ? lp.speakerSpan : null;
  }

  /** A mention pick as attribution; an unlinked pronoun takes its referent, a description the organisation its head noun names. */
  toAttribution(pick: SpeakerPick, cue: Cue | null, frame: [number, number]): Attribution {
    const m = pick.mention;
    let speaker = m?.entity ?? null;
    let speakerSpan: Span | null = m ? { start: m.mention.start, end: m.mention.end } : null;
    if (m && speaker === null && m.mention.kind === 'pronoun') {
      const ms = this.c.toks[m.first]!.sentence;
      speaker = this.pronounReferent(ms, m.first, frame[0] <= m.first ? this.clauseBefore(ms, frame[0]) : -1).speaker;
    }
    if (m && speaker === null && m.mention.kind === 'description') speaker = this.c.entityByHead(m.mention.text) ?? null;
    return { speaker, speakerSpan, cue, addressee: pick.addressee?.entity ?? null, frame };
  }

  /** A quote over tokens [rs, re] attributed through a cue. */
  candidate(kind: QuoteKind, rs: number, re: number, si: number, cue: Cue, pick: SpeakerPick, frame: [number, number], rule: string, conf: number): QuoteCandidate {
    const c = this.c;
    // ("Der Minister wurde aufgefordert, …", "He was asked whether …": see {@link passiveAttribution})
    if (cue.kind === 'verb' && passiveFrame(c, cue, frame[0])) return this.make(kind, c.toks[rs]!.start, c.toks[re]!.end, si, this.passiveAttribution(si, frame, cue), rule, conf, false);
    const att = cue.kind === 'verb' || cue.kind === 'inverted' ? this.speakerFor(si, frame[0], frame[1], cue, pick) : this.toAttribution(pick, cue, frame);
    return this.make(kind, c.toks[rs]!.start, c.toks[re]!.end, si, this.impersonal(si, this.withPhrase(att)), rule, conf, false);
  }

  /**
   * A joint-speaker phrase ("beide Seiten", "both sides") right before the cue or, in an inverted
   * frame, right after it (within the frame [from, to]): the subject of the nearest of the two sentences before that has
   * one (the first of the parties named there), or null.
   */
  private jointSpeaker(si: number, cue: Cue, from: number, to: number): { speaker: string; span: Span } | null {
    const c = this.c;
    const matches = (start: number, words: readonly string[]): boolean =>
      start >= from && start + words.length - 1 <= to && words.every((w, k) => c.toks[start + k]?.lower === w && c.inQuote[start + k] === -1);
    // after the verb only in an inverted German frame (", teilten beide Seiten mit"); elsewhere a
    // phrase after the verb is its object ("urged both sides to …", "rief beide Seiten auf")
    const inverted = c.lex.grammar.commaClauses && (c.isComma(cue.first - 1) || cue.first === c.sentTokens[si]?.[0]);
    let span: Span | null = null;
    for (const words of c.lex.jointSpeakers) {
      const at = inverted && matches(cue.last + 1, words) ? cue.last + 1 : matches(cue.first - words.length, words) ? cue.first - words.length : -1;
      if (at >= 0) {
        span = { start: c.toks[at]!.start, end: c.toks[at + words.length - 1]!.end };
        break;
      }
    }
    if (span === null) return null;
    // the first of two coordinated parties named before ("Armenien und Aserbaidschan …"), else the subject before
    for (const s of [si, si - 1, si - 2]) {
      if (s < 0) break;
      const list = c.mentionsBySentence[s] ?? [];
      for (const m of list) {
        if (m.entity === undefined || c.inQuote[m.first] !== -1 || (s === si && m.first >= cue.first) || !SPEAKER_TYPES.has(m.type)) continue;
        const co = c.toks[m.last + 1];
        if (!co || !c.lex.coordinators.has(co.lower) || co.sentence !== s) continue;
        if (list.some((o) => o !== m && o.entity !== undefined && o.entity !== m.entity && o.first > m.last + 1 && o.first <= m.last + 4)) return { speaker: m.entity, span };
      }
    }
    for (const s of [si - 1, si - 2]) {
      if (s < 0) break;
      const subj = sentenceSubject(c, s);
      if (subj) return { speaker: subj.speaker, span };
    }
    return null;
  }

  /** The first colon outside quotes in sentence si before token `before` with words before it, or -1. */
  private colonBefore(si: number, before: number): number {
    const c = this.c;
    const [a] = c.sentTokens[si] ?? [0, -1];
    for (let k = a + 2; k < before; k++) if (c.toks[k]!.text === ':' && c.inQuote[k] === -1) return k;
    return -1;
  }

  /** The speaker phrase ends in a spokesperson noun ("the spokesperson", "der Sprecher"). */
  private spokespersonSpan(span: Span | null): boolean {
    if (span === null) return false;
    const t = this.c.toks[this.c.tokenBefore(span.end)];
    return t !== undefined && this.c.lex.spokespersonNouns.has(t.lower);
  }

  /** The quote candidate of a span and its attribution (cue text and date filled in). */
  make(kind: QuoteKind, start: number, end: number, si: number, given: Attribution, rule: string, confidence: number, fragment: boolean): QuoteCandidate {
    const c = this.c;
    let att = given.cue ? { ...given, speaker: conventionalSpeaker(c, given.speaker, given.speakerSpan) } : given;
    // "„…“, so CSU-Chef Markus Söder. Der bayerische Ministerpräsident fügte hinzu, …": a verb of
    // adding whose subject names nobody goes on with the person who spoke just before
    // (so does "the spokesperson added" after a spokesperson who spoke for an organisation; the
    // subject is judged as read, before an unnamed office-holder becomes the state it works for)
    const last = this.last;
    const unnamed = given.speaker === null || (c.doc.entity(given.speaker)?.aliases.length ?? 1) === 0;
    const lastType = last?.speaker ? c.entityType(last.speaker) : undefined;
    if (att.cue && c.lex.addingVerbs.has(att.cue.lemma) && last?.speaker && (lastType === 'PER' || this.spokespersonSpan(given.speakerSpan)) && si - last.sentence <= 1 && si >= last.sentence &&
      given.speaker !== last.speaker && unnamed) {
      att = { ...att, speaker: last.speaker };
    }
    this.noteDocuments(start, end, si, att);
    this.made.push({ start, end, sentence: si, speaker: att.speaker, speakerSpan: att.speakerSpan });
    const cue = att.cue ? {
      text: c.doc.text.slice(c.toks[att.cue.first]!.start, c.toks[att.cue.last]!.end),
      start: c.toks[att.cue.first]!.start, end: c.toks[att.cue.last]!.end,
    } : null;
    return {
      kind, start, end, sentence: si, speaker: att.speaker, speakerSpan: att.speakerSpan, cue, addressee: att.addressee,
      date: this.dateIn(att.frame, att.cue), fragment, rule, confidence,
    };
  }

  /**
   * TIMEX value of when it was said: a time expression in the speech frame near the cue
   * ("erklärte am Dienstag (29.7.)", "said late Thursday"), with a calendar value (not PAST_REF),
   * not a possessive that modifies a noun ("Monday’s drills").
   */
  private dateIn([a, b]: [number, number], cue: Cue | null): string | null {
    const c = this.c;
    if (b < a || !c.doc.has('times')) return null;
    const from = cue ? Math.max(a, cue.first - 8) : a;
    const to = cue ? Math.min(b, cue.last + 12) : b;
    if (to < from) return null;
    const s = c.toks[from]!.start;
    const e = c.toks[to]!.end;
    const frameEnd = c.toks[b]!.end;
    let best: string | null = null;
    let bestDist = Infinity;
    for (const x of c.doc.get('times')) {
      if (x.start < s || x.start >= e || x.end > frameEnd || x.value === null || !/^\d/u.test(x.value) || x.type === 'DURATION' || x.type === 'SET') continue;
      if (endingClitic(c.lex, x.text) !== undefined || cliticAt(c.lex, c.doc.text, x.end)) continue;
      const dist = cue ? Math.abs(c.tokenAt(x.start) - cue.first) : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = x.value;
      }
    }
    return best;
  }
}
