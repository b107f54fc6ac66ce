import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 22: an office whose state the resolver inferred from the article's opening (resolve/office-state), not one
// written with the office, does not move "his office said" off the person. Self-written passages.

const zambia: EntitySpec = { id: 'zambia', type: 'GPE', forms: [['Zambia', 'name'], ['Sambia', 'name']] };
const banda = (ofInferred: boolean): EntitySpec => ({
  id: 'mwila-banda', type: 'PER', forms: [['Mwila Banda', 'name'], ['Banda', 'name']],
  roles: [{ role: 'president', of: 'zambia', source: 'text', ofInferred }],
});

test('en: "his office said" stays with a president whose state was only inferred', () => {
  const text = 'Zambia opens new border posts. President Mwila Banda will visit the north on Friday, his office said.\n';
  assert.deepEqual(runQuotes(text, 'en', [zambia, banda(true)]).quotes.map((q) => q.speaker), ['mwila-banda']);
});

test('de: "teilte sein Büro mit" likewise', () => {
  const text = 'Sambia öffnet neue Grenzposten. Präsident Mwila Banda reise am Freitag in den Norden, teilte sein Büro mit.\n';
  assert.deepEqual(runQuotes(text, 'de', [zambia, banda(true)]).quotes.map((q) => q.speaker), ['mwila-banda']);
});

test('negative: the same office with its state written in the text speaks for the state', () => {
  const text = 'Zambia opens new border posts. President Mwila Banda will visit the north on Friday, his office said.\n';
  assert.deepEqual(runQuotes(text, 'en', [zambia, banda(false)]).quotes.map((q) => q.speaker), ['zambia']);
});
