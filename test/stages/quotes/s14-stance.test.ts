import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 14: self-written German news sentences (not from any corpus). A settled view framed by "für" and its holder
// ("Für die Ministerin ist klar, dass …", "Klar ist für X, dass …", "Für X steht fest, dass …"; quote-cues stanceFrames,
// stancePrepositions) is the holder's thought: the clause after the comma is reported, said by the holder.

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const schulz: EntitySpec = { id: 'schulz', type: 'PER', forms: [['Eva Schulz', 'name'], ['Schulz', 'name']] };
const verdi: EntitySpec = { id: 'verdi', type: 'ORG', forms: [['Verdi', 'name']] };
const ministerin: EntitySpec = { id: 'schulz', type: 'PER', forms: [['Ministerin', 'description']] };
const all = [schulz, verdi];

const positives: readonly (readonly [string, string, string])[] = [
  ['Für Eva Schulz ist klar, dass die Reform scheitern wird.', 'die Reform scheitern wird', 'schulz'],
  // past tense, an organisation as holder
  ['Für Verdi war klar, dass die Beschäftigten mehr Geld brauchen.', 'die Beschäftigten mehr Geld brauchen', 'verdi'],
  // the expletive after the verb
  ['Für Eva Schulz ist es klar, dass die Reform scheitern wird.', 'die Reform scheitern wird', 'schulz'],
  // "steht fest", and a Konjunktiv main clause instead of a dass-clause
  ['Für Verdi steht fest, die Arbeitgeber müssten nachbessern.', 'die Arbeitgeber müssten nachbessern', 'verdi'],
  // inverted: the phrase first, the holder after "für"
  ['Klar ist für Eva Schulz, dass die Reform scheitern wird.', 'die Reform scheitern wird', 'schulz'],
  ['Fest steht für Verdi, dass weiter gestreikt wird.', 'weiter gestreikt wird', 'verdi'],
];

for (const [text, quote, speaker] of positives) {
  test(`de stance frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('de stance frame: the holder after its article ("Für die Ministerin ist klar, …")', () => {
  const { quotes } = runQuotes('Für die Ministerin ist klar, dass die Reform kommt.\n', 'de', [ministerin]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['die Reform kommt', 'schulz']], shown(quotes));
});

const negatives: readonly string[] = [
  // a group with no mention names nobody
  'Für viele Anwohner ist klar, dass die Straße gesperrt bleibt.',
  // a phrase that is no certainty ("wichtig")
  'Für Eva Schulz ist wichtig, dass die Reform kommt.',
  // "für" that names a beneficiary, not a holder, and no phrase of certainty
  'Für Verdi gab es am Montag eine Einigung.',
  // an indicative main clause without complementizer is no report
  'Für Eva Schulz ist klar, die Reform kommt.',
  // the phrase in mid-sentence, not at its start
  'Eva Schulz sagte nichts, für Verdi ist klar, dass gestreikt wird.',
];

for (const text of negatives) {
  test(`negative de stance frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.filter((q) => q.rule === 'reported-stance').map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}
