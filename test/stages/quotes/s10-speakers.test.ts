import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 10: self-written wire passages (not from any corpus).

const naess: EntitySpec = { id: 'naess', type: 'PER', forms: [['Marianne Sivertsen Næss', 'name'], ['Sivertsen Næss', 'name']] };
const jonsson: EntitySpec = { id: 'jonsson', type: 'PER', forms: [['Bjarni Jónsson', 'name'], ['Jónsson', 'name']] };
const norway: EntitySpec = { id: 'norway', type: 'GPE', forms: [['Norwegen', 'name']] };
const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

test('de: a clause that opens with a prepositional phrase has its subject after the verb ("Nach einem Gespräch mit X sagte Y: …")', () => {
  const text = 'Nach einem langen Treffen mit ihrem isländischen Kollegen Bjarni Jónsson sagte Sivertsen Næss am Montag: „Wir brauchen eine faire Quote.“ Die Fangmengen müssten neu verteilt werden.\n';
  const { quotes } = runQuotes(text, 'de', [naess, jonsson]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['naess', 'naess'], shown(quotes));
});

test('de: the same with a perfect tense ("Bei dem Treffen mit X hat Y gesagt, …")', () => {
  const text = 'Bei dem Treffen mit Bjarni Jónsson hat Sivertsen Næss gesagt, die Quoten müssten neu verteilt werden.\n';
  const { quotes } = runQuotes(text, 'de', [naess, jonsson]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['naess'], shown(quotes));
});

test('negative de: a clause that opens with its subject keeps it ("Jónsson sagte nach dem Treffen mit X, …")', () => {
  const text = 'Jónsson sagte nach dem Treffen mit Sivertsen Næss, Island werde seine Quoten nicht senken.\n';
  const { quotes } = runQuotes(text, 'de', [naess, jonsson]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['jonsson'], shown(quotes));
});

test('de: a nominative pronoun right after the verb is the subject; the name before it is a fronted object ("Norwegen warf er vor, …")', () => {
  const text = 'Jónsson wies das zurück. Island werde seine Quoten nicht senken, sagte Jónsson. Norwegen warf er vor, die Bestände zu überfischen.\n';
  const { quotes } = runQuotes(text, 'de', [jonsson, norway]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['jonsson', 'jonsson'], shown(quotes));
});

test('negative de: an ambiguous "sie" after the verb leaves the name before it as the subject ("Norwegen forderte sie auf, …")', () => {
  const text = 'Die Ministerin Sivertsen Næss reiste nach Reykjavik. Norwegen forderte sie auf, die Quoten zu senken.\n';
  const { quotes } = runQuotes(text, 'de', [naess, norway]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['norway'], shown(quotes));
});
