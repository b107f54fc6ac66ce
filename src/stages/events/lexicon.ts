import type { Modality, PloverType, QuadClass } from '../../doc/types.js';
import type { ResourceLoader } from '../../resources/loader.js';
import { asArray, asBoolean, asEnum, asNumber, asObject, asRecord, asString, asStringArray, optional } from '../../resources/validate.js';
import { LagebildError } from '../../errors.js';
import { loadGrammar, PEOPLE_GROUP_CLASSES, peopleGroupNouns, type PeopleGroups } from '../../resources/grammar.js';

/** The 16 PLOVER types, in the manual's order. */
export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/**
 * Verbal acts that are statements themselves: a modal inside their own pattern is what they say ("warned that China
 * would take all necessary measures" is a threat made, not a hypothetical one), and an obligation to make them
 * ("müsse sich entschuldigen") is no material act demanded.
 */
export const STATEMENT_TYPES: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT']);

const QUADS: readonly QuadClass[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];
const MODALITIES: readonly Modality[] = ['asserted', 'planned', 'hypothetical', 'negated'];

/** Crosswalk data of one PLOVER type (`resources/common/plover.json`). */
export interface PloverInfo {
  readonly cameo: readonly string[];
  readonly quad: QuadClass;
  readonly weight: number;
  /**
   * Whether an act of the type is addressed to someone by its nature (an accusation, a refusal, a threat), so that one
   * whose sentence names no addressee answers the other side of the article's main pair (`counterpart.ts`).
   */
  readonly addressed: boolean;
}

/**
 * Where an argument is read from, tried in order:
 * `subj` clause subject, `obj` direct object, `left` the actor just before a noun trigger
 * ("Washingtons Militäroperation", "American sanctions"), `prefix` the hyphenated prefix of the
 * trigger word ("US-Bombardierung"), `gen` the genitive / of-phrase after a noun trigger,
 * `pp:X` the object of preposition X, `host:X` the same when it names a state or its seat and the act has one party not
 * of that state ("held talks in Beijing": the host state; actors.ts `hostOnly`), `place:X` the object of X when it
 * names a city or place, not a state ("near Sanaa", not
 * "near Saudi Arabia"), `comp` the subject of the complement clause after the trigger
 * ("demanded that Sudan and the RSF …", "forderte, dass Israel …"), `speaker` the speaker of the quote around the trigger,
 * `vobj` the object of a verb that ends a noun pattern, only right after it ("threat to invade Ukraine"; not the
 * clause's own object further on: "… worried Poland"), `self` a description mention that holds the noun trigger
 * ("The Chinese ambassador was summoned": the ambassador's state).
 */
export type Slot = string;

/** One element of a trigger pattern: a set of word forms, stems (`stem*`) or compound heads (`*head`). */
export interface PatternElement {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** How many tokens may come between the previous element and this one (0: adjacent). */
  readonly gapBefore: number;
}

/** A compiled trigger entry of `resources/<lang>/event-triggers.json`. */
export interface TriggerEntry {
  readonly id: string;
  readonly type: PloverType;
  readonly pos: 'verb' | 'noun';
  readonly elements: readonly PatternElement[];
  /** Whether the trigger span is the whole match or only the first element. */
  readonly triggerAll: boolean;
  readonly source: readonly Slot[];
  readonly target: readonly Slot[];
  /** Reciprocal acts ("treffen", "met", "joint exercises"): coordinated subjects are source and target. */
  readonly symmetric: boolean;
  /** Acts done each way ("tauschten Gefangene aus", "swapped prisoners"): one event per direction between the parties. */
  readonly reciprocal: boolean;
  /** Nouns naming the participants of an act ("protesters", "Demonstranten"): when another act of the sentence is done to or by them, they only describe its actors. */
  readonly participant: boolean;
  /**
   * A warning that announces an act in its complement ("warned that … would …", "warnte, dass … reagieren werde"): the
   * act must be the source's own. A name of another actor standing last before the act's word, its subject ("NATO
   * warned that Russia could attack"), makes it a warning of a third party's act (a risk), no threat: no event is coded.
   */
  readonly ownAct: boolean;
  /** Intent / speech verbs whose complement is not an event of its own ("threatened to attack"). */
  readonly governs: boolean;
  /**
   * Pledges ("promised to", "versprach, … zu"): when the complement holds an act of its own ("promised to send
   * weapons"), that act is coded (planned by the pledge's cue) and the pledge is not; otherwise the pledge is an AGREE.
   */
  readonly pledge: boolean;
  /**
   * Offers ("offered to mediate", "bot an, … zu vermitteln"): the entry names the offered act, hypothetical (the
   * development gold's coding); the PLOVER manual reads an offer of cooperation as AGREE (option `ploverFuture`).
   * A pledge that is an offer (readiness: "ready to", "bereit, … zu") passes the flag to the act it governs.
   */
  readonly offer: boolean;
  /**
   * Pledges that are an act only through the act their complement reports (readiness: "is ready to negotiate" is the
   * negotiation, offered): with no act of the lexicon in the complement ("ready to play a constructive role", "bereit
   * für den Winter") they are no event, where other pledges stand as an AGREE of their own (under the option
   * `ploverFuture` they stay one: the PLOVER manual codes any stated readiness as AGREE). Default false.
   */
  readonly needsContent: boolean;
  /**
   * Orders ("ordered … to", "instructed … to", "ordnete an, … zu", "befahl"): the entry governs the ordered act. By the
   * project's convention an order to the orderer's own organs or forces ("ordered the army to deploy") is the orderer's
   * own act, asserted; an order to a foreign party ("The ICJ ordered Venezuela to refrain") stays a REQUEST of it.
   * Read by the act selection (`select.ts`, `code.ts`); default false.
   */
  readonly order: boolean;
  /**
   * Threat verbs whose bare use names a danger someone faces ("Ihm drohen neun Jahre Haft", "Deutschland droht eine
   * Rezession"): with no target, no instrument ("mit …", cue `threatInstruments`) and no complement they are no act.
   */
  readonly bareDanger: boolean;
  /**
   * Verbs of telling ("told the assembly", "briefed reporters"): a consultation of their own, unless their complement
   * reports an act ("told reporters that Russia would withdraw"), whose report they then only frame.
   */
  readonly frame: boolean;
  /** The first two elements must not be adjacent: something (the addressee) stands between ("wants Israel to …", not "wants to …"). */
  readonly separated: boolean;
  /** Ambiguous words ("hit", "beat") that only count with a named actor. */
  readonly needsActor: boolean;
  /** Only with a target its frame found ("X wird in Astana erwartet": an arrival in a place; not "in diesem Jahr", "due in May"). */
  readonly needsTarget: boolean;
  /**
   * The pattern ends on a verb that must govern an object ("killed", "abducted"): right before a `reducedRelativeMarkers`
   * word or punctuation it is a passive participle of a reduced relative clause ("security forces killed in the attack",
   * "the number of rebels killed during the fighting"), which reports no act by the noun before it. Default false.
   */
  readonly transitive: boolean;
  /** A modality the construction itself carries ("ins Spiel bringen" → hypothetical). */
  readonly modality: Modality | null;
  /** Required case of the trigger word's first letter: German nouns are capitalised ("Treffen" vs "treffen"). */
  readonly letterCase: 'upper' | 'lower' | null;
  /** Whether the event may lack a target (most noun triggers need both actors to be an act, not a topic). */
  readonly partial: boolean;
  /**
   * Protest verbs that a state or international organisation as the subject does in words ("Der Irak protestierte gegen
   * …": ACCUSE); a crowd's protest stays PROTEST. Not boycotts, which states do as well as consumers.
   */
  readonly spokenByBodies: boolean;
  /**
   * The type of the act when a state or international organisation does it as the subject, for acts whose doer decides
   * what they are: road blockades ("Studenten blockierten die Autobahn") are a crowd's protest, a state's are coercion
   * ("Russland blockierte die Straße nach Cherson"). Null for the entry's own type whoever acts.
   */
  readonly byBodies: PloverType | null;
  /**
   * Ids of the entries whose act this bare noun continues ("weitere Austausche" after "Kriegsgefangene ausgetauscht"):
   * it is an act only in a document that already coded one of them, and takes that act's parties where its sentence
   * names none (code.ts `continuedParties`). Empty for an entry that stands on its own.
   */
  readonly continues: readonly string[];
}

/**
 * How a language marks an infinitive whose clause continues the predicate before it: a particle before the verb
 * ("zu liefern") or the same particle inside a separable verb ("anzugreifen"). Both empty for English, whose "to"
 * is a complement marker only.
 */
export interface InfinitiveCues {
  /** The particle as a word of its own ("zu"). */
  readonly markers: ReadonlySet<string>;
  /** Whole-word patterns of infixed infinitives, compiled from `infinitiveInfixes` (`{ infix: "zu", ending: "en" }`: prefix, "zu", stem, "en"). */
  readonly infixed: readonly RegExp[];
}

/** Whether `w` is an infinitive with its particle inside ("anzugreifen", "abzuziehen"). */
export function infixedInfinitive(inf: InfinitiveCues, w: string): boolean {
  for (const re of inf.infixed) if (re.test(w)) return true;
  return false;
}

