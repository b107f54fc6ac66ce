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

const albers: EntitySpec = { id: 'albers', type: 'PER', forms: [['Karin Albers', 'name']] };
const bourita: EntitySpec = { id: 'bourita', type: 'PER', forms: [['Nasser Bourita', 'name'], ['Bourita', 'name']] };
const spain: EntitySpec = { id: 'spain', type: 'GPE', forms: [['Spanien', 'name']] };
const morocco: EntitySpec = { id: 'morocco', type: 'GPE', forms: [['Marokko', 'name'], ['marokkanische', 'adjective']] };

test('de: an infinitive clause that opens with article, adjective and noun is reported ("forderte X auf, den russischen Botschafter einzubestellen")', () => {
  const text = 'Die Lage ist ernst. Karin Albers forderte die Regierung auf, den ukrainischen Gesandten einzubestellen.\nKarin Albers forderte die Regierung auf, die neuen Regeln sofort zu prüfen.\n';
  const { quotes } = runQuotes(text, 'de', [albers]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['den ukrainischen Gesandten einzubestellen', 'albers'], ['die neuen Regeln sofort zu prüfen', 'albers']], shown(quotes));
});

test('negative de: a relative clause with article-like pronoun and a finite verb last stays unreported ("…, die neuen Regeln nicht zu folgen bereit waren")', () => {
  const text = 'Die Lage ist ernst. Karin Albers kritisierte die Minister, die neuen Regeln nicht zu folgen bereit waren.\n';
  const { quotes } = runQuotes(text, 'de', [albers]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('de: "bot an, … zu …" reports the offer', () => {
  const text = 'Die Lage ist ernst. Karin Albers bot an, Gespräche zwischen den Parteien in Genf zu vermitteln.\n';
  const { quotes } = runQuotes(text, 'de', [albers]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Gespräche zwischen den Parteien in Genf zu vermitteln', 'albers']], shown(quotes));
});

test('negative de: "bot … an" with a plain object reports nothing', () => {
  const text = 'Die Lage ist ernst. Der Händler bot seine Waren auf dem Markt an. Karin Albers bietet Kurse an, die sehr gefragt sind.\n';
  const { quotes } = runQuotes(text, 'de', [albers]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('de: a verb right after "und" shares the subject of the report before it in the sentence ("X sagte, …, und warf Spanien vor, …")', () => {
  const text = 'Die Lage ist ernst. Der marokkanische Außenminister Nasser Bourita sagte in Rabat, sein Land sei kein Grenzpolizist, und warf Spanien vor, die gemeinsamen Patrouillen zu vernachlässigen. Marokko habe viel getan.\n';
  const { quotes } = runQuotes(text, 'de', [bourita, spain, morocco]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['bourita', 'bourita', 'bourita'], shown(quotes));
});

test('negative de: a new clause with its own subject after "und" keeps that subject ("…, und Spanien warf Marokko vor, …")', () => {
  const text = 'Die Lage ist ernst. Nasser Bourita sagte in Rabat, sein Land sei kein Grenzpolizist, und Spanien warf Marokko vor, die Patrouillen zu vernachlässigen.\n';
  const { quotes } = runQuotes(text, 'de', [bourita, spain, morocco]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['bourita', 'spain'], shown(quotes));
});

const pashinyan: EntitySpec = { id: 'pashinyan', type: 'PER', forms: [['Nikol Pashinyan', 'name'], ['Pashinyan', 'name']] };
const hanoi: EntitySpec = { id: 'vietnam', type: 'GPE', forms: [['Hanoi', 'name']] };
const lin: EntitySpec = { id: 'lin', type: 'PER', forms: [['Lin Jian', 'name'], ['Lin', 'name']] };

test('en: "promised to …" reports the infinitive', () => {
  const text = 'The vote was counted. Pashinyan promised to hold a referendum on the border deal before the summer.\n';
  const { quotes } = runQuotes(text, 'en', [pashinyan]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['to hold a referendum on the border deal before the summer', 'pashinyan']], shown(quotes));
});

test('negative en: "promised" with an object reports nothing', () => {
  const text = 'The vote was counted. Pashinyan promised reforms to the army and kept his promise to the voters.\n';
  const { quotes } = runQuotes(text, 'en', [pashinyan]);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('en: "urged X to “…”": an infinitive that opens a quotation is reported, the fragment covered by it', () => {
  const text = 'The boat was seized. Lin urged Hanoi to "discipline its trawlers" and to keep them out of the area.\n';
  const { quotes } = runQuotes(text, 'en', [lin, hanoi]);
  assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker]), [['indirect', 'to "discipline its trawlers" and to keep them out of the area', 'lin']], shown(quotes));
});

const selen: EntitySpec = { id: 'selen', type: 'PER', forms: [['Sinan Selen', 'name'], ['Selen', 'name']] };
const moscow: EntitySpec = { id: 'russia', type: 'GPE', forms: [['Moskau', 'name']] };
const bundestag: EntitySpec = { id: 'bundestag', type: 'ORG', forms: [['Bundestag', 'name']] };

test('de: a quote inside a clause closed by its participle after the quote has the subject before the quote ("X hatte von einer »…« aus Moskau gesprochen")', () => {
  const text = 'Die Lage ist ernst. Behördenchef Sinan Selen hatte im Bundestag von einer »neuen Dimension der Spionage« aus Moskau gesprochen.\nIm Bundestag hatte Selen von einer »ernsten Lage« gesprochen.\n';
  const { quotes } = runQuotes(text, 'de', [selen, moscow, bundestag]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['neuen Dimension der Spionage', 'selen'], ['ernsten Lage', 'selen']], shown(quotes));
});

test('negative de: a frame after the quote behind a comma keeps its own subject ("»…«, sagte X")', () => {
  const text = 'Die Lage ist ernst. Selen sprach im Bundestag. »Wir sehen eine neue Dimension der Spionage aus Moskau«, sagte Peter Kurz.\n';
  const { quotes } = runQuotes(text, 'de', [selen, moscow, bundestag, { id: 'kurz', type: 'PER', forms: [['Peter Kurz', 'name']] }]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['kurz'], shown(quotes));
});

test('negative de: a quote in a relative clause after a comma takes no subject from the main clause before it', () => {
  const text = 'Die Lage ist ernst. Selen hatte am Mittwoch ein Schiff festsetzen lassen, was in Moskau als »Akt der Piraterie« verurteilt wurde.\n';
  const { quotes } = runQuotes(text, 'de', [selen, moscow]);
  assert.ok(quotes.every((q) => q.speaker !== 'selen'), shown(quotes));
});
