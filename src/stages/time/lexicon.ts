import { loadGrammar } from '../../resources/grammar.js';
import type { ResourceLoader } from '../../resources/loader.js';
import { loadSpeechVerbs } from '../../resources/speech-verbs.js';
import { prefixIndexOf, startIndexesOf, type DerivedStartFields, type ParserGate, type PrefixIndex, type WordFilter } from './trigger.js';
import { asArray, asBoolean, asEnum, asNumber, asObject, asRecord, asString, asStringArray } from '../../resources/validate.js';
import { loadCalendar } from '../../resources/calendar.js';
import { loadTimeZones } from '../../resources/time-zones.js';

/** Duration unit codes (TIMEX3 letters; MIN and DE/CE are spelled out because they need care when formatted). */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'Q';
/** Period parts and approximations the parsers can attach. */
export type PartMod = 'START' | 'MID' | 'END' | 'APPROX';
/** A vague reference value. */
export type VagueRef = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

const UNITS: readonly Unit[] = ['S', 'MIN', 'H', 'D', 'W', 'M', 'Y', 'DE', 'CE', 'Q'];
const MODS: readonly PartMod[] = ['START', 'MID', 'END', 'APPROX'];
const REFS: readonly VagueRef[] = ['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'];

/**
 * A class of word forms told by their ending (`time-grammar.json`): a lower-case word of
 * `minLength` letters or more that ends in one of `endings` and in none of `except`.
 */
export interface WordShape {
  readonly endings: readonly string[];
  readonly minLength: number;
  readonly except: readonly string[];
}

/** Whether a lower-case word has the shape (see {@link WordShape}). */
export function hasShape(w: string, s: WordShape): boolean {
  return w.length >= s.minLength && s.endings.some((e) => w.endsWith(e)) && !s.except.some((e) => w.endsWith(e));
}

/**
 * Everything the time stage knows about one language, with the scanner's parser gate built from it
 * once, when it is loaded (`load.ts`): the gate depends on the lexicon's words and is no memo of a
 * run.
 */
export interface TimeLexicon extends TimeWords {
  /** Which parsers each start word and token shape opens (see {@link ParserGate}). */
  readonly gate: ParserGate;
}

/**
 * The words and grammar the time stage knows of one language, read from `calendar.json`,
 * `time-words.json` and `time-grammar.json`. Words are lower-case. Stem tables are expanded with
 * the language's adjective endings at load time, so lookups at run time are single map hits.
 */
