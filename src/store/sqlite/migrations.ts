/**
 * Versioned schema of the SQLite store. Migrations run in order, each in its own transaction,
 * and record themselves in `schema_version`; a store written by a newer lagebild is refused
 * rather than silently misread.
 */
import type Database from 'better-sqlite3';
import { LagebildError } from '../../errors.js';

/** One schema step. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

/**
 * The ordered migration list. Never edit a released step; append a new one.
 *
 * Facts point to their document by `doc` (documents.pk) with ON DELETE CASCADE, so removing a
 * document removes its mentions, names, roles, times, quotes and event reports in one statement;
 * merged events and entities are then pruned when nothing supports them any more.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, entities, mentions, times, quotes, merged events with reports, full-text search',
    sql: `
CREATE TABLE documents (
  pk INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT, language TEXT NOT NULL, published TEXT, source TEXT, address TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  fetched_at TEXT NOT NULL, stored_at TEXT NOT NULL,
  text TEXT NOT NULL,
  layers TEXT NOT NULL,
  n_sentences INTEGER NOT NULL, n_entities INTEGER NOT NULL, n_times INTEGER NOT NULL,
  n_quotes INTEGER NOT NULL, n_events INTEGER NOT NULL
);
CREATE INDEX documents_address ON documents(address);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, zone TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, wikidata TEXT,
  placeholder INTEGER NOT NULL DEFAULT 0,
  n_docs INTEGER NOT NULL DEFAULT 0, n_mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_type ON entities(type, n_docs);
CREATE INDEX entities_docs ON entities(n_docs);

-- Every name key of an entity (canonical name, aliases, descriptions), for name lookups.
CREATE TABLE entity_keys (
  key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);

-- Ids of entities merged into another by name (an unknown name spelled alike in two articles).
CREATE TABLE entity_redirects (
  from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL
) WITHOUT ROWID;

-- Which documents speak of which entity, with the entity as that document's stage saw it.
CREATE TABLE doc_entities (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  entity TEXT NOT NULL, local_id TEXT NOT NULL,
  type TEXT NOT NULL, name TEXT NOT NULL, wikidata TEXT, placeholder INTEGER NOT NULL,
  PRIMARY KEY (doc, entity)
) WITHOUT ROWID;
CREATE INDEX doc_entities_entity ON doc_entities(entity, doc);

-- Aliases (proper names) and descriptions as written, per document and language.
CREATE TABLE entity_names (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  entity TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, key TEXT NOT NULL, lang TEXT NOT NULL
);
CREATE INDEX entity_names_key ON entity_names(key, entity);
CREATE INDEX entity_names_entity ON entity_names(entity, kind);
CREATE INDEX entity_names_doc ON entity_names(doc);

CREATE TABLE roles (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  entity TEXT NOT NULL, role TEXT NOT NULL, "of" TEXT, "from" TEXT, "to" TEXT, source TEXT NOT NULL, sentence INTEGER
);
CREATE INDEX roles_entity ON roles(entity);
CREATE INDEX roles_doc ON roles(doc);

CREATE TABLE mentions (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  entity TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  kind TEXT NOT NULL, sentence INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity, doc);
CREATE INDEX mentions_doc ON mentions(doc, start);

CREATE TABLE times (
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, mod TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, sentence INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL, speaker TEXT, addressee TEXT, kind TEXT NOT NULL, text TEXT NOT NULL,
  cue TEXT, date TEXT, fragment INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence INTEGER NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc, idx);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX quotes_addressee ON quotes(addressee);

-- One row per real-world event; its reports say where each article tells of it.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, source TEXT, target TEXT, date TEXT, day TEXT,
  modality TEXT NOT NULL, quad TEXT NOT NULL, weight REAL NOT NULL, cameo TEXT,
  confidence REAL NOT NULL, n_reports INTEGER NOT NULL, first_published TEXT
);
CREATE INDEX events_merge ON events(type, source, target, modality, day);
CREATE INDEX events_source ON events(source, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day ON events(day);

CREATE TABLE event_reports (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
  idx INTEGER NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
  evidence TEXT NOT NULL, date TEXT, modality TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX event_reports_event ON event_reports(event);
CREATE INDEX event_reports_doc ON event_reports(doc, idx);

-- Full-text search over folded text (see normalize.ts): the index holds keys, snippets are cut
-- from the original text. Contentless, with deletes, so the text is not stored twice.
CREATE VIRTUAL TABLE documents_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61');
CREATE VIRTUAL TABLE quotes_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61');
`,
  },
  {
    version: 2,
    description: 'covering index for entity names (alias lists without table lookups)',
    sql: `
DROP INDEX entity_names_entity;
CREATE INDEX entity_names_entity ON entity_names(entity, kind, text, lang);
`,
  },
  {
    version: 3,
    description: 'alias counts per entity, quotes about an entity, name-key index with type',
    sql: `
-- How often each entity was called each name, per kind and language: entity pages and lists
-- read this small table instead of grouping every mention-level name row.
CREATE TABLE entity_aliases (
  entity TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL, n INTEGER NOT NULL,
  first INTEGER NOT NULL,
  PRIMARY KEY (entity, kind, text, lang)
) WITHOUT ROWID;
INSERT INTO entity_aliases (entity, kind, text, lang, n, first)
  SELECT entity, kind, text, lang, COUNT(*), MIN(rowid) FROM entity_names GROUP BY entity, kind, text, lang;
DROP INDEX entity_names_key;
DROP INDEX entity_names_entity;

-- Quotes that name an entity inside them, or address it (not the speaker's own quotes).
CREATE TABLE quote_about (
  entity TEXT NOT NULL, quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  PRIMARY KEY (entity, quote)
) WITHOUT ROWID;
CREATE INDEX quote_about_quote ON quote_about(quote);
INSERT OR IGNORE INTO quote_about (entity, quote)
  SELECT m.entity, q.id FROM mentions m JOIN quotes q ON q.doc = m.doc AND m.start >= q.start AND m."end" <= q."end"
  WHERE q.speaker IS NOT m.entity;
INSERT OR IGNORE INTO quote_about (entity, quote)
  SELECT addressee, id FROM quotes WHERE addressee IS NOT NULL AND addressee IS NOT speaker;

DROP INDEX entities_name_key;
CREATE INDEX entities_name_key ON entities(name_key, type);
`,
  },
  {
    version: 4,
    description: 'covering index for role facts (an office held in thousands of articles is listed once)',
    sql: `
DROP INDEX roles_entity;
CREATE INDEX roles_entity ON roles(entity, role, "of", "from", "to", source, doc);
`,
  },
  {
    version: 5,
    description: 'verbatim passages of each quote (the quoted wording inside a reported clause)',
    sql: `
-- JSON array of {start, end, text}: the speaker's own words inside a reported clause, which the
-- quotes layer keeps since the fourteenth session. Rows stored before take them from the
-- document's layers where those have them, else an empty list.
ALTER TABLE quotes ADD COLUMN verbatim TEXT NOT NULL DEFAULT '[]';
UPDATE quotes SET verbatim = COALESCE(
  (SELECT json_extract(d.layers, '$.quotes[' || quotes.idx || '].verbatim') FROM documents d WHERE d.pk = quotes.doc), '[]');
`,
  },
  {
    version: 6,
    description: 'no index of mentions by entity (no query reads it; it was an eighth of the pages each article writes)',
    sql: `
-- Mentions are read by document (mentions_doc) or in rowid pages for export; an entity's mention
-- count is entities.n_mentions, kept by the writer. The (entity, doc) index cost one B-tree leaf
-- per entity per article: about 20 of the 160 pages an ingested article wrote.
DROP INDEX IF EXISTS mentions_entity;
`,
  },
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings a database up to {@link SCHEMA_VERSION}; refuses one written by a newer version. */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new LagebildError('STORE', `the store has schema version ${current}, newer than this lagebild understands (${SCHEMA_VERSION}); update lagebild`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, new Date().toISOString(), m.description);
    })();
  }
}

/** The schema version recorded in a database (0 when none). */
export function schemaVersion(db: Database.Database): number {
  const t = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!t) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}
