/**
 * POST /api/ingest behind the server: text is analysed and stored here; URLs go through the
 * store's {@link Ingestor} (fetch with timeout and size limit, HTML extraction, content hash).
 */
import type { IngestRequest, IngestResult } from '../api/index.js';
import type { Engine } from '../engine.js';
import { LagebildError } from '../errors.js';
import { ingestPlainText } from '../ingest/index.js';
import { toOutput } from '../output/schema.js';
import { contentHash } from '../store/hash.js';
import { Ingestor } from '../store/ingest.js';
import type { Store } from '../store/types.js';
import type { Ingester } from './api.js';

/** Builds the ingest function of a server over one store and engine. */
export function makeIngester(store: Store, engine: Engine): Ingester {
  return async (req: IngestRequest): Promise<IngestResult> => {
    if (req.kind === 'url') {
      const ingestor = new Ingestor(store, engine, { lang: req.lang ?? null, published: req.published ?? null });
      const out = await ingestor.run({ kind: 'url', url: req.url });
      if (out.error) throw out.error;
      if (out.status === 'feed') throw new LagebildError('USAGE', 'the URL is a feed; ingest feeds with "lagebild ingest URL"');
      if (out.status === 'failed' || out.docId === null) throw new LagebildError('INTERNAL', 'ingest failed');
      const doc = await store.getDocument(out.docId);
      return { id: out.docId, status: out.status, title: doc?.title ?? null, events: out.events };
    }
    const ing = ingestPlainText(req.text, req.lang ?? null);
    const hash = contentHash(ing.text);
    const same = await store.findByHash(hash);
    if (same) return { id: same.id, status: 'unchanged', title: same.title, events: same.counts.events };
    const id = req.id ?? `text-${hash.slice(0, 12)}`;
    const doc = engine.analyze(ing, { id, published: req.published ?? ing.published, lang: req.lang ?? null, address: null });
    const out = toOutput(doc);
    const r = await store.putDocument({ doc: out, contentHash: hash, address: null, fetchedAt: new Date().toISOString() });
    return { id: r.docId, status: r.status, title: out.title, events: out.events.length };
  };
}