export interface TimeWords {
  readonly months: ReadonlyMap<string, number>;
  /** Month words that are also common words or abbreviations: they need a day, a year or a preposition. */
  readonly monthsNeedContext: ReadonlySet<string>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly numerals: ReadonlyMap<string, number>;
  /** Longest multi-word numeral, in words ("a half"). */
  readonly numeralMaxWords: number;
  /**
   * Fractions joined after any whole number, as word sequences with their value, longest first
   * ("two and a half years", "2 and a half hours": 2.5). German writes them as one word
   * ("zweieinhalb"), which `numerals` lists.
   */
  readonly numeralFractionJoins: readonly (readonly [readonly string[], number])[];
  readonly ordinals: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, Unit>;
  /**
   * Units that name a period only with a direction ("last quarter", "every quarter"): counted they
   * are fractions ("a quarter of voters", "three quarters"), not durations.
   */
  readonly periodOnlyUnits: ReadonlySet<string>;
  readonly pluralUnits: ReadonlyMap<string, Unit>;
  /** Second halves of compound duration adjectives ("tägige", "month"), with endings. */
  readonly unitStems: ReadonlyMap<string, Unit>;
  /** Last parts of age compounds ("old" in "nine-year-old"): not durations. */
  readonly ageWords: ReadonlySet<string>;
  /** Links before an age word after a duration ("of" in "five years of age"). */
  readonly ageLinks: ReadonlySet<string>;
  /**
   * Prepositions of an age group after a capitalised noun ("Kinder unter fünf Jahren", "Menschen über
   * 65 Jahren"; German, where nouns are capitalised): an age, not a time of the story.
   */
  readonly ageGroupPrepositions: ReadonlySet<string>;
  /** Prepositions of an age at an event ("starb mit 84 Jahren"; not before a noun: "mit zwei Jahren Verspätung"). */
  readonly ageAtPrepositions: ReadonlySet<string>;
  /** Words before which a regular past form is a participle or adjective ("is expected"), not past tense. */
  readonly participleAuxiliaries: ReadonlySet<string>;
  readonly vagueDurations: ReadonlyMap<string, Unit>;
  /** One-word durations of one unit ("yearlong", "decade-long", "weeklong": P1Y, P1DE, P1W), with the language's endings. */
  readonly unitDurations: ReadonlyMap<string, Unit>;
  readonly vagueQuantifiers: ReadonlySet<string>;
  readonly durationFillers: ReadonlySet<string>;
  /**
   * Inflected adjectives after a duration that make it a modifier of the next noun: "die zwei
   * Jahre dauernde Belagerung", "der drei Tage lange Marsch" (the article is the noun's). Built
   * from `durationAdjectiveStems` with the non-empty `endings` (the bare "lang" is `durationAfter`).
   */
  readonly durationAdjectives: ReadonlySet<string>;
  /** Words for one whole unit ("den ganzen Tag", "all day"): a duration of one. */
  readonly wholeWords: ReadonlySet<string>;
  /** Words after a counted duration that belong to it ("drei Monate lang"). */
  readonly durationAfter: ReadonlySet<string>;
  /** Comparisons before a counted duration ("mehr als", "more than"), as token sequences by first word, longest first. */
  readonly quantityModifiers: ByFirstWord<readonly string[]>;
  /** The first words of `quantityModifiers`, so that a parser can rule a token out at once. */
  readonly quantityModifierStarts: ReadonlySet<string>;
  /**
   * The mod a strict comparison gives a counted duration ("more than a year" AFTER, "weniger als
   * drei Tage" BEFORE: TIMEX2 MORE_THAN/LESS_THAN in the gold format's mods), keyed by the
   * space-joined `quantityModifiers` phrase; bounds ("bis zu", "up to", "mindestens") have none.
   */
  readonly comparativeMods: ReadonlyMap<string, 'BEFORE' | 'AFTER'>;
  /**
   * Bounds of a date, before it ("frühestens 2027", "spätestens im Juni", "vor dem Sommer", "no later
   * than March", "before the summer") or after it ("2027 at the earliest"): the mod (BEFORE, AFTER),
   * the bound joins the span. As token sequences with their mod.
   */
  readonly dateBoundsBefore: readonly (readonly [readonly string[], 'BEFORE' | 'AFTER'])[];
  readonly dateBoundsAfter: readonly (readonly [readonly string[], 'BEFORE' | 'AFTER'])[];
  /** Negations before a comparison ("nicht länger als", "no more than"): a bound, inside the extent. */
  readonly negations: ReadonlySet<string>;
  /** Bounds of frequent words before a counted duration ("at least"), read leftwards from the quantity, as token sequences. */
  readonly boundsBefore: readonly (readonly string[])[];
  readonly approx: ReadonlyMap<string, PartMod>;
  /** "Mitte", "Ende", "early"; multi-word ones ("the end of") are split into token sequences. */
  readonly periodParts: ReadonlyMap<string, PartMod>;
  /** Period parts before a hyphen ("mid-July", "late-October", and those only written so: "end-March", "end-2025"). */
  readonly hyphenPeriodParts: ReadonlyMap<string, PartMod>;
  /** Multi-word period parts ("the end of", "zu Beginn") as token sequences by first word, longest first. */
  readonly periodPartPhrases: ByFirstWord<readonly [readonly string[], PartMod]>;
  readonly partAdjectives: ReadonlyMap<string, PartMod>;
  readonly dayOffsets: ReadonlyMap<string, number>;
  readonly today: ReadonlySet<string>;
  /** One word for a part of the publication day ("tonight" → NI). */
  readonly partOfDayWords: ReadonlyMap<string, string>;
  /** Words for the night around the report ("overnight"): the night before in a past clause, else the coming one. */
  readonly overnightWords: ReadonlySet<string>;
  /** Particles before "heute"/"today" that make it the lasting present ("noch heute", "bis heute", "still today"): PRESENT_REF in any tense but for `laterTodayParticles`. */
  readonly presentParticles: ReadonlySet<string>;
  /**
   * Those of `presentParticles` that, in a clause looking ahead, mean "before the day is out"
   * ("soll noch heute fallen": the publication day) rather than the lasting present ("steht noch heute").
   */
  readonly laterTodayParticles: ReadonlySet<string>;
  readonly vagueWords: ReadonlyMap<string, VagueRef>;
  /** Adjectives of vague reference ("baldige"): unlike adverbs they are kept in past-tense clauses. */
  readonly vagueAdjectives: ReadonlyMap<string, VagueRef>;
  /** Phrases of vague reference ("Vor einiger Zeit", "In the past") as token sequences by first word, longest first. */
  readonly vaguePhrases: ByFirstWord<readonly [readonly string[], VagueRef]>;
  readonly direction: ReadonlyMap<string, number>;
  readonly agoBefore: ReadonlySet<string>;
  readonly agoAfter: ReadonlySet<string>;
  readonly laterWords: ReadonlySet<string>;
  /** Adverbial unit words before a later word without a preposition ("tags darauf"). */
  readonly adverbialUnits: ReadonlyMap<string, Unit>;
  /** The later words that look back ("zuvor", "earlier"): "zwei Jahre zuvor" lies before its anchor. */
  readonly earlierWords: ReadonlySet<string>;
  /**
   * Later words that are also prepositions ("before", "after"): a later word only before a pause
   * ("the day before," but not "the day before the vote", which is anchored to an event).
   */
  readonly pauseLaterWords: ReadonlySet<string>;
  /** Position words before a relative period ("earlier this year"): part of the span, value unchanged. */
  readonly relativeModifiers: ReadonlySet<string>;
  /**
   * Determiners pointing back to a time the text named ("that year", "in jenem Jahr"): the current
   * period of a narrative's running date; in news the time they point to is unknown (not read).
   */
  readonly anaphoric: ReadonlySet<string>;
  /**
   * Direction words of the same period that point back to one the text named ("am selben Abend",
   * "the same day"; not "dies", "this", which point at the publication date): in news the day of
   * such a day or part of a day is the day the text is talking about, not the publication day.
   */
  readonly sameDirection: ReadonlySet<string>;
  readonly inFuture: ReadonlySet<string>;
  /**
   * Words before "in" + a counted period that make it the period itself ("the highest in 80 years",
   * "first time in decades"; see `withinCueBefore`): word sequences (lower-case, split at spaces) of a
   * superlative or a first time, and (derived) each `withinCueSuperlatives` word after each
   * `attributiveDeterminers` word ("the most", "its best": superlatives only with a determiner, as
   * "Most will return in two weeks" shows).
   */
  readonly withinCues: readonly (readonly string[])[];
  /** Direction words that after an article make a single unit the period up to now ("the past week": P1W). */
  readonly spanDirections: ReadonlySet<string>;
  readonly seasons: ReadonlyMap<string, string>;
  readonly dayParts: ReadonlyMap<string, string>;
  /**
   * Parts of the day only after a part adjective ("the early hours of Sunday" MO): alone the word is
   * a unit ("in the hours after the attack", "Sunday hours after").
   */
  readonly adjectiveDayParts: ReadonlyMap<string, string>;
  /**
   * Parts of the day that only follow a weekday, as a word or inside a compound ("Dienstag früh",
   * "Dienstagfrüh" → MO); alone they are adverbs ("zu früh"), so they are not `dayParts`.
   */
  readonly weekdayParts: ReadonlyMap<string, string>;
  /** Movable feasts as token sequences with [base feast, offset in days], by first word, longest first. */
  readonly movableHolidays: ByFirstWord<readonly [readonly string[], readonly ['easter' | 'thanksgiving', number]]>;
  /** Fixed-date holidays as token sequences with [month, day], by first word, longest first. */
  readonly holidays: ByFirstWord<readonly [readonly string[], readonly [number, number]]>;
  /** Prefixes of season compounds with their mod ("Spätsommer" → END). */
  readonly seasonPrefixes: ReadonlyMap<string, PartMod>;
  /** Last parts of season compounds that still name the season ("Sommermonate", "Wintermonaten"). */
  readonly seasonSuffixes: readonly string[];
  /** Single words naming a period relative to the reference ("Vorjahr": year −1). */
  readonly relativeWords: ReadonlyMap<string, readonly [Unit, number]>;
  /** Relative words only a narrative reads ("Vorabend"): in news they point to the eve of an event of the story, no day of the calendar. */
  readonly narrativeRelativeWords: ReadonlySet<string>;
  /** Period parts of the turn of a year ("Jahreswende", "Jahreswechsel"): a part only with a year after them (see `pPartCompound`). */
  readonly yearTurnWords: ReadonlySet<string>;
  /** Words linking a part of the day to its date ("am Abend des 6. Juni", "the morning of June 6"). */
  readonly dayPartLinks: ReadonlySet<string>;
  /** Words after a clock number ("Uhr", "p.m."): value "am", "pm" or "" (24-hour). */
  readonly clockWords: ReadonlyMap<string, string>;
  /** Time zones after a clock time ("23:01 Uhr MEZ", "3 p.m. EST", "14 Uhr Ortszeit"): the common abbreviations and the language's words. */
  readonly timeZones: ReadonlySet<string>;
  /** Time zones of several words after a clock time ("Eastern time", "Moskauer Zeit"), as token sequences, longest first. */
  readonly timeZonePhrases: readonly (readonly string[])[];
  /** Named hours ("Mitternacht" 24:00, "noon" 12:00) as [hour, minute]. */
  readonly clockNames: ReadonlyMap<string, readonly [number, number]>;
  /** Parts of the day after a clock time ("5 Uhr morgens", "10 Uhr abends"): am, pm, or night (before 6: am). */
  readonly clockDayParts: ReadonlyMap<string, 'am' | 'pm' | 'night'>;
  /** Words between the two days of a night ("in der Nacht vom 5. auf den 6. Juni"). */
  readonly nightRangeLinks: ReadonlySet<string>;
  /**
   * In news: the words before a part of the day with no date of its own that make it a part of the
   * day the text is talking about ("am Abend", "in der Nacht", "in the evening"), as token sequences,
   * longest first (see `bareDayPartAt`).
   */
  readonly bareDayPartPrepositions: readonly (readonly string[])[];
  /**
   * In a narrative: the words before an ordinal day with no month that make it a day of the running
   * month ("am 6.", "on the 6th", "am Morgen des 6.", "the morning of the 6th"), as token sequences
   * (see `bareDayOfMonth`).
   */
  readonly bareDayOpeners: readonly (readonly string[])[];
  /** Words after an intention verb that open a request's object before its to-infinitive ("called on supporters to rally"). */
  readonly intentionObjectLinks: ReadonlySet<string>;
  /** Words that add two durations of descending units into one ("sechs Jahre und drei Monate": P6Y3M). */
  readonly durationJoins: ReadonlySet<string>;
  /** Last parts of month-half compounds ("Januarhälfte"). */
  readonly monthHalfSuffixes: readonly string[];
  /** Last parts of month compounds naming its days ("Augusttagen"): the month, START after "ersten", END after "letzten". */
  readonly monthDaySuffixes: readonly string[];
  /** One-word period parts with their unit ("Jahresende" → year, END; "year-end"). */
  readonly partCompounds: ReadonlyMap<string, readonly [Unit, PartMod]>;
  readonly timesWords: ReadonlyMap<string, number>;
  readonly timesSuffix: ReadonlySet<string>;
  readonly setLinks: readonly (readonly string[])[];
  readonly everyWords: ReadonlySet<string>;
  readonly setWords: ReadonlyMap<string, string>;
  readonly setWeekdays: ReadonlyMap<string, number>;
  readonly decadeSuffixes: readonly string[];
  /** Decade words ("zwanziger", "sixties") with their digit (2 → the 1920s). */
  readonly decadeWords: ReadonlyMap<string, number>;
  /** Whether a decade word needs a following decade noun ("zwanziger Jahre"). */
  readonly decadeWordsNeedNoun: boolean;
  /** Era markers after a year, as token sequences ("v. Chr.", "BC"; "n. Chr.", "AD"). */
  readonly eraBefore: readonly (readonly string[])[];
  readonly eraAfter: readonly (readonly string[])[];
  /** Words joining the two ends of a range or list ("bis", "und", "to"). */
  readonly rangeWords: ReadonlySet<string>;
  readonly decadeNouns: ReadonlySet<string>;
  readonly centuryWords: ReadonlySet<string>;
  readonly weekWords: ReadonlySet<string>;
  /** Words for the weekend ("Wochenende", "weekend"). */
  readonly weekendWords: ReadonlySet<string>;
  readonly quarterWords: ReadonlyMap<string, 'Q' | 'H'>;
  /** Quarter words that are also common nouns ("Hälfte"): a quarter only with a year ("des Jahres 1944"). */
  readonly quarterWordsNeedYear: ReadonlySet<string>;
  /**
   * Fraction nouns of a century or decade with their number of parts ("Drittel" 3, "Viertel" 4,
   * "third" 3, "quarter" 4): "im letzten Drittel des 19. Jahrhunderts" is the century with END.
   */
  readonly periodFractions: ReadonlyMap<string, number>;
  /**
   * Words that tie a vague phrase to an event after it ("zur Zeit der Römer", "at the time of the
   * war"): before a capitalised word or an article the phrase is event-anchored, not markable.
   */
  readonly eventLinks: ReadonlySet<string>;
  readonly yearNouns: ReadonlySet<string>;
  /** Endings of compound year nouns before a year ("im Kriegsjahr 1916", "das Haushaltsjahr 1915"): part of the date. */
  readonly yearNounSuffixes: readonly string[];
  /** Contractions that link a date to its year noun like an article ("am 1. Januar im Jahre 1801"). */
  readonly yearNounLinks: ReadonlySet<string>;
  /**
   * Nouns of a year-long period other than the calendar year (fiscal and school years, seasons):
   * before a year they join it ("fiscal 2026", "Saison 2025"), and next to a year with a short second
   * year they make one period of it, the first year's ("the 2025/26 season", "Saison 2025/26"; a
   * compound year noun does the same: "im Schuljahr 2026/27"), not a range of two.
   */
  readonly periodYearNouns: ReadonlySet<string>;
  readonly nonYearBefore: ReadonlySet<string>;
  readonly nonYearAfter: ReadonlySet<string>;
  /**
   * Plural number words ("millions", "Tausende") that a year before them does not count: "Between 1914
   * and 1918 millions died" names two years (no one counts 1918 millions); unless a counted noun or
   * unit follows them ("2000 Millionen Euro", "1500 Millionen Menschen": `nonYearAfter`).
   */
  readonly magnitudePlurals: ReadonlySet<string>;
  /** How a counted plural noun looks after a number: German nouns are capitalised, English plurals end in -s. */
  readonly countNounShape: 'capitalised' | 'plural-s';
  readonly numericDateOrder: 'DMY' | 'MDY';
  /** Whether an ordinal word right before a month is its day ("am ersten September"; English needs "the first of May"). */
  readonly ordinalDayBeforeMonth: boolean;
  readonly prepositions: ReadonlySet<string>;
  /** Prepositions that open a lexicon phrase ("zu" of "zu Beginn"): in the span, not in the core extent. */
  readonly innerPrepositions: ReadonlySet<string>;
  /** Nouns of complex prepositions, between a preposition and an article ("im Laufe des"). */
  readonly prepositionNouns: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  /** Words after which a bare month name is a month ("zwischen Mai und Juni"), besides prepositions and articles. */
  readonly monthLeftContext: ReadonlySet<string>;
  /** Prepositions that look back ("seit", "since"): the expression lies before publication. */
  readonly pastPrepositions: ReadonlySet<string>;
  /**
   * Endings of inflected adjectives: a lower-case word with one between an article (or a preposition)
   * and an expression is a premodifier of its noun ("im kalten Winter 1946/47"); empty where
   * adjectives are not inflected.
   */
  readonly adjectiveEndings: readonly string[];
  /** Prepositions that make a year approximate ("um 1900", "um das Jahr 1000": APPROX; not a clock time). */
  readonly approxPrepositions: ReadonlySet<string>;
  /** Words that make a clock time approximate ("gegen 7.20 Uhr", "around 6:15 am"). */
  readonly clockApproxWords: ReadonlySet<string>;
  /**
   * Prepositions that name the day a plan is for ("a strike for Tuesday", "für Samstag angesetzt"):
   * a weekday after them lies ahead. Not for months: "figures for March" are past data.
   */
  readonly futureDayPrepositions: ReadonlySet<string>;
  /** Deadline and starting-point prepositions ("zum", "ab", "by", "from"): a month or date after one in a clause without past tense lies ahead. */
  readonly futureDatePrepositions: ReadonlySet<string>;
  /**
   * Prepositions that end a span at a time ("bis", "until"): a midnight joined to a day after one
   * closes that day ("until midnight on Wednesday": Wednesday T24:00), it does not open it.
   */
  readonly dayEndPrepositions: ReadonlySet<string>;
  /**
   * Determiners after which a past form before a word is an attributive participle or a noun, no
   * tense ("die verhängte Ausgangssperre gilt bis Sonntag", "the proposed ban takes effect on
   * Monday", "den Stand der Dinge"). Not words that are also pronouns before a verb ("Das erklärte
   * er am Montag", "Dieser sagte", "This came after", "that").
   */
  readonly attributiveDeterminers: ReadonlySet<string>;
  readonly pastCues: ReadonlySet<string>;
  /** A tense cue right after one of these is an infinitive ("zu werden"), not a tense. */
  readonly infinitiveMarkers: ReadonlySet<string>;
  /**
   * The shape of an infinitive after such a marker ("zu überqueren"; German: a marker that is also a
   * preposition, "zu Beginn", "zu den Gesprächen", "zu früh", opens no infinitive).
   */
  readonly infinitiveForm: WordShape;
  /** Modal verbs: a past cue right after one is a bare infinitive ("could cut rates by March"), no tense. */
  readonly modalVerbs: ReadonlySet<string>;
  readonly futureCues: ReadonlySet<string>;
  /**
   * Verbs of inviting (`invitationVerbs`) and the links that open the event invited to
   * (`invitationLinks`: "invited union leaders to talks on Monday", "lud zu Gesprächen am Montag
   * ein"): a weekday after such a link lies ahead of the invitation, also in a past clause.
   */
  readonly invitationVerbs: ReadonlySet<string>;
  readonly invitationLinks: ReadonlySet<string>;
  /**
   * Future cues that are part of a complex preposition before a word ("due to the storm", "due to
   * heavy rain": a cause, not a schedule): cue → the words after which it is none. The cue's
   * to-infinitive ("due to arrive") is an intention verb's (`intentionVerbs`).
   */
  readonly futureCuePrepositions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Future cues that also form the passive ("wird geschlossen"); with a participle in the clause they are not future. */
  readonly passiveAuxiliaries: ReadonlySet<string>;
  /**
   * Future-in-the-past auxiliaries ("said it would hold talks on Friday"): they make an expression
   * after them in their own clause future, but say nothing about the rest of the sentence ("his vow
   * on Monday that there would be", "has vowed it would …, calling Monday's drills").
   */
  readonly futureInPastCues: ReadonlySet<string>;
  /**
   * Verbs whose to-infinitive names a later act ("agreed to meet in January", "vowed to retaliate on
   * Friday"); in German also before a zu-infinitive clause ("hätten zugesagt, … abzuziehen"), and
   * a separable verb with its particle as two words ("sagten zu").
   */
  readonly intentionVerbs: ReadonlySet<string>;
  /** The two-word `intentionVerbs` ("sagten zu") by their first word, so that a scan needs no string per token. */
  readonly intentionPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Words that open a purpose clause with a clause-final zu-infinitive ("um … abzureisen"): its
   * expressions lie ahead of the main clause, as those of a zu-infinitive after an intention verb do
   * ("hätten zugesagt, ihre Kämpfer bis Freitag abzuziehen").
   */
  readonly purposeMarkers: ReadonlySet<string>;
  /**
   * Auxiliaries of a perfect infinitive or gerund, which tell a past act: German after a participle and "zu" ("dort gewesen
   * zu sein", "getroffen zu haben"), English before a participle ("to have shot down", "having fired").
   */
  readonly perfectInfinitives: ReadonlySet<string>;
  /** Verbs of judging whose gerund object is a deed done ("accused … of launching", "jailed for throwing"; English; see `judgementPrepositions`). */
  readonly judgementVerbs: ReadonlySet<string>;
  /** Prepositions that join a judging verb to its gerund ("of", "for"). */
  readonly judgementPrepositions: ReadonlySet<string>;
  /** Bare infinitives of the passive auxiliary: a past participle after one is no past form ("is to be held", "could be signed"; English). */
  readonly passiveInfinitives: ReadonlySet<string>;
  /** Prepositions that may open a German extended attribute after its determiner ("die von der EU verhängten Sanktionen"). */
  readonly attributePrepositions: ReadonlySet<string>;
  /** Gerunds of intending, which name no deed done ("accused of planning an attack on Sunday"; see `judgementVerbs`). */
  readonly intentionGerunds: ReadonlySet<string>;
  /** Future cues that are also nouns ("plan"): after one of `determiners` ("the plan") they are no cue. */
  readonly nounFutureCues: ReadonlySet<string>;
  /** Auxiliaries of the perfect ("ist … gescheitert"): past when the clause holds a past participle. */
  readonly perfectAuxiliaries: ReadonlySet<string>;
  /** "haben" forms of the perfect: past with any participle, also one without "ge-" ("haben … verhandelt"). */
  readonly havePerfectAuxiliaries: ReadonlySet<string>;
  /**
   * Auxiliaries of the past perfect ("war … gefallen"; with a participle in their clause): a narrative's
   * bare weekday in such a clause lies before the running day, not after it.
   */
  readonly pluperfectAuxiliaries: ReadonlySet<string>;
  /** "haben" forms of the past perfect ("hatte … verhandelt", "had signed"), as `havePerfectAuxiliaries` for the perfect. */
  readonly havePluperfectAuxiliaries: ReadonlySet<string>;
  /** Irregular participles no past cue lists ("had fallen", "had been"): with a past-perfect auxiliary they make its clause past perfect. */
  readonly pluperfectParticiples: ReadonlySet<string>;
  /** Separable verb prefixes: the participle has "ge" after them ("angekommen", "zurückgetreten"); shared, from grammar.json. */
  readonly separablePrefixes: readonly string[];
  /** Inseparable verb prefixes: the participle has no "ge" ("verhandelt", "beschlossen"). */
  readonly inseparablePrefixes: readonly string[];
  /** Separable and inseparable prefixes in one list (derived; a past cue behind either counts: "ausbrachen", "bestand"). */
  readonly verbPrefixes: readonly string[];
  /** {@link verbPrefixes} grouped by their opening letters (derived), so a word's shape test looks at the few that share its opening. */
  readonly verbPrefixIndex: PrefixIndex;
  /** Determiners that make a `nounFutureCues` word a noun ("the plan", "their plans"). */
  readonly determiners: ReadonlySet<string>;
  /** Prefixes of past participles ("ge"). */
  readonly participlePrefixes: readonly string[];
  /** Regular past forms by ending ("announced"; German weak preterites in -ierte, "telefonierte"). */
  readonly regularPast: WordShape;
  readonly clauseBreakers: ReadonlySet<string>;
  /**
   * Comparatives after which a clause breaker is the comparison's particle, no new clause ("Die
   * Preise stiegen um mehr als drei Prozent in zwei Monaten": "als" opens no verbless clause).
   */
  readonly comparativeWords: ReadonlySet<string>;
  /**
   * Particles of a comparison ("als", "than"): a later word before one is a comparative, no direction
   * ("im Juli früher als sonst", "in July later than usual"; see `pMonth`, `pSeason`).
   */
  readonly comparisonParticles: ReadonlySet<string>;
  /**
   * TIMEX2 extents (`timex2.ts`): prepositions that tie a unit to an event after it ("zwei Tage nach
   * dem Angriff", "two days after the attack"), determiners that open the event's noun phrase, words
   * that link a genitive postmodifier ("des Krieges", "of the war"), prepositions before a name in
   * it ("der Schlacht von Boquerón"), and endings of event nouns that stand without an article
   * ("nach Kriegsende").
   */
  readonly anchorPrepositions: ReadonlySet<string>;
  readonly nounDeterminers: ReadonlySet<string>;
  /**
   * Every inflected form of a determiner (derived: `determinerStems` × `adjectiveEndings`: "einen",
   * "seine", "diese", "jede"), which have an adjective's endings but are none (German; empty where
   * adjectives are not inflected).
   */
  readonly determinerForms: ReadonlySet<string>;
  readonly genitiveLinks: ReadonlySet<string>;
  readonly nameLinks: ReadonlySet<string>;
  readonly anchorNounSuffixes: readonly string[];
  /**
   * TIMEX2 extents (`timex2.ts`), German: articles that stay out of an expression they open, as a
   * preposition fused with its article does ("am 8. Mai", "im Laufe", "zur Jahreswende"): the dative
   * and genitive forms that mark the case a preposition governs ("nach dem 8. Mai 1945", "im Laufe des
   * Jahres 1943", "in der Nacht zum 22. Juni", "während der 1920er Jahre": WikiWarsDE's convention, as
   * HeidelTime's German rules extract these expressions), and before a day date every form of its
   * masculine article ("bis auf den 5. Mai"); English articles never fuse and stay in (both empty).
   */
  readonly timex2CaseArticles: ReadonlySet<string>;
  readonly timex2DayArticles: ReadonlySet<string>;
  /**
   * The nominative and accusative articles that stay out before a singular period noun or a year noun
   * right after them ("das Jahr 1945", "den Sommer 1942", "die Nacht vom 5. auf den 6. Juni", "das 19.
   * Jahrhundert", "in den Jahren 1939 bis 1945"; the neuter one fuses too: "ins Jahr 1945"), but not before
   * a plural period or an adjective ("die 1920er Jahre", "in den folgenden Tagen", "die folgende Woche",
   * "den ganzen Sommer"), which HeidelTime's rules read with their article.
   */
  readonly timex2NounArticles: ReadonlySet<string>;
  /**
   * TIMEX2 extents (`timex2.ts`), German: a postposition after a counted period stays out of the extent
   * as a preposition does ("drei Jahre lang" as "für drei Jahre": "drei Jahre"; it names no other
   * period, the value is the duration either way; HeidelTime extracts it so); English empty.
   */
  readonly timex2Postpositions: ReadonlySet<string>;
  /**
   * Whether a weekday in a clause with a verb of its own takes that clause's tense only (German,
   * where a reported past takes an auxiliary; English reported speech keeps simple past forms the
   * cue lists miss, so the sentence's tense is safer there).
   */
  readonly verbClauseTense: boolean;
  /** Endings of participles without a prefix ("telefoniert"): a perfect with "haben". */
  readonly participleSuffixes: readonly string[];
  /**
   * English present forms a weekday after them takes as present, not the sentence's past (see
   * `presentBefore` in refine.ts): auxiliaries of the progressive ("said the minister is travelling
   * to Brussels on Thursday"), and relative markers before a verb in -s ("a truce that takes effect
   * on Friday"). Empty in German, where `verbClauseTense` does this.
   */
  readonly progressiveAuxiliaries: ReadonlySet<string>;
  /**
   * German weak preterites the cue lists cannot all hold ("versammelten", "kletterte"; see
   * `weakPastVerb` in refine.ts): not subjunctive modals and auxiliaries ("sollte", "würde") nor
   * present forms of verbs whose stem ends in -t ("beraten", "halte", and with a prefix "erhalten").
   */
  readonly weakPreterite: WordShape;
  /** English progressive participles ("travelling") and present forms in -s ("takes"; see `presentBefore`). */
  readonly progressiveForm: WordShape;
  readonly presentThirdPerson: WordShape;
  readonly relativeMarkers: ReadonlySet<string>;
  /** Present forms of report verbs, with which news tells the day just past ("says", "meldet"; see `reportInClause`). */
  readonly presentReportVerbs: ReadonlySet<string>;
  /**
   * Forms of report and thought verbs (English, see `presentBefore`): after a past one ("said", "told", "hoped"), a noun
   * and a present form in -s open a reported clause ("said the minister leaves on Sunday"); after any other past verb
   * they are its object, a noun and a plural ("arrested two opposition leaders on Monday"). The forms of the verbs of
   * saying that take a clause (speech-verbs.json, shared with the quotes stage) and time-grammar `thoughtVerbs`.
   */
  readonly reportVerbForms: ReadonlySet<string>;
  /** Frequent lower-case words that are no verbs, which a clause's own verb must not be ("zuletzt", "nicht"; German, see `ownClauseVerb`). */
  readonly clauseAdverbs: ReadonlySet<string>;
  /**
   * Words that open the phrase of an earlier event ("after", "following", "follows", "nach", "seit",
   * "folgt"): a day named inside such a phrase of a clause that is not future lies before its verb,
   * so it is past ("The move follows clashes on Tuesday", "nach einem Angriff am Sonntag"; see `earlierAnchored`).
   */
  readonly earlierAnchors: ReadonlySet<string>;
  /**
   * Earlier anchors that also tell a direction ("nach Ankara"): they open an event phrase only before
   * an article, a determiner or an inflected adjective ("nach dem Anschlag", "nach schweren Kämpfen").
   */
  readonly directionAnchors: ReadonlySet<string>;
  /** Endings of a present participle's stem ("beginnend-e"; German), which an extended attribute leaves to its clause's tense. */
  readonly presentParticipleEndings: readonly string[];
  /**
   * Words of harm that no one schedules ("killed", "dies", "sterben", "ums Leben"): news tells deaths
   * and injuries of the last days in the present ("Bei einem Anschlag sterben am Dienstag zwölf
   * Menschen", "At least four people are killed on Tuesday"), so such a clause names no schedule.
   * Words separated by spaces.
   */
  readonly harmWords: readonly (readonly string[])[];
  /** {@link harmWords} by their first word (derived): a clause's tokens ask only the phrases they can open. */
  readonly harmWordsByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * Contracted prepositions that tie a date to the noun before it as the day of its event, outside the
   * expression's span ("die Wahl vom Sonntag", "der Vertrag vom Juni 2024"; German "vom"): such a day
   * is past unless a range word follows ("vom 3. bis 5. März"), and a bare season may follow them
   * ("vom Frühjahr bis zum Herbst").
   */
  readonly eventDateLinks: ReadonlySet<string>;
  /**
   * Phrases that compare with an earlier value ("up from", "compared with", "than", "gegenüber"): a
   * month or day after one in a present clause is the comparison's base, past ("The rate is up from
   * 4.1 percent in August"; see `earlierAnchored`). Words separated by spaces.
   */
  readonly comparisonAnchors: readonly (readonly string[])[];
  /** {@link comparisonAnchors} by their last word (derived): a token asks only the phrases it can close. */
  readonly comparisonAnchorsByLast: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * Endings of nouns of unforeseen harm ("blast", "earthquake", "Explosion", "Busunglück"): a day in such a noun's
   * phrase with no verb between names the event's day, which no one schedules ("Police are investigating a
   * blast on Tuesday", "Die Polizei ermittelt zu der Explosion am Montag"): past unless the clause is future.
   * Matched as word endings (German compounds); in German the noun must be capitalised.
   */
  readonly harmNounEndings: readonly string[];
  /** Reflexive pronouns that may stand between a verb and the expression after it ("ereignete sich am Montag"; German). */
  readonly reflexivePronouns: ReadonlySet<string>;
  /** Words after which a word in -s is a plural noun, not a present verb ("of protesters", "and officials"; English). */
  readonly pluralNounAfter: ReadonlySet<string>;
  /** Every word a parser can start with (derived, see `trigger.ts`). */
  readonly startWords: ReadonlySet<string>;
  /** A filter of {@link startWords}, asked before the set (derived, see `trigger.ts`). */
  readonly startFilter: WordFilter;
  /** Numerals that can open a closed compound ("zwei" in "zweiwöchige"; derived, see `trigger.ts`). */
  readonly numeralPrefixes: PrefixIndex;
  /** First words of the multi-word numerals and vague quantifiers ("a" of "a half", "a few"; derived, see `trigger.ts`). */
  readonly multiWordStarts: ReadonlySet<string>;
  /** Openings of long capitalised calendar compounds: weekdays ("Dienstagabend"), decade words ("Achtzigerjahre"; derived, see `trigger.ts`). */
  readonly compoundPrefixes: PrefixIndex;
  /** Season compounds with a prefix or suffix ("Spätsommer", "Sommermonate"; derived, see `trigger.ts`). */
  readonly seasonCompounds: ReadonlySet<string>;
  /** A filter of {@link seasonCompounds}, asked before the set (derived, see `trigger.ts`). */
  readonly seasonFilter: WordFilter;
}

