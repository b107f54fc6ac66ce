/**
 * Paths of the API, in one place so the server's router and the UI's client agree.
 */

/** Fixed endpoint paths. */
export const API = {
  info: '/api/info',
  overview: '/api/overview',
  entities: '/api/entities',
  events: '/api/events',
  quotes: '/api/quotes',
  relations: '/api/relations',
  network: '/api/network',
  search: '/api/search',
  documents: '/api/documents',
  ingest: '/api/ingest',
} as const;

/** Path of one entity. */
export function entityPath(id: string): string {
  return `${API.entities}/${encodeURIComponent(id)}`;
}

/** Path of one document. */
export function documentPath(id: string): string {
  return `${API.documents}/${encodeURIComponent(id)}`;
}
