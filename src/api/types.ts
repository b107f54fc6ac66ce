/**
 * Response types of the HTTP API, shared by the server and the web UI. Each type is derived from
 * its run-time decoder, so the UI checks every response it receives against the same definition
 * the server is typed with.
 */
import { arr, bool, int, nullable, num, obj, oneOf, optional, str, type Infer } from './decode.js';

/** Entity types (as in `src/doc/types.ts`). */
export const ENTITY_TYPES = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'] as const;
/** The 16 PLOVER event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
/** Event modalities. */
export const MODALITIES = ['asserted', 'planned', 'hypothetical', 'negated'] as const;
/** Quad classes. */
export const QUADS = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
/** Buckets of a relation series. */
export const BUCKETS = ['day', 'week', 'month'] as const;

/** Decoder of an error body `{ error: { code, message } }`. */
export const apiErrorD = obj({ error: obj({ code: str, message: str }) });
/** The body of every 4xx/5xx answer. */
export type ApiError = Infer<typeof apiErrorD>;

/** A reference to an actor with its display name. */
export const actorRefD = obj({ id: str, name: str, type: oneOf(ENTITY_TYPES) });
/** A reference to an actor with its display name. */
export type ActorRef = Infer<typeof actorRefD>;

/** A reference to a document. */
export const docRefD = obj({
  id: str,
  title: nullable(str),
  published: nullable(str),
  source: nullable(str),
  address: nullable(str),
  language: str,
});
/** A reference to a document. */
export type DocRef = Infer<typeof docRefD>;

/** One article's report of an event: the document and where the evidence is. */
export const eventReportD = obj({
  doc: docRefD,
  /** Index of the event in the document's events layer. */
  index: int,
  start: int,
  end: int,
  trigger: str,
  triggerStart: int,
  triggerEnd: int,
  evidence: str,
  date: nullable(str),
  modality: oneOf(MODALITIES),
});
/** One article's report of an event. */
export type EventReportItem = Infer<typeof eventReportD>;

/** One real-world event with every report of it (a report is not an event). */
export const eventItemD = obj({
  id: int,
  type: oneOf(PLOVER_TYPES),
  source: nullable(actorRefD),
  target: nullable(actorRefD),
  date: nullable(str),
  /** Day used to place the event on a time axis. */
  day: nullable(str),
  modality: oneOf(MODALITIES),
  quad: oneOf(QUADS),
  weight: num,
  confidence: num,
  reports: arr(eventReportD),
});
/** One real-world event with its reports. */
export type EventItem = Infer<typeof eventItemD>;

/** A passage of the speaker's own wording inside a reported clause: document offsets and text without the marks. */
export const verbatimSpanD = obj({ start: int, end: int, text: str });
/** A verbatim passage of a quote. */
export type VerbatimSpanItem = Infer<typeof verbatimSpanD>;

/** A quote with its document and speaker. */
export const quoteItemD = obj({
  id: int,
  doc: docRefD,
  /** Index of the quote in the document's quotes layer. */
  index: int,
  speaker: nullable(actorRefD),
  addressee: nullable(actorRefD),
  kind: oneOf(['direct', 'indirect'] as const),
  text: str,
  cue: nullable(str),
  date: nullable(str),
  start: int,
  end: int,
  confidence: num,
  /** The quoted wording inside a reported clause (empty for a direct quote); absent from servers before schema 5. */
  verbatim: optional(arr(verbatimSpanD)),
});
/** A quote with its document and speaker. */
export type QuoteItem = Infer<typeof quoteItemD>;

/** An entity in a list, with activity counts. */
export const entityItemD = obj({
  id: str,
  type: oneOf(ENTITY_TYPES),
  name: str,
  aliases: arr(str),
  wikidata: nullable(str),
  documents: int,
  mentions: int,
  events: int,
  quotes: int,
});
/** An entity in a list. */
export type EntityItem = Infer<typeof entityItemD>;

