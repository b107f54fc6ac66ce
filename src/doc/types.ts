/**
 * Annotation types of the document model.
 *
 * Every annotation is a half-open character span `[start, end)` into `Doc.text` (UTF-16 code
 * units, the same units as JavaScript string indices) plus its provenance: the stage and the
 * rule that produced it. Layers are append-only; a stage never edits another stage's items.
 */

import type { KbKind } from '../kb/types.js';

/** ISO 639-1 codes of the languages the engine analyses. */
export type Lang = 'de' | 'en';

/** A half-open character span into `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Who made an annotation: the stage name and the rule (or model) id inside that stage. */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
}

/** Base of every stored annotation. */
export interface Annotation extends Span, Provenance {}

/** Part of the text an article is made of; events are only coded in `title`, `heading` and `body`. */
export type ZoneKind = 'title' | 'dateline' | 'byline' | 'heading' | 'body';

/** A paragraph (a line of the source text, or an HTML block) with its role in the article. */
export interface Paragraph extends Annotation {
  readonly zone: ZoneKind;
}

/** A sentence; `paragraph` is the index into the paragraphs layer. */
export interface Sentence extends Annotation {
  readonly paragraph: number;
}

/** Coarse token classes the segmenter assigns. */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** A token; `sentence` is the index into the sentences layer. */
export interface Token extends Annotation {
  readonly kind: TokenKind;
  readonly sentence: number;
}

/** Entity types of the gold format. */
export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'MISC';

/** How a mention refers: by name, adjective/demonym, nominal description or pronoun. */
export type MentionKind = 'name' | 'adjective' | 'description' | 'pronoun';

/** A referring expression. Which entity it refers to is recorded by the entity (`Entity.mentions`), see `Doc.entityOfMention`. */
export interface Mention extends Annotation {
  readonly text: string;
  readonly type: EntityType;
  readonly kind: MentionKind;
  readonly sentence: number;
  /** Tagger or gazetteer confidence in [0, 1]. */
  readonly confidence: number;
  /** Knowledge-base id when a gazetteer lookup matched (e.g. "russia"). */
  readonly kbId?: string;
}

/** A role fact learned from text or from the knowledge base ("Außenminister" of "russia"). */
export interface RoleFact {
  readonly role: string;
  readonly of?: string;
  readonly from?: string | null;
  readonly to?: string | null;
  readonly source: 'kb' | 'text';
  readonly sentence?: number;
  /** `of` was not written with the office but inferred from the state the article's opening is about (resolve/office-state). */
  readonly ofInferred?: boolean;
}

/** A resolved entity. Its mentions are the mentions whose `entity` equals `id`. */
export interface Entity extends Provenance {
  /**
   * Stable id: the knowledge base's id ("sergey-lavrov", the same in every article and language),
   * or for a name it does not know the name as written, in kebab case ("wellington-koo"); the
   * output's `key` lets such names meet across spellings.
   */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical English name. */
  readonly name: string;
  /** Proper-name surface forms as written, in first-seen order, without duplicates. */
  readonly aliases: readonly string[];
  /** Nominal references as written. */
  readonly descriptions: readonly string[];
  readonly wikidata: string | null;
  readonly roles: readonly RoleFact[];
  /** Indices into the mentions layer. */
  readonly mentions: readonly number[];
  /**
   * The knowledge-base kind ("country", "city", "org", …) where resolve linked the entity to the
   * knowledge base by that entry; null (or absent) for an entity the base does not know, or one whose
   * draft came from another rule (an institution, a known id fixed by a phrase). Later stages ask it
   * instead of parsing the rule id; the output leaves it out.
   */
  readonly kbKind?: KbKind | null;
}

/** TIMEX3 classes. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
/** TIMEX3 modifiers used by the gold format. */
export type TimexMod = 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'APPROX';

/** A temporal expression normalised against the publication date. */
export interface Timex extends Annotation {
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value ("2025-07-27", "2025-07", "199", "P8D", "PRESENT_REF"), or null when it cannot be resolved. */
  readonly value: string | null;
  readonly mod: TimexMod | null;
  readonly sentence: number;
  /** Clause span inside the sentence that contains the expression (for event dating). */
  readonly clause: Span;
}

