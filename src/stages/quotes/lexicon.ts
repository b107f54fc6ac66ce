import type { ResourceLoader } from '../../resources/loader.js';
import { asArray, asBoolean, asEnum, asNumber, asObject, asStringArray } from '../../resources/validate.js';
import { LagebildError } from '../../errors.js';
import { loadGrammar, PEOPLE_GROUP_CLASSES, peopleGroupNouns } from '../../resources/grammar.js';
import { loadSpeechVerbs, type Complement } from '../../resources/speech-verbs.js';
import { loadQuoteMarks } from '../../resources/quote-marks.js';

export type { Complement } from '../../resources/speech-verbs.js';

/** What a pronoun agrees with: a male or female person (or feminine noun), a group, or either of the last two. */
export type Agreement = 'm' | 'f' | 'pl' | 'n' | 'f|pl';

/** One speech-verb form, keyed by its (first) lower-case word. */
export interface VerbForm {
  readonly lemma: string;
  /** Lower-case words of the form ("macht andeutungen" has two). */
  readonly words: readonly string[];
  /** Separable particle that must follow in the clause ("wies … zurück"), or null. */
  readonly particle: string | null;
  readonly complement: Complement;
  /** Words that, in the same clause, make the form another verb ("hält an ihren Plänen fest" is no "festhalten, dass"). */
  readonly notWith: readonly string[];
}

/** Konjunktiv detection data (see resources/<lang>/subjunctive.json). */
export interface SubjunctiveLexicon {
  readonly forms: ReadonlySet<string>;
  /** Separable prefixes (grammar.json, longest first): a listed form after one is Konjunktiv I as well ("einhalte", "zurückhalte"). */
  readonly prefixes: readonly string[];
  readonly konjunktiv2: ReadonlySet<string>;
  readonly endings: readonly string[];
  readonly minLength: number;
  readonly excludeEndings: readonly string[];
  readonly stopwords: ReadonlySet<string>;
  readonly blockAfter: ReadonlySet<string>;
  /** Excluded endings that verbs share ("bestätige", "kritisiere"): right after a subject they are Konjunktiv I. */
  readonly subjectEndings: readonly string[];
  /**
   * Singular Konjunktiv II forms whose Konjunktiv I differs ("wäre" / "sei"): a sentence with no cue
   * whose only Konjunktiv forms are these is a hypothesis in the writer's voice, not a report going on.
   */
  readonly hypothetical: ReadonlySet<string>;
  /** Fixed phrases whose Konjunktiv form reports nothing ("es sei denn", "wie dem auch sei"), as lower-case word arrays. */
  readonly idioms: readonly (readonly string[])[];
  /** The same, only at the start of a clause ("sei es …, sei es …", "Es lebe …"). */
  readonly clauseIdioms: readonly (readonly string[])[];
}

/** Word-order facts of a language that the rules switch on (see resources/<lang>/quote-cues.json). */
export interface QuoteGrammar {
  /** A reported clause follows its speech verb after a comma, and an inverted frame follows its clause after one ("…, sagte X"). */
  readonly commaClauses: boolean;
  /** Every noun is capitalised: a lower-case word is no noun, a capitalised one need not be a name. */
  readonly capitalisedNouns: boolean;
  /** Adjectives of proper names are capitalised ("Sudanese"); else a capitalised adjective is part of a name. */
  readonly capitalisedAdjectives: boolean;
  /** Nouns are closed compounds that end in their head ("Regierungssprecher"); a modifier is no word of its own. */
  readonly closedCompounds: boolean;
  /** The finite verb stands second: the subject may follow it and an object open the clause ("Das kritisierte der Minister"). */
  readonly verbSecond: boolean;
  /** Participles and infinitives close the clause after its finite auxiliary ("hat Russland vorgeworfen"). */
  readonly verbBracket: boolean;
  /** The relative pronouns are also definite articles ("die", "der"), so one after a comma may open a noun phrase. */
  readonly relativeArticles: boolean;
  /** Reported speech is marked by the Konjunktiv mood, also without a speech verb or complementizer. */
  readonly subjunctiveReports: boolean;
  /** Finite verbs show a plural subject by their ending, which tells a plural demonstrative apart ("diese sagten"). */
  readonly verbAgreement: boolean;
  readonly genitiveS: boolean;
  readonly titleNounAfterQuote: boolean;
}