const lower = (s: string): string => s.toLowerCase();

/** A word without a possessive ending, as tokens are looked up ("year's" → "year"). */
export function noPossessive(l: string): string {
  const n = l.length;
  return n > 3 && l[n - 1] === 's' && (l[n - 2] === "'" || l[n - 2] === '’') ? l.slice(0, -2) : l;
}

/** Word sequences grouped by one of their words (`key`: the first, the last), in list order. */
function phrasesBy(phrases: readonly (readonly string[])[], key: (ph: readonly string[]) => string): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const ph of phrases) {
    const group = out.get(key(ph));
    if (group) group.push(ph);
    else out.set(key(ph), [ph]);
  }
  return out;
}

/** Expands stems with every ending into one map ("früh" + "en" → "frühen"). */
function expand<T>(stems: Record<string, T>, endings: readonly string[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const [stem, v] of Object.entries(stems)) for (const e of endings) out.set(lower(stem + e), v);
  return out;
}

const phrases = <T>(rec: Record<string, T>): [string[], T][] =>
  Object.entries(rec)
    .map(([k, v]): [string[], T] => [lower(k).split(' '), v])
    .sort((a, b) => b[0].length - a[0].length);

/**
 * Phrase entries grouped by their first word, each group in list order. A parser that tried every
 * phrase of a long list at every start token ("Weihnachten", "in the coming days") spent most of
 * its time on phrases that could not match; it looks up the group of its token instead.
 */
