/**
 * The API contract shared by `src/server` and `web/`: response types with their run-time
 * decoders, query parameter parsers and serialisers, the ingest body, and the route paths.
 */
export * from './decode.js';
export * from './types.js';
export * from './query.js';
export * from './ingest.js';
export * from './routes.js';
