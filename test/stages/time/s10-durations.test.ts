import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeTagger } from './helpers.js';

const rows = (lang: 'de' | 'en', text: string): [string, string | null][] =>
  makeTagger(lang).tag(`Title\n${text}`, '2025-09-12').map((t) => [t.text, t.value]);

test('two durations of descending units joined by "und"/"and" are one duration', () => {
  assert.deepEqual(rows('de', 'Das Gericht verurteilte ihn zu vier Jahren und neun Monaten Haft.'), [['vier Jahren und neun Monaten', 'P4Y9M']]);
  assert.deepEqual(rows('de', 'Die Sitzung dauerte drei Stunden und 20 Minuten.'), [['drei Stunden und 20 Minuten', 'PT3H20M']]);
  assert.deepEqual(rows('en', 'The ministry has three months and 15 days to reply.'), [['three months and 15 days', 'P3M15D']]);
  assert.deepEqual(rows('en', 'The hearing took one day and six hours.'), [['one day and six hours', 'P1DT6H']]);
});

test('negative: ascending units, equal units and ranges stay apart', () => {
  assert.deepEqual(rows('en', 'He spent two weeks and a year abroad.').map(([, v]) => v), ['P2W', 'P1Y']);
  assert.deepEqual(rows('en', 'The truce held for three days and three nights.').map(([, v]) => v), ['P3D', 'P3D']);
  assert.ok(rows('en', 'The talks could take two to three months.').every(([, v]) => v !== 'P2M3M'));
});
