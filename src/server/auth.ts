/**
 * The ingest token: generated at start (or given with `--token`) and checked in constant time.
 */
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LagebildError } from '../errors.js';

/** A fresh random token (URL-safe, 256 bits). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Shortest token accepted from `--token` (a short token is guessable). */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Checks `Authorization: Bearer TOKEN`; throws UNAUTHORIZED (401) when it is missing or wrong.
 * Both sides are hashed first so the comparison is constant-time whatever the lengths.
 */
export function requireToken(req: IncomingMessage, token: string): void {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m || !m[1]) throw new LagebildError('UNAUTHORIZED', 'send the token printed at start as "Authorization: Bearer TOKEN"');
  const a = createHash('sha256').update(m[1]).digest();
  const b = createHash('sha256').update(token).digest();
  if (!timingSafeEqual(a, b)) throw new LagebildError('UNAUTHORIZED', 'wrong token');
}
