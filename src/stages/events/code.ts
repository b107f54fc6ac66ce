import type { Doc } from '../../doc/doc.js';
import type { Event, PloverType, Quote, Sentence, Timex, Token } from '../../doc/types.js';
import { adjective, AUTHORITY_TYPES, coordinatedPredicate, countedGroupAt, findArguments, genitiveActor, obligationModalAt, pastForm, pledgeAddressee, quoteSpeaker, relativeClause, secondPredicate, verbAfterCoordinator, type ArgContext, type Arguments } from './actors.js';
import { reportingAuthority } from './authority.js';
import type { DocCoding, Frame, SentenceCoding } from './coding.js';
import { counterpartTargets, DEED_PENDING } from './counterpart.js';
import { coordinatedDates, eventDate, ownTimesAfter, timesBySentence } from './date.js';
import { adoptingBody, documentObject, documentSubject } from './documents.js';
import { infixedInfinitive, STATEMENT_TYPES, type EventCues, type EventLexicon, type Slot } from './lexicon.js';
import type { TriggerMatch, TriggerMatcher } from './match.js';
import { modalityOf } from './modality.js';
import { ownOrders } from './orders.js';
import { manualRules, mergeReports, occasionDates } from './reports.js';
import { remoteAgreementSides } from './remote-act.js';
import { accusedInQuote } from './reported-accusations.js';
import { nounUse, resultOfForce, selectMatches, verbFinalObject } from './select.js';
import { buildView, canAct, disputeSides, HEADLINE_ZONES, headlineSentence, indexDoc, kbKind, sideOf, stateOf, subordinatorAt, type Chain, type DocIndex, type Meeting, type PronounPolicy, type SentenceView } from './view.js';

/** Stage name recorded on every event. */
export const STAGE = 'events';

/** Uses of force whose agentless passives continue an operation reported before. */
const MATERIAL_CONFLICT: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

/** Cooperative types the PLOVER manual codes as AGREE when reported in the future tense. */
const FUTURE_AGREE: ReadonlySet<string> = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);

/** Evaluations and refusals, whose object may be an earlier act rather than an actor. */
const EVALUATIONS: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'PROTEST']);

/** Acts that undo another (a release, a withdrawal): a demand for them goes to whoever did a hostile act. */
const UNDOING: ReadonlySet<string> = new Set(['RETREAT', 'CONCEDE']);

/** Hostile acts a demand to undo may answer (arrests, attacks, deployments, sanctions). */
const HOSTILE: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION']);

/** Hostile acts and threats: what criticism without a named addressee is about. */
const HOSTILE_OR_THREAT: ReadonlySet<string> = new Set([...HOSTILE, 'THREATEN']);

/** Acts that hold people or goods (arrests, seizures): what a release frees. */
const MATERIAL_CONFLICT_HOLD: ReadonlySet<string> = new Set(['COERCE']);

/** Evaluations that disapprove: a protest or criticism noun whose addressee is unnamed is about the deed before it. */
const DISAPPROVALS: ReadonlySet<string> = new Set(['ACCUSE', 'PROTEST']);

/** Cooperative acts whose source and target are parties of one joint act (symmetric meetings, pacts, joint drills). */
const JOINT: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/** An event of type `coded` reports the act a noun of type `noun` names (drills held jointly are coded COOPERATE). */
const sameAct = (coded: string, noun: string): boolean => coded === noun || (noun === 'MOBILIZE' && coded === 'COOPERATE')
  // (an evaluation may call a detention a kidnapping: "nahm zwei Polizisten fest … sprach von einer Entführung")
  || (noun === 'ASSAULT' && coded === 'COERCE');

/** Knowledge-base kinds of actors that act as a body (states, international organisations), not as a crowd. */
const STATE_KINDS: ReadonlySet<string> = new Set(['country', 'org']);

/** Acts against a side that its threat without an addressee answers. */
const ANSWERED: ReadonlySet<string> = new Set(['ACCUSE', 'REQUEST', 'SANCTION', 'COERCE', 'ASSAULT']);

/** Demands and accusations a threat without an addressee may back ("…, andernfalls werde man Maßnahmen ergreifen"). */
const THREAT_OCCASIONS: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE', 'THREATEN']);

/** Evaluations whose addressee is whoever did the act they judge (a protest is made to whoever can undo it). */
const JUDGED: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);

/**
 * Whether every chain of `targets` in the sentence is the genitive of act noun `act`: right after it (an article
 * between at most), as a genitive or after a genitive marker or preposition ("der Festnahme Maduros", "the arrest of
 * Yashin", "die Festnahme von Jaschin"). Such a chain names whom the act concerns, not who did it.
 */
function patientsOf(view: SentenceView, act: TriggerMatch, targets: readonly string[], cues: EventCues): boolean {
  const chains = view.chains.filter((ch) => targets.includes(ch.entity));
  const genitive = (ch: Chain): boolean => ch.role === 'gen' || (ch.role.startsWith('pp:') && (cues.genitiveMarkers.has(ch.role.slice(3)) || cues.genitivePrepositions.has(ch.role.slice(3))));
  return chains.length > 0 && chains.every((ch) => ch.first > act.last && ch.first <= act.last + 3 && view.clause[ch.first] === view.clause[act.last] && genitive(ch));
}

/**
 * The doers of the latest report of act noun `act`'s type on one of `patients` (not negated; in this sentence before
 * `at` or anywhere before it), without `sources`: "nahm Jaschin fest … verurteilte die Festnahme Jaschins". The
 * patient named with the noun identifies the act however far back it was reported (unlike a bare "die Festnahme",
 * `OBJECT_ACT_WINDOW`); another act of the type on someone else is another act. Empty when none is reported.
 */
function doersOnPatients(act: TriggerMatch, out: readonly Event[], si: number, at: number, patients: readonly string[], sources: readonly string[]): string[] {
  for (let i = out.length - 1; i >= 0; i--) {
    const ev = out[i]!;
    if (!sameAct(ev.type, act.entry.type) || ev.source === null || ev.target === null || !patients.includes(ev.target) || ev.modality === 'negated' || (ev.sentence === si && ev.trigger.start >= at)) continue;
    return sources.includes(ev.source) ? [] : [ev.source];
  }
  return [];
}

/** Speech acts a rejection answers: rejecting a demand or an accusation is directed at its author. */
const AUTHORED: ReadonlySet<string> = new Set(['REQUEST', 'ACCUSE']);

/** The act a trigger's object names ("the seizure", "den Austausch"): an act noun right after the trigger in its clause. */
function objectAct(view: SentenceView, m: TriggerMatch, found: readonly TriggerMatch[], cues: EventCues, ctx: ArgContext): TriggerMatch | undefined {
  const clause = view.clause[m.first];
  // (German: not past a coordinated second verb, "verurteilte die Gewalt und sagte Ägypten Hilfe zu")
  const end = cues.verbSecond ? verbAfterCoordinator(ctx, m.last + 1) : view.words.length;
  // the object may stand between the elements of the pattern ("called the seizure illegal")
  // (a rejection's pattern may name the demand or accusation itself: "wies die Forderung zurück" rejects whoever made it)
  // (praise or blame may name the act in its own pattern too: "welcomed the agreement", "hailed the release")
  // (and a demand the act it asks to be undone: "forderte den Abzug")
  const inPattern = (o: TriggerMatch): boolean => (m.entry.type === 'REJECT' ? AUTHORED.has(o.entry.type)
    : m.entry.type === 'REQUEST' ? UNDOING.has(o.entry.type) : m.entry.type === 'SUPPORT' || m.entry.type === 'ACCUSE');
  const after = found.find((o) => o.first > m.first && o.first < end && (!m.positions.includes(o.first) || inPattern(o)) && o.first - m.first <= 8 && view.clause[o.first] === clause && o.entry.type !== m.entry.type
    // English has no verb right after a verb: a bare noun there is the object ("condemned attacks on …")
    && (nounUse(view, o, cues) || (!cues.verbSecond && o.first === m.last + 1)));
  if (after) return after;
  // German: a verb that closes its clause has its object act before it ("hat die Angriffe auf Kiew verurteilt")
  const final = cues.verbSecond ? found.findLast((o) => o !== m && verbFinalObject(view, o, m, cues)) : undefined;
  if (final || m.entry.type !== 'ACCUSE') return final;
  // a blame whose act stands before it in its clause: the subject of a verdict ("die Angriffe auf Rafah seien ein
  // Verbrechen") or a fronted object ("Den Angriff verurteilte die EU")
  // (the noun phrase opens the clause: an act in a fronted prepositional phrase, "Vor dem Gipfel mit Scholz warnte
  // Macron …", only dates the blame)
  // ("Von Russland wurde das Treffen kritisiert": a passive's subject after its auxiliary counts too)
  const opens = (o: TriggerMatch): boolean => {
    let k = o.first - 1;
    const modifier = (w: string, r: string): boolean => cues.determiners.has(w) || (/^\p{Ll}/u.test(r) && !cues.prepositions.has(w) && !cues.passiveAux.has(w));
    while (k >= 0 && view.clause[k] === clause && modifier(view.words[k]!, view.raw[k]!)) k--;
    return k < 0 || view.clause[k] !== clause || cues.passiveAux.has(view.words[k]!);
  };
  return found.findLast((o) => o.last < m.first && m.first - o.last <= 8 && view.clause[o.first] === clause && !SPEECH.has(o.entry.type) && nounUse(view, o, cues) && opens(o));
}

/** The authors a demand or accusation noun names in a prepositional phrase of its own ("die Kritik aus Moskau"), not its doers found elsewhere in the clause. */
function authorsOf(ctx: ArgContext, act: TriggerMatch, exclude: readonly string[]): string[] {
  const a = findArguments(ctx, act);
  return a.how.startsWith('pp:') ? a.sources.filter((id) => !exclude.includes(id)) : [];
}

/**
 * German: a finite verb whose clause ends on a separable particle the pattern does not hold is another verb, when the
 * two are a listed cue of their own ("kündigte ein Abkommen an" announces, "kündigte das Abkommen" terminates; "sagte
 * das Treffen ab" cancels).
 */
function otherParticleVerb(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (!cues.verbSecond || m.entry.pos !== 'verb') return false;
  const c = view.clause[m.first];
  let k = -1;
  for (let j = m.last + 1; j < view.words.length && view.clause[j] === c; j++) if (view.tokens[j]!.kind === 'word') k = j;
  if (k < 0 || m.positions.includes(k) || !cues.verbParticles.has(view.words[k]!)) return false;
  const verb = view.words[m.first]!;
  const particle = view.words[k]!;
  // (the cue lists indexed by first word: only the cues that open with this verb)
  const { planned, negators, hypothetical } = cues.cueIndex;
  return [planned, negators, hypothetical].some((index) => index.get(verb)?.some((cue) => cue.length === 2 && cue[1] === particle) === true);
}

/** How many sentences back an act noun of a given type ("das Abkommen", "the seizure") may find its report. */
const OBJECT_ACT_WINDOW = 5;

/**
 * The doers of an act noun (see {@link objectAct}): the parties of the latest report of its type in the
 * five previous sentences or earlier in the evaluation's own sentence (both parties of a joint act).
 */
function doersOfObjectAct(act: TriggerMatch | undefined, out: readonly Event[], si: number, at: number, sources: readonly string[]): string[] {
  if (!act) return [];
  for (let i = out.length - 1; i >= 0; i--) {
    const ev = out[i]!;
    if (ev.sentence < si - OBJECT_ACT_WINDOW) break;
    // (in the evaluation's own sentence only an act reported before it: "Nach dem Angriff … verurteilte die EU den Angriff")
    // (not an act reported as not done: "Bagdad werde keine Angriffe dulden … Die USA kritisierten den Angriff")
    if (!sameAct(ev.type, act.entry.type) || ev.source === null || ev.modality === 'negated' || (ev.sentence === si && ev.trigger.start >= at)) continue;
    // "Turkey and Greece agreed … Fidan said Turkey was ready to talk … The EU welcomed the agreement": a joint act has
    // two parties; a report naming one gives way to an earlier one in the window that names both
    if (JOINT.has(ev.type) && ev.target === null && out.slice(0, i).some((o) => o.sentence >= si - OBJECT_ACT_WINDOW && sameAct(o.type, act.entry.type) && o.source !== null && o.target !== null)) continue;
    const same = out.filter((o) => o.sentence === ev.sentence && o.type === ev.type && o.source !== null && (o.sentence !== si || o.trigger.start < at));
    // a joint act ("Russland und Belarus begannen ein Manöver", "signed a pact") was done by all its parties
    const doers = same.flatMap((o) => (JOINT.has(o.type) && o.target !== null ? [o.source!, o.target] : [o.source!]));
    return [...new Set(doers)].filter((d) => !sources.includes(d));
  }
  return [];
}

/** The target of the previous act of force of the sentence, when the trigger continues it after a coordinator in the same clause with the same doer. */
function continuedTarget(view: SentenceView, m: TriggerMatch, here: readonly Event[], sources: readonly string[], cues: EventCues): string | null {
  const at = view.tokens[m.first]!.start;
  for (let i = here.length - 1; i >= 0; i--) {
    const ev = here[i]!;
    if (!MATERIAL_CONFLICT.has(ev.type) || ev.target === null || ev.trigger.start >= at) continue;
    if (sources.length > 0 && (ev.source === null || !sources.includes(ev.source))) return null;
    const k0 = view.tokens.findIndex((t) => t.start === ev.trigger.start);
    if (k0 < 0 || view.clause[k0] !== view.clause[m.first]) return null;
    for (let k = k0 + 1; k < m.first; k++) if (cues.coordinators.has(view.words[k]!)) return ev.target;
    return null;
  }
  return null;
}

/**
 * "filed a complaint against U.S. tariffs and warned it would hit back", "ließ die Lautsprecher abschalten, ordnete
 * Maßnahmen … an": a verb that opens a predicate coordinated after an earlier one of its sentence (after "and"/"und"
 * or a comma, with no subject of its own) and names no addressee is directed at the addressee of that predicate.
 * Only the latest earlier event of the sentence counts, and only when it has the same doer (another doer between
 * means another subject); the targets of every event coded from that trigger ("both sides") are taken over.
 */
