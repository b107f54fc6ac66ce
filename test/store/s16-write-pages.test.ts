/**
 * Schema 6 and the writer's page economy: mentions have no index by entity any more, so an
 * entity's mention count is kept by difference when a document is removed; and a report that
 * leaves its event's date and day as they are updates the event without rewriting the four
 * indexes that hold `day`. Both must leave every count and date exactly what a recount gives.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { DB_FILE } from '../../src/store/sqlite/store.js';
import { tempDir } from '../support/temp-dir.js';
import { entity, event, outDoc } from './fixtures.js';

const A = 'Lindqvist trifft Petrov\nLindqvist und Petrov trafen sich am 3. März in Riga. Lindqvist sprach zuerst, Petrov antwortete.';
const B = 'Petrov in Riga\nPetrov traf Lindqvist am 3. März. Petrov sagte nichts, Petrov ging früh. Lindqvist blieb.';
const C = 'Lindqvist reist ab\nLindqvist traf Petrov im März in Riga.';

function docA() {
  return outDoc('a', 'de', '2025-03-04', A, {
    entities: [entity(A, 'lindqvist', 'PER', 'Lindqvist', ['Lindqvist']), entity(A, 'petrov', 'PER', 'Petrov', ['Petrov'])],
    events: [event(A, 'CONSULT', 'lindqvist', 'petrov', '2025-03-03', 'Lindqvist und Petrov trafen sich am 3. März in Riga.', 'trafen')],
  });
}
function docB() {
  return outDoc('b', 'de', '2025-03-05', B, {
    entities: [entity(B, 'lindqvist', 'PER', 'Lindqvist', ['Lindqvist']), entity(B, 'petrov', 'PER', 'Petrov', ['Petrov'])],
    events: [event(B, 'CONSULT', 'lindqvist', 'petrov', '2025-03-03', 'Petrov traf Lindqvist am 3. März.', 'traf')],
  });
}
function docC() {
  return outDoc('c', 'de', '2025-03-20', C, {
    entities: [entity(C, 'lindqvist', 'PER', 'Lindqvist', ['Lindqvist']), entity(C, 'petrov', 'PER', 'Petrov', ['Petrov'])],
    events: [event(C, 'CONSULT', 'lindqvist', 'petrov', '2025-03', 'Lindqvist traf Petrov im März in Riga.', 'traf')],
  });
}

describe('store schema 6: mention counts without an entity index', () => {
  let dir = '';
  let store: SqliteStore;
  let db: Database.Database;
  const counted = (id: string) => db.prepare('SELECT n_mentions AS n, n_docs AS d FROM entities WHERE id = ?').get(id) as { n: number; d: number };
  const recount = (id: string) => (db.prepare('SELECT COUNT(*) AS n FROM mentions WHERE entity = ?').get(id) as { n: number }).n;

  before(() => {
    dir = tempDir('lagebild-s16-');
    store = SqliteStore.open({ dataDir: dir });
    for (const doc of [docA(), docB()]) store.putSync({ doc, contentHash: doc.id, address: `test:${doc.id}`, fetchedAt: '2025-03-06T00:00:00Z' });
    db = new Database(join(dir, DB_FILE), { readonly: true });
  });
  after(async () => {
    db?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no mentions_entity index and records version 6', () => {
    const idx = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'mentions_entity'").get();
    assert.equal(idx, undefined);
    assert.ok(MIGRATIONS.some((m) => m.version === 6));
  });

  it('counts mentions on insert as a recount does', () => {
    assert.deepEqual(counted('petrov'), { n: 3 + 4, d: 2 });
    assert.deepEqual(counted('lindqvist'), { n: 3 + 2, d: 2 });
    assert.equal(counted('petrov').n, recount('petrov'));
    assert.equal(counted('lindqvist').n, recount('lindqvist'));
  });

  it('subtracts exactly the removed document\'s mentions', async () => {
    const r = await store.removeDocument('b');
    assert.equal(r.removed, true);
    assert.deepEqual(counted('petrov'), { n: 3, d: 1 });
    assert.deepEqual(counted('lindqvist'), { n: 3, d: 1 });
    assert.equal(counted('petrov').n, recount('petrov'));
    assert.deepEqual(store.check(), []);
  });
});

describe('store writer: reports that keep their event\'s date', () => {
  let dir = '';
  let store: SqliteStore;
  let db: Database.Database;
  const events = () => db.prepare('SELECT date, day, n_reports AS n, first_published AS first FROM events').all();

  before(() => {
    dir = tempDir('lagebild-s16-');
    store = SqliteStore.open({ dataDir: dir });
    db = new Database(join(dir, DB_FILE), { readonly: true });
  });
  after(async () => {
    db?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('merges a second report of the same day into one event with two reports', () => {
    for (const doc of [docA(), docB()]) store.putSync({ doc, contentHash: doc.id, address: `test:${doc.id}`, fetchedAt: '2025-03-06T00:00:00Z' });
    assert.deepEqual(events(), [{ date: '2025-03-03', day: '2025-03-03', n: 2, first: '2025-03-04' }]);
  });

  it('keeps the precise date when a vaguer report joins, and counts it', () => {
    const doc = docC();
    store.putSync({ doc, contentHash: doc.id, address: `test:${doc.id}`, fetchedAt: '2025-03-21T00:00:00Z' });
    assert.deepEqual(events(), [{ date: '2025-03-03', day: '2025-03-03', n: 3, first: '2025-03-04' }]);
  });

  it('moves date and day when a more precise report comes first', async () => {
    await store.removeDocument('a');
    await store.removeDocument('b');
    assert.deepEqual(events(), [{ date: '2025-03', day: '2025-03-20', n: 1, first: '2025-03-20' }]);
    const doc = docB();
    store.putSync({ doc, contentHash: `${doc.id}-again`, address: `test:${doc.id}`, fetchedAt: '2025-03-22T00:00:00Z' });
    assert.deepEqual(events(), [{ date: '2025-03-03', day: '2025-03-03', n: 2, first: '2025-03-05' }]);
  });
});

describe('store schema 6: upgrade of a schema-5 store', () => {
  it('drops the index and keeps the data', () => {
    const dir = tempDir('lagebild-s16-');
    try {
      const db = new Database(join(dir, DB_FILE));
      db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)');
      for (const m of MIGRATIONS.filter((x) => x.version <= 5)) {
        db.exec(m.sql);
        db.prepare("INSERT INTO schema_version VALUES (?, 'x', ?)").run(m.version, m.description);
      }
      assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'mentions_entity'").get());
      db.close();
      const s = SqliteStore.open({ dataDir: dir });
      const doc = docA();
      s.putSync({ doc, contentHash: doc.id, address: 'test:a', fetchedAt: '2025-03-06T00:00:00Z' });
      s.close();
      const check = new Database(join(dir, DB_FILE), { readonly: true });
      assert.equal(check.prepare("SELECT 1 FROM sqlite_master WHERE name = 'mentions_entity'").get(), undefined);
      assert.equal((check.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v, MIGRATIONS[MIGRATIONS.length - 1]!.version);
      assert.equal((check.prepare('SELECT COUNT(*) AS n FROM mentions').get() as { n: number }).n, 6);
      check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
