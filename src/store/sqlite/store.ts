/**
 * The SQLite implementation of {@link Store}: one database file in the data folder, WAL mode,
 * versioned migrations, one transaction per article.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { LagebildError } from '../../errors.js';
import {
  DEFAULT_DATA_DIR,
  type DocumentDetail, type DocumentQuery, type DocumentSummary, type EntityDetail, type EntityFacts, type EntityQuery, type EntitySummary,
  type EventQuery, type EventRecord, type MentionRecord, type Network, type Overview, type OverviewQuery, type Page, type PutDocumentInput,
  type PutResult, type QuoteQuery, type QuoteRecord, type RelationQuery, type RelationSeries, type RemoveResult, type SearchHit,
  type SearchQuery, type Store, type StoreOptions, type TimeRecord,
} from '../types.js';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations.js';
import { SqliteReader } from './read.js';
import { SqliteWriter } from './write.js';

/** File name of the database inside the data folder. */
export const DB_FILE = 'lagebild.sqlite';
/** Rows per export page. */
const EXPORT_PAGE = 200;

/** Wraps a database error into a STORE error naming the data folder. */
function storeError(err: unknown, dir: string): LagebildError {
  if (err instanceof LagebildError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  return new LagebildError('STORE', msg, dir, { cause: err });
}

/** A store in one SQLite file. Methods are synchronous underneath; the async surface is the Store contract. */
export class SqliteStore implements Store {
  readonly dataDir: string;
  readonly path: string;
  private readonly db: Database.Database;
  private readonly writer: SqliteWriter | null;
  private readonly reader: SqliteReader;

  private constructor(dataDir: string, db: Database.Database, readonly: boolean) {
    this.dataDir = dataDir;
    this.path = join(dataDir, DB_FILE);
    this.db = db;
    this.writer = readonly ? null : new SqliteWriter(db);
    this.reader = new SqliteReader(db);
  }

  /** Opens (creating and migrating when writable) the store of a data folder. */
  static open(opts: StoreOptions = {}): SqliteStore {
    const dir = resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
    const file = join(dir, DB_FILE);
    try {
      if (opts.readonly) {
        if (!existsSync(file)) throw new LagebildError('NOT_FOUND', `no store in ${dir} (ingest something first)`, dir);
        let db = new Database(file, { readonly: true, fileMustExist: true });
        db.pragma('busy_timeout = 5000');
        const version = schemaVersion(db);
        if (version === 0) {
          db.close();
          throw new LagebildError('STORE', 'the database has no lagebild schema', dir);
        }
        if (version < SCHEMA_VERSION) {
          // a store written by an older lagebild: upgrade it once (the queries need the new
          // tables), then read as asked
          db.close();
          const w = new Database(file, { fileMustExist: true });
          try {
            w.pragma('journal_mode = WAL');
            w.pragma('busy_timeout = 5000');
            migrate(w);
          } finally {
            w.close();
          }
          db = new Database(file, { readonly: true, fileMustExist: true });
          db.pragma('busy_timeout = 5000');
        }
        return new SqliteStore(dir, db, true);
      }
      mkdirSync(dir, { recursive: true });
      const db = new Database(file);
      // WAL: readers (the web app) never block the ingest; NORMAL sync keeps every committed
      // transaction across a process crash (only an OS crash may lose the last ones, never half of one).
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // a larger WAL between checkpoints coalesces repeated writes of hot index pages (fewer
      // page copies per article) and a 64 MB page cache keeps those pages in memory
      db.pragma('wal_autocheckpoint = 10000');
      db.pragma('cache_size = -65536');
      migrate(db);
      return new SqliteStore(dir, db, false);
    } catch (err) {
      throw storeError(err, dir);
    }
  }

  private w(): SqliteWriter {
    if (!this.writer) throw new LagebildError('FORBIDDEN', 'the store was opened read-only', this.dataDir);
    return this.writer;
  }

  private run<T>(f: () => T): Promise<T> {
    try {
      return Promise.resolve(f());
    } catch (err) {
      return Promise.reject(storeError(err, this.dataDir));
    }
  }

  /** Synchronous put, for batch ingest loops that need no event-loop turn per article. */
  putSync(input: PutDocumentInput): PutResult {
    try {
      return this.w().put(input);
    } catch (err) {
      throw storeError(err, this.dataDir);
    }
  }

  putDocument(input: PutDocumentInput): Promise<PutResult> { return this.run(() => this.w().put(input)); }
  removeDocument(id: string): Promise<RemoveResult> { return this.run(() => this.w().remove(id)); }
  findByHash(hash: string): Promise<DocumentSummary | null> { return this.run(() => this.reader.findByHash(hash)); }
  /** Synchronous hash lookup (skip analysis of unchanged inputs without an await). */
  findByHashSync(hash: string): DocumentSummary | null { return this.reader.findByHash(hash); }
  findByAddress(address: string): Promise<DocumentSummary | null> { return this.run(() => this.reader.findByAddress(address)); }
  listDocuments(q?: DocumentQuery): Promise<Page<DocumentSummary>> { return this.run(() => this.reader.listDocuments(q)); }
  getDocument(id: string): Promise<DocumentDetail | null> { return this.run(() => this.reader.getDocument(id)); }
  listEntities(q?: EntityQuery): Promise<Page<EntitySummary>> { return this.run(() => this.reader.listEntities(q)); }
  resolveEntity(nameOrId: string): Promise<EntitySummary[]> { return this.run(() => this.reader.resolveEntity(nameOrId)); }
  getEntity(nameOrId: string): Promise<EntityDetail | null> { return this.run(() => this.reader.getEntity(nameOrId)); }
  listEvents(q?: EventQuery): Promise<Page<EventRecord>> { return this.run(() => this.reader.listEvents(q)); }
  getEvent(id: number): Promise<EventRecord | null> { return this.run(() => this.reader.getEvent(id)); }
  listQuotes(q?: QuoteQuery): Promise<Page<QuoteRecord>> { return this.run(() => this.reader.listQuotes(q)); }
  relations(q: RelationQuery): Promise<RelationSeries | null> { return this.run(() => this.reader.relations(q)); }
  search(q: SearchQuery): Promise<Page<SearchHit>> { return this.run(() => this.reader.search(q)); }
  overview(q?: OverviewQuery): Promise<Overview> { return this.run(() => this.reader.overview(q)); }
  network(): Promise<Network> { return this.run(() => this.reader.network()); }

  exportDocuments(): AsyncIterable<DocumentDetail> { return pages(0, (k) => this.reader.documentPage(k, 50)); }
  exportEntities(): AsyncIterable<EntityFacts> { return pages(0, (k) => this.reader.entityPage(k, EXPORT_PAGE)); }
  exportEvents(): AsyncIterable<EventRecord> { return pages(0, (k) => this.reader.eventPage(k, EXPORT_PAGE)); }
  exportQuotes(): AsyncIterable<QuoteRecord> { return pages(0, (k) => this.reader.quotePage(k, EXPORT_PAGE)); }
  exportTimes(): AsyncIterable<TimeRecord> { return pages<[number, number], TimeRecord>([0, -1], (k) => this.reader.timePage(k, EXPORT_PAGE)); }
  exportMentions(): AsyncIterable<MentionRecord> { return pages(0, (k) => this.reader.mentionPage(k, EXPORT_PAGE)); }

  /** Runs SQLite's integrity and foreign-key checks; returns the problems found (empty when sound). */
  check(): string[] {
    const integrity = (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((s) => s !== 'ok');
    const fk = (this.db.pragma('foreign_key_check') as { table: string; rowid: number }[]).map((r) => `foreign key violation in ${r.table} row ${r.rowid}`);
    return [...integrity, ...fk];
  }

  close(): Promise<void> {
    if (this.db.open) {
      // keeps the planner's statistics current for the indexes the queries rely on
      if (this.writer) this.db.pragma('optimize');
      this.db.close();
    }
    return Promise.resolve();
  }
}

/** An async iterator over keyset pages: each page is read in full before yielding, so no cursor stays open. */
async function* pages<K, T>(start: K, page: (after: K) => { last: K; items: T[] }): AsyncGenerator<T> {
  let key = start;
  for (;;) {
    const p = page(key);
    if (p.items.length === 0) return;
    for (const item of p.items) yield item;
    key = p.last;
  }
}
