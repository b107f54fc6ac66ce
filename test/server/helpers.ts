/**
 * Helpers of the server tests: a store filled with the fixture articles, a server on a free port,
 * and raw HTTP requests (paths are sent exactly as given, so traversal attempts reach the server
 * un-normalised).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { fillStore } from './fixtures.js';
import { tempDir } from '../support/temp-dir.js';

/** An answer: status, lower-case headers and body text. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A temp folder, removed when the test process exits. */
export { tempDir };

/** A store in a temp folder with the fixture articles. */
export async function fixtureStore(): Promise<{ store: Store; dir: string }> {
  const dir = tempDir('lagebild-api-');
  const store = await openStore({ dataDir: join(dir, 'data') });
  await fillStore(store);
  return { store, dir };
}

/**
 * A small web root (index.html and one asset) inside `dir`, with a secret file next to it that
 * traversal attempts try to read.
 */
export function fakeWebRoot(dir: string): string {
  const root = join(dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(root, '.hidden'), 'HIDDEN');
  writeFileSync(join(dir, 'secret.txt'), 'SECRET');
  return root;
}

/** Starts a server on a free port with the given options. */
export function start(opts: Partial<ServerOptions> & Pick<ServerOptions, 'store' | 'webRoot'>): Promise<RunningServer> {
  return startServer({ ingester: null, version: 'test', host: '127.0.0.1', token: null, log: () => undefined, ...opts }, 0);
}

/** Sends a request with node:http. */
export function call(
  server: RunningServer,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** GETs a path and parses the JSON body. */
export async function getJson(server: RunningServer, path: string): Promise<{ status: number; json: unknown; headers: Answer['headers'] }> {
  const a = await call(server, 'GET', path);
  return { status: a.status, json: JSON.parse(a.body) as unknown, headers: a.headers };
}

/** Sends a request line exactly as written over a socket; returns the status and the raw answer. */
export function rawGet(server: RunningServer, rawPath: string): Promise<{ status: number; raw: string }> {
  return new Promise((resolve, reject) => {
    const sock = connect(server.port, '127.0.0.1', () => {
      sock.write(`GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    });
    let raw = '';
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => (raw += d));
    sock.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(raw)?.[1] ?? 0), raw }));
    sock.on('error', reject);
  });
}
