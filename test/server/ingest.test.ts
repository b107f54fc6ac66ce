/**
 * POST /api/ingest: off without --allow-ingest (403), then only with the token (401), body limits
 * (413), content type (415), validation (400), and a real text ingest through the engine.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ingestResultD } from '../../src/api/index.js';
import { Engine } from '../../src/engine.js';
import type { RunningServer } from '../../src/server/app.js';
import { makeIngester } from '../../src/server/ingest.js';
import type { Store } from '../../src/store/types.js';
import { call, fakeWebRoot, fixtureStore, start } from './helpers.js';

const TOKEN = 'test-token-0123456789abcdef';
const JSON_TYPE = { 'content-type': 'application/json' };
const ARTICLE = 'Berlin sagt Kiew weitere Hilfe zu\nDie Bundesregierung hat der Ukraine am Montag weitere Hilfe zugesagt, sagte ein Sprecher in Berlin.\n';

describe('POST /api/ingest', () => {
  let store: Store;
  let dir = '';
  let closed: RunningServer;
  let open: RunningServer;

  before(async () => {
    ({ store, dir } = await fixtureStore());
    const webRoot = fakeWebRoot(dir);
    closed = await start({ store, webRoot });
    open = await start({ store, webRoot, ingester: makeIngester(store, new Engine()), token: TOKEN, maxBodyBytes: 64 * 1024 });
  });
  after(async () => {
    await closed?.close();
    await open?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (server: RunningServer, body: string, headers: Record<string, string> = {}) =>
    call(server, 'POST', '/api/ingest', { body, headers: { ...JSON_TYPE, authorization: `Bearer ${TOKEN}`, ...headers } });
  const code = (body: string): string => (JSON.parse(body) as { error: { code: string } }).error.code;

  it('is forbidden when the server was started without --allow-ingest', async () => {
    const r = await post(closed, JSON.stringify({ text: ARTICLE }));
    assert.equal(r.status, 403);
    assert.equal(code(r.body), 'FORBIDDEN');
  });

  it('needs the token', async () => {
    const none = await call(open, 'POST', '/api/ingest', { body: JSON.stringify({ text: ARTICLE }), headers: JSON_TYPE });
    assert.equal(none.status, 401);
    assert.equal(code(none.body), 'UNAUTHORIZED');
    const wrong = await post(open, JSON.stringify({ text: ARTICLE }), { authorization: 'Bearer not-the-token' });
    assert.equal(wrong.status, 401);
    const basic = await post(open, JSON.stringify({ text: ARTICLE }), { authorization: `Basic ${TOKEN}` });
    assert.equal(basic.status, 401);
  });

  it('refuses oversized bodies with 413', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const r = await post(open, big, { 'content-length': String(Buffer.byteLength(big)) });
    assert.equal(r.status, 413);
    assert.equal(code(r.body), 'INPUT_TOO_LARGE');
    // without a Content-Length the body is counted while it streams in
    const chunked = await post(open, big, { 'transfer-encoding': 'chunked' });
    assert.equal(chunked.status, 413);
  });

  it('checks content type and body', async () => {
    assert.equal((await post(open, 'text=x', { 'content-type': 'application/x-www-form-urlencoded' })).status, 415);
    assert.equal((await post(open, '{not json')).status, 400);
    assert.equal((await post(open, JSON.stringify({ text: 'a', url: 'https://example.org' }))).status, 400);
    assert.equal((await post(open, JSON.stringify({ url: 'ftp://example.org/x' }))).status, 400);
  });

  it('fetches, analyses and stores a URL (a local page), and reports unreachable ones', async () => {
    const page = '<!doctype html><html lang="en"><head><title>Oslo hosts talks</title><meta property="article:published_time" content="2025-07-30"></head>'
      + '<body><article><h1>Oslo hosts talks</h1><p>Norway and Sweden agreed on Tuesday to expand their cooperation on border security, the ministers said in Oslo.</p>'
      + '<p>The agreement follows months of negotiations between the two governments and will take effect next year, officials said.</p></article></body></html>';
    const site = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page);
    });
    await new Promise<void>((res) => site.listen(0, '127.0.0.1', () => res()));
    try {
      const { port } = site.address() as AddressInfo;
      const r = await post(open, JSON.stringify({ url: `http://127.0.0.1:${port}/oslo.html` }));
      assert.equal(r.status, 201, r.body);
      const res = ingestResultD(JSON.parse(r.body));
      assert.equal(res.status, 'inserted');
      assert.equal(res.title, 'Oslo hosts talks');
      const doc = await call(open, 'GET', `/api/documents/${encodeURIComponent(res.id)}`);
      assert.equal(doc.status, 200);
    } finally {
      await new Promise<void>((res) => site.close(() => res()));
    }
    const gone = await post(open, JSON.stringify({ url: 'http://127.0.0.1:9/none.html' }));
    assert.equal(gone.status, 502);
    assert.equal(code(gone.body), 'NETWORK');
  });

  it('analyses and stores text, and recognises it again', async () => {
    const r = await post(open, JSON.stringify({ text: ARTICLE, published: '2025-07-29', id: 'api-text' }));
    assert.equal(r.status, 201, r.body);
    const res = ingestResultD(JSON.parse(r.body));
    assert.equal(res.status, 'inserted');
    assert.equal(res.id, 'api-text');
    assert.equal(res.title, 'Berlin sagt Kiew weitere Hilfe zu');
    const again = await post(open, JSON.stringify({ text: ARTICLE }));
    assert.equal(again.status, 200);
    assert.equal(ingestResultD(JSON.parse(again.body)).status, 'unchanged');
    const doc = await call(open, 'GET', '/api/documents/api-text');
    assert.equal(doc.status, 200);
    const info = await call(open, 'GET', '/api/info');
    assert.deepEqual(JSON.parse(info.body), { version: 'test', ingest: true });
  });
});
