import type { EntityType } from '../../doc/types.js';
import type { ResourceLoader } from '../../resources/loader.js';
import { loadSpeechVerbs } from '../../resources/speech-verbs.js';
import { ENTITY_TYPES } from '../../kb/data.js';
import { endingOf, loadGrammar, peopleGroupNouns } from '../../resources/grammar.js';
import { LagebildError } from '../../errors.js';
import { asBoolean, asEnum, asObject, asRecord, asString, asStringArray, optional } from '../../resources/validate.js';
import type { DocView } from './view.js';
import { loadTimeZones } from '../../resources/time-zones.js';

/** A noun that heads a nominal description ("Außenminister", "island"). */
export interface Head {
  readonly type: EntityType;
  /** Office the noun names, as a role key ("foreign-minister"). */
  readonly role: string | null;
  /** Kinship noun ("Schwester"): describes a relative of the genitive's person. */
  readonly kin: boolean;
  /**
   * Generic noun. A person ("Gast", "der Politiker"): resolvable through its state modifier or as the
   * person just named. An organisation ("das Unternehmen", "the company"): the organisation just named.
   */
  readonly generic: boolean;
  /** "der Norden": the northern/southern state of a divided pair. */
  readonly direction: string | null;
  /** "Hauptstadt", "capital": the name it describes is the city itself, not its state. */
  readonly city: boolean;
  /** The state the noun itself names ("Bundesregierung" is Germany's government). */
  readonly state: string | null;
  /** A short noun that still heads compounds ("Chef" in "Kremlchef"); longer nouns always do. */
  readonly suffix: boolean;
  /** "Amtskollege", "counterpart": the person holds the office of the person the phrase is said of. */
  readonly counterpart: boolean;
  /**
   * The noun refers only when its phrase names the state ("the regime in Minsk", "das syrische
   * Regime", "Assad's regime"); bare "the regime" is usually the adversary a speaker means, not
   * the last state named, so it is left unresolved.
   */
  readonly anchored: boolean;
  /**
   * English organ nouns that refer without an article as the subject of a past-tense verb ("Police
   * said", "Border guards detained", "Polish troops fired"): the state, as with "the police".
   */
  readonly bare: boolean;
  /** "Hauptstadt", "capital": the capital of the state it names (or the state the text is most about). */
  readonly capital: boolean;
  /** "das Land", "the country": the state of the person just speaking or acting, else the state the text is most about. */
  readonly stateNoun: boolean;
  /**
   * A state noun that refers only with a region in its phrase ("die Andenrepublik", "the Gulf state", "die
   * zentralasiatische Republik"): alone ("the state", "die Republik") it is too vague to pick a state.
   */
  readonly regional: boolean;
  /**
   * A collective of a state that is no organ of it ("die Opposition", "the opposition"): when no entity was
   * described with the noun before, it becomes an unnamed organisation of its own (of the state named in
   * the phrase, the dateline's or the one the text is most about), which later references join.
   */
  readonly collective: boolean;
  /** "im Nachbarland", "its neighbour": a state bordering the state of reference, the one the text names most. */
  readonly neighbour: boolean;
  /** "the island", "die Insel": refers to the latest island named (an island state, or a place named with an island noun). */
  readonly island: boolean;
  /** Grammatical gender of a person noun ("Ministerin" f, "Minister" m; "spokeswoman" f; from grammar.json): a reference must agree with the person. */
  readonly gender: 'f' | 'm' | null;
}

/** A state institution that a state name or abbreviation can prefix ("US-Küstenwache", "US Marines"). */
export interface Institution {
  readonly key: string;
  /** English name template with `{state}`. */
  readonly name: string;
  /** A government is a description of its state, not an entity of its own. */
  readonly description: boolean;
}

/**
 * Word-form facts of a language (`resolve.json` `forms`, the feminine suffix of `grammar.json`): the stage asks
 * these instead of the language code. Lists of endings are in lower case, longer endings first.
 */