/** A surface form with the languages it was seen in. */
export const nameRecordD = obj({ text: str, languages: arr(str), count: int });
/** A surface form with the languages it was seen in. */
export type NameRecord = Infer<typeof nameRecordD>;

/** A role with its dates and the document it came from. */
export const roleD = obj({ role: str, of: nullable(str), from: nullable(str), to: nullable(str), source: str, docId: str });
/** A role with its dates. */
export type RoleItem = Infer<typeof roleD>;

/** Aggregate of the events between two actors (both directions). */
export const pairItemD = obj({
  a: actorRefD,
  b: actorRefD,
  count: int,
  /** Sum of positive weights. */
  cooperation: num,
  /** Sum of negative weights, as a positive number. */
  conflict: num,
  firstDay: nullable(str),
  lastDay: nullable(str),
});
/** Aggregate of the events between two actors. */
export type PairItem = Infer<typeof pairItemD>;

/** An entity with everything known about it. */
export const entityDetailD = obj({
  id: str,
  type: oneOf(ENTITY_TYPES),
  name: str,
  wikidata: nullable(str),
  documents: int,
  mentions: int,
  events: int,
  quotes: int,
  /** Names as written, with the languages of the articles they were seen in. */
  names: arr(nameRecordD),
  descriptions: arr(nameRecordD),
  roles: arr(roleD),
  /** Events with the entity as source or target, oldest first. */
  timeline: arr(eventItemD),
  quotesBy: arr(quoteItemD),
  quotesAbout: arr(quoteItemD),
  /** The other actors of the timeline's events, strongest first. */
  relations: arr(pairItemD),
  documentRefs: arr(docRefD),
});
/** An entity with everything known about it. */
export type EntityDetail = Infer<typeof entityDetailD>;

/** Per-layer counts of a document. */
export const countsD = obj({ sentences: int, entities: int, times: int, quotes: int, events: int });

/** A document in a list. */
export const documentItemD = obj({
  id: str,
  title: nullable(str),
  published: nullable(str),
  language: str,
  source: nullable(str),
  address: nullable(str),
  storedAt: str,
  counts: countsD,
});
/** A document in a list. */
export type DocumentItem = Infer<typeof documentItemD>;

const spanFields = { start: int, end: int };

/** The analysed article: text and every layer with offsets (the JSON output of `analyze`). */
export const outDocD = obj({
  id: str,
  language: str,
  published: nullable(str),
  source: nullable(str),
  title: nullable(str),
  address: nullable(str),
  text: str,
  sentences: arr(obj({ ...spanFields, zone: str })),
  entities: arr(obj({
    id: str,
    type: oneOf(ENTITY_TYPES),
    name: str,
    aliases: arr(str),
    mentions: arr(obj({ ...spanFields, text: str, kind: str, sentence: int })),
  })),
  times: arr(obj({ ...spanFields, text: str, type: str, value: nullable(str), mod: nullable(str), sentence: int })),
  quotes: arr(obj({
    ...spanFields, speaker: nullable(str), kind: str, text: str, sentence: int,
    cue: nullable(str), addressee: nullable(str), date: nullable(str),
    /** Absent from layers written before the fourteenth session. */
    verbatim: optional(arr(verbatimSpanD)),
  })),
  events: arr(obj({
    ...spanFields, type: oneOf(PLOVER_TYPES), source: nullable(str), target: nullable(str), date: nullable(str),
    modality: oneOf(MODALITIES), trigger: str, evidence: str, sentence: int,
    triggerStart: int, triggerEnd: int, quad: oneOf(QUADS), weight: num, confidence: num,
  })),
  /** Speech acts reported without their content ("kündigte Reformen an"); absent from layers written before the twenty-second session. */
  speechActs: optional(arr(obj({
    ...spanFields, speaker: nullable(str), speakerStart: int, speakerEnd: int,
    cue: str, lemma: str, cueStart: int, cueEnd: int,
    topic: nullable(obj({ ...spanFields, text: str })), text: str, sentence: int, confidence: num,
  }))),
});
/** The analysed article with every layer. */
export type OutDocItem = Infer<typeof outDocD>;

