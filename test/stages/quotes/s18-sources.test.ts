import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 18: self-written German news passages (not from any corpus), reported speech the stage did not see at all.
// 1. A source phrase with attributive adjectives before its report noun, with or without an article ("Nach ersten
//    Erkenntnissen der Polizei", "Nach den bisherigen Angaben des Ministeriums", "Nach einem internen Bericht der
//    Kommission"; quote-cues articledSource*, adjectiveEndings): the genitive after the noun names the source, as in
//    "Nach Angaben der Polizei". With no source named, or with a noun of an event, nothing is reported.

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const polizei: EntitySpec = { id: 'polizei-hamburg', type: 'ORG', forms: [['Polizei Hamburg', 'name']] };
const sta: EntitySpec = { id: 'sta-koeln', type: 'ORG', forms: [['Staatsanwaltschaft Köln', 'name']] };
const kommission: EntitySpec = { id: 'eu-kommission', type: 'ORG', forms: [['Europäischen Kommission', 'name']] };
const ministerium: EntitySpec = { id: 'bmi', type: 'ORG', forms: [['Bundesinnenministeriums', 'name']] };
const armee: EntitySpec = { id: 'armee', type: 'ORG', forms: [['Armee', 'description']] };
const sources = [polizei, sta, kommission, ministerium, armee];

const adjectiveSources: readonly (readonly [string, string, string])[] = [
  ['Nach ersten Erkenntnissen der Polizei Hamburg war der Fahrer betrunken.', 'war der Fahrer betrunken', 'polizei-hamburg'],
  ['Nach bisherigen Erkenntnissen der Polizei Hamburg war der Fahrer allein unterwegs.', 'war der Fahrer allein unterwegs', 'polizei-hamburg'],
  ['Nach den bisherigen Erkenntnissen der Staatsanwaltschaft Köln handelte der Mann allein.', 'handelte der Mann allein', 'sta-koeln'],
  ['Nach einem internen Bericht der Europäischen Kommission ist das Projekt gescheitert.', 'ist das Projekt gescheitert', 'eu-kommission'],
  ['Nach offiziellen Angaben des Bundesinnenministeriums sind im Mai mehr Anträge gestellt worden.', 'sind im Mai mehr Anträge gestellt worden', 'bmi'],
  ['Nach ersten offiziellen Angaben des Bundesinnenministeriums wurden drei Beamte verletzt.', 'wurden drei Beamte verletzt', 'bmi'],
  // the phrase inside the clause: the clause is reported
  ['Der Fahrer war nach ersten Erkenntnissen der Polizei Hamburg betrunken.', 'Der Fahrer war nach ersten Erkenntnissen der Polizei Hamburg betrunken', 'polizei-hamburg'],
];

for (const [text, quote, speaker] of adjectiveSources) {
  test(`de source phrase with adjectives: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', sources);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

const adjectiveNegatives: readonly string[] = [
  // no source named
  'Nach ersten Angaben wurden drei Menschen verletzt.',
  'Nach einem ersten Bericht steigen die Renten im Juli.',
  // nouns of an event, followed in time
  'Nach langen Verhandlungen der Parteien wurde ein Vertrag unterzeichnet.',
  'Nach schweren Angriffen der Armee flohen Tausende Menschen.',
  'Nach einer kurzen Rede der Ministerin begann die Sitzung.',
  // at most two adjectives before the report noun, with an article or without (the scan stops before a third)
  'Nach den ersten vorläufigen offiziellen Angaben des Bundesinnenministeriums wurden drei Beamte verletzt.',
  'Nach ersten vorläufigen offiziellen Angaben des Bundesinnenministeriums wurden drei Beamte verletzt.',
];

for (const text of adjectiveNegatives) {
  test(`negative de source phrase with adjectives: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', sources);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

// 2. The finite verb follows a German source phrase that opens its clause, so what stands between the phrase's noun and
//    the verb is still the source: a person's name apposed to the role noun ("Nach Aussage des Zeugen Karl Bauer war …")
//    and genitive attributes ("Laut der Sprecherin der Stadt Köln wird …", "Nach Ansicht von Experten des Instituts
//    wird …"). The report starts at the verb, and the apposed name speaks.
const bauer: EntitySpec = { id: 'karl-bauer', type: 'PER', forms: [['Karl Bauer', 'name']] };
const sinn: EntitySpec = { id: 'hans-sinn', type: 'PER', forms: [['Hans Sinn', 'name']] };
const lang: EntitySpec = { id: 'eva-lang', type: 'PER', forms: [['Eva Lang', 'name']] };
const kall: EntitySpec = { id: 'max-kall', type: 'PER', forms: [['Max Kall', 'name']] };
const tails = [bauer, sinn, lang, kall];

const sourceTails: readonly (readonly [string, string, string | null])[] = [
  ['Nach Aussage des Zeugen Karl Bauer war der Wagen rot.', 'war der Wagen rot', 'karl-bauer'],
  ['Nach Meinung des Ökonomen Hans Sinn wird der Euro scheitern.', 'wird der Euro scheitern', 'hans-sinn'],
  ['Laut der Anwältin Eva Lang hat ihr Mandant nichts gewusst.', 'hat ihr Mandant nichts gewusst', 'eva-lang'],
  ['Nach Angaben der Sprecherin der Stadt Köln wird die Brücke im Mai fertig.', 'wird die Brücke im Mai fertig', null],
  ['Nach Ansicht von Experten des Ifo-Instituts wird die Wirtschaft schrumpfen.', 'wird die Wirtschaft schrumpfen', null],
  // (unchanged: a name between commas, a title and its name as one entity)
  ['Laut dem Sprecher des Ministeriums, Max Kall, wurden drei Menschen verletzt.', 'wurden drei Menschen verletzt', 'max-kall'],
];

for (const [text, quote, speaker] of sourceTails) {
  test(`de source phrase up to the finite verb: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', tails);
    assert.deepEqual(quotes.map((q) => q.text), [quote], shown(quotes));
    if (speaker !== null) assert.equal(quotes[0]!.speaker, speaker, shown(quotes));
  });
}

const tailNegatives: readonly (readonly [string, string, string | null])[] = [
  // the phrase inside its clause: the whole clause is reported, as before
  ['Der Wagen war nach Aussage des Zeugen Karl Bauer rot.', 'Der Wagen war nach Aussage des Zeugen Karl Bauer rot', 'karl-bauer'],
];

test('negative de source phrase up to the finite verb: a name after the verb is the clause\'s, not the source\'s', () => {
  const { quotes } = runQuotes('Nach Aussage des Zeugen wurde Karl Bauer am Montag verhaftet.\n', 'de', tails);
  assert.ok(quotes.every((q) => q.speaker !== 'karl-bauer' && !q.text.startsWith('am Montag')), shown(quotes));
});

for (const [text, quote, speaker] of tailNegatives) {
  test(`negative de source phrase up to the finite verb: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', tails);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

// (todo: the genitive path of sourcePhrase — genitiveSource after the report noun — takes any mention in the attribute, so
// the victim's name speaks here, before and after this session's change; sourceTail itself takes a name only right after
// the source's own noun)
test('negative de source phrase up to the finite verb: a name apposed to a genitive attribute is not the source', { todo: 'genitiveSource takes the name in a nested genitive attribute (older behaviour, not sourceTail)' }, () => {
  const { quotes } = runQuotes('Nach Angaben der Familie des Opfers Karl Bauer war der Wagen rot.\n', 'de', tails);
  assert.ok(quotes.every((q) => q.speaker !== 'karl-bauer'), shown(quotes));
});