function coordinatedTargets(ctx: ArgContext, m: TriggerMatch, quad: string, here: readonly Event[], sources: readonly string[]): string[] {
  const { view: v, cues } = ctx;
  if (sources.length === 0 || m.entry.pos !== 'verb') return [];
  const at = v.tokens[m.first]!.start;
  const before = here.filter((ev) => ev.trigger.start < at);
  const last = before[before.length - 1];
  if (!last || last.source === null || !sources.includes(last.source)) return [];
  // English: a request that names its own addressees, unnamed ("and called on miners and teachers to join", "and urged
  // supporters to resist"), asks them, not the addressee of the predicate before it: words that no actor holds
  // between the verb (with its particles) and the "to" of the requested act
  if (m.entry.type === 'REQUEST' && !cues.verbSecond) {
    let j = m.first + 1;
    while (m.positions.includes(j)) j++;
    const to = v.words.indexOf('to', j);
    if (to > j && to - j <= 5 && v.tokens.slice(j, to).every((t) => t.kind === 'word') && !v.words.slice(j, to).some((w) => cues.pronouns.has(w)) && !v.chains.some((ch) => ch.last >= j && ch.first < to)) return [];
  }
  // (only between acts of one kind, cooperation or conflict: "traf X und kündigte Sanktionen an" does not sanction X)
  if (last.quad.endsWith('cooperation') !== quad.endsWith('cooperation')) return [];
  const same = before.filter((ev) => ev.trigger.start === last.trigger.start && ev.source === last.source && ev.target !== null);
  if (same.length === 0) return [];
  const k0 = v.tokens.findIndex((t) => t.start === last.trigger.start);
  if (k0 < 0 || k0 >= m.first) return [];
  // where m's predicate opens: a coordinator (English: before a past-tense form) or a list comma right before the verb
  let open = -1;
  // (English: a finite past form, not a participle clause: "…, injuring four crew members")
  const finite = cues.verbSecond || pastForm(v.raw[m.first]!, cues);
  // (a comma that closes a fronted subordinate clause opens the main clause, no list: "Weil Putin Erdogan einlud,
  // reiste dieser ab")
  let c0 = k0;
  while (c0 > 0 && v.clause[c0 - 1] === v.clause[k0]) c0--;
  while (c0 < k0 && v.tokens[c0]!.kind !== 'word') c0++;
  // (so does the comma that closes a relative clause: "Die Türkei, die Dbeibahs Regierung unterstützt, begrüsste …")
  const relative = c0 > 0 && v.words[c0 - 1] === ',' && (cues.subjectRelatives.has(v.words[c0]!) || cues.personSubjectRelatives.has(v.words[c0]!));
  const subordinate = subordinatorAt(v.words, v.raw, c0, cues) || relative;
  if (v.words[m.first - 1] === ',' && /^\p{Ll}/u.test(v.raw[m.first]!)) open = finite && !subordinate ? m.first - 1 : -1;
  else if (cues.verbSecond) {
    for (let k = m.first - 1; k > k0 && open < 0; k--) if (coordinatedPredicate(v, cues, k, m.first + 1) && !coordinatedPredicate(v, cues, k + 1, m.first + 1)) open = k;
  } else {
    const k = secondPredicate(v, cues, k0 + 1);
    if (k < m.first) open = k;
  }
  if (open <= k0) return [];
  // (no subject of its own between the opening and the verb, and no quote boundary: "… und Kinshasa entwaffnet")
  if (v.chains.some((ch) => ch.first > open && ch.first < m.first && ch.role === 'core' && ch.kind !== 'adjective')) return [];
  if (v.tokens.slice(open, m.first).some((t) => t.kind === 'quote')) return [];
  return [...new Set(same.map((ev) => ev.target!))].filter((t) => !sources.includes(t));
}


/**
 * A demand told as an obligation: a verb trigger of an act (no statement) inside a quote with a known speaker, with a
 * modal of obligation in its clause ("Belgrad müsse sie freilassen", "dass Belgrad sie freilassen müsse", "Russia must
 * withdraw"), whose doer is named and is neither the speaker nor the speaker's state ("Wir müssen aufrüsten" is a plan).
 * The speaker and the doers (the addressees of the demand), or null.
 */
function obligation(view: SentenceView, m: TriggerMatch, quotes: readonly Quote[], cues: EventCues, doers: readonly string[], idx: ReturnType<typeof indexDoc>): { speaker: string; of: string[] } | null {
  if (m.entry.pos !== 'verb' || STATEMENT_TYPES.has(m.entry.type) || doers.length === 0 || cues.obligationModals.size === 0) return null;
  const t = view.tokens[m.first]!;
  const q = quotes.find((x) => x.speaker !== null && x.start <= t.start && t.end <= x.end);
  if (!q || q.speaker === null) return null;
  const c = view.clause[m.first];
  let modal = false;
  for (let k = 0; k < view.words.length && !modal; k++) if (view.clause[k] === c && obligationModalAt(view.words, k, cues)) modal = true;
  if (!modal) return null;
  const ownSide = sideOf(idx, [q.speaker]);
  const of = doers.filter((d) => !ownSide(d));
  return of.length === doers.length ? { speaker: q.speaker, of } : null;
}

/**
 * English: the speaker a possessive object of a reported act of force stands for ("The CSP said Malian troops had
 * attacked its positions"): a possessive within two words after the trigger that resolved to one of the doers, or to
 * nobody (not "its own"), and a verb of saying before the trigger whose subject (the first acting chain before it) is no
 * doer. Or null.
 */
function speakerOfPossessive(view: SentenceView, m: TriggerMatch, cues: EventCues, doers: readonly string[]): string | null {
  let p = -1;
  for (let k = m.last + 1; k <= m.last + 2 && k < view.words.length; k++) if (cues.possessives.has(view.words[k]!)) { p = k; break; }
  if (p < 0 || cues.ownIntensifiers.has(view.words[p + 1] ?? '')) return null;
  const own = view.chains.find((c) => c.first <= p && p <= c.last);
  if (own && own.entity !== '' && !doers.includes(own.entity)) return null;
  let said = -1;
  for (let k = m.first - 1; k > 0 && said < 0; k--) if (cues.reportingVerbs.has(view.words[k]!)) said = k;
  if (said < 0) return null;
  const speaker = view.chains.find((c) => c.last < said && c.role === 'core' && canAct(c.type) && c.entity !== '');
  return speaker && !doers.includes(speaker.entity) ? speaker.entity : null;
}

/**
 * The actor of the clause that a word after the trigger opens (`opens`: an occasion subordinator, a conditional): the
 * first named or adjectival actor within four words after the first such word, unless it is on the side of `sources`.
 */
function actorOfClauseAfter(view: SentenceView, m: TriggerMatch, idx: ReturnType<typeof indexDoc>, sources: readonly string[], opens: (w: string, j: number) => boolean): string | null {
  const k = view.words.findIndex((w, j) => j > m.last && opens(w, j));
  return k < 0 ? null : actorAfterWord(view, k, idx, sources);
}

/** The first named or adjectival actor within four words after word `k`, unless it is on the side of `sources`. */
function actorAfterWord(view: SentenceView, k: number, idx: ReturnType<typeof indexDoc>, sources: readonly string[]): string | null {
  const actor = view.chains.find((ch) => ch.first > k && ch.first <= k + 4 && canAct(ch.type) && ch.entity !== '' && ch.kind !== 'pronoun');
  return actor && !sideOf(idx, sources)(actor.entity) ? actor.entity : null;
}

/**
 * A condition fronted before the trigger's clause: the position of a conditional ("if", "should", "falls", "sollte")
 * that opens the sentence (only punctuation before it) in an earlier clause than the trigger, or -1. ("Sollte Serbien
 * die Grenze schließen, werde man …", "If Venezuela attacks Guyana, the EU will …")
 */
function frontedCondition(view: SentenceView, m: TriggerMatch, cues: EventCues): number {
  let k = 0;
  while (k < m.first && view.tokens[k]!.kind !== 'word') k++;
  return k < m.first && cues.conditionals.has(view.words[k]!) && view.clause[k]! < view.clause[m.first]! ? k : -1;
}

/** The actor of a condition fronted before the trigger (see {@link frontedCondition}), not on the side of `sources`, or null. */
function actorOfFrontedCondition(view: SentenceView, m: TriggerMatch, cues: EventCues, idx: ReturnType<typeof indexDoc>, sources: readonly string[]): string | null {
  const k = frontedCondition(view, m, cues);
  if (k < 0) return null;
  const actor = actorAfterWord(view, k, idx, sources);
  // (the actor must stand in the condition itself, not in the clause of the act)
  const at = actor === null ? undefined : view.chains.find((ch) => ch.entity === actor && ch.first > k);
  return at && view.clause[at.first]! < view.clause[m.first]! ? actor : null;
}

/** Demands: what a promise or refusal without an addressee answers. */
const REQUESTS: ReadonlySet<string> = new Set(['REQUEST']);

/**
 * The latest event between the two sides in the `back` sentences before sentence `si` (not in it): one of `types`
 * with both actors, done by the side `own` tells (`by: 'own'`: a demand or accusation the side made, whose
 * addressee its threat continues) or done to it by the other side (`by: 'other'`: a demand it answers, an act it
 * retaliates for), and passing `also`.
 */
function lastBetween(out: readonly Event[], si: number, own: (id: string) => boolean, q: { back: number; types: ReadonlySet<string>; by: 'own' | 'other'; also?: (ev: Event) => boolean }): Event | undefined {
  return out.findLast((ev) => ev.sentence >= si - q.back && ev.sentence < si && q.types.has(ev.type) && ev.source !== null && ev.target !== null
    && (q.by === 'own' ? own(ev.source) && !own(ev.target) : own(ev.target) && !own(ev.source)) && (q.also === undefined || q.also(ev)));
}

/** Whether an additive particle ("also", "auch") stands in the trigger's clause before it or within two words after it. */
function additiveIn(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const c = view.clause[m.first];
  for (let k = 0; k <= m.last + 2 && k < view.words.length; k++) if (view.clause[k] === c && !m.positions.includes(k) && cues.additives.has(view.words[k]!)) return true;
  return false;
}

/** Verbal and material conflict: acts directed against another side. */
const CONFLICT: ReadonlySet<string> = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'COERCE', 'ASSAULT']);

/** Whether a threat verb names what it threatens with or what it threatens to do: an instrument phrase ("mit …") in its clause, or a complement after it ("zu …", "dass …", "anzugreifen"). */
function threatContent(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const c = view.clause[m.first];
  for (let k = 0; k < view.words.length; k++) {
    const w = view.words[k]!;
    if (view.clause[k] === c && cues.threatInstruments.has(w)) return true;
    // (a "zu" of a zu-infinitive stands right before the verb that closes its clause; "bis zu neun Jahre" is none)
    const infinitive = cues.infinitive.markers.has(w) ? view.tokens[k + 2]?.kind !== 'word' && /^\p{Ll}/u.test(view.raw[k + 1] ?? '') : cues.complementMarkers.has(w);
    if (k > m.last && (infinitive || infixedInfinitive(cues.infinitive, w))) return true;
  }
  return false;
}

/** Uses and shows of force an operation noun ("the operation", "den Einsatz") may name. */
const FORCE: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'MOBILIZE']);

/** Statements and evaluations: a generic act noun ("the move", "den Schritt") names a deed, not one of these. */
const SPEECH: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST']);

/** What {@link doersOfGenericAct} reads besides the sentence and the match. */
interface GenericActOptions {
  /** Events coded so far in the document. */
  readonly out: readonly Event[];
  /** Index of the sentence being coded. */
  readonly si: number;
  /** The judge's sources: their own words and offers are not judged by them. */
  readonly sources: readonly string[];
  readonly cues: EventCues;
  /** Events reported by a definite noun that may restate an earlier act. */
  readonly restated: ReadonlySet<Event>;
  /** Trigger-entry ids of offers. */
  readonly offers: ReadonlySet<string>;
  /** The judge's side, whose deeds are passed over (default: its sources only). */
  readonly own?: ((id: string) => boolean) | undefined;
  /** Whether the evaluation is passive ("The decision was condemned by the EU"). */
  readonly passive?: boolean;
  /**
   * Where the speaker of rejected words is looked for (default `out`): also the accusations still waiting for the deed
   * they judge, which have a speaker before they have an addressee.
   */
  readonly speakers?: readonly Event[];
}

/** The doers {@link doersOfGenericAct} found, and whether the phrase names a deed at all. */
interface GenericActDoers {
  readonly doers: string[];
  readonly namesDeed: boolean;
}

/**
 * "verurteilte den Einsatz", "condemned the move": a generic act noun right after the evaluation (after its
 * determiner) names the latest deed (for operation nouns: use of force) reported in this sentence before it or
 * in the three previous sentences; the parties who did it (both parties of a joint act). A deed of the judge's side
 * (`own`; by default only its sources) is passed over. `namesDeed` is true when the phrase names a deed at all (not an
 * offer, words, or a demonstrative), so that blame with no doer in the window can wait for the document steps.
 */
