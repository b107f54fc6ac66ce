/**
 * Row shapes of the SQLite store and their mapping to the store's result types.
 */
import type { EntityType, Lang, Modality, PloverType, QuadClass, QuoteKind, VerbatimSpan } from '../../doc/types.js';
import type { DocRef, DocumentSummary, EntityRef, EventReport, QuoteRecord } from '../types.js';

/** Columns of `documents` without text and layers. */
export interface DocRow {
  pk: number; id: string; title: string | null; language: string; published: string | null; source: string | null;
  address: string | null; content_hash: string; fetched_at: string; stored_at: string;
  n_sentences: number; n_entities: number; n_times: number; n_quotes: number; n_events: number;
}

/** The columns of {@link DocRow}, for SELECT lists. */
export const DOC_COLUMNS = 'd.pk, d.id, d.title, d.language, d.published, d.source, d.address, d.content_hash, d.fetched_at, d.stored_at, d.n_sentences, d.n_entities, d.n_times, d.n_quotes, d.n_events';

/** A document reference from joined document columns (`doc_id`, `doc_title`…). */
export interface DocRefCols {
  doc_id: string; doc_title: string | null; doc_published: string | null; doc_source: string | null; doc_address: string | null; doc_language: string;
}

/** SELECT list for {@link DocRefCols} from a `documents d` join. */
export const DOC_REF_COLUMNS = 'd.id AS doc_id, d.title AS doc_title, d.published AS doc_published, d.source AS doc_source, d.address AS doc_address, d.language AS doc_language';

/** A document reference from joined document columns. */
export function docRefOf(r: DocRefCols): DocRef {
  return { id: r.doc_id, title: r.doc_title, published: r.doc_published, source: r.doc_source, address: r.doc_address, language: r.doc_language as Lang };
}

/** A document summary from its row. */
export function docSummaryOf(r: DocRow): DocumentSummary {
  return {
    id: r.id, title: r.title, published: r.published, source: r.source, address: r.address, language: r.language as Lang,
    contentHash: r.content_hash, fetchedAt: r.fetched_at, storedAt: r.stored_at,
    counts: { sentences: r.n_sentences, entities: r.n_entities, times: r.n_times, quotes: r.n_quotes, events: r.n_events },
  };
}

/** Columns of `entities`. */
export interface EntityRow {
  id: string; type: string; name: string; name_key: string; wikidata: string | null; placeholder: number; n_docs: number; n_mentions: number;
}

/** An entity reference from an entity row (or any row with id, name and type). */
export function entityRefOf(r: { id: string; name: string; type: string }): EntityRef {
  return { id: r.id, name: r.name, type: r.type as EntityType };
}

/** Columns of `events`. */
export interface EventRow {
  id: number; type: string; source: string | null; target: string | null; date: string | null; day: string | null;
  modality: string; quad: string; weight: number; cameo: string | null; confidence: number; n_reports: number;
}

/** Columns of `event_reports`. */
export interface ReportRow {
  id: number; event: number; doc: number; idx: number; sentence: number; start: number; end: number; trigger: string;
  trigger_start: number; trigger_end: number; evidence: string; date: string | null; modality: string; confidence: number; rule: string;
}

/** An event report from its row and its document's reference columns. */
export function reportOf(r: ReportRow, d: DocRefCols): EventReport {
  return {
    doc: docRefOf(d), index: r.idx, sentence: r.sentence, start: r.start, end: r.end, trigger: r.trigger,
    triggerStart: r.trigger_start, triggerEnd: r.trigger_end, evidence: r.evidence, date: r.date,
    modality: r.modality as Modality, confidence: r.confidence, rule: r.rule,
  };
}

/** Columns of `quotes` joined with its document. */
export interface QuoteRow extends DocRefCols {
  id: number; idx: number; speaker: string | null; addressee: string | null; kind: string; text: string; cue: string | null;
  date: string | null; fragment: number; start: number; end: number; sentence: number; confidence: number;
  /** JSON array of the verbatim passages (schema 5; '[]' when none). */
  verbatim: string;
}

/** A quote record from its row; speaker and addressee resolved through `entities`. */
export function quoteOf(r: QuoteRow, entities: ReadonlyMap<string, EntityRef>): QuoteRecord {
  return {
    id: r.id, doc: docRefOf(r), index: r.idx,
    speaker: r.speaker ? entities.get(r.speaker) ?? null : null,
    addressee: r.addressee ? entities.get(r.addressee) ?? null : null,
    kind: r.kind as QuoteKind, text: r.text, cue: r.cue, date: r.date, fragment: r.fragment === 1,
    start: r.start, end: r.end, sentence: r.sentence, confidence: r.confidence, verbatim: verbatimOf(r.verbatim),
  };
}

/** The verbatim passages of a quote row; a column that holds no array (hand-edited, damaged) gives none. */
export function verbatimOf(json: string | null | undefined): VerbatimSpan[] {
  if (!json) return [];
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  return v.filter(isSpan).map((x) => ({ start: x.start, end: x.end, text: x.text }));
}

function isSpan(x: unknown): x is VerbatimSpan {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string';
}

