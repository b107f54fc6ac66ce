import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { LagebildError } from '../../src/errors.js';
import { contentHash, SqliteStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import type { OutDoc } from '../../src/output/schema.js';
import { englishReport, germanReport, laterConflict } from './fixtures.js';
import { normaliseName } from '../../src/kb/normalise.js';

function input(doc: OutDoc, address: string | null = null) {
  return { doc, contentHash: contentHash(doc.text), address, fetchedAt: '2025-08-01T00:00:00Z' };
}

describe('SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
    store = SqliteStore.open({ dataDir: dir });
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a document and reads every layer back', async () => {
    const de = germanReport();
    const r = await store.putDocument(input(de, '/news/de.txt'));
    assert.equal(r.status, 'inserted');
    assert.equal(r.docId, 'de-nk-truppen');
    assert.equal(r.eventIds.length, 2);
    const d = await store.getDocument('de-nk-truppen');
    assert.ok(d);
    assert.equal(d.doc.text, de.text);
    assert.deepEqual(d.doc.events, de.events);
    assert.deepEqual(d.doc.entities, de.entities);
    assert.deepEqual([...d.eventIds], r.eventIds);
    assert.equal(d.address, '/news/de.txt');
    assert.equal((await store.findByHash(contentHash(de.text)))?.id, 'de-nk-truppen');
    assert.equal((await store.findByAddress('/news/de.txt'))?.id, 'de-nk-truppen');
  });

  it('re-ingesting the same content changes nothing', async () => {
    const before = await store.overview();
    const r = await store.putDocument(input(germanReport(), '/news/de.txt'));
    assert.equal(r.status, 'unchanged');
    assert.deepEqual(await store.overview(), before);
  });

  it('merges one event reported in German and English into one event with two reports', async () => {
    const r = await store.putDocument(input(englishReport(), 'https://example.org/en'));
    assert.equal(r.status, 'inserted');
    const de = await store.getDocument('de-nk-truppen');
    assert.deepEqual(r.eventIds, de?.eventIds, 'AID and SUPPORT merged with the German reports');
    const ev = await store.getEvent(r.eventIds[0]!);
    assert.ok(ev);
    assert.equal(ev.type, 'AID');
    assert.equal(ev.reportCount, 2);
    assert.equal(ev.date, '2025-07-27', 'the more precise date wins');
    assert.deepEqual(ev.reports.map((x) => x.doc.language).sort(), ['de', 'en']);
    assert.equal((await store.listEvents({ actor: 'Nordkorea' })).total, 2);
  });

  it('keeps an event with an incompatible date apart', async () => {
    await store.putDocument(input(laterConflict()));
    const evs = await store.listEvents({ actor: 'russia' });
    assert.equal(evs.total, 2);
    assert.equal((await store.listEvents({ actor: 'Russland', type: 'ACCUSE' })).total, 1);
    assert.equal((await store.listEvents({ from: '2025-09' })).total, 1);
    assert.equal((await store.listEvents({ to: '2025-07' })).total, 2);
    assert.equal((await store.listEvents({ target: 'Moskau' })).total, 1, 'a name prefix finds the alias Moskaus');
    assert.equal((await store.listEvents({ target: 'Berlin' })).total, 0);
    assert.equal((await store.listEvents({ target: 'Russland' })).total, 1);
  });

  it('finds an entity by a name in any language or spelling', async () => {
    for (const name of ['Sergej Lawrow', 'sergey lavrov', 'Lawrow', 'SERGEI LAVROV', 'sergey-lavrov']) {
      const e = await store.getEntity(name);
      assert.equal(e?.id, 'sergey-lavrov', name);
    }
    const nk = await store.getEntity('Pjoengjang');
    assert.equal(nk?.id, 'north-korea');
    assert.deepEqual(nk.aliasRecords.map((a) => a.text).sort(), ['Nordkorea', 'North Korea', 'Pjöngjang', 'Pyongyang']);
    const lavrov = await store.getEntity('Lavrov');
    assert.equal(lavrov?.roles[0]?.role, 'Außenminister');
    assert.equal(lavrov?.quotesBy.length, 1);
    assert.equal(lavrov?.timeline.length, 1);
    const kim = await store.getEntity('Kim Jong Un');
    assert.equal(kim?.quotesBy[0]?.text, 'Wir stehen fest an der Seite Moskaus');
    const russia = await store.getEntity('Russland');
    assert.ok(russia?.quotesAbout.some((q) => q.text.includes('Moskaus')));
    const list = await store.listEntities({ type: 'PER' });
    assert.deepEqual(list.items.map((e) => e.id).sort(), ['kim-jong-un', 'sergey-lavrov']);
    assert.equal((await store.listEntities({ q: 'lawr' })).items[0]?.id, 'sergey-lavrov');
  });

  it('searches documents and quotes folding case and umlauts', async () => {
    const hits = await store.search({ q: 'pjoengjang' });
    assert.equal(hits.items[0]?.kind, 'document');
    assert.equal(hits.items[0]?.doc.id, 'de-nk-truppen');
    assert.match(hits.items[0]!.snippet, /\[Pjöngjang\]/);
    const q = await store.search({ q: 'FREUNDSHIP', kinds: ['quote'] });
    assert.equal(q.total, 0);
    const q2 = await store.search({ q: 'friendship', kinds: ['quote'] });
    assert.equal(q2.items[0]?.speaker?.id, 'sergey-lavrov');
    assert.equal((await store.listQuotes({ q: 'moskaus' })).total, 1);
    assert.equal((await store.listQuotes({ speaker: 'Lawrow' })).total, 1);
  });

  it('builds relation series with the events behind each point', async () => {
    const rel = await store.relations({ a: 'Russia', b: 'Nordkorea', by: 'month' });
    assert.ok(rel);
    assert.deepEqual(rel.points.map((p) => p.period), ['2025-07', '2025-09']);
    assert.equal(rel.points[0]?.cooperation, 7.4);
    assert.equal(rel.points[1]?.conflict, 2);
    assert.equal(rel.points[1]?.net, -2);
    const byWeek = await store.relations({ a: 'russia', b: 'north-korea', by: 'week' });
    assert.equal(byWeek?.points[0]?.period, '2025-W30');
    assert.equal(byWeek?.points[0]?.start, '2025-07-21');
    const ov = await store.overview();
    assert.equal(ov.documents, 3);
    assert.equal(ov.events, 3);
    assert.equal(ov.reports, 5);
    assert.equal(ov.cooperativePairs[0]?.cooperation, 7.4);
    assert.equal(ov.conflictualPairs[0]?.conflict, 2);
  });

  it('a changed version of the same address replaces the old one', async () => {
    const changed = englishReport();
    changed.text = changed.text.replace('did not comment', 'declined to comment');
    const r = await store.putDocument(input(changed, 'https://example.org/en'));
    assert.equal(r.status, 'replaced');
    assert.equal(r.replacedId, 'en-nk-troops');
    assert.equal((await store.listDocuments()).total, 3);
    assert.equal((await store.getEvent(r.eventIds[0]!))?.reportCount, 2);
  });

  it('removing documents removes their reports, and events and entities left unsupported', async () => {
    const r1 = await store.removeDocument('en-nk-troops');
    assert.equal(r1.removed, true);
    assert.equal(r1.eventsRemoved, 0, 'the German reports still support both events');
    const aid = (await store.listEvents({ type: 'AID' })).items[0];
    assert.equal(aid?.reportCount, 1);
    const r2 = await store.removeDocument('de-nk-truppen');
    assert.equal(r2.eventsRemoved, 2);
    assert.ok(r2.entitiesRemoved >= 3, 'Lavrov, Kim and Seoul are gone');
    assert.equal(await store.getEntity('Lavrov'), null);
    assert.equal((await store.listEvents()).total, 1);
    assert.equal((await store.search({ q: 'Pjöngjang' })).total, 0);
    assert.equal((await store.removeDocument('nope')).removed, false);
    assert.deepEqual(store.check(), []);
    assert.equal((await store.removeDocument('en-later')).removed, true);
    const ov = await store.overview();
    assert.deepEqual([ov.documents, ov.entities, ov.events, ov.reports, ov.quotes], [0, 0, 0, 0, 0]);
  });
});

