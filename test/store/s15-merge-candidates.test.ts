/**
 * The merge-candidate query of the store writer reads two index ranges (events of the day window,
 * and undated events) instead of every event of the actor pair and type. It must return exactly
 * what the plain "(day IS NULL OR day BETWEEN …)" filter returns, ordered and capped alike: checked
 * here on a populated events table against that filter, over many random windows.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/index.js';
import { DB_FILE } from '../../src/store/sqlite/store.js';
import { MERGE_CANDIDATES_SQL } from '../../src/store/sqlite/write.js';
import { tempDir } from '../support/temp-dir.js';

/** The filter the candidate query replaces, written the obvious way. */
const PLAIN = `SELECT id, date, day FROM events WHERE type = ? AND source IS ? AND target IS ? AND modality = ?
  AND (day IS NULL OR day BETWEEN ? AND ?) ORDER BY id LIMIT 200`;

/** A small deterministic generator (the test must not depend on Math.random). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function day(n: number): string {
  return new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('store writer: merge candidates', () => {
  let dir = '';
  let db: Database.Database;
  let candidates: Database.Statement;
  before(() => {
    dir = tempDir('lagebild-merge-');
    SqliteStore.open({ dataDir: dir }).close();
    db = new Database(join(dir, DB_FILE));
    const rnd = lcg(7);
    const ins = db.prepare(`INSERT INTO entities (id, type, name, name_key, wikidata, placeholder) VALUES (?, 'GPE', ?, ?, NULL, 0)`);
    for (const id of ['a', 'b']) ins.run(id, id, id);
    const ev = db.prepare(`INSERT INTO events (type, source, target, date, day, modality, quad, weight, cameo, confidence, n_reports, first_published)
      VALUES (?, ?, ?, ?, ?, ?, 'verbal-cooperation', 1, NULL, 0.5, 1, NULL)`);
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        const d = rnd() < 0.15 ? null : day(Math.floor(rnd() * 365));
        const source = rnd() < 0.2 ? null : 'a';
        const target = rnd() < 0.3 ? null : 'b';
        ev.run(rnd() < 0.7 ? 'CONSULT' : 'AGREE', source, target, d, d, rnd() < 0.8 ? 'asserted' : 'planned');
      }
    })();
    candidates = db.prepare(MERGE_CANDIDATES_SQL);
  });
  after(() => {
    db?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('returns the rows of the plain filter, in its order and under its cap', () => {
    const plain = db.prepare(PLAIN);
    const rnd = lcg(11);
    let nonEmpty = 0;
    let capped = 0;
    for (let i = 0; i < 300; i++) {
      const lo = Math.floor(rnd() * 400) - 20;
      const hi = lo + Math.floor(rnd() * (i % 10 === 0 ? 400 : 90));
      const q = { type: rnd() < 0.7 ? 'CONSULT' : 'AGREE', source: rnd() < 0.2 ? null : 'a', target: rnd() < 0.3 ? null : 'b', modality: rnd() < 0.8 ? 'asserted' : 'planned' };
      const want = plain.all(q.type, q.source, q.target, q.modality, day(lo), day(hi));
      const got = candidates.all({ ...q, lo: day(lo), hi: day(hi) });
      assert.deepEqual(got, want, JSON.stringify({ ...q, lo: day(lo), hi: day(hi) }));
      if (want.length > 0) nonEmpty++;
      if (want.length === 200) capped++;
    }
    assert.ok(nonEmpty > 100, `most windows find candidates (${nonEmpty})`);
    assert.ok(capped > 0, 'some windows hit the cap of 200');
  });

  it('searches the day range of the merge index, not every event of the pair', () => {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${MERGE_CANDIDATES_SQL}`).all({ type: 'CONSULT', source: 'a', target: 'b', modality: 'asserted', lo: day(0), hi: day(1) }) as { detail: string }[])
      .map((r) => r.detail).join('\n');
    assert.match(plan, /events_merge \(type=\? AND source=\? AND target=\? AND modality=\? AND day>\? AND day<\?\)/);
  });
});