/** Everything the quotes stage reads from its lexicons, in lookup-friendly form. */
export interface QuoteLexicon {
  /** Speech-verb forms by their first word. */
  readonly verbs: ReadonlyMap<string, readonly VerbForm[]>;
  /** Multi-word phrases as word arrays ("according to"). */
  readonly sourcePrepositions: readonly (readonly string[])[];
  /** The same, by first word (longest first). */
  readonly sourcePrepositionsByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly sourcePostpositions: ReadonlySet<string>;
  /** Postpositions that name a source only right after a report noun ("Seinen Angaben nach"). */
  readonly reportPostpositions: ReadonlySet<string>;
  /** Prepositions that attach a date to a source phrase ("Nach Angaben der Polizei vom Montag …"): with the time after them, part of the phrase. */
  readonly sourceDateLinks: ReadonlySet<string>;
  /** Prepositions of a report's topic; right after the report noun of a source phrase opened by a temporal preposition they make the phrase a time ("Nach Berichten über Misshandlungen leitete …"). */
  readonly topicPrepositions: ReadonlySet<string>;
  /** Copulas before a one-word source preposition that make it an adjective unless a noun phrase follows ("Kritik wurde laut" / "wurden laut Polizei drei Männer festgenommen"). */
  readonly sourcePrepositionCopulas: ReadonlySet<string>;
  /**
   * One-word source prepositions that more often cite a rule than a source ("gemäß dem Gesetz", "gemäß Artikel 5"): they
   * name a source only before a source phrase, a mention, a report, institution or group noun or a person noun
   * ("gemäß einem Augenzeugen", "gemäß der Polizei"); quote-cues `normPrepositions`.
   */
  readonly normPrepositions: ReadonlySet<string>;
  /**
   * A source phrase with an article before its report noun ("Nach einem Bericht der Zeitung X", "Nach den Worten von X"):
   * the prepositions, the articles (no definite singular: "Nach dem Bericht der Kommission trat er zurück" is a time)
   * and the nouns that are no event to follow in time ("Nach einem Gespräch mit X" is).
   */
  readonly articledSources: { readonly prepositions: ReadonlySet<string>; readonly articles: ReadonlySet<string>; readonly nouns: ReadonlySet<string> };
  /** Words that put an office in the past ("früheren", "former"); entries ending in "-" are prefixes ("Ex-Präsident"). */
  readonly formerWords: ReadonlySet<string>;
  /** Complementizers and question words of an indirect question ("whether", "ob", "how", "wie"): under a negated speech verb such a clause reports nothing. */
  readonly questionComplementizers: ReadonlySet<string>;
  /** Lemmas of speech verbs that ask ("fragen", "wissen wollen"): right after their comma a question word that also opens relative clauses ("was", "wo") asks. */
  readonly askingVerbs: ReadonlySet<string>;
  /** Nouns of a leader that fit any head of a state's government ("leader", "Staatschef"). */
  readonly leaderNouns: ReadonlySet<string>;
  /** Pronouns of a free relative clause that opens a sentence ("Wer …, könne …"). */
  readonly freeRelatives: ReadonlySet<string>;
  /** Second words of source prepositions by their first ("nach" → angaben, worten, …): with a possessive or an own-word between them they name the source through it ("nach seinen Worten", "nach eigenen Angaben"). */
  readonly sourceNounsByPreposition: ReadonlyMap<string, ReadonlySet<string>>;
  /** Adjectives of one's own ("eigenen"): a source phrase with one names the subject of its clause. */
  readonly ownWords: ReadonlySet<string>;
  /** Words besides the determiners before a source preposition that make it an adjective or adverb ("Kritik wurde laut"). */
  readonly sourcePrepositionBlockers: ReadonlySet<string>;
  readonly sourceInverted: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly infinitiveMarker: ReadonlySet<string>;
  readonly nonReporting: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly genitiveMarkers: ReadonlySet<string>;
  readonly titleNouns: readonly string[];
  readonly titleMarkers: ReadonlySet<string>;
  readonly addresseeMarkers: ReadonlySet<string>;
  /** Addressee markers that are nouns (matched with inflection: "Zeitung", "Nachrichtenagentur"). */
  readonly addresseeNouns: readonly string[];
  readonly coordinators: ReadonlySet<string>;
  readonly verbBlockers: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  /** Dative articles of an addressee right after a speech verb ("sagte der „Welt“"). */
  readonly addresseeDeterminers: ReadonlySet<string>;
  /** Determiners that are dative only ("dem", "einem", "seinem"): the noun phrase they open is no subject. */
  readonly dativeDeterminers: ReadonlySet<string>;
  /** Verb forms whose zu-/to-infinitive of a speech verb says that the subject did speak ("beeilte sich zu erklären, …", "hastened to add that …"): `infinitiveGovernors`. */
  readonly infinitiveGovernors: ReadonlySet<string>;
  /** Feminine media nouns among the addressee markers, and the articles that are dative only before a feminine noun ("der Zeitung", but "Der Sender BBC berichtete": a subject). */
  readonly addresseeFeminine: { readonly nouns: readonly string[]; readonly articles: ReadonlySet<string> };
  readonly pronouns: ReadonlySet<string>;
  readonly asClauses: ReadonlySet<string>;
  readonly indefiniteDeterminers: ReadonlySet<string>;
  /**
   * Nouns of an unspecified source (quote-cues `genericSpeakers`: "experts", "reports", "Anwohner"): speech attributed
   * only to one is not recorded. Not grammar.json `peopleGroups`: the speech of a described group of private people
   * ("supporters of the opposition", "the striking miners") is recorded.
   */
  readonly genericSpeakers: ReadonlySet<string>;
  /** Generic group nouns of people who act for a state or organisation ("officials", "diplomats"): placed ("In Caracas, officials said") they speak for it. */
  readonly officialGroups: ReadonlySet<string>;
  /**
   * Plural nouns (and collective nouns) of private people acting together ("people", "protesters", "Menschen",
   * "Demonstranten", "Menge"), also as the end of a German compound: an entity the text never names headed by one
   * is a crowd, which has no spokesperson, unlike an unnamed institution ("die Staatsanwaltschaft"); every class of
   * grammar.json `peopleGroups`.
   */
  readonly crowdNouns: ReadonlySet<string>;
  /** Conjunctions of contrast that open a clause of its own after a comma ("while", "während"): a speech verb in it ends the report before. */
  readonly contrastConjunctions: ReadonlySet<string>;
  /** Conjunctions of reason ("weil", "da"): a Konjunktiv clause they open after a verb that wants "dass" gives the speaker's reason, reported. */
  readonly reasonSubordinators: ReadonlySet<string>;
  readonly passiveAgent: ReadonlySet<string>;
  /**
   * Separable verb prefixes, longest first, from grammar.json: a zu-infinitive may carry its marker after one
   * ("aufzustocken", "sicherzustellen").
   */
  readonly separablePrefixes: readonly string[];
  readonly anaphoricFrames: ReadonlySet<string>;
  /** Nouns for a quotation's words after a preposition and an anaphoric frame word ("Mit diesen Worten", "With these words"): the sentence's subject said the quote before, whatever its verb. */
  readonly wordsNouns: ReadonlySet<string>;
  /** Prepositions of an attribute that says where a source sits ("Laut einem Beamten im Innenministerium", "According to an official at the ministry, …"): part of the source phrase. */
  readonly sourceAttributePrepositions: ReadonlySet<string>;
  /** Pronouns opening a sentence that reports the sentence before ("Das teilte die Polizei mit."). */
  readonly anaphoricReports: ReadonlySet<string>;
  /** Speech-verb lemmas that report the sentence before after such a pronoun. */
  readonly anaphoricReportVerbs: ReadonlySet<string>;
  /** Impersonal subjects of a speech verb ('hieß es'): the source is the actor of the sentence before. */
  readonly impersonalSubjects: ReadonlySet<string>;
  /** Prepositions naming where an impersonal report came from ("aus Regierungskreisen hieß es"). */
  readonly originPrepositions: ReadonlySet<string>;
  /** Personal pronouns with what they agree with ('m', 'f', 'pl', 'f|pl': decided by the verb). */
  readonly pronounAgreement: ReadonlyMap<string, Agreement>;
  /** Demonstratives that point to the person named last ("Dieser sagte", "the latter said"), with their gender ('m', 'f'; any other value: either). */
  readonly demonstratives: ReadonlyMap<string, Agreement>;
  /** Agreement of the nominative article of a subject noun phrase ("der" m, "die" f|pl, "das" n): a pronoun after it may point back to it. */
  readonly subjectArticleAgreement: ReadonlyMap<string, Agreement>;
  /**
   * Articles with the adjective endings that after them mark a phrase in another case than the nominative ("der" with
   * "-en": "Der großen Zeitung sagte X" is a dative, a nominative would read "der große …"): such a phrase is no subject.
   */
  readonly obliqueArticleEndings: ReadonlyMap<string, readonly string[]>;
  /** Possessive determiners with their agreement ("her office"). */
  readonly possessives: ReadonlyMap<string, Agreement>;
  /** Object pronouns with their agreement ("Ihm zufolge"). */
  readonly objectPronouns: ReadonlyMap<string, Agreement>;
  /** Personal pronouns that are nominative only: after the verb in a verb-second language the subject ("Israel warf er vor"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** First-person plural forms ("wir", "unser", "we", "our"): the voice in which an organisation speaks. */
  readonly collectiveVoice: ReadonlySet<string>;
  /** Speech-verb lemmas whose to-infinitive right after them is the content ("promised to sign …"). */
  readonly infinitiveReports: ReadonlySet<string>;
  /** Nouns for one person in an office or role (lower case) with their grammatical gender; grammar.json `personNouns` and quote-cues `personDescriptors`. */
  readonly roleNouns: ReadonlyMap<string, 'm' | 'f' | null>;
  /** Nouns of an office (grammar.json `personNouns`), without the descriptors of this stage. */
  readonly officeNouns: ReadonlySet<string>;
  /** Endings of nouns for one person beyond the listed ones (German capitalised "-ist", "-ologe"; a hyphenated compound "-year-old"), with their gender; quote-cues `personEndings`. */
  readonly personEndings: readonly { readonly ending: string; readonly gender: 'm' | 'f' | null }[];
  /** Head nouns of an unnamed institution that speaks for its state or owner. */
  readonly institutionNouns: ReadonlySet<string>;
  /** Articles of a feminine singular noun ("die Regierung"): such a group agrees with singular "sie". */
  readonly feminineDeterminers: ReadonlySet<string>;
  readonly femaleTitles: ReadonlySet<string>;
  readonly maleTitles: ReadonlySet<string>;
  /** Given names (lower case) by gender, for pronoun agreement. */
  readonly givenNames: ReadonlyMap<string, 'm' | 'f'>;
  /** Nouns of someone's circles ("Regierungskreisen", "Verbandskreise"): an origin so named is the actor the sentence before is about. */
  readonly circleNouns: ReadonlySet<string>;
  /** Phrases of a joint speaker ("beide Seiten", "both sides") as word arrays: the first party named before speaks. */
  readonly jointSpeakers: readonly (readonly string[])[];
  /** Lemmas of verbs of quoting ("zitieren"): in the active, their object is the speaker ("zitierte den Minister mit den Worten, …"). */
  readonly quotingVerbs: ReadonlySet<string>;
  /** Speech-verb lemmas taking an object and an infinitive ("urged both sides to …"). */
  readonly objectControl: ReadonlySet<string>;
  /** Finite auxiliaries that mark a clause after a speech verb without a complementizer ("confirmed the talks had stalled"). */
  readonly finiteAuxiliaries: ReadonlySet<string>;
  /** Words that open the subject of such a clause (articles, pronouns): an object or time word before them stays out. */
  readonly subjectOpeners: ReadonlySet<string>;
  /** Objects of a speech verb that report nothing without a clause ("said nothing about …"). */
  readonly emptyObjects: ReadonlySet<string>;
  /** Finite verbs that, opening a clause after a comma, make it a condition ("…, sollten die Arbeitgeber nicht einlenken"). */
  readonly conditionalVerbs: ReadonlySet<string>;
  /** Words after a preposition that make it part of a quantity ("at least five", "more than"), not a prepositional phrase. */
  readonly quantityWords: ReadonlySet<string>;
  /** Prepositions of an adjunct between a speech verb and a that-less clause ("said in a statement it would …"). */
  readonly adjunctPrepositions: ReadonlySet<string>;
  /** Nouns of a report whose genitive attribute names the source ("einem Bericht der „Zeit“ zufolge"). */
  readonly reportNouns: ReadonlySet<string>;
  /** Nouns of a statement that introduce its content after a colon ("Sein Fazit: …", "Die Botschaft der Regierung: …"). */
  readonly colonNouns: ReadonlySet<string>;
  /** Genitive articles of such an attribute. */
  readonly sourceGenitives: ReadonlySet<string>;
  /** Auxiliaries of the passive before a speech verb ("werde vorgeworfen"). */
  readonly passiveAuxiliaries: ReadonlySet<string>;
  /** Head nouns of a body named as an organisation of its own, state organs with names included ("die Behörde", "der Konzern", "das Gericht"): it stands for the organisation named before. */
  readonly organisationNouns: ReadonlySet<string>;
  /** Lemmas of verbs of adding ("hinzufügen", "add"): an unnamed subject goes on with the last speaker. */
  readonly addingVerbs: ReadonlySet<string>;
  /** Nouns of a spokesperson: an unattached one speaks for the organisation the text is about. */
  readonly spokespersonNouns: ReadonlySet<string>;
  /** Adverbs that point back to the last source ("demnach"): such a sentence goes on with that report. */
  readonly reportAdverbs: ReadonlySet<string>;
  /** Endings of an indicative finite verb ("reichten", "gelten"; German only): see `clauses.ts` `indicativeSecond`. */
  readonly finiteEndings: readonly string[];
  /** Finite forms of the modal of hearsay ("soll", "sollen"): with a perfect infinitive the clause reports what others say. */
  readonly hearsayModals: ReadonlySet<string>;
  /** Konjunktiv forms of the modals and of "werden" ("müsse", "könne", "werde"): before a speech verb right after a report, the account goes on. */
  readonly reportModals: ReadonlySet<string>;
  /** Adverbs that may open a sentence before its verb ("Anschließend erklärte die Ministerin"): capitalised there, no speaker phrase. */
  readonly sentenceAdverbs: ReadonlySet<string>;
  /** Fixed adverbial phrases that open with a preposition ("vor allem", "unter anderem"), lower case, words joined by one space: the preposition governs no noun after them. */
  readonly adverbialPhrases: ReadonlySet<string>;
  /** Nouns of a statement whose content follows as a dass-clause ("die Forderung der Gewerkschaft, dass …"). */
  readonly contentNouns: ReadonlySet<string>;
  /**
   * Nouns of a report or finding that name no source of their own ("Angaben", "Untersuchungen", "reports"): with only
   * attributive words before them ("Nach ersten Untersuchungen …", "Berichten zufolge …", "According to initial reports, …")
   * the source is unnamed, an unspecified speaker (see {@link isUnspecifiedSpeaker}).
   */
  readonly unnamedSourceNouns: ReadonlySet<string>;
  /** Lemmas of speech verbs that are semi-modals before a zu-infinitive with no comma ("droht zu scheitern"): no report there. */
  readonly infinitiveModals: ReadonlySet<string>;
  /** Generic nouns of a company, all in `organisationNouns` ("Unternehmen", "Konzern"): after an office, the company named last. */
  readonly companyNouns: ReadonlySet<string>;
  /** Generic nouns of a court, compounds included ("Gericht": "Landgericht", "Gerichtssprecher"). */
  readonly courtNouns: ReadonlySet<string>;
  /** Nouns of a court's panel ("Kammer", "Senat", also in compounds: "Strafkammer", "Staatsschutzsenat"): the trial court speaks through it. */
  readonly panelNouns: ReadonlySet<string>;
  /** Prepositions that name the court a trial is held at ("vor dem Landgericht", "am Amtsgericht"; grammar.json, shared with resolve). */
  readonly trialPrepositions: ReadonlySet<string>;
  /** Nouns of the accused ("der Angeklagte", "die Beschuldigte"): the person a proceeding named after `accusedPrepositions` is against. */
  readonly accusedNouns: ReadonlySet<string>;
  /** Prepositions that name whom a trial or charge is against ("Prozess gegen X", "Anklage gegen X"). */
  readonly accusedPrepositions: ReadonlySet<string>;
  /** Relative pronouns in the dative that a postposition of source governs ("…, der zufolge …", "…, dem zufolge …"). */
  readonly relativeDatives: ReadonlySet<string>;
  /** Phrases of a settled view, finite verb first, as word arrays ("ist klar", "steht fest"): after "für" and its holder at a sentence start, or inverted before them, the clause after the comma is the holder's view. */
  readonly stanceFrames: readonly (readonly string[])[];
  /** Prepositions that name the holder of such a view ("für"). */
  readonly stancePrepositions: ReadonlySet<string>;
  /** Expletive pronouns that may stand between the verb and the predicate of such a phrase ("ist es klar"). */
  readonly stanceExpletives: ReadonlySet<string>;
  /** Word sequences a perfect infinitive ends with after its participle ("haben", "worden sein"), lower case. */
  readonly perfectInfinitives: readonly (readonly string[])[];
  /** Prepositions that attach the organisation or place of an office to its role noun ("Botschafter in Berlin", "spokesman for"). */
  readonly officePrepositions: ReadonlySet<string>;
  /** Endings of a speech verb's present participle ("saying"): such a verb opens an adjunct that shares the subject of its clause. */
  readonly participleEndings: readonly string[];
  /** Lower-case particles inside personal names ("von", "bin", "van"): a name may hold them between its capitalised words ("Ursula von der Leyen"). */
  readonly nameParticles: ReadonlySet<string>;
  /** Lower-case words that may link the words of a capitalised title before a name ("Secretary of State Antony Blinken"). */
  readonly titleLinkers: ReadonlySet<string>;
  /** Endings of an inflected attributive adjective ("-en", "-e"): after an article-like relative pronoun and before a noun it makes the pronoun an article. */
  readonly adjectiveEndings: readonly string[];
  /** Prepositions that with a word in a superlative ending make an adverbial ("am schlimmsten", "am meisten"): `superlativeAdverbials`. */
  readonly superlativeAdverbials: { readonly prepositions: ReadonlySet<string>; readonly endings: readonly string[] };
  /** Case endings of a noun after its stem ("des Präsidenten", "des Ministers"; compounds included). */
  readonly nounCaseEndings: readonly string[];
  /** Endings of the adjective of an article-less genitive plural ("nach Angaben westlicher Diplomaten"). */
  readonly genitivePluralEndings: readonly string[];
  /** Nouns of one unnamed government official ("official", "Beamter"): with no owner found it speaks for the state the text is about. */
  readonly officialNouns: ReadonlySet<string>;
  /** Perfect auxiliaries ("hat", "hatte"): one right after a comma opens a perfect frame whose participle is the speech verb ("…, hatte er gesagt"). */
  readonly perfectAuxiliaries: ReadonlySet<string>;
  /** Possessive clitics ("'s"): a name that ends in one, or is followed by one, is a possessor ("Carney's office"). */
  readonly possessiveClitics: readonly string[];
  /** Apostrophes that alone mark a possessive after a sibilant ("Merz’ Sprecher", "the Reuters' report"). */
  readonly possessiveApostrophes: readonly string[];
  /** The suffix that derives a feminine person noun (grammar.json `feminineSuffix`; '' when none). */
  readonly feminineSuffix: string;
  /** Endings of a regular past form ("-ed"): after a short subject with its opener it is the finite verb of a clause without complementizer. */
  readonly pastEndings: readonly string[];
  /** Negation words ("not"): no object of a verb of asking before its infinitive ("asked not to be named"). */
  readonly negations: ReadonlySet<string>;
  /** Endings that make a word a negated verb ("didn't", "won’t"): a negation like `negations` (none in German). */
  readonly negationClitics: readonly string[];
  /** Speech-verb lemmas that take an object before their that-clause ("warned the government that …"). */
  readonly objectThatVerbs: ReadonlySet<string>;
  readonly subjunctive: SubjunctiveLexicon;
  readonly grammar: QuoteGrammar;
  /** Quotation-mark pairs [open, close]. */
  readonly pairs: readonly (readonly [string, string])[];
}

