import type { EntityType, RoleFact } from '../doc/types.js';

/** What kind of knowledge-base entry an entity is; decides metonymy and role lookups. */
export type KbKind = 'country' | 'city' | 'place' | 'org' | 'actor' | 'user';

/** One knowledge-base entity with its names in the analysed language (plus language-neutral ones). */
export interface KbEntity {
  /** Stable kebab-case English id ("north-korea", "sergey-lavrov"). */
  readonly id: string;
  readonly kind: KbKind;
  readonly type: EntityType;
  /** Canonical English name. */
  readonly name: string;
  readonly wikidata: string | null;
  /** Proper names (both languages: an English name in a German text still refers). */
  readonly names: readonly string[];
  /** Adjective and demonym forms in the analysed language, fully inflected. */
  readonly adjectives: readonly string[];
  /** Forms that refer to a person alone ("Lawrow", "Kim"). */
  readonly short: readonly string[];
  /** The state a city, institution or actor belongs to. */
  readonly state: string | null;
  /** True when the name stands for its state's government when used as an actor (capitals, Kremlin). */
  readonly seat: boolean;
  /**
   * The body a seat stands for when it acts, if not its state: "Brüssel kritisierte …" is the EU
   * (Brussels still belongs to Belgium as a place and a dateline).
   */
  readonly actsFor: string | null;
  /**
   * A de-facto state (self-governing, limited or no recognition) that formally belongs to its
   * `state`: the offices a text gives it are its own ("Somaliland leader" leads Somaliland, not
   * Somalia), while it still lies in `state` as a place.
   */
  readonly deFacto: boolean;
  /** Roles from the curated file (source 'kb'). */
  readonly roles: readonly RoleFact[];
  /** World region of a country ("South America"), for "the South American country". */
  readonly region: string | null;
  /** A country with no land border ("the island", "die Insel" can refer to it). */
  readonly island: boolean;
  /** Ids of the states a country shares a land border with ("im Nachbarland", "its neighbour"). */
  readonly neighbours: readonly string[];
  /**
   * A federal state: its "federal government" ("die Bundesregierung", "the federal government") is
   * its own where the text places the phrase there, not Germany's.
   */
  readonly federal: boolean;
  /** ISO 3166-1 alpha-2 code of a country ("US"), for ids of its institutions ("us-coast-guard"). */
  readonly code: string | null;
  /**
   * Names that are also ordinary words or another referent's name ("Spiegel" is a mirror, "Verdi"
   * a composer): a match of one needs confirmation from the text (see {@link KbHit.ambiguous}).
   */
  readonly ambiguous: readonly string[];
}

/** What a surface form can refer to, as found by {@link KnowledgeBase.lookup}. */
export interface KbHit {
  readonly entity: KbEntity;
  /** How the form refers: as a proper name, a short form of a person, or an adjective/demonym. */
  readonly form: 'name' | 'short' | 'adjective';
  /** The form is one of the entity's ambiguous names (or its generated genitive). */
  readonly ambiguous: boolean;
}
