/**
 * Readable text renderings of store results for the CLI (the `--json` output is the result
 * itself). One line per item where possible, so the output greps well.
 */
import type {
  EntityDetail, EntityRef, EntitySummary, EventRecord, Page, QuoteRecord, RelationSeries, SearchHit,
} from './types.js';

const name = (e: EntityRef | null): string => (e ? e.name : '—');

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** "showing 1–50 of 120" when the page is not everything. */
export function pageNote<T>(p: Page<T>, what: string): string {
  if (p.total === 0) return `no ${what}\n`;
  if (p.items.length === p.total) return '';
  return `(${p.offset + 1}–${p.offset + p.items.length} of ${p.total} ${what}; use --offset/--limit for more)\n`;
}

/** A page of entities, two lines each (name with counts; aliases). */
export function formatEntities(p: Page<EntitySummary>): string {
  const lines = p.items.map((e) =>
    `${e.type.padEnd(4)} ${e.name}  [${e.id}]  docs ${e.documents}, events ${e.events}, quotes ${e.quotes}` +
    (e.aliases.length ? `\n       aka ${e.aliases.slice(0, 8).join(', ')}` : ''));
  return lines.join('\n') + (lines.length ? '\n' : '') + pageNote(p, 'entities');
}

/** One event: a head line and up to three reports with their evidence. */
export function formatEvent(e: EventRecord): string {
  const head = `#${e.id} ${e.day ?? 'undated'.padEnd(10)} ${e.type.padEnd(9)} ${name(e.source)} → ${name(e.target)}` +
    `  (${e.modality}, ${e.weight >= 0 ? '+' : ''}${e.weight}${e.date && e.date !== e.day ? `, date ${e.date}` : ''}, ${e.reportCount} report${e.reportCount === 1 ? '' : 's'})`;
  const reports = e.reports.slice(0, 3).map((r) => `     ${r.doc.id}${r.doc.published ? ` (${r.doc.published})` : ''}: “${clip(r.evidence, 110)}”`);
  const more = e.reportCount > 3 ? [`     … and ${e.reportCount - 3} more reports`] : [];
  return [head, ...reports, ...more].join('\n');
}

/** A page of events. */
export function formatEvents(p: Page<EventRecord>): string {
  return p.items.map(formatEvent).join('\n') + (p.items.length ? '\n' : '') + pageNote(p, 'events');
}

/** One quote on one line: speaker, addressee, kind, document, text. */
export function formatQuote(q: QuoteRecord): string {
  return `${name(q.speaker)}${q.addressee ? ` → ${q.addressee.name}` : ''} (${q.kind}, ${q.doc.id}${q.doc.published ? `, ${q.doc.published}` : ''}): “${clip(q.text, 160)}”`;
}

/** A page of quotes. */
export function formatQuotes(p: Page<QuoteRecord>): string {
  return p.items.map(formatQuote).join('\n') + (p.items.length ? '\n' : '') + pageNote(p, 'quotes');
}

/** An entity detail: counts, names by language, descriptions, roles, timeline, quotes by and about. */
export function formatEntity(e: EntityDetail): string {
  const out: string[] = [`${e.name} [${e.id}] ${e.type}${e.wikidata ? ` ${e.wikidata}` : ''}`];
  out.push(`  in ${e.documents} document(s), ${e.mentions} mention(s), ${e.events} event(s), ${e.quotes} quote(s)`);
  if (e.aliasRecords.length) out.push(`  names: ${e.aliasRecords.map((a) => `${a.text} (${a.languages.join('/')})`).join(', ')}`);
  if (e.descriptions.length) out.push(`  described as: ${e.descriptions.slice(0, 10).map((a) => a.text).join('; ')}`);
  if (e.roles.length) {
    out.push('  roles:');
    for (const r of e.roles) out.push(`    ${r.role}${r.of ? ` of ${r.of}` : ''}${r.from || r.to ? ` (${r.from ?? '?'} – ${r.to ?? 'now'})` : ''}  [${r.docId}]`);
  }
  if (e.timeline.length) {
    out.push('  timeline:');
    for (const ev of e.timeline) out.push('    ' + formatEvent(ev).split('\n')[0]);
  }
  if (e.quotesBy.length) {
    out.push('  quotes by:');
    for (const q of e.quotesBy.slice(0, 20)) out.push(`    “${clip(q.text, 140)}” (${q.doc.id})`);
  }
  if (e.quotesAbout.length) {
    out.push('  quotes about:');
    for (const q of e.quotesAbout.slice(0, 20)) out.push(`    ${name(q.speaker)}: “${clip(q.text, 130)}” (${q.doc.id})`);
  }
  return out.join('\n') + '\n';
}

/** Other entities a name also matched (shown under the chosen one). */
export function formatAlternatives(all: readonly EntitySummary[], chosen: string): string {
  const others = all.filter((e) => e.id !== chosen);
  return others.length ? `(also matches: ${others.slice(0, 8).map((e) => `${e.name} [${e.id}]`).join(', ')})\n` : '';
}

/** A relation series: one line per period with cooperation and conflict bars and the event ids. */
export function formatRelations(r: RelationSeries): string {
  const out = [`${r.a.name} ↔ ${r.b.name} by ${r.by}`];
  if (r.points.length === 0 && r.undatedEventIds.length === 0) out.push('  no events between them');
  const max = Math.max(1, ...r.points.map((p) => Math.max(p.cooperation, p.conflict)));
  for (const p of r.points) {
    const bar = (x: number, ch: string) => ch.repeat(Math.round((x / max) * 20));
    out.push(`  ${p.period.padEnd(10)} coop ${p.cooperation.toFixed(1).padStart(6)} ${bar(p.cooperation, '+').padEnd(20)} conflict ${p.conflict.toFixed(1).padStart(6)} ${bar(p.conflict, '-').padEnd(20)} events ${p.eventIds.map((i) => '#' + i).join(' ')}`);
  }
  if (r.undatedEventIds.length) out.push(`  undated: ${r.undatedEventIds.map((i) => '#' + i).join(' ')}`);
  return out.join('\n') + '\n';
}

/** A page of search hits with their snippets. */
export function formatSearch(p: Page<SearchHit>): string {
  const lines = p.items.map((h) => h.kind === 'document'
    ? `doc   ${h.doc.id}${h.doc.title ? ` — ${clip(h.doc.title, 70)}` : ''}\n      ${h.snippet}`
    : `quote ${h.doc.id} #${h.quoteId} ${name(h.speaker)}: ${h.snippet}`);
  return lines.join('\n') + (lines.length ? '\n' : '') + pageNote(p, 'hits');
}