const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
/**
 * The person nouns of grammar.json with the stage's person descriptors added ("analyst", "der
 * Politologe", "-Jährige": nouns for one person that are no office); a grammar entry wins.
 */
function withDescriptors(nouns: ReadonlyMap<string, 'm' | 'f' | null>, d: { masculine: readonly string[]; feminine: readonly string[]; common: readonly string[] }): ReadonlyMap<string, 'm' | 'f' | null> {
  const out = new Map(nouns);
  const put = (w: string, g: 'm' | 'f' | null): void => {
    if (!out.has(w.toLowerCase())) out.set(w.toLowerCase(), g);
  };
  for (const w of d.masculine) put(w, 'm');
  for (const w of d.feminine) put(w, 'f');
  for (const w of d.common) put(w, null);
  return out;
}

/** A phrase as its lower-case words. */
const words = (x: string): string[] => x.toLowerCase().split(/\s+/u).filter(Boolean);

/**
 * Whether `word` ends in an entry of `entries` of at least `min` letters (a German compound on a
 * listed noun: "Außenministerium", "Pressemitteilung"); the word itself counts when long enough.
 * One lookup per tail, not a scan of the list.
 */
export function endsInEntry(word: string, entries: { has(w: string): boolean }, min: number): boolean {
  for (let i = 0; i <= word.length - min; i++) if (entries.has(word.slice(i))) return true;
  return false;
}

