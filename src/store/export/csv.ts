/**
 * Events as CSV in a GDELT-like column layout (documented in docs/EXPORTS.md): one row per
 * real-world event (not per report), with the number of articles and outlets that reported it.
 */
import type { QuadClass } from '../../doc/types.js';
import type { EventRecord, Store } from '../types.js';
import type { Sink } from './sink.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1Type', 'Actor2Code', 'Actor2Name', 'Actor2Type',
  'EventCode', 'EventRootCode', 'PloverType', 'QuadClass', 'GoldsteinScale', 'Modality', 'EventDate',
  'NumArticles', 'NumSources', 'Confidence', 'FirstPublished', 'SourceURL', 'DocIDs', 'Trigger', 'Evidence',
] as const;

/** GDELT's QuadClass numbers. */
const QUAD: Readonly<Record<QuadClass, number>> = {
  'verbal-cooperation': 1, 'material-cooperation': 2, 'verbal-conflict': 3, 'material-conflict': 4,
};

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV row of an event. */
export function csvRow(e: EventRecord): string {
  const day = e.day;
  const y = day ? Number(day.slice(0, 4)) : null;
  const frac = day ? (y! + (Date.parse(`${day}T00:00:00Z`) - Date.UTC(y!, 0, 1)) / (365.25 * 86_400_000)) : null;
  const first = e.reports[0];
  const published = e.reports.map((r) => r.doc.published).filter((p): p is string => p !== null).sort()[0] ?? null;
  const outlets = new Set(e.reports.map((r) => r.doc.source ?? `doc:${r.doc.id}`));
  const cells: (string | number | null)[] = [
    e.id, day ? day.replace(/-/g, '') : null, day ? day.slice(0, 7).replace('-', '') : null, y, frac === null ? null : frac.toFixed(4),
    e.source?.id ?? null, e.source?.name ?? null, e.source?.type ?? null, e.target?.id ?? null, e.target?.name ?? null, e.target?.type ?? null,
    e.cameo, e.cameo ? e.cameo.slice(0, 2) : null, e.type, QUAD[e.quad], e.weight, e.modality, e.date,
    e.reportCount, outlets.size, e.confidence, published, first?.doc.address ?? null,
    e.reports.map((r) => r.doc.id).join(' '), first?.trigger ?? null, first?.evidence ?? null,
  ];
  return cells.map(csvField).join(',');
}

/** Writes the header and one row per event. */
export async function exportCsv(store: Store, out: Sink): Promise<number> {
  await out.write(CSV_COLUMNS.join(',') + '\r\n');
  let n = 0;
  for await (const e of store.exportEvents()) {
    await out.write(csvRow(e) + '\r\n');
    n++;
  }
  return n;
}
