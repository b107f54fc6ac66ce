/**
 * Turning a fetched page into an ingested text with the project's ingestion (`ingestBuffer`), so
 * HTML, Markdown and plain text from the web are handled exactly like files: the media type picks
 * the format, the page URL is the base for links and the address when no canonical one is named.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import { ingestBuffer, type InputFormat } from '../ingest/index.js';
import type { IngestedText } from '../ingest/types.js';
import type { Fetched } from './fetch.js';

/**
 * The ingestion format for a media type; undefined lets ingestion decide from the content (no or
 * a generic type); null when the type is not an article format (images, PDFs…).
 */
export function formatFor(mediaType: string): InputFormat | undefined | null {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'text/markdown' || mediaType === 'text/x-markdown') return 'markdown';
  if (mediaType === 'text/plain') return 'text';
  if (mediaType === '' || mediaType === 'application/octet-stream') return undefined;
  return null;
}

/** Ingests a fetched article page. Throws INPUT_BINARY for media types that are no article. */
export function ingestFetched(page: Fetched, opts: { lang?: Lang | null; maxBytes?: number } = {}): IngestedText {
  const format = formatFor(page.mediaType);
  if (format === null) throw new LagebildError('INPUT_BINARY', `not an article page (${page.mediaType})`, page.url);
  return ingestBuffer(page.bytes, page.finalUrl, {
    url: page.finalUrl,
    lang: opts.lang ?? null,
    ...(format ? { format } : {}),
    ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
  });
}

/** A document id for a URL: the last path segment as a slug plus a short hash of the whole URL. */
export function urlDocId(url: string): string {
  let slug = '';
  try {
    const segs = new URL(url).pathname.split('/').filter(Boolean);
    slug = (segs.at(-1) ?? new URL(url).hostname).replace(/\.[a-z0-9]+$/i, '');
  } catch {
    slug = 'page';
  }
  slug = slug.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'page';
  return `${slug}-${createHash('sha1').update(url).digest('hex').slice(0, 8)}`;
}