export interface WordForms {
  /** Every noun is capitalised (German): a lower-case word is no noun, and a capitalised one need not be a name. */
  readonly nounsCapitalised: boolean;
  /** Adjectives of proper names are capitalised ("the South American country"). */
  readonly capitalisedAdjectives: boolean;
  /** Nouns are closed compounds that end in their head ("Kremlsprecher"); else a noun before a noun modifies it ("army officer"). */
  readonly compoundHeads: boolean;
  /** A possessive set off by an apostrophe ("’s", "'"), longest first. */
  readonly possessiveClitics: readonly string[];
  /**
   * Inflection endings a head noun may carry, tried in this order for a stem that is a head of the same type ("es":
   * "geheimdienstes" → "geheimdienst", "ses": "bündnisses" → "bündnis"; `headKey`). The order decides where two endings
   * give a head, so it is kept as listed (no longest-first rule).
   */
  readonly headEndings: readonly string[];
  /** The genitive ending of a name ("s": "Perus", "Trumps"); such a genitive may also follow its noun ("die Außenministerin Kasachstans"). Empty where names take none. */
  readonly nameGenitive: string;
  /** Inflection endings of an attributive adjective ("e", "en", …). */
  readonly adjectiveEndings: readonly string[];
  /** Endings of an adjective after an article or before a plural noun ("russische Diplomaten"). */
  readonly weakAdjectiveEndings: readonly string[];
  /** Suffixes that make a word before an inflection ending an adjective ("-isch"). */
  readonly adjectiveSuffixes: readonly string[];
  /** Suffixes of the adjectives that open organisation names ("Nationale", "Oberste"). */
  readonly derivedAdjectiveSuffixes: readonly string[];
  /** A past participle used as an adjective between an article and a noun ("die gewählte Regierung"). */
  readonly participleEndings: readonly string[];
  /** The same endings read as a past-tense verb, except after a {@link superlativeMarks} letter. */
  readonly weakPastEndings: readonly string[];
  /** Letters before a -t- ending that make the word a superlative, not a past tense ("stärksten", "größten"). */
  readonly superlativeMarks: readonly string[];
  /** Person nouns made from adjectives, of either gender ("die Vorsitzende"). */
  readonly adjectivalNounEndings: readonly string[];
  /** Case endings of a weak masculine noun ("einen Demonstranten", "einem Zeugen"), longest first; none in English. */
  readonly weakNounEndings: readonly string[];
  /** Plural endings of group nouns ("rebels", "Milizen"). */
  readonly orgPluralEndings: readonly string[];
  /** Agent endings of a person noun made from a verb or noun ("striker", "protester"), cut to find what a body named after those people is named by ("Strike Committee"); none in German, whose bodies open with the plural noun ("Bauernverband"). */
  readonly agentEndings: readonly string[];
  /** Plural endings that tell a person noun's plural apart ("spokesmen"'s "s" in "officials"; German has none: "die Sprecher"). */
  readonly personPluralEndings: readonly string[];
  /** Endings of a past-tense verb right after a noun ("dismissed"). */
  readonly verbAfterNounEndings: readonly string[];
  /** Endings of a gerund ("surrendering"). */
  readonly gerundEndings: readonly string[];
  /** Endings of a headline's present-tense verb after a noun ("jails"). */
  readonly presentEndings: readonly string[];
  /** Endings of a sentence adverb ("Finally"). */
  readonly adverbEndings: readonly string[];
  /** Pronouns that open a relative clause and are no articles ("who", "which"). */
  readonly relativePronouns: ReadonlySet<string>;
  /** Prepositions that link a person noun to what it acts for, like a genitive ("spokesman for the ministry"). */
  readonly benefactiveLinks: ReadonlySet<string>;
  /** Prepositions that open an extended attribute between an article and its noun ("Die mit Al-Kaida verbundene Miliz"). */
  readonly attributePrepositions: ReadonlySet<string>;
  /** Prepositions of the agent after a participle that follows its noun ("formed by"): a reduced relative clause. */
  readonly agentLinks: ReadonlySet<string>;
  /** Words between a place noun and the name it gives ("the town of X"); with none, the name follows the noun ("die Stadt X"). */
  readonly namingLinks: ReadonlySet<string>;
  /** Prepositions inside an organisation's name after its keyword compound ("Bundesamt für Migration"). */
  readonly orgNameLinks: ReadonlySet<string>;
  /**
   * Where nouns are capitalised: the marked letters (with a diacritic) the language's own words use ("ä", "ö", "ü",
   * "ß"), and those its common nouns borrow with their loan words ("é": "Café", "Varieté"). A capitalised word with any
   * other marked letter ("Venâncio", "Gjadër", "Mocímboa") is no common noun of the language; empty where unused.
   */
  readonly nativeMarkedLetters: ReadonlySet<string>;
  /** Articles that make a person noun that is not feminine a plural ("die Sprecher"). */
  readonly pluralArticles: ReadonlySet<string>;
  /** Articles of a feminine singular that are also plural ("die"). */
  readonly feminineArticles: ReadonlySet<string>;
  /**
   * Articles that are a genitive plural right after a noun before a person noun that is neither feminine nor adjectival
   * ("ein Treffen der Außenminister": the genitive singular would be "des Außenministers"), so the phrase is a group.
   */
  readonly genitivePluralArticles: ReadonlySet<string>;
  /**
   * Articles that are also a dative plural but can only be an accusative singular before a noun with no
   * `dativePluralEndings` ending ("den Oberbürgermeister": one person; "den Journalisten" stays open).
   */
  readonly accusativeSingularArticles: ReadonlySet<string>;
  /** Endings every dative plural noun has ("n", "s"): a noun without one after such an article is singular. */
  readonly dativePluralEndings: readonly string[];
  /** The suffix of a feminine person noun ("in"; grammar.json `feminineSuffix`), empty where there is none. */
  readonly feminineSuffix: string;
}

