/**
 * Writing JSON answers and errors. Every error answer goes through {@link sendError}, which takes
 * its status from the error catalogue (`httpStatusOf`), so the code→status mapping stays in one place.
 */
import type { ServerResponse } from 'node:http';
import type { ApiError } from '../api/index.js';
import { asLagebildError, httpStatusOf } from '../errors.js';

/** Sends a JSON body with the given status; API answers are never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', data.length);
  res.setHeader('Cache-Control', 'no-store');
  res.end(data);
}

/**
 * Sends an error as `{ error: { code, message } }`. Internal errors are logged and answered with a
 * generic message so that no paths or stack traces leak to the client.
 */
export function sendError(res: ServerResponse, err: unknown, log: (line: string) => void): void {
  const e = asLagebildError(err);
  let message = e.message;
  if (e.code === 'INTERNAL' || e.code === 'STORE') {
    log(`lagebild serve: ${e.code}: ${e.message}${err instanceof Error && err.stack ? '\n' + err.stack : ''}`);
    message = e.code === 'STORE' ? 'the store failed' : 'internal error';
  }
  const body: ApiError = { error: { code: e.code, message } };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, httpStatusOf(e.code), body);
}