/** Direct (inside quotation marks) or indirect (reported speech). */
export type QuoteKind = 'direct' | 'indirect';

/**
 * A passage of a quote in the speaker's own words: a span set in quotation marks inside a reported
 * clause ('man sei zu „Verbündeten“ geworden'), its offsets and text without the marks.
 */
export interface VerbatimSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A quotation or reported-speech clause with its attribution. */
export interface Quote extends Annotation {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Speaker entity id, or null when no speaker could be found. */
  readonly speaker: string | null;
  /** The speech cue ("sagte", "according to", "zufolge"), with its span. */
  readonly cue: { readonly text: string; readonly start: number; readonly end: number } | null;
  /** Addressee entity id when named. */
  readonly addressee: string | null;
  /** TIMEX3 value of when it was said, when the text gives one. */
  readonly date: string | null;
  /** A one- or two-word quoted fragment (scare quote with a clear speaker). */
  readonly fragment: boolean;
  /**
   * The quoted passages inside a reported clause, in text order: the speaker's own wording, which
   * the project's convention covers by the reported clause (one quote) instead of separate direct
   * quotes. Empty when there are none, and always for a direct quote (all of it is verbatim).
   */
  readonly verbatim: readonly VerbatimSpan[];
  readonly sentence: number;
  readonly confidence: number;
}

/**
 * A speech act reported without its content (issue 5): "Der Minister kündigte Reformen an", "She denied the
 * reports", "Er äußerte sich zur Lage". Who spoke about what — the clause that names the act, its speaker and the
 * topic — where a quote would need the words said. Kept apart from `quotes`, whose kinds are the gold format's.
 */
export interface SpeechAct extends Annotation {
  /** The clause that reports the act (the span), as written. */
  readonly text: string;
  /** Speaker entity id, or null for a specific speaker phrase the resolver did not link ("die Polizei"). */
  readonly speaker: string | null;
  /** The words the speaker was read from. */
  readonly speakerSpan: Span;
  /** The verb of the act with its span (a separable particle is not included). */
  readonly cue: { readonly text: string; readonly start: number; readonly end: number };
  /** Lemma of the verb, as in `speech-verbs.json` ("ankündigen"). */
  readonly lemma: string;
  /** What the act is about: the words of the clause besides speaker and verb ("Reformen", "zur Lage"), or null. */
  readonly topic: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly sentence: number;
  readonly confidence: number;
}

/** The 16 PLOVER event types. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** How the text presents an event. */
export type Modality = 'asserted' | 'planned' | 'hypothetical' | 'negated';

/** Verbal/material × cooperation/conflict. */
export type QuadClass = 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/** A coded event with its evidence. The span is the evidence (sentence or clause). */
export interface Event extends Annotation {
  readonly type: PloverType;
  readonly source: string | null;
  readonly target: string | null;
  /** TIMEX3 value of when it happened, or null. Never the publication date by default. */
  readonly date: string | null;
  readonly modality: Modality;
  readonly trigger: { readonly text: string; readonly start: number; readonly end: number };
  readonly evidence: string;
  readonly sentence: number;
  readonly cameo: string | null;
  readonly quad: QuadClass;
  /** Goldstein-style weight in [-10, 10]. */
  readonly weight: number;
  readonly confidence: number;
}

/** Every layer a Doc can hold, by name. */
export interface LayerMap {
  paragraphs: Paragraph;
  sentences: Sentence;
  tokens: Token;
  mentions: Mention;
  entities: Entity;
  times: Timex;
  quotes: Quote;
  events: Event;
  speechActs: SpeechAct;
}

/** Name of a layer. */
export type LayerName = keyof LayerMap;

/** All layer names, in pipeline order. */
export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs', 'sentences', 'tokens', 'mentions', 'entities', 'times', 'quotes', 'events', 'speechActs',
];

/** Article metadata found by ingestion (or given by the user). */
export interface DocMeta {
  /** The input's id: its file name without extension, or a hash for URLs. */
  readonly id: string;
  readonly title: string | null;
  /** Publication date YYYY-MM-DD, or null when unknown (relative times then stay unresolved). */
  readonly published: string | null;
  readonly language: Lang;
  /** Outlet name, or null. */
  readonly source: string | null;
  /** File path or URL the text came from. */
  readonly address: string | null;
}