function doersOfGenericAct(view: SentenceView, m: TriggerMatch, o: GenericActOptions): GenericActDoers {
  const { out, si, sources, cues, restated, offers, passive = false } = o;
  const speakers = o.speakers ?? out;
  const own = o.own ?? ((id: string): boolean => sources.includes(id));
  const none: GenericActDoers = { doers: [], namesDeed: false };
  const only = (doers: string[]): GenericActDoers => ({ doers, namesDeed: false });
  const clause = view.clause[m.first];
  const at = view.tokens[m.first]!.start;
  const generic = (w: string): boolean => cues.actNouns.has(w) || cues.operationNouns.has(w) || cues.speechNouns.has(w) || cues.offerNouns.has(w);
  // "wies das zurück", "rejected this as propaganda": a demonstrative object alone stands for what was said last
  if (m.entry.type === 'REJECT' || m.entry.type === 'ACCUSE') {
    // (a coordinator may follow: "bestritt das und beschuldigte …"; an offer noun of the pattern makes it an article:
    // "lehnte das Angebot ab")
    const d = [m.first + 1, m.last + 1].find((j) => cues.speechDemonstratives.has(view.words[j] ?? '') && view.clause[j] === clause
      && (j + 1 >= view.words.length || view.tokens[j + 1]!.kind !== 'word' || (m.positions.includes(j + 1) && !cues.offerNouns.has(view.words[j + 1]!))
        || cues.prepositions.has(view.words[j + 1]!) || cues.coordinators.has(view.words[j + 1]!)));
    if (d !== undefined) return only(lastSpeaker(speakers, si, at, sources));
  }
  // (a pattern may end on the act noun itself: "welcomed … the move")
  let k = m.positions.length > 1 && generic(view.words[m.last]!) ? m.last : m.last + 1;
  while (k < view.words.length && k - m.last <= 3 && view.clause[k] === clause && !generic(view.words[k]!)) k++;
  // (or inside the pattern, between the verb and its verdict: "nannte die Entscheidung „unverhältnismäßig“")
  if (!(k < view.words.length && generic(view.words[k]!)) && m.positions.length > 1) {
    for (let j = m.first + 1; j < m.last; j++) {
      // (an offer noun may be the pattern's own element: "lehnte das Angebot ab")
      if (view.clause[j] === clause && (!m.positions.includes(j) || cues.offerNouns.has(view.words[j]!)) && generic(view.words[j]!)) { k = j; break; }
    }
  }
  // "said the closure was unacceptable", "the balloon flights were illegal": a verdict whose subject is the act noun
  // (a determiner up to two words before it: "the balloon flights")
  // (in the passive the object is the subject: "The decision was condemned by the EU", "Von der EU wurde das Vorgehen
  // verurteilt", and a German subject may open the clause far before the participle: "Das Vorgehen wurde von der EU
  // scharf verurteilt")
  const subjectSlot = m.entry.target.includes('subj') || (passive && m.entry.target.includes('obj'));
  if ((k >= view.words.length || !generic(view.words[k]!)) && subjectSlot) {
    for (let j = m.first - 1; j >= 1 && j >= m.first - 3 && view.clause[j] === clause; j--) {
      if (!generic(view.words[j]!)) continue;
      if ([j - 1, j - 2].some((d) => d >= 0 && cues.determiners.has(view.words[d]!))) { k = j; break; }
    }
  }
  if ((k >= view.words.length || !generic(view.words[k]!)) && passive && m.entry.target.includes('obj')) {
    let c0 = m.first;
    while (c0 > 0 && view.clause[c0 - 1] === clause) c0--;
    while (c0 < m.first && view.tokens[c0]!.kind !== 'word') c0++;
    // (a determiner opens the clause and the act noun follows it, one lower-case modifier between at most)
    const j = [c0 + 1, c0 + 2].find((x) => x < m.first && generic(view.words[x]!) && (x === c0 + 1 || /^\p{Ll}/u.test(view.raw[c0 + 1]!)));
    if (cues.determiners.has(view.words[c0]!) && j !== undefined) k = j;
  }
  if (k >= view.words.length || !generic(view.words[k]!) || !(cues.determiners.has(view.words[k - 1] ?? '') || cues.determiners.has(view.words[k - 2] ?? ''))) return none;
  // "rejected the remarks as baseless": a noun of speech names what was said last, its speaker is the target
  // (a rejection or criticism of words only; the speaker's own words are not rejected by the speaker)
  // "bot an, zu vermitteln … Peru lehnte das Angebot ab": an offer or proposal is whoever offered last
  // (an offer is coded as the offered act, hypothetical: "bot an, zu vermitteln" is CONSULT; see TriggerEntry.offer)
  if (cues.offerNouns.has(view.words[k]!)) return only(lastOf(out, si, at, sources, OFFERS, offers));
  if (cues.speechNouns.has(view.words[k]!)) {
    if (m.entry.type !== 'REJECT' && m.entry.type !== 'ACCUSE') return none;
    return only(lastSpeaker(speakers, si, at, sources));
  }
  // "the operation", "den Einsatz" name a use of force; "the move", "die Entscheidung" any deed
  const force = cues.operationNouns.has(view.words[k]!);
  // (a rejection is words as a rule, but with no deed before it, the last refusal is the decision: "Ungarn blockierte
  // die Erklärung. Tusk kritisierte die Entscheidung", "Hungary vetoed the statement. Poland criticised the move")
  let refusal: Event | undefined;
  const doersOf = (ev: Event): string[] => {
    const same = out.filter((o) => o.sentence === ev.sentence && o.type === ev.type && o.source !== null && (o.sentence !== si || o.trigger.start < at));
    const doers = same.flatMap((o) => (JOINT.has(o.type) && o.target !== null ? [o.source!, o.target] : [o.source!]));
    return [...new Set(doers)].filter((d) => !own(d));
  };
  for (let i = out.length - 1; i >= 0; i--) {
    const ev = out[i]!;
    if (ev.sentence < si - 3) break;
    // a definite noun restating an act ("die Festnahme") names no new doer
    // (a definite noun that is the first report of its act still reports it: "hat das Waffenembargo verlängert")
    const restating = restated.has(ev) && out.slice(0, i).some((o) => o.type === ev.type);
    // (a meeting is no step, measure or decision: "Merz traf Selenskyj … Russland kritisierte die Beschlüsse")
    // (nor a threat: a threat is words, "the move", "the vote" are deeds: "Turkey threatened … Serbia boycotted the vote")
    // (nor a deed of the judge's own side, which a criticism does not address: "Die EU wies die Vorwürfe zurück. Die
    // Ausweisung sei ungerechtfertigt, erklärte die EU-Außenbeauftragte" judges the expulsion reported before)
    const eligible = ev.source !== null && !restating && !(ev.sentence === si && ev.trigger.start >= at) && !own(ev.source);
    if (eligible && refusal === undefined && ev.type === 'REJECT' && !force) refusal = ev;
    if (SPEECH.has(ev.type) || ev.type === 'CONSULT' || ev.type === 'THREATEN' || (force && !FORCE.has(ev.type)) || ev.source === null || restating || (ev.sentence === si && ev.trigger.start >= at) || !eligible) continue;
    return { doers: doersOf(ev), namesDeed: true };
  }
  return { doers: refusal === undefined ? [] : doersOf(refusal), namesDeed: true };
}

/**
 * Whether a one-word blame verb's object is a definite noun phrase that names neither an actor nor a deed
 * ("criticised the rapprochement", "kritisierte die Annäherung"): a definite article right after the verb, no generic
 * act noun in the next three words ("condemned the move", "kritisierte den Einsatz" refer back to a deed, and without
 * one name nobody), and no actor mention in the rest of the clause (whose addressee would have been found). Phrasal
 * patterns ("hit back at", "called out") and indefinite objects ("slammed a home run") are often no blame at all.
 */
function thingObject(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const k = m.last + 1;
  const clause = view.clause[m.first];
  if (m.positions.length !== 1 || !cues.definiteArticles.has(view.words[k] ?? '') || view.clause[k + 1] !== clause || view.tokens[k + 1]?.kind !== 'word') return false;
  for (let j = k + 1; j <= k + 3 && j < view.words.length && view.clause[j] === clause; j++) {
    const w = view.words[j]!;
    if (cues.actNouns.has(w) || cues.operationNouns.has(w) || cues.speechNouns.has(w)) return false;
  }
  return !view.chains.some((ch) => ch.last >= k && view.clause[ch.first] === clause);
}

/** The source of the latest speech act before offset `at` in this or the three previous sentences, unless it is one of `sources`. */
function lastSpeaker(out: readonly Event[], si: number, at: number, sources: readonly string[]): string[] {
  return lastOf(out, si, at, sources, SPEECH);
}

/** Acts an offer or proposal noun refers back to. */
const OFFERS: ReadonlySet<string> = new Set(['AGREE']);

/**
 * The id of the trigger entry an event was coded from: the part of its rule before "#" (emitEvents writes
 * `entry-id#how`; the stage prefixes "events/" only after coding, and every event of `out` comes from emitEvents).
 */
function entryIdOf(ev: Event): string {
  const k = ev.rule.indexOf('#');
  return k < 0 ? ev.rule : ev.rule.slice(0, k);
}

/**
 * The source of the last event of one of `types`, or coded by an entry of `entries`, before `at` (this or the three
 * sentences before), unless it is one of `sources`.
 */
function lastOf(out: readonly Event[], si: number, at: number, sources: readonly string[], types: ReadonlySet<string>, entries?: ReadonlySet<string>): string[] {
  const byEntry = (ev: Event): boolean => entries !== undefined && entries.has(entryIdOf(ev));
  for (let i = out.length - 1; i >= 0; i--) {
    const ev = out[i]!;
    if (ev.sentence < si - 3) break;
    if (!(types.has(ev.type) || byEntry(ev)) || ev.source === null || (ev.sentence === si && ev.trigger.start >= at)) continue;
    return sources.includes(ev.source) ? [] : [ev.source];
  }
  return [];
}

/** A match score ("2-0", "3:1"), every one in a text. */
const SCORES = /(?<![\d.:])\d{1,2} ?[-:–] ?\d{1,2}(?![\d:]|\.\d)/gu;

/**
 * The scores in `doc.text[start, end)` that are no clock time the time stage read ("um 13:30 Uhr", "at 9:45"),
 * with their offsets.
 */
function scoresIn(doc: Doc, start: number, end: number): { index: number; text: string }[] {
  const times = doc.get('times');
  const out: { index: number; text: string }[] = [];
  for (const m of doc.text.slice(start, end).matchAll(SCORES)) {
    const a = start + m.index;
    const b = a + m[0].length;
    if (!times.some((t) => t.start < b && a < t.end)) out.push({ index: a, text: m[0] });
  }
  return out;
}

/**
 * "tariffs hit exports", "The conflict between Israel and Hamas has killed thousands": the subject that does an
 * ambiguous act is a thing or a state — the word right before the verb, or the head noun opening its clause.
 */
function inanimateSubject(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (cues.inanimateSubjects.has(view.words[m.first - 1] ?? '')) return true;
  let c0 = m.first;
  while (c0 > 0 && view.clause[c0 - 1] === view.clause[m.first]) c0--;
  while (c0 < m.first && (view.tokens[c0]!.kind !== 'word' || cues.determiners.has(view.words[c0]!))) c0++;
  return c0 < m.first && cues.inanimateSubjects.has(view.words[c0]!);
}

/**
 * A match score in a paragraph that is no vote tally (a `tallyStems` word within 14 characters: "voted 13-2", "mit 13:2
 * Stimmen"); the title is judged with the first body paragraph and with every body paragraph that repeats its trigger
 * word ("Fiji beat Samoa" over "… Fiji beat Samoa 31-17 in Suva").
 */
function sportsScore(doc: Doc, paragraph: number, cues: EventCues, word: string): boolean {
  const paragraphs = doc.get('paragraphs');
  const texts = [paragraphs[paragraph]];
  if (paragraphs[paragraph]?.zone === 'title') {
    const again = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'iu');
    const body = paragraphs.filter((p) => p.zone === 'body');
    texts.push(body[0], ...body.filter((p) => again.test(doc.text.slice(p.start, p.end))));
  }
  for (const p of texts) {
    if (!p) continue;
    for (const m of scoresIn(doc, p.start, p.end)) {
      const near = doc.text.slice(Math.max(p.start, m.index - 14), Math.min(p.end, m.index + m.text.length + 14)).toLowerCase();
      if (!cues.tallyStems.some((t) => near.includes(t))) return true;
    }
  }
  return false;
}

/** Calendar values that compare as strings: YYYY, YYYY-MM, YYYY-MM-DD. */
const CALENDAR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** Zones whose sentences can report events (not datelines or bylines). */
const EVENT_ZONES = new Set(['title', 'heading', 'body']);

/** Token index ranges [first, end) of each sentence. */
function sentenceRanges(doc: Doc): [number, number][] {
  const ranges: [number, number][] = doc.get('sentences').map(() => [0, 0]);
  const tokens = doc.get('tokens');
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === s) j++;
    if (ranges[s]) ranges[s] = [i, j];
    i = j;
  }
  return ranges;
}

/** The refinements of a frame after its own arguments, in order; a step returns null when the trigger codes no event. */
const FRAME_STEPS: readonly ((dc: DocCoding, sc: SentenceCoding, f: Frame) => Frame | null)[] = [
  accusedInQuote, borrowedDoers, reportingAuthority, ownOrders, ownActDefended, evaluationTargets, protestAddressee, demandTargets, contextTargets, threatTargets, otherSide,
];

/**
 * Whom a crowd's protest is made to. "gegen die Regierung von Präsident Vučić", "against the government of Prime
 * Minister Salam": a person named as the head of a government or other state organ (`seatNouns` and "von"/"of" before
 * the name) stands for the state that organ is. "In Tirana protestierten Tausende gegen das Abkommen", "In Budapest,
 * thousands marched against the new law": a protest against something that is no actor (`protestAgainst` in its
 * clause, no addressee found) is made to the government of the state the sentence places it in (a capital or state
 * after a preposition of place), the development gold's convention; never to the protesters' own state or themselves.
 */
function protestAddressee(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { m } = f;
  let { args } = f;
  if (m.entry.type !== 'PROTEST' || args.pairs || args.sources.length === 0) return f;
  const { view } = sc;
  const { cues, idx } = dc;
  if (args.targets.length > 0) {
    const heads = args.targets.map((t) => {
      const ch = view.chains.find((c) => c.entity === t && c.first > m.first - 30);
      if (!ch || idx.entities.get(t)?.type !== 'PER') return t;
      // (the organ noun and its preposition within the three words before the name's phrase: "der Regierung von Präsident X")
      const before = view.words.slice(Math.max(0, ch.first - 3), ch.first);
      const organ = before.findIndex((w) => cues.seatNouns.has(w));
      const of = organ >= 0 && before.slice(organ + 1).some((w) => cues.organPrepositions.has(w));
      return of ? stateOf(idx, t) ?? t : t;
    });
    if (heads.some((h, k) => h !== args.targets[k]) && !heads.some((h) => args.sources.includes(h))) args = { ...args, targets: [...new Set(heads)], how: `${args.how}+government` };
    return { ...f, args };
  }
  const clause = view.clause[m.first];
  if (!view.words.some((w, k) => view.clause[k] === clause && cues.protestAgainst.has(w))) return f;
  const own = sideOf(idx, args.sources);
  const place = view.chains.find((ch) => ch.role.startsWith('pp:') && cues.seatPrepositions.has(ch.role.slice(3)) && ch.kind === 'name'
    && kbKind(idx, ch.entity) === 'country' && !own(ch.entity));
  if (!place || args.sources.some((src) => kbKind(idx, src) === 'country')) return f;
  return { ...f, args: { ...args, targets: [place.entity], how: `${args.how}+place` } };
}

/**
 * "Israel defended its strike on the consulate", "Russland verteidigte seinen Angriff", "The Kremlin defended the
 * attack" (after "Russia attacked Kyiv"): support for one's own act is no event, as PLOVER SUPPORT backs another actor's
 * policy or act. Dropped (null) when a support verb without a target has an object act that a possessive of the
 * source's own side opens, or whose latest report (see {@link doersOfObjectAct}) was done by the source's side alone.
 * "Macron defended Israel's strike" keeps its target (found before this step) and is left alone.
 */
