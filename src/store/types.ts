/**
 * The situation-picture store: the narrow interface every backend implements (SQLite today,
 * PostgreSQL later) and every consumer codes against (CLI, web app). Nothing here names a
 * database type; every method is async so a networked backend fits without changing callers.
 *
 * Identity rules:
 * - A document is keyed by its id (`OutDoc.id`, made unique by the store when two different
 *   inputs share it), found by content hash (re-ingest detection) and by source address (a changed
 *   version of the same URL replaces the old one).
 * - Entities are keyed by the entity stage's stable id (`OutEntity.id`), so knowledge-base entities
 *   merge across articles and languages; a new id whose name key and type match a stored entity
 *   (an unknown name spelled "Kusnezow" in one article and "Kuznetsov" in another) is redirected
 *   to it. A query name is resolved through every alias seen and the same folded,
 *   transliteration-normalised name key.
 * - An event is one real-world action; each article that reports it adds a report (its document,
 *   sentence, offsets and evidence). A report is not an event.
 */
import type { EntityType, Lang, Modality, PloverType, QuadClass, QuoteKind, TimexMod, TimexType, VerbatimSpan } from '../doc/types.js';
import type { OutDoc } from '../output/schema.js';

// ---------------------------------------------------------------------------------------------
// Writing

/** One analysed article to store, with where and when it came from. */
export interface PutDocumentInput {
  readonly doc: OutDoc;
  /** Hex SHA-256 of the analysed text (see `contentHash` in `src/store/hash.ts`). */
  readonly contentHash: string;
  /** File path or URL the text came from, or null (then no replace-by-address happens). */
  readonly address: string | null;
  /** ISO 8601 timestamp of when the input was read or fetched. */
  readonly fetchedAt: string;
}

/**
 * What `putDocument` did: `inserted` a new document, left everything `unchanged` (same content
 * hash already stored), or `replaced` an older version from the same address (`replacedId`).
 */
export interface PutResult {
  readonly status: 'inserted' | 'unchanged' | 'replaced';
  /** The id the document is stored under (may differ from `OutDoc.id` when that id was taken). */
  readonly docId: string;
  readonly replacedId: string | null;
  /** Store event ids this document's events were merged into, index-aligned with `doc.events`. */
  readonly eventIds: readonly number[];
}

/** What `removeDocument` deleted. */
export interface RemoveResult {
  readonly removed: boolean;
  /** Events left with no report, hence deleted. */
  readonly eventsRemoved: number;
  /** Entities left with no mention, quote, role or event, hence deleted. */
  readonly entitiesRemoved: number;
}

// ---------------------------------------------------------------------------------------------
// Common shapes

/** Limit/offset paging; backends cap `limit` (default 50, max 1000). */
export interface PageQuery {
  readonly limit?: number;
  readonly offset?: number;
}

/** One page of results and the total number of matches. */
export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** A short reference to an entity, enough to print or link it. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
}

/** A short reference to a document. */
export interface DocRef {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly address: string | null;
  readonly language: Lang;
}

// ---------------------------------------------------------------------------------------------
// Documents

/** A stored document without its text and layers. */
export interface DocumentSummary extends DocRef {
  readonly contentHash: string;
  readonly fetchedAt: string;
  readonly storedAt: string;
  readonly counts: { readonly sentences: number; readonly entities: number; readonly times: number; readonly quotes: number; readonly events: number };
}

/** A stored document with every layer and its offsets (the OutDoc as analysed) plus store links. */
export interface DocumentDetail extends DocumentSummary {
  readonly doc: OutDoc;
  /** Store event id of each of `doc.events`, index-aligned. */
  readonly eventIds: readonly number[];
  /** Store quote id of each of `doc.quotes`, index-aligned. */
  readonly quoteIds: readonly number[];
}

/** Filters for listing documents. */
export interface DocumentQuery extends PageQuery {
  /** Documents mentioning this entity (id or any name). */
  readonly entity?: string;
  readonly language?: Lang;
  readonly from?: string;
  readonly to?: string;
}

// ---------------------------------------------------------------------------------------------
// Entities

/** Filters for listing entities. */
export interface EntityQuery extends PageQuery {
  readonly type?: EntityType;
  /** A name in any language or spelling, or part of one (case, umlauts and accents folded). */
  readonly q?: string;
}

/** An entity with its activity counts. */
export interface EntitySummary extends EntityRef {
  readonly wikidata: string | null;
  readonly aliases: readonly string[];
  readonly documents: number;
  readonly mentions: number;
  /** Events this entity is source or target of. */
  readonly events: number;
  readonly quotes: number;
}

/** A surface form with the languages it was seen in and how often. */
export interface AliasRecord {
  readonly text: string;
  readonly languages: readonly Lang[];
  readonly count: number;
}

/** A role fact with the document it came from. */
export interface RoleRecord {
  readonly role: string;
  readonly of: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly source: string;
  readonly docId: string;
}