export type ByFirstWord<T> = ReadonlyMap<string, readonly T[]>;

/** Groups a phrase list by first word (see {@link ByFirstWord}); built once, when the lexicon is loaded. */
export function byFirstWordIndex<T>(list: readonly T[], words: (x: T) => readonly string[]): ByFirstWord<T> {
  const index = new Map<string, T[]>();
  for (const x of list) {
    const first = words(x)[0] ?? '';
    const group = index.get(first);
    if (group) group.push(x);
    else index.set(first, [x]);
  }
  return index;
}

/** The words of a phrase entry `[words, value]`. */
const phraseWords = <T>(x: readonly [readonly string[], T]): readonly string[] => x[0];

const lowerMap = <T>(rec: Record<string, T>): Map<string, T> => new Map(Object.entries(rec).map(([k, v]) => [lower(k), v]));
const lowerSet = (xs: readonly string[]): Set<string> => new Set(xs.map(lower));

/** Two-word entries ("sagten zu") as first word → second words. */
function pairsByFirst(xs: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of xs) {
    const [a, b, ...rest] = lower(x).split(' ');
    if (a === undefined || b === undefined || rest.length > 0) continue;
    let set = out.get(a);
    if (!set) out.set(a, (set = new Set()));
    set.add(b);
  }
  return out;
}