function ownActDefended(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame | null {
  const { m, args } = f;
  if (m.entry.type !== 'SUPPORT' || m.entry.pos !== 'verb' || args.targets.length > 0 || args.pairs || args.sources.length === 0) return f;
  const { view, ctx, found, si } = sc;
  const act = objectAct(view, m, found, dc.cues, ctx);
  if (!act) return f;
  const own = sideOf(dc.idx, args.sources);
  if (ownPossessiveBefore(view, dc.cues, m.last + 1, act.first, own)) return null;
  const doers = doersOfObjectAct(act, dc.out, si, view.tokens[m.first]!.start, []);
  return doers.length > 0 && doers.every(own) ? null : f;
}

/**
 * Whether a possessive pronoun between `from` and the act noun at `to` (its determiner slot: "its strike", "seinen
 * jüngsten Angriff") refers to the own side: resolved to it, or (a possessive the view left unresolved) right after the
 * verb with no other actor named before the act noun.
 */
function ownPossessiveBefore(view: SentenceView, cues: EventCues, from: number, to: number, own: (id: string) => boolean): boolean {
  for (let k = from; k < to; k++) {
    if (!cues.possessives.has(view.words[k]!)) continue;
    const ch = view.chains.find((c) => c.first <= k && k <= c.last);
    if (ch !== undefined) return ch.entity !== '' && own(ch.entity);
    return !view.chains.some((c) => c.first > k && c.last < to);
  }
  return false;
}

/**
 * The quotes as events read them: a statement of an unnamed police force or office ("…, teilte die Polizei mit" in a
 * report from Leipzig; the entity layer gives it a speaker of its own) has no speaker here, as its acts have no actor of
 * their own but the place's state (see view.ts `unnamedSeat`).
 */
function eventQuotes(quotes: readonly Quote[], idx: DocIndex): readonly Quote[] {
  if (idx.unnamedSeats.size === 0) return quotes;
  return quotes.map((q) => (q.speaker !== null && idx.unnamedSeats.has(q.speaker) ? { ...q, speaker: null } : q));
}

/** Codes the events of one document (the body of the stage). */
export function codeEvents(doc: Doc, lex: EventLexicon, matcher: TriggerMatcher, opts: CodeOptions): Event[] {
  const idx = indexDoc(doc, lex.cues);
  const dc: DocCoding = {
    doc, lex, cues: lex.cues, matcher, opts, views: [],
    idx,
    times: timesBySentence(doc),
    quotes: doc.has('quotes') ? eventQuotes(doc.get('quotes'), idx) : [],
    paragraphs: doc.get('paragraphs'),
    sentences: doc.get('sentences'),
    ranges: sentenceRanges(doc),
    out: [], reported: new Set(), anaphoric: new Set(), charged: new Set(), timeReference: new Set(), nominal: new Set(), background: new Set(), demanded: new Map(), voices: new Map(), open: new Set(), pending: [],
    lastForce: null,
  };
  dc.sentences.forEach((s, si) => codeSentence(dc, s, si));
  const { reported, anaphoric, charged, timeReference, background } = dc;
  // (the acts set aside for their addressee rejoin the others in text order: a stable sort by sentence)
  const out = dc.pending.length === 0 ? dc.out : [...dc.out, ...dc.pending].sort((a, b) => a.sentence - b.sentence);
  // "Nach der Beschlagnahme eines Öltankers …" after the seizure was reported: the same act again
  // a suspected act the article also reports as done ("accused … of sideswiping a boat" in the standfirst, "was
  // deliberately sideswiped" in the body) is that act: the charge adds no event of its own
  const done = new Set(out.filter((e) => e.modality === 'asserted').map((e) => `${e.type}|${e.source}|${e.target}`));
  // (a headline is no earlier report: "Kenia zieht Polizisten ab" over "hat am Freitag mit dem Abzug … begonnen",
  // whose definite noun is the body's first, dated report of the act)
  const headline = (e: Event): boolean => headlineSentence(doc, e.sentence);
  const fresh = out.filter((e, i) => !(charged.has(e) && done.has(`${e.type}|${e.source}|${e.target}`)) && (!anaphoric.has(e) || !out.slice(0, i).some((o) => o.type === e.type && o.sentence < e.sentence && !headline(o) && (e.target === null || o.target === e.target) && !laterInstance(o, e)))
    // (a joint act with another partner is an act of its own: "besuchte China … Nach einem Gespräch mit Wang Yi sagte
    // Wadephul" — the visit's addressee is the state, the talk's the minister; not an act done to someone, where "nach"
    // may ask about it: "auf die Frage nach einer möglichen Bodeninvasion")
    && (!timeReference.has(e) || !out.some((o) => o !== e && o.type === e.type && !timeReference.has(o) && (!JOINT.has(e.type) || e.target === null || o.target === e.target))));
  // (asked for every pair of nearby reports while merging: each event's answer is kept)
  const counted = new Map<Event, string | null>();
  const countedOf = (e: Event): string | null => {
    if (!counted.has(e)) counted.set(e, countedPatients(dc, e));
    return counted.get(e)!;
  };
  const merged = mergeReports(opts.occasionDates ? occasionDates(fresh, doc, reported, background) : fresh, doc, countedOf, idx.lead);
  // (the speaker takes a stance's source only now: its addressee was found with the state as its source, by the
  // exchange and the article's main pair)
  const open = new Set([...dc.open].map(openKey));
  const targeted = opts.counterpartTargets === false ? merged : counterpartTargets(merged, lex.addressedTypes, (e) => open.has(openKey(e)), idx.lead);
  // (an act kept only for these steps that found it no addressee is dropped as before; so is one negated, which
  // addresses nobody: "strikes without warning")
  const addressed = (open.size === 0 ? targeted : targeted.filter((e) => !open.has(openKey(e)) || (e.target !== null && e.modality !== 'negated')))
    // (a blame of a deed that waited for its doer and found none names nobody it blames)
    .filter((e) => e.target !== null || !e.rule.endsWith(DEED_PENDING));
  return addressed.map((e) => withVoice(e, dc.voices.get(voiceKey(e))));
}

/**
 * The patients an arrest or detention (`AUTHORITY_TYPES`) with no patient of its own counts (`countedGroupAt`), as
 * "34 personen": such an act is one of its own, not a restatement of a nearby act on a named person ("… nahm den
 * Oppositionspolitiker X fest. … wurden 43 Menschen festgenommen"), nor of a nearby act that counts other patients.
 * Null when it counts none.
 */
function countedPatients(dc: DocCoding, e: Event): string | null {
  const view = dc.views[e.sentence];
  // (arrests and detentions: the dead an attack counts are its toll, not another attack on another target)
  if (e.target !== null || view === undefined || !AUTHORITY_TYPES.has(e.type)) return null;
  const k = view.tokens.findIndex((t) => t.start === e.trigger.start);
  const group = k < 0 ? null : countedGroupAt(view, dc.cues, k);
  return group === null ? null : `${view.words[group.count]!} ${view.words[group.noun]!}`;
}

/** What identifies an act kept open for its addressee (see `admitted`) across the document-level steps: sentence, trigger and type. */
function openKey(e: Event): string {
  return `${e.sentence}|${e.trigger.start}|${e.type}`;
}

/**
 * What identifies an act for its voice across the document-level steps that rebuild events (dates by occasion, merged
 * reports, counterpart targets): its sentence, trigger, type and source, none of which those steps change.
 */
function voiceKey(e: Event): string {
  return `${e.sentence}|${e.trigger.start}|${e.type}|${e.source ?? ''}`;
}

/**
 * "Serbien werde «nicht tatenlos zusehen», sagte Vučić": a refusal or threat a named person announces for their own
 * state is coded with that person as its source (the development gold's reading), keeping the addressee found for the
 * state; an addressee that is the speaker is dropped.
 */
function withVoice(e: Event, voice: string | undefined): Event {
  if (voice === undefined) return e;
  return { ...e, source: voice, target: e.target === voice ? null : e.target, rule: `${e.rule}+voice` };
}

/** Codes the events of sentence `si` (appended to `dc.out`). */
function codeSentence(dc: DocCoding, s: Sentence, si: number): void {
  const { doc, matcher, cues, opts, idx, times, quotes, out, paragraphs, ranges } = dc;
  const policy = opts.pronounActors;
  const zone = paragraphs[s.paragraph]?.zone ?? 'body';
  const range = ranges[si];
  if (!EVENT_ZONES.has(zone) || !range || range[1] <= range[0]) return;
  const view = buildView(doc, si, range, idx, cues, policy, times.get(si) ?? [], opts.seatOf, (a, b) => actedTogether(out, a, b), () => lastMeeting(out, si));
  dc.views[si] = view;
  const ownTimes = times.get(si) ?? [];
  const timed = timedTokens(view, ownTimes);
  // (a pattern's later element inside a time expression is no part of it: "shelled villages … on Monday" is no "fire on")
  // (a bare noun continuing an earlier act, "weitere Austausche", is an act only once the document coded that act)
  const found = matcher.match(view).filter((f) => (timed.size === 0 || !f.positions.some((p, i) => i > 0 && timed.has(p)))
    && (f.entry.continues.length === 0 || continuedAct(dc.out, f.entry.continues) !== undefined));
  // (a pledge that is an act only through its content, readiness, is none without it, "ready to play a constructive
  // role"; the PLOVER manual codes any stated readiness as AGREE, so under `ploverFuture` it stays one)
  const matches = found.length === 0 ? [] : selectMatches(view, found, cues).filter((m) => opts.ploverFuture || !(m.entry.pledge && m.entry.needsContent));
  // a sentence without a trigger adds no event (the per-sentence scopes below are for its events only)
  if (matches.length === 0) return;
  const seen = new Set<string>();
  const sentenceStart = out.length;
  // where a verb trigger starts: after a coordinator it opens a second predicate that ends the first one's objects
  const verbStarts = new Set(found.filter((f) => f.entry.pos === 'verb').map((f) => f.first));
  const nounStarts = new Set(found.filter((f) => f.entry.pos === 'noun').map((f) => f.first));
  const ctx: ArgContext = { view, cues, idx, quotes, verbSecond: cues.verbSecond, verbStarts, nounStarts, timed, headline: HEADLINE_ZONES.has(zone) };
  const subordinateStarts = clauseBoundaries(view, cues, ownTimes);
  const sc: SentenceCoding = { si, s, view, found, ctx, sentenceStart, subordinateStarts, seen, matches };
  for (const picked of matches) {
    let f = ownFrame(dc, sc, picked);
    for (const step of FRAME_STEPS) f = f && step(dc, sc, f);
    const admit = f && admitted(dc, sc, f);
    const before = out.length;
    if (f && admit) emitEvents(dc, sc, f.m, admit.args, admit.deployed, f.otherwise ?? -1);
    // (an act still waiting for its addressee is set aside at once: neither a later trigger of the sentence nor a later
    // sentence takes it as a deed or speech to answer, and it blocks no other report of the same words)
    if (admit && admit.open) setAside(dc, before);
    if (out.length > before && resultOfForce(view, picked, matches, cues)) dropResults(dc, sentenceStart, before);
  }
  manualRules(out, sentenceStart, dc.nominal);
  for (const ev of out.slice(sentenceStart)) if (ev.source !== null && MATERIAL_CONFLICT.has(ev.type) && ev.modality === 'asserted') dc.lastForce = { source: ev.source, sentence: si, paragraph: s.paragraph };
}

/** Moves the events without a target of `out[from…]` (those of an act kept open, see `admitted`) to `pending`. */
function setAside(dc: DocCoding, from: number): void {
  const { out, open, pending } = dc;
  const kept: Event[] = [];
  for (const ev of out.slice(from)) {
    if (ev.target !== null) kept.push(ev);
    else { open.add(ev); pending.push(ev); }
  }
  out.splice(from, out.length - from, ...kept);
}

/**
 * The events of a result gerund ("…, killing two soldiers"; {@link resultOfForce}), `out[from…]`, are the outcome of the
 * earlier act of force of the sentence: one by the same doer is dropped unless it names a victim (a named target) that
 * act did not have. (When the earlier act was coded for nobody, the gerund is the only report of the act and stays.)
 */
function dropResults(dc: DocCoding, sentenceStart: number, from: number): void {
  const { out, idx } = dc;
  const earlier = out.slice(sentenceStart, from).filter((ev) => ev.type === 'ASSAULT');
  const kept = out.slice(from).filter((ev) => !earlier.some((o) => o.source === ev.source)
    || (ev.target !== null && idx.namedEntities.has(ev.target) && !earlier.some((o) => o.target === ev.target)));
  out.splice(from, out.length - from, ...kept);
}

/** Token indices inside a time expression of the sentence. */
function timedTokens(view: SentenceView, ownTimes: readonly Timex[]): Set<number> {
  const timed = new Set<number>();
  if (ownTimes.length > 0) {
    for (let k = 0; k < view.tokens.length; k++) {
      const t = view.tokens[k]!;
      if (ownTimes.some((x) => x.start < t.end && t.start < x.end)) timed.add(k);
    }
  }
  return timed;
}

/**
 * A definite act noun that is still to come while the act reported before it took place ("Cassis reiste nach Brüssel
 * … Die nächste Gesprächsrunde zwischen Bern und Brüssel ist für April geplant", "besuchte China … Die
 * Regierungskonsultationen sollen im Sommer folgen") names a later instance, not the earlier act again.
 */
function laterInstance(earlier: Event, e: Event): boolean {
  return earlier.modality === 'asserted' && e.modality === 'planned';
}

/** The parties of the last meeting that took place (an asserted CONSULT with both actors) coded before sentence `si`. */
function lastMeeting(out: readonly Event[], si: number): Meeting | undefined {
  const m = out.findLast((e) => e.type === 'CONSULT' && e.modality === 'asserted' && e.sentence < si && e.source !== null && e.target !== null && e.source !== e.target);
  if (!m) return undefined;
  // one who met two ("telefonierte mit Japarov und mit Rachmon. Er lud beide …"): the two met are the pair, not the
  // host and the last of them
  const met = new Set(out.filter((e) => e.type === 'CONSULT' && e.sentence === m.sentence && e.trigger.start === m.trigger.start && e.source === m.source && e.target !== null && e.target !== m.source).map((e) => e.target!));
  if (met.size === 2) {
    const [a, b] = [...met];
    return { sentence: m.sentence, a: a!, b: b! };
  }
  return { sentence: m.sentence, a: m.source!, b: m.target! };
}

/** Whether `a` and `b` did one act together to a third party (the same trigger, type and target): allies, not two sides. */
function actedTogether(out: readonly Event[], a: string, b: string): boolean {
  return out.some((x) => x.source === a && x.target !== null && x.target !== b && out.some((y) => y.source === b && y.type === x.type && y.target === x.target && y.trigger.start === x.trigger.start));
}

/** Offsets where the sentence's subordinate clauses start: the date scope's boundaries for every event of the sentence. */
function clauseBoundaries(view: SentenceView, cues: EventCues, ownTimes: readonly Timex[]): number[] {
  // ("this month, when the United States hopes …": a clause right after a time elaborates it and is no boundary)
  const afterTime = (k: number): boolean => ownTimes.some((t) => t.end <= view.tokens[k]!.start && view.tokens[k]!.start - t.end <= 3);
  const subordinateStarts = view.words.flatMap((_w, k) => (subordinatorAt(view.words, view.raw, k, cues) && k > 0 && !afterTime(k) ? [view.tokens[k]!.start] : []));
  // German: the comma that closes a relative clause opened after a comma ("Kim, der am Dienstag … besucht hatte,
  // drohte …") ends its times' domain too (its verb stands last, right before that comma); the relative pronoun
  // opens one ("kritisierte Russland, das seine Truppen im vergangenen Jahr abgezogen hatte")
  if (cues.verbSecond) {
    view.words.forEach((w, k) => {
      if (k === 0 || view.words[k - 1] !== ',' || !(cues.subjectRelatives.has(w) || cues.personSubjectRelatives.has(w))) return;
      if (!afterTime(k)) subordinateStarts.push(view.tokens[k]!.start);
      let close = k + 1;
      while (close < view.words.length && view.tokens[close]!.kind !== 'punct') close++;
      if (view.words[close] === ',' && /^\p{Ll}/u.test(view.raw[close - 1] ?? '')) subordinateStarts.push(view.tokens[close]!.start);
    });
  } else {
    // English: so does the comma that closes ", which …," before the main verb ("The junta, which seized power in
    // July, accused Paris …": July dates the seizure, not the accusation)
    view.words.forEach((w, k) => {
      if (k === 0 || view.words[k - 1] !== ',' || !cues.appositiveRelatives.has(w)) return;
      let close = k + 1;
      while (close < view.words.length && view.words[close] !== ',' && view.tokens[close]!.kind !== 'quote') close++;
      const next = view.raw[close + 1] ?? '';
      if (view.words[close] === ',' && /^\p{Ll}/u.test(next) && !cues.determiners.has(next) && !cues.coordinators.has(next)) subordinateStarts.push(view.tokens[close]!.start);
    });
  }
  return subordinateStarts;
}

/** Slots of an act noun's own phrase: "Russia's attack", "the attack by Russia on Kyiv" (not another predicate's). */
const OWN_PHRASE_SOURCES: readonly Slot[] = ['left', 'gen', 'prefix'];

/**
 * English: "The attack was condemned by Bangladesh and Nepal": a verb entry read as a noun right before an auxiliary is
 * the subject of another predicate, whose object and agent are not its actors; it keeps only the slots of its own phrase
 * (its possessive, genitive and `actNounPrepositions` phrase: "on", "against"). Else the match as it is.
 */
function subjectNoun(view: SentenceView, m: TriggerMatch, cues: EventCues): TriggerMatch {
  if (cues.verbSecond || m.entry.pos !== 'verb' || !nounUse(view, m, cues)) return m;
  const next = view.words[m.last + 1] ?? '';
  if (!cues.auxiliaries.has(next) && !cues.passiveAux.has(next)) return m;
  const target = m.entry.target.filter((t) => t === 'gen' || (t.startsWith('pp:') && cues.actNounPrepositions.has(t.slice(3))));
  return { ...m, entry: { ...m.entry, source: OWN_PHRASE_SOURCES, target } };
}

/**
 * The argument frame a picked trigger finds in its own sentence: its own slots, or those of the noun of the same act
 * it echoes; the accused of an accusation that charges it; a demand when it is an obligation in a quote. Null when it
 * is no act (another particle verb, a charge with no accused).
 */
function ownFrame(dc: DocCoding, sc: SentenceCoding, picked: TriggerMatch): Frame | null {
  const { cues, idx, quotes } = dc;
  const { view, ctx } = sc;
  if (otherParticleVerb(view, picked, cues)) return null;
  // a verb that finds no actor gives way to the noun of the same act in its clause, which names them
  // ("Bei einem russischen Luftangriff auf Kiew wurden zwölf Menschen getötet")
  const silent = (a: { sources: readonly string[]; targets: readonly string[] }): boolean => a.sources.length === 0 && a.targets.length === 0;
  let m = subjectNoun(view, picked, cues);
  let args = findArguments(ctx, m);
  if (picked.echo && !picked.via && silent(args)) {
    const nominal = findArguments(ctx, picked.echo);
    if (!silent(nominal)) {
      m = picked.echo;
      args = nominal;
    }
  }
  // "accused Tajik forces of shelling villages": the accused (the accusation's addressee) did the act, if named;
  // the act's own object stays its target
  if (m.accusedBy) {
    const accusation = findArguments(ctx, m.accusedBy);
    if (accusation.targets.length === 0) return null;
    const own = args.targets.filter((t) => !accusation.targets.includes(t) && !accusation.sources.includes(t));
    // (a hostile act with no object of its own was done to the accuser: "Guyana accused Venezuela of massing troops";
    // not to a person who speaks for a state: "Rwanda's foreign minister X accused the Congolese army of attacking
    // civilians" names no target of the attack, which has none)
    const targets = own.length > 0 || !HOSTILE_OR_THREAT.has(m.entry.type) ? own : accusation.sources.filter((s) => idx.entities.get(s)?.type !== 'PER');
    args = { sources: accusation.targets, targets, how: `accused>${own.length > 0 ? args.how.split('>')[1] ?? '-' : targets.length > 0 ? 'accuser' : '-'}` };
  }
  // "Belgrad müsse sie sofort freilassen" (Kurti), "Russia must withdraw, Macron said": an act someone must do, in
  // a quote, is the speaker's demand of them, not an act of its own
  const demand = obligation(view, m, quotes, cues, args.sources, idx);
  if (demand) {
    m = { ...m, entry: { ...m.entry, type: 'REQUEST', modality: 'asserted', target: [], partial: true } };
    args = { sources: [demand.speaker], targets: demand.of, how: `speaker>${args.how.split('>')[0]}+demand` };
  }
  return { m, args: bodyVoice(dc, ctx, m, args), aboutAct: false };
}

/** Stances a state body states for its state: verdicts, support, refusals and threats (not acts its state does). */
const BODY_STANCES: ReadonlySet<string> = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'THREATEN']);

