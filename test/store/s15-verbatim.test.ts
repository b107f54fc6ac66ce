/**
 * Session 15: the store keeps each quote's `verbatim` passages (the speaker's own wording inside a
 * reported clause) in its quote records, and a store written before schema 5 gains them on opening,
 * from the document layers where those have them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { contentHash, SqliteStore } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { verbatimOf } from '../../src/store/sqlite/rows.js';
import type { OutDoc, OutQuote } from '../../src/output/schema.js';
import { at, entity, outDoc } from './fixtures.js';

const TEXT = 'Streit um Stellen\nDer Minister sagte, man sei zu „Verbündeten“ geworden und bleibe „standhaft“. Die Opposition schwieg.';

/** An indirect quote over the reported clause with its two verbatim passages. */
function reported(text: string): OutQuote {
  const q = at(text, 'man sei zu „Verbündeten“ geworden und bleibe „standhaft“');
  const spans = ['Verbündeten', 'standhaft'].map((w) => ({ ...at(text, w), text: w }));
  return {
    speaker: 'minister', kind: 'indirect', text: text.slice(q.start, q.end), start: q.start, end: q.end, sentence: 1,
    cue: 'sagte', addressee: null, date: null, fragment: false, verbatim: spans, confidence: 0.8, rule: 'test/fixture',
  };
}

function doc(id = 'de-verbatim', text = TEXT): OutDoc {
  return outDoc(id, 'de', '2025-08-01', text, {
    entities: [entity(text, 'minister', 'PER', 'Der Minister', ['Der Minister'])],
    quotes: [reported(text)],
  });
}

function input(d: OutDoc) {
  return { doc: d, contentHash: contentHash(d.text), address: null, fetchedAt: '2025-08-01T00:00:00Z' };
}

const EXPECTED = [
  { start: TEXT.indexOf('Verbündeten'), end: TEXT.indexOf('Verbündeten') + 'Verbündeten'.length, text: 'Verbündeten' },
  { start: TEXT.indexOf('standhaft'), end: TEXT.indexOf('standhaft') + 'standhaft'.length, text: 'standhaft' },
];

describe('store: verbatim passages of quotes', () => {
  let dir: string;
  let store: SqliteStore;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-verbatim-'));
    store = SqliteStore.open({ dataDir: dir });
    await store.putDocument(input(doc()));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists, exports and reads back quotes with their verbatim passages', async () => {
    const page = await store.listQuotes({});
    assert.equal(page.items.length, 1);
    assert.deepEqual(page.items[0]!.verbatim, EXPECTED);
    const exported = [];
    for await (const q of store.exportQuotes()) exported.push(q);
    assert.deepEqual(exported.map((q) => q.verbatim), [EXPECTED]);
    const speaker = page.items[0]!.speaker;
    assert.ok(speaker);
    const e = await store.getEntity(speaker.id);
    assert.deepEqual(e?.quotesBy.map((q) => q.verbatim), [EXPECTED]);
    const d = await store.getDocument('de-verbatim');
    assert.deepEqual(d?.doc.quotes[0]?.verbatim, EXPECTED);
  });

  it('a quote without verbatim passages reads back an empty list', async () => {
    const text = 'Kurz\n„Wir bleiben“, sagte der Minister.';
    const d = outDoc('de-direct', 'de', '2025-08-02', text, {
      entities: [entity(text, 'minister', 'PER', 'Der Minister', ['der Minister'])],
      quotes: [{ ...reported(TEXT), text: 'Wir bleiben', kind: 'direct', ...at(text, 'Wir bleiben'), verbatim: [] }],
    });
    await store.putDocument(input(d));
    const page = await store.listQuotes({ q: 'bleiben' });
    const direct = page.items.find((q) => q.doc.id === 'de-direct');
    assert.ok(direct);
    assert.deepEqual(direct.verbatim, []);
  });
});

describe('store: schema 5 upgrade fills verbatim from the stored layers', () => {
  it('an older store opens, its quotes take verbatim from layers that have it, else none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-verbatim-old-'));
    const file = join(dir, 'lagebild.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, description TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 4)) {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_version VALUES (?, 'x', ?)").run(m.version, m.description);
    }
    const insertDoc = db.prepare(`INSERT INTO documents (id, language, content_hash, fetched_at, stored_at, text, layers,
      n_sentences, n_entities, n_times, n_quotes, n_events) VALUES (?, 'de', ?, 'x', 'x', ?, ?, 2, 0, 0, 1, 0)`);
    const insertQuote = db.prepare(`INSERT INTO quotes (doc, idx, speaker, addressee, kind, text, cue, date, fragment, start, "end",
      sentence, confidence, rule) VALUES (?, 0, NULL, NULL, 'indirect', 'x', NULL, NULL, 0, 0, 1, 1, 0.8, 'test/fixture')`);
    // one document written by the fourteenth session (layers with verbatim), one written before (none)
    const withLayers = doc('with-layers');
    const { text: _t1, ...layers14 } = withLayers;
    const older = doc('older', TEXT + ' ');
    const { text: _t2, ...layersOld } = older;
    const oldQuotes = layersOld.quotes.map(({ verbatim: _v, ...q }) => q);
    const pk1 = Number(insertDoc.run('with-layers', 'h1', withLayers.text, JSON.stringify(layers14)).lastInsertRowid);
    const pk2 = Number(insertDoc.run('older', 'h2', older.text, JSON.stringify({ ...layersOld, quotes: oldQuotes })).lastInsertRowid);
    insertQuote.run(pk1);
    insertQuote.run(pk2);
    db.close();

    const store = SqliteStore.open({ dataDir: dir });
    const byDoc = new Map((await store.listQuotes({})).items.map((q) => [q.doc.id, q.verbatim]));
    assert.deepEqual(byDoc.get('with-layers'), EXPECTED);
    assert.deepEqual(byDoc.get('older'), []);
    // the old layers read back with an empty list, as the output format requires
    assert.deepEqual((await store.getDocument('older'))?.doc.quotes[0]?.verbatim, []);
    await store.close();
    const check = new Database(file, { readonly: true });
    assert.equal((check.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v, MIGRATIONS.at(-1)!.version);
    check.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a damaged verbatim column reads as no passages', () => {
    const cases: [string | null, unknown][] = [
      [null, []],
      ['', []],
      ['not json', []],
      ['{"start":1}', []],
      ['[{"start":1,"end":3,"text":"ab"},{"start":"x"}]', [{ start: 1, end: 3, text: 'ab' }]],
    ];
    for (const [json, want] of cases) assert.deepEqual(verbatimOf(json), want, String(json));
  });
});
