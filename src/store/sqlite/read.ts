/**
 * Queries of the SQLite store. Lists are paged; entity names in filters are resolved through
 * `entity_keys` (folded, transliteration-normalised names, see `normalize.ts`).
 */
import type Database from 'better-sqlite3';
import type { EntityType, Lang, Modality, PloverType, QuadClass } from '../../doc/types.js';
import type { OutDoc } from '../../output/schema.js';
import { bucketOf, upperBound } from '../dates.js';
import { foldWord, nameKey } from '../normalize.js';
import {
  REPORTS_IN_SERIES, REPORTS_PER_EVENT,
  type AliasRecord, type DocRef, type EventReport, type DocumentDetail, type DocumentQuery, type DocumentSummary, type EntityDetail, type EntityFacts,
  type EntityQuery, type EntityRef, type EntitySummary, type EventQuery, type EventRecord, type MentionRecord, type Network,
  type Overview, type OverviewQuery, type Page, type PageQuery, type PairStat, type QuoteQuery, type QuoteRecord, type RelationPoint,
  type RelationQuery, type RelationSeries, type RoleRecord, type SearchHit, type SearchQuery, type TimeRecord,
} from '../types.js';
import {
  DOC_COLUMNS, DOC_REF_COLUMNS, docRefOf, docSummaryOf, entityRefOf, quoteOf, reportOf,
  type DocRefCols, type DocRow, type EntityRow, type EventRow, type QuoteRow, type ReportRow,
} from './rows.js';

/** An event_reports row (its document is attached from a batch lookup). */
type RawReport = ReportRow;

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
/** How many items of each list an entity detail carries (the rest through the list queries). */
const DETAIL_LIMIT = 100;
/** How many events an entity timeline carries (the newest; older ones through `listEvents`). */
const TIMELINE_LIMIT = 100;

/** Clamped limit and offset. */
function paging(q: PageQuery | undefined): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(q?.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(q?.offset ?? 0));
  return { limit, offset };
}

/** A SQL condition list with its parameters. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : '';
  }
}

/** The FTS5 query of a user's words: each folded word quoted (no FTS syntax leaks through), all required. */
export function ftsQuery(text: string): string | null {
  const words = nameKey(text).split(' ').filter(Boolean);
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ') : null;
}

/** A window of `text` around the first word whose folded form is a query word, matches in [brackets]. */
export function snippet(text: string, query: string, width = 160): string {
  const wanted = new Set(nameKey(query).split(' ').filter(Boolean));
  const hits: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wanted.has(foldWord(m[0]))) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  const first = hits[0];
  const from = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  const to = Math.min(text.length, from + width);
  let out = '';
  let pos = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += text.slice(pos, h.start) + '[' + text.slice(h.start, h.end) + ']';
    pos = h.end;
  }
  out += text.slice(pos, to);
  return (from > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + (to < text.length ? '…' : '');
}

/** Prepared queries over one database handle. */
export class SqliteReader {
  private readonly db: Database.Database;
  private readonly s;
  /** Statements of the filtered lists, by SQL text (a handful of filter combinations recur). */
  private readonly dynamic = new Map<string, Database.Statement>();