/**
 * "A State Department spokesperson said the United States was deeply concerned", "… stands firmly with Guyana": a
 * stance of a state that a body of that state (knowledge base `state`, `CodeOptions.bodyState`) reports as the
 * speaker of the quote that holds it is the body's, as a named person's stance for their state is the person's
 * (actors.ts `voice`; the development gold codes the speaking body when its sentence names it first). Acts the state does
 * ("said the United States had struck …") stay the state's.
 */
function bodyVoice(dc: DocCoding, ctx: ArgContext, m: TriggerMatch, args: Arguments): Arguments {
  if (args.voice !== undefined || !BODY_STANCES.has(m.entry.type) || args.sources.length !== 1 || !dc.opts.bodyState) return args;
  const speaker = quoteSpeaker(ctx, m);
  if (speaker === null || speaker === args.sources[0] || dc.idx.entities.get(speaker)?.type !== 'ORG' || dc.opts.bodyState(speaker) !== args.sources[0]) return args;
  // (only a body its sentence names as the subject that reports, before the state: the evidence sentence gives the
  // actors; "Washington would 'stand by its partner', the spokesperson added" names only the state, and in
  // "Washington would 'stand with Kyiv', the State Department said" the state is reported acting, the body only
  // attributes it)
  const state = ctx.view.chains.find((c) => c.entity === args.sources[0]);
  const before = state === undefined ? ctx.view.tokens[m.first]!.start : ctx.view.tokens[state.first]!.start;
  const mentions = dc.doc.get('mentions');
  const named = (dc.idx.mentionsBySentence.get(ctx.view.index) ?? []).some((mi) => mentions[mi]!.kind === 'name' && mentions[mi]!.end <= before && dc.doc.entityOfMention(mi) === speaker);
  return named ? { ...args, voice: speaker } : args;
}

/** A doer borrowed when the act names none: the pledger of a vowed act, the addressee of a pledge, the operation an agentless passive of force continues. */
function borrowedDoers(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { ctx, si, s } = sc;
  const { m } = f;
  let { args } = f;
  const e = m.entry;
  // a vowed act that names no doer of its own ("vowed to continue the offensive") was vowed by the pledge's subject
  if (args.sources.length === 0 && m.via) {
    const pledger = findArguments(ctx, m.via);
    if (pledger.sources.length > 0) args = { ...args, sources: pledger.sources, how: `${args.how}+vow` };
  }
  // "Der Sicherheitsrat verabschiedete eine Resolution. … Die Resolution fordert die Armee auf, …": a document that
  // acts speaks for the body that adopted it
  if (args.sources.length === 0 && e.pos === 'verb') {
    const lemma = documentSubject(sc.view, m, dc.cues);
    const body = lemma === null ? null : adoptingBody(dc, si, lemma, m.first);
    if (body !== null) args = { ...args, sources: [body], targets: args.targets.filter((t) => t !== body), how: `${args.how}+document` };
  }
  // "hat Belarus zugesagt, seine Truppen abzuziehen": a pledged act without an addressee of its own is for whom it
  // was pledged to
  // (readiness names no addressee of its own: "X remained ready to negotiate" is offered to the other side, below)
  if (args.targets.length === 0 && !args.pairs && m.via?.entry.pledge && !m.via.entry.needsContent) {
    const to = pledgeAddressee(ctx, m.via, args.sources);
    if (to.length > 0) args = { ...args, targets: to, how: `${args.how}+pledged` };
  }
  // "Moskau sei zu weiteren Austauschen bereit", "soll es Ende April einen weiteren Austausch geben": a continued act
  // without its parties is between those of the act it continues
  if (m.entry.continues.length > 0 && args.targets.length === 0 && !args.pairs) args = continuedParties(dc.out, m.entry.continues, args);
  // an agentless passive of force ("waren … festgenommen … worden") was done by whoever carried
  // out the operation reported just before
  // (only while the same chain of events goes on: within two sentences of the same paragraph)
  if (args.sources.length === 0 && args.how.startsWith('passive:') && MATERIAL_CONFLICT.has(e.type) && dc.lastForce && si - dc.lastForce.sentence <= 2 && dc.lastForce.paragraph === s.paragraph) {
    args = { ...args, sources: [dc.lastForce.source], targets: args.targets.filter((t) => t !== dc.lastForce!.source), how: `${args.how}+operation` };
  }
  return { m, args, aboutAct: f.aboutAct };
}

/** The latest event coded so far by one of the entries `ids` (see TriggerEntry.continues). */
function continuedAct(out: readonly Event[], ids: readonly string[]): Event | undefined {
  return out.findLast((ev) => ids.includes(entryIdOf(ev)));
}

/**
 * The parties of a continued act whose sentence names no addressee: the directed pairs of the latest act it continues
 * (every event of that trigger), those of its own named doer only when it has one ("Moskau sei zu weiteren Austauschen
 * bereit": Russia's side of the exchange). No doer when the named one took no part in it (so no event).
 */
function continuedParties(out: readonly Event[], ids: readonly string[], args: Arguments): Arguments {
  const last = continuedAct(out, ids);
  if (!last) return args;
  const pairs = out.filter((ev) => ev.sentence === last.sentence && ev.trigger.start === last.trigger.start && entryIdOf(ev) === entryIdOf(last)
    && ev.source !== null && ev.target !== null && (args.sources.length === 0 || args.sources.includes(ev.source)))
    .map((ev): [string, string] => [ev.source!, ev.target!]);
  // (a doer who took no part in it does not continue it: "Gespräche über einen umfassenderen Austausch" is their topic)
  if (pairs.length === 0) return { ...args, sources: [] };
  return { ...args, sources: [...new Set(pairs.map((p) => p[0]))], targets: [...new Set(pairs.map((p) => p[1]))], pairs, how: `${args.how}+continued` };
}

const EMPTY_IDS: ReadonlySet<string> = new Set();

/** Acts named by a noun whose refusal is addressed to the act's other party: a consultation's partner, aid's recipient. */
const REFUSED_TO_PARTNER: ReadonlySet<string> = new Set(['CONSULT', 'AID']);

/**
 * The addressee of an evaluation, a criticism, a promise or a refusal that names none: the doers of the act its object
 * names (or `aboutAct` when nobody was reported doing it), the hostile act just before, the demand it answers.
 */
