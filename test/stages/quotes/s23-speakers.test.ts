import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import type { Lang } from '../../../src/doc/types.js';
import { runQuotes, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 23: speakers the stage misread (classes found among the wrong speakers of the Wikinews DEV split, each written
// anew as self-made passages, with negatives).

const huber: EntitySpec = { id: 'karl-huber', type: 'PER', forms: [['Karl Huber', 'name'], ['Huber', 'name']] };
const okafor: EntitySpec = { id: 'grace-okafor', type: 'PER', forms: [['Grace Okafor', 'name'], ['Okafor', 'name']] };
const ministerium: EntitySpec = { id: 'justizministerium', type: 'ORG', forms: [['Justizministeriums', 'name'], ['Justizministerium', 'name']] };
const ministry: EntitySpec = { id: 'justice-ministry', type: 'ORG', forms: [['Justice Ministry', 'name']] };
const verband: EntitySpec = { id: 'bauernverband', type: 'ORG', forms: [['Bauernverband', 'name']] };
const union: EntitySpec = { id: 'dockers-union', type: 'ORG', forms: [['Dockers Union', 'name']] };

/** The candidates the stage finds in a passage: [text, speaker phrase or '', speaker entity]. */
const candidates = (text: string, lang: Lang, entities: readonly EntitySpec[] = []): [string, string, string | null][] => {
  const { doc } = runQuotes(text, lang, entities);
  return extractQuotes(doc, loadQuoteLexicon(new ResourceLoader(lang))).map((q) =>
    [doc.text.slice(q.start, q.end), q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : '', q.speaker]);
};

// 1. An adverb that opens the sentence before the verb ("So", "Demnach", "Darin"; quote-cues `sentenceAdverbs`) is
// capitalised there but names no speaker: the subject after the verb does.
test('sentence adverb before the verb is no speaker phrase', () => {
  assert.deepEqual(candidates('So warnten Vertreter der Bauindustrie vor einem „drohenden Abfluss von Fachkräften“.\n', 'de').map((x) => x[1]), ['Vertreter']);
  assert.deepEqual(candidates('Demnach betonte der Verband, die Preise müssten steigen.\n', 'de').map((x) => x[1]), ['der Verband']);
});
test('sentence adverb: a capitalised name opening the sentence stays the speaker phrase', () => {
  assert.deepEqual(candidates('Sommer betonte, die Preise müssten steigen.\n', 'de').map((x) => x[1]), ['Sommer']);
});

// 2. The subject of a passive speech verb is addressed or is what was said, never the speaker: the agent ("von",
// "by") speaks; with none, the owner of a report noun in the frame; else nobody (the report has no specific source and
// is not kept).
table('passive speech verb: the agent speaks', 'de', [huber, verband], [
  ['Karl Huber wurde vom Bauernverband aufgefordert, seine Pläne zurückzuziehen.', [['seine Pläne zurückzuziehen', 'bauernverband']]],
  ['Vom Bauernverband wird kritisiert, dass die Preise zu niedrig seien.', [['die Preise zu niedrig seien', 'bauernverband']]],
]);
table('passive speech verb without agent: no speaker', 'de', [huber], [
  ['Karl Huber wurde aufgefordert, seine Pläne zurückzuziehen.', []],
  ['Die Anwohner wurden über das Radio gebeten, ihre Häuser nicht zu verlassen.', []],
]);
table('passive speech verb: the owner of a statement in the frame', 'de', [huber, ministerium], [
  ['In einer Stellungnahme des Justizministeriums wird die Entscheidung damit begründet, dass Karl Huber Gelder veruntreut habe.',
    [['Karl Huber Gelder veruntreut habe', 'justizministerium']]],
]);
table('passive speech verb: a charge in the sentence before names no speaker of the next', 'de', [huber, ministerium], [
  ['Karl Huber muss sich einer Anklage des Justizministeriums stellen. Ihm wird vorgeworfen, Gelder veruntreut zu haben.', []],
]);
table('passive speech verb: English agent and none', 'en', [okafor, union], [
  ['Grace Okafor was urged by the Dockers Union to withdraw the plan.', [['to withdraw the plan', 'dockers-union']]],
  ['Grace Okafor was asked whether the port would close.', []],
]);
table('not passive: a future, a progressive, a verb of quoting, a coordinated verb', 'de', [huber], [
  ['Karl Huber wird erklären, dass die Preise steigen.', [['die Preise steigen', 'karl-huber']]],
  ['Karl Huber wurde mit den Worten zitiert, die Preise würden steigen.', [['die Preise würden steigen', 'karl-huber']]],
]);
table('not passive (English): a progressive, a verb of quoting, a verb coordinated after an adjective', 'en', [okafor, ministry], [
  ['Grace Okafor was saying that prices would rise.', [['prices would rise', 'grace-okafor']]],
  ['The Justice Ministry said it was committed to the deal but warned that prices would rise.', [['it was committed to the deal', 'justice-ministry'], ['prices would rise', 'justice-ministry']]],
]);

// 3. A direct quote that is a sentence of its own right after a sentence whose subject is an organisation is that
// organisation's when it speaks in the first person plural (quote-cues `collectiveVoice`: "wir", "unser", "we", "our").
const partei: EntitySpec = { id: 'gruene-partei', type: 'ORG', forms: [['Die Grüne Partei', 'name'], ['Grüne Partei', 'name']] };
const frankreich: EntitySpec = { id: 'france', type: 'GPE', forms: [['Frankreich', 'name']] };
const league: EntitySpec = { id: 'farmers-league', type: 'ORG', forms: [['The Farmers League', 'name'], ['Farmers League', 'name']] };
table('organisation subject and a quote in its voice', 'de', [partei], [
  ['Die Grüne Partei will an der Reform festhalten. „Wir wollen ein Land, auf das man sich verlassen kann.“',
    [['Wir wollen ein Land, auf das man sich verlassen kann.', 'gruene-partei']]],
]);
table('organisation subject and a quote in its voice (English)', 'en', [league], [
  ['The Farmers League rejected the tariff plan. "Our members cannot survive another year of losses."',
    [['Our members cannot survive another year of losses.', 'farmers-league']]],
]);
table('negative: a quote in the first person singular, or a state subject, takes no organisation', 'de', [partei, frankreich], [
  ['Die Grüne Partei will an der Reform festhalten. „Ich halte das für einen großen Fehler der Regierung.“',
    [['Ich halte das für einen großen Fehler der Regierung.', null]]],
  ['Frankreich will an der Reform festhalten. „Wir wollen ein Land, auf das man sich verlassen kann.“',
    [['Wir wollen ein Land, auf das man sich verlassen kann.', null]]],
]);

// 4. The same for a direct quote framed by a passive verb, also with the quote between the auxiliary and the participle
// and with the participle before a closing auxiliary ("als „…“ bezeichnet worden", "…, das als „…“ bezeichnet wurde").
test('passive frame of a direct quote: the agent, or no speaker phrase', () => {
  assert.deepEqual(candidates('Vom Bauernverband wurde der Plan als „Irrweg“ bezeichnet.\n', 'de', [verband]).map((x) => [x[0], x[2]]), [['Irrweg', 'bauernverband']]);
  assert.deepEqual(candidates('In den Zeitungen war der Auftrag schon als „Geschäft des Jahrzehnts“ bezeichnet worden.\n', 'de').map((x) => [x[0], x[1]]), [['Geschäft des Jahrzehnts', '']]);
});
test('not a passive frame of a direct quote: an active verb after the quote keeps its subject', () => {
  assert.deepEqual(candidates('Karl Huber hat den Plan als „Irrweg“ bezeichnet.\n', 'de', [huber]).map((x) => [x[0], x[2]]), [['Irrweg', 'karl-huber']]);
});
const venezuela: EntitySpec = { id: 'venezuela', type: 'GPE', forms: [['Venezuela', 'name'], ['Caracas', 'name']] };
table('passive frame: a state or capital after a preposition of place speaks for its government', 'de', [venezuela], [
  ['Die Marine hatte einen Tanker beschlagnahmt, was in Caracas als „Akt der Piraterie“ verurteilt wurde.', [['Akt der Piraterie', 'venezuela']]],
]);
