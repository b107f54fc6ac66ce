import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../src/store/index.js';
import { articlePage, closedPort, startServer, type Route } from '../net/server.js';
import { ARTICLES, cli, writeArticles } from './store-helpers.js';

describe('lagebild ingest / remove (files)', () => {
  let dir: string;
  let data: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-ingest-'));
    data = join(dir, 'data');
    writeArticles(join(dir, 'in'), true);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder, names the bad file and still stores the rest (exit 1)', async () => {
    const r = await cli(['ingest', join(dir, 'in'), '--data', data]);
    assert.equal(r.code, 1);
    assert.match(r.err, /kaputt\.txt/);
    assert.match(r.err, /3 new, 0 replaced, 0 unchanged, 1 failed/);
    assert.doesNotMatch(r.err, /\x1b\[2K/, 'no progress bar when not on a terminal');
    const s = SqliteStore.open({ dataDir: data, readonly: true });
    const docs = await s.listDocuments();
    assert.deepEqual(docs.items.map((d) => d.id).sort(), ['de-hafen', 'de-wahl', 'en-bridge']);
    const d = await s.getDocument('de-hafen');
    assert.equal(d?.doc.text.trim(), ARTICLES['de-hafen.txt']);
    assert.equal(d?.language, 'de');
    await s.close();
  });

  it('re-ingesting unchanged files changes nothing', async () => {
    const r = await cli(['ingest', join(dir, 'in', 'de-hafen.txt'), join(dir, 'in', 'en-bridge.txt'), '--data', data]);
    assert.equal(r.code, 0);
    assert.match(r.err, /0 new, 0 replaced, 2 unchanged/);
  });

  it('a changed file at the same path replaces its old version', async () => {
    const p = join(dir, 'in', 'en-bridge.txt');
    writeFileSync(p, ARTICLES['en-bridge.txt']!.replace('three years', 'four years') + '\n');
    const r = await cli(['ingest', p, '--data', data]);
    assert.match(r.err, /0 new, 1 replaced/);
    const s = SqliteStore.open({ dataDir: data, readonly: true });
    assert.equal((await s.listDocuments()).total, 3);
    assert.match((await s.getDocument('en-bridge'))?.doc.text ?? '', /four years/);
    await s.close();
  });

  it('shows a progress bar with rate and ETA on a terminal', async () => {
    const r = await cli(['ingest', join(dir, 'in', 'de-wahl.txt'), '--data', data], true);
    assert.match(r.err, /1\/1 [\d.]+\/s ETA/);
  });

  it('answers queries as text and JSON, and removes a document', async () => {
    const s = await cli(['search', 'hamburger', '--data', data, '--json']);
    assert.equal(s.code, 0);
    const page = JSON.parse(s.out) as { items: { doc: { id: string } }[] };
    assert.equal(page.items[0]?.doc.id, 'de-hafen');
    const t = await cli(['search', 'Bürgermeister', '--data', data]);
    assert.match(t.out, /de-wahl/);
    const rm = await cli(['remove', 'de-hafen', '--data', data]);
    assert.equal(rm.code, 0);
    assert.match(rm.out, /removed de-hafen/);
    assert.equal((await cli(['remove', 'de-hafen', '--data', data])).code, 1);
    const byPath = await cli(['remove', join(dir, 'in', 'de-wahl.txt'), '--data', data]);
    assert.match(byPath.out, /removed de-wahl/, 'a document can be named by its file path');
    assert.equal(JSON.parse((await cli(['search', 'hamburger', '--data', data, '--json'])).out).total, 0);
    const none = await cli(['entity', 'Nobody Known', '--data', data]);
    assert.equal(none.code, 1);
    assert.match(none.err, /NOT_FOUND/);
    assert.equal((await cli(['events', '--type', 'NOPE', '--data', data])).code, 2);
  });

  it('queries on a missing store fail clearly instead of creating one', async () => {
    const r = await cli(['entities', '--data', join(dir, 'nothing-here')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no store/);
  });
});

