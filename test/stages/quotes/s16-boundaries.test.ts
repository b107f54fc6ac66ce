import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 16: self-written German news sentences (not from any corpus).
// 1. A person's name apposed between commas to a source phrase ("Laut dem Sprecher des Ministeriums, Max Kall, …")
//    is the source, and the reported clause starts after the apposition's closing comma.
// 2. The noun of a prepositional phrase loses to any speaker phrase of its own ("Gegenüber dem Sender sagte die
//    Ministerin": the speaker phrase is "die Ministerin", not "Sender"); alone, it still names an agent or origin.

const shown = (qs: readonly { text: string; speaker: string | null }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker]));

const kall: EntitySpec = { id: 'kall', type: 'PER', forms: [['Max Kall', 'name']] };
const berg: EntitySpec = { id: 'berg', type: 'PER', forms: [['Anna Berg', 'name']] };
const lang: EntitySpec = { id: 'lang', type: 'PER', forms: [['Peter Lang', 'name']] };
const polizei: EntitySpec = { id: 'polizei', type: 'ORG', forms: [['Polizei', 'name']] };
const people = [kall, berg, lang, polizei];

const apposed: readonly (readonly [string, string, string])[] = [
  ['Laut dem Sprecher des Ministeriums, Max Kall, wurden drei Personen verletzt.', 'wurden drei Personen verletzt', 'kall'],
  ['Nach Angaben des Sprechers der Polizei, Max Kall, wurden zwei Männer festgenommen.', 'wurden zwei Männer festgenommen', 'kall'],
  ['Laut der Sprecherin der Stadt, Anna Berg, bleibt die Straße bis Freitag gesperrt.', 'bleibt die Straße bis Freitag gesperrt', 'berg'],
  ['Nach Angaben einer Sprecherin, Anna Berg, hat das Unternehmen die Preise erhöht.', 'hat das Unternehmen die Preise erhöht', 'berg'],
];

for (const [text, quote, speaker] of apposed) {
  test(`de source phrase with an apposed name: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

const apposedNegatives: readonly (readonly [string, string, string | null])[] = [
  // names in the reported clause itself, after the verb, are no apposition
  ['Nach Angaben der Polizei wurden Max Kall, Anna Berg und Peter Lang festgenommen.', 'wurden Max Kall, Anna Berg und Peter Lang festgenommen', 'polizei'],
  // the apposition must close with a comma and go on in lower case: an enumeration of names does not
  ['Laut Polizei wurden Max Kall, Anna Berg, Peter Lang und zwei weitere Männer festgenommen.', 'wurden Max Kall, Anna Berg, Peter Lang und zwei weitere Männer festgenommen', 'polizei'],
];

for (const [text, quote, speaker] of apposedNegatives) {
  test(`negative de apposed name: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

/** The text of the speaker phrase of each quote the stage extracts (no entity for it in the passage). */
function speakerPhrases(text: string): (string | null)[] {
  const { doc } = runQuotes(`${text}\n`, 'de', []);
  const qs = extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de')));
  return qs.map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));
}

const afterPreposition: readonly (readonly [string, string])[] = [
  ['Gegenüber dem Sender sagte die Ministerin, man werde das prüfen.', 'die Ministerin'],
  ['Im Gespräch mit dem Sender sagte die Sprecherin, man werde das prüfen.', 'die Sprecherin'],
  ['Im Interview mit der Zeitung erklärte die Trainerin, die Mannschaft sei müde.', 'die Trainerin'],
  ['In einem Brief an die Kommission schrieb die Ministerin, die Frist sei zu kurz.', 'die Ministerin'],
  // the other word orders keep the subject
  ['Die Ministerin sagte gegenüber dem Sender, man werde das prüfen.', 'Die Ministerin'],
  ['Man werde das prüfen, sagte die Ministerin gegenüber dem Sender.', 'die Ministerin'],
  // with no phrase of its own, the agent or origin after its preposition still names the source
  ['Von der Polizei wurde mitgeteilt, der Mann sei festgenommen worden.', 'Polizei'],
  ['Bei der Polizei hieß es, der Mann sei festgenommen worden.', 'Polizei'],
];

for (const [text, phrase] of afterPreposition) {
  test(`de speaker phrase, not the noun of a prepositional phrase: ${text}`, () => {
    assert.deepEqual(speakerPhrases(text), [phrase]);
  });
}

test('negative: a document after "in" stays the phrase an impersonal frame reads ("hieß es in einer Mitteilung")', () => {
  assert.deepEqual(speakerPhrases('Die Stadt hat die Straße gesperrt. Die Arbeiten dauerten bis Freitag, hieß es in einer Mitteilung.'), ['Mitteilung']);
});