/** Whether `w` is the infinitive particle or an infinitive with the particle inside. */
export function infinitiveWord(inf: InfinitiveCues, w: string): boolean {
  return inf.markers.has(w) || infixedInfinitive(inf, w);
}

/** A multi-word cue (consecutive lower-cased words). */
export type Cue = readonly string[];

/** Function words and cues of `resources/<lang>/event-cues.json`. */
export interface EventCues {
  readonly negators: readonly Cue[];
  /** Verbs that deny or call off the act they govern ("abgesagt", "denied", "cancelled"); they negate nouns anywhere in the clause. */
  readonly negatingPredicates: readonly Cue[];
  /**
   * Verbs that say an act happened ("took place", "resumed", "broke out", "re-emerged"): negated right after an act noun
   * that is their subject ("fighting has not re-emerged", "the meeting did not take place"), they deny the act. Consecutive
   * words, indexed by first word; empty by default.
   */
  readonly occurrencePredicates: CueIndex;
  /**
   * A possibility left open ("did not rule out", "nicht ausgeschlossen"): an act in the same clause is supposed, not
   * denied or done ("did not rule out further sanctions" → hypothetical sanctions). Consecutive words.
   */
  readonly possibilityOpen: CueIndex;
  /**
   * The same with a separable verb whose finite form stands earlier in the clause ("schloss weitere Sanktionen nicht
   * aus"): the tail cue ("nicht aus") counts only after one of `ruleOutVerbs` in the clause ("Die Hilfe reicht nicht
   * aus" leaves nothing open).
   */
  readonly possibilityOpenTail: CueIndex;
  /** Finite forms of the verb of ruling out whose particle stands at the clause's end ("schloss", "schließt"). */
  readonly ruleOutVerbs: ReadonlySet<string>;
  /** Contracted prepositions and the preposition they stand for ("im" → "in", "zum" → "zu"). */
  readonly contractions: ReadonlyMap<string, string>;
  /** Words that cancel a preceding negator ("nicht nur", "not only"). */
  readonly negationBreakers: ReadonlySet<string>;
  /**
   * Negators that negate an inflected attribute right after them rather than the clause ("eine nicht genehmigte
   * Kundgebung auflösen": the rally is dispersed); with `attributeEndings`. Empty by default (English, whose attributes
   * do not inflect and whose "not" + participle + noun is a negated verb: "has not launched strikes").
   */
  readonly attributeNegators: ReadonlySet<string>;
  /** Endings of an inflected attributive adjective or participle ("genehmigte", "angemeldeten"). Empty by default. */
  readonly attributeEndings: readonly string[];
  readonly planned: readonly Cue[];
  readonly hypothetical: readonly Cue[];
  /** The cue lists modality searches at every token of a clause, each indexed by first word (see {@link indexCues}). */
  readonly cueIndex: { readonly negators: CueIndex; readonly negatingPredicates: CueIndex; readonly planned: CueIndex; readonly hypothetical: CueIndex };
  /** The one-word cues of those lists as sets ("wird", "nicht", "könnte"): tested word by word, built once at load. */
  readonly oneWord: { readonly negators: ReadonlySet<string>; readonly planned: ReadonlySet<string>; readonly hypothetical: ReadonlySet<string> };
  /** Hedging adjectives that only modify the noun right after them ("mögliche Ausweitung"). */
  readonly hypotheticalAdjectives: ReadonlySet<string>;
  /** Sentence-initial conditional conjunctions ("wenn", "if"). */
  readonly conditionals: ReadonlySet<string>;
  /**
   * Words that make the act after them the consequence of a demand not met ("…, sonst werde Ankara …", "or else", "otherwise
   * we will respond"): an announced act after them is a conditional threat, asserted (the threat is made; the condition
   * is hypothetical). Consecutive words; optional, empty by default.
   */
  readonly otherwiseMarkers: readonly Cue[];
  /**
   * Ordinal words that count a predicate noun among earlier acts of its kind ("It was the third such seizure this year",
   * "die zweite solche Festnahme"): such a sentence summarises background, it reports no new act. `countFollowers`
   * ("such", "solche") may stand between the ordinal and the noun. Optional, empty by default.
   */
  readonly countOrdinals: ReadonlySet<string>;
  /** Words that may follow a count ordinal before its noun ("such", "solche"); see `countOrdinals`. */
  readonly countFollowers: ReadonlySet<string>;
  /** Purpose conjunctions starting a clause ("um … zu"). */
  readonly purpose: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly genitiveMarkers: ReadonlySet<string>;
  /**
   * Determiners that can open a genitive attribute ("des", "der", "eines"; German): a noun phrase after a noun that
   * opens with another determiner ("Sicherheitskräfte den Gouverneur") is no genitive but a phrase of its own.
   * Empty: no such test (English).
   */
  readonly genitiveDeterminers: ReadonlySet<string>;
  /** Determiners that never open a subject ("den", "dem", "einen"; German accusative and dative). Empty for English. */
  readonly objectDeterminers: ReadonlySet<string>;
  /**
   * Personal pronouns that are only ever a subject ("er", "wir"; German nominative): right after a V2 verb such a pronoun
   * is the subject and the phrase before the verb its object ("Israel warf er vor, …"). Empty for English.
   */
  readonly subjectPronouns: ReadonlySet<string>;
  /** German: a capitalised noun right before a name makes the name a genitive attribute. */
  readonly nounGenitive: boolean;
  readonly passiveAux: ReadonlySet<string>;
  /** Auxiliaries that make a passive only with a participle ending in -t ("werde … anerkannt", not "wird … reisen"). */
  readonly weakPassiveAux: ReadonlySet<string>;
  /** How far before the trigger a passive auxiliary may stand (tokens). */
  readonly passiveWindow: number;
  readonly agentPrepositions: readonly string[];
  /**
   * Means of contact or transport after an agent preposition ("talked by telephone with", "by video link", "by
   * air"): no agent, so the "-ed by" before them is an active verb (optional).
   */
  readonly agentMeans: ReadonlySet<string>;
  /**
   * Participles that, next to an agent preposition and a name, say who holds a place or facility ("controlled by", "held
   * by"; "von der Armee kontrollierte"): the holder is the target of an attack on or seizure of it (optional).
   */
  readonly heldParticiples: ReadonlySet<string>;
  /**
   * A ship's flag state ("a Panama-flagged tanker", "under the Liberian flag", "unter panamaischer Flagge"): `markers`
   * right after a state's name or adjective ("flagged"), or a flag noun (`nouns`) next to it after one of `prepositions`
   * ("under", "unter"). Such a mention is an attribute of the vessel, no actor (optional; empty: none).
   */
  readonly flagStates: { readonly markers: ReadonlySet<string>; readonly nouns: ReadonlySet<string>; readonly prepositions: ReadonlySet<string> };
  /** Pronouns that name the speaker's side in a quote ("wir", "we"; German impersonal "man" in reported speech: "Man fordere …"). */
  readonly firstPerson: ReadonlySet<string>;
  /** Personal pronouns by the entity types they can refer to. */
  readonly pronouns: ReadonlyMap<string, readonly string[]>;
  /** Possessive determiners by the entity types they can refer to ("his vow", "seine Frau"). */
  readonly possessives: ReadonlyMap<string, readonly string[]>;
  /** Subordinators that start a relative or embedded clause (their clause has its own subject). */
  readonly subordinators: ReadonlySet<string>;
  /**
   * English relative pronouns that open a parenthesis after a comma ("The junta, which seized power in July, accused
   * …"): the comma that closes it, before the main verb, ends the domain of its times. Empty for German, whose
   * relative clauses end in their verb (`subjectRelatives`).
   */
  readonly appositiveRelatives: ReadonlySet<string>;
  /** Adverbs that mark an act as ongoing ("weiter", "continues"), dated by the publication month. */
  readonly ongoing: ReadonlySet<string>;
  /**
   * Verb forms that make a pronoun without a person reading ("es") a mere placeholder in their clause: "soll es einen
   * weiteren Austausch geben", "gab es Gespräche" name no actor. Empty where the language has no such use.
   */
  readonly expletiveVerbs: ReadonlySet<string>;
  /** Words that introduce the complement of a governing verb ("zu", "dass", "to", "that"). */
  readonly complementMarkers: ReadonlySet<string>;
  /** The infinitive particle and its infixed forms ("zu liefern", "anzugreifen"; German): see {@link InfinitiveCues}. */
  readonly infinitive: InfinitiveCues;
  /** Whether the finite verb stands second, so the subject may follow it (German). */
  readonly verbSecond: boolean;
  /** Endings of lower-case adjectives skipped when looking for what governs a name ("in neighboring South Sudan"). */
  readonly adjectiveSuffixes: readonly string[];
  /** Endings of past participles that read as adjectives after a determiner or as the head of a hyphenated word ("the detained sailors", "Iran-backed"). Empty by default. */
  readonly participleSuffixes: readonly string[];
  /** Verb-form morphology: endings and words that tell participles, gerunds and finite forms (`verbForms`); see {@link VerbFormCues}. */
  readonly verbForms: VerbFormCues;
  /** Modals that report a future in the past ("would") after an announcement verb ("said it would send …": planned, not hypothetical). */
  readonly reportedFuture: ReadonlySet<string>;
  /** Announcement verbs before a reported future ("announced", "said", "pledged"). */
  readonly announcementVerbs: ReadonlySet<string>;
  /** Nouns naming part of a place ("Süden", "south", "border region"): a genitive after them takes their preposition ("im Süden Armeniens" is "in Armenia"). */
  readonly regionNouns: ReadonlySet<string>;
  /**
   * Nouns of members, bodies or assets of an actor ("Banken", "Diplomaten", "officials"): after a preposition their
   * genitive or of-phrase fills the preposition's slot, as after a region noun ("Sanktionen gegen zwei Banken Myanmars"
   * hit Myanmar). Optional.
   */
  readonly memberNouns: ReadonlySet<string>;
  /**
   * Nouns of a government seated in a place ("die Führung in Teheran", "das Regime in Damaskus"): the place after
   * a preposition of `seatPrepositions` fills the noun's slot. Empty by default.
   */
  readonly seatNouns: ReadonlySet<string>;
  /** Prepositions between a seat noun and its place ("in"). Empty by default. */
  readonly seatPrepositions: ReadonlySet<string>;
  /**
   * Adverbs that make a following `comitativePrepositions` phrase name a co-agent ("gemeinsam mit Mali", "together
   * with the EU"): the name there acts with the subject, it is no target. Empty by default.
   */
  readonly comitativeAdverbs: ReadonlySet<string>;
  /** The prepositions of a co-agent after a `comitativeAdverbs` word ("mit", "with"). Empty by default. */
  readonly comitativePrepositions: ReadonlySet<string>;
  /** Prepositions of the place where an act happens ("in", "near"): a place coordinated after such a place is no object. Empty by default. */
  readonly locativePrepositions: ReadonlySet<string>;
  /**
   * Nouns of people who speak for a body named after `representativePrepositions` ("a spokesman for the foreign
   * ministry"): the body fills the noun's slot. Empty by default.
   */
  readonly representativeNouns: ReadonlySet<string>;
  /** Prepositions between a representative noun and the body it speaks for ("for"). Empty by default. */
  readonly representativePrepositions: ReadonlySet<string>;
  /** Verbs of speaking about a topic ("sprach von", "warnte vor", "berichtete über"): their subject does not do the act a noun after them names. Empty by default. */
  readonly topicVerbs: ReadonlySet<string>;
  /** Past-subjunctive auxiliaries that report rather than suppose inside indirect speech ("hätten", "wären"). Empty by default. */
  readonly reportedSubjunctives: ReadonlySet<string>;
  /** Prepositions that join a place's part to the place like a genitive ("in der Nähe von Taiwan"). Empty by default. */
  readonly genitivePrepositions: ReadonlySet<string>;
  /** Modifiers that make a relation noun a background state ("continuing cooperation", "anhaltende Zusammenarbeit"). */
  readonly backgroundModifiers: ReadonlySet<string>;
  /** Nouns that name whatever act was reported last ("den Einsatz", "die Entscheidung", "the move", "the operation"). */
  readonly actNouns: ReadonlySet<string>;
  /**
   * Verbs of naming that are also verbs of contact ("called", "dubbed"; English): with a predicate after the object
   * ("called Russia a terrorist state", "called Montenegro's union with Serbia a liberation") they name, not phone.
   */
  readonly namingVerbs: ReadonlySet<string>;
  /** Stems of vote words near a score that make it a tally, not a match result ("voted 13-2", "mit 13:2 Stimmen"). */
  readonly tallyStems: readonly string[];
  /** Words that open a predicate noun after an object ("a", "an"; English): see `namingVerbs`. */
  readonly predicativeOpeners: ReadonlySet<string>;
  /** Nouns that name what was said last ("the remarks", "the accusations"): a rejection of them targets the speaker. Empty by default. */
  readonly speechNouns: ReadonlySet<string>;
  /** Demonstratives that stand for what was said last when rejected or criticised ("wies das zurück", "rejected this as"). */
  readonly speechDemonstratives: ReadonlySet<string>;
  /** Modals of obligation ("müsse", "must"): an act someone must do, in a quote, is the speaker's demand of them. */
  readonly obligationModals: ReadonlySet<string>;
  /** Masculine personal pronouns and possessives ("er", "ihm", "sein"): they never refer to a person named after a feminine title. */
  readonly masculinePronouns: ReadonlySet<string>;
  /**
   * Personal pronouns that are only objects ("ihn", "ihm", "him"): after a second predicate of the same subject ("rief
   * Putin an und bat ihn, …") such a pronoun is never that subject, whose clause it shares; its antecedent may be named
   * in the first predicate.
   */
  readonly objectPronouns: ReadonlySet<string>;
  /**
   * Prepositions that name what a protest is against ("gegen", "against"): a protest against a policy, law or
   * agreement, with no actor named, is made to the government of the state it takes place in.
   */
  readonly protestAgainst: ReadonlySet<string>;
  /** Feminine personal pronouns and possessives of one gender only ("she", "her"; none in German, whose "ihr" is also "their"). */
  readonly femininePronouns: ReadonlySet<string>;
  /** Endings of feminine person titles ("Sprecherin", "Ministerin"; German). */
  readonly feminineTitleSuffixes: readonly string[];
  /** Possessive clitics and apostrophes after a name ("Turkey's", "Merz’"): the name is an attribute of the phrase after it. */
  readonly possessiveClitics: readonly string[];
  /** Endings of a name in the genitive before a noun ("Kasachstans Präsident"; German, with `nounGenitive`). */
  readonly nameGenitiveEndings: readonly string[];
  /** Auxiliaries ("has", "will"): after "and" they open a predicate of the clause's own subject (English). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Prepositions that name what a threat threatens with ("drohte mit Sanktionen"). */
  readonly threatInstruments: ReadonlySet<string>;
  /** Subordinators whose clause gives the occasion of a reaction ("after", "nachdem"): its actor is what a protest is about. */
  readonly occasionSubordinators: ReadonlySet<string>;
  /** Past-tense verb forms that open a second predicate after a coordinator ("and summoned", "and said"): the first predicate's object and date end there (English; regular "-ed" forms count without a list). */
  readonly pastVerbs: ReadonlySet<string>;
  /**
   * Nouns that make the noun before them a modifier ("left the European Union summit", "the alliance meeting"; English):
   * a verb pattern that ends on that modifier does not name its object.
   */
  readonly compoundHeads: ReadonlySet<string>;
  /** Words after a possessive that make it the doer's own ("its own convoy", "seine eigenen Truppen"). */
  readonly ownIntensifiers: ReadonlySet<string>;
  /** Particles by which a reaction joins an earlier one ("Japan also voiced concern", "Auch Lettland verurteilte …"). */
  readonly additives: ReadonlySet<string>;
  /**
   * Prepositions whose phrase belongs to an act noun's own phrase ("the attack on Kyiv", "against"): the targets a verb
   * entry read as a noun keeps when it is the subject of another predicate (English; empty in German).
   */
  readonly actNounPrepositions: ReadonlySet<string>;
  /** Prepositions that name whose organ a described body is ("die Armee von Myanmar", "the army of Myanmar"). */
  readonly organPrepositions: ReadonlySet<string>;
  /**
   * Endings of title nouns between a nationality adjective and a person's name ("den saudischen Kronprinzen Mohammed
   * bin Salman"): German capitalises every noun, so an organ ("die russische Polizei Nawalny") must not count. Empty
   * (English): any capitalised word is a title there ("Saudi Crown Prince").
   */
  readonly titleEndings: readonly string[];
  /**
   * Endings of nouns for a state's agents (police officers, soldiers, officials, diplomats, border guards; German
   * compound heads: "Grenzpolizisten"): a group of them the article never names acts for its state (the spec's unnamed
   * actor; "drei kosovarische Polizisten" is Kosovo). Private groups (protesters, students, relatives) are not listed.
   */
  readonly stateAgentEndings: readonly string[];
  /** Cardinal words that count a group ("zwei", "dozens"); digits count without a list. See `countedPersonNouns`. */
  readonly cardinalWords: ReadonlySet<string>;
  /**
   * Nouns of people a number counts ("43 Menschen", "42 people", "20 Demonstranten"): an act whose clause counts its
   * own patients so is an act of its own, not a restatement of a nearby act on a named person. Every class of
   * grammar.json `peopleGroups`.
   */
  readonly countedPersonNouns: ReadonlySet<string>;
  /** Words that name members of a counted group ("unter ihnen", "among them"): the named member is the act's patient. */
  readonly memberMarkers: readonly Cue[];
  /** Nouns of an offer or proposal ("das Angebot", "der Vorschlag"): an evaluation of one is about whoever offered last. */
  readonly offerNouns: ReadonlySet<string>;
  /**
   * Documents a body adopts or issues (`documentNouns`: "Resolution", "Bericht", "treaty", "ruling"), form → lemma,
   * with their compounding (`documentCompoundMin`, `documentCompoundExceptions`): a definite document noun as subject
   * ("Die Resolution fordert die Armee auf") stands for the body that adopted it earlier. Read through `documentNoun`.
   */
  readonly documents: DocumentCues;
  /**
   * Verbs by which a body adopts, issues or hands down a document (`adoptionVerbs`: "verabschiedete", "legte … vor",
   * "adopted", "handed down"), form → the separable particle it needs later in its clause ('' for none). Read through
   * `adoptionVerbAt`.
   */
  readonly adoptionVerbs: ReadonlyMap<string, string>;
  /**
   * German hearsay: a modal of report ("soll", "sollen") before a perfect infinitive ("getötet haben", "festgenommen
   * worden sein", "eingedrungen sein") says the act is reported as done, not planned ("Russische Soldaten sollen
   * Zivilisten getötet haben"); with a plain infinitive it stays planned ("Die Gespräche sollen Montag beginnen").
   * Empty lists (the default) turn it off.
   */
  readonly hearsay: HearsayCues;
  /** Adverbs that may stand between a coordinator and the verb of a second predicate ("and then cancelled", "and instead attacked"; English). */
  readonly predicateAdverbs: ReadonlySet<string>;
  /** Conjunctions that join predicates but never actors ("but", "yet"): a second predicate after them is the subject's again. */
  readonly predicateCoordinators: ReadonlySet<string>;
  /** Act nouns that free what a detention or seizure holds ("release", "Freilassung"): a demand for them goes to the detainer. */
  readonly releaseNouns: ReadonlySet<string>;
  /** Prepositions after which a gerund is done by the object right before them ("accused China of harassing"). */
  readonly gerundObjectPrepositions: ReadonlySet<string>;
  /** Nouns that name the last use of force reported ("den Einsatz", "die Aktion", "the operation", "the raid"). */
  readonly operationNouns: ReadonlySet<string>;
  /** Definite determiners: "die Beschlagnahme", "the seizure" refer back to an act already reported. */
  readonly definiteArticles: ReadonlySet<string>;
  /** Prepositions that make an act noun a time reference ("nach Tanker-Stürmung", "after the attack"). */
  readonly temporalPrepositions: ReadonlySet<string>;
  /**
   * Words that, right after the participle of a `transitive` trigger, show a reduced passive relative clause ("killed in
   * the attack", "killed during the fighting", "killed by the army"). Empty by default (German puts the verb last).
   */
  readonly reducedRelativeMarkers: ReadonlySet<string>;
  /** Reciprocal markers ("each other", "sich gegenseitig"): coordinated parties act on each other, one event each way. */
  readonly reciprocalMarkers: readonly Cue[];
  /** Noun phrases that refer back to the last two parties named together ("both sides", "beide Seiten"). */
  readonly pairAnaphors: readonly Cue[];
  /** Plural descriptions of two people ("the two ministers", "beide Außenminister"): the last two persons named. */
  readonly personPairAnaphors: readonly Cue[];
  /** First words of `pairAnaphors` and `personPairAnaphors`: a word that starts none needs no cue test. */
  readonly pairAnaphorStarts: ReadonlySet<string>;
  /**
   * Plural nouns of the leaders gathered at a summit ("die Staats- und Regierungschefs", "the heads of state and
   * government"): with no actor named in their phrase they act for the organisation whose summit the article reports
   * (summits.ts).
   */
  readonly summitLeaders: readonly Cue[];
  /** Forms of the summit noun ("Gipfel", "Gipfeltreffen", "summit"), alone or as a compound's last part ("Nato-Gipfel"). */
  readonly summitNouns: ReadonlySet<string>;
  /**
   * Role ids (the entity layer's `roles[].role`) of offices held for a state (president, prime-minister,
   * foreign-minister …): a holder whose state the text does not give may still announce a stance for it (actors.ts).
   */
  readonly stateOffices: ReadonlySet<string>;
  /**
   * Relative pronouns that open a relative clause as its subject ("die Hamas, die Israel überfallen hatte", "das
   * Militär, das … angriff"): the antecedent before the comma does the act. Empty for English (default).
   */
  readonly subjectRelatives: ReadonlySet<string>;
  /**
   * Relative pronouns that are the subject only after a person or a bare name ("Macron, der …"); after a noun with
   * an article they may be dative ("die Ukraine, der Deutschland Waffen liefert"). Empty by default.
   */
  readonly personSubjectRelatives: ReadonlySet<string>;
  /** Separable verb particles that may close a main clause between a relative clause and its antecedent ("gaben einem Antrag Südafrikas statt, das …"). Empty by default. */
  readonly verbParticles: ReadonlySet<string>;
  /** Negators that negate only what follows them ("ohne", "without", "no"): after a verb trigger they negate an object, not the act. */
  readonly prefixNegators: ReadonlySet<string>;
  /** Verbs of saying that may introduce reported speech without a complementizer ("said Tehran would not …"). */
  readonly reportingVerbs: ReadonlySet<string>;
  /** Personal pronouns that refer to two parties named together just before ("they", German "sie" with a plural verb). */
  readonly pluralPronouns: ReadonlySet<string>;
  /** Nouns that do things without an agent ("tariffs hit exports", "storms struck"): an ambiguous verb right after them is no act (optional). */
  readonly inanimateSubjects: ReadonlySet<string>;
  /** Cue words that, capitalised inside a sentence, are names and no cue ("in May" is the month, not the modal) (optional). */
  readonly capitalisedNames: ReadonlySet<string>;
  /** Participles and adjectives that after a form of "be" and before "to" state a disposition, not a passive ("is prepared to negotiate") (optional). */
  readonly adjectivalParticiples: ReadonlySet<string>;
  /**
   * Past forms of phrasal verbs that are active before of/for ("called for", "apologized for", "warned of"): the
   * reduced-passive reading of "-ed of/for" ("accused of", "blamed for") does not apply to them, while "was warned
   * by" with an auxiliary stays passive (optional, English).
   */
  readonly activeBeforePreposition: ReadonlySet<string>;
  /** Armed forces and their platforms ("troops", "warships"): sent without a recipient they are deployed, not given (optional). */
  readonly forceNouns: ReadonlySet<string>;
  /** Verbs of sending ("sent", "dispatched"): with forceNouns and no recipient, a deployment (optional). */
  readonly sendVerbs: ReadonlySet<string>;
  /**
   * Verbs of sending people to a recipient ("sent", "entsandte", not "deployed", "verlegte"): forces sent to another state
   * by its name help it, AID (the development golds), unless the two are in conflict in the document (optional).
   */
  readonly aidSendVerbs: ReadonlySet<string>;
  /** Prepositions of a destination that a state's name follows directly ("nach Mosambik", "to Somalia"; with aidSendVerbs). */
  readonly destinationPrepositions: ReadonlySet<string>;
  /** Audiences of statements ("told reporters", "told a news conference"): telling them is no consultation (optional). */
  readonly pressAudiences: ReadonlySet<string>;
  /** Adjectives that may stand between a determiner or preposition and a noun ("a phased withdrawal", "with nuclear strikes"): their endings, and words without such an ending (optional; English). */
  readonly nounModifiers: { readonly suffixes: readonly string[]; readonly words: ReadonlySet<string> };
}

