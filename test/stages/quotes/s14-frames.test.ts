import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 14: self-written German news sentences (not from any corpus). Three frame families of issue #5:
// (1) a phrase frame placed first ("Mit der Begründung, …, lehnte X den Antrag ab"): the subject of the main clause
// after the reported clause speaks; (2) "X bezeichnete es als Fehler, dass …", "X nannte es einen Fehler, dass …":
// verbs of naming report a clause after the comma; (3) a spokesperson compound of a generic company noun ("Ein
// Unternehmenssprecher", "Eine Konzernsprecherin") speaks for the company named last, not for a union or court.

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const stadtrat: EntitySpec = { id: 'stadtrat', type: 'ORG', forms: [['Der Stadtrat', 'name'], ['der Stadtrat', 'name']] };
const schulz: EntitySpec = { id: 'schulz', type: 'PER', forms: [['Eva Schulz', 'name'], ['Schulz', 'name']] };
const bvb: EntitySpec = { id: 'bvb', type: 'ORG', forms: [['Borussia Dortmund', 'name']] };
const all = [stadtrat, schulz, bvb];

const positives: readonly (readonly [string, string, string])[] = [
  // (1) the phrase first, the inverted subject after the finite verb of the main clause
  ['Mit der Begründung, die Kosten seien zu hoch, lehnte der Stadtrat den Antrag ab.', 'die Kosten seien zu hoch', 'stadtrat'],
  // the perfect: the auxiliary right after the comma, the subject after it
  ['Mit dem Hinweis, die Kasse sei leer, hat Eva Schulz den Antrag abgelehnt.', 'die Kasse sei leer', 'schulz'],
  // a dass-clause after the phrase
  ['Mit der Begründung, dass die Mittel fehlten, wies der Stadtrat die Klage zurück.', 'die Mittel fehlten', 'stadtrat'],
  // a subordinate clause inside the reported one: the clause ends before the main clause's verb, not at the first comma
  ['Mit der Erklärung, die Mittel würden gebraucht, weil die Preise stiegen, verteidigte Eva Schulz den Haushalt.', 'die Mittel würden gebraucht, weil die Preise stiegen', 'schulz'],
  // (2) verbs of naming with "es" and a dass-clause, in past, perfect and with the object fronted
  ['Eva Schulz bezeichnete es als Fehler, dass die Stadt den Vertrag gekündigt habe.', 'die Stadt den Vertrag gekündigt habe', 'schulz'],
  ['Eva Schulz hat es als großen Erfolg bezeichnet, dass die Verhandlungen abgeschlossen wurden.', 'die Verhandlungen abgeschlossen wurden', 'schulz'],
  ['Als Fehler bezeichnete Eva Schulz, dass die Stadt den Vertrag gekündigt habe.', 'die Stadt den Vertrag gekündigt habe', 'schulz'],
  ['Eva Schulz nannte es einen Fehler, dass die Stadt den Vertrag gekündigt habe.', 'die Stadt den Vertrag gekündigt habe', 'schulz'],
  ['Als Grund nannte Eva Schulz, die Kosten seien gestiegen.', 'die Kosten seien gestiegen', 'schulz'],
];

for (const [text, quote, speaker] of positives) {
  test(`de frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

const negatives: readonly string[] = [
  // the phrase with its own object, no clause between commas
  'Mit dem Hinweis auf die Kosten lehnte der Stadtrat den Antrag ab.',
  // a naming verb with an object and no clause, with a relative clause, inside a relative clause, with a plain object
  'Eva Schulz bezeichnete den Plan als Fehler.',
  'Eva Schulz nannte ihn einen Verräter, der das Land verlassen habe.',
  'Die Stadt, die Eva Schulz als Heimat bezeichnete, liegt am Rhein.',
  'Eva Schulz nannte keine Einzelheiten.',
];

for (const text of negatives) {
  test(`negative de frame: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

test('de: a club after "gegen" is no speaker ("Nach dem Spiel gegen Borussia Dortmund sagte der Trainer, …")', () => {
  const { quotes } = runQuotes('Nach dem Spiel gegen Borussia Dortmund sagte der Trainer, seine Mannschaft habe gut gekämpft.\n', 'de', all);
  assert.equal(quotes.length, 1, shown(quotes));
  assert.notEqual(quotes[0]!.speaker, 'bvb', shown(quotes));
});

const siemens: EntitySpec = { id: 'siemens', type: 'ORG', forms: [['Siemens', 'name']] };
const igm: EntitySpec = { id: 'ig-metall', type: 'ORG', forms: [['IG Metall', 'name']] };
const spokesperson = (form: string): EntitySpec => ({ id: 'unnamed-spokesperson', type: 'PER', forms: [[form, 'description']] });

const company: readonly (readonly [string, string, string | null])[] = [
  ['Siemens hat den Abbau von Stellen angekündigt. Ein Unternehmenssprecher sagte, der Schritt sei unvermeidlich.', 'Ein Unternehmenssprecher', 'siemens'],
  // a union named in between is no company
  ['Siemens hat den Abbau von Stellen angekündigt. Die Gewerkschaft IG Metall kritisierte die Pläne. Eine Konzernsprecherin erklärte, man sei zu Gesprächen bereit.', 'Eine Konzernsprecherin', 'siemens'],
  // negative: with only a union named, the spokesperson stays unnamed
  ['Die Gewerkschaft IG Metall kritisierte die Pläne. Ein Unternehmenssprecher sagte, man sei zu Gesprächen bereit.', 'Ein Unternehmenssprecher', 'unnamed-spokesperson'],
];

for (const [text, form, speaker] of company) {
  test(`de company spokesperson compound: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', [siemens, igm, spokesperson(form)]);
    const last = quotes[quotes.length - 1];
    assert.ok(last, shown(quotes));
    assert.equal(last.speaker, speaker, shown(quotes));
  });
}