/** The language data of the resolve stage (`resources/<lang>/resolve.json`, the person-noun genders of `resources/<lang>/grammar.json`, `resources/common/given-names.json`). */
export interface ResolveLexicon {
  readonly determiners: ReadonlySet<string>;
  readonly definite: ReadonlySet<string>;
  /** Articles that mark a singular noun phrase (an unnamed individual: "ein Sprecher", "a spokesman"). */
  readonly singularDeterminers: ReadonlySet<string>;
  readonly possessives: ReadonlySet<string>;
  /** Possessives of a person ("his", "seine"; not "its", "dessen"): "his government" is the person's state. */
  readonly personPossessives: ReadonlySet<string>;
  /** Heads by lower-case phrase (multi-word phrases joined by one space). */
  readonly heads: ReadonlyMap<string, Head>;
  readonly ranks: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly locativePreps: ReadonlySet<string>;
  readonly statementWords: ReadonlySet<string>;
  readonly regimeWords: ReadonlySet<string>;
  /**
   * Adjectives before a regime word, or (where nouns are closed compounds) prefixes of it, that make it a sub-national
   * government ("the regional government", "die Provinzregierung"): no state's organ.
   */
  readonly localOrganMarks: ReadonlySet<string>;
  /** The island nouns among the heads ("island", "insel"): a place named with one is an island ("Thitu Island"). */
  readonly islandWords: ReadonlySet<string>;
  readonly governmentWords: ReadonlySet<string>;
  readonly stopWords: ReadonlySet<string>;
  /**
   * Every form of the verbs of saying (`speech-verbs.json`, the quotes stage's file, read through its one loader): in a
   * verb-second clause opened by a demonstrative ("Das kündigte Innenminister X an") such a form is the finite verb, not
   * a participle before the title.
   */
  readonly speechVerbForms: ReadonlySet<string>;
  /** Possessives of things that point at the nearest name before them ("dessen", "deren"; English "its" is the subject's). */
  readonly nearestPossessives: ReadonlySet<string>;
  /** Demonstratives that may stand alone before the finite verb of a verb-second clause ("Das", "Dies"; English none). */
  readonly demonstrativeOpeners: ReadonlySet<string>;
  /** Capitalised words that never are names on their own (languages, non-state groups, time zones: "Englisch", "Arab", "BST"). */
  readonly notNames: ReadonlySet<string>;
  readonly genitiveLinks: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  /** Lower-case keyword → type of a name that contains it. */
  readonly typeKeywords: ReadonlyMap<string, EntityType>;
  /** Lower-case adjective stem/phrase → world region name of world-countries. */
  readonly regionAdjectives: ReadonlyMap<string, string>;
  /** First words of the region adjectives of several words ("south" of "south american"). */
  readonly regionStarts: ReadonlySet<string>;
  /** The one-word region adjective stems with their regions ("südamerikanisch", "african"). */
  readonly regionStems: readonly (readonly [string, string])[];
  /** Name prefixes of the northern and southern state of a divided pair ("north" → ["nord"]), for a head's `direction`. */
  readonly directions: ReadonlyMap<string, readonly string[]>;
  readonly institutions: ReadonlyMap<string, Institution>;
  /** Lower-case compound prefixes that name a state ("bundes" → germany: "Bundeswirtschaftsministerium"). */
  readonly statePrefixes: ReadonlyMap<string, string>;
  /** Words a title-case headline leaves in lower case ("of", "in"); any other lower-case word marks running text. */
  readonly titleCaseMinor: ReadonlySet<string>;
  /** Lower-case words that belong to a capitalised title before them ("former", "acting"). */
  readonly titleModifiers: ReadonlySet<string>;
  /** Time adverbs that may open an apposition after a name ("Kaja Kallas, now the EU's foreign policy chief"). */
  readonly appositionAdverbs: ReadonlySet<string>;
  /** Finite verbs and relative pronouns that make a comma phrase after a name a clause, not an apposition ("…, sagte …", "…, who …"). */
  readonly clauseVerbs: ReadonlySet<string>;
  /** Possessives of a thing or organisation, not a person ("dessen", "its"): the possessor is the latest state. */
  readonly thingPossessives: ReadonlySet<string>;
  /** Prepositions before a seat city that place an organ named after it in its sentence ("In Minsk, the foreign ministry …"). */
  readonly seatPrepositions: ReadonlySet<string>;
  /** Roles held abroad (ambassador, envoy): a seat after one names where it is held, not whose it is. */
  readonly postedRoles: ReadonlySet<string>;
  /**
   * Role ids of the heads of a state or government (president, prime minister, king …; not ministers, spokesperson,
   * lawyer, leader): a holder the text ties to no state is placed in the state its opening is about (`office-state.ts`).
   */
  readonly stateOfficeRoles: ReadonlySet<string>;
  /** Prepositions fused with the definite article ("im", "zum"): the phrase after one is definite. */
  readonly definiteContractions: ReadonlySet<string>;
  /** Adverbs before a participle that make it an adjective, not a verb after a noun ("the most wanted"). */
  readonly degreeAdverbs: ReadonlySet<string>;
  /** Compass words that make a place name a region rather than a political unit ("Ostkongo", "Eastern Ukraine"). */
  readonly regionPrefixes: readonly string[];
  /** Nouns for an alliance of states ("the bloc", "das Bündnis"): the international organisation the text is most about. */
  readonly blocNouns: ReadonlySet<string>;
  /** Nouns of a settlement or subdivision that name one: English with "of" ("the town of Point Pedro"), German right before the name ("des Bundesstaates Borno"); that name is a place. */
  readonly placeNouns: ReadonlySet<string>;
  /**
   * Heads of things a text describes without naming them (agreements, bills, decrees, pipelines): the first such phrase
   * no named entity answers is an entity of its own with descriptions only ("a framework agreement", "die Pipeline").
   */
  readonly unnamedThings: ReadonlySet<string>;
  /**
   * Nouns of a word's or name's language ("its Spanish initials", "die spanische Abkürzung"): a state's adjective right
   * before one names the language, not the state.
   */
  readonly languageNouns: ReadonlySet<string>;
  /** Words that end or open a newspaper's or broadcaster's name around a place ("The Kathmandu Post", "Times of India", "Radio Free Europe", "Frankfurter Rundschau"). */
  readonly mediaWords: ReadonlySet<string>;
  /** Organisation keywords that take their name as a bare capitalised noun after them ("das Kommando Spezialkräfte"). */
  readonly nameKeywords: ReadonlySet<string>;
  /** A sports club's abbreviation that opens its name, places inside included ("FC" of "der FC Bayern München", "VfB Stuttgart"); as written (case matters: "AS Roma", not "As"). */
  readonly clubWords: ReadonlySet<string>;
  /** Capitalised words that open an organisation's name before one capitalised word ("Pro" of "Pro Bahn", "Pro Asyl"); as written. */
  readonly nameOpeners: ReadonlySet<string>;
  /**
   * Endings of a body's noun that a city right after it names as one proper name, no preposition between
   * (`seatNameHeads`: "das Oberlandesgericht Koblenz", "die Staatsanwaltschaft Köln"), not a description of the city.
   */
  readonly seatNameHeads: readonly string[];
  /** Coordinators inside an organisation name ("the Peace and Security Council"). */
  readonly nameCoordinators: ReadonlySet<string>;
  /**
   * Links of another language that carry an organisation's name on over its lower-case words ("Forces de défense et de
   * sécurité", "Front pour la démocratie"); a language that writes such names with capitals lists none.
   */
  readonly foreignNameLinks: ReadonlySet<string>;
  /** Capitalised position words that open a region's name before a known place ("Middle Juba", "Lower Shabelle", "Upper Nile"). */
  readonly placeModifiers: ReadonlySet<string>;
  /**
   * Heads that name a state's military or transitional rule ("the junta", "die Militärregierung"): a later one is the
   * regime of the state described with any of them before, else of the state the text names first, never that of a
   * foreign speaker commenting on it.
   */
  readonly juntaWords: ReadonlySet<string>;
  /**
   * Nouns of a court's members ("die Richter", "die Richterin", "the judge"; German compounds end in them: "die
   * Verfassungsrichter") and the words of a court's name ("Bundesverfassungsgericht", "International Court of Justice"):
   * the bench or one unnamed member is the court named before them, as its description ("Die Richter in Karlsruhe").
   */
  readonly benchNouns: ReadonlySet<string>;
  readonly courtWords: ReadonlySet<string>;
  /**
   * Heads of a court or prosecutor (`judiciaryHeads`): a definite one is the court or prosecutor named with the head
   * earlier in the text at any distance, and with none it is no organ of a federal state ("Köln (dpa) – … Die
   * Staatsanwaltschaft"; the member state's place is unnamed).
   */
  readonly judiciaryHeads: ReadonlySet<string>;
  /** Prepositions that name the court a trial is held at ("vor dem Landgericht Köln", "am Amtsgericht"; grammar.json, shared with quotes): a judge far from any court is that court's. */
  readonly trialPrepositions: ReadonlySet<string>;
  /**
   * Organs a city or a federal state's place has of its own (`localInstitutions`: "die Staatsanwaltschaft", "das
   * Gericht", "the court"): one no state takes and no named body answers is an institution of its own, with descriptions
   * only, placed at the report's city ("Leipzig (dpa) – … teilte die Staatsanwaltschaft mit"). The police too ("teilte die
   * Polizei mit" has a speaker); the events stage still reads such an entity as its place's state (`unnamedSeat`: an
   * unnamed actor counts as its state).
   */
  readonly localInstitutions: ReadonlySet<string>;
  /**
   * The canonical English name of an unnamed local institution by its head (`institutionNames`, lower case): "{place}"
   * stands for the report's city ("staatsanwaltschaft" → "{place} public prosecutor's office": "Leipzig public prosecutor's
   * office"), and with no city it is left out ("public prosecutor's office"); a head not listed keeps its own word.
   */
  readonly institutionNames: ReadonlyMap<string, string>;
  /**
   * Organ nouns a body names itself with ("court", "parliament", "Gericht", "Parlament"): a definite one goes to the
   * organisation named in this or the sentence before with the noun or a noun of its class in its name, also one the
   * knowledge base does not know ("Das Landgericht Köln … das Gericht", "the Verkhovna Rada … the parliament").
   */
  readonly bodyHeads: ReadonlySet<string>;
  /** Nouns an armed or political group is described with ("the group", "die Miliz", "the militants"): such a reference goes to an organisation described with them or with none, not to one described with another kind of noun ("the command"). */
  readonly groupHeads: ReadonlySet<string>;
  /**
   * Nouns of a body that gathers people of one kind and acts for them ("movement", "committee", "union", "Bewegung",
   * "Verband", "Gewerkschaft"): a body whose name or description has such a noun after a word for those people ("the
   * Strike Committee", "der Bauernverband") is what a later definite plural of those people refers to ("the strikers",
   * "die Bauern"), when the text names only one. Not a party ("the Workers' Party" does not speak for "the workers").
   */
  readonly gatheringHeads: ReadonlySet<string>;
  /** Nouns of a state's armed forces ("troops", "Truppen"): after the possessive of a person who holds no state's office they are that person's force, an organisation of its own ("Haftars Truppen"). */
  readonly forceHeads: ReadonlySet<string>;
  /** Cues that the text treats an unknown name as an organisation: the pronoun it takes ("it"), statement phrases after its verb ("in a statement"), things it owns ("Rio Tinto's mine"). */
  readonly orgPronouns: ReadonlySet<string>;
  readonly orgStatementPhrases: readonly string[];
  readonly orgPossessions: ReadonlySet<string>;
  /** Organisation nouns an office holder's possessive names ("the Ombudsman’s Office"): the whole is one organisation. */
  readonly possessiveOrgHeads: ReadonlySet<string>;
  /** Plural person nouns that a count word makes a group of its own ("zwei kosovarische Polizisten"). */
  readonly groupNouns: ReadonlySet<string>;
  /** Count words that make a group ("zwei", "two"). */
  readonly countWords: ReadonlySet<string>;
  /** Words between a count word and its group noun ("thousands of protesters"). */
  readonly countLinks: ReadonlySet<string>;
  /**
   * Plural nouns of armed people no name identifies ("gunmen", "militants", "Bewaffnete", "Angreifer"): counted, or as the
   * bare subject opening a sentence that names no organisation ("Gunmen killed three police officers"), an unnamed group.
   */
  readonly armedNouns: ReadonlySet<string>;
  /** Capitalised keywords that take a state's name before them into an organisation's name ("U.S. Central Command"). */
  readonly stateNameKeywords: ReadonlySet<string>;
  /** Plural nouns of private people acting together ("protesters", "students", "relatives"): as the bare subject opening a sentence, an unnamed group. */
  readonly actorGroupNouns: ReadonlySet<string>;
  /** Modifiers with no adjective ending that open a sentence before a bare group noun ("Unknown attackers set fire …"). */
  readonly groupModifiers: ReadonlySet<string>;
  /** Verbs of reporting after which a bare plural subject is a generic source, no group ("Witnesses said", "Analysten rechneten"). */
  readonly reportVerbs: ReadonlySet<string>;
  /** Words before a group noun that refer back to a group ("die beiden", "both"). */
  readonly groupBackWords: ReadonlySet<string>;
  /**
   * Collective nouns whose singular possessive opens an organisation's name ("People's" in "the People's Defence
   * Force", "Women's" in "the Women's League"): the possessive is part of the name, not an owner named apart.
   */
  readonly possessiveNameWords: ReadonlySet<string>;
  /**
   * Nouns of a quality of a state that its capitalised adjective before them makes no organisation's name of, though they
   * are organisation keywords (`stateQualityNouns`: "die Deutsche Einheit", not a party like "die Nationale Einheit").
   */
  readonly stateQualityNouns: ReadonlySet<string>;
  /** Nouns of `individualClasses` that also modify another noun (`attributiveNouns`: "a student protest"): a person's only before no noun. */
  readonly attributiveNouns: ReadonlySet<string>;
  /**
   * The class of a group noun (`groupClasses`: "polizisten" and "beamten" are one): a definite plural refers back to a
   * counted group only with a noun of its class ("Zwei Polizisten … Die Beamten", not "Two journalists … The officials").
   */
  readonly groupClassOf: ReadonlyMap<string, string>;
  /**
   * Singular nouns of one private person the text may never name, with the classes a later definite noun refers back
   * through (`individualClasses`: "A gunman … The attacker", "Ein Bewaffneter … Der Täter", "a woman … the woman"). A
   * noun in the class "female" is feminine whatever its ending ("die Frau" is one woman, not a plural).
   */
  readonly individualClassesOf: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The nouns of `individualClasses` that say what one private person does or undergoes ("driver", "Journalist",
   * "defendant"): those with a class outside `anyoneClasses` (age and gender nouns, "the 57-year-old", "the man", may
   * describe anyone, an office holder included). Such a noun is no office holder named before.
   */
  readonly privatePersonNouns: ReadonlySet<string>;
  /** The class of a head that names the same kind of thing as others (`headClasses`: "übung" and "manöver" are one), longest members first. */
  readonly headClasses: readonly (readonly [string, string])[];
  /** English simple past forms that are no adjectives ("began", "held"): after a name they are its verb, not a modifier. */
  readonly pastForms: ReadonlySet<string>;
  /** Copulas: an indefinite phrase right after one is a predicate ("Taiwan sei ein souveräner Staat"), no reference. */
  readonly copulas: ReadonlySet<string>;
  /** Words that make the noun phrase after them a predicate, not a referent ("als", "as": "served as a soldier"). */
  readonly predicativeMarkers: ReadonlySet<string>;
  /** Phrases after a name and comma that give another name of it ("known as", "genannt"), as word lists. */
  readonly aliasCues: readonly (readonly string[])[];
  /**
   * Words that close a frame with a dative and an accusative object ("vor" after "warf", "vorgeworfen"), each with
   * the finite verbs one of which must come before it in the sentence (none: the word alone closes it).
   */
  readonly objectFrames: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * An object fronted before a frame's finite verb: pronouns right before it, accusative determiners two words before;
   * or none at all after a passive auxiliary (the object became the subject).
   */
  readonly frontedObjects: { readonly pronouns: ReadonlySet<string>; readonly determiners: ReadonlySet<string>; readonly passives: ReadonlySet<string> };
  /** Pronouns that open a partitive apposition ("one of the …", "eine der …"). */
  readonly partitives: ReadonlySet<string>;
  /** Modifiers that put an office in the past ("former", "ehemalige"; also the prefix "ex-"). */
  readonly formerModifiers: ReadonlySet<string>;
  /** Lower-case particles inside a person's name after a given name ("Jan van Aken", "Ursula von der Leyen"). */
  readonly nameParticles: ReadonlySet<string>;
  /** Of those, the ones that are also articles ("der", "de", "la"): inside a name only after another particle. */
  readonly particleArticles: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  readonly familyFirst: ReadonlySet<string>;
  /** Parts of names with no family name (Burmese: "Aung San Suu Kyi", "Min Aung Hlaing"): a run of two or more is a person. */
  readonly nameSyllables: ReadonlySet<string>;
  /** Longest phrase length among heads, ranks and institutions. */
  readonly maxPhrase: number;
  /** First words of multi-word heads, ranks and honorifics ("prime", "major"): only these start a longer lookup. */
  readonly phraseStarts: ReadonlySet<string>;
  /** Match heads as the last part of compounds (`forms.compoundHeads`). */
  readonly compoundHeads: boolean;
  readonly forms: WordForms;
  /** Answers of {@link headOf} by word (a cache of a pure function, cleared when large). */
  readonly headCache: Map<string, Head | null>;
  /** Answers of {@link headClassesOf} by word (a cache of a pure function, cleared when large). */
  readonly headClassCache: Map<string, readonly string[]>;
}