function evaluationTargets(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { cues, opts, idx, sentences, out, anaphoric } = dc;
  const { view, ctx, found, si, s } = sc;
  const { m } = f;
  let { args, aboutAct } = f;
  const e = m.entry;
  // "condemned the attack", "called the seizure illegal", "begrüßte den Austausch": an evaluation of an
  // act reported just before is about whoever did that act
  // when nobody reported that act before, the evaluation is kept without a target (the PLOVER manual
  // requires no recipient for it) rather than lost
  if (args.targets.length === 0 && !args.pairs && e.pos === 'verb' && EVALUATIONS.has(e.type)) {
    const act = objectAct(view, m, found, cues, ctx);
    // "rejected talks with Belarus", "refused a meeting with Tusk": a refused consultation is refused to its partner
    // ("verweigerte die Zustimmung zur Lieferung von Panzern an die Türkei", "blocked arms deliveries to Israel": and
    // a refused delivery or aid to its recipient, which the aid noun's frame reads from its to-phrase only)
    const partners = act && e.type === 'REJECT' && REFUSED_TO_PARTNER.has(act.entry.type) && act.entry.pos === 'noun'
      ? findArguments(ctx, act).targets.filter((t) => !args.sources.includes(t))
      // "wies die Kritik aus Moskau zurück", "lehnte die Forderungen von Serbien ab": a rejected demand or
      // accusation whose phrase names its author by a preposition is rejected to that author
      : act && e.type === 'REJECT' && AUTHORED.has(act.entry.type) && act.entry.pos === 'noun' ? authorsOf(ctx, act, args.sources) : [];
    // (whether the evaluation names a deed by a generic noun, "die Ausweisung", "the move", whoever did it)
    const generic = partners.length > 0 || act ? undefined : doersOfGenericAct(view, m, {
      out, si, sources: args.sources, cues, restated: anaphoric, offers: dc.lex.offerEntryIds,
      own: e.type === 'SUPPORT' || e.type === 'ACCUSE' ? sideOf(idx, args.sources) : undefined, passive: args.how.startsWith('passive:'),
      // ("Pistorius sprach von einer Provokation [waiting for the deed] … Moskau wies die Darstellung zurück")
      speakers: dc.pending.length === 0 ? out : [...out, ...dc.pending].sort((a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start),
    });
    const near = partners.length > 0 ? partners
      : act ? doersOfObjectAct(act, out, si, view.tokens[m.first]!.start, args.sources) : generic?.doers ?? [];
    // ("begrüßte die Einigung" paragraphs after the one agreement the article reports: its sides, remote-act.ts)
    const remote = near.length > 0 || !act || e.type === 'PROTEST' ? near : remoteAgreementSides(act, view, cues, out, si, idx, args.sources);
    // ("Der Sicherheitsrat verabschiedete eine Resolution … Russland kritisierte die Resolution": a document judged is
    // addressed to the body that adopted or issued it, documents.ts)
    const lemma = remote.length > 0 || e.type === 'PROTEST' ? null : documentObject(view, m, cues);
    const issuer = lemma === null ? null : adoptingBody(dc, si, lemma, m.first);
    const doers = issuer !== null && !sideOf(idx, args.sources)(issuer) ? [issuer] : remote;
    // "Vučić forderte ihre Freilassung … Kurti lehnte eine Freilassung ab": refusing an act nobody did, that the other
    // side demanded of the refuser's side, answers whoever demanded it
    const demand = act && doers.length === 0 && e.type === 'REJECT'
      ? lastBetween(out, si, sideOf(idx, args.sources), { back: OBJECT_ACT_WINDOW, types: REQUESTS, by: 'other', also: (ev) => dc.demanded.get(ev) === act.entry.type })
      : undefined;
    // ("Peskow wies die Vorwürfe zurück" after "Der litauische Außenminister Budrys verurteilte das Manöver": a rejected
    // accusation is rejected to the accuser's state, the development gold's convention, as `answeredCharges` gives it)
    const rejectedCharge = e.type === 'REJECT' && act?.entry.type === 'ACCUSE' && partners.length === 0;
    const addressees = rejectedCharge ? [...new Set(doers.map((d) => stateOf(idx, d) ?? d))] : doers;
    if (doers.length > 0) args = { ...args, targets: addressees, how: `${args.how}${partners.length > 0 ? '+partner' : act ? '+act' : '+deed'}` };
    else if (demand) args = { ...args, targets: [demand.source!], how: `${args.how}+demanded` };
    else if (act && opts.untargetedEvaluations) { aboutAct = true; args = { ...args, how: `${args.how}+act?` }; }
    // "Die Ausweisung sei völlig ungerechtfertigt" paragraphs after the expulsion: blame of a deed named by a generic
    // noun whose doer the last sentences do not report waits, as one of an act noun does, for the deed the document
    // steps find (answers.ts judgedDeeds)
    // (not a verb's subject's blame: that one is kept open for the article's main pair, `admitted`, and coded in the text
    // order it would change what a later rejection answers)
    else if (generic?.namesDeed === true && e.type === 'ACCUSE' && !args.how.startsWith('subj>')) { aboutAct = true; args = { ...args, how: `${args.how}${DEED_PENDING}` }; }
  }
  // "called the strikes a flagrant violation of Yemen's sovereignty": an act named between the elements of a verdict
  // pattern is what is judged, so its doers are the addressee; an actor named only after the verdict is its victim
  if (args.targets.length > 0 && !args.pairs && e.pos === 'verb' && e.type === 'ACCUSE' && m.positions.length > 1 && args.how.endsWith('>obj')) {
    const act = objectAct(view, m, found, cues, ctx);
    const afterVerdict = view.chains.filter((ch) => args.targets.includes(ch.entity)).every((ch) => ch.first > m.last);
    if (act && act.first > m.first && act.last < m.last && afterVerdict) {
      const doers = doersOfObjectAct(act, out, si, view.tokens[m.first]!.start, args.sources);
      if (doers.length > 0) args = { ...args, targets: doers, how: `${args.how}+judged` };
    }
  }
  // "begrüßte die Festnahme Maduros", "condemned the arrest of Yashin": the patient an act noun's genitive names is not
  // whom praise or blame of the act addresses; whoever did the act, reported before, is (the spec's convention)
  if (args.targets.length > 0 && !args.pairs && e.pos === 'verb' && JUDGED.has(e.type)) {
    const act = objectAct(view, m, found, cues, ctx);
    if (act && HOSTILE.has(act.entry.type) && patientsOf(view, act, args.targets, cues)) {
      const doers = doersOnPatients(act, out, si, view.tokens[m.first]!.start, args.targets, args.sources);
      if (doers.length > 0) args = { ...args, targets: doers, how: `${args.how}+deed-of` };
    }
  }
  // "The U.S. condemned the actions of the Chinese coast guard. Japan and Australia also voiced concern": an evaluation
  // that names no addressee and joins an earlier one of its kind ("also", "auch") has that one's addressee (in this or the
  // two previous sentences; not the joiner's own side)
  if (args.targets.length === 0 && !args.pairs && !aboutAct && EVALUATIONS.has(e.type) && args.sources.length > 0 && additiveIn(view, m, cues)) {
    const at = view.tokens[m.first]!.start;
    const own = sideOf(idx, args.sources);
    const joined = out.findLast((ev) => ev.sentence >= si - 2 && (ev.sentence < si || ev.trigger.start < at) && ev.type === e.type && ev.source !== null && ev.target !== null
      && !own(ev.source) && !own(ev.target));
    if (joined) args = { ...args, targets: [joined.target!], how: `${args.how}+also` };
  }
  // "China hielt Manöver ab … Die USA äußerten sich besorgt": criticism that names no addressee and no act is about
  // the hostile act reported just before (this or the two previous sentences of the paragraph) by someone else
  if (args.targets.length === 0 && !args.pairs && !aboutAct && e.type === 'ACCUSE' && args.sources.length > 0) {
    const at = view.tokens[m.first]!.start;
    // (not a deed of the critic's own side: "Taiwan versetzte seine Streitkräfte in Alarmbereitschaft. Präsident Lai
    // verurteilte …")
    // (only a state or organisation as critic: a person's own side is often unknown, "Präsident Lai verurteilte …")
    const institutional = args.sources.every((id) => idx.entities.get(id)?.type !== 'PER');
    const ownSide = sideOf(idx, args.sources);
    // (only one doer in the window: "Russland griff Kiew an. Die Ukraine griff Belgorod an. Deutschland zeigte sich
    // besorgt" says nothing about whom)
    const doers = !institutional ? [] : [...new Set(out.filter((ev) => ev.sentence >= si - 2 && ev.sentence <= si && HOSTILE_OR_THREAT.has(ev.type) && ev.modality === 'asserted'
      && ev.source !== null && !ownSide(ev.source) && (ev.sentence < si || ev.trigger.start < at)
      && sentences[ev.sentence]!.paragraph === s.paragraph).map((ev) => ev.source!))];
    if (doers.length === 1) args = { ...args, targets: doers, how: `${args.how}+context` };
  }
  // "Kasachstan forderte Russland auf, … Der Kreml sagte zu, die Angelegenheit zu prüfen": a promise or refusal that names
  // no addressee answers the last demand made of its side (within the three sentences before)
  // (not one of an act its object names: "wies die Kritik zurück" rejects criticism, not a demand)
  if (args.targets.length === 0 && !args.pairs && !aboutAct && (e.type === 'AGREE' || e.type === 'REJECT') && e.pos === 'verb' && args.sources.length > 0) {
    const own = sideOf(idx, args.sources);
    const asked = lastBetween(out, si, own, { back: 3, types: REQUESTS, by: 'other' });
    if (asked) args = { ...args, targets: [asked.source!], how: `${args.how}+asked` };
  }
  return { m, args, aboutAct };
}

/** The addressee of a demand: the holder of whom it asks to free, the doer of the act it asks to undo, the body whose session it asks for. */
function demandTargets(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { cues, out } = dc;
  const { view, ctx, found, si } = sc;
  const { m } = f;
  let { args } = f;
  const e = m.entry;
  // "demanded the release of the crew", "forderte den Abzug der Truppen": a demand to undo an act is addressed to
  // whoever did the hostile act reported last (within the window of an act noun)
  // ("forderte die Freilassung der Beamten": the freed, named in the release noun's genitive, are what is held, not
  // whom the demand is made of; the holder is, when a detention of them was reported)
  if (args.targets.length > 0 && !args.pairs && e.type === 'REQUEST' && args.how.endsWith('>gen')) {
    const act = objectAct(view, m, found, cues, ctx);
    if (act && cues.releaseNouns.has(view.words[act.first]!)) {
      const at = view.tokens[m.first]!.start;
      // (anywhere before in the article: the genitive already says that people held are meant)
      const holds = [...out].reverse().filter((ev) => MATERIAL_CONFLICT_HOLD.has(ev.type) && ev.source !== null
        && ev.modality === 'asserted' && !args.sources.includes(ev.source) && !args.targets.includes(ev.source) && (ev.sentence < si || ev.trigger.start < at));
      // (the detention of those very people first, else the latest detention reported)
      const held = holds.find((ev) => ev.target !== null && args.targets.includes(ev.target)) ?? holds[0];
      if (held) args = { ...args, targets: [held.source!], how: `${args.how}+holder` };
    }
  }
  if (args.targets.length === 0 && !args.pairs && e.type === 'REQUEST') {
    const act = objectAct(view, m, found, cues, ctx);
    if (act && UNDOING.has(act.entry.type)) {
      const at = view.tokens[m.first]!.start;
      // (a release frees what a detention or seizure holds: "Russia attacked …, the EU demanded the release of the
      // prisoners" names no holder)
      const kinds = cues.releaseNouns.has(view.words[act.first]!) ? MATERIAL_CONFLICT_HOLD : HOSTILE;
      const done = out.findLast((ev) => ev.sentence >= si - OBJECT_ACT_WINDOW && kinds.has(ev.type) && ev.modality === 'asserted'
        && ev.source !== null && !args.sources.includes(ev.source) && (ev.sentence < si || ev.trigger.start < at));
      if (done) args = { ...args, targets: [done.source!], how: `${args.how}+undo` };
    } else if (act && act.entry.type === 'CONSULT' && act.entry.pos === 'noun') {
      // "beantragten eine Dringlichkeitssitzung des UN-Sicherheitsrats", "requested a meeting of the Security
      // Council": a request for a body's meeting is addressed to that body
      const body = genitiveActor(ctx, act).filter((id) => !args.sources.includes(id));
      if (body.length > 0) args = { ...args, targets: body, how: `${args.how}+session` };
    }
  }
  return { m, args, aboutAct: f.aboutAct };
}

/**
 * The addressee an act without one takes from its context: whom an undone act was done to, the deed a disapproval
 * follows, the actor of the clause giving its occasion or condition, the speaker a possessive stands for, the target
 * of the act of force or the predicate it is coordinated with.
 */
function contextTargets(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { lex, cues, idx, out, opts } = dc;
  const { view, ctx, si, sentenceStart } = sc;
  const { m, aboutAct } = f;
  let { args } = f;
  const e = m.entry;
  // "Greece detained a Turkish fishing boat … Greece released the six fishermen": undoing one's own hostile act
  // (a release, a withdrawal) without a named party returns to whoever that act was done to
  if (args.targets.length === 0 && !args.pairs && UNDOING.has(e.type) && args.sources.length === 1) {
    const at = view.tokens[m.first]!.start;
    const undone = out.findLast((ev) => ev.sentence >= si - OBJECT_ACT_WINDOW && HOSTILE.has(ev.type) && ev.modality === 'asserted'
      && ev.source === args.sources[0] && ev.target !== null && (ev.sentence < si || ev.trigger.start < at));
    if (undone) args = { ...args, targets: [undone.target!], how: `${args.how}+undone` };
  }
  // "detained a fishing boat, prompting a protest from Ankara", "the seizure … drew condemnation from Britain": a
  // nominal evaluation whose doer is named but not its addressee is about the deed reported before it in its sentence
  // (disapproval only: a support noun is mostly material backing, "Unterstützung durch Russland", not a verdict)
  if (args.targets.length === 0 && !args.pairs && e.pos === 'noun' && DISAPPROVALS.has(e.type) && args.sources.length > 0) {
    const at = view.tokens[m.first]!.start;
    const deed = out.slice(sentenceStart).findLast((ev) => !SPEECH.has(ev.type) && ev.source !== null && ev.trigger.start < at && !args.sources.includes(ev.source));
    if (deed) args = { ...args, targets: [deed.source!], how: `${args.how}+deed` };
  }
  // "lodged a protest after a Chinese missile landed near its waters", "protestierte, nachdem belarussische Soldaten
  // die Grenze überquert hatten": disapproval with no addressee is directed at whoever acts in the clause that
  // follows it and gives its occasion (the first actor after the subordinator, a name or an adjective)
  if (args.targets.length === 0 && !args.pairs && DISAPPROVALS.has(e.type) && args.sources.length > 0) {
    const actor = actorOfClauseAfter(view, m, idx, args.sources, (w, j) => cues.occasionSubordinators.has(w) && subordinatorAt(view.words, view.raw, j, cues));
    if (actor !== null) args = { ...args, targets: [actor], how: `${args.how}+occasion` };
  }
  // "The CSP said Malian troops had attacked its positions": a possessive object of force that would be the doer's
  // own is the speaker's (English; the speaker is the subject before the verb of saying)
  if (args.targets.length === 0 && !args.pairs && MATERIAL_CONFLICT.has(e.type) && e.pos === 'verb' && !cues.verbSecond) {
    const owner = speakerOfPossessive(view, m, cues, args.sources);
    if (owner !== null) args = { ...args, targets: [owner], how: `${args.how}+speaker-possessive` };
  }
  // "threatened to retaliate if Israel attacks", "kündigte Gegenmaßnahmen an, sollte Eriwan seine Einheiten nicht
  // abziehen": a threat with no addressee is directed at whoever acts in the condition after it (the first actor
  // within four words of the conditional, a name or an adjective)
  if (args.targets.length === 0 && !args.pairs && e.type === 'THREATEN' && args.sources.length > 0) {
    // ("Falls der Iran angreift, droht Israel mit einem Gegenschlag": or in the condition fronted before a threat verb;
    // a noun can stand inside the condition, "Wenn … die Androhung weiterer Maßnahmen toleriert wird")
    const actor = actorOfClauseAfter(view, m, idx, args.sources, (w) => cues.conditionals.has(w))
      ?? (e.pos === 'verb' ? actorOfFrontedCondition(view, m, cues, idx, args.sources) : null);
    if (actor !== null) args = { ...args, targets: [actor], how: `${args.how}+condition` };
  }
  // "Wenn Russland die Lieferungen stoppt, wird die EU Sanktionen verhängen": an act of force or pressure announced on
  // a condition fronted before it is directed at whoever acts in the condition (a threat: see emitEvents)
  if (args.targets.length === 0 && !args.pairs && CONDITIONAL_THREATS.has(e.type) && e.pos === 'verb' && args.sources.length > 0 && announcedInClause(view, m, cues)) {
    const actor = actorOfFrontedCondition(view, m, cues, idx, args.sources);
    if (actor !== null) args = { ...args, targets: [actor], how: `${args.how}+condition` };
  }
  // "Stockholm müsse … ausliefern, sonst werde Ankara die Zusammenarbeit überprüfen": a consequence announced after an
  // otherwise cue (a threat: see emitEvents) is directed at whom the demand before the cue names
  // (the threat is made to that party even where the act names an object of its own: "sonst werde Ankara den
  // Nato-Beitritt blockieren" threatens Sweden, not NATO; an impersonal consequence, "sonst würden Sanktionen verhängt",
  // "andernfalls werde man …", "or else sanctions will be imposed", is threatened by the sentence's speaker or by who
  // made the demand before the cue)
  const otherwise = NOT_CONSEQUENCES.has(e.type) ? -1 : otherwiseAt(view, m, cues);
  if (otherwise >= 0 && !args.pairs) {
    const sources = args.sources.length > 0 ? args.sources : impersonalThreatener(dc, sc, m, otherwise);
    const actor = sources.length === 0 ? null : demandedActor(view, otherwise, idx, sources);
    if (actor !== null && (sources !== args.sources || args.targets.length !== 1 || args.targets[0] !== actor)) args = { ...args, sources, targets: [actor], how: `${args.how}+otherwise` };
  }
  // "Qatar offered to host talks", "bot an, Gespräche zu vermitteln": an offer of talks or mediation that names no party
  // is made to the two sides of the dispute (as "both sides" would name them); one side's offer is made to the other
  if (args.targets.length === 0 && !args.pairs && e.offer && e.type === 'CONSULT' && args.sources.length > 0) {
    const own = sideOf(idx, args.sources);
    const sides = disputeSides(idx, view, m.first, si, opts.seatOf, (a, b) => actedTogether(out, a, b));
    if (sides.length === 2 && !sides.some(own)) args = { ...args, targets: sides, how: `${args.how}+sides` };
    // (an offer by one side, "Benin schlug Gespräche vor", "Benin offered talks", is made to the other)
    else if (sides.length === 2 && sides.filter(own).length === 1) args = { ...args, targets: sides.filter((x) => !own(x)), how: `${args.how}+otherside` };
  }
  // "boarded a Vietnamese trawler and detained the crew": a coordinated act of force without a target
  // of its own continues on the target of the act before it (same doer, same clause)
  if (args.targets.length === 0 && !args.pairs && MATERIAL_CONFLICT.has(e.type)) {
    const prev = continuedTarget(view, m, out.slice(sentenceStart), args.sources, cues);
    if (prev !== null) args = { ...args, targets: [prev], how: `${args.how}+chain` };
  }
  // "… against U.S. tariffs and warned it would hit back": a coordinated predicate of the same doer without an
  // addressee of its own keeps the addressee of the predicate before it
  if (args.targets.length === 0 && !args.pairs && !aboutAct) {
    const inherited = coordinatedTargets(ctx, m, lex.plover[e.type].quad, out.slice(sentenceStart), args.sources);
    if (inherited.length > 0) args = { ...args, targets: inherited, how: `${args.how}+coordinated` };
  }
  return { m, args, aboutAct, otherwise };
}

/** The addressee of a threat that names none: whom its side just demanded from or accused, or (German) who just acted against it. */
function threatTargets(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame {
  const { cues, idx, sentences, out } = dc;
  const { view, si, s } = sc;
  const { m } = f;
  let { args } = f;
  const e = m.entry;
  // "Kurti forderte Serbien auf, … Andernfalls werde Pristina weitere Maßnahmen ergreifen": a threat that names no
  // addressee is made to whom the same side just demanded from or accused (this or the two previous sentences of the
  // paragraph)
  // (a verb of threat in a later sentence: "without warning" after a criticism is no threat)
  // (not a danger someone faces, "Ihm drohen neun Jahre Haft", which a bare threat verb without a target names)
  if (args.targets.length === 0 && !args.pairs && e.type === 'THREATEN' && e.pos === 'verb' && !e.bareDanger && args.sources.length > 0) {
    // (the side is the speaker's and that of the threat's own subject: "sein Land werde alle Maßnahmen ergreifen, sagte
    // Abdelatty" speaks for Egypt even when the entity layer does not know the minister's state)
    const subjects = view.chains.filter((ch) => ch.role === 'core' && ch.first < m.first && view.clause[ch.first] === view.clause[m.first] && ch.entity !== '').map((ch) => ch.entity);
    const own = sideOf(idx, [...args.sources, ...subjects]);
    const prev = lastBetween(out, si, own, { back: 2, types: THREAT_OCCASIONS, by: 'own', also: (ev) => sentences[ev.sentence]!.paragraph === s.paragraph });
    // (else, German, it answers what the other side just did to it: "Litauen schloss die Grenze … Belarus drohte mit
    // Gegenmaßnahmen"; untested on English wire, where a background threat followed a protest)
    const answered = prev || !cues.verbSecond ? undefined
      : lastBetween(out, si, own, { back: 2, types: ANSWERED, by: 'other', also: (ev) => sentences[ev.sentence]!.paragraph >= s.paragraph - 1 && ev.modality === 'asserted' });
    if (prev) args = { ...args, targets: [prev.target!], how: `${args.how}+context` };
    else if (answered) args = { ...args, targets: [answered.source!], how: `${args.how}+answer` };
  }
  return { ...f, args };
}

/** Acts of conflict and support go to the other side: targets on the doer's own side are dropped (null when support is left with none). */
function otherSide(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame | null {
  const { cues, idx } = dc;
  const { view } = sc;
  const { m } = f;
  let { args } = f;
  const e = m.entry;
  // "He (a Chinese spokesman) warned that China would take all necessary measures", "Merz … warning that Germany's
  // carmakers stood to lose": an act of conflict is never directed at the doer's own state
  if (CONFLICT.has(e.type) && args.targets.length > 0 && !args.pairs) {
    const own = new Set(args.sources.flatMap((id) => [id, stateOf(idx, id) ?? id]));
    const others = args.targets.filter((t) => !own.has(t));
    if (others.length < args.targets.length) args = { ...args, targets: others, how: `${args.how}-own` };
  }
  // "um seine Wassersicherheit zu verteidigen", "lobte den Vertrag" (Uzbekistan's president, the treaty's parties
  // Uzbekistan and Tajikistan): support for one's own side is no act between actors; only the other side stays
  if (e.type === 'SUPPORT' && args.targets.length > 0 && !args.pairs) {
    const own = sideOf(idx, args.sources);
    // (a target the sentence names only by possessive phrases, "seine Wassersicherheit", "sein Land", is the
    // subject's own: German "sein"/"ihr" points back to the subject, whose state the entity layer may not know)
    const others = args.targets.filter((t) => !own(t) && !(cues.verbSecond && possessedOnly(view, cues, t)));
    if (others.length === 0) return null;
    if (others.length < args.targets.length) args = { ...args, targets: others, how: `${args.how}-own` };
  }
  // "Brazil moved additional troops to its northern state of Roraima": a deployment's destination that the sentence
  // names only as the doer's own (a possessive phrase, with the name after "of"/"von" it introduces) is where the
  // forces go, not whom they face; the act stays, without that target
  if (e.type === 'MOBILIZE' && args.targets.length > 0 && !args.pairs) {
    const others = args.targets.filter((t) => !possessedOnly(view, cues, t));
    if (others.length < args.targets.length) args = { ...args, targets: others, how: `${args.how}-own-place` };
  }
  return { ...f, args };
}

/**
 * Whether the sentence names an actor only as someone's own: every chain of it is a pronoun or description opening
 * with a possessive ("seine Wassersicherheit", "its northern state"), or a name right after an `organPrepositions` word
 * ("of", "von") that follows such a chain ("its northern state of Roraima").
 */
function possessedOnly(view: SentenceView, cues: EventCues, id: string): boolean {
  const here = view.chains.filter((ch) => ch.entity === id);
  const possessed = (ch: Chain): boolean => (ch.kind === 'pronoun' || ch.kind === 'description') && cues.possessives.has(view.words[ch.first]!);
  const named = (ch: Chain): boolean => ch.first >= 2 && cues.organPrepositions.has(view.words[ch.first - 1]!) && here.some((o) => o.last === ch.first - 2 && possessed(o));
  return here.some(possessed) && here.every((ch) => possessed(ch) || named(ch));
}

/**
 * Whether the frame is coded at all, and how: null for a danger, a thing acting, or an act without the actors
 * the output needs; else its arguments (a blamed thing marked) and whether it is a deployment of forces.
 */
function admitted(dc: DocCoding, sc: SentenceCoding, f: Frame): { args: Arguments; deployed: boolean; open: boolean } | null {
  const { cues, opts } = dc;
  const { view } = sc;
  const { m, aboutAct } = f;
  let { args } = f;
  const e = m.entry;
  // the manual: AID requires a recipient; forces sent without one ("sends more troops to the Middle East") are deployed
  const deployed = e.type === 'AID' && args.targets.length === 0 && !args.pairs && cues.sendVerbs.has(view.words[m.first]!)
    && m.positions.some((p) => cues.forceNouns.has(view.words[p]!));
  if (e.needsActor && args.sources.length + args.targets.length === 0) return null;
  if (e.needsTarget && args.targets.length === 0) return null;
  // "Ihm drohen bis zu neun Jahre Haft", "Deutschland droht eine Rezession": a bare threat verb with no target,
  // instrument or complement names a danger someone faces, not a threat anyone makes
  if (e.bareDanger && args.targets.length === 0 && !args.pairs && !threatContent(view, m, cues)) return null;
  // "U.S. tariffs hit exports", "storms struck the coast": the actor only qualifies a subject that acts without agency
  if (e.needsActor && e.pos === 'verb' && inanimateSubject(view, m, cues)) return null;
  // an act nobody does is not a fact for the picture; a noun without both actors is usually a topic ("ein Treffen")
  // (the output format requires a source: an act whose doer the text never names is not coded)
  // "China criticised the rapprochement", "Peking kritisierte die Annäherung": blame whose object is a thing named
  // by a noun phrase (no actor, no act reported before) is kept without a target; the PLOVER manual requires no
  // recipient for ACCUSE (a bare "expressed concern" without an object stays an opinion; only a critic who is the
  // subject: a verdict a quote states, "the operation violates the principle", is about the act, not a thing)
  const thing = args.targets.length === 0 && !args.pairs && !aboutAct && e.type === 'ACCUSE' && e.pos === 'verb' && args.sources.length > 0 && args.how.startsWith('subj>')
    && opts.untargetedEvaluations === true && thingObject(view, m, cues);
  if (thing) args = { ...args, how: `${args.how}+thing` };
  const untargeted = args.sources.length > 0 && !e.partial && !aboutAct && !thing && !deployed && args.targets.length === 0 && !args.pairs;
  // an accusation, refusal or threat whose sentence names no addressee ("Hanoi is considering a complaint") waits for the
  // document steps (the exchange it continues, the article's main pair: counterpartTargets) and is dropped after them
  // only if they give it none
  // (only a verb's own subject: an act noun's or a quote's source is found less surely, and a wrong source given the other
  // side of the pair is a wrong event twice)
  const open = opts.requireActors && untargeted && opts.openAddressees !== false && e.pos === 'verb' && args.how.startsWith('subj>') && dc.lex.addressedTypes.has(e.type);
  if (opts.requireActors && !open && (args.sources.length === 0 || untargeted)) return null;
  return { args, deployed, open };
}

/**
 * The date of an act (see {@link eventDate}) in the scope of its clause, up to the next predicate or subordinate clause;
 * undefined when the act is play in a match report.
 */
function dateOfAct(dc: DocCoding, sc: SentenceCoding, m: TriggerMatch, args: Arguments, first: Token, quote: Quote | null): string | null | undefined {
  const { doc, cues, opts, times } = dc;
  const { view, si, s, subordinateStarts } = sc;
  const e = m.entry;
  const clauseNo = view.clause[m.first]!;
  let ongoing = false;
  for (let k = 0; k < view.words.length; k++) if (view.clause[k] === clauseNo && cues.ongoing.has(view.words[k]!)) ongoing = true;
  let reportedFrom = -1;
  for (let k = m.first - 1; k >= 0; k--) {
    if (cues.complementMarkers.has(view.words[k]!) && subordinatorAt(view.words, view.raw, k, cues)) {
      reportedFrom = view.tokens[k]!.start;
      break;
    }
  }
  let c0 = m.first;
  while (c0 > 0 && view.clause[c0 - 1] === clauseNo) c0--;
  let c1 = m.first;
  while (c1 + 1 < view.words.length && view.clause[c1 + 1] === clauseNo) c1++;
  // "Arsenal beat Chelsea 2-0", "schlug Dortmund mit 3:1": an ambiguous verb with a score is a match result
  if (e.needsActor && scoresIn(doc, view.tokens[c0]!.start, view.tokens[c1]!.end).length > 0) return undefined;
  // a match report ("Chelsea beat Arsenal 3-1 … Arsenal attacked throughout the second half"): force verbs without a
  // victim, and ambiguous ones, in a paragraph with a score (for the title: the first body paragraph) are play
  if (e.type === 'ASSAULT' && (e.needsActor || args.targets.length === 0) && sportsScore(doc, s.paragraph, cues, doc.text.slice(view.tokens[m.first]!.start, view.tokens[m.first]!.end))) return undefined;
  // "welcomed the decision and said it would … next month": a second predicate's time does not date the first
  if (!cues.verbSecond) c1 = Math.min(c1, Math.max(m.last, secondPredicate(view, cues, m.last + 1) - 1));
  const boundaries = [...subordinateStarts];
  const second = cues.verbSecond ? view.words.length : secondPredicate(view, cues, m.last + 1);
  if (second < view.words.length) boundaries.push(view.tokens[second]!.start);
  return eventDate(doc, times, {
    sentence: si, at: first.start, ongoing, reportedFrom, carry: opts.dateCarry, within: quote,
    clause: { start: view.tokens[c0]!.start, end: view.tokens[c1]!.end }, opening: view.tokens[Math.min(1, view.tokens.length - 1)]!.end, boundaries,
  });
}

/** Acts that are no threatened consequence after an otherwise cue (see {@link otherwiseAt}): words and demands. */
const NOT_CONSEQUENCES: ReadonlySet<string> = new Set(['THREATEN', 'REQUEST', 'CONSULT', 'ACCUSE']);

/** Acts that, announced on a condition the other side can meet, are threats (see {@link conditionalThreat}). */
const CONDITIONAL_THREATS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'REJECT']);

/**
 * Whether a verb act is announced on a condition: a future auxiliary ("would", "will") at most two words before the
 * trigger in its clause, not negated there, and a conditional subordinator ("if", "unless"; not the auxiliary "should")
 * after the match in the same sentence.
 */
function conditionalThreat(view: SentenceView, m: TriggerMatch, cues: EventCues, fronted: boolean): boolean {
  if (m.entry.pos !== 'verb') return false;
  const clause = view.clause[m.first];
  if (fronted) return announcedInClause(view, m, cues);
  let future = false;
  for (let j = m.first - 1; j >= Math.max(0, m.first - 3) && view.clause[j] === clause; j--) {
    const w = view.words[j]!;
    if (cues.oneWord.negators.has(w)) return false;
    if (cues.auxiliaries.has(w) && (cues.reportedFuture.has(w) || cues.oneWord.planned.has(w))) {
      future = true;
      break;
    }
  }
  if (!future) return false;
  for (let j = m.last + 1; j < view.words.length; j++) {
    const w = view.words[j]!;
    if (cues.conditionals.has(w) && !cues.auxiliaries.has(w)) return true;
  }
  return false;
}

/**
 * Whether the trigger's clause announces its act: a future or planning word ("will", "would", "werde", "wird") before
 * the trigger in its clause (German puts the verb last: "werde man mit Sanktionen reagieren"), no negator between.
 */
function announcedInClause(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const clause = view.clause[m.first];
  for (let j = m.first - 1; j >= 0 && view.clause[j] === clause; j--) {
    const w = view.words[j]!;
    if (cues.oneWord.negators.has(w)) return false;
    if (cues.reportedFuture.has(w) || cues.oneWord.planned.has(w)) return true;
  }
  return false;
}

/**
 * "Stockholm müsse … ausliefern, sonst werde Ankara die Zusammenarbeit überprüfen", "must release the fishermen, or else
 * Vietnam will expel its ambassador": an act announced after an `otherwiseMarkers` cue (a future or planning word
 * between the cue and the trigger, no negator) is the consequence of a demand not met, a threat. The position of the
 * cue's first word, or -1.
 */
function otherwiseAt(view: SentenceView, m: TriggerMatch, cues: EventCues): number {
  if (cues.otherwiseMarkers.length === 0) return -1;
  let future = false;
  for (let j = m.first - 1; j >= 0; j--) {
    const w = view.words[j]!;
    if (cues.oneWord.negators.has(w)) return -1;
    const cue = cues.otherwiseMarkers.find((c) => c.every((x, i) => view.words[j + i] === x) && j + c.length <= m.first);
    if (cue) return future ? j : -1;
    if (cues.reportedFuture.has(w) || cues.oneWord.planned.has(w)) future = true;
  }
  return -1;
}

/**
 * Who threatens an impersonal consequence after an otherwise cue at `k` ("sonst würden Sanktionen verhängt, sagte
 * Kurti", "andernfalls werde man …", "or else sanctions will be imposed"): the speaker of the quote the act stands in,
 * else the source of the last demand of the sentence before the cue ("Die EU forderte Russland auf, …"). Empty if neither.
 */
function impersonalThreatener(dc: DocCoding, sc: SentenceCoding, m: TriggerMatch, k: number): string[] {
  const at = sc.view.tokens[m.first]!.start;
  const q = dc.quotes.find((x) => x.speaker !== null && x.start <= at && at < x.end);
  if (q?.speaker) return [q.speaker];
  const cue = sc.view.tokens[k]!.start;
  const demand = dc.out.slice(sc.sentenceStart).findLast((ev) => REQUESTS.has(ev.type) && ev.source !== null && ev.trigger.start < cue);
  return demand ? [demand.source!] : [];
}

/** Whom a threat after an otherwise cue is made to: the first named actor of the demand before the cue, not of the side of `sources`. */
function demandedActor(view: SentenceView, k: number, idx: ReturnType<typeof indexDoc>, sources: readonly string[]): string | null {
  const own = sideOf(idx, sources);
  const actor = view.chains.find((ch) => ch.last < k && canAct(ch.type) && ch.entity !== '' && ch.kind !== 'pronoun' && ch.role === 'core' && !own(ch.entity));
  return actor ? actor.entity : null;
}

/**
 * Whether a trigger names its act by a noun rather than telling it as a predicate: a noun entry, a verb entry used as a
 * noun (`nounUse`: "the attack", "Russia's strikes"), or a word after a preposition or a determiner past up to three
 * lower-case attributes ("after the deadly attack", "amid fears of a terrorist attack", "following clashes", "in the
 * wake of the bombing"). Such an act is what the sentence's predicate answers, fears or is dated by, not that
 * predicate's own deed.
 */
function nominalAct(view: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (m.entry.pos === 'noun' || nounUse(view, m, cues)) return true;
  // (attributes: lower-case adjectives and noun modifiers, "deadly", "terrorist", and actor names or adjectives, "the
  // Mumbai attacks", "the Israeli strikes"; not any lower-case word, which may be a subject noun: "a military base killed")
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 3 && view.tokens[k]!.kind === 'word' && !cues.determiners.has(view.words[k]!) && !cues.prepositions.has(view.words[k]!)
    && !cues.possessives.has(view.words[k]!) && ((/^\p{Ll}/u.test(view.raw[k]!) && adjective(view.words[k]!, cues)) || view.chains.some((c) => c.first <= k && k <= c.last))) k--;
  if (k < 0 || view.tokens[k]!.kind !== 'word') return false;
  const w = view.words[k]!;
  return !cues.complementMarkers.has(w) && (cues.determiners.has(w) || cues.possessives.has(w) || cues.prepositions.has(w));
}

