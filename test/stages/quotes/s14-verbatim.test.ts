import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toOutput } from '../../../src/output/schema.js';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 14: self-written news sentences (not from any corpus). A quoted passage inside reported speech stays
// covered by the reported clause (one quote, the gold convention), but is kept in the clause's `verbatim` list:
// the speaker's own words, offsets and text without the marks. A direct quote lists none (all of it is verbatim);
// a name set in quotation marks ("die „Rheinpost“") is a title, not wording.

const shown = (qs: readonly { text: string; kind: string; verbatim: readonly { text: string }[] }[]): string =>
  JSON.stringify(qs.map((q) => [q.kind, q.text, q.verbatim.map((v) => v.text)]));

const meier: EntitySpec = { id: 'meier', type: 'PER', forms: [['Jana Meier', 'name'], ['Meier', 'name']] };
const polizei: EntitySpec = { id: 'polizei', type: 'ORG', forms: [['Die Polizei', 'name']] };
const rheinpost: EntitySpec = { id: 'rheinpost', type: 'ORG', forms: [['Rheinpost', 'name']] };
const okafor: EntitySpec = { id: 'okafor', type: 'PER', forms: [['Grace Okafor', 'name'], ['Okafor', 'name']] };
const de = [meier, polizei, rheinpost];

/** [text, quote text, kind, verbatim passages] — the quote is the only one of the passage. */
const cases: readonly (readonly [string, 'de' | 'en', string, string, readonly string[]])[] = [
  // one quoted word inside a Konjunktiv clause after the frame
  ['Jana Meier sagte, man sei zu „Partnern“ geworden.', 'de', 'man sei zu „Partnern“ geworden', 'indirect', ['Partnern']],
  // a longer passage and a second one in the same clause, frame after the clause
  ['Die Lage sei „sehr ernst“ und man werde „alles Nötige tun“, sagte Jana Meier.', 'de', 'Die Lage sei „sehr ernst“ und man werde „alles Nötige tun“', 'indirect', ['sehr ernst', 'alles Nötige tun']],
  // a dass-clause with a passage in straight quotes
  ['Die Polizei teilte mit, dass der Fahrer "deutlich zu schnell" gewesen sei.', 'de', 'der Fahrer "deutlich zu schnell" gewesen sei', 'indirect', ['deutlich zu schnell']],
  // English: a reported that-clause with a quoted phrase
  ['Grace Okafor said the plan was “a step in the right direction”.', 'en', 'the plan was “a step in the right direction”', 'indirect', ['a step in the right direction']],
  // negatives: a reported clause without marks has no verbatim passage
  ['Jana Meier sagte, die Gespräche würden fortgesetzt.', 'de', 'die Gespräche würden fortgesetzt', 'indirect', []],
  // a newspaper's name in quotation marks is a title, not the speaker's words
  ['Jana Meier sagte, sie habe den Bericht in der „Rheinpost“ gelesen.', 'de', 'sie habe den Bericht in der „Rheinpost“ gelesen', 'indirect', []],
  // a direct quote lists none: all of it is verbatim
  ['„Wir werden nicht aufgeben“, sagte Jana Meier.', 'de', 'Wir werden nicht aufgeben', 'direct', []],
];

for (const [text, lang, quote, kind, verbatim] of cases) {
  test(`verbatim passages: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, lang, lang === 'de' ? de : [okafor]);
    assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.verbatim.map((v) => v.text)]), [[kind, quote, verbatim]], shown(quotes));
  });
}

test('verbatim passages: offsets are those of the words without the marks', () => {
  const text = 'Jana Meier sagte, man sei zu „Partnern“ geworden.\n';
  const { quotes } = runQuotes(text, 'de', de);
  const v = quotes[0]?.verbatim[0];
  assert.ok(v, 'one passage');
  assert.equal(text.slice(v.start, v.end), 'Partnern');
  assert.equal(v.text, 'Partnern');
});

test('verbatim passages: a direct quote that reaches past the reported clause stays a quote of its own', () => {
  const text = 'Jana Meier sagte, die Lage sei ernst. „Wir brauchen jetzt Hilfe“, fügte sie hinzu.\n';
  const { quotes } = runQuotes(text, 'de', de);
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.verbatim.length]),
    [['indirect', 'die Lage sei ernst', 0], ['direct', 'Wir brauchen jetzt Hilfe', 0]], shown(quotes));
});

test('verbatim passages: the JSON output keeps them inside their quote (an empty list for a direct quote)', () => {
  const text = 'Jana Meier sagte, man sei zu „Partnern“ geworden. „Wir bleiben dran“, sagte Meier.\n';
  const { doc } = runQuotes(text, 'de', de);
  if (!doc.has('times')) doc.add('times', [], 'test');
  if (!doc.has('events')) doc.add('events', [], 'test');
  const out = JSON.parse(JSON.stringify(toOutput(doc))) as { quotes: { kind: string; verbatim: { start: number; end: number; text: string }[] }[] };
  assert.deepEqual(out.quotes.map((q) => [q.kind, q.verbatim.map((v) => [v.text, text.slice(v.start, v.end)])]),
    [['indirect', [['Partnern', 'Partnern']]], ['direct', []]]);
});
