/**
 * The body of POST /api/ingest: either article text or a URL to fetch, with optional overrides.
 * Validated here for both sides, so the UI reports the same message the server would.
 */
import { LagebildError } from '../errors.js';
import { isPartialDate } from './query.js';

/** Largest request body the server reads (bytes); larger bodies are answered with 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What to ingest. */
export type IngestRequest =
  | { kind: 'text'; text: string; id?: string; published?: string; lang?: 'de' | 'en' }
  | { kind: 'url'; url: string; id?: string; published?: string; lang?: 'de' | 'en' };

function usage(message: string): LagebildError {
  return new LagebildError('USAGE', message);
}

/** Checks a parsed JSON body; throws `LagebildError('USAGE')` naming the bad field. */
export function parseIngestRequest(body: unknown): IngestRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw usage('body must be a JSON object with "text" or "url"');
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!['text', 'url', 'id', 'published', 'lang'].includes(k)) throw usage(`unknown field '${k.slice(0, 40)}'`);
  }
  const extra: { id?: string; published?: string; lang?: 'de' | 'en' } = {};
  if (b['id'] !== undefined) {
    if (typeof b['id'] !== 'string' || !/^[\w.-]{1,100}$/.test(b['id'])) throw usage("'id' must be 1–100 letters, digits, '.', '_' or '-'");
    extra.id = b['id'];
  }
  if (b['published'] !== undefined) {
    if (typeof b['published'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(b['published']) || !isPartialDate(b['published'])) {
      throw usage("'published' must be a date YYYY-MM-DD");
    }
    extra.published = b['published'];
  }
  if (b['lang'] !== undefined) {
    if (b['lang'] !== 'de' && b['lang'] !== 'en') throw usage("'lang' must be 'de' or 'en'");
    extra.lang = b['lang'];
  }
  const hasText = b['text'] !== undefined;
  const hasUrl = b['url'] !== undefined;
  if (hasText === hasUrl) throw usage('give exactly one of "text" and "url"');
  if (hasText) {
    if (typeof b['text'] !== 'string' || b['text'].trim() === '') throw usage("'text' must be a non-empty string");
    return { kind: 'text', text: b['text'], ...extra };
  }
  const url = b['url'];
  if (typeof url !== 'string') throw usage("'url' must be a string");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usage("'url' is not a valid URL");
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw usage("'url' must be http or https");
  return { kind: 'url', url: parsed.href, ...extra };
}
