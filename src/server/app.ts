/**
 * The HTTP server of `lagebild serve`: node:http, the API under `/api/`, the built UI everywhere
 * else. Every answer carries the security headers; every error is answered through the error
 * catalogue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, MAX_BODY_BYTES, parseIngestRequest } from '../api/index.js';
import { LagebildError } from '../errors.js';
import { matchGet, type ApiContext } from './api.js';
import { requireToken } from './auth.js';
import { readJson } from './body.js';
import { sendError, sendJson } from './respond.js';
import { applySecurityHeaders, hostAllowed } from './security.js';
import { serveStatic } from './static.js';

/** Options of the server. */
export interface ServerOptions extends ApiContext {
  /** Folder of the built UI (`web/dist`). */
  readonly webRoot: string;
  /** Address the server listens on (used for the Host check). */
  readonly host: string;
  /** Required for POST /api/ingest when ingest is enabled. */
  readonly token: string | null;
  /** Largest request body in bytes. */
  readonly maxBodyBytes?: number;
  /** Where internal errors are logged. */
  readonly log?: (line: string) => void;
}

/** Longest URL accepted (path plus query). */
const MAX_URL = 4096;

/** Handles one request; exported for tests that call it without a socket. */
export async function handleRequest(opts: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  applySecurityHeaders(res);
  try {
    if (!hostAllowed(req, opts.host)) throw new LagebildError('FORBIDDEN', 'unexpected Host header');
    const rawUrl = req.url ?? '/';
    if (rawUrl.length > MAX_URL) throw new LagebildError('USAGE', 'URL too long');
    const url = new URL(rawUrl, 'http://localhost');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === '/api' || path.startsWith('/api/')) {
      if (path === API.ingest) {
        if (method !== 'POST') {
          res.setHeader('Allow', 'POST');
          throw new LagebildError('USAGE', `use POST for ${API.ingest}`);
        }
        await ingest(opts, req, res);
        return;
      }
      const hit = matchGet(path);
      if (!hit) throw new LagebildError('NOT_FOUND', `no API endpoint ${path.slice(0, 100)}`);
      if (method !== 'GET' && method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        throw new LagebildError('USAGE', `use GET for ${path.slice(0, 100)}`);
      }
      const body = await hit.route.handle(opts, hit.params, url.searchParams);
      sendJson(res, 200, body);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new LagebildError('USAGE', `use GET for ${path.slice(0, 100)}`);
    }
    await serveStatic(req, res, opts.webRoot, path);
  } catch (err) {
    sendError(res, err, log);
  }
}

async function ingest(opts: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!opts.ingester || opts.token === null) {
    throw new LagebildError('FORBIDDEN', 'ingest is disabled; start the server with --allow-ingest');
  }
  requireToken(req, opts.token);
  let body: unknown;
  try {
    body = await readJson(req, opts.maxBodyBytes ?? MAX_BODY_BYTES);
  } catch (err) {
    // the rest of an oversized body is not read: close the connection after answering
    if (err instanceof LagebildError && err.code === 'INPUT_TOO_LARGE') res.setHeader('Connection', 'close');
    throw err;
  }
  const result = await opts.ingester(parseIngestRequest(body));
  sendJson(res, result.status === 'inserted' ? 201 : 200, result);
}

/** A running server and how to reach and stop it. */
export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts listening. Resolves once the port is bound (port 0 picks a free one); rejects with a
 * USAGE error when the port is taken or the address cannot be bound.
 */
export function startServer(opts: ServerOptions, port: number): Promise<RunningServer> {
  const server = createServer((req, res) => {
    void handleRequest(opts, req, res);
  });
  // slow clients must not hold connections open forever
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? `port ${port} is in use` : `cannot listen on ${opts.host}:${port} (${err.code ?? err.message})`;
      reject(new LagebildError('USAGE', why, null, { cause: err }));
    });
    server.listen(port, opts.host, () => {
      const addr = server.address() as AddressInfo;
      const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        server,
        port: addr.port,
        url: `http://${host}:${addr.port}/`,
        close: () =>
          new Promise<void>((res2) => {
            server.close(() => res2());
            server.closeAllConnections();
          }),
      });
    });
  });
}