  constructor(db: Database.Database) {
    this.db = db;
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      docById: p(`SELECT ${DOC_COLUMNS}, d.layers, d.text FROM documents d WHERE d.id = ?`),
      docByHash: p(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.content_hash = ?`),
      docByAddress: p(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.address = ? ORDER BY d.pk DESC LIMIT 1`),
      docPage: p(`SELECT ${DOC_COLUMNS}, d.layers, d.text FROM documents d WHERE d.pk > ? ORDER BY d.pk LIMIT ?`),
      eventIdsOfDoc: p('SELECT event FROM event_reports WHERE doc = ? ORDER BY idx'),
      quoteIdsOfDoc: p('SELECT id FROM quotes WHERE doc = ? ORDER BY idx'),
      entity: p('SELECT * FROM entities WHERE id = ?'),
      redirect: p('SELECT to_id FROM entity_redirects WHERE from_id = ?'),
      entitiesByKey: p('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ? ORDER BY e.n_docs DESC, e.id LIMIT 20'),
      entitiesByKeyPrefix: p(`SELECT DISTINCT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity
        WHERE k.key >= @a AND k.key < @a || '~' ORDER BY e.n_docs DESC, e.id LIMIT 20`),
      entitiesByKeyWord: p(`SELECT DISTINCT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity
        WHERE k.key LIKE '% ' || @a || '%' ORDER BY e.n_docs DESC, e.id LIMIT 20`),
      entityRefs: p('SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))'),
      aliasesOf: p(`SELECT text FROM entity_aliases WHERE entity = ? AND kind = 'alias' GROUP BY text ORDER BY SUM(n) DESC, MIN(first) LIMIT 30`),
      eventCount: p('SELECT (SELECT COUNT(*) FROM events WHERE source = @a) + (SELECT COUNT(*) FROM events WHERE target = @a AND source IS NOT @a) AS n'),
      quoteCount: p('SELECT COUNT(*) AS n FROM quotes WHERE speaker = ?'),
      namesOf: p(`SELECT text, group_concat(lang) AS langs, SUM(n) AS n FROM entity_aliases WHERE entity = ? AND kind = ?
        GROUP BY text ORDER BY n DESC, MIN(first) LIMIT ${DETAIL_LIMIT}`),
      // each distinct role fact once, with the first document that stated it
      rolesOf: p(`SELECT g.role, g."of", g."from", g."to", g.source, d.id AS doc_id FROM (
          SELECT role, "of", "from", "to", source, MIN(doc) AS first FROM roles WHERE entity = ? GROUP BY role, "of", "from", "to", source
        ) g JOIN documents d ON d.pk = g.first ORDER BY g.first LIMIT ${DETAIL_LIMIT}`),
      timeline: p(`SELECT * FROM (SELECT * FROM events WHERE source = @a UNION SELECT * FROM events WHERE target = @a)
        ORDER BY day IS NULL, day DESC, id DESC LIMIT ${TIMELINE_LIMIT}`),
      // newest stored first: follows the (speaker, id) index instead of sorting every quote of a frequent speaker
      quotesBy: p(`SELECT q.*, ${DOC_REF_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc WHERE q.speaker = ?
        ORDER BY q.id DESC LIMIT ${DETAIL_LIMIT}`),
      quotesAbout: p(`SELECT q.*, ${DOC_REF_COLUMNS} FROM quote_about a JOIN quotes q ON q.id = a.quote JOIN documents d ON d.pk = q.doc
        WHERE a.entity = ? ORDER BY a.quote DESC LIMIT ${DETAIL_LIMIT}`),
      docsOf: p(`SELECT ${DOC_REF_COLUMNS} FROM doc_entities de JOIN documents d ON d.pk = de.doc WHERE de.entity = ?
        ORDER BY de.doc DESC LIMIT ${DETAIL_LIMIT}`),
      event: p('SELECT * FROM events WHERE id = ?'),
      // reports without their documents: documents rows carry the article text, so joining them per
      // report is slow; the references are fetched once per batch (docRefsByPk)
      // one statement for a whole batch of events (a statement per event costs more than its rows)
      reportsCapped: p(`SELECT r.* FROM json_each(?) j JOIN event_reports r ON r.id IN (SELECT id FROM event_reports WHERE event = j.value ORDER BY id LIMIT ?)
        ORDER BY r.event, r.id`),
      reportsAll: p('SELECT r.* FROM event_reports r WHERE r.event IN (SELECT value FROM json_each(?)) ORDER BY r.event, r.id'),
      docRefsByPk: p(`SELECT d.pk, ${DOC_REF_COLUMNS} FROM documents d WHERE d.pk IN (SELECT value FROM json_each(?))`),
      pairEvents: p(`SELECT * FROM events WHERE source = @a AND target = @b UNION SELECT * FROM events WHERE source = @b AND target = @a`),
      entityRowid: p('SELECT rowid AS r, * FROM entities WHERE rowid > ? ORDER BY rowid LIMIT ?'),
      eventPage: p('SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?'),
      quotePage: p(`SELECT q.*, ${DOC_REF_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc WHERE q.id > ? ORDER BY q.id LIMIT ?`),
      timePage: p(`SELECT t.doc AS pk, t.*, d.id AS doc_id FROM times t JOIN documents d ON d.pk = t.doc
        WHERE (t.doc, t.idx) > (?, ?) ORDER BY t.doc, t.idx LIMIT ?`),
      mentionPage: p(`SELECT m.rowid AS r, m.*, d.id AS doc_id FROM mentions m JOIN documents d ON d.pk = m.doc WHERE m.rowid > ? ORDER BY m.rowid LIMIT ?`),
      counts: p(`SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM entities) AS entities,
        (SELECT COUNT(*) FROM events) AS events, (SELECT COUNT(*) FROM event_reports) AS reports, (SELECT COUNT(*) FROM quotes) AS quotes`),
      topActors: p(`SELECT actor, COUNT(*) AS n FROM (SELECT source AS actor FROM events WHERE source IS NOT NULL
        UNION ALL SELECT target FROM events WHERE target IS NOT NULL AND target IS NOT source) GROUP BY actor ORDER BY n DESC, actor LIMIT ?`),
      latestEvents: p('SELECT * FROM events WHERE day IS NOT NULL ORDER BY day DESC, id DESC LIMIT ?'),
      lastDay: p('SELECT MAX(day) AS day FROM events'),
      perDay: p('SELECT day, COUNT(*) AS n FROM events WHERE day >= ? GROUP BY day ORDER BY day'),
      pairs: p(`SELECT MIN(source, target) AS a, MAX(source, target) AS b,
        SUM(CASE WHEN weight > 0 THEN weight ELSE 0 END) AS coop, SUM(CASE WHEN weight < 0 THEN -weight ELSE 0 END) AS conf,
        COUNT(*) AS n, MIN(day) AS first_day, MAX(day) AS last_day, group_concat(id) AS ids
        FROM events WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target GROUP BY 1, 2`),
      ftsDocs: p('SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'),
      ftsDocsCount: p('SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH ?'),
      ftsQuotes: p('SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'),
      ftsQuotesCount: p('SELECT COUNT(*) AS n FROM quotes_fts WHERE quotes_fts MATCH ?'),
      docTextByPk: p(`SELECT d.text, ${DOC_REF_COLUMNS} FROM documents d WHERE d.pk = ?`),
      quoteById: p(`SELECT q.*, ${DOC_REF_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc WHERE q.id = ?`),
    };
  }

  /** A prepared statement for a filtered query, compiled once per distinct SQL text. */
  private prep(sql: string): Database.Statement {
    let st = this.dynamic.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.dynamic.size < 256) this.dynamic.set(sql, st);
    }
    return st;
  }

  // ---------------------------------------------------------------------------------------------
  // Entities

  /** Store ids a name or id refers to, best first (exact id, exact name key, key prefix, word inside a key). */
  resolveIds(nameOrId: string): string[] {
    return this.resolveRows(nameOrId).map((r) => r.id);
  }

  private resolveRows(nameOrId: string): EntityRow[] {
    const q = nameOrId.trim();
    if (!q) return [];
    const redirect = this.s.redirect.get(q) as { to_id: string } | undefined;
    const byId = this.s.entity.get(redirect?.to_id ?? q) as EntityRow | undefined;
    if (byId) return [byId];
    const key = nameKey(q);
    if (!key) return [];
    let rows = this.s.entitiesByKey.all(key) as EntityRow[];
    if (rows.length === 0) rows = this.s.entitiesByKeyPrefix.all({ a: key }) as EntityRow[];
    if (rows.length === 0) rows = this.s.entitiesByKeyWord.all({ a: key }) as EntityRow[];
    return rows;
  }

  private summary(r: EntityRow, aliases?: readonly string[]): EntitySummary {
    return {
      id: r.id, name: r.name, type: r.type as EntityType, wikidata: r.wikidata,
      aliases: aliases ?? (this.s.aliasesOf.all(r.id) as { text: string }[]).map((a) => a.text),
      documents: r.n_docs, mentions: r.n_mentions,
      events: (this.s.eventCount.get({ a: r.id }) as { n: number }).n,
      quotes: (this.s.quoteCount.get(r.id) as { n: number }).n,
    };
  }

  resolveEntity(nameOrId: string): EntitySummary[] {
    return this.resolveRows(nameOrId).map((r) => this.summary(r));
  }

  listEntities(q: EntityQuery = {}): Page<EntitySummary> {
    const { limit, offset } = paging(q);
    const w = new Where();
    if (q.type) w.add('e.type = ?', q.type);
    if (q.q !== undefined && q.q.trim()) {
      const key = nameKey(q.q);
      // a name inside any key: prefix of the key or of one of its words; or the exact id
      w.add(`(e.id = ? OR e.id IN (SELECT entity FROM entity_keys WHERE (key >= ? AND key < ? || '~') OR key LIKE ?))`, q.q.trim(), key, key, `% ${key}%`);
    }
    const total = (this.prep(`SELECT COUNT(*) AS n FROM entities e ${w}`).get(...w.params) as { n: number }).n;
    const rows = this.prep(`SELECT e.* FROM entities e ${w} ORDER BY e.n_docs DESC, e.n_mentions DESC, e.id LIMIT ? OFFSET ?`)
      .all(...w.params, limit, offset) as EntityRow[];
    return { items: rows.map((r) => this.summary(r)), total, limit, offset };
  }

  private facts(r: EntityRow): EntityFacts {
    const names = (kind: string): AliasRecord[] =>
      (this.s.namesOf.all(r.id, kind) as { text: string; langs: string; n: number }[]).map((a) => ({
        text: a.text, languages: a.langs.split(',') as Lang[], count: a.n,
      }));
    const roles: RoleRecord[] = (this.s.rolesOf.all(r.id) as { role: string; of: string | null; from: string | null; to: string | null; source: string; doc_id: string }[])
      .map((x) => ({ role: x.role, of: x.of, from: x.from, to: x.to, source: x.source, docId: x.doc_id }));
    const aliasRecords = names('alias');
    return { ...this.summary(r, aliasRecords.slice(0, 30).map((a) => a.text)), aliasRecords, descriptions: names('description'), roles };
  }

  getEntity(nameOrId: string): EntityDetail | null {
    const r = this.resolveRows(nameOrId)[0];
    if (!r) return null;
    const timeline = this.hydrateEvents(this.s.timeline.all({ a: r.id }) as EventRow[], REPORTS_IN_SERIES).reverse();
    // undated events were ordered last in the newest-first query; keep them last after reversing
    timeline.sort((a, b) => (a.day === null ? 1 : 0) - (b.day === null ? 1 : 0));
    return {
      ...this.facts(r),
      timeline,
      quotesBy: this.hydrateQuotes(this.s.quotesBy.all(r.id) as QuoteRow[]),
      quotesAbout: this.hydrateQuotes(this.s.quotesAbout.all(r.id) as QuoteRow[]),
      documentRefs: (this.s.docsOf.all(r.id) as Parameters<typeof docRefOf>[0][]).map(docRefOf),
    };
  }

  /** Entity refs by store id. */
  refs(ids: Iterable<string | null>): Map<string, EntityRef> {
    const list = [...new Set([...ids].filter((x): x is string => x !== null))];
    const out = new Map<string, EntityRef>();
    if (list.length === 0) return out;
    for (const r of this.s.entityRefs.all(JSON.stringify(list)) as { id: string; name: string; type: string }[]) out.set(r.id, entityRefOf(r));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  /** Turns event rows into records with entity refs and their reports (all, or the first `cap`). */
  hydrateEvents(rows: readonly EventRow[], cap: number | 'all'): EventRecord[] {
    const refs = this.refs(rows.flatMap((r) => [r.source, r.target]));
    const raw = new Map<number, RawReport[]>();
    const ids = JSON.stringify(rows.map((r) => r.id));
    const pks = new Set<number>();
    if (rows.length) {
      for (const x of (cap === 'all' ? this.s.reportsAll.all(ids) : this.s.reportsCapped.all(ids, cap)) as RawReport[]) {
        let list = raw.get(x.event);
        if (!list) raw.set(x.event, (list = []));
        list.push(x);
        pks.add(x.doc);
      }
    }
    const docs = new Map<number, DocRefCols>();
    if (pks.size) for (const d of this.s.docRefsByPk.all(JSON.stringify([...pks])) as (DocRefCols & { pk: number })[]) docs.set(d.pk, d);
    const reports = (id: number): EventReport[] => {
      const out: EventReport[] = [];
      for (const x of raw.get(id) ?? []) {
        const d = docs.get(x.doc);
        if (d) out.push(reportOf(x, d));
      }
      return out;
    };
    return rows.map((r) => ({
      id: r.id, type: r.type as PloverType,
      source: r.source ? refs.get(r.source) ?? null : null,
      target: r.target ? refs.get(r.target) ?? null : null,
      date: r.date, day: r.day, modality: r.modality as Modality, quad: r.quad as QuadClass, weight: r.weight, cameo: r.cameo,
      confidence: r.confidence, reportCount: r.n_reports,
      reports: reports(r.id),
    }));
  }

  listEvents(q: EventQuery = {}): Page<EventRecord> {
    const { limit, offset } = paging(q);
    const w = new Where();
    const none = (): Page<EventRecord> => ({ items: [], total: 0, limit, offset });
    if (q.actor !== undefined) {
      const ids = this.resolveIds(q.actor);
      if (ids.length === 0) return none();
      const j = JSON.stringify(ids);
      w.add('(e.source IN (SELECT value FROM json_each(?)) OR e.target IN (SELECT value FROM json_each(?)))', j, j);
    }
    if (q.target !== undefined) {
      const ids = this.resolveIds(q.target);
      if (ids.length === 0) return none();
      w.add('e.target IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
    }
    if (q.type) w.add('e.type = ?', q.type);
    if (q.modality) w.add('e.modality = ?', q.modality);
    if (q.from) w.add('e.day >= ?', q.from);
    if (q.to) w.add('e.day <= ?', upperBound(q.to));
    if (q.docId) w.add('e.id IN (SELECT r.event FROM event_reports r JOIN documents d ON d.pk = r.doc WHERE d.id = ?)', q.docId);
    const total = (this.prep(`SELECT COUNT(*) AS n FROM events e ${w}`).get(...w.params) as { n: number }).n;
    const rows = this.prep(`SELECT e.* FROM events e ${w} ORDER BY e.day IS NULL, e.day DESC, e.id DESC LIMIT ? OFFSET ?`)
      .all(...w.params, limit, offset) as EventRow[];
    return { items: this.hydrateEvents(rows, REPORTS_PER_EVENT), total, limit, offset };
  }

  getEvent(id: number): EventRecord | null {
    const r = this.s.event.get(id) as EventRow | undefined;
    return r ? this.hydrateEvents([r], 'all')[0] ?? null : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Quotes

  hydrateQuotes(rows: readonly QuoteRow[]): QuoteRecord[] {
    const refs = this.refs(rows.flatMap((r) => [r.speaker, r.addressee]));
    return rows.map((r) => quoteOf(r, refs));
  }

  listQuotes(q: QuoteQuery = {}): Page<QuoteRecord> {
    const { limit, offset } = paging(q);
    const w = new Where();
    if (q.speaker !== undefined) {
      const ids = this.resolveIds(q.speaker);
      if (ids.length === 0) return { items: [], total: 0, limit, offset };
      w.add('q.speaker IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
    }
    if (q.q !== undefined && q.q.trim()) {
      const fts = ftsQuery(q.q);
      if (!fts) return { items: [], total: 0, limit, offset };
      w.add('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', fts);
    }
    const total = (this.prep(`SELECT COUNT(*) AS n FROM quotes q ${w}`).get(...w.params) as { n: number }).n;
    const rows = this.prep(`SELECT q.*, ${DOC_REF_COLUMNS} FROM quotes q JOIN documents d ON d.pk = q.doc ${w}
      ORDER BY q.id DESC LIMIT ? OFFSET ?`).all(...w.params, limit, offset) as QuoteRow[];
    return { items: this.hydrateQuotes(rows), total, limit, offset };
  }

  // ---------------------------------------------------------------------------------------------
  // Relations

  relations(q: RelationQuery): RelationSeries | null {
    const a = this.resolveRows(q.a)[0];
    const b = this.resolveRows(q.b)[0];
    if (!a || !b) return null;
    const by = q.by ?? 'month';
    let rows = this.s.pairEvents.all({ a: a.id, b: b.id }) as EventRow[];
    if (q.from) rows = rows.filter((r) => r.day !== null && r.day >= q.from!);
    if (q.to) rows = rows.filter((r) => r.day !== null && r.day <= upperBound(q.to!));
    rows.sort((x, y) => (x.day ?? '~').localeCompare(y.day ?? '~') || x.id - y.id);
    const points = new Map<string, { period: string; start: string; cooperation: number; conflict: number; count: number; eventIds: number[] }>();
    const undated: number[] = [];
    for (const r of rows) {
      if (r.day === null) {
        undated.push(r.id);
        continue;
      }
      const { period, start } = bucketOf(r.day, by);
      let p = points.get(period);
      if (!p) {
        p = { period, start, cooperation: 0, conflict: 0, count: 0, eventIds: [] };
        points.set(period, p);
      }
      if (r.weight > 0) p.cooperation += r.weight;
      else p.conflict += -r.weight;
      p.count++;
      p.eventIds.push(r.id);
    }
    const series: RelationPoint[] = [...points.values()].map((p) => ({
      ...p, cooperation: round(p.cooperation), conflict: round(p.conflict), net: round(p.cooperation - p.conflict),
    }));
    return { a: entityRefOf(a), b: entityRefOf(b), by, points: series, undatedEventIds: undated, events: this.hydrateEvents(rows, REPORTS_IN_SERIES) };
  }

  // ---------------------------------------------------------------------------------------------
  // Search

  search(q: SearchQuery): Page<SearchHit> {
    const { limit, offset } = paging(q);
    const fts = ftsQuery(q.q);
    if (!fts) return { items: [], total: 0, limit, offset };
    const kinds = new Set(q.kinds ?? ['document', 'quote']);
    // Documents first, then quotes: each ranked by bm25 within its kind; paging runs over the concatenation.
    const nDocs = kinds.has('document') ? (this.s.ftsDocsCount.get(fts) as { n: number }).n : 0;
    const nQuotes = kinds.has('quote') ? (this.s.ftsQuotesCount.get(fts) as { n: number }).n : 0;
    const items: SearchHit[] = [];
    if (offset < nDocs) {
      for (const h of this.s.ftsDocs.all(fts, limit, offset) as { rowid: number; rank: number }[]) {
        const d = this.s.docTextByPk.get(h.rowid) as ({ text: string } & Parameters<typeof docRefOf>[0]) | undefined;
        if (d) items.push({ kind: 'document', doc: docRefOf(d), quoteId: null, speaker: null, snippet: snippet(d.text, q.q), rank: h.rank });
      }
    }
    const qLimit = limit - items.length;
    const qOffset = Math.max(0, offset - nDocs);
    if (qLimit > 0 && nQuotes > 0) {
      const hits = this.s.ftsQuotes.all(fts, qLimit, qOffset) as { rowid: number; rank: number }[];
      const rows = hits.map((h) => this.s.quoteById.get(h.rowid) as QuoteRow | undefined).filter((r): r is QuoteRow => r !== undefined);
      const recs = this.hydrateQuotes(rows);
      recs.forEach((r, i) => items.push({
        kind: 'quote', doc: r.doc, quoteId: r.id, speaker: r.speaker, snippet: snippet(r.text, q.q), rank: hits[i]?.rank ?? 0,
      }));
    }
    return { items, total: nDocs + nQuotes, limit, offset };
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  findByHash(hash: string): DocumentSummary | null {
    const r = this.s.docByHash.get(hash) as DocRow | undefined;
    return r ? docSummaryOf(r) : null;
  }

  findByAddress(address: string): DocumentSummary | null {
    const r = this.s.docByAddress.get(address) as DocRow | undefined;
    return r ? docSummaryOf(r) : null;
  }

  listDocuments(q: DocumentQuery = {}): Page<DocumentSummary> {
    const { limit, offset } = paging(q);
    const w = new Where();
    if (q.entity !== undefined) {
      const ids = this.resolveIds(q.entity);
      if (ids.length === 0) return { items: [], total: 0, limit, offset };
      w.add('d.pk IN (SELECT doc FROM doc_entities WHERE entity IN (SELECT value FROM json_each(?)))', JSON.stringify(ids));
    }
    if (q.language) w.add('d.language = ?', q.language);
    if (q.from) w.add('d.published >= ?', q.from);
    if (q.to) w.add('d.published <= ?', upperBound(q.to));
    const total = (this.prep(`SELECT COUNT(*) AS n FROM documents d ${w}`).get(...w.params) as { n: number }).n;
    const rows = this.prep(`SELECT ${DOC_COLUMNS} FROM documents d ${w} ORDER BY d.published IS NULL, d.published DESC, d.pk DESC LIMIT ? OFFSET ?`)
      .all(...w.params, limit, offset) as DocRow[];
    return { items: rows.map(docSummaryOf), total, limit, offset };
  }

  private detail(r: DocRow & { layers: string; text: string }): DocumentDetail {
    const layers = JSON.parse(r.layers) as Omit<OutDoc, 'text'>;
    // layers stored before the fourteenth session have quotes without `verbatim`
    const quotes = layers.quotes.map((q) => (Array.isArray(q.verbatim) ? q : { ...q, verbatim: [] }));
    return {
      ...docSummaryOf(r),
      doc: { ...layers, quotes, text: r.text },
      eventIds: (this.s.eventIdsOfDoc.all(r.pk) as { event: number }[]).map((x) => x.event),
      quoteIds: (this.s.quoteIdsOfDoc.all(r.pk) as { id: number }[]).map((x) => x.id),
    };
  }

  getDocument(id: string): DocumentDetail | null {
    const r = this.s.docById.get(id) as (DocRow & { layers: string; text: string }) | undefined;
    return r ? this.detail(r) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Overview and network

  overview(q: OverviewQuery = {}): Overview {
    const top = Math.max(1, Math.min(100, q.top ?? 10));
    const days = Math.max(1, Math.min(3660, q.days ?? 90));
    const c = this.s.counts.get() as { documents: number; entities: number; events: number; reports: number; quotes: number };
    const actors = this.s.topActors.all(top) as { actor: string; n: number }[];
    const refs = this.refs(actors.map((a) => a.actor));
    const last = (this.s.lastDay.get() as { day: string | null }).day;
    let perDay: { day: string; count: number }[] = [];
    if (last) {
      const since = new Date(Date.parse(`${last}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
      perDay = (this.s.perDay.all(since) as { day: string; n: number }[]).map((r) => ({ day: r.day, count: r.n }));
    }
    const pairs = this.pairStats();
    return {
      ...c,
      topActors: actors.flatMap((a) => {
        const e = refs.get(a.actor);
        return e ? [{ entity: e, events: a.n }] : [];
      }),
      latestEvents: this.hydrateEvents(this.s.latestEvents.all(top) as EventRow[], REPORTS_IN_SERIES),
      eventsPerDay: perDay,
      cooperativePairs: [...pairs].filter((p) => p.cooperation > 0).sort((x, y) => y.cooperation - x.cooperation).slice(0, top).map(stripIds),
      conflictualPairs: [...pairs].filter((p) => p.conflict > 0).sort((x, y) => y.conflict - x.conflict).slice(0, top).map(stripIds),
    };
  }

  private pairStats(): (PairStat & { eventIds: number[] })[] {
    const rows = this.s.pairs.all() as { a: string; b: string; coop: number; conf: number; n: number; first_day: string | null; last_day: string | null; ids: string }[];
    const refs = this.refs(rows.flatMap((r) => [r.a, r.b]));
    return rows.flatMap((r) => {
      const a = refs.get(r.a);
      const b = refs.get(r.b);
      if (!a || !b) return [];
      return [{
        a, b, cooperation: round(r.coop), conflict: round(r.conf), count: r.n, firstDay: r.first_day, lastDay: r.last_day,
        eventIds: r.ids.split(',').map(Number),
      }];
    });
  }

  network(): Network {
    const edges = this.pairStats();
    const counts = new Map<string, number>();
    for (const e of edges) {
      counts.set(e.a.id, (counts.get(e.a.id) ?? 0) + e.count);
      counts.set(e.b.id, (counts.get(e.b.id) ?? 0) + e.count);
    }
    const refs = this.refs(counts.keys());
    const nodes = [...counts].flatMap(([id, n]) => {
      const r = refs.get(id);
      return r ? [{ ...r, events: n }] : [];
    });
    return { nodes, edges };
  }

  // ---------------------------------------------------------------------------------------------
  // Export pages (keyset paging: no statement stays open between pages)

  documentPage(afterPk: number, n: number): { last: number; items: DocumentDetail[] } {
    const rows = this.s.docPage.all(afterPk, n) as (DocRow & { layers: string; text: string })[];
    return { last: rows.at(-1)?.pk ?? afterPk, items: rows.map((r) => this.detail(r)) };
  }

  entityPage(afterRowid: number, n: number): { last: number; items: EntityFacts[] } {
    const rows = this.s.entityRowid.all(afterRowid, n) as (EntityRow & { r: number })[];
    return { last: rows.at(-1)?.r ?? afterRowid, items: rows.map((r) => this.facts(r)) };
  }

  eventPage(afterId: number, n: number): { last: number; items: EventRecord[] } {
    const rows = this.s.eventPage.all(afterId, n) as EventRow[];
    return { last: rows.at(-1)?.id ?? afterId, items: this.hydrateEvents(rows, 'all') };
  }

  quotePage(afterId: number, n: number): { last: number; items: QuoteRecord[] } {
    const rows = this.s.quotePage.all(afterId, n) as QuoteRow[];
    return { last: rows.at(-1)?.id ?? afterId, items: this.hydrateQuotes(rows) };
  }

  timePage(after: [number, number], n: number): { last: [number, number]; items: TimeRecord[] } {
    const rows = this.s.timePage.all(after[0], after[1], n) as { pk: number; idx: number; doc_id: string; text: string; type: string; value: string | null; mod: string | null; start: number; end: number; sentence: number }[];
    const l = rows.at(-1);
    return {
      last: l ? [l.pk, l.idx] : after,
      items: rows.map((t) => ({ docId: t.doc_id, text: t.text, type: t.type as TimeRecord['type'], value: t.value, mod: t.mod as TimeRecord['mod'], start: t.start, end: t.end, sentence: t.sentence })),
    };
  }

  mentionPage(afterRowid: number, n: number): { last: number; items: MentionRecord[] } {
    const rows = this.s.mentionPage.all(afterRowid, n) as { r: number; doc_id: string; entity: string; text: string; kind: string; start: number; end: number; sentence: number }[];
    return {
      last: rows.at(-1)?.r ?? afterRowid,
      items: rows.map((m) => ({ docId: m.doc_id, entityId: m.entity, text: m.text, kind: m.kind, start: m.start, end: m.end, sentence: m.sentence })),
    };
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function stripIds(p: PairStat & { eventIds: number[] }): PairStat {
  const { eventIds: _ids, ...rest } = p;
  return rest;
}

export type { DocRef };
