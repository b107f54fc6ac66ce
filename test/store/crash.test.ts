import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/index.js';

const N = 300;
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

/** Varied short articles (original text). */
function article(i: number): string {
  return `Meldung ${i}: Stadtrat berät über Haushalt\nDer Stadtrat hat am Montag über den Haushalt für das Jahr ${2000 + (i % 50)} beraten. ` +
    `Nach Angaben der Verwaltung fehlen ${i} Millionen Euro. Die Opposition kritisierte die Pläne und forderte eine neue Sitzung im ${['Januar', 'März', 'Mai'][i % 3]}.\n`;
}

function runIngest(inDir: string, data: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, 'ingest', inDir, '--data', data], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Documents whose stored facts disagree with their own counts (a half-written article). */
function halfArticles(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT d.id FROM documents d WHERE
      d.n_sentences <> (SELECT COUNT(*) FROM sentences s WHERE s.doc = d.pk) OR
      d.n_times <> (SELECT COUNT(*) FROM times t WHERE t.doc = d.pk) OR
      d.n_quotes <> (SELECT COUNT(*) FROM quotes q WHERE q.doc = d.pk) OR
      d.n_events <> (SELECT COUNT(*) FROM event_reports r WHERE r.doc = d.pk)`).all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

function docCount(file: string): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created / migrated yet
  }
}

describe('crash safety', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-crash-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < N; i++) writeFileSync(join(dir, 'in', `m${String(i).padStart(4, '0')}.txt`), article(i));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGKILL in the middle of an ingest leaves a consistent store, and a re-run completes the batch', async () => {
    const data = join(dir, 'data');
    const file = join(data, 'lagebild.sqlite');
    const child = runIngest(join(dir, 'in'), data);
    const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
    // wait until some articles are in, then kill without warning
    const t0 = Date.now();
    let seen = 0;
    while (Date.now() - t0 < 60_000) {
      seen = docCount(file);
      if (seen >= 5) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exited;
    assert.ok(seen >= 5, 'the ingest got going before the kill');
    const stored = docCount(file);
    assert.ok(stored < N, `killed mid-batch (stored ${stored} of ${N})`);

    const s = SqliteStore.open({ dataDir: data });
    assert.deepEqual(s.check(), [], 'integrity and foreign keys hold');
    await s.close();
    assert.deepEqual(halfArticles(file), [], 'no half-written article');

    const again = runIngest(join(dir, 'in'), data);
    let err = '';
    again.stderr?.on('data', (c: Buffer) => { err += String(c); });
    const code = await new Promise<number | null>((ok) => again.on('exit', (c) => ok(c)));
    assert.equal(code, 0, err);
    assert.match(err, new RegExp(`${N} input\\(s\\): ${N - stored} new, 0 replaced, ${stored} unchanged`));
    assert.equal(docCount(file), N);
    assert.deepEqual(halfArticles(file), []);
  });
});
