/**
 * Static files and security: no path traversal, no dot-files, security headers on every answer,
 * Host check against DNS rebinding.
 */
import assert from 'node:assert/strict';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunningServer } from '../../src/server/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security.js';
import type { Store } from '../../src/store/types.js';
import { call, fakeWebRoot, fixtureStore, rawGet, start } from './helpers.js';

describe('static files and security headers', () => {
  let store: Store;
  let dir = '';
  let server: RunningServer;

  before(async () => {
    ({ store, dir } = await fixtureStore());
    const root = fakeWebRoot(dir);
    symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
    server = await start({ store, webRoot: root });
  });
  after(async () => {
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the UI with a strict CSP and the other security headers', async () => {
    const r = await call(server, 'GET', '/');
    assert.equal(r.status, 200);
    assert.match(r.body, /<title>ui<\/title>/);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    const csp = String(r.headers['content-security-policy']);
    assert.equal(csp, CONTENT_SECURITY_POLICY);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['x-frame-options'], 'DENY');
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    const js = await call(server, 'GET', '/assets/app.js');
    assert.equal(js.status, 200);
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.match(String(js.headers['cache-control']), /immutable/);
    const api = await call(server, 'GET', '/api/info');
    assert.equal(api.headers['x-content-type-options'], 'nosniff');
    assert.equal(api.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the UI folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/%252e%252e/secret.txt',
      '/secret.txt%00.js',
      '/link.txt',
      '/.hidden',
      '/assets/%2e%2e/.hidden',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
    ];
    for (const p of attempts) {
      const r = await rawGet(server, p);
      assert.ok([400, 404].includes(r.status), `${p} → ${r.status}`);
      assert.doesNotMatch(r.raw, /SECRET|HIDDEN|root:/, p);
    }
  });

  it('answers a missing file with 404 JSON and other methods with 400', async () => {
    const r = await call(server, 'GET', '/nope.js');
    assert.equal(r.status, 404);
    assert.equal((JSON.parse(r.body) as { error: { code: string } }).error.code, 'NOT_FOUND');
    const del = await call(server, 'DELETE', '/');
    assert.equal(del.status, 400);
  });

  it('refuses foreign Host headers on a loopback server (DNS rebinding)', async () => {
    const evil = await call(server, 'GET', '/api/info', { headers: { host: 'evil.example' } });
    assert.equal(evil.status, 403);
    const local = await call(server, 'GET', '/api/info', { headers: { host: `localhost:${server.port}` } });
    assert.equal(local.status, 200);
  });

  it('refuses overlong URLs', async () => {
    const r = await call(server, 'GET', `/api/search?q=${'a'.repeat(5000)}`);
    assert.equal(r.status, 400);
  });
});
