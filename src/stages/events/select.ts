import { adjective, adverbialSubordinator, coordinatedPredicate, opensPredicate, pastForm, secondPredicate } from './actors.js';
import { endsWithAny, infinitiveWord, infixedInfinitive, type EventCues } from './lexicon.js';
import { zuClause, type TriggerMatch } from './match.js';
import type { SentenceView } from './view.js';

/**
 * Keeps one reading per stretch of text: longer patterns win over the words inside them
 * ("verhängte Sanktionen" over "Sanktionen"), ties go to the entry listed first. Then drops
 * triggers in the complement of a governing verb ("drohte, … anzugreifen", "urged X to stop"):
 * the governed act is the content of the request or threat, not an event of its own.
 */
export function selectMatches(v: SentenceView, all: readonly TriggerMatch[], cues: EventCues): TriggerMatch[] {
  if (all.length === 0) return [];
  // (in parts: V8's optimising compiler takes far longer over one big function, and recompiles all of it whenever one
  // rare branch is first taken)
  const kept = longestReadings(v, plausibleMatches(v, all, cues), cues);
  return ownActs(v, kept, governingRoles(v, kept, cues), cues);
}

/**
 * "exchanged artillery fire along the border, killing two soldiers", "rammed a trawler, injuring four fishermen": a
 * gerund of force right after the comma that closes the clause of an earlier act of force tells that act's result, not
 * a second act against the victims (the caller drops its events unless they name a victim the earlier act did not).
 * The latest verb trigger before the comma is that act of force, with no punctuation between it and the comma (no
 * subordinate or relative clause of another subject). Gerunds only (`verbForms.gerundEndings`; German has none, its
 * result clauses are finite: "…, wobei zwei Soldaten getötet wurden").
 */
export function resultOfForce(v: SentenceView, m: TriggerMatch, kept: readonly TriggerMatch[], cues: EventCues): boolean {
  if (m.entry.type !== 'ASSAULT' || m.entry.pos !== 'verb' || m.first < 2 || v.words[m.first - 1] !== ',') return false;
  if (!endsWithAny(v.raw[m.first]!, cues.verbForms.gerundEndings)) return false;
  const comma = m.first - 1;
  // (the latest verb trigger before the comma; a noun between is part of its object: "rammed a supply boat")
  const before = kept.filter((k) => k.last < comma && k.entry.pos === 'verb');
  const last = before[before.length - 1];
  if (!last || last.entry.type !== 'ASSAULT') return false;
  for (let k = last.last + 1; k < comma; k++) if (v.tokens[k]!.kind !== 'word') return false;
  return true;
}

/** The matches that can be acts at all: not inside a name or a leader-group noun, not a naming, no wrong reading of a word. */
function plausibleMatches(v: SentenceView, all: readonly TriggerMatch[], cues: EventCues): TriggerMatch[] {
  return all.filter((m) => !insideName(v, m) && !v.groupWords.has(m.first) && !naming(v, m, cues) && !cancelling(v, m, cues) && !acrossPredicate(v, m, cues) && !wrongReading(v, m, all, cues) && !background(v, m, cues) && !otherActInGap(v, m, all, cues)
    && !(m.entry.separated && m.positions.length > 1 && m.positions[1] === m.positions[0]! + 1) && !reducedRelative(v, m, cues));
}

/**
 * "Security forces killed in the attack were buried", "the number of rebels killed during the fighting": a `transitive`
 * trigger whose last word has no object, but a `reducedRelativeMarkers` word or punctuation right after it, is a passive
 * participle modifying the noun before it, not that noun's act.
 */
function reducedRelative(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (!m.entry.transitive) return false;
  const next = v.tokens[m.last + 1];
  if (next === undefined) return true;
  return next.kind === 'word' ? cues.reducedRelativeMarkers.has(v.words[m.last + 1]!) : next.kind === 'punct';
}

/** One reading per stretch of text, in text order: longer patterns win over the words inside them. */
function longestReadings(v: SentenceView, matches: readonly TriggerMatch[], cues: EventCues): TriggerMatch[] {
  const ranked = matches.map((m, order) => ({ m, order })).sort((a, b) =>
    b.m.entry.elements.length - a.m.entry.elements.length
    || (b.m.last - b.m.first) - (a.m.last - a.m.first)
    || a.order - b.order);
  const taken = new Set<number>();
  const kept: TriggerMatch[] = [];
  for (const { m } of ranked) {
    if (m.positions.some((p) => taken.has(p)) && !kept.some((k) => mediated(k, m))) continue;
    // a single-word trigger inside a longer accepted pattern is part of it, as is a word modifying one of its
    // elements ("resumed ceasefire talks": the talks are about a ceasefire)
    if (kept.some((k) => k.positions.length > 1 && m.first > k.first && m.first < k.last && m.positions.length === 1 && (sameType(k, m) || (k.positions.includes(m.first + 1) && !cues.prepositions.has(v.words[m.first + 1]!) && !cues.complementMarkers.has(v.words[m.first + 1]!))))) continue;
    // so is a shorter pattern of the same type wholly inside its span: one act named twice ("warned that China would
    // take all necessary measures" is one threat, not a warning and a threat of countermeasures)
    if (kept.some((k) => sameType(k, m) && m.first > k.first && m.last <= k.last)) continue;
    kept.push(m);
    for (const p of m.positions) taken.add(p);
  }
  kept.sort((a, b) => a.first - b.first);
  return kept;
}

