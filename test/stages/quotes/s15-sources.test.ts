import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec, type TimeSpec } from './helpers.js';

// Session 15: self-written German news sentences (not from any corpus).
// 1. A source phrase with an article before its report noun ("Nach einem Bericht der Zeitung X", "Nach den Worten von X";
//    quote-cues articledSource*) reports its clause as "nach Angaben der" does; the definite singular ("Nach dem Bericht
//    der Kommission trat er zurück") and nouns of events ("Nach einem Gespräch mit X") stay times.
// 2. Verbs of saying that report a clause after the comma: kommentieren, posten, beschwichtigen ("kommentierte, …"),
//    loben and anregen with a dass-clause or zu-infinitive ("lobte, dass …", "regte an, … zu …").

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const sz: EntitySpec = { id: 'sz', type: 'ORG', forms: [['Süddeutschen Zeitung', 'name']] };
const polizei: EntitySpec = { id: 'polizei-köln', type: 'ORG', forms: [['Polizei Köln', 'name']] };
const berg: EntitySpec = { id: 'berg', type: 'PER', forms: [['Anna Berg', 'name'], ['Berg', 'name']] };
const kommission: EntitySpec = { id: 'kommission', type: 'ORG', forms: [['Kommission', 'name']] };
const all = [sz, polizei, berg, kommission];

const sources: readonly (readonly [string, string, string])[] = [
  ['Nach einem Bericht der Süddeutschen Zeitung steigen die Mieten im Sommer.', 'steigen die Mieten im Sommer', 'sz'],
  ['Nach einer Mitteilung der Polizei Köln wurde der Mann festgenommen.', 'wurde der Mann festgenommen', 'polizei-köln'],
  ['Nach den Worten von Anna Berg ist das Geld vorhanden.', 'ist das Geld vorhanden', 'berg'],
  ['Nach den Angaben der Polizei Köln gab es keine Verletzten.', 'gab es keine Verletzten', 'polizei-köln'],
  ['Nach einer Einschätzung von Anna Berg wird der Streit noch Monate dauern.', 'wird der Streit noch Monate dauern', 'berg'],
];