/** Everything the events stage loads once per pipeline. */
export interface EventLexicon {
  readonly triggers: readonly TriggerEntry[];
  readonly cues: EventCues;
  readonly plover: Readonly<Record<PloverType, PloverInfo>>;
  /** The types whose `PloverInfo.addressed` is set. */
  readonly addressedTypes: ReadonlySet<PloverType>;
  /** The ids of the offer entries (`TriggerEntry.offer`): an evaluation of an offer noun is about whoever offered last. */
  readonly offerEntryIds: ReadonlySet<string>;
}

const GAP = /^(?:…|\.\.\.)(\d*)$/u;

/**
 * Regular English verb forms of a base written `attack+`: attack, attacks, attacked, attacking
 * (final -e, -y and sibilants handled; doubled consonants and irregular forms are written out).
 */
export function regularForms(base: string): string[] {
  const consonantY = /[^aeiou]y$/u.test(base);
  const s = /(s|x|z|ch|sh)$/u.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

/**
 * A language's subjunctive made from listed present forms (`subjunctiveForms` in event-triggers.json): German
 * reported speech puts verbs in the Konjunktiv I ("Man fordere die Mongolei auf", "Moskau lehne das ab"), which the
 * lexicons do not spell out. A present form ending in `present` that is listed with its paradigm (a sibling with one of
 * the `paradigm` endings on the same stem: "fordert|forderte", "ruft|rufen") also matches the stem with `subjunctive`.
 */
export interface SubjunctiveForms {
  readonly present: string;
  readonly paradigm: readonly string[];
  readonly subjunctive: string;
}

function addSubjunctives(exact: Set<string>, rule: SubjunctiveForms): void {
  for (const f of [...exact]) {
    if (f.length < 4 || !f.endsWith(rule.present) || rule.paradigm.some((e) => e.length > rule.present.length && f.endsWith(e))) continue;
    const stem = f.slice(0, -rule.present.length);
    if (rule.paradigm.some((e) => exact.has(stem + e))) exact.add(stem + rule.subjunctive);
  }
}

/** Compiles a pattern string: elements separated by spaces, `a|b|c` alternatives (`stem*` prefix, `*head` compound head, `verb+` regular English forms; a form with ß also matches its Swiss spelling with ss), `…` gaps (default 6, `…12` for 12). */
export function compilePattern(pattern: string, where: string, path: string, subjunctive: SubjunctiveForms | null = null): PatternElement[] {
  const out: PatternElement[] = [];
  let gap = 0;
  for (const part of pattern.trim().split(/\s+/u)) {
    const g = GAP.exec(part);
    if (g) {
      gap = g[1] ? Number(g[1]) : 6;
      continue;
    }
    const exact = new Set<string>();
    const prefixes: string[] = [];
    const suffixes: string[] = [];
    // (Swiss standard German writes ss for ß, "begrüsste", "schliessen": every form with ß has its ss twin)
    const alts = part.toLowerCase().split('|');
    for (const alt of alts.filter((a) => a.includes('ß'))) alts.push(alt.replaceAll('ß', 'ss'));
    for (const alt of alts) {
      if (alt.length === 0) continue;
      if (alt.endsWith('+') && alt.length > 1) for (const f of regularForms(alt.slice(0, -1))) exact.add(f);
      else if (alt.endsWith('*') && alt.length > 1) prefixes.push(alt.slice(0, -1));
      else if (alt.startsWith('*') && alt.length > 1) suffixes.push(alt.slice(1));
      else exact.add(alt);
    }
    if (subjunctive) addSubjunctives(exact, subjunctive);
    if (exact.size + prefixes.length + suffixes.length === 0) {
      throw new LagebildError('RESOURCE_INVALID', `${path}: empty pattern element in "${pattern}"`, where);
    }
    out.push({ exact, prefixes, suffixes, gapBefore: gap });
    gap = 0;
  }
  if (out.length === 0) throw new LagebildError('RESOURCE_INVALID', `${path}: empty pattern`, where);
  return out;
}

/**
 * Verbal acts whose complement is their content, not an event of its own: "forderte …, Maduro zu
 * verurteilen" is one REQUEST, "accused X of sideswiping" one ACCUSE. Verbs of these types govern
 * unless their entry says otherwise.
 */
const GOVERNING_TYPES: ReadonlySet<PloverType> = new Set(['AGREE', 'SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

/**
 * Types that need a target unless their entry says otherwise: those the PLOVER manual marks
 * "Requires recipient: Yes" (COOPERATE, AID, SANCTION), and evaluations, which are about someone:
 * praise or criticism whose addressee the text does not name ("hailed signs of hope", "schlug
 * kritischere Töne an") is an opinion, not a dyadic event.
 */
const DYADIC_TYPES: ReadonlySet<PloverType> = new Set(['ACCUSE', 'SUPPORT', 'COOPERATE', 'AID', 'SANCTION']);

const DEFAULT_FRAMES: Record<'verb' | 'noun', { source: Slot[]; target: Slot[] }> = {
  verb: { source: ['subj'], target: ['obj'] },
  noun: { source: ['prefix', 'left', 'subj'], target: ['gen'] },
};

function slotList(raw: unknown, where: string, path: string): Slot[] {
  const list = asStringArray(raw, where, path);
  for (const s of list) {
    if (!/^(subj|obj|vobj|self|left|prefix|gen|comp|speaker|none|(?:pp|place|host):[\p{L}]+)$/u.test(s)) {
      throw new LagebildError('RESOURCE_INVALID', `${path}: unknown slot "${s}"`, where);
    }
  }
  return list;
}

/** One lexicon entry; `match` may hold several patterns separated by `||`, each compiled to an entry with the same id. */
function triggerEntries(raw: unknown, where: string, path: string, subjunctive: SubjunctiveForms | null): TriggerEntry[] {
  const o = asObject(raw, where, path);
  const patterns = asString(o.match, where, `${path}.match`).split('||');
  return patterns.map((p) => triggerEntry({ ...o, match: p }, where, path, subjunctive));
}

function triggerEntry(raw: unknown, where: string, path: string, subjunctive: SubjunctiveForms | null): TriggerEntry {
  const o = asObject(raw, where, path);
  const pos = asEnum(o.pos ?? 'verb', where, `${path}.pos`, ['verb', 'noun'] as const);
  const frame = DEFAULT_FRAMES[pos];
  const type = asEnum(o.type, where, `${path}.type`, PLOVER_TYPES);
  return {
    id: asString(o.id, where, `${path}.id`),
    type,
    pos,
    elements: compilePattern(asString(o.match, where, `${path}.match`), where, `${path}.match`, subjunctive),
    triggerAll: optional(o.triggerAll, where, `${path}.triggerAll`, asBoolean) ?? false,
    source: optional(o.source, where, `${path}.source`, slotList) ?? frame.source,
    target: optional(o.target, where, `${path}.target`, slotList) ?? frame.target,
    symmetric: optional(o.symmetric, where, `${path}.symmetric`, asBoolean) ?? false,
    reciprocal: optional(o.reciprocal, where, `${path}.reciprocal`, asBoolean) ?? false,
    participant: optional(o.participant, where, `${path}.participant`, asBoolean) ?? false,
    governs: optional(o.governs, where, `${path}.governs`, asBoolean) ?? (pos === 'verb' && GOVERNING_TYPES.has(type)),
    pledge: optional(o.pledge, where, `${path}.pledge`, asBoolean) ?? false,
    offer: optional(o.offer, where, `${path}.offer`, asBoolean) ?? false,
    needsContent: optional(o.needsContent, where, `${path}.needsContent`, asBoolean) ?? false,
    order: optional(o.order, where, `${path}.order`, asBoolean) ?? false,
    ownAct: optional(o.ownAct, where, `${path}.ownAct`, asBoolean) ?? false,
    bareDanger: optional(o.bareDanger, where, `${path}.bareDanger`, asBoolean) ?? false,
    frame: optional(o.frame, where, `${path}.frame`, asBoolean) ?? false,
    separated: optional(o.separated, where, `${path}.separated`, asBoolean) ?? false,
    needsActor: optional(o.needsActor, where, `${path}.needsActor`, asBoolean) ?? false,
    needsTarget: optional(o.needsTarget, where, `${path}.needsTarget`, asBoolean) ?? false,
    transitive: optional(o.transitive, where, `${path}.transitive`, asBoolean) ?? false,
    modality: optional(o.modality, where, `${path}.modality`, (x, w, p) => asEnum(x, w, p, MODALITIES)) ?? null,
    letterCase: optional(o.case, where, `${path}.case`, (x, w, p) => asEnum(x, w, p, ['upper', 'lower'] as const)) ?? null,
    partial: optional(o.partial, where, `${path}.partial`, asBoolean) ?? (pos === 'verb' && !DYADIC_TYPES.has(type)),
    spokenByBodies: optional(o.spokenByBodies, where, `${path}.spokenByBodies`, asBoolean) ?? false,
    byBodies: optional(o.byBodies, where, `${path}.byBodies`, (x, w, p) => asEnum(x, w, p, PLOVER_TYPES)) ?? null,
    continues: optional(o.continues, where, `${path}.continues`, asStringArray) ?? [],
  };
}

/** Cues by their first word, in list order: a token need only be tested against the cues that start with it. */
export type CueIndex = ReadonlyMap<string, readonly Cue[]>;

/** The cues of a list that are one word long, as a set. */
function oneWordCues(list: readonly Cue[]): ReadonlySet<string> {
  return new Set(list.filter((c) => c.length === 1).map((c) => c[0]!));
}

/** Indexes a cue list by first word (built once with the lexicon). */
export function indexCues(list: readonly Cue[]): CueIndex {
  const index = new Map<string, Cue[]>();
  for (const c of list) {
    const l = index.get(c[0]!);
    if (l) l.push(c);
    else index.set(c[0]!, [c]);
  }
  return index;
}

const cueList = (raw: unknown, where: string, path: string): Cue[] =>
  asStringArray(raw, where, path).map((s) => s.toLowerCase().split(/\s+/u));
const wordSet = (raw: unknown, where: string, path: string): Set<string> =>
  new Set(asStringArray(raw ?? [], where, path).map((s) => s.toLowerCase()));

const LETTERS = /^\p{Ll}+$/u;

function infinitiveCues(o: Record<string, unknown>, where: string): InfinitiveCues {
  const infixed = asArray(o.infinitiveInfixes ?? [], where, 'infinitiveInfixes', (x, w, p) => {
    const e = asObject(x, w, p);
    const infix = asString(e.infix, w, `${p}.infix`);
    const ending = asString(e.ending, w, `${p}.ending`);
    if (!LETTERS.test(infix) || !LETTERS.test(ending)) throw new LagebildError('RESOURCE_INVALID', `${p}: infix and ending must be lower-case letters`, w);
    return new RegExp(`^\\p{Ll}+${infix}\\p{Ll}+${ending}$`, 'u');
  });
  return { markers: wordSet(o.infinitiveMarkers ?? [], where, 'infinitiveMarkers'), infixed };
}

/** Reads `flagStates` (`{ markers, nouns, prepositions }`, each a word list; absent: all empty). */
function flagStates(raw: unknown, where: string): EventCues['flagStates'] {
  const o = asObject(raw ?? {}, where, 'flagStates');
  const set = (k: 'markers' | 'nouns' | 'prepositions'): Set<string> => {
    const words = wordSet(o[k], where, `flagStates.${k}`);
    for (const w of words) if (!LETTERS.test(w)) throw new LagebildError('RESOURCE_INVALID', `flagStates.${k}: "${w}" must be one lower-case word`, where);
    return words;
  };
  return { markers: set('markers'), nouns: set('nouns'), prepositions: set('prepositions') };
}

/** The hearsay modals of a language and the perfect infinitive that makes them report (`EventCues.hearsay`). */
export interface HearsayCues {
  /** Modals that report with a perfect infinitive and plan with a plain one (`hearsayModals`: "soll", "sollen", "solle"). */
  readonly modals: ReadonlySet<string>;
  /** Auxiliaries that close a perfect infinitive (`perfectAuxiliaries`: "haben", "sein"). */
  readonly auxiliaries: ReadonlySet<string>;
  /** Participles of the passive that may stand between participle and auxiliary (`perfectPassives`: "worden", "gewesen"). */
  readonly passives: ReadonlySet<string>;
  /** Endings of the participle before them (`perfectParticipleEndings`: "-t", "-en"); a lower-case word only. */
  readonly participleEndings: readonly string[];
}

/** The document nouns of a language (`EventCues.documents`). */
export interface DocumentCues {
  /** Every listed form, lower case, → its lemma ("resolutionen" → "resolution"). */
  readonly forms: ReadonlyMap<string, string>;
  /** Letters a closed compound needs before a listed form to count as that document (0: no compounds). */
  readonly compoundMin: number;
  /** Words that end in a listed form but are no document ("vorurteil", "schuldenerlass"). */
  readonly compoundExceptions: ReadonlySet<string>;
}

/** Reads `documentNouns` (lemma → forms), `documentCompoundMin` and `documentCompoundExceptions`; a form may belong to one lemma only. */
function documentCues(o: Record<string, unknown>, where: string): DocumentCues {
  const lemmas = asRecord(o.documentNouns ?? {}, where, 'documentNouns', asStringArray);
  const forms = new Map<string, string>();
  for (const [lemma, list] of Object.entries(lemmas)) {
    const key = lemma.toLowerCase();
    for (const f of [key, ...list.map((x) => x.toLowerCase())]) {
      if (!LETTERS.test(f)) throw new LagebildError('RESOURCE_INVALID', `documentNouns.${lemma}: "${f}" must be one word of letters`, where);
      const other = forms.get(f);
      if (other !== undefined && other !== key) throw new LagebildError('RESOURCE_INVALID', `documentNouns: "${f}" listed under "${other}" and "${lemma}"`, where);
      forms.set(f, key);
    }
  }
  const compoundMin = asNumber(o.documentCompoundMin ?? 0, where, 'documentCompoundMin');
  if (!Number.isInteger(compoundMin) || compoundMin < 0) throw new LagebildError('RESOURCE_INVALID', 'documentCompoundMin: must be a whole number ≥ 0', where);
  return { forms, compoundMin, compoundExceptions: wordSet(o.documentCompoundExceptions, where, 'documentCompoundExceptions') };
}

/**
 * Reads `adoptionVerbs`: entries `{ forms, particle? }`; a form `base+` stands for its regular English forms
 * (`regularForms`). A form listed twice must need the same particle.
 */
function adoptionVerbs(raw: unknown, where: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  asArray(raw, where, 'adoptionVerbs', (x, w, p) => {
    const e = asObject(x, w, p);
    const particle = e.particle === undefined ? '' : asString(e.particle, w, `${p}.particle`).toLowerCase();
    if (particle !== '' && !LETTERS.test(particle)) throw new LagebildError('RESOURCE_INVALID', `${p}.particle: must be one word of letters`, w);
    for (const written of asStringArray(e.forms, w, `${p}.forms`)) {
      const lower = written.toLowerCase();
      const forms = lower.endsWith('+') ? regularForms(lower.slice(0, -1)) : [lower];
      for (const f of forms) {
        if (!LETTERS.test(f)) throw new LagebildError('RESOURCE_INVALID', `${p}.forms: "${written}" must be one word of letters (or base+)`, w);
        const had = out.get(f);
        if (had !== undefined && had !== particle) throw new LagebildError('RESOURCE_INVALID', `${p}.forms: "${f}" listed with particles "${had}" and "${particle}"`, w);
        out.set(f, particle);
      }
    }
  });
  return out;
}

/**
 * The lemma of a document noun (`documentNouns`), or null: the word itself, the last part of a hyphenated word
 * ("un-resolution"), or, where the language closes compounds, the longest listed form it ends in after at least
 * `compoundMin` letters ("sicherheitsratsresolution" → "resolution", "friedensabkommen" → "abkommen"), unless the word
 * is a `compoundExceptions` entry ("vorurteil"). `word` is lower case (a sentence view's `words`).
 */
export function documentNoun(cues: EventCues, word: string): string | null {
  const d = cues.documents;
  const hyphen = word.lastIndexOf('-');
  const w = hyphen >= 0 ? word.slice(hyphen + 1) : word;
  const whole = d.forms.get(w);
  if (whole !== undefined) return whole;
  if (d.compoundMin === 0 || d.compoundExceptions.has(w)) return null;
  for (let k = d.compoundMin; k < w.length - 2; k++) {
    const lemma = d.forms.get(w.slice(k));
    if (lemma !== undefined) return lemma;
  }
  return null;
}

/**
 * Whether `words[i]` is an adoption verb (`adoptionVerbs`) with its particle, if it needs one, where the language puts
 * it: in a verb-second language it closes the clause (the last word before `end`: "legte … einen Bericht vor", while
 * "nahm an der Sitzung teil" is no "nahm … an"); otherwise it stands right after the verb or closes the clause
 * ("handed down a ruling", "handed the ruling down"). `words` are lower case; `end` is the clause end (exclusive).
 */
export function adoptionVerbAt(cues: EventCues, words: readonly string[], i: number, end: number = words.length): boolean {
  const particle = cues.adoptionVerbs.get(words[i] ?? '');
  if (particle === undefined) return false;
  if (particle === '') return true;
  const last = Math.min(end, words.length) - 1;
  if (last <= i) return false;
  return words[last] === particle || (!cues.verbSecond && words[i + 1] === particle);
}

function cues(raw: unknown, where: string, people: PeopleGroups): EventCues {
  const o = asObject(raw, where);
  const pronouns = asRecord(o.pronouns ?? {}, where, 'pronouns', asStringArray);
  const possessives = asRecord(o.possessives ?? {}, where, 'possessives', asStringArray);
  const negators = cueList(o.negators, where, 'negators');
  const negatingPredicates = cueList(o.negatingPredicates ?? [], where, 'negatingPredicates');
  const planned = cueList(o.planned, where, 'planned');
  const hypothetical = cueList(o.hypothetical, where, 'hypothetical');
  return {
    negators,
    negationBreakers: wordSet(o.negationBreakers, where, 'negationBreakers'),
    attributeNegators: wordSet(o.attributeNegators ?? [], where, 'attributeNegators'),
    attributeEndings: asStringArray(o.attributeEndings ?? [], where, 'attributeEndings'),
    negatingPredicates,
    occurrencePredicates: indexCues(cueList(o.occurrencePredicates ?? [], where, 'occurrencePredicates')),
    possibilityOpen: indexCues(cueList(o.possibilityOpen ?? [], where, 'possibilityOpen')),
    possibilityOpenTail: indexCues(cueList(o.possibilityOpenTail ?? [], where, 'possibilityOpenTail')),
    ruleOutVerbs: wordSet(o.ruleOutVerbs ?? [], where, 'ruleOutVerbs'),
    contractions: new Map(Object.entries(asRecord(o.contractions ?? {}, where, 'contractions', asString)).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])),
    planned,
    hypothetical,
    cueIndex: { negators: indexCues(negators), negatingPredicates: indexCues(negatingPredicates), planned: indexCues(planned), hypothetical: indexCues(hypothetical) },
    oneWord: { negators: oneWordCues(negators), planned: oneWordCues(planned), hypothetical: oneWordCues(hypothetical) },
    hypotheticalAdjectives: wordSet(o.hypotheticalAdjectives, where, 'hypotheticalAdjectives'),
    conditionals: wordSet(o.conditionals, where, 'conditionals'),
    otherwiseMarkers: cueList(o.otherwiseMarkers ?? [], where, 'otherwiseMarkers'),
    countOrdinals: wordSet(o.countOrdinals ?? [], where, 'countOrdinals'),
    countFollowers: wordSet(o.countFollowers ?? [], where, 'countFollowers'),
    purpose: wordSet(o.purpose, where, 'purpose'),
    clauseBreaks: new Set(asStringArray(o.clauseBreaks, where, 'clauseBreaks')),
    coordinators: wordSet(o.coordinators, where, 'coordinators'),
    prepositions: wordSet(o.prepositions, where, 'prepositions'),
    determiners: wordSet(o.determiners, where, 'determiners'),
    genitiveMarkers: wordSet(o.genitiveMarkers, where, 'genitiveMarkers'),
    genitiveDeterminers: wordSet(o.genitiveDeterminers ?? [], where, 'genitiveDeterminers'),
    objectDeterminers: wordSet(o.objectDeterminers ?? [], where, 'objectDeterminers'),
    subjectPronouns: wordSet(o.subjectPronouns ?? [], where, 'subjectPronouns'),
    nounGenitive: asBoolean(o.nounGenitive ?? false, where, 'nounGenitive'),
    passiveAux: wordSet(o.passiveAux, where, 'passiveAux'),
    weakPassiveAux: wordSet(o.weakPassiveAux, where, 'weakPassiveAux'),
    passiveWindow: asNumber(o.passiveWindow ?? 3, where, 'passiveWindow'),
    agentPrepositions: asStringArray(o.agentPrepositions, where, 'agentPrepositions').map((s) => s.toLowerCase()),
    agentMeans: wordSet(o.agentMeans, where, 'agentMeans'),
    flagStates: flagStates(o.flagStates, where),
    heldParticiples: wordSet(o.heldParticiples, where, 'heldParticiples'),
    firstPerson: wordSet(o.firstPerson, where, 'firstPerson'),
    pronouns: new Map(Object.entries(pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    possessives: new Map(Object.entries(possessives).map(([k, v]) => [k.toLowerCase(), v])),
    subordinators: wordSet(o.subordinators, where, 'subordinators'),
    appositiveRelatives: wordSet(o.appositiveRelatives ?? [], where, 'appositiveRelatives'),
    ongoing: wordSet(o.ongoing, where, 'ongoing'),
    expletiveVerbs: wordSet(o.expletiveVerbs ?? [], where, 'expletiveVerbs'),
    complementMarkers: wordSet(o.complementMarkers, where, 'complementMarkers'),
    infinitive: infinitiveCues(o, where),
    verbSecond: asBoolean(o.verbSecond ?? false, where, 'verbSecond'),
    adjectiveSuffixes: asStringArray(o.adjectiveSuffixes ?? [], where, 'adjectiveSuffixes'),
    participleSuffixes: asStringArray(o.participleSuffixes ?? [], where, 'participleSuffixes'),
    verbForms: verbFormCues(o.verbForms ?? {}, where),
    regionNouns: wordSet(o.regionNouns, where, 'regionNouns'),
    memberNouns: wordSet(o.memberNouns ?? [], where, 'memberNouns'),
    seatNouns: wordSet(o.seatNouns ?? [], where, 'seatNouns'),
    seatPrepositions: wordSet(o.seatPrepositions ?? [], where, 'seatPrepositions'),
    comitativeAdverbs: wordSet(o.comitativeAdverbs ?? [], where, 'comitativeAdverbs'),
    comitativePrepositions: wordSet(o.comitativePrepositions ?? [], where, 'comitativePrepositions'),
    locativePrepositions: wordSet(o.locativePrepositions ?? [], where, 'locativePrepositions'),
    representativeNouns: wordSet(o.representativeNouns ?? [], where, 'representativeNouns'),
    representativePrepositions: wordSet(o.representativePrepositions ?? [], where, 'representativePrepositions'),
    genitivePrepositions: wordSet(o.genitivePrepositions ?? [], where, 'genitivePrepositions'),
    reportedSubjunctives: wordSet(o.reportedSubjunctives ?? [], where, 'reportedSubjunctives'),
    topicVerbs: wordSet(o.topicVerbs ?? [], where, 'topicVerbs'),
    reportedFuture: wordSet(o.reportedFuture, where, 'reportedFuture'),
    announcementVerbs: wordSet(o.announcementVerbs, where, 'announcementVerbs'),
    backgroundModifiers: wordSet(o.backgroundModifiers, where, 'backgroundModifiers'),
    definiteArticles: wordSet(o.definiteArticles, where, 'definiteArticles'),
    actNouns: wordSet(o.actNouns ?? [], where, 'actNouns'),
    speechNouns: wordSet(o.speechNouns ?? [], where, 'speechNouns'),
    namingVerbs: wordSet(o.namingVerbs ?? [], where, 'namingVerbs'),
    tallyStems: asStringArray(o.tallyStems ?? [], where, 'tallyStems').map((x) => x.toLowerCase()),
    predicativeOpeners: wordSet(o.predicativeOpeners ?? [], where, 'predicativeOpeners'),
    speechDemonstratives: wordSet(o.speechDemonstratives ?? [], where, 'speechDemonstratives'),
    obligationModals: wordSet(o.obligationModals ?? [], where, 'obligationModals'),
    masculinePronouns: wordSet(o.masculinePronouns ?? [], where, 'masculinePronouns'),
    objectPronouns: wordSet(o.objectPronouns ?? [], where, 'objectPronouns'),
    protestAgainst: wordSet(o.protestAgainst ?? [], where, 'protestAgainst'),
    femininePronouns: wordSet(o.femininePronouns ?? [], where, 'femininePronouns'),
    feminineTitleSuffixes: asStringArray(o.feminineTitleSuffixes ?? [], where, 'feminineTitleSuffixes'),
    possessiveClitics: asStringArray(o.possessiveClitics, where, 'possessiveClitics'),
    nameGenitiveEndings: asArray(o.nameGenitiveEndings, where, 'nameGenitiveEndings', asString),
    auxiliaries: wordSet(o.auxiliaries ?? [], where, 'auxiliaries'),
    threatInstruments: wordSet(o.threatInstruments ?? [], where, 'threatInstruments'),
    occasionSubordinators: wordSet(o.occasionSubordinators ?? [], where, 'occasionSubordinators'),
    pastVerbs: wordSet(o.pastVerbs ?? [], where, 'pastVerbs'),
    predicateCoordinators: wordSet(o.predicateCoordinators ?? [], where, 'predicateCoordinators'),
    predicateAdverbs: wordSet(o.predicateAdverbs ?? [], where, 'predicateAdverbs'),
    compoundHeads: wordSet(o.compoundHeads ?? [], where, 'compoundHeads'),
    ownIntensifiers: wordSet(o.ownIntensifiers ?? [], where, 'ownIntensifiers'),
    additives: wordSet(o.additives ?? [], where, 'additives'),
    actNounPrepositions: wordSet(o.actNounPrepositions ?? [], where, 'actNounPrepositions'),
    organPrepositions: wordSet(o.organPrepositions ?? [], where, 'organPrepositions'),
    titleEndings: asStringArray(o.titleEndings ?? [], where, 'titleEndings'),
    stateAgentEndings: asStringArray(o.stateAgentEndings ?? [], where, 'stateAgentEndings'),
    cardinalWords: wordSet(o.cardinalWords ?? [], where, 'cardinalWords'),
    // (the people-group nouns are shared with the quotes and resolve stages: grammar.json `peopleGroups`)
    countedPersonNouns: peopleGroupNouns(people, PEOPLE_GROUP_CLASSES),
    memberMarkers: cueList(o.memberMarkers ?? [], where, 'memberMarkers'),
    offerNouns: wordSet(o.offerNouns ?? [], where, 'offerNouns'),
    documents: documentCues(o, where),
    adoptionVerbs: adoptionVerbs(o.adoptionVerbs ?? [], where),
    hearsay: {
      modals: wordSet(o.hearsayModals, where, 'hearsayModals'),
      auxiliaries: wordSet(o.perfectAuxiliaries, where, 'perfectAuxiliaries'),
      passives: wordSet(o.perfectPassives, where, 'perfectPassives'),
      participleEndings: asStringArray(o.perfectParticipleEndings ?? [], where, 'perfectParticipleEndings'),
    },
    releaseNouns: wordSet(o.releaseNouns ?? [], where, 'releaseNouns'),
    gerundObjectPrepositions: wordSet(o.gerundObjectPrepositions ?? [], where, 'gerundObjectPrepositions'),
    operationNouns: wordSet(o.operationNouns ?? [], where, 'operationNouns'),
    temporalPrepositions: wordSet(o.temporalPrepositions, where, 'temporalPrepositions'),
    reducedRelativeMarkers: wordSet(o.reducedRelativeMarkers ?? [], where, 'reducedRelativeMarkers'),
    reciprocalMarkers: cueList(o.reciprocalMarkers ?? [], where, 'reciprocalMarkers'),
    pairAnaphors: cueList(o.pairAnaphors ?? [], where, 'pairAnaphors'),
    personPairAnaphors: cueList(o.personPairAnaphors ?? [], where, 'personPairAnaphors'),
    pairAnaphorStarts: new Set([...cueList(o.pairAnaphors ?? [], where, 'pairAnaphors'), ...cueList(o.personPairAnaphors ?? [], where, 'personPairAnaphors')].map((c) => c[0] ?? '')),
    summitLeaders: cueList(o.summitLeaders ?? [], where, 'summitLeaders'),
    summitNouns: wordSet(o.summitNouns ?? [], where, 'summitNouns'),
    stateOffices: wordSet(o.stateOffices ?? [], where, 'stateOffices'),
    subjectRelatives: wordSet(o.subjectRelatives ?? [], where, 'subjectRelatives'),
    personSubjectRelatives: wordSet(o.personSubjectRelatives ?? [], where, 'personSubjectRelatives'),
    verbParticles: wordSet(o.verbParticles ?? [], where, 'verbParticles'),
    prefixNegators: wordSet(o.prefixNegators, where, 'prefixNegators'),
    reportingVerbs: wordSet(o.reportingVerbs, where, 'reportingVerbs'),
    pluralPronouns: wordSet(o.pluralPronouns, where, 'pluralPronouns'),
    inanimateSubjects: wordSet(o.inanimateSubjects, where, 'inanimateSubjects'),
    capitalisedNames: wordSet(o.capitalisedNames, where, 'capitalisedNames'),
    adjectivalParticiples: wordSet(o.adjectivalParticiples, where, 'adjectivalParticiples'),
    activeBeforePreposition: wordSet(o.activeBeforePreposition ?? [], where, 'activeBeforePreposition'),
    forceNouns: wordSet(o.forceNouns, where, 'forceNouns'),
    sendVerbs: wordSet(o.sendVerbs, where, 'sendVerbs'),
    aidSendVerbs: wordSet(o.aidSendVerbs, where, 'aidSendVerbs'),
    destinationPrepositions: wordSet(o.destinationPrepositions, where, 'destinationPrepositions'),
    pressAudiences: wordSet(o.pressAudiences, where, 'pressAudiences'),
    nounModifiers: {
      suffixes: asStringArray(o.nounModifierSuffixes ?? [], where, 'nounModifierSuffixes'),
      words: wordSet(o.nounModifierWords, where, 'nounModifierWords'),
    },
  };
}

function plover(raw: unknown, where: string): Record<PloverType, PloverInfo> {
  const o = asObject(raw, where);
  const types = asRecord(o.types, where, 'types', (x, w, p) => {
    const t = asObject(x, w, p);
    return {
      cameo: asStringArray(t.cameo, w, `${p}.cameo`),
      quad: asEnum(t.quad, w, `${p}.quad`, QUADS),
      weight: asNumber(t.weight, w, `${p}.weight`),
      addressed: asBoolean(t.addressed ?? false, w, `${p}.addressed`),
    };
  });
  for (const t of PLOVER_TYPES) {
    if (!types[t]) throw new LagebildError('RESOURCE_INVALID', `types.${t}: missing`, where);
  }
  return types as Record<PloverType, PloverInfo>;
}

/**
 * The verb-form morphology the stage reads (`event-cues.json` field `verbForms`; every field optional, empty by
 * default): whether a trigger is a passive participle, a gerund or a finite form differs by language, so it is data.
 */
export interface VerbFormCues {
  /** Endings of forms that are never passive participles: progressive forms and adverbs ("-ing", "-ly"). */
  readonly activeEndings: readonly string[];
  /** Endings no participle has, where a copula before them makes an adjective ("was ready", "is willing": "-y", "-s"). */
  readonly adjectiveEndings: readonly string[];
  /** Participle endings before an agent preposition that make a reduced passive ("criticized by", "taken by", "shown by"). */
  readonly agentParticipleEndings: readonly string[];
  /** Participle endings before a preposition that takes a gerund object ("accused of", "blamed for"). */
  readonly prepositionParticipleEndings: readonly string[];
  /** Participle endings that make a passive after a `weakPassiveAux` ("werde … anerkannt", not "wird … reisen"). */
  readonly weakParticipleEndings: readonly string[];
  /** Words that may stand between an English auxiliary and its participle ("was also detained", "has been seized"). */
  readonly auxiliaryInterveners: ReadonlySet<string>;
  /** Endings of adverbs that may stand there too ("was deliberately sideswiped"). */
  readonly adverbEndings: readonly string[];
  /** Endings of gerunds, which have no subject of their own ("accused China of harassing", "by freezing"). */
  readonly gerundEndings: readonly string[];
  /** Endings of a plural finite verb next to an ambiguous pronoun (German "sie forderten": "-en"; lower-case words only). */
  readonly pluralVerbEndings: readonly string[];
  /** Endings of a finite verb after a coordinator that opens a predicate of its own ("und verlegte": "-t", "-te", "-ten"). */
  readonly finiteEndings: readonly string[];
  /**
   * Endings of a regular past-tense form that opens a predicate of its own after a coordinator (English "and
   * summoned": "-ed"); irregular ones are `pastVerbs`. Lower-case words longer than the ending only.
   */
  readonly pastEndings: readonly string[];
  /**
   * A headline participle with its marker ("festgenommen", "angegriffen": up to `maxPrefix` letters of a separable
   * prefix, the marker "ge", at least `minStem` letters, one of `endings`), compiled at load; null when the language
   * has none.
   */
  readonly headlineParticiple: RegExp | null;
}

/**
 * Whether `w`, right after a comma, opens a relative clause: a `subjectRelatives` or `personSubjectRelatives` pronoun
 * in a verb-second language (", der …", ", die …"), an `appositiveRelatives` one otherwise (", who …", ", which …").
 */
export function relativePronoun(cues: EventCues, w: string): boolean {
  return cues.verbSecond ? cues.subjectRelatives.has(w) || cues.personSubjectRelatives.has(w) : cues.appositiveRelatives.has(w);
}

/** Whether `w` ends in one of `endings`. */
export function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true;
  return false;
}

/** Reads and validates the `verbForms` field of `event-cues.json` (`where`: the file, for error messages). */
export function verbFormCues(raw: unknown, where: string): VerbFormCues {
  const o = asObject(raw, where, 'verbForms');
  const list = (k: string): string[] => asStringArray(o[k] ?? [], where, `verbForms.${k}`);
  let headlineParticiple: RegExp | null = null;
  if (o.headlineParticiple !== undefined) {
    const path = 'verbForms.headlineParticiple';
    const h = asObject(o.headlineParticiple, where, path);
    const marker = asString(h.marker, where, `${path}.marker`);
    const maxPrefix = asNumber(h.maxPrefix, where, `${path}.maxPrefix`);
    const minStem = asNumber(h.minStem, where, `${path}.minStem`);
    const endings = asStringArray(h.endings, where, `${path}.endings`);
    const letters = (x: string): boolean => LETTERS.test(x);
    if (!letters(marker) || !endings.every(letters) || endings.length === 0 || !Number.isInteger(maxPrefix) || !Number.isInteger(minStem) || maxPrefix < 0 || minStem < 1) {
      throw new LagebildError('RESOURCE_INVALID', `${path}: marker and endings must be lower-case letters, maxPrefix and minStem whole numbers`, where);
    }
    // (letters only, checked above: nothing to escape, and the bounded classes cannot backtrack badly)
    headlineParticiple = new RegExp(`^\\p{Ll}{0,${maxPrefix}}${marker}\\p{Ll}{${minStem},}(?:${endings.join('|')})$`, 'u');
  }
  return {
    activeEndings: list('activeEndings'),
    adjectiveEndings: list('adjectiveEndings'),
    agentParticipleEndings: list('agentParticipleEndings'),
    prepositionParticipleEndings: list('prepositionParticipleEndings'),
    weakParticipleEndings: list('weakParticipleEndings'),
    auxiliaryInterveners: new Set(list('auxiliaryInterveners').map((w) => w.toLowerCase())),
    adverbEndings: list('adverbEndings'),
    gerundEndings: list('gerundEndings'),
    pluralVerbEndings: list('pluralVerbEndings'),
    finiteEndings: list('finiteEndings'),
    pastEndings: list('pastEndings'),
    headlineParticiple,
  };
}

/** Loads and validates the trigger lexicon, the cue lists and the PLOVER crosswalk. */
export function loadEventLexicon(res: ResourceLoader): EventLexicon {
  const triggers = res.lexicon('event-triggers', (raw, where) => {
    const o = asObject(raw, where);
    const subjunctive = optional(o.subjunctiveForms, where, 'subjunctiveForms', (x, w, p) => {
      const r = asObject(x, w, p);
      return { present: asString(r.present, w, `${p}.present`), paradigm: asStringArray(r.paradigm, w, `${p}.paradigm`), subjunctive: asString(r.subjunctive, w, `${p}.subjunctive`) };
    }) ?? null;
    const groups = asArray(o.triggers, where, 'triggers', (x, w, p) => triggerEntries(x, w, p, subjunctive));
    const ids = new Set<string>();
    for (const g of groups) {
      const id = g[0]!.id;
      if (ids.has(id)) throw new LagebildError('RESOURCE_INVALID', `triggers: duplicate id "${id}"`, where);
      ids.add(id);
    }
    // (an entry continues acts of entries that exist: a misspelt id would silently never fire)
    for (const g of groups) {
      for (const c of g[0]!.continues) if (!ids.has(c)) throw new LagebildError('RESOURCE_INVALID', `triggers: "${g[0]!.id}" continues unknown id "${c}"`, where);
    }
    return groups.flat();
  });
  const ploverTypes = res.common('plover', plover);
  return {
    triggers,
    cues: res.lexicon('event-cues', (raw, where) => cues(raw, where, loadGrammar(res).peopleGroups)),
    plover: ploverTypes,
    addressedTypes: new Set(PLOVER_TYPES.filter((t) => ploverTypes[t].addressed)),
    offerEntryIds: new Set(triggers.filter((t) => t.offer).map((t) => t.id)),
  };
}
