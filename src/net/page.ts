/**
 * Turning a fetched page into an ingested text through the project's file ingestion, so HTML,
 * Markdown and plain text from the web are handled exactly like files (one code path for formats,
 * owned by `src/ingest`). The body is written to a private temporary file with the extension of
 * its media type and read back by `ingestFile`.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import { ingestFile } from '../ingest/index.js';
import type { IngestedText } from '../ingest/types.js';
import type { Fetched } from './fetch.js';

/** File extension for a media type, or null when the type is not an article format. */
export function extensionFor(mediaType: string, url: string): string | null {
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'text/markdown' || mediaType === 'text/x-markdown') return 'md';
  if (mediaType === 'text/plain') return /\.(md|markdown)$/i.test(new URL(url).pathname) ? 'md' : 'txt';
  if (mediaType === '') return /\.(txt)$/i.test(new URL(url).pathname) ? 'txt' : 'html';
  return null;
}

/** Ingests a fetched article page. Throws INPUT_BINARY for media types that are no article. */
export async function ingestFetched(page: Fetched, opts: { lang?: Lang | null } = {}): Promise<IngestedText> {
  const ext = extensionFor(page.mediaType, page.finalUrl);
  if (!ext) throw new LagebildError('INPUT_BINARY', `not an article page (${page.mediaType || 'no media type'})`, page.url);
  // the body is already decoded with the HTTP charset; say so inside HTML too, so a stale
  // <meta charset> cannot make the reader decode the UTF-8 copy a second time
  const body = ext === 'html' && !/^\s*<meta charset="utf-8">/i.test(page.body) ? `<meta charset="utf-8">\n${page.body}` : page.body;
  const dir = await mkdtemp(join(tmpdir(), 'lagebild-page-'));
  try {
    const file = join(dir, `page.${ext}`);
    await writeFile(file, body, 'utf8');
    return await ingestFile(file, { lang: opts.lang ?? null });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
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