/** An entity with its names, descriptions and roles (what the export streams). */
export interface EntityFacts extends EntitySummary {
  readonly aliasRecords: readonly AliasRecord[];
  readonly descriptions: readonly AliasRecord[];
  readonly roles: readonly RoleRecord[];
}

/** Everything known about one entity. */
export interface EntityDetail extends EntityFacts {
  /** The newest 100 events with this entity as source or target, oldest first (undated last); more through `listEvents`. */
  readonly timeline: readonly EventRecord[];
  readonly quotesBy: readonly QuoteRecord[];
  /** Quotes addressed to the entity or whose span contains a mention of it. */
  readonly quotesAbout: readonly QuoteRecord[];
  readonly documentRefs: readonly DocRef[];
}

// ---------------------------------------------------------------------------------------------
// Events

/** One article's report of an event: where the evidence is. */
export interface EventReport {
  readonly doc: DocRef;
  /** Index of the event in the document's `events` layer. */
  readonly index: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly trigger: string;
  readonly triggerStart: number;
  readonly triggerEnd: number;
  readonly evidence: string;
  readonly date: string | null;
  readonly modality: Modality;
  readonly confidence: number;
  readonly rule: string;
}

/** One real-world event with every report of it. */
export interface EventRecord {
  readonly id: number;
  readonly type: PloverType;
  readonly source: EntityRef | null;
  readonly target: EntityRef | null;
  /** The most precise date among the reports (TIMEX3), or null. */
  readonly date: string | null;
  /** The day used to place the event on a time axis (event date, else first report's publication date). */
  readonly day: string | null;
  readonly modality: Modality;
  readonly quad: QuadClass;
  readonly weight: number;
  readonly cameo: string | null;
  /** Highest report confidence. */
  readonly confidence: number;
  /** How many articles' reports the event has. */
  readonly reportCount: number;
  /**
   * The reports, oldest first. Lists cap them (first {@link REPORTS_PER_EVENT}; timelines and
   * relation series {@link REPORTS_IN_SERIES}); `getEvent` and the exports return all of them.
   */
  readonly reports: readonly EventReport[];
}

/** Filters for listing events; names are resolved like entity queries. */
export interface EventQuery extends PageQuery {
  /** Source or target (either side). */
  readonly actor?: string;
  /** Target only. */
  readonly target?: string;
  readonly type?: PloverType;
  /** Inclusive lower bound on the event day (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly from?: string;
  /** Inclusive upper bound on the event day (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly to?: string;
  readonly modality?: Modality;
  /** Only events with at least one report in this document. */
  readonly docId?: string;
}

// ---------------------------------------------------------------------------------------------
// Quotes

/** A stored quote with its document and speaker. */
export interface QuoteRecord {
  readonly id: number;
  readonly doc: DocRef;
  readonly index: number;
  readonly speaker: EntityRef | null;
  readonly addressee: EntityRef | null;
  readonly kind: QuoteKind;
  readonly text: string;
  readonly cue: string | null;
  readonly date: string | null;
  readonly fragment: boolean;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly confidence: number;
  /** The speaker's own wording inside a reported clause (document offsets, text without the marks); empty for a direct quote. */
  readonly verbatim: readonly VerbatimSpan[];
}

/** Filters for listing quotes. */
export interface QuoteQuery extends PageQuery {
  /** Speaker entity (id or any name). */
  readonly speaker?: string;
  /** Full-text query over the quote text. */
  readonly q?: string;
}

// ---------------------------------------------------------------------------------------------
// Relations over time

/** Bucket size of a relation series. */
export type RelationBucket = 'day' | 'week' | 'month';

/** Query for the cooperation/conflict series of one actor pair (both directions). */
export interface RelationQuery {
  readonly a: string;
  readonly b: string;
  readonly by?: RelationBucket;
  readonly from?: string;
  readonly to?: string;
}

/** One bucket of a relation series. */
export interface RelationPoint {
  /** Bucket label: `2025-07-27`, ISO week `2025-W30`, or `2025-07`. */
  readonly period: string;
  /** First day of the bucket (YYYY-MM-DD). */
  readonly start: string;
  /** Sum of the positive weights (cooperative events). */
  readonly cooperation: number;
  /** Sum of the absolute negative weights (conflictual events). */
  readonly conflict: number;
  /** cooperation − conflict. */
  readonly net: number;
  readonly count: number;
  /** Store ids of the events behind the point. */
  readonly eventIds: readonly number[];
}

/** The cooperation/conflict series of an actor pair. */
export interface RelationSeries {
  readonly a: EntityRef;
  readonly b: EntityRef;
  readonly by: RelationBucket;
  readonly points: readonly RelationPoint[];
  /** Events between the pair with no day to place them on. */
  readonly undatedEventIds: readonly number[];
  /** Every event behind the series, keyed by the ids used in points. */
  readonly events: readonly EventRecord[];
}

/** Aggregate relation of an actor pair (for overviews and network exports). */
export interface PairStat {
  readonly a: EntityRef;
  readonly b: EntityRef;
  readonly cooperation: number;
  readonly conflict: number;
  readonly count: number;
  readonly firstDay: string | null;
  readonly lastDay: string | null;
}