describe('lagebild ingest (URLs and feeds on a local server)', () => {
  const para = [
    'Die Landesregierung hat am Montag in Kiel einen neuen Plan für den Ausbau der Windkraft vorgestellt.',
    'Nach Angaben des Ministeriums sollen bis zum Ende des Jahrzehnts doppelt so viele Anlagen wie heute am Netz sein.',
    'Umweltverbände begrüßten den Plan, forderten aber mehr Tempo bei den Genehmigungen.',
  ];
  const routes = new Map<string, Route>();
  let srv: Awaited<ReturnType<typeof startServer>>;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-url-'));
    srv = await startServer(routes);
    const b = srv.base;
    routes.set('/artikel/wind.html', { type: 'text/html; charset=utf-8', body: articlePage('Kiel plant mehr Windkraft', para) });
    routes.set('/artikel/netz.html', { type: 'text/html; charset=utf-8', body: articlePage('Netzausbau kommt voran', [para[1]!, para[2]!, para[0]!]) });
    routes.set('/en/port.html', { type: 'text/html; charset=utf-8', body: articlePage('Port workers strike', ['Port workers in the city went on strike on Monday after talks with the employers failed.', 'The union said the strike would last until a new offer was made to all of the workers.']) });
    routes.set('/feed.rss', { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><item><title>Wind</title><link>${b}/artikel/wind.html</link><pubDate>Mon, 28 Jul 2025 08:00:00 GMT</pubDate></item><item><title>Weg</title><link>${b}/artikel/fehlt.html</link></item></channel></rss>` });
    routes.set('/atom.xml', { type: 'application/atom+xml', body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Netz</title><link href="/artikel/netz.html"/><updated>2025-07-29T00:00:00Z</updated></entry><entry><title>Port</title><link href="/en/port.html"/></entry></feed>` });
    routes.set('/huge.html', { type: 'text/html', body: '', endless: true });
  });
  after(async () => {
    await srv.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests an RSS feed, an Atom feed and a page; names the missing item', async () => {
    const data = join(dir, 'data');
    const r = await cli(['ingest', `${srv.base}/feed.rss`, `${srv.base}/atom.xml`, '--data', data]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /feed with 2 item\(s\)/);
    assert.match(r.err, /fehlt\.html: HTTP 404|fehlt\.html.*NOT_FOUND/);
    assert.match(r.err, /3 new/);
    const s = SqliteStore.open({ dataDir: data, readonly: true });
    const docs = await s.listDocuments();
    assert.deepEqual(docs.items.map((d) => d.address).sort(), [`${srv.base}/artikel/netz.html`, `${srv.base}/artikel/wind.html`, `${srv.base}/en/port.html`]);
    assert.ok(docs.items.every((d) => /^[a-z0-9-]+-[0-9a-f]{8}$/.test(d.id)));
    await s.close();
    assert.ok(srv.userAgents.every((u) => u.startsWith('lagebild/0.1')));
    // the same feed again: nothing changes
    const again = await cli(['ingest', `${srv.base}/atom.xml`, '--data', data]);
    assert.match(again.err, /0 new, 0 replaced, 2 unchanged/);
    // a changed page at the same URL replaces the old version
    routes.set('/en/port.html', { type: 'text/html; charset=utf-8', body: articlePage('Port workers strike', ['Port workers in the city went on strike on Monday after talks with the employers failed again.', 'The union said the strike would last until a new offer was made to all of the workers.']) });
    const changed = await cli(['ingest', `${srv.base}/en/port.html`, '--data', data]);
    assert.match(changed.err, /0 new, 1 replaced/);
  });

  it("skips pages the site's robots.txt excludes, names them, and fetches them with --ignore-robots", async () => {
    routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: lagebild\nDisallow: /en/\n' });
    try {
      const data = join(dir, 'data-robots');
      const portHits = (): number => srv.hits.filter((h) => h === '/en/port.html').length;
      const before = portHits();
      const r = await cli(['ingest', `${srv.base}/atom.xml`, '--data', data]);
      assert.equal(r.code, 1);
      assert.match(r.err, /en\/port\.html: .*robots\.txt does not allow lagebild to fetch this page.*\[ROBOTS_DISALLOWED\]/);
      assert.match(r.err, /1 new, 0 replaced, 0 unchanged, 1 failed/);
      assert.equal(portHits(), before, 'the excluded page was not requested');
      const forced = await cli(['ingest', `${srv.base}/en/port.html`, '--ignore-robots', '--data', data]);
      assert.equal(forced.code, 0, forced.err);
      assert.match(forced.err, /1 new/);
    } finally {
      routes.delete('/robots.txt');
    }
  });

  it('reports an unreachable URL and an oversized page, and goes on', async () => {
    const data = join(dir, 'data2');
    const port = await closedPort();
    const r = await cli(['ingest', `http://127.0.0.1:${port}/x.html`, `${srv.base}/huge.html`, `${srv.base}/artikel/wind.html`, '--max-bytes', '100000', '--data', data]);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`127\\.0\\.0\\.1:${port}/x\\.html: cannot fetch: connection refused \\[NETWORK\\]`));
    assert.match(r.err, /huge\.html: .*limit of 100000 bytes \[INPUT_TOO_LARGE\]/);
    assert.match(r.err, /1 new, 0 replaced, 0 unchanged, 2 failed/);
  });
});