/**
 * "Qatar brokered a ceasefire between Israel and Hamas": an agreement whose words all lie inside a longer mediation
 * pattern (a CONSULT) is the parties' own act beside the mediator's, both kept.
 */
function mediated(k: TriggerMatch, m: TriggerMatch): boolean {
  // (both name the parties in the same prepositional phrase, "between Israel and Hamas"; an offer to mediate or to host
  // talks is no agreement yet)
  // (a pattern of its own, verb and object: a lone noun inside talks is their topic, "truce talks stall with Hamas")
  return k.entry.type === 'CONSULT' && m.entry.type === 'AGREE' && !k.entry.offer && !m.entry.offer && m.positions.length > 1 && k.positions.length > m.positions.length
    && k.entry.target.some((t) => t.startsWith('pp:') && m.entry.target.includes(t)) && m.positions.every((p) => k.positions.includes(p));
}

/** Triggers that govern another's act: pledges, threats made by vowing, intents, frames of telling. */
interface GoverningRoles {
  readonly pledges: ReadonlySet<TriggerMatch>;
  readonly threats: ReadonlyMap<TriggerMatch, TriggerMatch>;
  readonly intents: ReadonlyMap<TriggerMatch, TriggerMatch>;
  readonly intentions: ReadonlySet<TriggerMatch>;
  readonly frames: ReadonlySet<TriggerMatch>;
}

/** Which kept readings govern the act of another (see {@link GoverningRoles}). */
function governingRoles(v: SentenceView, kept: readonly TriggerMatch[], cues: EventCues): GoverningRoles {
  // a pledge whose complement is an act of its own gives way to that act ("promised to send weapons" is AID, planned;
  // "sagte zu, die Truppen abzuziehen" is the withdrawal, planned);
  // a vow to use force or coercion is a threat ("vowed to continue the offensive", "pledged to impose sanctions")
  const pledges = new Set(kept.filter((g) => g.entry.pledge && kept.some((m) => m !== g && !m.entry.pledge && governed(v, m, [g], cues, false, false))));
  const threats = new Map<TriggerMatch, TriggerMatch>();
  for (const m of kept) {
    const g = THREAT_CONTENT.has(m.entry.type) ? [...pledges].find((p) => governed(v, m, [p], cues)) : undefined;
    if (g) threats.set(m, g);
  }
  // English: an intended or offered release ("is willing to release the sailors", "ready to withdraw") is the release,
  // planned; the statement of intent gives way to it
  const intents = new Map<TriggerMatch, TriggerMatch>();
  if (!cues.verbSecond) {
    for (const m of kept) {
      const g = m.entry.type === 'RETREAT' ? kept.find((x) => x.entry.type === 'AGREE' && x.entry.pos === 'verb' && x.entry.governs && governed(v, m, [x], cues, false, false)) : undefined;
      if (g) intents.set(m, g);
    }
  }
  const intentions = new Set(intents.values());
  // a verb of telling whose complement reports an act only frames that report ("told reporters that Russia would withdraw")
  const frames = new Set(kept.filter((g) => g.entry.frame && kept.some((m) => m !== g && !m.entry.participant && governed(v, m, [g], cues, true))));
  // telling the press ("told reporters", "told a news conference") is a statement, not a consultation
  for (const g of kept) if (g.entry.frame && pressAudience(v, g, cues)) frames.add(g);
  // (so does a clause reported without "that": "told Turkey it would withdraw", "told Fidan Russia would send troops")
  for (const g of kept) if (g.entry.frame && kept.some((m) => m !== g && reportedFuture(v, g, m, cues))) frames.add(g);
  return { pledges, threats, intents, intentions, frames };
}