// ---------------------------------------------------------------------------------------------
// Search, overview, export

/** Full-text query (FTS5; case, umlauts and accents folded; words AND-ed). */
export interface SearchQuery extends PageQuery {
  readonly q: string;
  readonly kinds?: readonly ('document' | 'quote')[];
}

/** One full-text hit. */
export interface SearchHit {
  readonly kind: 'document' | 'quote';
  readonly doc: DocRef;
  /** Set for quote hits. */
  readonly quoteId: number | null;
  readonly speaker: EntityRef | null;
  /** Matched text with the matches wrapped in `[` `]`. */
  readonly snippet: string;
  /** Lower is better (bm25). */
  readonly rank: number;
}

/** Summary figures for an overview page. */
export interface Overview {
  readonly documents: number;
  readonly entities: number;
  readonly events: number;
  readonly reports: number;
  readonly quotes: number;
  readonly topActors: readonly { readonly entity: EntityRef; readonly events: number }[];
  readonly latestEvents: readonly EventRecord[];
  readonly eventsPerDay: readonly { readonly day: string; readonly count: number }[];
  readonly cooperativePairs: readonly PairStat[];
  readonly conflictualPairs: readonly PairStat[];
}

/** Options of the overview. */
export interface OverviewQuery {
  /** How many actors, events and pairs to list (default 10). */
  readonly top?: number;
  /** Days of events-per-day to return, counted back from the latest event day (default 90). */
  readonly days?: number;
}

/** The actor network: entities that take part in events, and pairs with aggregated weights. */
export interface Network {
  readonly nodes: readonly (EntityRef & { readonly events: number })[];
  readonly edges: readonly (PairStat & { readonly eventIds: readonly number[] })[];
}

/** A stored time expression (for JSON Lines export). */
export interface TimeRecord {
  readonly docId: string;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string | null;
  readonly mod: TimexMod | null;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/** A mention with its entity and document (for JSON Lines export). */
export interface MentionRecord {
  readonly docId: string;
  readonly entityId: string;
  readonly text: string;
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

// ---------------------------------------------------------------------------------------------
// The interface

/**
 * A situation-picture store. Implementations must make `putDocument` and `removeDocument` atomic
 * (all of one article's facts or none), keep merged events and entities consistent with their
 * reports, and be safe to reopen after a crash.
 */
export interface Store {
  /** Stores an analysed article and merges its facts (one transaction). */
  putDocument(input: PutDocumentInput): Promise<PutResult>;
  /** Removes a document and every fact only it supported. */
  removeDocument(id: string): Promise<RemoveResult>;

  findByHash(contentHash: string): Promise<DocumentSummary | null>;
  findByAddress(address: string): Promise<DocumentSummary | null>;

  listDocuments(q?: DocumentQuery): Promise<Page<DocumentSummary>>;
  /** A document with every layer, by id; null when absent. */
  getDocument(id: string): Promise<DocumentDetail | null>;

  listEntities(q?: EntityQuery): Promise<Page<EntitySummary>>;
  /** Entities a name (any language or spelling) or id refers to, best match first. */
  resolveEntity(nameOrId: string): Promise<EntitySummary[]>;
  /** Everything about one entity given by id or name; null when nothing matches. */
  getEntity(nameOrId: string): Promise<EntityDetail | null>;

  listEvents(q?: EventQuery): Promise<Page<EventRecord>>;
  getEvent(id: number): Promise<EventRecord | null>;

  listQuotes(q?: QuoteQuery): Promise<Page<QuoteRecord>>;

  /** Cooperation/conflict series of an actor pair; null when either name resolves to nothing. */
  relations(q: RelationQuery): Promise<RelationSeries | null>;

  search(q: SearchQuery): Promise<Page<SearchHit>>;

  overview(q?: OverviewQuery): Promise<Overview>;

  /** Export iterators: stream every item without loading the store into memory. */
  exportDocuments(): AsyncIterable<DocumentDetail>;
  exportEntities(): AsyncIterable<EntityFacts>;
  exportEvents(): AsyncIterable<EventRecord>;
  exportQuotes(): AsyncIterable<QuoteRecord>;
  exportTimes(): AsyncIterable<TimeRecord>;
  exportMentions(): AsyncIterable<MentionRecord>;
  network(): Promise<Network>;

  close(): Promise<void>;
}

/** Options to open a store. */
export interface StoreOptions {
  /** Data folder (default `./lagebild-data`). */
  readonly dataDir?: string;
  /** Open without writing (no migrations; fails if the store does not exist). */
  readonly readonly?: boolean;
}

/** How many reports an event carries in lists (the rest via `Store.getEvent`). */
export const REPORTS_PER_EVENT = 10;
/** How many reports an event carries inside an entity timeline or a relation series. */
export const REPORTS_IN_SERIES = 3;

/** Default data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './lagebild-data';
