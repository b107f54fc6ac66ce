/**
 * Store exports: events as CSV, every layer as JSON Lines, the actor network as GEXF and
 * GraphML, everything as JSON-LD. Formats are documented in docs/EXPORTS.md.
 */
import type { Writable } from 'node:stream';
import type { Store } from '../types.js';
import { exportCsv } from './csv.js';
import { exportGexf } from './gexf.js';
import { exportGraphml } from './graphml.js';
import { exportJsonl } from './jsonl.js';
import { exportJsonld } from './jsonld.js';
import { Sink } from './sink.js';

/** The export formats. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'gexf', 'graphml', 'jsonld'] as const;
/** One of the export formats (`lagebild export --format`). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes the whole store in a format; returns how many records (rows, lines, nodes + edges) were written. */
export async function exportStore(store: Store, format: ExportFormat, out: Writable): Promise<number> {
  const sink = new Sink(out);
  switch (format) {
    case 'csv': return exportCsv(store, sink);
    case 'jsonl': return exportJsonl(store, sink);
    case 'gexf': return exportGexf(await store.network(), sink);
    case 'graphml': return exportGraphml(await store.network(), sink);
    case 'jsonld': return exportJsonld(store, sink);
  }
}

export { CSV_COLUMNS, csvField, csvRow } from './csv.js';
export { xmlEscape } from './xml.js';
