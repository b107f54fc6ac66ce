import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { extractQuotes } from '../../../src/stages/quotes/extract.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { runQuotes, type EntitySpec } from './helpers.js';

// Session 13: self-written German news sentences (not from any corpus). A nominal frame of giving a reason
// ("mit der Begründung", "mit dem Hinweis") in mid-clause, after the finite verb and its object, is said by the
// clause's subject, not by the object before it; a content noun's genitive attribute is a noun phrase, so a frame
// after it ("Die Forderung der Gewerkschaft mit dem Hinweis ab, dass …") reports for the verb's subject.

const shown = (qs: readonly { text: string; speaker: string | null; rule: string }[]): string => JSON.stringify(qs.map((q) => [q.text, q.speaker, q.rule]));

const betriebsrat: EntitySpec = { id: 'betriebsrat', type: 'ORG', forms: [['Der Betriebsrat', 'name']] };
const firma: EntitySpec = { id: 'firma', type: 'ORG', forms: [['Geschäftsführung', 'name']] };
const schulz: EntitySpec = { id: 'schulz', type: 'PER', forms: [['Eva Schulz', 'name'], ['Schulz', 'name']] };
const opposition: EntitySpec = { id: 'opposition', type: 'ORG', forms: [['Opposition', 'name']] };
const hde: EntitySpec = { id: 'hde', type: 'ORG', forms: [['HDE', 'name']] };
const verdi: EntitySpec = { id: 'verdi', type: 'ORG', forms: [['Verdi', 'name']] };
const all = [betriebsrat, firma, schulz, opposition, hde, verdi];

const positives: readonly (readonly [string, string, string])[] = [
  // the subject before the finite verb, an object with a genitive between verb and phrase
  ['Der Betriebsrat wies das Angebot der Geschäftsführung mit der Begründung zurück, es reiche nicht aus.', 'es reiche nicht aus', 'betriebsrat'],
  // the subject right after the finite verb (a time phrase fronted), the object's genitive names an organisation
  ['Am Montag lehnte Eva Schulz den Antrag der Opposition mit dem Hinweis ab, die Kasse sei leer.', 'die Kasse sei leer', 'schulz'],
  // the past perfect, the phrase with "mit der Erklärung"
  ['Eva Schulz hatte den Vorschlag der Opposition mit der Erklärung abgelehnt, er sei nicht finanzierbar.', 'er sei nicht finanzierbar', 'schulz'],
  // a content noun with a genitive attribute, then the frame in mid-clause: no clause of the noun's
  ['Der HDE lehnte die Forderung der Gewerkschaft Verdi mit dem Hinweis ab, dass die Kassen leer seien.', 'die Kassen leer seien', 'hde'],
  // the content noun's own clause after its attribute stays the attribute's
  ['Die Forderung der Gewerkschaft Verdi, dass die Löhne steigen, lehnte der HDE ab.', 'die Löhne steigen', 'verdi'],
];

for (const [text, quote, speaker] of positives) {
  test(`de nominal frame in mid-clause: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', all);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [[quote, speaker]], shown(quotes));
  });
}

test('negative de: a phrase with "mit dem Hinweis auf" a noun reports nothing, wherever it stands', () => {
  const { quotes } = runQuotes('Der Betriebsrat wies das Angebot der Geschäftsführung mit dem Hinweis auf die Kosten zurück.\n', 'de', all);
  assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
});

test('negative de: an object after the verb is no speaker of the phrase', () => {
  const { quotes } = runQuotes('Der Betriebsrat wies das Angebot der Geschäftsführung mit der Begründung zurück, es reiche nicht aus.\n', 'de', all);
  assert.ok(quotes.every((q) => q.speaker !== 'firma'), shown(quotes));
});

// A subject right after the verb that names nobody the layer knows is still the speaker when the mention the scorer
// picked only follows a preposition that does not attach it to the subject's office: the medium or the body the
// statement was made on or to ("schrieb das Ministerium auf Twitter", "sagte der Einsatzleiter im Gespräch mit dem WDR").
const twitter: EntitySpec = { id: 'twitter', type: 'ORG', forms: [['Twitter', 'name']] };
const facebook: EntitySpec = { id: 'facebook', type: 'ORG', forms: [['Facebook', 'name']] };
const wdr: EntitySpec = { id: 'wdr', type: 'ORG', forms: [['WDR', 'name']] };
const vw: EntitySpec = { id: 'vw', type: 'ORG', forms: [['Volkswagen', 'name']] };
const media = [twitter, facebook, wdr, vw];

const mediumCases: readonly (readonly [string, string, string])[] = [
  ['„Die Lage ist unter Kontrolle“, schrieb das Innenministerium auf Twitter.', 'Die Lage ist unter Kontrolle', 'twitter'],
  ['Die Lage sei unter Kontrolle, teilte die Polizei auf Facebook mit.', 'Die Lage sei unter Kontrolle', 'facebook'],
  ['„Der Brand ist gelöscht“, sagte der Einsatzleiter im Gespräch mit dem WDR.', 'Der Brand ist gelöscht', 'wdr'],
  ['„Wir sind erschüttert“, hatte der Verein auf Facebook geschrieben.', 'Wir sind erschüttert', 'facebook'],
];

for (const [text, quote, medium] of mediumCases) {
  test(`de subject after the verb before a medium: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', media);
    assert.deepEqual(quotes.map((q) => q.text), [quote], shown(quotes));
    assert.notEqual(quotes[0]!.speaker, medium, shown(quotes));
  });
}