/** The acts of their own among the kept readings, with their pledges, intents, echoes and accusations attached. */
function ownActs(v: SentenceView, kept: readonly TriggerMatch[], roles: GoverningRoles, cues: EventCues): TriggerMatch[] {
  const { pledges, threats, intents, intentions, frames } = roles;
  const open = kept.filter((m) => !pledges.has(m) && !frames.has(m) && !intentions.has(m));
  // "ordered the coast guard to step up patrols": the act an order governs alone is kept beside the order, `via` it
  // (code.ts keeps one of the two: the act when the order goes to the orderer's own organs, else the order)
  const orders = open.filter((g) => g.entry.order);
  const ordered = new Map<TriggerMatch, TriggerMatch>();
  if (orders.length > 0) {
    for (const m of open) {
      if (m.entry.order || m.entry.type === 'REQUEST') continue;
      const g = orders.find((o) => governed(v, m, [o], cues));
      if (g && !governed(v, m, open.filter((o) => o !== g), cues)) ordered.set(m, g);
    }
  }
  const ungoverned = open.filter((m) => ordered.has(m) || !governed(v, m, open, cues));
  const acts = ungoverned.filter((m) => !nominalEcho(v, m, open) && !journeyToMeeting(v, m, ungoverned, cues));
  // the dropped noun stays with its verb: "Bei einem russischen Luftangriff auf Kiew wurden zwölf Menschen getötet"
  // names the doer and the target only in the noun phrase
  const echoes = ungoverned.filter((m) => !acts.includes(m));
  const withEcho = (m: TriggerMatch): TriggerMatch => {
    const n = m.entry.pos === 'verb' ? echoes.find((x) => sameType(x, m) && v.clause[x.first] === v.clause[m.first]) : undefined;
    return n ? { ...m, echo: n } : m;
  };
  // "accused Tajik forces of shelling villages", "warf Ruanda vor, die M23 zu unterstützen": the act a verb of
  // accusation charges someone with is an event too, a suspected one, done by the accused (the only trigger that
  // governs it is the accusation)
  const accusations = open.filter((x) => x.entry.type === 'ACCUSE' && x.entry.pos === 'verb' && x.entry.governs);
  const accused = accusations.length === 0 ? [] : open.flatMap((m) => {
    if (m.entry.participant || m.entry.type === 'ACCUSE' || m.entry.pos !== 'verb' || ungoverned.includes(m) || !chargedForm(v, m, cues)) return [];
    const g = accusations.find((x) => x.first < m.first && governed(v, m, [x], cues));
    if (!g || open.some((x) => x !== g && x !== m && x.entry.governs && x.first > g.first && x.first < m.first)) return [];
    return [{ ...m, entry: { ...m.entry, modality: 'hypothetical' as const }, accusedBy: g }];
  });
  // "police detained dozens of protesters": the participants describe who was acted upon, not a protest of their own
  return (accused.length === 0 ? acts : [...accused, ...acts].sort((a, b) => a.first - b.first)).filter((m) => !m.entry.participant || !acts.some((o) => o !== m && o.entry.type !== m.entry.type && !o.entry.participant))
    .map((m) => {
      const g = threats.get(m);
      if (g) return { ...m, entry: { ...m.entry, type: 'THREATEN' as const, modality: 'asserted' as const }, via: g };
      const o = ordered.get(m);
      if (o) return { ...m, via: o };
      // (a pledged act is planned, whatever the tense of the pledge: "hätten zugesagt, ihre Kämpfer abzuziehen"; a
      // pledge of its own fixed modality passes it on: readiness is an offer, "remained ready to negotiate" is the
      // negotiation, hypothetical)
      const i = intents.get(m) ?? [...pledges].find((p) => governed(v, m, [p], cues, false, false));
      return withEcho(i && m.entry.modality === null ? { ...m, entry: { ...m.entry, modality: i.entry.modality ?? 'planned', offer: m.entry.offer || i.entry.offer }, via: i } : m);
    });
}

/**
 * The form of an act an accusation charges its addressee with, whose doer is that addressee: an English gerund after
 * "of"/"for" ("accused Tajikistan of shelling", "blamed Kyrgyz guards for opening fire"), a German zu-infinitive
 * ("warf Ruanda vor, die M23 zu unterstützen"). A that-clause has a doer of its own ("appalled that the government
 * was lifting sanctions").
 */
function chargedForm(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (!cues.verbSecond) return endsWithAny(v.words[m.first]!, cues.verbForms.gerundEndings) && cues.gerundObjectPrepositions.has(v.words[m.first - 1] ?? '');
  return zuClause(v, v.clause[m.first]!, cues.infinitive);
}

/**
 * "the paramilitary Rapid Support Forces", "die Freie Demokratische Partei": a trigger whose words all lie inside one
 * actor's name of two or more tokens is a word of that name, not an act.
 */
function insideName(v: SentenceView, m: TriggerMatch): boolean {
  const at = v.nameAt.get(m.first);
  return at !== undefined && m.positions.every((p) => v.nameAt.get(p) === at);
}

/**
 * English: a pattern whose gap runs into a second predicate ("did not meet Xi and then cancelled the summit with Modi":
 * "meet … with") joins two acts; the words after the coordinator belong to the second. So does one that ends on a
 * modifier (`compoundHeads` after it): its last word is no object.
 */
function acrossPredicate(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (cues.verbSecond || m.positions.length < 2 || m.entry.pos !== 'verb') return false;
  // (nor does one that ends on a modifier of another noun: "left the European Union summit early")
  // (material acts only: "backed Ukraine's accession talks" still backs the accession)
  // (nor into a condition or an adverbial clause: "will respond if Russia does not withdraw" is no refusal)
  for (let k = m.first + 1; k < m.last; k++) {
    const w = v.words[k]!;
    if (cues.conditionals.has(w) || (cues.subordinators.has(w) && adverbialSubordinator(v, cues, k))) return true;
    if (opensPredicate(v, cues, k)) return true;
  }
  return MATERIAL.has(m.entry.type) && !cues.prepositions.has(v.words[m.last]!) && cues.compoundHeads.has(v.words[m.last + 1] ?? '');
}

