/**
 * API tests of every GET endpoint over a real SQLite store filled with the fixture articles:
 * answers are checked with the shared decoders, bad parameters give 400, unknown ids 404.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as A from '../../src/api/index.js';
import type { RunningServer } from '../../src/server/app.js';
import type { Store } from '../../src/store/types.js';
import { call, fakeWebRoot, fixtureStore, getJson, start } from './helpers.js';

describe('HTTP API', () => {
  let store: Store;
  let dir = '';
  let server: RunningServer;

  before(async () => {
    ({ store, dir } = await fixtureStore());
    server = await start({ store, webRoot: fakeWebRoot(dir) });
  });
  after(async () => {
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function ok<T>(path: string, decode: A.Decoder<T>): Promise<T> {
    const r = await getJson(server, path);
    assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.json)}`);
    assert.equal(r.headers['cache-control'], 'no-store');
    return decode(r.json);
  }

  async function fails(path: string, status: number, code: string, message?: RegExp): Promise<void> {
    const r = await getJson(server, path);
    assert.equal(r.status, status, `${path}: ${JSON.stringify(r.json)}`);
    const e = A.apiErrorD(r.json);
    assert.equal(e.error.code, code);
    if (message) assert.match(e.error.message, message);
  }

  it('GET /api/info says whether ingest is on', async () => {
    assert.deepEqual(await ok('/api/info', A.infoD), { version: 'test', ingest: false });
  });

  it('GET /api/overview aggregates the store', async () => {
    const o = await ok('/api/overview', A.overviewD);
    assert.equal(o.documents, 3);
    assert.equal(o.events, 4);
    assert.equal(o.topActors[0]?.entity.id, 'nato');
    assert.equal(o.latestEvents[0]?.type, 'ACCUSE');
    assert.ok(o.eventsPerDay.length >= 3);
    assert.equal(o.conflictualPairs[0]?.conflict, 11);
    assert.ok(o.cooperativePairs.some((p) => p.a.id === 'japan' || p.b.id === 'japan'));
    await fails('/api/overview?top=x', 400, 'USAGE', /top/);
    await fails('/api/overview?top=51', 400, 'USAGE');
  });

  it('GET /api/entities lists, filters and pages', async () => {
    const page = A.pageD(A.entityItemD);
    const all = await ok('/api/entities', page);
    assert.equal(all.total, 6);
    const per = await ok('/api/entities?type=PER', page);
    assert.deepEqual(per.items.map((e) => e.id), ['sergey-lavrov']);
    const byName = await ok('/api/entities?q=Lawrow', page);
    assert.equal(byName.items[0]?.id, 'sergey-lavrov');
    const p2 = await ok('/api/entities?limit=2&offset=2', page);
    assert.equal(p2.items.length, 2);
    assert.equal(p2.offset, 2);
    await fails('/api/entities?type=PERSON', 400, 'USAGE', /type/);
    await fails('/api/entities?limit=0', 400, 'USAGE');
    await fails('/api/entities?limit=100000', 400, 'USAGE');
    await fails('/api/entities?offset=-3', 400, 'USAGE');
    await fails('/api/entities?colour=red', 400, 'USAGE', /unknown parameter 'colour'/);
  });

  it('GET /api/entities/:id gives names, roles, timeline, quotes and relations', async () => {
    const e = await ok('/api/entities/sergey-lavrov', A.entityDetailD);
    assert.equal(e.name, 'Sergey Lavrov');
    assert.ok(e.names.some((n) => n.text === 'Lawrow' && n.languages.includes('de')));
    assert.equal(e.roles[0]?.role, 'Außenminister');
    assert.equal(e.quotesBy.length, 2);
    const ru = await ok(`/api/entities/${encodeURIComponent('Russland')}`, A.entityDetailD);
    assert.equal(ru.id, 'russia');
    assert.equal(ru.timeline.length, 2);
    assert.deepEqual(ru.relations.map((r) => [r.a.id, r.b.id, r.count, r.conflict]), [['nato', 'russia', 2, 11]]);
    await fails('/api/entities/no-such-actor', 404, 'NOT_FOUND', /no entity 'no-such-actor'/);
    await fails('/api/entities/russia?x=1', 400, 'USAGE');
    await fails('/api/entities/%E0%A4%A', 400, 'USAGE', /malformed/);
  });

  it('GET /api/events filters like the CLI', async () => {
    const page = A.pageD(A.eventItemD);
    assert.equal((await ok('/api/events', page)).total, 4);
    const ru = await ok('/api/events?actor=Russland', page);
    assert.deepEqual(ru.items.map((e) => e.type).sort(), ['ACCUSE', 'THREATEN']);
    assert.equal((await ok('/api/events?target=nato&type=SUPPORT', page)).total, 1);
    assert.equal((await ok('/api/events?from=2025-08-01', page)).total, 1);
    assert.equal((await ok('/api/events?from=2025-07&to=2025-07', page)).total, 3);
    assert.equal((await ok('/api/events?modality=negated', page)).total, 0);
    const inDoc = await ok('/api/events?doc=de-ostsee', page);
    assert.equal(inDoc.total, 2);
    const ev = inDoc.items.find((e) => e.type === 'THREATEN');
    assert.equal(ev?.reports[0]?.evidence, 'Russland hat am Sonntag der NATO mit Gegenmaßnahmen gedroht.');
    assert.equal(ev?.reports[0]?.trigger, 'gedroht');
    await fails('/api/events?from=2025-13-01', 400, 'USAGE', /from/);
    await fails('/api/events?from=2025-09&to=2025-08', 400, 'USAGE', /after/);
    await fails('/api/events?modality=maybe', 400, 'USAGE');
    await fails('/api/events?type=KILL', 400, 'USAGE');
  });

  it('GET /api/quotes filters by speaker', async () => {
    const page = A.pageD(A.quoteItemD);
    assert.equal((await ok('/api/quotes', page)).total, 3);
    const lav = await ok('/api/quotes?speaker=Lawrow', page);
    assert.equal(lav.total, 2);
    assert.ok(lav.items.every((q) => q.speaker?.id === 'sergey-lavrov'));
    await fails('/api/quotes?limit=abc', 400, 'USAGE');
  });

  it('GET /api/relations gives the series with the events behind each point', async () => {
    const r = await ok('/api/relations?a=Russland&b=NATO&by=month', A.relationSeriesD);
    assert.deepEqual(r.points.map((p) => [p.period, p.conflict, p.count]), [['2025-07', 7, 1], ['2025-08', 4, 1]]);
    const ids = new Set(r.events.map((e) => e.id));
    assert.ok(r.points.every((p) => p.eventIds.every((id) => ids.has(id))));
    const byDay = await ok('/api/relations?a=russia&b=nato&by=day', A.relationSeriesD);
    assert.equal(byDay.points[0]?.period, '2025-07-27');
    await fails('/api/relations?a=russia', 400, 'USAGE', /'b' is required/);
    await fails('/api/relations?a=russia&b=nato&by=year', 400, 'USAGE');
    await fails('/api/relations?a=russia&b=atlantis', 404, 'NOT_FOUND');
  });

  it('GET /api/network aggregates pairs, filtered by type and time', async () => {
    const all = await ok('/api/network', A.networkD);
    assert.equal(all.edges.length, 3);
    assert.equal(all.nodes.length, 5);
    assert.equal(all.truncated, false);
    const threats = await ok('/api/network?type=THREATEN', A.networkD);
    assert.deepEqual(threats.edges.map((e) => [e.a.id, e.b.id, e.count]), [['nato', 'russia', 1]]);
    const aug = await ok('/api/network?from=2025-08-01&to=2025-08-31', A.networkD);
    assert.equal(aug.edges.length, 1);
    const one = await ok('/api/network?limit=1', A.networkD);
    assert.equal(one.edges.length, 1);
    assert.equal(one.truncated, true);
    await fails('/api/network?limit=5000', 400, 'USAGE');
  });

  it('GET /api/search searches documents, entities and quotes', async () => {
    const s = await ok('/api/search?q=Lawrow', A.searchResultD);
    assert.equal(s.entities[0]?.id, 'sergey-lavrov');
    assert.ok(s.documents.some((d) => d.doc.id === 'de-ostsee' && d.snippet.includes('[Lawrow]')));
    const q = await ok('/api/search?q=escalation', A.searchResultD);
    assert.equal(q.quotes[0]?.speaker?.id, 'sergey-lavrov');
    await fails('/api/search', 400, 'USAGE', /'q' is required/);
    await fails(`/api/search?q=${'a'.repeat(300)}`, 400, 'USAGE', /longer/);
  });

  it('GET /api/documents lists and pages documents', async () => {
    const page = A.pageD(A.documentItemD);
    const all = await ok('/api/documents', page);
    assert.equal(all.total, 3);
    const one = await ok('/api/documents?limit=1&offset=1', page);
    assert.equal(one.items.length, 1);
    assert.equal((await ok('/api/documents?language=de', page)).total, 1);
    assert.equal((await ok('/api/documents?entity=Lawrow', page)).total, 2);
    await fails('/api/documents?language=fr', 400, 'USAGE');
  });

  it('GET /api/documents/:id gives every layer with offsets into the text', async () => {
    const d = await ok('/api/documents/de-ostsee', A.documentDetailD);
    const { text } = d.doc;
    assert.equal(d.doc.events.length, 2);
    assert.equal(d.eventIds.length, 2);
    assert.equal(d.quoteIds.length, 1);
    for (const e of d.doc.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const t of d.doc.times) assert.equal(text.slice(t.start, t.end), t.text);
    for (const q of d.doc.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const v of d.doc.events) {
      assert.equal(text.slice(v.start, v.end), v.evidence);
      assert.equal(text.slice(v.triggerStart, v.triggerEnd), v.trigger);
    }
    assert.equal(d.doc.times[0]?.value, '2025-07-27');
    await fails('/api/documents/nope', 404, 'NOT_FOUND', /no document 'nope'/);
  });

  it('answers unknown endpoints with 404 and wrong methods with 400 and Allow', async () => {
    await fails('/api/nope', 404, 'NOT_FOUND');
    const post = await call(server, 'POST', '/api/events', { body: '{}', headers: { 'content-type': 'application/json' } });
    assert.equal(post.status, 400);
    assert.equal(post.headers['allow'], 'GET, HEAD');
    const getIngest = await call(server, 'GET', '/api/ingest');
    assert.equal(getIngest.status, 400);
    assert.equal(getIngest.headers['allow'], 'POST');
  });
});