test('negative de: an organisation attached to the office by its preposition still speaks', () => {
  const { quotes } = runQuotes('„Wir prüfen den Vorfall“, sagte ein Sprecher von Volkswagen.\n', 'de', media);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Wir prüfen den Vorfall', 'vw']], shown(quotes));
});

// A definite subject phrase with a person noun that closes with a place right before the verb names the speaker as a
// whole ("Die Richter in Karlsruhe erklärten, …"): the speaker span is the phrase, not the place alone.
const karlsruhe: EntitySpec = { id: 'karlsruhe', type: 'GPE', forms: [['Karlsruhe', 'name']] };
const koeln: EntitySpec = { id: 'koeln', type: 'GPE', forms: [['Köln', 'name']] };
const places = [karlsruhe, koeln];
const spansOf = (text: string): (string | null)[] => {
  const { doc } = runQuotes(`${text}\n`, 'de', places);
  return extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));
};

const placedSubjects: readonly (readonly [string, string])[] = [
  ['Die Richter in Karlsruhe erklärten, der Gesetzgeber habe seine Befugnisse überschritten.', 'Die Richter in Karlsruhe'],
  ['Die Richterin in Köln sagte, die Beweise reichten nicht aus.', 'Die Richterin in Köln'],
  ['Der Bürgermeister von Köln kündigte an, die Brücke zu sanieren.', 'Der Bürgermeister von Köln'],
  ['Die Richter in Karlsruhe haben am Montag erklärt, der Gesetzgeber habe seine Befugnisse überschritten.', 'Die Richter in Karlsruhe'],
];
for (const [text, span] of placedSubjects) {
  test(`de subject phrase closing with a place: ${text}`, () => {
    assert.deepEqual(spansOf(text), [span]);
  });
}

test('negative de: an indefinite subject, or a subject with no person noun, keeps the place as the speaker phrase', () => {
  // (an indefinite person is no phrase that names the speaker)
  assert.deepEqual(spansOf('Ein Richter in Köln sagte, die Beweise reichten nicht aus.'), ['Köln']);
  // (an organisation noun with the place's name: the place is the speaker)
  assert.deepEqual(spansOf('Die Stadt Köln teilte mit, die Brücke werde saniert.'), ['Köln']);
});

// A generic noun of a company after an office, also in the genitive ("ein Sprecher des Unternehmens", "des Konzerns"),
// is the company named last when none was introduced with that noun (quote-cues companyNouns).
const volkswagen: EntitySpec = { id: 'vw', type: 'ORG', forms: [['Volkswagen', 'name']] };
const companyCases: readonly (readonly [string, string, string])[] = [
  ['Der Autobauer Volkswagen hat seine Prognose gesenkt. Ein Sprecher des Unternehmens sagte, die Nachfrage sei schwach.', 'Ein Sprecher des Unternehmens', 'vw'],
  ['Volkswagen hat seine Prognose gesenkt. Die Nachfrage sei schwach, sagte eine Sprecherin des Konzerns.', 'eine Sprecherin des Konzerns', 'vw'],
];
for (const [text, phrase, speaker] of companyCases) {
  test(`de company noun after an office: ${text}`, () => {
    const spokesperson: EntitySpec = { id: 'sprecher', type: 'PER', forms: [[phrase, 'description']] };
    const { quotes } = runQuotes(`${text}\n`, 'de', [volkswagen, spokesperson]);
    assert.deepEqual(quotes.map((q) => q.speaker), [speaker], shown(quotes));
  });
}