/**
 * "called Russia a terrorist state", "called Montenegro's 1918 union with Serbia a 'liberation'": a contact verb that is
 * also a verb of naming (`namingVerbs`) names when its object is a possessive (a thing of the actor, not a party to
 * call) or is followed by a predicate (a `predicativeOpeners` word or a quotation mark right after the object's name).
 */
function naming(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const predicate = (k: number): boolean => {
    const t = v.tokens[k];
    return t !== undefined && (t.kind === 'quote' || QUOTE_MARK.test(v.raw[k]!) || cues.predicativeOpeners.has(v.words[k]!));
  };
  if (m.entry.type !== 'CONSULT' || m.positions.length > 1 || !cues.namingVerbs.has(v.words[m.first]!)) return false;
  const obj = v.chains.find((c) => c.first > m.last && c.first <= m.last + 2 && c.role === 'core' && v.clause[c.first] === v.clause[m.first]);
  // ("in what it called a simulated blockade": no object after the verb, it stands before it, and the predicate follows
  // the verb; "called a senior Pakistani diplomat" has an actor right after the verb and is a call)
  if (!obj) return predicate(m.last + 1);
  // a possessive object is the possessed noun phrase: the predicate follows that phrase ("called Russia's invasion a
  // crime"), while "called Turkey's foreign minister on Tuesday" is a call
  if (/(’s|'s)$/u.test(v.raw[obj.last]!)) {
    for (let k = obj.last + 1; k < v.words.length && k <= obj.last + NAMED_THING_WORDS + 1 && v.clause[k] === v.clause[m.first]; k++) {
      if (predicate(k)) return true;
      // (a complement opens another clause: "called Russia's president to discuss a deal")
      if (cues.complementMarkers.has(v.words[k]!)) return false;
    }
    return false;
  }
  return predicate(obj.last + 1);
}

/**
 * "A meeting between Tau and Greer … has been called off": a one-word verb trigger that opens a phrasal predicate of
 * cancelling or denying (a `negatingPredicates` cue of several words at its position: "called off", "calls off") is
 * that predicate, not its own act (no phone call); the predicate negates the act noun it governs instead.
 */
function cancelling(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (m.entry.pos !== 'verb' || m.positions.length > 1) return false;
  const here = cues.cueIndex.negatingPredicates.get(v.words[m.first]!);
  return here !== undefined && here.some((c) => c.length > 1 && c.every((w, k) => v.words[m.first + k] === w));
}

/** Words a possessed thing may span before the naming predicate ("Montenegro's 1918 union with Serbia a 'liberation'"). */
const NAMED_THING_WORDS = 5;

/**
 * English: a verb of telling with a clause reported without "that" after its addressee: the act `m` follows a future
 * modal ("would", "will"), and before that a pronoun or a second actor opens the clause ("told Turkey it would
 * withdraw", "told Fidan Russia would send troops").
 */
function reportedFuture(v: SentenceView, g: TriggerMatch, m: TriggerMatch, cues: EventCues): boolean {
  if (cues.verbSecond || m.entry.pos !== 'verb' || m.first <= g.last + 3 || m.first - g.last > 8 || v.clause[m.first] !== v.clause[g.last]) return false;
  if (!cues.reportingVerbs.has(v.words[g.first]!)) return false;
  const w = v.words[m.first - 1]!;
  if (!cues.reportedFuture.has(w) && !cues.oneWord.planned.has(w)) return false;
  const k = m.first - 2;
  const addressee = v.chains.find((c) => c.first === g.last + 1);
  if (!addressee || addressee.last >= k) return false;
  return cues.pronouns.has(v.words[k]!) || v.chains.some((c) => c.last === k && c.first > addressee.last);
}

/**
 * Whether a verb of telling addresses the press: an audience noun within its next four words (after articles and
 * adjectives), or a name there whose last word is one ("told the New York Times", "told Deutsche Welle": a masthead).
 */
function pressAudience(v: SentenceView, g: TriggerMatch, cues: EventCues): boolean {
  for (let k = g.last + 1; k < v.words.length && k - g.last <= 4 && v.clause[k] === v.clause[g.last]; k++) {
    if (cues.pressAudiences.has(v.words[k]!)) return true;
    const name = v.chains.find((c) => c.first <= k && k <= c.last && c.kind !== 'adjective');
    if (name) return cues.pressAudiences.has(v.words[name.last]!);
  }
  return false;
}

/**
 * English: "would travel to Washington next week to meet Lutnick": a consultation verb whose purpose infinitive is
 * another consultation verb (the next trigger, within eight words) is one visit, reported by the meeting, which names
 * the partner. (German marks its purpose clause, "um … zu treffen", as an aim, so the journey stays the act there.)
 */
function journeyToMeeting(v: SentenceView, m: TriggerMatch, kept: readonly TriggerMatch[], cues: EventCues): boolean {
  if (cues.verbSecond || m.entry.type !== 'CONSULT' || m.entry.pos !== 'verb') return false;
  const next = kept.find((k) => k.first > m.last && k.first - m.last <= 8);
  return next !== undefined && next.entry.type === 'CONSULT' && next.entry.pos === 'verb' && cues.purpose.has(v.words[next.first - 1] ?? '');
}

/** A noun of the same type in the clause of a verb trigger names the same act ("empfing … zu einem Dialog", "reisen … zum Gipfel"). */
function nominalEcho(v: SentenceView, m: TriggerMatch, kept: readonly TriggerMatch[]): boolean {
  if (m.entry.pos !== 'noun') return false;
  return kept.some((k) => k !== m && k.entry.pos === 'verb' && sameType(k, m) && v.clause[k.first] === v.clause[m.first]);
}

const sameType = (a: TriggerMatch, b: TriggerMatch): boolean => a.entry.type === b.entry.type;

/** Uses of force and coercion: vowed or pledged, they are threats (the manual: THREATEN "could be ASSAULT + hypothetical"). */
const THREAT_CONTENT: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'SANCTION']);