/**
 * Loads and validates the quote lexicons of a language: speech-verbs, quote-cues, subjunctive,
 * grammar (resources/<lang>/) and quote-marks (resources/common/). Throws RESOURCE_INVALID naming the file
 * and field on a malformed entry.
 */
export function loadQuoteLexicon(res: ResourceLoader): QuoteLexicon {
  const verbs = loadSpeechVerbs(res);
  const cues = res.lexicon('quote-cues', (raw, where) => {
    const o = asObject(raw, where);
    const list = (k: string): string[] => asStringArray(o[k], where, k);
    return {
      sourcePrepositions: list('sourcePrepositions'), sourcePostpositions: list('sourcePostpositions'),
      sourcePrepositionBlockers: asStringArray(o.sourcePrepositionBlockers ?? [], where, 'sourcePrepositionBlockers'),
      ownWords: asStringArray(o.ownWords ?? [], where, 'ownWords'),
      sourceInverted: list('sourceInverted'), complementizers: list('complementizers'),
      infinitiveMarker: list('infinitiveMarker'), nonReporting: list('nonReporting'),
      subordinators: list('subordinators'), relativePronouns: list('relativePronouns'),
      prepositions: list('prepositions'), genitiveMarkers: list('genitiveMarkers'),
      titleNouns: list('titleNouns'), titleMarkers: list('titleMarkers'),
      addresseeMarkers: list('addresseeMarkers'), coordinators: list('coordinators'),
      verbBlockers: list('verbBlockers'),
      addresseeDeterminers: asStringArray(o.addresseeDeterminers ?? [], where, 'addresseeDeterminers'),
      dativeDeterminers: asStringArray(o.dativeDeterminers ?? [], where, 'dativeDeterminers'),
      infinitiveGovernors: asStringArray(o.infinitiveGovernors ?? [], where, 'infinitiveGovernors'),
      addresseeFeminine: ((g: Record<string, unknown>) => ({
        nouns: asStringArray(g.nouns ?? [], where, 'addresseeFeminine.nouns'),
        articles: asStringArray(g.articles ?? [], where, 'addresseeFeminine.articles'),
      }))(asObject(o.addresseeFeminine ?? {}, where, 'addresseeFeminine')),
      extraPairs: asArray(o.extraPairs ?? [], where, 'extraPairs', (p, w, path) => asStringArray(p, w, path)), determiners: list('determiners'), pronouns: list('pronouns'), asClauses: list('asClauses'),
      indefiniteDeterminers: list('indefiniteDeterminers'), genericSpeakers: list('genericSpeakers'),
      passiveAgent: list('passiveAgent'),
      anaphoricFrames: list('anaphoricFrames'),
      wordsNouns: asStringArray(o.wordsNouns ?? [], where, 'wordsNouns'),
      sourceAttributePrepositions: asStringArray(o.sourceAttributePrepositions ?? [], where, 'sourceAttributePrepositions'),
      anaphoricReports: asStringArray(o.anaphoricReports ?? [], where, 'anaphoricReports'),
      anaphoricReportVerbs: asStringArray(o.anaphoricReportVerbs ?? [], where, 'anaphoricReportVerbs'),
      impersonalSubjects: asStringArray(o.impersonalSubjects ?? [], where, 'impersonalSubjects'),
      originPrepositions: asStringArray(o.originPrepositions ?? [], where, 'originPrepositions'),
      pronounAgreement: agreements(o.pronounAgreement, where, 'pronounAgreement'),
      demonstratives: agreements(o.demonstratives, where, 'demonstratives'),
      subjectArticleAgreement: agreements(o.subjectArticleAgreement, where, 'subjectArticleAgreement'),
      obliqueArticleEndings: new Map(Object.entries(asObject(o.obliqueArticleEndings ?? {}, where, 'obliqueArticleEndings')).map(([k, v]) => [k.toLowerCase(), asStringArray(v, where, `obliqueArticleEndings.${k}`)] as const)),
      possessives: agreements(o.possessives, where, 'possessives'),
      objectPronouns: agreements(o.objectPronouns, where, 'objectPronouns'),
      subjectPronouns: asStringArray(o.subjectPronouns ?? [], where, 'subjectPronouns'),
      collectiveVoice: asStringArray(o.collectiveVoice ?? [], where, 'collectiveVoice'),
      infinitiveReports: asStringArray(o.infinitiveReports ?? [], where, 'infinitiveReports'),
      institutionNouns: asStringArray(o.institutionNouns ?? [], where, 'institutionNouns'),
      feminineDeterminers: asStringArray(o.feminineDeterminers ?? [], where, 'feminineDeterminers'),
      givenNames: ((g: Record<string, unknown>) => ({
        female: asStringArray(g.female ?? [], where, 'givenNames.female'),
        male: asStringArray(g.male ?? [], where, 'givenNames.male'),
      }))(asObject(o.givenNames ?? {}, where, 'givenNames')),
      objectControl: asStringArray(o.objectControl ?? [], where, 'objectControl'),
      quotingVerbs: asStringArray(o.quotingVerbs ?? [], where, 'quotingVerbs'),
      circleNouns: asStringArray(o.circleNouns ?? [], where, 'circleNouns'),
      officialGroups: asStringArray(o.officialGroups ?? [], where, 'officialGroups'),
      contrastConjunctions: asStringArray(o.contrastConjunctions, where, 'contrastConjunctions'),
      reasonSubordinators: asStringArray(o.reasonSubordinators ?? [], where, 'reasonSubordinators'),
      jointSpeakers: asStringArray(o.jointSpeakers ?? [], where, 'jointSpeakers'),
      finiteAuxiliaries: asStringArray(o.finiteAuxiliaries ?? [], where, 'finiteAuxiliaries'),
      subjectOpeners: asStringArray(o.subjectOpeners ?? [], where, 'subjectOpeners'),
      emptyObjects: asStringArray(o.emptyObjects ?? [], where, 'emptyObjects'),
      conditionalVerbs: asStringArray(o.conditionalVerbs ?? [], where, 'conditionalVerbs'),
      quantityWords: asStringArray(o.quantityWords ?? [], where, 'quantityWords'),
      adjunctPrepositions: asStringArray(o.adjunctPrepositions ?? [], where, 'adjunctPrepositions'),
      reportNouns: asStringArray(o.reportNouns ?? [], where, 'reportNouns'),
      colonNouns: asStringArray(o.colonNouns ?? [], where, 'colonNouns'),
      sourceGenitives: asStringArray(o.sourceGenitives ?? [], where, 'sourceGenitives'),
      passiveAuxiliaries: asStringArray(o.passiveAuxiliaries ?? [], where, 'passiveAuxiliaries'),
      organisationNouns: asStringArray(o.organisationNouns ?? [], where, 'organisationNouns'),
      addingVerbs: asStringArray(o.addingVerbs ?? [], where, 'addingVerbs'),
      spokespersonNouns: asStringArray(o.spokespersonNouns ?? [], where, 'spokespersonNouns'),
      reportAdverbs: asStringArray(o.reportAdverbs ?? [], where, 'reportAdverbs'),
      hearsayModals: asStringArray(o.hearsayModals, where, 'hearsayModals'),
      reportModals: asStringArray(o.reportModals ?? [], where, 'reportModals'),
      sentenceAdverbs: asStringArray(o.sentenceAdverbs ?? [], where, 'sentenceAdverbs'),
      adverbialPhrases: asStringArray(o.adverbialPhrases ?? [], where, 'adverbialPhrases'),
      contentNouns: asStringArray(o.contentNouns ?? [], where, 'contentNouns'),
      unnamedSourceNouns: asStringArray(o.unnamedSourceNouns ?? [], where, 'unnamedSourceNouns'),
      infinitiveModals: asStringArray(o.infinitiveModals ?? [], where, 'infinitiveModals'),
      stanceFrames: asStringArray(o.stanceFrames ?? [], where, 'stanceFrames'),
      stancePrepositions: asStringArray(o.stancePrepositions ?? [], where, 'stancePrepositions'),
      stanceExpletives: asStringArray(o.stanceExpletives ?? [], where, 'stanceExpletives'),
      companyNouns: asStringArray(o.companyNouns ?? [], where, 'companyNouns'),
      courtNouns: asStringArray(o.courtNouns ?? [], where, 'courtNouns'),
      panelNouns: asStringArray(o.panelNouns ?? [], where, 'panelNouns'),
      accusedNouns: asStringArray(o.accusedNouns ?? [], where, 'accusedNouns'),
      accusedPrepositions: asStringArray(o.accusedPrepositions ?? [], where, 'accusedPrepositions'),
      relativeDatives: asStringArray(o.relativeDatives ?? [], where, 'relativeDatives'),
      finiteEndings: asStringArray(o.finiteEndings, where, 'finiteEndings'),
      perfectInfinitives: asStringArray(o.perfectInfinitives, where, 'perfectInfinitives'),
      officePrepositions: asStringArray(o.officePrepositions ?? [], where, 'officePrepositions'),
      participleEndings: asStringArray(o.participleEndings ?? [], where, 'participleEndings'),
      nameParticles: list('nameParticles'),
      titleLinkers: list('titleLinkers'),
      adjectiveEndings: list('adjectiveEndings'),
      superlativeAdverbials: ((g: Record<string, unknown>) => ({
        prepositions: asStringArray(g.prepositions ?? [], where, 'superlativeAdverbials.prepositions'),
        endings: asStringArray(g.endings ?? [], where, 'superlativeAdverbials.endings'),
      }))(asObject(o.superlativeAdverbials ?? {}, where, 'superlativeAdverbials')),
      nounCaseEndings: list('nounCaseEndings'),
      genitivePluralEndings: list('genitivePluralEndings'),
      possessiveClitics: list('possessiveClitics'),
      perfectAuxiliaries: list('perfectAuxiliaries'),
      officialNouns: list('officialNouns'),
      possessiveApostrophes: list('possessiveApostrophes'),
      pastEndings: list('pastEndings'),
      negations: list('negations'),
      negationClitics: list('negationClitics'),
      objectThatVerbs: list('objectThatVerbs'),
      reportPostpositions: list('reportPostpositions'),
      articledSourcePrepositions: list('articledSourcePrepositions'),
      sourceDateLinks: list('sourceDateLinks'),
      topicPrepositions: asStringArray(o.topicPrepositions ?? [], where, 'topicPrepositions'),
      sourcePrepositionCopulas: list('sourcePrepositionCopulas'),
      normPrepositions: list('normPrepositions'),
      articledSourceArticles: list('articledSourceArticles'),
      articledSourceNouns: list('articledSourceNouns'),
      formerWords: asStringArray(o.formerWords ?? [], where, 'formerWords'),
      questionComplementizers: asStringArray(o.questionComplementizers ?? [], where, 'questionComplementizers'),
      askingVerbs: asStringArray(o.askingVerbs ?? [], where, 'askingVerbs'),
      leaderNouns: asStringArray(o.leaderNouns ?? [], where, 'leaderNouns'),
      freeRelatives: asStringArray(o.freeRelatives ?? [], where, 'freeRelatives'),
      personDescriptors: ((g: Record<string, unknown>) => ({
        masculine: asStringArray(g.masculine ?? [], where, 'personDescriptors.masculine'),
        feminine: asStringArray(g.feminine ?? [], where, 'personDescriptors.feminine'),
        common: asStringArray(g.common ?? [], where, 'personDescriptors.common'),
      }))(asObject(o.personDescriptors, where, 'personDescriptors')),
      personEndings: ((g: Record<string, unknown>) => ({
        masculine: asStringArray(g.masculine ?? [], where, 'personEndings.masculine'),
        feminine: asStringArray(g.feminine ?? [], where, 'personEndings.feminine'),
        common: asStringArray(g.common ?? [], where, 'personEndings.common'),
      }))(asObject(o.personEndings ?? {}, where, 'personEndings')),
      grammar: ((g: Record<string, unknown>) => ({
        commaClauses: asBoolean(g.commaClauses, where, 'grammar.commaClauses'),
        capitalisedNouns: asBoolean(g.capitalisedNouns, where, 'grammar.capitalisedNouns'),
        capitalisedAdjectives: asBoolean(g.capitalisedAdjectives, where, 'grammar.capitalisedAdjectives'),
        closedCompounds: asBoolean(g.closedCompounds, where, 'grammar.closedCompounds'),
        verbSecond: asBoolean(g.verbSecond, where, 'grammar.verbSecond'),
        verbBracket: asBoolean(g.verbBracket, where, 'grammar.verbBracket'),
        relativeArticles: asBoolean(g.relativeArticles, where, 'grammar.relativeArticles'),
        subjunctiveReports: asBoolean(g.subjunctiveReports, where, 'grammar.subjunctiveReports'),
        verbAgreement: asBoolean(g.verbAgreement, where, 'grammar.verbAgreement'),
        genitiveS: asBoolean(g.genitiveS, where, 'grammar.genitiveS'),
        titleNounAfterQuote: asBoolean(g.titleNounAfterQuote, where, 'grammar.titleNounAfterQuote'),
      }))(asObject(o.grammar, where, 'grammar')),
    };
  });
  const subj = res.lexicon('subjunctive', (raw, where) => {
    const o = asObject(raw, where);
    const m = asObject(o.morphology, where, 'morphology');
    return {
      forms: asStringArray(o.forms, where, 'forms'),
      konjunktiv2: asStringArray(o.konjunktiv2, where, 'konjunktiv2'),
      endings: asStringArray(m.endings, where, 'morphology.endings'),
      minLength: asNumber(m.minLength, where, 'morphology.minLength'),
      excludeEndings: asStringArray(m.excludeEndings, where, 'morphology.excludeEndings'),
      stopwords: asStringArray(m.stopwords, where, 'morphology.stopwords'),
      blockAfter: asStringArray(m.blockAfter, where, 'morphology.blockAfter'),
      subjectEndings: asStringArray(m.subjectEndings ?? [], where, 'morphology.subjectEndings'),
      hypothetical: asStringArray(o.hypothetical ?? [], where, 'hypothetical'),
      idioms: asStringArray(o.idioms, where, 'idioms'),
      clauseIdioms: asStringArray(o.clauseIdioms, where, 'clauseIdioms'),
    };
  });
  const pairs = loadQuoteMarks(res);

  // separable prefixes and person nouns by gender are shared with other stages (resources/<lang>/grammar.json)
  const shared = loadGrammar(res);

  const byFirst = new Map<string, VerbForm[]>();
  for (const v of verbs) {
    for (const f of v.forms) {
      const words = f.toLowerCase().split(/\s+/u);
      const first = words[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ lemma: v.lemma, words, particle: v.particle?.toLowerCase() ?? null, complement: v.complement, notWith: v.notWith.map((x) => x.toLowerCase()) });
      byFirst.set(first, list);
    }
  }
  const preps = cues.sourcePrepositions.map((p) => p.toLowerCase().split(/\s+/u));
  const prepsByFirst = new Map<string, string[][]>();
  for (const p of [...preps].sort((x, y) => y.length - x.length)) {
    const l = prepsByFirst.get(p[0]!) ?? [];
    l.push(p);
    prepsByFirst.set(p[0]!, l);
  }
  // "nach Angaben von" and "nach Worten des" make "nach" + possessive/own-word + "Angaben"/"Worten" a source phrase too
  // (the noun after an article: "in the words of" makes "in his words", "in the view of" "in its view")
  const articles = lowerSet(cues.determiners);
  const nounsByPrep = new Map<string, Set<string>>();
  for (const p of preps) {
    const noun = p.slice(1).find((w) => !articles.has(w));
    if (noun === undefined) continue;
    const set = nounsByPrep.get(p[0]!) ?? new Set<string>();
    set.add(noun);
    nounsByPrep.set(p[0]!, set);
  }
  return {
    verbs: byFirst,
    sourceNounsByPreposition: nounsByPrep,
    ownWords: lowerSet(cues.ownWords),
    sourcePrepositionsByFirst: prepsByFirst,
    sourcePrepositions: preps,
    sourcePostpositions: lowerSet(cues.sourcePostpositions),
    sourcePrepositionBlockers: lowerSet(cues.sourcePrepositionBlockers),
    sourceInverted: lowerSet(cues.sourceInverted),
    complementizers: lowerSet(cues.complementizers),
    infinitiveMarker: lowerSet(cues.infinitiveMarker),
    nonReporting: lowerSet(cues.nonReporting),
    subordinators: lowerSet(cues.subordinators),
    relativePronouns: lowerSet(cues.relativePronouns),
    prepositions: lowerSet(cues.prepositions),
    genitiveMarkers: lowerSet(cues.genitiveMarkers),
    titleNouns: cues.titleNouns.map((t) => t.toLowerCase()),
    titleMarkers: lowerSet(cues.titleMarkers),
    addresseeMarkers: lowerSet(cues.addresseeMarkers),
    addresseeNouns: cues.addresseeMarkers.map((w) => w.toLowerCase()).filter((w) => w.length > 4),
    coordinators: lowerSet(cues.coordinators),
    verbBlockers: lowerSet(cues.verbBlockers),
    determiners: lowerSet(cues.determiners),
    addresseeDeterminers: lowerSet(cues.addresseeDeterminers),
    dativeDeterminers: lowerSet(cues.dativeDeterminers),
    infinitiveGovernors: lowerSet(cues.infinitiveGovernors),
    addresseeFeminine: { nouns: cues.addresseeFeminine.nouns.map((w) => w.toLowerCase()), articles: lowerSet(cues.addresseeFeminine.articles) },
    pronouns: lowerSet(cues.pronouns),
    asClauses: lowerSet(cues.asClauses),
    indefiniteDeterminers: lowerSet(cues.indefiniteDeterminers),
    genericSpeakers: lowerSet(cues.genericSpeakers),
    officialGroups: lowerSet(cues.officialGroups),
    // (private people as a crowd are grammar.json `peopleGroups`, shared with the events and resolve stages)
    crowdNouns: peopleGroupNouns(shared.peopleGroups, PEOPLE_GROUP_CLASSES),
    contrastConjunctions: lowerSet(cues.contrastConjunctions),
    reasonSubordinators: lowerSet(cues.reasonSubordinators),
    passiveAgent: lowerSet(cues.passiveAgent),
    anaphoricFrames: lowerSet(cues.anaphoricFrames),
    wordsNouns: lowerSet(cues.wordsNouns),
    sourceAttributePrepositions: lowerSet(cues.sourceAttributePrepositions),
    anaphoricReports: lowerSet(cues.anaphoricReports),
    anaphoricReportVerbs: new Set(cues.anaphoricReportVerbs),
    impersonalSubjects: lowerSet(cues.impersonalSubjects),
    originPrepositions: lowerSet(cues.originPrepositions),
    pronounAgreement: cues.pronounAgreement,
    demonstratives: cues.demonstratives,
    subjectArticleAgreement: cues.subjectArticleAgreement,
    obliqueArticleEndings: cues.obliqueArticleEndings,
    possessives: cues.possessives,
    objectPronouns: cues.objectPronouns,
    subjectPronouns: lowerSet(cues.subjectPronouns),
    collectiveVoice: lowerSet(cues.collectiveVoice),
    infinitiveReports: new Set(cues.infinitiveReports),
    roleNouns: withDescriptors(shared.personNouns, cues.personDescriptors),
    officeNouns: new Set(shared.personNouns.keys()),
    // longest ending first, so "-istin" is feminine before "-ist" could match a shorter one
    personEndings: [
      ...cues.personEndings.feminine.map((e) => ({ ending: e.toLowerCase(), gender: 'f' as const })),
      ...cues.personEndings.masculine.map((e) => ({ ending: e.toLowerCase(), gender: 'm' as const })),
      ...cues.personEndings.common.map((e) => ({ ending: e.toLowerCase(), gender: null })),
    ].sort((x, y) => y.ending.length - x.ending.length),
    institutionNouns: lowerSet(cues.institutionNouns),
    feminineDeterminers: lowerSet(cues.feminineDeterminers),
    femaleTitles: shared.femaleTitles,
    maleTitles: shared.maleTitles,
    givenNames: new Map([...cues.givenNames.male.map((n) => [n.toLowerCase(), 'm'] as const), ...cues.givenNames.female.map((n) => [n.toLowerCase(), 'f'] as const)]),
    objectControl: lowerSet(cues.objectControl),
    quotingVerbs: new Set(cues.quotingVerbs),
    circleNouns: lowerSet(cues.circleNouns),
    jointSpeakers: cues.jointSpeakers.map((x) => x.toLowerCase().split(/\s+/u).filter(Boolean)),
    finiteAuxiliaries: lowerSet(cues.finiteAuxiliaries),
    subjectOpeners: lowerSet(cues.subjectOpeners),
    emptyObjects: lowerSet(cues.emptyObjects),
    conditionalVerbs: lowerSet(cues.conditionalVerbs),
    quantityWords: lowerSet(cues.quantityWords),
    adjunctPrepositions: lowerSet(cues.adjunctPrepositions),
    reportNouns: lowerSet(cues.reportNouns),
    colonNouns: lowerSet(cues.colonNouns),
    sourceGenitives: lowerSet(cues.sourceGenitives),
    passiveAuxiliaries: lowerSet(cues.passiveAuxiliaries),
    organisationNouns: lowerSet(cues.organisationNouns),
    addingVerbs: new Set(cues.addingVerbs),
    spokespersonNouns: lowerSet(cues.spokespersonNouns),
    reportAdverbs: lowerSet(cues.reportAdverbs),
    hearsayModals: lowerSet(cues.hearsayModals),
    reportModals: lowerSet(cues.reportModals),
    sentenceAdverbs: lowerSet(cues.sentenceAdverbs),
    adverbialPhrases: new Set(cues.adverbialPhrases.map((x) => x.toLowerCase().split(/\s+/u).join(' '))),
    contentNouns: lowerSet(cues.contentNouns),
    unnamedSourceNouns: lowerSet(cues.unnamedSourceNouns),
    infinitiveModals: lowerSet(cues.infinitiveModals),
    stanceFrames: cues.stanceFrames.map((x) => x.toLowerCase().split(/\s+/u)).filter((w) => w.length >= 2),
    stancePrepositions: lowerSet(cues.stancePrepositions),
    stanceExpletives: lowerSet(cues.stanceExpletives),
    companyNouns: lowerSet(cues.companyNouns),
    courtNouns: lowerSet(cues.courtNouns),
    panelNouns: lowerSet(cues.panelNouns),
    trialPrepositions: shared.trialPrepositions,
    accusedNouns: lowerSet(cues.accusedNouns),
    accusedPrepositions: lowerSet(cues.accusedPrepositions),
    relativeDatives: lowerSet(cues.relativeDatives),
    finiteEndings: cues.finiteEndings.map((x) => x.toLowerCase()),
    perfectInfinitives: cues.perfectInfinitives.map((x) => x.toLowerCase().split(' ')),
    officePrepositions: lowerSet(cues.officePrepositions),
    participleEndings: cues.participleEndings.map((x) => x.toLowerCase()),
    nameParticles: lowerSet(cues.nameParticles),
    titleLinkers: lowerSet(cues.titleLinkers),
    adjectiveEndings: cues.adjectiveEndings.map((x) => x.toLowerCase()),
    superlativeAdverbials: { prepositions: lowerSet(cues.superlativeAdverbials.prepositions), endings: cues.superlativeAdverbials.endings.map((x) => x.toLowerCase()) },
    nounCaseEndings: cues.nounCaseEndings.map((x) => x.toLowerCase()),
    genitivePluralEndings: cues.genitivePluralEndings.map((x) => x.toLowerCase()),
    possessiveClitics: cues.possessiveClitics,
    perfectAuxiliaries: lowerSet(cues.perfectAuxiliaries),
    officialNouns: lowerSet(cues.officialNouns),
    possessiveApostrophes: cues.possessiveApostrophes,
    feminineSuffix: shared.feminineSuffix,
    pastEndings: cues.pastEndings.map((x) => x.toLowerCase()),
    negations: lowerSet(cues.negations),
    negationClitics: cues.negationClitics.map((x) => x.toLowerCase()),
    objectThatVerbs: new Set(cues.objectThatVerbs),
    reportPostpositions: lowerSet(cues.reportPostpositions),
    sourceDateLinks: lowerSet(cues.sourceDateLinks),
    topicPrepositions: lowerSet(cues.topicPrepositions),
    sourcePrepositionCopulas: lowerSet(cues.sourcePrepositionCopulas),
    normPrepositions: lowerSet(cues.normPrepositions),
    articledSources: {
      prepositions: lowerSet(cues.articledSourcePrepositions),
      articles: lowerSet(cues.articledSourceArticles),
      nouns: lowerSet(cues.articledSourceNouns),
    },
    formerWords: lowerSet(cues.formerWords),
    questionComplementizers: lowerSet(cues.questionComplementizers),
    askingVerbs: lowerSet(cues.askingVerbs),
    leaderNouns: lowerSet(cues.leaderNouns),
    freeRelatives: lowerSet(cues.freeRelatives),
    separablePrefixes: shared.separablePrefixes,
    subjunctive: {
      forms: lowerSet(subj.forms), prefixes: shared.separablePrefixes, konjunktiv2: lowerSet(subj.konjunktiv2), endings: subj.endings,
      minLength: subj.minLength, excludeEndings: subj.excludeEndings, stopwords: lowerSet(subj.stopwords),
      blockAfter: lowerSet(subj.blockAfter), subjectEndings: subj.subjectEndings, hypothetical: lowerSet(subj.hypothetical),
      idioms: subj.idioms.map(words), clauseIdioms: subj.clauseIdioms.map(words),
    },
    grammar: cues.grammar,
    pairs: [...pairs, ...cues.extraPairs.map((p, i) => {
      if (p.length !== 2) throw new LagebildError('RESOURCE_INVALID', `extraPairs[${i}]: expected [open, close]`, 'quote-cues.json');
      return [p[0]!, p[1]!] as const;
    })],
  };
}