test('negative de: a company noun with no company named before names nobody', () => {
  const spokesperson: EntitySpec = { id: 'sprecher', type: 'PER', forms: [['Ein Sprecher des Unternehmens', 'description']] };
  const { quotes } = runQuotes('Die Preise für Strom sind gestiegen. Ein Sprecher des Unternehmens sagte, die Nachfrage sei schwach.\n', 'de', [volkswagen, spokesperson]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['sprecher'], shown(quotes));
});

// A court's ruling and a council's resolution are documents (report nouns "urteil", "beschluss"): "In dem Urteil heißt
// es" is the court's the sentence before is about; a genitive after the document names its owner ("Im Urteil des Gerichts").
const bverfg: EntitySpec = { id: 'bverfg', type: 'ORG', forms: [['Bundesverfassungsgericht', 'name']] };
const lgk: EntitySpec = { id: 'lgk', type: 'ORG', forms: [['Landgericht Köln', 'name']] };
const courts = [bverfg, lgk];

test('de: "In dem Urteil heißt es" is the court the sentence before is about', () => {
  const { quotes } = runQuotes('Das Bundesverfassungsgericht hat das Gesetz gekippt. In dem Urteil heißt es, der Gesetzgeber habe seine Befugnisse überschritten.\n', 'de', courts);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['der Gesetzgeber habe seine Befugnisse überschritten', 'bverfg']], shown(quotes));
});

test('de: "Im Urteil des Gerichts heißt es" is the court, read from the genitive', () => {
  const text = 'Das Landgericht Köln hat den Mann verurteilt. Im Urteil des Gerichts heißt es, er habe aus Habgier gehandelt.\n';
  const { doc, quotes } = runQuotes(text, 'de', courts);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['er habe aus Habgier gehandelt', 'lgk']], shown(quotes));
  const spans = extractQuotes(doc, loadQuoteLexicon(new ResourceLoader('de'))).map((q) => (q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : null));
  assert.deepEqual(spans, ['des Gerichts']);
});

for (const text of [
  'Das Landgericht Köln hat den Mann verurteilt. Nach dem Urteil legte sein Anwalt Revision ein.',
  'Das Landgericht Köln hat den Mann verurteilt. Nach dem Urteil des Landgerichts muss der Mann drei Jahre in Haft.',
  'Das Urteil des Landgerichts Köln ist noch nicht rechtskräftig.',
]) {
  test(`negative de: a ruling named in a sentence of its own reports nothing: ${text}`, () => {
    const { quotes } = runQuotes(`${text}\n`, 'de', courts);
    assert.deepEqual(quotes.map((q) => q.text), [], shown(quotes));
  });
}

// Judges stand for the court the text named last. Since session 14 the entity layer decides it (resolve benchNouns: the
// judge phrase is a description mention of the court) and the stage reads the speaker from that mention; the passages give
// the court that mention as the entity layer does (the quotes-side memberNouns list is gone).
const lgkBench: EntitySpec = { ...lgk, forms: [...lgk.forms, ['Die Richter', 'description']] };
const bverfgJudge: EntitySpec = { ...bverfg, forms: [...bverfg.forms, ['Die Richterin', 'description']] };
test('de: "Die Richter" are the court named in the sentence before', () => {
  const { quotes } = runQuotes('Das Landgericht Köln hat den Angeklagten verurteilt. Die Richter sahen es als erwiesen an, dass er das Geld unterschlagen hat.\n', 'de', [bverfg, lgkBench]);
  assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['er das Geld unterschlagen hat', 'lgk']], shown(quotes));
});

test('de: "Die Richterin" after a compound court name is that court', () => {
  const { quotes } = runQuotes('Das Bundesverfassungsgericht hat das Gesetz gekippt. Die Richterin sagte, der Gesetzgeber müsse nachbessern.\n', 'de', [bverfgJudge, lgk]);
  assert.deepEqual(quotes.map((q) => q.speaker), ['bverfg'], shown(quotes));
});

test('negative de: judges with no court named before name no organisation', () => {
  const { quotes } = runQuotes('Der Prozess dauerte drei Wochen. Die Richter sahen es als erwiesen an, dass er das Geld unterschlagen hat.\n', 'de', courts);
  assert.ok(quotes.every((q) => q.speaker !== 'lgk' && q.speaker !== 'bverfg'), shown(quotes));
});