/**
 * Whether a deployment sends forces (a `forceNouns` word, an `aidSendVerbs` verb) to one other state named by its name
 * right after the destination preposition ("nach Mosambik", "to Somalia"; not "to the Iraqi border", "to Poland's
 * border", "an die Grenze", "in die Grenzregion"), with no act of conflict (IN_CONFLICT) between the two coded earlier
 * in the document.
 */
function forcesSentToState(dc: DocCoding, sc: SentenceCoding, m: TriggerMatch, srcIds: readonly string[], tgtIds: readonly string[]): boolean {
  const { idx } = dc;
  const v = sc.view;
  if (tgtIds.length !== 1 || srcIds.length === 0 || !forcesSent(dc, sc, m)) return false;
  const to = tgtIds[0]!;
  if (kbKind(idx, to) !== 'country' || srcIds.some((s) => s === to || stateOf(idx, s) === to)) return false;
  const named = v.chains.find((c) => c.entity === to && c.kind === 'name' && c.first > 0 && dc.cues.destinationPrepositions.has(v.words[c.first - 1]!)
    && !dc.cues.possessiveClitics.some((p) => v.raw[c.last]!.endsWith(p))
    && (c.last + 1 >= v.words.length || v.tokens[c.last + 1]!.kind !== 'word' || !/^\p{Lu}/u.test(v.raw[c.last + 1]!)));
  return named !== undefined && !inConflict(dc, srcIds, tgtIds);
}

