import type { OutDoc } from '../output/schema.js';

const TYPE_ORDER = ['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'] as const;

/**
 * A readable summary of one analysed article for the terminal: entities by type, a timeline of
 * dated events, undated events, and quotes with their speakers.
 */
export function formatSummary(doc: OutDoc): string {
  const lines: string[] = [];
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const who = (id: string | null): string => (id === null ? '—' : names.get(id) ?? id);
  lines.push(`# ${doc.title ?? doc.id}`);
  lines.push(`${doc.id} · ${doc.language} · published ${doc.published ?? 'unknown'}${doc.source ? ' · ' + doc.source : ''}`);
  lines.push('');
  lines.push(`Entities (${doc.entities.length})`);
  for (const type of TYPE_ORDER) {
    const of = doc.entities.filter((e) => e.type === type);
    if (of.length) lines.push(`  ${type.padEnd(5)}${of.map((e) => e.name + (e.mentions.length > 1 ? ` ×${e.mentions.length}` : '')).join(', ')}`);
  }
  const dated = doc.events.filter((e) => e.date !== null).sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const undated = doc.events.filter((e) => e.date === null);
  lines.push('');
  lines.push(`Timeline (${dated.length} dated events)`);
  for (const e of dated) lines.push(`  ${String(e.date).padEnd(11)}${eventLine(e, who)}`);
  if (undated.length) {
    lines.push(`Undated (${undated.length})`);
    for (const e of undated) lines.push(`  ${''.padEnd(11)}${eventLine(e, who)}`);
  }
  lines.push('');
  lines.push(`Quotes (${doc.quotes.length})`);
  for (const q of doc.quotes) {
    const text = q.text.length > 110 ? q.text.slice(0, 107) + '…' : q.text;
    lines.push(`  ${who(q.speaker)}${q.kind === 'indirect' ? ' (reported)' : ''}: „${text}“`);
  }
  lines.push('');
  lines.push(`Times (${doc.times.length}): ${doc.times.map((t) => `${t.text} → ${t.value ?? '?'}${t.mod ? ' ' + t.mod : ''}`).join('; ')}`);
  return lines.join('\n') + '\n';
}

function eventLine(e: OutDoc['events'][number], who: (id: string | null) => string): string {
  const mod = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
  return `${e.type.padEnd(10)}${who(e.source)} → ${who(e.target)}${mod}  «${e.trigger}»`;
}
