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