/** Whether a trigger sends forces: an `aidSendVerbs` verb and a `forceNouns` word among its words. */
function forcesSent(dc: DocCoding, sc: SentenceCoding, m: TriggerMatch): boolean {
  const words = m.positions.map((p) => sc.view.words[p]!);
  return words.some((w) => dc.cues.aidSendVerbs.has(w)) && words.some((w) => dc.cues.forceNouns.has(w));
}

/** Whether the document coded an act of conflict (IN_CONFLICT) between the sources and one of the targets, either way, so far. */
function inConflict(dc: DocCoding, srcIds: readonly string[], tgtIds: readonly string[]): boolean {
  return dc.out.some((ev) => IN_CONFLICT.has(ev.type) && ev.source !== null && ev.target !== null
    && ((srcIds.includes(ev.source) && tgtIds.includes(ev.target)) || (tgtIds.includes(ev.source) && srcIds.includes(ev.target))));
}

/** Acts that show two states in conflict (a deployment or a demand does not: forces are sent to allies too). */
const IN_CONFLICT: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'SANCTION']);

/** Codes the events of an admitted frame: trigger, date, modality and type, one event per pair of actors and date. */
function emitEvents(dc: DocCoding, sc: SentenceCoding, m: TriggerMatch, args: Arguments, deployed: boolean, otherwise: number): void {
  const { doc, lex, cues, opts, idx, times, quotes, out, reported, anaphoric, charged, timeReference, background } = dc;
  const { view, si, s, seen } = sc;
  const e = m.entry;
  const first = view.tokens[m.first]!;
  const last = view.tokens[e.triggerAll ? m.last : m.first]!;
  const trigger = { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end };
  // a time outside the quote that reports the act dates the saying, not the act
  const quote = quotes.find((q) => q.start <= first.start && first.end <= q.end) ?? null;
  const date = dateOfAct(dc, sc, m, args, first, quote);
  if (date === undefined) return;
  const speakerSide = new Set(quote?.speaker ? [quote.speaker, stateOf(idx, quote.speaker) ?? opts.bodyState?.(quote.speaker) ?? quote.speaker] : []);
  // (an act done on one's own order has the order's modality: "ordered the army to deploy" is a deployment, asserted)
  let modality = modalityOf(view, m.via?.entry.order ? m.via : m, cues, quote !== null && quote.kind === 'indirect' && quote.speaker !== null, speakerSide);
  // a speaker who denies a verdict ("Russland sei kein Aggressor, sagte Lawrow") accuses nobody
  if (modality === 'negated' && e.type === 'ACCUSE' && args.how.startsWith('speaker')) return;
  // an act dated after the publication is announced, not done
  if (modality === 'asserted' && date !== null && CALENDAR_DATE.test(date) && doc.meta.published !== null && date > doc.meta.published.slice(0, date.length)) modality = 'planned';
  // drills several actors hold together are joint exercises, material cooperation between them
  let type: PloverType = deployed ? 'MOBILIZE' : e.type;
  // PLOVER manual: future cooperative acts are promises (AGREE), announced retreats are concessions; so are offers of
  // them ("Agree to, offer, promise …"), readiness included ("ready to negotiate": its act carries the offer, select.ts),
  // which the default coding keeps as the offered act, hypothetical
  if (opts.ploverFuture && (modality === 'planned' || (modality === 'hypothetical' && m.entry.offer))) {
    if (FUTURE_AGREE.has(type)) type = 'AGREE';
    else if (type === 'RETREAT') type = 'CONCEDE';
  }
  // PLOVER manual, THREATEN ("All threats, coercive or forceful warnings with serious potential repercussions"): an act
  // of force, pressure or refusal its doer will or would do unless (or if) the other side acts is a threat, made now
  // ("Islamabad would strike the hideouts unless Kabul acted", "will impose tariffs if the talks fail")
  // ("If Venezuela attacks Guyana, the EU will impose sanctions": a condition fronted before the act, whose actor the
  // sentence names, makes it a threat to that actor)
  const conditioned = args.sources.length > 0 ? actorOfFrontedCondition(view, m, cues, idx, args.sources) : null;
  const threat = (CONDITIONAL_THREATS.has(type) && conditionalThreat(view, m, cues, conditioned !== null && (args.targets.length === 0 || args.targets.includes(conditioned))))
    || (!NOT_CONSEQUENCES.has(type) && args.sources.length > 0 && otherwise >= 0);
  if (threat) {
    type = 'THREATEN';
    modality = 'asserted';
  }
  let srcIds = args.sources;
  let tgtIds = args.targets;
  // "…, sonst werde Ankara die Zusammenarbeit überprüfen, sagte der türkische Präsident": a threat reported from the
  // speaker's own side is the speaker's (as threatTargets' "Andernfalls werde Pristina …" in a quote of Kurti)
  if (threat && quote?.speaker && srcIds.length > 0 && srcIds.every((id) => speakerSide.has(id))) srcIds = [quote.speaker];
  // (a threat with no addressee is made to whoever acts in its condition, as for threat verbs in findFrame)
  if (threat && tgtIds.length === 0 && !args.pairs && srcIds.length > 0) {
    const actor = actorOfClauseAfter(view, m, idx, srcIds, (w) => cues.conditionals.has(w)) ?? conditioned;
    if (actor !== null) tgtIds = [actor];
  }
  // "Burkina Faso withdrew from ECOWAS": leaving an international organisation is the PLOVER manual's SANCTION
  // (withdraw from a group or organisation), not a retreat from a place
  if (type === 'RETREAT' && tgtIds.length > 0 && /^[^>]*>pp:/u.test(args.how) && tgtIds.every((id) => kbKind(idx, id) === 'org')) type = 'SANCTION';
  // "Der Irak protestierte gegen die Luftangriffe": a state or an international organisation protesting as the subject
  // does so in words, an accusation (PROTEST is kept for demonstrations, whose crowds the knowledge base does not know;
  // a nationality adjective only qualifies such a crowd: "Turkish consumers boycotted …")
  // (so is a road blockade coercion when a state does it: `byBodies`)
  const bodiesType = e.byBodies ?? (type === 'PROTEST' && e.spokenByBodies ? 'ACCUSE' : null);
  if (bodiesType !== null && args.how.startsWith('subj') && srcIds.length > 0
    && srcIds.every((id) => STATE_KINDS.has(kbKind(idx, id) ?? '') && view.chains.some((c) => c.entity === id && c.last < m.first && c.kind !== 'adjective'))) type = bodiesType;
  // "Ruanda hatte Soldaten nach Mosambik entsandt", "Egypt sent military advisers to Somalia": forces sent to another
  // state by its name help it, AID (the development golds: dev, heldout3, heldout5, heldout7; CAMEO 074 military
  // protection), as "schickt Soldaten nach Russland" already was; to a border, a region or one's own territory they are
  // deployed, and to a state the document shows them in conflict with they stay a deployment (MOBILIZE)
  if (type === 'MOBILIZE' && forcesSentToState(dc, sc, m, srcIds, tgtIds)) type = 'AID';
  // (and forces "sent" to a state the document shows them in conflict with are no help: "attacked Georgia … dispatched
  // more troops to Georgia")
  else if (type === 'AID' && forcesSent(dc, sc, m) && tgtIds.length > 0 && inConflict(dc, srcIds, tgtIds)) type = 'MOBILIZE';
  // (not forces each side sends: "Togo und Ghana entsandten Soldaten in die Region" is two deployments)
  if (type === 'MOBILIZE' && srcIds.length > 1 && tgtIds.length === 0 && !m.positions.some((p) => cues.sendVerbs.has(view.words[p]!))) {
    type = 'COOPERATE';
    tgtIds = srcIds.slice(1);
    srcIds = srcIds.slice(0, 1);
  }
  // a definite noun ("die Beschlagnahme", "the seizure") may point back to an act reported before
  let k = m.first - 1;
  while (k >= 0 && view.tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(view.raw[k]!) && !cues.definiteArticles.has(view.words[k]!) && m.first - k <= 3) k--;
  const definite = e.pos === 'noun' && k >= 0 && cues.definiteArticles.has(view.words[k]!);
  // "nach Tanker-Stürmung", "after the attack": the act dates another one and is reported elsewhere
  const kk = definite ? k - 1 : k;
  const temporal = e.pos === 'noun' && kk >= 0 && cues.temporalPrepositions.has(view.words[kk]!);
  // (an act named by a noun, not told by a predicate: see `nominalAct`)
  const nominal = nominalAct(view, m, cues);
  const relative = relativeClause(sc.ctx, view.clause[m.first]!);
  // (what a demand asks for, for the refusals that answer it: see evaluationTargets)
  const asked = type === 'REQUEST' ? objectAct(view, m, sc.found, cues, sc.ctx)?.entry.type : undefined;
  const info = lex.plover[type];
  const sources = srcIds.length ? srcIds : [null];
  const targets = tgtIds.length ? tgtIds : [null];
  // "getroffen: in Singapur 2018 und in Vietnam 2019": coordinated dates after the trigger are one act each
  const dates = coordinatedDates(view, ownTimesAfter(times.get(si) ?? [], first.end), cues, doc.meta.published) ?? [date];
  const confidence = Math.min(0.9, 0.4 + 0.25 * Number(args.sources.length > 0) + 0.25 * Number(args.targets.length > 0 || args.pairs !== undefined));
  // reciprocal acts give explicit directed pairs; otherwise every source acts on every target
  const pairs: readonly (readonly [string | null, string | null])[] = args.pairs && type === e.type
    ? args.pairs
    : sources.flatMap((source) => targets.map((target) => [source, target] as const));
  for (const [source, target] of pairs) {
    for (const date of dates) {
      const key = `${type}|${source}|${target}|${date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ev: Event = {
        type, source, target, date, modality, trigger,
        evidence: doc.text.slice(s.start, s.end), sentence: si, start: s.start, end: s.end,
        cameo: info.cameo[0] ?? null, quad: info.quad, weight: info.weight, confidence,
        stage: STAGE, rule: `${e.id}#${args.how}`,
      };
      out.push(ev);
      if (quote && quote.speaker !== null && quote.speaker !== source) reported.add(ev);
      if (definite) anaphoric.add(ev);
      if (m.accusedBy) charged.add(ev);
      if (temporal) timeReference.add(ev);
      if (nominal) dc.nominal.add(ev);
      if (relative) background.add(ev);
      if (asked !== undefined) dc.demanded.set(ev, asked);
      if (args.voice !== undefined && source !== null && source !== args.voice) dc.voices.set(voiceKey(ev), args.voice);
    }
  }
}

/** Options of {@link codeEvents}. */
export interface CodeOptions {
  readonly pronounActors: PronounPolicy;
  /** The state a seat of government stands for when it acts (capitals, "Kremlin"), or null. */
  readonly seatOf: (entityId: string) => string | null;
  /** The state a body of the knowledge base belongs to ("us-state-department" → "usa"), or null: the side of what it says. */
  readonly bodyState?: (entityId: string) => string | null;
  /** Drop events without any actor, and noun events without both (false for type-only benchmarks). */
  readonly requireActors: boolean;
  /** Let a time of an earlier sentence of the paragraph date an event whose sentence has none. */
  readonly dateCarry: boolean;
  /** Date undated speech acts by the last dated meeting before them. */
  readonly occasionDates: boolean;
  /** The PLOVER manual's future rule: planned CONSULT/SUPPORT/COOPERATE/AID → AGREE, planned RETREAT → CONCEDE (off: the project keeps the type and marks it planned). */
  readonly ploverFuture?: boolean;
  /** Keep an evaluation of an act nobody was reported doing ("verurteilte das Manöver") with a null target instead of dropping it. */
  readonly untargetedEvaluations?: boolean;
  /** Give an accusation, refusal or threat without addressee the other side of the article's main pair (`counterpartTargets`; default on). */
  readonly counterpartTargets?: boolean;
  /** Keep an accusation, refusal or threat without addressee until `counterpartTargets` has had its turn (drop it only if that finds none; default on). */
  readonly openAddressees?: boolean;
}


