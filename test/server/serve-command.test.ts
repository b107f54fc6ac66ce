/**
 * `lagebild serve` as a process: prints its URL (and the token when ingest is on), serves the API,
 * stops cleanly on SIGTERM; bad flags are usage errors.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = [process.execPath, '--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts')] as const;

function cli(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(CLI[0], [...CLI.slice(1), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

function post(url: string, body: string, token: string): Promise<number> {
  return new Promise((res, rej) => {
    const req = request(new URL('api/ingest', url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (r) => {
      r.resume();
      r.on('end', () => res(r.statusCode ?? 0));
    });
    req.on('error', rej);
    req.end(body);
  });
}


/** Starts `lagebild serve ARGS` and resolves with the child and its start-up output once `ready` matches. */
async function startServe(args: string[], ready: RegExp): Promise<{ child: ChildProcessWithoutNullStreams; out: string; exited: Promise<number | null> }> {
  const child = spawn(CLI[0], [...CLI.slice(1), 'serve', ...args], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (d: string) => (out += d));
  child.stderr.on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no start-up line: ${out}${err}`)), 30_000);
    // a server that dies at start fails the test at once, with its message
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`serve exited with ${code}: ${err}`));
    });
    child.stdout.on('data', () => {
      if (ready.test(out)) {
        clearTimeout(timer);
        res();
      }
    });
  });
  return { child, out, exited };
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((res, rej) => {
    request(url, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d: string) => (body += d));
      r.on('end', () => res({ status: r.statusCode ?? 0, body }));
    }).on('error', rej).end();
  });
}

describe('lagebild serve', () => {
  const dir = tempDir('lagebild-serve-');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects bad flags', () => {
    const short = cli(['serve', '--allow-ingest', '--token', 'short', '--data', dir]);
    assert.equal(short.status, 2);
    assert.match(short.stderr, /at least 16 characters/);
    const noIngest = cli(['serve', '--token', 'a-long-enough-token-123', '--data', dir]);
    assert.equal(noIngest.status, 2);
    assert.match(noIngest.stderr, /--token needs --allow-ingest/);
    assert.equal(cli(['serve', '--port', '70000', '--data', dir]).status, 2);
  });

  it('needs an existing store when read-only', () => {
    const r = cli(['serve', '--data', join(dir, 'missing'), '--port', '0']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no store/);
  });

  it('serves, ingests with the printed token, and stops on SIGTERM', async () => {
    const { child, out, exited } = await startServe(['--data', join(dir, 'data'), '--port', '0', '--allow-ingest'], /token: \S+/);
    try {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      const token = /token: (\S+)/.exec(out)?.[1];
      assert.ok(url && token, out);
      const text = JSON.stringify({ text: 'Paris and Berlin agree\nFrance and Germany signed an agreement on Monday.\n' });
      assert.equal(await post(url, text, 'wrong'), 401);
      assert.equal(await post(url, text, token), 201);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });

  it('serves an existing store read-only by default', async () => {
    const { child, out, exited } = await startServe(['--data', join(dir, 'data'), '--port', '0'], /http:\/\/127\.0\.0\.1:\d+\//);
    try {
      assert.doesNotMatch(out, /token/);
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1] ?? '';
      const info = await get(`${url}api/info`);
      assert.deepEqual(JSON.parse(info.body), { version: '0.1.0', ingest: false });
      const docs = await get(`${url}api/documents`);
      assert.equal((JSON.parse(docs.body) as { total: number }).total, 1);
      assert.equal(await post(url, JSON.stringify({ text: 'x' }), 'any-token'), 403);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
