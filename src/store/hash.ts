import { createHash } from 'node:crypto';

/**
 * Content hash of an ingested text (hex SHA-256 of its UTF-8 bytes). Taken after ingestion and
 * before analysis, so a re-ingest of unchanged content skips the (expensive) analysis, and page
 * chrome that ingestion strips does not make an unchanged article look new.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