for (const [text, quote, speaker] of sources) {
  test(`de articled source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('de articled source phrase in mid-clause: the whole clause is reported', () => {
  const { quotes } = runQuotes('Die Mieten steigen nach einem Bericht der Süddeutschen Zeitung im Sommer.\n', 'de', all);
  assert.deepEqual(quotes.map((q) => q.speaker), ['sz'], shown(quotes));
  assert.ok(quotes[0]!.text.startsWith('Die Mieten steigen'), shown(quotes));
});

const sourceNegatives: readonly string[] = [
  // the definite singular is a time: after the report was published
  'Nach dem Bericht der Kommission trat der Minister zurück.',
  // an event noun is a time, whatever the article
  'Nach einem Treffen der Kommission reiste Anna Berg ab.',
  'Nach einer Rede von Anna Berg kam es zu Protesten.',
  // no source named
  'Nach einem Bericht steigen die Mieten im Sommer.',
  // a possessive is the existing "nach seinen Worten" reading, not this one; a number is no article
  'Nach drei Berichten der Kommission wurde das Gesetz geändert.',
];

for (const text of sourceNegatives) {
  test(`negative de articled source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

const verbs: readonly (readonly [string, string])[] = [
  ['Anna Berg kommentierte, die Entscheidung sei überfällig.', 'die Entscheidung sei überfällig'],
  ['Die Entscheidung sei überfällig, kommentierte Anna Berg.', 'Die Entscheidung sei überfällig'],
  ['Anna Berg postete am Abend, sie sei enttäuscht.', 'sie sei enttäuscht'],
  ['Anna Berg beschwichtigte, es bestehe keine Gefahr.', 'es bestehe keine Gefahr'],
  ['Anna Berg lobte, dass die Feuerwehr schnell reagiert habe.', 'die Feuerwehr schnell reagiert habe'],
  ['Anna Berg regte an, die Regeln zu ändern.', 'die Regeln zu ändern'],
  ['Anna Berg hat angeregt, die Regeln zu ändern.', 'die Regeln zu ändern'],
];

for (const [text, quote] of verbs) {
  test(`de verb of saying: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, 'berg']], shown(quotes));
  });
}

const verbNegatives: readonly string[] = [
  // praise of a thing, no clause
  'Anna Berg lobte die Feuerwehr, die schnell reagiert hatte.',
  // a comment on a thing, and a relative clause after it
  'Anna Berg kommentierte den Vorfall, der sich am Montag ereignet hatte.',
  // "regen" without its particle, and the noun
  'Die Ergebnisse regen zum Nachdenken.',
  'Der Regen hörte am Abend auf, die Straßen seien frei.',
];

for (const text of verbNegatives) {
  test(`negative de verb of saying: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.filter((q) => q.speaker === 'berg' || q.cue?.text.toLowerCase() === 'regen').map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

// 3. A one-word source preposition with a possessive or own-word before its report noun ("laut eigenen Angaben",
//    "laut seiner Aussage") names its source through the subject or the possessive, as "nach eigenen Angaben" does;
//    "Aussage" is a report noun ("Laut Aussage von X"); in verb-second order a genitive chain after the source's
//    noun belongs to the source phrase ("Nach Angaben eines Sprechers der Regierung steigen …": not "der Regierung
//    steigen …"); "machte darauf aufmerksam, dass" is a phrase of saying.

const regierung: EntitySpec = { id: 'germany', type: 'GPE', forms: [['Regierung', 'description']] };

const ownSources: readonly (readonly [string, string, string | null])[] = [
  ['Laut eigenen Angaben will Anna Berg die Regeln ändern.', 'will Anna Berg die Regeln ändern', 'berg'],
  ['Laut Aussage von Anna Berg ist das Geld vorhanden.', 'ist das Geld vorhanden', 'berg'],
  ['Anna Berg machte darauf aufmerksam, dass die Frist abläuft.', 'die Frist abläuft', 'berg'],
];

for (const [text, quote, speaker] of ownSources) {
  test(`de source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('de source phrase: a genitive chain after the source noun stays in the source phrase', () => {
  for (const text of ['Nach Angaben eines Sprechers der Regierung steigen die Mieten.', 'Laut Angaben eines Sprechers der Regierung steigen die Mieten.']) {
    const { quotes } = runQuotes(`${text}\n`, 'de', [regierung]);
    assert.deepEqual(quotes.map((q) => q.text), ['steigen die Mieten'], shown(quotes));
  }
});

const ownNegatives: readonly string[] = [
  // "laut" as an adjective, a possessive after it
  'Die Kritik an seinen Angaben wurde laut.',
  // an object noun phrase after "machte … aufmerksam" with no clause
  'Anna Berg machte auf das Problem aufmerksam.',
];

for (const text of ownNegatives) {
  test(`negative de source phrase: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

// 4. A date attached to a fronted source phrase ("Nach Angaben der Polizei vom Montag wurden …"; quote-cues
//    sourceDateLinks, the time from the times layer) is part of the phrase, not of the reported clause.

test('de source phrase: a date after the source belongs to the phrase', () => {
  const cases: readonly (readonly [string, string, string, TimeSpec])[] = [
    ['Nach Angaben der Polizei Köln vom Montag wurden drei Männer festgenommen.', 'wurden drei Männer festgenommen', 'polizei-köln', { text: 'Montag', value: '2024-12-30' }],
    ['Laut einer Mitteilung der Polizei Köln vom 3. Mai wurden drei Männer festgenommen.', 'wurden drei Männer festgenommen', 'polizei-köln', { text: '3. Mai', value: '2025-05-03' }],
  ];
  for (const [text, quote, speaker, time] of cases) {
    const { quotes } = runQuotes(`${text}\n`, 'de', all, [time]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  }
});

test('negative de source phrase: "vom" with no time after it stays in the clause', () => {
  const { quotes } = runQuotes('Nach Angaben der Polizei Köln vom Tatort fehlt am Montag jede Spur.\n', 'de', all, [{ text: 'Montag', value: '2024-12-30' }]);
  assert.deepEqual(quotes.map((q) => q.text), ['vom Tatort fehlt am Montag jede Spur'], shown(quotes));
});

// 5. "laut" after a copula is a preposition when a noun phrase follows ("Drei Männer wurden laut Polizei Köln
//    festgenommen"; quote-cues sourcePrepositionCopulas), an adjective or adverb otherwise ("Kritik wurde laut").

test('de source preposition after a copula with a noun phrase after it', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Am Montag wurden laut Polizei Köln drei Männer festgenommen.', 'polizei-köln'],
    ['Der Mann ist laut Anna Berg erst 34 Jahre alt.', 'berg'],
  ];
  for (const [text, speaker] of cases) {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[text.slice(0, -1), speaker]], shown(quotes));
  }
});

const copulaNegatives: readonly string[] = [
  'Die Kritik an Anna Berg wurde laut.',
  'Es wurde laut über einen Rücktritt von Anna Berg nachgedacht.',
  'Die Musik war laut und Anna Berg beschwerte sich.',
  'Es wurden Stimmen laut, die einen Rücktritt forderten.',
];

for (const text of copulaNegatives) {
  test(`negative de source preposition after a copula: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}
