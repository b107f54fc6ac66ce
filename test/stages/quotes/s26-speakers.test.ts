import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';

// Session 26: classes of wrong speakers (another entity of the text took the report), each written anew as self-made
// passages with negatives.

const engine = new Engine({});
const quotes = (text: string, lang: 'de' | 'en'): [string, string | null][] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2026-03-12', lang }).get('quotes').map((q) => [q.text, q.speaker]);

// 1. A name in brackets right after the noun phrase that opens the clause names that phrase ("Die oppositionellen
// Sozialdemokraten (SDSM) warfen X vor, …", "The teachers' union (SSO) urged X to …"): it is the subject, and the name
// after the verb is the object, not an inverted subject.
describe('quotes: a bracketed name after the opening noun phrase is the subject', () => {
  const de = 'Streit in Skopje\n\nSkopje, 12.03.2026 – Ministerpräsident Hristijan Mickoski hat den Streit mit Bulgarien verschärft.\n\n';
  const en = 'Row in Skopje\n\nSKOPJE, March 12 (Reuters) - Prime Minister Hristijan Mickoski has escalated the dispute with Bulgaria.\n\n';
  it('German: "Die oppositionellen Sozialdemokraten (SDSM) warfen Mickoski vor, …"', () => {
    const got = quotes(`${de}Die oppositionellen Sozialdemokraten (SDSM) warfen Mickoski vor, den Konflikt für innenpolitische Zwecke anzuheizen.`, 'de');
    assert.deepEqual(got, [['den Konflikt für innenpolitische Zwecke anzuheizen', 'sdsm']]);
  });
  it('German: "Die Gewerkschaft der Lehrer (SSO) forderte Mickoski auf, …"', () => {
    const got = quotes(`${de}Die Gewerkschaft der Lehrer (SSO) forderte Mickoski auf, die Gehälter zu erhöhen.`, 'de');
    assert.deepEqual(got, [['die Gehälter zu erhöhen', 'sso']]);
  });
  it('English: "The teachers\' union (SSO) urged Mickoski to …"', () => {
    const got = quotes(`${en}The teachers' union (SSO) urged Mickoski to raise salaries.`, 'en');
    assert.deepEqual(got, [['to raise salaries', 'sso']]);
  });
  it('negative: a party in brackets after a person\'s office is the holder\'s party, not the speaker', () => {
    const got = quotes(`${de}Der Oppositionsführer (SDSM) warf Mickoski vor, den Konflikt anzuheizen.`, 'de');
    assert.ok(got.every(([, s]) => s !== 'sdsm'), JSON.stringify(got));
  });
  it('negative: a bracket after a prepositional phrase opens nothing ("Die Demonstranten vor dem Parlament (Sobranie) …")', () => {
    const got = quotes(`${de}Hristijan Mickoski traf die Demonstranten vor dem Parlament (Sobranie) und sagte, der Streit werde bald beigelegt.`, 'de');
    assert.deepEqual(got, [['der Streit werde bald beigelegt', 'hristijan-mickoski']]);
  });
});

// 2. A clause after a colon that opens with a source phrase of its own is that source's report, not the report of the verb
// before the colon ("Er verwies auf eine Serie von Zwischenfällen: Nach Angaben des Grenzschutzes versuchten …"); the
// Konjunktiv sentence after it goes on with the source. Without such a phrase the verb before the colon keeps the clause.
describe('quotes: a source phrase that opens the clause after a colon is its speaker', () => {
  const de = 'Grenze geschlossen\n\nWarschau, 12.03.2026 – Polen schließt zwei weitere Grenzübergänge zu Belarus.\n\n';
  it('German: "verwies auf …: Nach Angaben des polnischen Grenzschutzes versuchten …" and its continuation', () => {
    const got = quotes(`${de}Innenminister Marcin Kierwiński verwies auf eine Serie von Zwischenfällen: Nach Angaben des polnischen Grenzschutzes versuchten mehr als 300 Migranten, den Zaun zu überwinden. Drei Grenzschützer seien verletzt worden.`, 'de');
    assert.deepEqual(got, [['versuchten mehr als 300 Migranten, den Zaun zu überwinden', 'poland'], ['Drei Grenzschützer seien verletzt worden', 'poland']]);
  });
  it('English: "pointed to …: according to the Polish border guard, …"', () => {
    const got = quotes('Border closed\n\nWARSAW, March 12 (Reuters) - Poland is closing two more border crossings with Belarus.\n\nInterior Minister Marcin Kierwinski pointed to a series of incidents: according to the Polish border guard, more than 300 migrants tried to climb the fence.', 'en');
    assert.deepEqual(got.map(([, s]) => s), ['poland']);
  });
  it('negative German: with no source phrase after the colon the verb before it keeps the clause', () => {
    const got = quotes(`${de}Innenminister Marcin Kierwiński verwies auf eine Serie von Zwischenfällen: Mehr als 300 Migranten hätten versucht, den Zaun zu überwinden.`, 'de');
    assert.deepEqual(got.map(([, s]) => s), ['marcin-kierwinski']);
  });
});

// 3. An unnamed office-holder whose phrase holds the body in a genitive attribute the entity layer resolved inside it
// ("wie eine Sprecherin des Ministeriums mitteilte" after "Das Auswärtige Amt …") speaks for that body; the stage sees only
// outer mentions, so the nested one was lost and the spokesperson spoke as an entity of its own.
describe('quotes: an unnamed office-holder speaks for the body of its genitive attribute', () => {
  it('German: "wie eine Sprecherin des Ministeriums mitteilte", "sagte eine Sprecherin des Ministeriums"', () => {
    const got = quotes('Diplomaten ausgewiesen\n\nBerlin, 12.03.2026 – Das Auswärtige Amt hat den russischen Botschafter einbestellt.\n\nZwei Mitarbeiter der Botschaft müssen Deutschland verlassen, wie eine Sprecherin des Ministeriums mitteilte. Die Maßnahme sei eine Reaktion auf die Spionage, sagte eine Sprecherin des Ministeriums.', 'de');
    assert.deepEqual(got.map(([, s]) => s), ['german-foreign-office', 'german-foreign-office']);
  });
  it('English: "a spokeswoman for the ministry said" speaks for the state the ministry stands for', () => {
    const got = quotes('Diplomats expelled\n\nBERLIN, March 12 (Reuters) - The German Foreign Office has summoned the Russian ambassador.\n\nTwo embassy staff must leave Germany, a spokeswoman for the ministry said.', 'en');
    assert.ok(got.length === 1 && got[0]![1] !== null && !got[0]![1].startsWith('unnamed'), JSON.stringify(got));
  });
  it('negative German: a spokesperson with no attribute stays as the layer gave it ("eine Sprecherin sagte")', () => {
    const got = quotes('Diplomaten ausgewiesen\n\nBerlin, 12.03.2026 – Am Montag wurde in Berlin demonstriert.\n\nDie Lage sei ruhig, sagte eine Sprecherin.', 'de');
    assert.ok(got.every(([, s]) => s !== 'german-foreign-office'), JSON.stringify(got));
  });
});