const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

// the words of `individualClasses` with a class outside `anyone` (see `ResolveLexicon.privatePersonNouns`)
const privateNouns = (classes: Readonly<Record<string, readonly string[]>>, anyone: ReadonlySet<string>): Set<string> =>
  new Set(Object.entries(classes).filter(([c]) => !anyone.has(c.toLowerCase())).flatMap(([, ws]) => ws.map((w) => w.toLowerCase())));

/** Loads and validates the resolve lexicon of the loader's language. */
export function loadResolveLexicon(res: ResourceLoader): ResolveLexicon {
  const raw = res.lexicon('resolve', (r, where) => {
    const o = asObject(r, where);
    const list = (k: string): string[] => asStringArray(o[k] ?? [], where, k);
    return {
      determiners: list('determiners'), definite: list('definite'), singularDeterminers: list('singularDeterminers'), possessives: list('possessives'), personPossessives: list('personPossessives'),
      heads: asRecord(o.heads, where, 'heads', (x, w, p) => {
        const h = asObject(x, w, p);
        const head: Head = {
          type: asEnum(h.type, w, `${p}.type`, ENTITY_TYPES),
          role: optional(h.role, w, `${p}.role`, asString) ?? null,
          kin: optional(h.kin, w, `${p}.kin`, asBoolean) ?? false,
          generic: optional(h.generic, w, `${p}.generic`, asBoolean) ?? false,
          direction: optional(h.direction, w, `${p}.direction`, asString) ?? null,
          city: optional(h.city, w, `${p}.city`, asBoolean) ?? false,
          state: optional(h.state, w, `${p}.state`, asString) ?? null,
          suffix: optional(h.suffix, w, `${p}.suffix`, asBoolean) ?? false,
          counterpart: optional(h.counterpart, w, `${p}.counterpart`, asBoolean) ?? false,
          anchored: optional(h.anchored, w, `${p}.anchored`, asBoolean) ?? false,
          island: optional(h.island, w, `${p}.island`, asBoolean) ?? false,
          bare: optional(h.bare, w, `${p}.bare`, asBoolean) ?? false,
          capital: optional(h.capital, w, `${p}.capital`, asBoolean) ?? false,
          stateNoun: optional(h.stateNoun, w, `${p}.stateNoun`, asBoolean) ?? false,
          regional: optional(h.regional, w, `${p}.regional`, asBoolean) ?? false,
          neighbour: optional(h.neighbour, w, `${p}.neighbour`, asBoolean) ?? false,
          collective: optional(h.collective, w, `${p}.collective`, asBoolean) ?? false,
          gender: null,
        };
        return head;
      }),
      ranks: list('ranks'), honorifics: list('honorifics'), locativePreps: list('locativePreps'), statementWords: list('statementWords'),
      regimeWords: list('regimeWords'), localOrganMarks: list('localOrganMarks'), governmentWords: list('governmentWords'), stopWords: list('stopWords'), notNames: list('notNames'),
      genitiveLinks: list('genitiveLinks'), nameConnectors: list('nameConnectors'),
      typeKeywords: asRecord(o.typeKeywords ?? {}, where, 'typeKeywords', asStringArray),
      groupClasses: asRecord(o.groupClasses ?? {}, where, 'groupClasses', asStringArray),
      individualClasses: asRecord(o.individualClasses ?? {}, where, 'individualClasses', asStringArray),
      headClasses: asRecord(o.headClasses, where, 'headClasses', asStringArray),
      regionAdjectives: asRecord(o.regionAdjectives ?? {}, where, 'regionAdjectives', asString),
      directions: asRecord(o.directions ?? {}, where, 'directions', asStringArray),
      titleCaseMinor: list('titleCaseMinor'), titleModifiers: list('titleModifiers'), appositionAdverbs: list('appositionAdverbs'), clauseVerbs: list('clauseVerbs'), thingPossessives: list('thingPossessives'), seatPrepositions: list('seatPrepositions'), degreeAdverbs: list('degreeAdverbs'), definiteContractions: list('definiteContractions'), postedRoles: list('postedRoles'), stateOfficeRoles: list('stateOfficeRoles'),
      nameParticles: list('nameParticles'), particleArticles: list('particleArticles'), formerModifiers: list('formerModifiers'), copulas: list('copulas'), predicativeMarkers: list('predicativeMarkers'), partitives: list('partitives'), aliasCues: list('aliasCues'), pastForms: list('pastForms'), regionPrefixes: list('regionPrefixes'), blocNouns: list('blocNouns'), placeNouns: list('placeNouns'), unnamedThings: list('unnamedThings'), languageNouns: list('languageNouns'), mediaWords: list('mediaWords'), nameKeywords: list('nameKeywords'), clubWords: list('clubWords'), nameOpeners: list('nameOpeners'), seatNameHeads: list('seatNameHeads'), nameCoordinators: list('nameCoordinators'), foreignNameLinks: list('foreignNameLinks'), placeModifiers: list('placeModifiers'), juntaWords: list('juntaWords'), benchNouns: list('benchNouns'), courtWords: list('courtWords'), judiciaryHeads: list('judiciaryHeads'), localInstitutions: list('localInstitutions'), bodyHeads: list('bodyHeads'), groupHeads: list('groupHeads'), gatheringHeads: list('gatheringHeads'), forceHeads: list('forceHeads'), givenNames: list('givenNames'), orgPronouns: list('orgPronouns'), orgStatementPhrases: list('orgStatementPhrases'), orgPossessions: list('orgPossessions'), possessiveOrgHeads: list('possessiveOrgHeads'), groupNouns: list('groupNouns'), countWords: list('countWords'), countLinks: list('countLinks'), armedNouns: list('armedNouns'), stateNameKeywords: list('stateNameKeywords'), groupModifiers: list('groupModifiers'), reportVerbs: list('reportVerbs'), demonstrativeOpeners: list('demonstrativeOpeners'), nearestPossessives: list('nearestPossessives'), groupBackWords: list('groupBackWords'), possessiveNameWords: list('possessiveNameWords'), stateQualityNouns: list('stateQualityNouns'), attributiveNouns: list('attributiveNouns'), anyoneClasses: list('anyoneClasses'),
      statePrefixes: asRecord(o.statePrefixes ?? {}, where, 'statePrefixes', asString),
      institutionNames: asRecord(o.institutionNames ?? {}, where, 'institutionNames', asString),
      objectFrames: asRecord(o.objectFrames ?? {}, where, 'objectFrames', asStringArray),
      frontedObjects: asRecord(o.frontedObjects ?? {}, where, 'frontedObjects', asStringArray),
      forms: readForms(o.forms, where),
      institutions: asRecord(o.institutions ?? {}, where, 'institutions', (x, w, p) => {
        const i = asObject(x, w, p);
        const inst: Institution = { key: asString(i.key, w, `${p}.key`), name: asString(i.name, w, `${p}.name`), description: optional(i.description, w, `${p}.description`, asBoolean) ?? false };
        return inst;
      }),
    };
  });
  const names = res.common('given-names', (r, where) => {
    const o = asObject(r, where);
    return { given: asStringArray(o.given, where, 'given'), familyFirst: asStringArray(o.familyFirst, where, 'familyFirst'), syllables: asStringArray(o.syllables ?? [], where, 'syllables') };
  });
  const typeKeywords = new Map<string, EntityType>();
  for (const [t, words] of Object.entries(raw.typeKeywords)) {
    const type = asEnum(t, 'resolve.json', 'typeKeywords', ENTITY_TYPES);
    for (const w of words) typeKeywords.set(w.toLowerCase(), type);
  }
  // the gender of a person noun is shared with the quotes stage (resources/<lang>/grammar.json `personNouns`)
  const grammar = loadGrammar(res);
  const genders = grammar.personNouns;
  const fs = grammar.feminineSuffix;
  // (a head with the grammar's feminine suffix beside its base head is feminine, the base head masculine, when the
  // grammar does not list them: "Preisträgerin"/"Preisträger")
  const rawKeys = new Set(Object.keys(raw.heads).map((k) => k.toLowerCase()));
  const pairGender = (key: string): 'f' | 'm' | null => {
    if (!fs) return null;
    if (endingOf(key, [fs], 0) && rawKeys.has(key.slice(0, -fs.length))) return 'f';
    return rawKeys.has(`${key}${fs}`) ? 'm' : null;
  };
  const heads = new Map(Object.entries(raw.heads).map(([k, v]) => {
    const key = k.toLowerCase();
    return [key, v.type === 'PER' ? { ...v, gender: genders.get(key) ?? pairGender(key) } : v] as const;
  }));
  const institutions = new Map(Object.entries(raw.institutions).map(([k, v]) => [k.toLowerCase(), v] as const));
  const ranks = lowerSet(raw.ranks);
  const phraseLen = (s: string): number => s.split(' ').length;
  return {
    determiners: lowerSet(raw.determiners), definite: lowerSet(raw.definite), singularDeterminers: lowerSet(raw.singularDeterminers), possessives: lowerSet(raw.possessives), personPossessives: lowerSet(raw.personPossessives),
    heads, ranks, honorifics: lowerSet(raw.honorifics), locativePreps: lowerSet(raw.locativePreps),
    statementWords: lowerSet(raw.statementWords), regimeWords: lowerSet(raw.regimeWords), localOrganMarks: lowerSet(raw.localOrganMarks), governmentWords: lowerSet(raw.governmentWords),
    stopWords: lowerSet(raw.stopWords), speechVerbForms: lowerSet(loadSpeechVerbs(res).flatMap((x) => x.forms.filter((w) => !w.includes(' ')))), demonstrativeOpeners: lowerSet(raw.demonstrativeOpeners), nearestPossessives: lowerSet(raw.nearestPossessives), notNames: lowerSet([...raw.notNames, ...loadTimeZones(res)]), genitiveLinks: lowerSet(raw.genitiveLinks), nameConnectors: lowerSet(raw.nameConnectors),
    typeKeywords, regionAdjectives: new Map(Object.entries(raw.regionAdjectives).map(([k, v]) => [k.toLowerCase(), v] as const)),
    regionStarts: new Set(Object.keys(raw.regionAdjectives).filter((k) => k.includes(' ')).map((k) => k.toLowerCase().split(' ')[0]!)),
    regionStems: Object.entries(raw.regionAdjectives).filter(([k]) => !k.includes(' ')).map(([k, v]) => [k.toLowerCase(), v] as const),
    directions: new Map(Object.entries(raw.directions).map(([k, v]) => [k, v.map((w) => w.toLowerCase())] as const)),
    institutions, titleCaseMinor: lowerSet(raw.titleCaseMinor), titleModifiers: lowerSet(raw.titleModifiers), appositionAdverbs: lowerSet(raw.appositionAdverbs), clauseVerbs: lowerSet(raw.clauseVerbs), thingPossessives: lowerSet(raw.thingPossessives), seatPrepositions: lowerSet(raw.seatPrepositions), degreeAdverbs: lowerSet(raw.degreeAdverbs), definiteContractions: lowerSet(raw.definiteContractions), postedRoles: lowerSet(raw.postedRoles), stateOfficeRoles: lowerSet(raw.stateOfficeRoles), nameParticles: lowerSet(raw.nameParticles), formerModifiers: lowerSet(raw.formerModifiers), copulas: lowerSet(raw.copulas), predicativeMarkers: lowerSet(raw.predicativeMarkers), partitives: lowerSet(raw.partitives), aliasCues: raw.aliasCues.map((x) => x.toLowerCase().split(' ')), objectFrames: new Map(Object.entries(raw.objectFrames).map(([k, vs]) => [k.toLowerCase(), lowerSet(vs)] as const)), frontedObjects: { pronouns: lowerSet(raw.frontedObjects.pronouns ?? []), determiners: lowerSet(raw.frontedObjects.determiners ?? []), passives: lowerSet(raw.frontedObjects.passives ?? []) }, pastForms: lowerSet(raw.pastForms), blocNouns: lowerSet(raw.blocNouns), placeNouns: lowerSet(raw.placeNouns), unnamedThings: lowerSet(raw.unnamedThings), languageNouns: lowerSet(raw.languageNouns), mediaWords: lowerSet(raw.mediaWords), nameKeywords: lowerSet(raw.nameKeywords), clubWords: new Set(raw.clubWords), nameOpeners: new Set(raw.nameOpeners), seatNameHeads: [...lowerSet(raw.seatNameHeads)], nameCoordinators: lowerSet(raw.nameCoordinators), foreignNameLinks: lowerSet(raw.foreignNameLinks), placeModifiers: lowerSet(raw.placeModifiers), juntaWords: lowerSet(raw.juntaWords), benchNouns: lowerSet(raw.benchNouns), courtWords: lowerSet(raw.courtWords), judiciaryHeads: lowerSet(raw.judiciaryHeads), trialPrepositions: grammar.trialPrepositions, localInstitutions: lowerSet(raw.localInstitutions), bodyHeads: lowerSet(raw.bodyHeads), groupHeads: lowerSet(raw.groupHeads), gatheringHeads: lowerSet(raw.gatheringHeads), forceHeads: lowerSet(raw.forceHeads), orgPronouns: lowerSet(raw.orgPronouns), orgStatementPhrases: [...lowerSet(raw.orgStatementPhrases)], orgPossessions: lowerSet(raw.orgPossessions), possessiveOrgHeads: lowerSet(raw.possessiveOrgHeads), groupNouns: lowerSet(raw.groupNouns), countWords: lowerSet(raw.countWords), countLinks: lowerSet(raw.countLinks), armedNouns: lowerSet(raw.armedNouns), stateNameKeywords: lowerSet(raw.stateNameKeywords), actorGroupNouns: peopleGroupNouns(grammar.peopleGroups, ['lay', 'occupational']), groupModifiers: lowerSet(raw.groupModifiers), reportVerbs: lowerSet(raw.reportVerbs), groupBackWords: lowerSet(raw.groupBackWords), possessiveNameWords: lowerSet(raw.possessiveNameWords), stateQualityNouns: lowerSet(raw.stateQualityNouns), attributiveNouns: lowerSet(raw.attributiveNouns), groupClassOf: new Map(Object.entries(raw.groupClasses).flatMap(([c, nouns]) => nouns.map((w) => [w.toLowerCase(), c] as const))), individualClassesOf: classesByWord(raw.individualClasses), privatePersonNouns: privateNouns(raw.individualClasses, lowerSet(raw.anyoneClasses)), regionPrefixes: [...lowerSet(raw.regionPrefixes)], particleArticles: lowerSet(raw.particleArticles), statePrefixes: new Map(Object.entries(raw.statePrefixes).map(([k, v]) => [k.toLowerCase(), v] as const)), institutionNames: new Map(Object.entries(raw.institutionNames).map(([k, v]) => [k.toLowerCase(), v] as const)), givenNames: new Set([...names.given, ...raw.givenNames]), familyFirst: new Set(names.familyFirst), nameSyllables: new Set(names.syllables),
    headClasses: Object.entries(raw.headClasses).flatMap(([c, ws]) => ws.map((w) => [w.toLowerCase(), c] as const)).sort((x, y) => y[0].length - x[0].length),
    islandWords: new Set([...heads].filter(([, h]) => h.island).map(([k]) => k)),
    maxPhrase: Math.max(1, ...[...heads.keys(), ...ranks, ...institutions.keys()].map(phraseLen)),
    phraseStarts: new Set([...heads.keys(), ...ranks, ...institutions.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    compoundHeads: raw.forms.compoundHeads,
    forms: { ...raw.forms, feminineSuffix: fs },
    headCache: new Map(),
    headClassCache: new Map(),
  };
}

/** Reads and validates `forms` of resolve.json (every field required, so both languages list the same ones). */
function readForms(raw: unknown, where: string): Omit<WordForms, 'feminineSuffix'> {
  const o = asObject(raw, where, 'forms');
  const flag = (k: string): boolean => asBoolean(o[k], where, `forms.${k}`);
  const endings = (k: string): string[] => {
    const xs = asStringArray(o[k], where, `forms.${k}`);
    for (const x of xs) if (!x || x !== x.toLowerCase()) throw new LagebildError('RESOURCE_INVALID', `forms.${k}: "${x}" is no lower-case ending`, where);
    // (the first ending that fits is taken: a longer one must come before its own tail)
    xs.forEach((x, i) => xs.slice(i + 1).forEach((y) => { if (y.length > x.length && y.endsWith(x)) throw new LagebildError('RESOURCE_INVALID', `forms.${k}: "${y}" must come before "${x}"`, where); }));
    return xs;
  };
  // (endings tried in the listed order, whatever their lengths)
  const orderedEndings = (k: string): string[] => {
    const xs = asStringArray(o[k], where, `forms.${k}`);
    for (const x of xs) if (!x || x !== x.toLowerCase()) throw new LagebildError('RESOURCE_INVALID', `forms.${k}: "${x}" is no lower-case ending`, where);
    return xs;
  };
  const words = (k: string): Set<string> => lowerSet(asStringArray(o[k], where, `forms.${k}`));
  return {
    nounsCapitalised: flag('nounsCapitalised'), capitalisedAdjectives: flag('capitalisedAdjectives'), compoundHeads: flag('compoundHeads'),
    possessiveClitics: endings('possessiveClitics'), headEndings: orderedEndings('headEndings'), nameGenitive: asString(o.nameGenitive, where, 'forms.nameGenitive'),
    adjectiveEndings: endings('adjectiveEndings'), weakAdjectiveEndings: endings('weakAdjectiveEndings'), adjectiveSuffixes: endings('adjectiveSuffixes'),
    derivedAdjectiveSuffixes: endings('derivedAdjectiveSuffixes'), participleEndings: endings('participleEndings'), weakPastEndings: endings('weakPastEndings'), superlativeMarks: endings('superlativeMarks'),
    adjectivalNounEndings: endings('adjectivalNounEndings'), weakNounEndings: orderedEndings('weakNounEndings'), orgPluralEndings: endings('orgPluralEndings'), personPluralEndings: endings('personPluralEndings'), agentEndings: orderedEndings('agentEndings'),
    verbAfterNounEndings: endings('verbAfterNounEndings'), gerundEndings: endings('gerundEndings'), presentEndings: endings('presentEndings'), adverbEndings: endings('adverbEndings'),
    relativePronouns: words('relativePronouns'), benefactiveLinks: words('benefactiveLinks'), attributePrepositions: words('attributePrepositions'), agentLinks: words('agentLinks'), namingLinks: words('namingLinks'), orgNameLinks: words('orgNameLinks'),
    nativeMarkedLetters: words('nativeMarkedLetters'),
    pluralArticles: words('pluralArticles'), feminineArticles: words('feminineArticles'), genitivePluralArticles: words('genitivePluralArticles'),
    accusativeSingularArticles: words('accusativeSingularArticles'), dativePluralEndings: endings('dativePluralEndings'),
  };
}

/** The possessive clitic a word ends in ("Sudan’s" → "’s"; also a clitic split off as a token of its own), or null. */
export function possessiveOf(lex: ResolveLexicon, word: string): string | null {
  return endingOf(word, lex.forms.possessiveClitics, 0);
}

/** A word without its possessive clitic ("country’s" → "country"); other words as they are. */
export function withoutPossessive(lex: ResolveLexicon, word: string): string {
  const p = possessiveOf(lex, word);
  return p ? word.slice(0, -p.length) : word;
}

/** Whether a word is in the genitive form of a name: a possessive clitic, or the name genitive ending on a word without a hyphen ("Perus", not "US-Präsidents"). */
export function genitiveForm(lex: ResolveLexicon, word: string): boolean {
  const g = lex.forms.nameGenitive;
  return !!possessiveOf(lex, word) || (!!g && !word.includes('-') && word.endsWith(g));
}

/** A name without its genitive ending ("Perus" → "Peru"), or null where the word has none or the language's names take none. */
export function nameGenitiveBase(lex: ResolveLexicon, word: string): string | null {
  const g = lex.forms.nameGenitive;
  return g && word.endsWith(g) ? word.slice(0, -g.length) : null;
}

/** The alias cue ("known as", "genannt") that follows a comma at token `comma` (tokens as lower case), or undefined; a cue's "*" stands for any one word ("known by its * initials"). */
export function aliasCueAfter(lex: ResolveLexicon, lower: readonly string[], comma: number): readonly string[] | undefined {
  if (comma < 0 || lower[comma] !== ',') return undefined;
  return lex.aliasCues.find((w) => w.every((x, k) => lower[comma + 1 + k] === x || (x === '*' && comma + 1 + k < lower.length)));
}

/**
 * The head classes of a head word (none: empty): where nouns are closed compounds, those of the longest member it ends
 * in, also before a genitive -s ("frühjahrsmanövers" → "exercise"); elsewhere only of a member itself or its plural in
 * -s ("accords"), as a word that merely ends in one is another word ("impact", "disagreement"). A member may stand in
 * several classes ("amt" is an agency and, in "das Auswärtige Amt", a ministry).
 */
export function headClassesOf(lex: ResolveLexicon, word: string): readonly string[] {
  // (a scan of every class member per call, asked for each candidate's words by every reference: answers are kept)
  const cached = lex.headClassCache.get(word);
  if (cached !== undefined) return cached;
  const found: string[] = [];
  let len = -1;
  for (const [w, c] of lex.headClasses) {
    // (longest members first: once one matched, a shorter member is a part of it, not another reading)
    if (w.length < len) break;
    if (lex.forms.compoundHeads ? word.endsWith(w) || word.endsWith(`${w}s`) : word === w || word === `${w}s`) {
      found.push(c);
      len = w.length;
    }
  }
  if (lex.headClassCache.size > 50_000) lex.headClassCache.clear();
  lex.headClassCache.set(word, found);
  return found;
}

/** Whether a head word is a class member itself (or its -s form), no compound that narrows it ("Ministerium", not "Innenministerium"). */
export function bareClassMember(lex: ResolveLexicon, word: string): boolean {
  return lex.headClasses.some(([w]) => word === w || word === `${w}s`);
}

/** Whether two head words share a head class ("manöver" and "übung"). */
export function sameHeadClass(lex: ResolveLexicon, a: readonly string[], word: string): boolean {
  return a.length > 0 && headClassesOf(lex, word).some((c) => a.includes(c));
}

/** Each word of a class table (class → words) with the set of classes it stands in, lower case. */
function classesByWord(table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const [c, words] of Object.entries(table)) {
    for (const w of words) {
      const set = out.get(w.toLowerCase()) ?? new Set<string>();
      set.add(c);
      out.set(w.toLowerCase(), set);
    }
  }
  return out;
}

/** A word in the feminine form of a person noun ("Ministerin"). */
export function feminineForm(lex: ResolveLexicon, word: string): boolean {
  return !!lex.forms.feminineSuffix && word.endsWith(lex.forms.feminineSuffix);
}

/** The head entry of token `k` of a document (`headOf` its lower case), kept in the view once asked. */
export function headAt(v: DocView, lex: ResolveLexicon, k: number): Head | undefined {
  const kept = v.heads[k];
  if (kept !== undefined) return kept ?? undefined;
  const found = headOf(lex, v.lower[k]!);
  v.heads[k] = found ?? null;
  return found;
}

/**
 * The head entry of a lower-case word: exact, else (German) the longest known head that ends
 * the compound ("un-botschafter" → "botschafter", "charterfluggesellschaft" → "fluggesellschaft").
 * Suffixes shorter than six letters must match whole words ("land" is not the head of "Russland").
 */
export function headOf(lex: ResolveLexicon, lower: string): Head | undefined {
  // the suffix search is pure and words repeat, so answers are kept (bounded, per built lexicon)
  const cached = lex.headCache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const found = findHead(lex, lower);
  if (lex.headCache.size > 50_000) lex.headCache.clear();
  lex.headCache.set(lower, found ?? null);
  return found;
}

function findHead(lex: ResolveLexicon, lower: string): Head | undefined {
  const exact = lex.heads.get(lower);
  if (exact) return exact;
  // German weak nouns in -e take -n in every other case ("Experten", "Kollegen", "Gesandten")
  if (lex.compoundHeads && lower.endsWith('en')) {
    const weak = lex.heads.get(lower.slice(0, -1));
    if (weak) return weak;
  }
  // the genitive of a short head ("des Bezirks", "des Rates")
  if (lex.compoundHeads && lower.endsWith('s')) {
    const base = lex.heads.get(lower.slice(0, -1)) ?? (lower.endsWith('es') ? lex.heads.get(lower.slice(0, -2)) : undefined);
    if (base) return base;
  }
  // a number before a hyphenated head in any language ("66-jährige", "74-year-old")
  const numbered = /^\d+-(\p{L}.*)$/u.exec(lower);
  if (numbered) return lex.heads.get(numbered[1]!);
  if (!lex.compoundHeads) return undefined;
  const dash = lower.lastIndexOf('-');
  if (dash >= 0) {
    const h = lex.heads.get(lower.slice(dash + 1));
    if (h) return h;
  }
  for (let i = 1; i <= lower.length - 4; i++) {
    const h = lex.heads.get(lower.slice(i));
    if (h && (lower.length - i >= 6 || h.suffix)) return h;
  }
  // genitive of a compound ("Außenministeriums")
  if (lower.length > 7 && lower.endsWith('s')) return findHead(lex, lower.slice(0, lower.endsWith('es') && !lex.heads.has(lower.slice(-7, -1)) ? -2 : -1));
  return undefined;
}

/** Whether a word is a known given name, also written with diacritics the list lacks ("Luís" as "Luis"). */
export function isGivenName(lex: ResolveLexicon, word: string): boolean {
  if (lex.givenNames.has(word)) return true;
  // (a word in ASCII has no marks to strip: NFD leaves it as it is, so the second lookup could not answer otherwise)
  return !isAscii(word) && lex.givenNames.has(word.normalize('NFD').replace(/\p{M}+/gu, ''));
}

/** Whether every UTF-16 code unit of a word is below 128. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}