/** A document with every layer and the store ids of its events and quotes. */
export const documentDetailD = obj({
  id: str,
  title: nullable(str),
  published: nullable(str),
  language: str,
  source: nullable(str),
  address: nullable(str),
  storedAt: str,
  counts: countsD,
  doc: outDocD,
  /** Store event id of each of `doc.events`, index-aligned. */
  eventIds: arr(int),
  /** Store quote id of each of `doc.quotes`, index-aligned. */
  quoteIds: arr(int),
});
/** A document with every layer. */
export type DocumentDetail = Infer<typeof documentDetailD>;

/** A page of a list; `total` counts every match, not only this page. */
export function pageD<T>(item: (v: unknown, p?: string) => T) {
  return obj({ items: arr(item), total: int, limit: int, offset: int });
}
/** A page of a list. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** One bucket of a relation series; `eventIds` point into the series' `events`. */
export const seriesPointD = obj({
  period: str,
  start: str,
  cooperation: num,
  conflict: num,
  net: num,
  count: int,
  eventIds: arr(int),
});
/** One bucket of a relation series. */
export type SeriesPoint = Infer<typeof seriesPointD>;

/** The cooperation/conflict series between two actors with the events behind it. */
export const relationSeriesD = obj({
  a: actorRefD,
  b: actorRefD,
  by: oneOf(BUCKETS),
  points: arr(seriesPointD),
  undatedEventIds: arr(int),
  events: arr(eventItemD),
});
/** The cooperation/conflict series between two actors. */
export type RelationSeries = Infer<typeof relationSeriesD>;

/** The actor network: nodes (actors) and edges (pairs). */
export const networkD = obj({
  nodes: arr(obj({ id: str, name: str, type: oneOf(ENTITY_TYPES), events: int })),
  edges: arr(pairItemD),
  /** True when the filter matched more events than the server aggregates. */
  truncated: bool,
});
/** The actor network. */
export type Network = Infer<typeof networkD>;

/** A full-text hit: the document, and for quotes the speaker; matches in `snippet` are wrapped in [ ]. */
export const searchHitD = obj({
  kind: oneOf(['document', 'quote'] as const),
  doc: docRefD,
  quoteId: nullable(int),
  speaker: nullable(actorRefD),
  snippet: str,
});
/** A full-text hit. */
export type SearchHit = Infer<typeof searchHitD>;

/** Results of a search across documents, entities and quotes. */
export const searchResultD = obj({
  q: str,
  documents: arr(searchHitD),
  entities: arr(entityItemD),
  quotes: arr(searchHitD),
  totals: obj({ documents: int, entities: int, quotes: int }),
});
/** Results of a search. */
export type SearchResult = Infer<typeof searchResultD>;

/** The store at a glance. */
export const overviewD = obj({
  documents: int,
  entities: int,
  events: int,
  reports: int,
  quotes: int,
  topActors: arr(obj({ entity: actorRefD, events: int })),
  latestEvents: arr(eventItemD),
  eventsPerDay: arr(obj({ day: str, count: int })),
  cooperativePairs: arr(pairItemD),
  conflictualPairs: arr(pairItemD),
});
/** The store at a glance. */
export type Overview = Infer<typeof overviewD>;

/** Result of POST /api/ingest. */
export const ingestResultD = obj({
  id: str,
  status: oneOf(['inserted', 'unchanged', 'replaced'] as const),
  title: nullable(str),
  events: int,
});
/** Result of POST /api/ingest. */
export type IngestResult = Infer<typeof ingestResultD>;

/** Server information for the UI (whether ingest is enabled). */
export const infoD = obj({ version: str, ingest: bool });
/** Server information. */
export type Info = Infer<typeof infoD>;