describe('SQLite store: unknown names and schema', () => {
  it('merges an unknown name spelled alike in two articles, and finds it by either id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
    const s = SqliteStore.open({ dataDir: dir });
    const a = 'Hans Müller tritt zurück\nDer Bürgermeister Hans Müller ist am Montag zurückgetreten.';
    const b = 'Hans Mueller resigns\nMayor Hans Mueller resigned on Monday.';
    const mk = (id: string, lang: 'de' | 'en', text: string, eid: string, alias: string): OutDoc => ({
      version: 1, id, language: lang, published: '2025-07-28', source: null, title: null, address: null, text,
      sentences: [{ start: 0, end: text.length, zone: 'body' }],
      entities: [{ id: eid, key: normaliseName(alias), type: 'PER', name: alias, aliases: [alias], descriptions: [], wikidata: null, roles: [], mentions: [{ start: text.indexOf(alias), end: text.indexOf(alias) + alias.length, text: alias, kind: 'name', sentence: 0 }], rule: 't' }],
      times: [], quotes: [], events: [],
    });
    await s.putDocument(input(mk('a', 'de', a, 'hans-muller', 'Hans Müller')));
    await s.putDocument(input(mk('b', 'en', b, 'hans-mueller', 'Hans Mueller')));
    const list = await s.listEntities({ type: 'PER' });
    assert.equal(list.total, 1);
    assert.equal((await s.getEntity('hans-mueller'))?.id, 'hans-muller');
    assert.equal((await s.getEntity('Hans Muller'))?.documents, 2);
    await s.removeDocument('a');
    assert.equal((await s.getEntity('Hans Mueller'))?.documents, 1, 'still supported by the English article');
    await s.close();
    // reopening runs no migration twice and keeps the data
    const again = SqliteStore.open({ dataDir: dir });
    assert.equal((await again.listDocuments()).total, 1);
    assert.deepEqual(again.check(), []);
    await again.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('SQLite store: migrations', () => {
  it('records each schema version once and refuses a store from a newer lagebild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
    const s = SqliteStore.open({ dataDir: dir });
    await s.close();
    const db = new Database(join(dir, 'lagebild.sqlite'));
    const versions = (db.prepare('SELECT version FROM schema_version ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.prepare("INSERT INTO schema_version VALUES (999, 'x', 'from the future')").run();
    db.close();
    assert.throws(() => SqliteStore.open({ dataDir: dir }), (e: LagebildError) => e.code === 'STORE' && /newer/.test(e.message));
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a store of an older schema, also when opened for reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-'));
    const db = new Database(join(dir, 'lagebild.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)');
    db.exec(MIGRATIONS[0]!.sql);
    db.prepare("INSERT INTO schema_version VALUES (1, 'x', 'v1')").run();
    db.close();
    const ro = SqliteStore.open({ dataDir: dir, readonly: true });
    assert.deepEqual((await ro.listEntities()).items, []);
    assert.equal((await ro.getEntity('anyone')), null);
    await ro.close();
    const check = new Database(join(dir, 'lagebild.sqlite'), { readonly: true });
    assert.equal((check.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v, MIGRATIONS.at(-1)!.version);
    check.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