/** Material acts: a verb pattern of these types names the act in its own object ("launched … attack", "sent … aid"). */
const MATERIAL: ReadonlySet<string> = new Set(['COOPERATE', 'AID', 'RETREAT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

/**
 * "launched an inquiry into the attack": when an act noun of another type stands wholly inside the gap of a
 * material verb pattern (English), that noun is the verb's object and the pattern's last word only part of a
 * prepositional phrase after it. (Evaluations keep their gaps: "called the seizure illegal" is about the act.)
 * Nouns naming participants ("urged protesters to …") are actors, not acts.
 */
function otherActInGap(v: SentenceView, m: TriggerMatch, all: readonly TriggerMatch[], cues: EventCues): boolean {
  if (cues.verbSecond || m.entry.pos !== 'verb' || m.positions.length < 2 || !MATERIAL.has(m.entry.type)) return false;
  for (let i = 0; i + 1 < m.positions.length; i++) {
    const from = m.positions[i]!;
    const to = m.positions[i + 1]!;
    if (to - from < 2) continue;
    if (all.some((o) => o !== m && o.first > from && o.last < to && !o.entry.participant && o.entry.type !== m.entry.type && nounUse(v, o, cues) && !attributiveParticiple(v, o, cues))) return true;
  }
  return false;
}

/**
 * English: a one-word past participle between a determiner (or possessive) and a lower-case noun describes that noun
 * ("returned the confiscated documents", "handed over the abducted children"): no act in the gap of another pattern.
 */
function attributiveParticiple(v: SentenceView, o: TriggerMatch, cues: EventCues): boolean {
  if (o.positions.length !== 1 || o.first < 1 || !pastForm(v.raw[o.first]!, cues)) return false;
  const before = v.words[o.first - 1]!;
  const next = o.first + 1;
  const w = v.words[next];
  return (cues.determiners.has(before) || cues.possessives.has(before)) && w !== undefined && v.tokens[next]!.kind === 'word'
    && /^\p{Ll}/u.test(v.raw[next]!) && !cues.prepositions.has(w) && !cues.determiners.has(w) && !cues.coordinators.has(w);
}

/**
 * English: a one-word participle that opens the sentence right before a lower-case noun modifies the subject ("Jailed
 * activists in Iran staged a hunger strike", "Detained journalists went on strike"): no predicate, so no act of its own.
 */
function attributiveOpening(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (m.positions.length !== 1 || v.tokens.slice(0, m.first).some((t) => t.kind === 'word')) return false;
  const next = m.first + 1;
  const w = v.words[next];
  return w !== undefined && v.tokens[next]!.kind === 'word' && /^\p{Ll}/u.test(v.raw[next]!) && !cues.prepositions.has(w) && !cues.determiners.has(w)
    && !cues.coordinators.has(w) && !cues.verbForms.adverbEndings.some((e) => w.endsWith(e));
}

/** Relation types whose nouns name a state rather than an act when they are "continuing" or "long-standing". */
const RELATIONS: ReadonlySet<string> = new Set(['COOPERATE', 'SUPPORT', 'AGREE']);

/**
 * "areas of continuing cooperation": a relation noun marked as ongoing is background, not an event; so is an act
 * counted among earlier ones as a predicate ({@link countedAct}).
 */
function background(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (countedAct(v, m, cues)) return true;
  if (m.entry.pos !== 'noun' || !RELATIONS.has(m.entry.type)) return false;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 2; k--) if (cues.backgroundModifiers.has(v.words[k]!)) return true;
  return false;
}

/**
 * "It was the third such seizure this year", "Es war bereits die dritte Festnahme in diesem Monat": an act noun counted
 * by an ordinal (`countOrdinals`; a `countFollowers` word such as "such" may stand between) after a determiner, as the
 * predicate of a copula at most three words before (an auxiliary: "was", "war bereits"), sums up acts the text reports
 * elsewhere; it is no new act. ("The second attack on the base came on Tuesday" has no copula and stays an act.)
 */
function countedAct(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  // (a verb entry's word after "the third (such)" is its noun: "the third such seizure")
  if (cues.countOrdinals.size === 0) return false;
  let k = m.first - 1;
  while (k >= 0 && cues.countFollowers.has(v.words[k]!)) k--;
  if (k < 1 || !cues.countOrdinals.has(v.words[k]!) || !cues.determiners.has(v.words[k - 1]!)) return false;
  for (let j = k - 2; j >= 0 && j >= k - 4 && v.tokens[j]!.kind === 'word'; j--) if (cues.auxiliaries.has(v.words[j]!)) return true;
  return false;
}

/**
 * Whether token `k` is the second part of a word joined by a hyphen that the tokenizer split off: "U.N.-backed" is
 * "U.N." "-" "backed" (an abbreviation keeps its period), where "Iran-backed" stays one token.
 */
function joinedByHyphen(v: SentenceView, k: number): boolean {
  const hyphen = v.tokens[k - 1];
  const before = v.tokens[k - 2];
  return hyphen !== undefined && before !== undefined && v.words[k - 1] === '-' && before.end === hyphen.start && hyphen.end === v.tokens[k]!.start;
}

/**
 * English words that are verbs and nouns ("demand", "support", "attack"): after a determiner
 * (skipping actor names and adjectives such as "the American demand") the noun entry is read,
 * elsewhere the verb entry.
 */
function wrongReading(v: SentenceView, m: TriggerMatch, all: readonly TriggerMatch[], cues: EventCues): boolean {
  // English: a participle as the head of a hyphenated word is an adjective ("so-called", "Iran-backed", "US-funded"),
  // as is one right after a determiner ("the detained sailors")
  if (!cues.verbSecond && m.entry.pos === 'verb' && cues.participleSuffixes.some((sfx) => v.words[m.first]!.endsWith(sfx))
    && (m.prefixChars > 0 || joinedByHyphen(v, m.first) || (m.positions.length === 1 && v.tokens[m.first - 1]?.kind === 'word' && cues.determiners.has(v.words[m.first - 1]!) && !possessed(v, m))
      || attributiveOpening(v, m, cues))) return true;
  // English: a verb pattern cannot start on a noun: "Israeli strikes kill …" (a nationality adjective), "the strikes … truce"
  // (only where the pattern's first element lists a verb paradigm: "strike|strikes", "ban|bans|banned", not "troops")
  if (m.positions.length > 1) {
    const w = v.words[m.first]!;
    const first = m.entry.elements[0]!.exact;
    const verbForm = first.has(`${w}s`) || first.has(`${w}ed`) || first.has(`${w}d`)
      || (w.endsWith('s') && (first.has(w.slice(0, -1)) || (w.endsWith('es') && first.has(w.slice(0, -2)))));
    return !cues.verbSecond && m.entry.pos === 'verb' && verbForm && nounBefore(v, m, cues);
  }
  const other = all.find((o) => o !== m && o.first === m.first && o.positions.length === 1 && o.entry.pos !== m.entry.pos);
  if (!other) {
    // English: a bare verb form right after a preposition is a noun ("under pressure", "concerned about
    // attacks", "with nuclear strikes": adjectives may stand between); gerunds ("by attacking") and infinitives
    // ("to attack") stay verbs
    const k = beforeAdjectives(v, m, cues);
    const before = v.words[k] ?? '';
    return m.entry.pos === 'verb' && !cues.verbSecond && !/ing$/u.test(v.words[m.first]!) && v.tokens[k]?.kind === 'word'
      && cues.prepositions.has(before) && !cues.complementMarkers.has(before);
  }
  let k = beforeQuote(v, m.first);
  while (k >= 0 && (v.chains.some((c) => c.first <= k && k <= c.last) || (/^\p{Ll}/u.test(v.raw[k]!) && !cues.determiners.has(v.words[k]!) && /(al|an|ic|ive|ous|ful|ed|ish|ese|ian)$/u.test(v.words[k]!)))) k--;
  // a possessive actor is a determiner too ("Ukraine's attack", "China’s demand")
  // English: right after a preposition a bare form is a noun too ("damaged in clashes with"); "to" and gerunds stay verbs
  const afterPreposition = !cues.verbSecond && k === beforeQuote(v, m.first) && k >= 0 && v.tokens[k]?.kind === 'word' && cues.prepositions.has(v.words[k]!)
    && !cues.complementMarkers.has(v.words[k]!) && !/ing$/u.test(v.words[m.first]!);
  const nounReading = (k >= 0 && v.tokens[k]?.kind === 'word' && cues.determiners.has(v.words[k]!)) || possessed(v, m) || afterPreposition;
  return (m.entry.pos === 'noun') !== nounReading;
}

/**
 * The token before `i`, past one quotation mark that opens a quote inside a clause: in `would "stand by its partner"`,
 * `would "support Ukraine"` the word before the mark says whether the quoted word is a verb or a noun (the mark itself
 * counts as a determiner in the cues, for quoted words with nothing before them: `"Attacks on civilians …"`).
 */
function beforeQuote(v: SentenceView, i: number): number {
  const k = i - 1;
  const mark = k > 0 && (v.tokens[k]!.kind === 'quote' || QUOTE_MARK.test(v.raw[k]!));
  return mark && v.tokens[k - 1]!.kind === 'word' ? k - 1 : k;
}

/** Opening and closing quotation marks. */
const QUOTE_MARK = /^["“”„«»‘]$/u;

/** A determiner, a possessive actor or an adjective of an actor ("Israeli", "American") right before the trigger. */
function nounBefore(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  const k = beforeQuote(v, m.first);
  if (k < 0) return false;
  if (cues.determiners.has(v.words[k]!) || possessed(v, m)) return true;
  return v.chains.some((c) => c.last === k && c.kind === 'adjective');
}

/**
 * A word right after a possessive actor is used as a noun ("Ukraine's attack", "China’s demand"), also with up to
 * two lower-case adjectives between ("Russia's brutal attack", "Russia's attempted annexation"; `cues` given).
 */
function possessed(v: SentenceView, m: TriggerMatch, cues?: EventCues): boolean {
  const k = cues ? beforeAdjectives(v, m, cues) : beforeQuote(v, m.first);
  const c = v.chains.find((ch) => ch.last === k);
  return c !== undefined && /(’s|'s|s’|s')$/u.test(v.raw[c.last]!);
}

/** A verb-entry word used as a noun: after a possessive actor or a determiner ("called the seizure illegal"). */
export function nounUse(v: SentenceView, m: TriggerMatch, cues: EventCues): boolean {
  if (m.entry.pos === 'noun' || possessed(v, m, cues)) return true;
  // English: adjectives may stand between the determiner and the noun ("a phased withdrawal", "the brutal attack")
  let k = m.first - 1;
  // (and actor adjectives: "the Russian strikes")
  if (!cues.verbSecond) {
    while (k > 0 && k >= m.first - 3 && ((/^\p{Ll}/u.test(v.raw[k]!) && adjective(v.words[k]!, cues) && !cues.determiners.has(v.words[k]!))
      || v.chains.some((c) => c.first <= k && k <= c.last && c.kind === 'adjective'))) k--;
  }
  const before = v.words[k] ?? '';
  // a gerund is a noun only with "of" after it ("the killing of aid workers")
  const ing = /ing$/u.test(v.words[m.first]!);
  return v.tokens[k]?.kind === 'word' && cues.determiners.has(before) && !cues.complementMarkers.has(before) && (!ing || v.words[m.last + 1] === 'of');
}

/** The token before up to two lower-case adjectives (no article or preposition) right before the trigger ("with nuclear strikes", "Russia's brutal attack"). */
function beforeAdjectives(v: SentenceView, m: TriggerMatch, cues: EventCues): number {
  let k = m.first - 1;
  while (k > 0 && k >= m.first - 2 && /^\p{Ll}/u.test(v.raw[k]!) && adjective(v.words[k]!, cues) && !cues.prepositions.has(v.words[k]!) && !cues.determiners.has(v.words[k]!)) k--;
  return k;
}

/**
 * English: where the attributes right before a trigger start — up to three lower-case adjectives and actor adjectives
 * ("repeated Russian attacks", "new Israeli raids") after `floor`; the trigger's own start when none stands there.
 * (`floor`, the governing verb, may itself end like an adjective: "condemned".)
 */
function attributesFrom(v: SentenceView, m: TriggerMatch, cues: EventCues, floor: number): number {
  let k = m.first - 1;
  while (k > floor && k >= m.first - 3 && ((/^\p{Ll}/u.test(v.raw[k]!) && adjective(v.words[k]!, cues) && !cues.determiners.has(v.words[k]!) && !cues.prepositions.has(v.words[k]!))
    || v.chains.some((c) => c.first <= k && k <= c.last && c.kind === 'adjective'))) k--;
  return k + 1;
}

/** Whether `m` stands in the complement of a governing trigger of `kept` (`anyVerb`: of any trigger, governing or not). */
function governed(v: SentenceView, m: TriggerMatch, kept: readonly TriggerMatch[], cues: EventCues, anyVerb = false, releaseExempt = true): boolean {
  for (const g of kept) {
    if ((!g.entry.governs && !anyVerb) || g === m) continue;
    if (g.first >= m.first) {
      if (verbFinalObject(v, m, g, cues)) return true;
      continue;
    }
    // an agreed or announced release or exchange is an act of its own, planned ("vereinbarten einen Gefangenenaustausch")
    if (releaseExempt && g.entry.type === 'AGREE' && m.entry.type === 'RETREAT') continue;
    if (m.first - g.last > 14) continue;
    // English: a second predicate after "and" ends the governing verb's complement ("rejected … and vowed to continue the offensive")
    if (!cues.verbSecond && secondPredicate(v, cues, g.last + 1) < m.first) continue;
    // German: so does a coordinated finite verb ("rief zur Ruhe auf und kündigte an, nach Kigali zu reisen": the journey
    // is what was announced, not what was called for)
    if (cues.verbSecond && coordinatedPredicate(v, cues, g.last + 1, m.first)) continue;
    // English: two verbs never follow each other, so a trigger right after the governing verb is its object
    // noun, with or without an article ("condemns attack", "threatens invasion" in headlines)
    if (!cues.verbSecond && g.entry.pos === 'verb' && m.first === g.last + 1 && v.clause[m.first] === v.clause[g.last] && !/(ing|ed)$/u.test(v.words[m.first]!)) return true;
    // (so it is after actor adjectives and lower-case adjectives only: "condemned Russian attacks on Ukraine",
    // "denounced repeated Israeli raids" — the adjective names the act's doer, not the verdict's subject)
    if (!cues.verbSecond && g.entry.pos === 'verb' && attributesFrom(v, m, cues, g.last) === g.last + 1 && m.first > g.last + 1 && v.clause[m.first] === v.clause[g.last] && !/(ing|ed)$/u.test(v.words[m.first]!)) return true;
    // a noun right after the governing verb in its clause is its object ("verlangte die
    // Anerkennung", "kritisieren US-Militäreinsatz"), unless a coordinator starts a new predicate
    // in between ("condemned X and the attacks on Y")
    // (a coordinator before an article joins objects, "forderten Neuwahlen und den Rücktritt der Regierung", "demanded
    // new elections and the resignation of …"; one before a verb opens a predicate, which coordinatedPredicate (German)
    // and secondPredicate (English: a past form after it) tell)
    const joined = cues.verbSecond ? coordinatedPredicate(v, cues, g.last + 1, m.first) : secondPredicate(v, cues, g.last + 1) < m.first;
    if (nounUse(v, m, cues) && v.clause[m.first] === v.clause[g.last] && m.first - g.last <= (cues.verbSecond ? 6 : 8) && !joined) return true;
    for (let k = g.first + 1; k < m.first; k++) {
      // the complement marker must introduce the clause the governed trigger stands in
      if (k > g.last && cues.complementMarkers.has(v.words[k]!) && v.clause[k] === v.clause[m.first]) return true;
    }
    // English: a gerund after the object's preposition is the content ("accused Ukraine of attacking", "blamed India for shelling")
    if (!cues.verbSecond && g.entry.pos === 'verb' && m.first - g.last <= 8 && /ing$/u.test(v.words[m.first]!) && cues.gerundObjectPrepositions.has(v.words[m.first - 1] ?? '')
      && v.clause[m.first] === v.clause[g.last]) return true;
    // German: a noun in a zu-infinitive clause after the governing verb is part of its content
    // ("forderte Israel auf, den Angriff auf Iran zu beenden")
    if (cues.verbSecond && v.clause[m.first] !== v.clause[g.last] && m.first - g.last <= 14) {
      for (let k = m.first + 1; k < v.words.length && v.clause[k] === v.clause[m.first]; k++) {
        if (infinitiveWord(cues.infinitive, v.words[k]!)) return true;
      }
    }
    // German: "zu" right before the governed verb ("scharf zu verurteilen", "anzugreifen")
    if (cues.complementMarkers.has(v.words[m.first - 1] ?? '') || infixedInfinitive(cues.infinitive, v.words[m.first]!)) return m.first > g.first;
  }
  return false;
}

/**
 * German: a governing verb at the end of its clause governs the object noun before it ("hat den Beitritt der Ukraine
 * zur EU befürwortet"): the noun after an article that no preposition governs (except one of the verb's own target
 * slots), at most six words before the verb, which closes the clause (its finite auxiliary may follow it).
 */
export function verbFinalObject(v: SentenceView, m: TriggerMatch, g: TriggerMatch, cues: EventCues): boolean {
  if (!cues.verbSecond || g.entry.pos !== 'verb' || m.entry.pos !== 'noun' || g.first <= m.last || g.first - m.last > 7) return false;
  if (v.clause[m.first] !== v.clause[g.last]) return false;
  const det = m.first - 1;
  // (or in a phrase of a preposition the verb itself takes: "für den Angriff … verantwortlich gemacht")
  if (det < 1 || !cues.determiners.has(v.words[det]!)) return false;
  if (cues.prepositions.has(v.words[det - 1]!) && !g.entry.target.includes(`pp:${v.words[det - 1]!}`)) return false;
  // the verb closes the clause: nothing but punctuation after it in the clause, or the finite auxiliary of a
  // subordinate clause ("die Festnahme Maduros zuvor noch begrüßt hatte")
  for (let k = g.last + 1; k < v.words.length && v.clause[k] === v.clause[g.last]; k++) {
    if (v.tokens[k]!.kind === 'word' && !(k === g.last + 1 && cues.auxiliaries.has(v.words[k]!))) return false;
  }
  return /^\p{Ll}/u.test(v.raw[g.last]!);
}