/** Validates `time-words.json`. */
function readWords(raw: unknown, where: string) {
  const o = asObject(raw, where);
  const unit = (x: unknown, w: string, p: string): Unit => asEnum(x, w, p, UNITS);
  const mod = (x: unknown, w: string, p: string): PartMod => asEnum(x, w, p, MODS);
  const ref = (x: unknown, w: string, p: string): VagueRef => asEnum(x, w, p, REFS);
  return {
    endings: asArrayOfStrings(o.endings, where, 'endings'),
    numerals: asRecord(o.numerals, where, 'numerals', asNumber),
    numeralFractionJoins: asRecord(o.numeralFractionJoins ?? {}, where, 'numeralFractionJoins', asNumber),
    ordinals: asRecord(o.ordinals, where, 'ordinals', asNumber),
    units: asRecord(o.units, where, 'units', unit),
    periodOnlyUnits: asStringArray(o.periodOnlyUnits, where, 'periodOnlyUnits'),
    pluralUnits: asRecord(o.pluralUnits, where, 'pluralUnits', unit),
    unitStems: asRecord(o.unitStems, where, 'unitStems', unit),
    ageWords: asArrayOfStrings(o.ageWords, where, 'ageWords'),
    ageLinks: asArrayOfStrings(o.ageLinks, where, 'ageLinks'),
    ageGroupPrepositions: asArrayOfStrings(o.ageGroupPrepositions, where, 'ageGroupPrepositions'),
    ageAtPrepositions: asArrayOfStrings(o.ageAtPrepositions, where, 'ageAtPrepositions'),
    vagueDurationStems: asRecord(o.vagueDurationStems, where, 'vagueDurationStems', unit),
    unitDurationStems: asRecord(o.unitDurationStems, where, 'unitDurationStems', unit),
    vagueQuantifiers: asStringArray(o.vagueQuantifiers, where, 'vagueQuantifiers'),
    durationFillers: asStringArray(o.durationFillers, where, 'durationFillers'),
    durationAfter: asArrayOfStrings(o.durationAfter, where, 'durationAfter'),
    wholeWords: asArrayOfStrings(o.wholeWords, where, 'wholeWords'),
    durationAdjectiveStems: asArrayOfStrings(o.durationAdjectiveStems, where, 'durationAdjectiveStems'),
    quantityModifiers: asStringArray(o.quantityModifiers, where, 'quantityModifiers'),
    comparativeMods: asRecord(o.comparativeMods ?? {}, where, 'comparativeMods', (x, w, p) => asEnum(x, w, p, ['BEFORE', 'AFTER'] as const)),
    dateBoundsBefore: asRecord(o.dateBoundsBefore ?? {}, where, 'dateBoundsBefore', (x, w, p) => asEnum(x, w, p, ['BEFORE', 'AFTER'] as const)),
    dateBoundsAfter: asRecord(o.dateBoundsAfter ?? {}, where, 'dateBoundsAfter', (x, w, p) => asEnum(x, w, p, ['BEFORE', 'AFTER'] as const)),
    negations: asArrayOfStrings(o.negations ?? [], where, 'negations'),
    boundsBefore: asArrayOfStrings(o.boundsBefore ?? [], where, 'boundsBefore'),
    approx: asRecord(o.approx, where, 'approx', mod),
    periodParts: asRecord(o.periodParts, where, 'periodParts', mod),
    hyphenPeriodParts: asRecord(o.hyphenPeriodParts, where, 'hyphenPeriodParts', mod),
    partAdjectiveStems: asRecord(o.partAdjectiveStems, where, 'partAdjectiveStems', mod),
    dayOffsets: asRecord(o.dayOffsets, where, 'dayOffsets', asNumber),
    dayOffsetStems: asRecord(o.dayOffsetStems, where, 'dayOffsetStems', asNumber),
    today: asStringArray(o.today, where, 'today'),
    partOfDayWords: asRecord(o.partOfDayWords, where, 'partOfDayWords', (x, w, p) => asEnum(x, w, p, ['MO', 'MI', 'AF', 'EV', 'NI'] as const)),
    overnightWords: asStringArray(o.overnightWords ?? [], where, 'overnightWords'),
    presentParticles: asArrayOfStrings(o.presentParticles ?? [], where, 'presentParticles'),
    laterTodayParticles: asArrayOfStrings(o.laterTodayParticles ?? [], where, 'laterTodayParticles'),
    vagueWords: asRecord(o.vagueWords, where, 'vagueWords', ref),
    vagueAdjectiveStems: asRecord(o.vagueAdjectiveStems, where, 'vagueAdjectiveStems', ref),
    vaguePhrases: asRecord(o.vaguePhrases, where, 'vaguePhrases', ref),
    directionStems: asRecord(o.directionStems, where, 'directionStems', asNumber),
    agoBefore: asArrayOfStrings(o.agoBefore, where, 'agoBefore'),
    agoAfter: asArrayOfStrings(o.agoAfter, where, 'agoAfter'),
    laterWords: asStringArray(o.laterWords, where, 'laterWords'),
    adverbialUnits: asRecord(o.adverbialUnits, where, 'adverbialUnits', unit),
    earlierWords: asArrayOfStrings(o.earlierWords, where, 'earlierWords'),
    pauseLaterWords: asArrayOfStrings(o.pauseLaterWords, where, 'pauseLaterWords'),
    relativeModifiers: asArrayOfStrings(o.relativeModifiers, where, 'relativeModifiers'),
    anaphoric: asArrayOfStrings(o.anaphoric, where, 'anaphoric'),
    sameDirectionStems: asArrayOfStrings(o.sameDirectionStems ?? [], where, 'sameDirectionStems'),
    inFuture: asStringArray(o.inFuture, where, 'inFuture'),
    withinCues: asArrayOfStrings(o.withinCues ?? [], where, 'withinCues'),
    withinCueSuperlatives: asArrayOfStrings(o.withinCueSuperlatives, where, 'withinCueSuperlatives'),
    spanDirections: asArrayOfStrings(o.spanDirections, where, 'spanDirections'),
    seasonPrefixes: asRecord(o.seasonPrefixes, where, 'seasonPrefixes', mod),
    seasonSuffixes: asArrayOfStrings(o.seasonSuffixes, where, 'seasonSuffixes'),
    relativeWords: asRecord(o.relativeWords, where, 'relativeWords', (x, w, p) => {
      const pair = asArray(x, w, p, (y) => y);
      return [unit(pair[0], w, `${p}[0]`), asNumber(pair[1], w, `${p}[1]`)] as const;
    }),
    narrativeRelativeWords: asArrayOfStrings(o.narrativeRelativeWords ?? [], where, 'narrativeRelativeWords'),
    yearTurnWords: asArrayOfStrings(o.yearTurnWords ?? [], where, 'yearTurnWords'),
    dayPartLinks: asStringArray(o.dayPartLinks, where, 'dayPartLinks'),
    movableHolidays: asRecord(o.movableHolidays, where, 'movableHolidays', (x, w, p) => {
      const pair = asArray(x, w, p, (y) => y);
      return [asEnum(pair[0], w, `${p}[0]`, ['easter', 'thanksgiving'] as const), asNumber(pair[1], w, `${p}[1]`)] as const;
    }),
    holidays: asRecord(o.holidays, where, 'holidays', (x, w, p) => {
      const md = asArray(x, w, p, (y, ww, pp) => asNumber(y, ww, pp));
      if (md.length !== 2 || !(md[0]! >= 1 && md[0]! <= 12 && md[1]! >= 1 && md[1]! <= 31)) asString(undefined, w, `${p} (month, day)`);
      return [md[0]!, md[1]!] as const;
    }),
    seasons: asRecord(o.seasons, where, 'seasons', (x, w, p) => asEnum(x, w, p, ['SP', 'SU', 'FA', 'WI'] as const)),
    dayParts: asRecord(o.dayParts, where, 'dayParts', (x, w, p) => asEnum(x, w, p, ['MO', 'MI', 'AF', 'EV', 'NI'] as const)),
    adjectiveDayParts: asRecord(o.adjectiveDayParts, where, 'adjectiveDayParts', (x, w, p) => asEnum(x, w, p, ['MO', 'MI', 'AF', 'EV', 'NI'] as const)),
    weekdayParts: asRecord(o.weekdayParts, where, 'weekdayParts', (x, w, p) => asEnum(x, w, p, ['MO', 'MI', 'AF', 'EV', 'NI'] as const)),
    clockWords: asRecord(o.clockWords, where, 'clockWords', (x, w, p) => asEnum(x, w, p, ['', 'am', 'pm'] as const)),
    timeZones: asArrayOfStrings(o.timeZones, where, 'timeZones'),
    timeZonePhrases: asArrayOfStrings(o.timeZonePhrases ?? [], where, 'timeZonePhrases'),
    clockNames: asRecord(o.clockNames, where, 'clockNames', (x, w, p) => {
      const hm = asArray(x, w, p, (y, ww, pp) => asNumber(y, ww, pp));
      if (hm.length !== 2 || !(hm[0]! >= 0 && hm[0]! <= 24 && hm[1]! >= 0 && hm[1]! <= 59)) asString(undefined, w, `${p} (hour, minute)`);
      return [hm[0]!, hm[1]!] as const;
    }),
    clockDayParts: asRecord(o.clockDayParts, where, 'clockDayParts', (x, w, p) => asEnum(x, w, p, ['am', 'pm', 'night'] as const)),
    nightRangeLinks: asArrayOfStrings(o.nightRangeLinks, where, 'nightRangeLinks'),
    bareDayPartPrepositions: asArrayOfStrings(o.bareDayPartPrepositions ?? [], where, 'bareDayPartPrepositions'),
    bareDayOpeners: asArrayOfStrings(o.bareDayOpeners ?? [], where, 'bareDayOpeners'),
    intentionObjectLinks: asArrayOfStrings(o.intentionObjectLinks ?? [], where, 'intentionObjectLinks'),
    durationJoins: asArrayOfStrings(o.durationJoins, where, 'durationJoins'),
    monthHalfSuffixes: asArrayOfStrings(o.monthHalfSuffixes, where, 'monthHalfSuffixes'),
    monthDaySuffixes: asArrayOfStrings(o.monthDaySuffixes, where, 'monthDaySuffixes'),
    partCompounds: asRecord(o.partCompounds, where, 'partCompounds', (x, w, p) => {
      const pair = asArray(x, w, p, (y) => y);
      return [unit(pair[0], w, `${p}[0]`), mod(pair[1], w, `${p}[1]`)] as const;
    }),
    timesWords: asRecord(o.timesWords, where, 'timesWords', asNumber),
    timesSuffix: asStringArray(o.timesSuffix, where, 'timesSuffix'),
    setLinks: asStringArray(o.setLinks, where, 'setLinks'),
    everyWords: asStringArray(o.everyWords, where, 'everyWords'),
    setStems: asRecord(o.setStems, where, 'setStems', asString),
    setWeekdays: asRecord(o.setWeekdays, where, 'setWeekdays', asNumber),
    decadeSuffixes: asStringArray(o.decadeSuffixes, where, 'decadeSuffixes'),
    decadeWords: asRecord(o.decadeWords, where, 'decadeWords', asNumber),
    decadeWordsNeedNoun: asBoolean(o.decadeWordsNeedNoun, where, 'decadeWordsNeedNoun'),
    eraBefore: asStringArray(o.eraBefore, where, 'eraBefore'),
    eraAfter: asStringArray(o.eraAfter, where, 'eraAfter'),
    rangeWords: asStringArray(o.rangeWords, where, 'rangeWords'),
    decadeNouns: asArrayOfStrings(o.decadeNouns, where, 'decadeNouns'),
    centuryWords: asStringArray(o.centuryWords, where, 'centuryWords'),
    weekWords: asStringArray(o.weekWords, where, 'weekWords'),
    weekendWords: asStringArray(o.weekendWords, where, 'weekendWords'),
    quarterWords: asRecord(o.quarterWords, where, 'quarterWords', (x, w, p) => asEnum(x, w, p, ['Q', 'H'] as const)),
    quarterWordsNeedYear: asArrayOfStrings(o.quarterWordsNeedYear, where, 'quarterWordsNeedYear'),
    periodFractions: asRecord(o.periodFractions ?? {}, where, 'periodFractions', asNumber),
    eventLinks: asArrayOfStrings(o.eventLinks, where, 'eventLinks'),
    yearNouns: asStringArray(o.yearNouns, where, 'yearNouns'),
    yearNounSuffixes: asArrayOfStrings(o.yearNounSuffixes, where, 'yearNounSuffixes'),
    yearNounLinks: asArrayOfStrings(o.yearNounLinks ?? [], where, 'yearNounLinks'),
    periodYearNouns: asArrayOfStrings(o.periodYearNouns, where, 'periodYearNouns'),
    nonYearBefore: asStringArray(o.nonYearBefore, where, 'nonYearBefore'),
    nonYearAfter: asStringArray(o.nonYearAfter, where, 'nonYearAfter'),
    magnitudePlurals: asArrayOfStrings(o.magnitudePlurals ?? [], where, 'magnitudePlurals'),
    countNounShape: asEnum(o.countNounShape, where, 'countNounShape', ['capitalised', 'plural-s'] as const),
    numericDateOrder: asEnum(o.numericDateOrder, where, 'numericDateOrder', ['DMY', 'MDY'] as const),
    ordinalDayBeforeMonth: asBoolean(o.ordinalDayBeforeMonth, where, 'ordinalDayBeforeMonth'),
    monthsNeedContext: asStringArray(o.monthsNeedContext, where, 'monthsNeedContext'),
  };
}