const AGREEMENTS = ['m', 'f', 'pl', 'n', 'f|pl'] as const;

function agreements(raw: unknown, where: string, path: string): Map<string, Agreement> {
  const o = asObject(raw ?? {}, where, path);
  return new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), asEnum(v, where, `${path}.${k}`, AGREEMENTS)] as const));
}

/** Whether a lower-case word negates its clause: a negation word ("nicht", "not") or a negated verb form ("didn't", "won’t"). */
export function isNegation(lex: QuoteLexicon, lower: string): boolean {
  return lex.negations.has(lower) || lex.negationClitics.some((x) => lower.endsWith(x));
}

/**
 * Whether a speaker phrase names an unspecified group ("Analysts", "a press kit", "mehrere
 * Experten"): opened by an indefinite determiner or headed by a generic group noun. Such reported
 * speech has no source to attribute (corpus convention) and is not recorded.
 */
export function isUnspecifiedSpeaker(phrase: string, lex: QuoteLexicon): boolean {
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const first = words[0];
  const head = words[words.length - 1];
  if (first === undefined || head === undefined) return true;
  return lex.indefiniteDeterminers.has(first) || isGenericNoun(head, lex) || unnamedSource(phrase, words, lex);
}

/**
 * A phrase of a report noun that names no source (`unnamedSourceNouns`) after one or more lower-case words, none an
 * article, possessive or own-word: "ersten Untersuchungen", "bisher unbestätigten Berichten", "initial reports". ("den
 * Angaben" points back to a source, "eigenen Angaben" names it through the subject, "Polizeiangaben" names it in the
 * compound; the bare noun, "nach Angaben", "Angaben zufolge", stays the phrase of a source the reader may know from the
 * text, as it was.)
 */
function unnamedSource(phrase: string, words: readonly string[], lex: QuoteLexicon): boolean {
  const before = words.slice(0, -1);
  if (!before.length || !lex.unnamedSourceNouns.has(words[words.length - 1]!)) return false;
  if (before.some((w) => lex.determiners.has(w) || lex.possessives.has(w) || lex.ownWords.has(w))) return false;
  // (the words before the noun are written in lower case in the phrase itself: adjectives and adverbs, no name)
  const raw = phrase.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return raw.slice(0, -1).every((w) => w === w.toLowerCase());
}

/**
 * A noun of an unspecified group (`genericSpeakers`), in German also as the last part of a compound
 * ("Klimaforscher", "Staatsmedien"; a part of six letters at least).
 */
export function isGenericNoun(word: string, lex: QuoteLexicon): boolean {
  const w = word.toLowerCase();
  // (someone's circles, "Regierungskreisen", are no unspecified group: see `circleNouns`)
  return lex.genericSpeakers.has(w) || (lex.grammar.closedCompounds && endsInEntry(w, lex.genericSpeakers, 6) && !endsInEntry(w, lex.circleNouns, 5));
}
