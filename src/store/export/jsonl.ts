/**
 * JSON Lines of every layer: one object per line with a `layer` (document, entity, mention,
 * time, quote, event), in that order, so a consumer can stream it into any database.
 */
import type { Store } from '../types.js';
import type { Sink } from './sink.js';

/** Writes every layer as JSON Lines; returns the number of lines. */
export async function exportJsonl(store: Store, out: Sink): Promise<number> {
  let n = 0;
  const line = async (layer: string, v: object): Promise<void> => {
    await out.write(JSON.stringify({ layer, ...v }) + '\n');
    n++;
  };
  for await (const d of store.exportDocuments()) {
    const { doc, eventIds: _e, quoteIds: _q, ...summary } = d;
    await line('document', { ...summary, text: doc.text, sentences: doc.sentences });
  }
  for await (const e of store.exportEntities()) await line('entity', e);
  for await (const m of store.exportMentions()) await line('mention', m);
  for await (const t of store.exportTimes()) await line('time', t);
  for await (const q of store.exportQuotes()) await line('quote', q);
  for await (const e of store.exportEvents()) await line('event', e);
  return n;
}