/** Like asStringArray but allows the empty string (the bare ending) and empty lists. */
function asArrayOfStrings(raw: unknown, where: string, path: string): string[] {
  if (!Array.isArray(raw)) return asStringArray(raw, where, path);
  return raw.map((x, i) => asString(x, where, `${path}[${i}]`));
}

/**
 * Validates a {@link WordShape}: `endings`, `minLength`, `except`, and `exceptVariants` (an ending of
 * an exception → the other ending its paradigm takes: the present plural "halten" also excludes the
 * singular "halte"), which are expanded into `except` here.
 */
function asShape(raw: unknown, where: string, path: string): WordShape {
  const o = asObject(raw, where, path);
  const except = asArrayOfStrings(o.except ?? [], where, `${path}.except`).map(lower);
  const variants = asRecord(o.exceptVariants ?? {}, where, `${path}.exceptVariants`, asString);
  const more = except.flatMap((e) => Object.entries(variants).filter(([from]) => e.endsWith(from)).map(([from, to]) => e.slice(0, -from.length) + to));
  return {
    endings: asArrayOfStrings(o.endings, where, `${path}.endings`).map(lower),
    minLength: asNumber(o.minLength, where, `${path}.minLength`),
    except: [...except, ...more],
  };
}

/** Validates `time-grammar.json`. */
function readGrammar(raw: unknown, where: string) {
  const o = asObject(raw, where);
  return {
    prepositions: asStringArray(o.prepositions, where, 'prepositions'),
    prepositionNouns: asArrayOfStrings(o.prepositionNouns, where, 'prepositionNouns'),
    innerPrepositions: asArrayOfStrings(o.innerPrepositions, where, 'innerPrepositions'),
    articles: asStringArray(o.articles, where, 'articles'),
    monthLeftContext: asStringArray(o.monthLeftContext, where, 'monthLeftContext'),
    pastPrepositions: asStringArray(o.pastPrepositions, where, 'pastPrepositions'),
    approxPrepositions: asArrayOfStrings(o.approxPrepositions, where, 'approxPrepositions'),
    clockApproxWords: asArrayOfStrings(o.clockApproxWords ?? [], where, 'clockApproxWords'),
    adjectiveEndings: asArrayOfStrings(o.adjectiveEndings, where, 'adjectiveEndings'),
    futureDayPrepositions: asStringArray(o.futureDayPrepositions, where, 'futureDayPrepositions'),
    futureDatePrepositions: asArrayOfStrings(o.futureDatePrepositions ?? [], where, 'futureDatePrepositions'),
    dayEndPrepositions: asArrayOfStrings(o.dayEndPrepositions ?? [], where, 'dayEndPrepositions'),
    attributiveDeterminers: asArrayOfStrings(o.attributiveDeterminers ?? [], where, 'attributiveDeterminers'),
    pastCues: asStringArray(o.pastCues, where, 'pastCues'),
    futureCues: asStringArray(o.futureCues, where, 'futureCues'),
    invitationVerbs: asStringArray(o.invitationVerbs ?? [], where, 'invitationVerbs'),
    invitationLinks: asStringArray(o.invitationLinks ?? [], where, 'invitationLinks'),
    futureCuePrepositions: asRecord(o.futureCuePrepositions ?? {}, where, 'futureCuePrepositions', (x, w, p) => asStringArray(x, w, p)),
    passiveAuxiliaries: asArrayOfStrings(o.passiveAuxiliaries, where, 'passiveAuxiliaries'),
    futureInPastCues: asArrayOfStrings(o.futureInPastCues, where, 'futureInPastCues'),
    intentionVerbs: asArrayOfStrings(o.intentionVerbs ?? [], where, 'intentionVerbs'),
    purposeMarkers: asArrayOfStrings(o.purposeMarkers, where, 'purposeMarkers'),
    perfectInfinitives: asArrayOfStrings(o.perfectInfinitives, where, 'perfectInfinitives'),
    judgementVerbs: asArrayOfStrings(o.judgementVerbs, where, 'judgementVerbs'),
    judgementPrepositions: asArrayOfStrings(o.judgementPrepositions, where, 'judgementPrepositions'),
    intentionGerunds: asArrayOfStrings(o.intentionGerunds, where, 'intentionGerunds'),
    attributePrepositions: asArrayOfStrings(o.attributePrepositions, where, 'attributePrepositions'),
    passiveInfinitives: asArrayOfStrings(o.passiveInfinitives, where, 'passiveInfinitives'),
    nounFutureCues: asArrayOfStrings(o.nounFutureCues, where, 'nounFutureCues'),
    perfectAuxiliaries: asArrayOfStrings(o.perfectAuxiliaries, where, 'perfectAuxiliaries'),
    havePerfectAuxiliaries: asArrayOfStrings(o.havePerfectAuxiliaries, where, 'havePerfectAuxiliaries'),
    pluperfectAuxiliaries: asArrayOfStrings(o.pluperfectAuxiliaries ?? [], where, 'pluperfectAuxiliaries'),
    havePluperfectAuxiliaries: asArrayOfStrings(o.havePluperfectAuxiliaries ?? [], where, 'havePluperfectAuxiliaries'),
    pluperfectParticiples: asArrayOfStrings(o.pluperfectParticiples ?? [], where, 'pluperfectParticiples'),
    inseparablePrefixes: asArrayOfStrings(o.inseparablePrefixes, where, 'inseparablePrefixes'),
    determiners: asArrayOfStrings(o.determiners, where, 'determiners'),
    participlePrefixes: asArrayOfStrings(o.participlePrefixes, where, 'participlePrefixes'),
    infinitiveMarkers: asStringArray(o.infinitiveMarkers, where, 'infinitiveMarkers'),
    infinitiveForm: asShape(o.infinitiveForm, where, 'infinitiveForm'),
    modalVerbs: asArrayOfStrings(o.modalVerbs, where, 'modalVerbs'),
    participleAuxiliaries: asArrayOfStrings(o.participleAuxiliaries, where, 'participleAuxiliaries'),
    regularPast: asShape(o.regularPast, where, 'regularPast'),
    clauseBreakers: asStringArray(o.clauseBreakers, where, 'clauseBreakers'),
    comparativeWords: asArrayOfStrings(o.comparativeWords, where, 'comparativeWords'),
    comparisonParticles: asArrayOfStrings(o.comparisonParticles, where, 'comparisonParticles'),
    anchorPrepositions: asArrayOfStrings(o.anchorPrepositions, where, 'anchorPrepositions'),
    nounDeterminers: asArrayOfStrings(o.nounDeterminers, where, 'nounDeterminers'),
    determinerStems: asArrayOfStrings(o.determinerStems, where, 'determinerStems'),
    genitiveLinks: asArrayOfStrings(o.genitiveLinks, where, 'genitiveLinks'),
    nameLinks: asArrayOfStrings(o.nameLinks, where, 'nameLinks'),
    anchorNounSuffixes: asArrayOfStrings(o.anchorNounSuffixes, where, 'anchorNounSuffixes'),
    timex2CaseArticles: asArrayOfStrings(o.timex2CaseArticles, where, 'timex2CaseArticles'),
    timex2DayArticles: asArrayOfStrings(o.timex2DayArticles, where, 'timex2DayArticles'),
    timex2NounArticles: asArrayOfStrings(o.timex2NounArticles, where, 'timex2NounArticles'),
    timex2Postpositions: asArrayOfStrings(o.timex2Postpositions, where, 'timex2Postpositions'),
    verbClauseTense: asBoolean(o.verbClauseTense, where, 'verbClauseTense'),
    participleSuffixes: asArrayOfStrings(o.participleSuffixes, where, 'participleSuffixes'),
    progressiveAuxiliaries: asArrayOfStrings(o.progressiveAuxiliaries, where, 'progressiveAuxiliaries'),
    weakPreterite: asShape(o.weakPreterite, where, 'weakPreterite'),
    progressiveForm: asShape(o.progressiveForm, where, 'progressiveForm'),
    presentThirdPerson: asShape(o.presentThirdPerson, where, 'presentThirdPerson'),
    relativeMarkers: asArrayOfStrings(o.relativeMarkers, where, 'relativeMarkers'),
    presentReportVerbs: asArrayOfStrings(o.presentReportVerbs, where, 'presentReportVerbs'),
    thoughtVerbs: asArrayOfStrings(o.thoughtVerbs, where, 'thoughtVerbs'),
    clauseAdverbs: asArrayOfStrings(o.clauseAdverbs, where, 'clauseAdverbs'),
    earlierAnchors: asArrayOfStrings(o.earlierAnchors, where, 'earlierAnchors'),
    directionAnchors: asArrayOfStrings(o.directionAnchors, where, 'directionAnchors'),
    presentParticipleEndings: asArrayOfStrings(o.presentParticipleEndings, where, 'presentParticipleEndings'),
    harmWords: asArrayOfStrings(o.harmWords, where, 'harmWords'),
    eventDateLinks: asArrayOfStrings(o.eventDateLinks, where, 'eventDateLinks'),
    comparisonAnchors: asArrayOfStrings(o.comparisonAnchors, where, 'comparisonAnchors'),
    harmNounEndings: asArrayOfStrings(o.harmNounEndings, where, 'harmNounEndings'),
    reflexivePronouns: asArrayOfStrings(o.reflexivePronouns, where, 'reflexivePronouns'),
    pluralNounAfter: asArrayOfStrings(o.pluralNounAfter, where, 'pluralNounAfter'),
  };
}