// 3. Titles of works and labels (quote-cues.json titleNouns): a quoted span right after "Hit", "Single", "Gedicht",
//    "Aufschrift", "Parole", "Stichwort" … is a name, not a quote; compounds end in the noun ("Sommerhit", "Nationalhymne").
const titles: readonly string[] = [
  'Die Band spielte ihren Hit „Wir sind die Besten“ vor 20.000 Fans.',
  'Der Sommerhit „Tanz mit mir“ lief im Radio.',
  'Die Sängerin veröffentlichte am Freitag ihre neue Single „Nie mehr allein“.',
  'Der Chor sang die Nationalhymne „Land der Berge, Land am Strome“.',
  'Der Autor las sein Gedicht „Die Nacht ist kalt“ vor.',
  'Die Demonstranten trugen Transparente mit der Aufschrift „Wir bleiben hier“.',
  'Unter der Parole „Keine Macht den Konzernen“ zogen die Demonstranten durch die Stadt.',
  'Unter dem Stichwort „Heimat“ diskutierten die Gäste über die Zukunft.',
  'Das Musical „Die Reise nach Hause“ feierte Premiere.',
];

for (const text of titles) {
  test(`de title noun before a quoted name: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', []);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

const notTitles: readonly (readonly [string, string])[] = [
  // speech framed after the quote, a colon before it: quotes, whatever nouns stand near them
  ['Der Sänger sagte: „Der Hit war ein Zufall.“', 'Der Hit war ein Zufall.'],
  ['„Wir sind die Besten“, sagte der Sänger nach dem Konzert.', 'Wir sind die Besten'],
];

for (const [text, quote] of notTitles) {
  test(`negative de title noun: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', []);
    assert.deepEqual(quotes.map((q) => q.text), [quote], shown(quotes));
  });
}

// 4. Indirect questions opened by a question word after a verb that wants "dass"/"ob" (fragen, wissen wollen) are
//    reported in any mood, as ob-clauses are; a negated verb and a word that opens relative clauses do not report.
const questions: readonly (readonly [string, string])[] = [
  ['Anna Berg fragte, wie viel das Projekt gekostet hat.', 'wie viel das Projekt gekostet hat'],
  ['Anna Berg wollte wissen, warum die Regierung nicht gehandelt hat.', 'warum die Regierung nicht gehandelt hat'],
  ['Anna Berg fragte den Minister, wann das Gesetz in Kraft tritt.', 'wann das Gesetz in Kraft tritt'],
  ['Anna Berg fragt, weshalb die Preise so stark steigen.', 'weshalb die Preise so stark steigen'],
  ['Wann das Gesetz in Kraft tritt, fragte Anna Berg.', 'Wann das Gesetz in Kraft tritt'],
  // a word that also opens relative clauses asks right after the comma of a verb of asking (quote-cues askingVerbs)
  ['Anna Berg fragte, was die Regierung gegen die Armut tut.', 'was die Regierung gegen die Armut tut'],
  ['Anna Berg wollte wissen, wo die Gelder geblieben sind.', 'wo die Gelder geblieben sind'],
];

for (const [text, quote] of questions) {
  test(`de indirect question with a question word: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, 'berg']], shown(quotes));
  });
}

const questionNegatives: readonly string[] = [
  // a negated verb asks nothing
  'Anna Berg fragte nicht, warum die Regierung nicht gehandelt hat.',
  'Anna Berg sagte nicht, wann das Gesetz in Kraft tritt.',
  // "was" after an object refers back to it
  'Anna Berg kritisierte die Entscheidung, was die Regierung verärgerte.',
  // after a verb that does not ask, "was" opens a free relative, not a question
  'Anna Berg begrüßte, was die Regierung beschlossen hat.',
  'Anna Berg fragte nicht, was die Regierung tut.',
];

for (const text of questionNegatives) {
  test(`negative de indirect question: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}

// 5. Verb phrases of saying (speech-verbs.json): "gab zu verstehen" reports a clause in any form, "sprach davon" a
//    dass-clause, a Konjunktiv clause or a zu-infinitive; "sprach von" with a noun stays no report.
const phrases: readonly (readonly [string, string])[] = [
  ['Anna Berg gab zu verstehen, dass sie nicht zurücktreten werde.', 'sie nicht zurücktreten werde'],
  ['Anna Berg gab zu verstehen, sie werde nicht zurücktreten.', 'sie werde nicht zurücktreten'],
  ['Anna Berg sprach davon, dass sich die Lage verbessert habe.', 'sich die Lage verbessert habe'],
  ['Anna Berg spricht davon, die Lage habe sich verbessert.', 'die Lage habe sich verbessert'],
];

for (const [text, quote] of phrases) {
  test(`de verb phrase of saying: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, 'berg']], shown(quotes));
  });
}

const phraseNegatives: readonly string[] = [
  'Anna Berg sprach von einem großen Erfolg.',
  'Anna Berg sprach davon nicht, als sie am Montag in Berlin war.',
];

for (const text of phraseNegatives) {
  test(`negative de verb phrase of saying: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', people);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [], shown(quotes));
  });
}
