import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

const mueller: EntitySpec = { id: 'mueller', type: 'PER', forms: [['Peter Müller', 'name'], ['Müller', 'name']] };

test('a dateline opens only the first body paragraph; a dash after a year further down is no dateline', () => {
  const text = 'Berlin, 02.06.2025 – Der Finanzminister Peter Müller äußerte sich am Montag in einer Rede.\nSeit dem Jahr 2024 – so Müller – seien die Ausgaben stark gestiegen.\n';
  const { quotes } = runQuotes(text, 'de', [mueller]);
  const q = quotes.find((x) => x.text.includes('seien die Ausgaben'));
  assert.ok(q, JSON.stringify(quotes));
  assert.ok(q.text.startsWith('Seit dem Jahr 2024'), q.text);
  assert.ok(!quotes.some((x) => x.text.includes('Berlin, 02.06.2025')), JSON.stringify(quotes));
});

test('a dateline ingestion splits off ("Frankfurt am Main (Deutschland), 02.06.2025 –") is no part of the report or its speaker', () => {
  const verband: EntitySpec = { id: 'verband', type: 'ORG', forms: [['Deutsche Fußball-Bund', 'name'], ['Verband', 'description']] };
  const frankfurt: EntitySpec = { id: 'frankfurt', type: 'GPE', forms: [['Frankfurt am Main', 'name']] };
  const text = 'Frankfurt am Main (Deutschland), 02.06.2025 – Der Deutsche Fußball-Bund teilte mit, die Trainerin verlasse den Verband.\n';
  const { doc, quotes } = runQuotes(text, 'de', [verband, frankfurt]);
  assert.equal(doc.get('paragraphs')[0]!.zone, 'dateline');
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker]), [['indirect', 'die Trainerin verlasse den Verband', 'verband']]);
});