/** Loads and validates the words and grammar of the loader's language (the full lexicon: `loadTimeLexicon`, `load.ts`). */
export function loadTimeWords(res: ResourceLoader): TimeWords {
  const cal = loadCalendar(res);
  const w = res.lexicon('time-words', readWords);
  const g = res.lexicon('time-grammar', readGrammar);
  const shared = loadGrammar(res);
  const setWeekdays = lowerMap(w.setWeekdays);
  // habitual weekday forms ("montags") are sets, not single days, even where calendar.json lists them
  const weekdays = new Map([...lowerMap(cal.weekdays)].filter(([k]) => !setWeekdays.has(k)));
  const periodPhrases = phrases(w.periodParts);
  const numerals = lowerMap(w.numerals);
  const verbPrefixes = [...new Set([...shared.separablePrefixes, ...lowerSet(g.inseparablePrefixes)])];
  const harmWords = g.harmWords.map((e) => lower(e).split(' '));
  const comparisonAnchors = g.comparisonAnchors.map((e) => lower(e).split(' '));
  const lex: Omit<TimeWords, DerivedStartFields> = {
    months: lowerMap(cal.months),
    monthsNeedContext: lowerSet(w.monthsNeedContext),
    weekdays,
    numerals,
    numeralMaxWords: Math.max(1, ...[...numerals.keys()].map((k) => k.split(' ').length)),
    numeralFractionJoins: [...lowerMap(w.numeralFractionJoins)].map(([k, v]) => [k.split(' '), v] as const).sort((a, b) => b[0].length - a[0].length),
    ordinals: expand(w.ordinals, w.endings),
    units: lowerMap(w.units),
    periodOnlyUnits: lowerSet(w.periodOnlyUnits),
    pluralUnits: lowerMap(w.pluralUnits),
    unitStems: expand(w.unitStems, w.endings),
    ageWords: lowerSet(w.ageWords),
    ageLinks: lowerSet(w.ageLinks),
    ageGroupPrepositions: lowerSet(w.ageGroupPrepositions),
    ageAtPrepositions: lowerSet(w.ageAtPrepositions),
    participleAuxiliaries: lowerSet(g.participleAuxiliaries),
    vagueDurations: expand(w.vagueDurationStems, w.endings),
    unitDurations: expand(w.unitDurationStems, w.endings),
    vagueQuantifiers: lowerSet(w.vagueQuantifiers),
    durationFillers: lowerSet(w.durationFillers),
    durationAfter: lowerSet(w.durationAfter),
    wholeWords: lowerSet(w.wholeWords),
    durationAdjectives: new Set(w.durationAdjectiveStems.flatMap((s) => w.endings.filter((e) => e !== '').map((e) => lower(s + e)))),
    quantityModifiers: byFirstWordIndex(w.quantityModifiers.map((q) => lower(q).split(' ')).sort((a, b) => b.length - a.length), (ws) => ws),
    quantityModifierStarts: new Set(w.quantityModifiers.map((q) => lower(q).split(' ')[0]!)),
    comparativeMods: lowerMap(w.comparativeMods),
    dateBoundsBefore: phrases(w.dateBoundsBefore),
    dateBoundsAfter: phrases(w.dateBoundsAfter),
    negations: lowerSet(w.negations),
    boundsBefore: w.boundsBefore.map((q) => lower(q).split(' ')),
    approx: lowerMap(w.approx),
    periodParts: new Map(periodPhrases.filter(([k]) => k.length === 1).map(([k, v]) => [k[0]!, v])),
    hyphenPeriodParts: new Map([...periodPhrases.filter(([k]) => k.length === 1).map(([k, v]) => [k[0]!, v] as const), ...lowerMap(w.hyphenPeriodParts)]),
    periodPartPhrases: byFirstWordIndex(periodPhrases.filter(([k]) => k.length > 1), phraseWords),
    partAdjectives: expand(w.partAdjectiveStems, w.endings),
    dayOffsets: new Map([...lowerMap(w.dayOffsets), ...expand(w.dayOffsetStems, w.endings)]),
    today: lowerSet(w.today),
    partOfDayWords: lowerMap(w.partOfDayWords),
    overnightWords: lowerSet(w.overnightWords),
    presentParticles: lowerSet(w.presentParticles),
    laterTodayParticles: lowerSet(w.laterTodayParticles),
    vagueWords: lowerMap(w.vagueWords),
    vagueAdjectives: expand(w.vagueAdjectiveStems, w.endings),
    vaguePhrases: byFirstWordIndex(phrases(w.vaguePhrases), phraseWords),
    direction: expand(w.directionStems, w.endings),
    agoBefore: lowerSet(w.agoBefore),
    agoAfter: lowerSet(w.agoAfter),
    laterWords: lowerSet(w.laterWords),
    adverbialUnits: lowerMap(w.adverbialUnits),
    earlierWords: lowerSet(w.earlierWords),
    pauseLaterWords: lowerSet(w.pauseLaterWords),
    relativeModifiers: lowerSet(w.relativeModifiers),
    anaphoric: lowerSet(w.anaphoric),
    sameDirection: new Set(expand(Object.fromEntries(w.sameDirectionStems.map((x) => [x, 0])), w.endings).keys()),
    inFuture: lowerSet(w.inFuture),
    withinCues: [...w.withinCues.map((e) => lower(e).split(' ')), ...w.withinCueSuperlatives.flatMap((sup) => [...lowerSet(g.attributiveDeterminers)].map((d) => [d, lower(sup)]))],
    spanDirections: lowerSet(w.spanDirections),
    seasons: lowerMap(w.seasons),
    seasonPrefixes: lowerMap(w.seasonPrefixes),
    seasonSuffixes: w.seasonSuffixes.map(lower),
    relativeWords: lowerMap(w.relativeWords),
    narrativeRelativeWords: lowerSet(w.narrativeRelativeWords),
    yearTurnWords: lowerSet(w.yearTurnWords),
    dayPartLinks: lowerSet(w.dayPartLinks),
    // token forms: the tagger strips possessives ("year's" is seen as "year")
    movableHolidays: byFirstWordIndex(phrases(w.movableHolidays).map(([ws, v]) => [ws.map(noPossessive), v] as const), phraseWords),
    holidays: byFirstWordIndex(phrases(w.holidays).map(([ws, v]) => [ws.map(noPossessive), v] as const), phraseWords),
    dayParts: lowerMap(w.dayParts),
    adjectiveDayParts: lowerMap(w.adjectiveDayParts),
    weekdayParts: lowerMap(w.weekdayParts),
    clockWords: lowerMap(w.clockWords),
    clockNames: lowerMap(w.clockNames),
    timeZones: lowerSet([...w.timeZones, ...loadTimeZones(res)]),
    timeZonePhrases: w.timeZonePhrases.map((q) => lower(q).split(' ')).sort((a, b) => b.length - a.length),
    clockDayParts: lowerMap(w.clockDayParts),
    nightRangeLinks: lowerSet(w.nightRangeLinks),
    intentionObjectLinks: lowerSet(w.intentionObjectLinks),
    bareDayPartPrepositions: w.bareDayPartPrepositions.map((q) => lower(q).split(' ')).sort((a, b) => b.length - a.length),
    bareDayOpeners: w.bareDayOpeners.map((q) => lower(q).split(' ')),
    durationJoins: lowerSet(w.durationJoins),
    monthHalfSuffixes: w.monthHalfSuffixes.map(lower),
    monthDaySuffixes: w.monthDaySuffixes.map(lower),
    partCompounds: lowerMap(w.partCompounds),
    timesWords: lowerMap(w.timesWords),
    timesSuffix: lowerSet(w.timesSuffix),
    setLinks: w.setLinks.map((s) => lower(s).split(' ')).sort((a, b) => b.length - a.length),
    everyWords: lowerSet(w.everyWords),
    setWords: expand(w.setStems, w.endings),
    setWeekdays,
    decadeSuffixes: w.decadeSuffixes.map(lower).sort((a, b) => b.length - a.length),
    decadeWords: lowerMap(w.decadeWords),
    decadeWordsNeedNoun: w.decadeWordsNeedNoun,
    eraBefore: w.eraBefore.map((e) => lower(e).split(' ')),
    eraAfter: w.eraAfter.map((e) => lower(e).split(' ')),
    rangeWords: lowerSet(w.rangeWords),
    decadeNouns: lowerSet(w.decadeNouns),
    centuryWords: lowerSet(w.centuryWords),
    weekWords: lowerSet(w.weekWords),
    weekendWords: lowerSet(w.weekendWords),
    quarterWords: lowerMap(w.quarterWords),
    quarterWordsNeedYear: lowerSet(w.quarterWordsNeedYear),
    periodFractions: lowerMap(w.periodFractions),
    eventLinks: lowerSet(w.eventLinks),
    yearNouns: lowerSet(w.yearNouns),
    yearNounSuffixes: w.yearNounSuffixes.map(lower),
    yearNounLinks: lowerSet(w.yearNounLinks),
    periodYearNouns: lowerSet(w.periodYearNouns),
    nonYearBefore: lowerSet(w.nonYearBefore),
    nonYearAfter: lowerSet(w.nonYearAfter),
    magnitudePlurals: lowerSet(w.magnitudePlurals),
    countNounShape: w.countNounShape,
    numericDateOrder: w.numericDateOrder,
    ordinalDayBeforeMonth: w.ordinalDayBeforeMonth,
    prepositions: lowerSet(g.prepositions),
    prepositionNouns: lowerSet(g.prepositionNouns),
    innerPrepositions: lowerSet(g.innerPrepositions),
    articles: lowerSet(g.articles),
    monthLeftContext: lowerSet(g.monthLeftContext),
    pastPrepositions: lowerSet(g.pastPrepositions),
    approxPrepositions: lowerSet(g.approxPrepositions),
    clockApproxWords: lowerSet(g.clockApproxWords),
    adjectiveEndings: g.adjectiveEndings.map((e) => e.toLowerCase()),
    futureDayPrepositions: lowerSet(g.futureDayPrepositions),
    futureDatePrepositions: lowerSet(g.futureDatePrepositions),
    dayEndPrepositions: lowerSet(g.dayEndPrepositions),
    attributiveDeterminers: lowerSet(g.attributiveDeterminers),
    pastCues: lowerSet(g.pastCues),
    futureCues: lowerSet(g.futureCues),
    invitationVerbs: lowerSet(g.invitationVerbs),
    invitationLinks: lowerSet(g.invitationLinks),
    futureCuePrepositions: new Map(Object.entries(g.futureCuePrepositions).map(([k, v]) => [lower(k), lowerSet(v)])),
    passiveAuxiliaries: lowerSet(g.passiveAuxiliaries),
    futureInPastCues: lowerSet(g.futureInPastCues),
    intentionVerbs: lowerSet(g.intentionVerbs),
    intentionPairs: pairsByFirst(g.intentionVerbs),
    purposeMarkers: lowerSet(g.purposeMarkers),
    perfectInfinitives: lowerSet(g.perfectInfinitives),
    judgementVerbs: lowerSet(g.judgementVerbs),
    judgementPrepositions: lowerSet(g.judgementPrepositions),
    intentionGerunds: lowerSet(g.intentionGerunds),
    attributePrepositions: lowerSet(g.attributePrepositions),
    passiveInfinitives: lowerSet(g.passiveInfinitives),
    nounFutureCues: lowerSet(g.nounFutureCues),
    perfectAuxiliaries: lowerSet(g.perfectAuxiliaries),
    havePerfectAuxiliaries: lowerSet(g.havePerfectAuxiliaries),
    pluperfectAuxiliaries: lowerSet(g.pluperfectAuxiliaries),
    havePluperfectAuxiliaries: lowerSet(g.havePluperfectAuxiliaries),
    pluperfectParticiples: lowerSet(g.pluperfectParticiples),
    // shared with the quotes stage (resources/<lang>/grammar.json), so that the two lists cannot drift apart
    separablePrefixes: shared.separablePrefixes,
    inseparablePrefixes: [...lowerSet(g.inseparablePrefixes)],
    verbPrefixes,
    verbPrefixIndex: prefixIndexOf(verbPrefixes),
    determiners: lowerSet(g.determiners),
    participlePrefixes: g.participlePrefixes.map(lower),
    infinitiveMarkers: lowerSet(g.infinitiveMarkers),
    infinitiveForm: g.infinitiveForm,
    modalVerbs: lowerSet(g.modalVerbs),
    regularPast: g.regularPast,
    clauseBreakers: lowerSet(g.clauseBreakers),
    comparativeWords: lowerSet(g.comparativeWords),
    comparisonParticles: lowerSet(g.comparisonParticles),
    anchorPrepositions: lowerSet(g.anchorPrepositions),
    nounDeterminers: lowerSet(g.nounDeterminers),
    determinerForms: new Set(g.determinerStems.flatMap((d) => g.adjectiveEndings.filter((e) => e !== '').map((e) => lower(d + e)))),
    genitiveLinks: lowerSet(g.genitiveLinks),
    nameLinks: lowerSet(g.nameLinks),
    anchorNounSuffixes: g.anchorNounSuffixes.map(lower),
    timex2CaseArticles: lowerSet(g.timex2CaseArticles),
    timex2DayArticles: lowerSet(g.timex2DayArticles),
    timex2NounArticles: lowerSet(g.timex2NounArticles),
    timex2Postpositions: lowerSet(g.timex2Postpositions),
    verbClauseTense: g.verbClauseTense,
    participleSuffixes: g.participleSuffixes.map(lower),
    progressiveAuxiliaries: lowerSet(g.progressiveAuxiliaries),
    weakPreterite: g.weakPreterite,
    progressiveForm: g.progressiveForm,
    presentThirdPerson: g.presentThirdPerson,
    relativeMarkers: lowerSet(g.relativeMarkers),
    presentReportVerbs: lowerSet(g.presentReportVerbs),
    reportVerbForms: lowerSet([...loadSpeechVerbs(res).filter((v) => v.complement !== 'none').flatMap((v) => v.forms), ...g.thoughtVerbs]),
    clauseAdverbs: lowerSet(g.clauseAdverbs),
    earlierAnchors: lowerSet(g.earlierAnchors),
    directionAnchors: lowerSet(g.directionAnchors),
    presentParticipleEndings: g.presentParticipleEndings.map((e) => e.toLowerCase()),
    harmWords,
    harmWordsByFirst: phrasesBy(harmWords, (ph) => ph[0]!),
    eventDateLinks: lowerSet(g.eventDateLinks),
    comparisonAnchors,
    comparisonAnchorsByLast: phrasesBy(comparisonAnchors, (ph) => ph[ph.length - 1]!),
    harmNounEndings: g.harmNounEndings.map((e) => lower(e)),
    reflexivePronouns: lowerSet(g.reflexivePronouns),
    pluralNounAfter: lowerSet(g.pluralNounAfter),
  };
  return { ...lex, ...startIndexesOf(lex) };
}
