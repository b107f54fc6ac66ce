import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { runQuotes, speakerTable as table, type EntitySpec } from './helpers.js';

// Session 27: a bare spokesperson ("sagte ein Sprecher", "a spokesperson said") speaks for the organisation the sentence
// before is about, but not for a crowd. Whether the subject is a crowd is read from the head noun of the entity
// (quote-cues `crowdNouns`), not from its lack of aliases: an institution the text never names has none either.

const engine = new Engine({});
const speakers = (text: string, lang: 'de' | 'en'): (string | null)[] =>
  engine.analyze(ingestPlainText(text, lang), { id: 't', published: '2025-11-20', lang }).get('quotes').map((q) => q.speaker);

describe('quotes: an unnamed institution has a spokesperson, a crowd has none (full pipeline)', () => {
  it('German: "Die Staatsanwaltschaft hat Anklage erhoben. …, sagte ein Sprecher." is the prosecutor\'s office', () => {
    const got = speakers('Anklage erhoben\n\nDresden (dpa) – Die Staatsanwaltschaft hat am Montag Anklage gegen zwei Männer erhoben. Die beiden hätten Geld veruntreut, sagte ein Sprecher.', 'de');
    assert.deepEqual(got, ['dresden-staatsanwaltschaft']);
  });
  it('German negative: a crowd named by a compound ("mehrere Tausend Regierungsgegner") has no spokesperson', () => {
    const got = speakers('Protest in Papua-Neuguinea\n\nPapua-Neuguinea schickte am Montag weitere Polizisten in den Norden. In Tarawo, der größten Stadt der Region, zogen am Mittwoch mehrere Tausend Regierungsgegner durch die Straßen. Die Beamten hätten zwei Aktivisten festgenommen, sagte ein Polizeisprecher.', 'de');
    assert.deepEqual(got, ['papua-new-guinea']);
  });
});

// The same with hand-made entities (the entity layer's reading fixed), English and German.
const office: EntitySpec = { id: 'springfield-prosecutors-office', type: 'ORG', forms: [["The public prosecutor's office", 'description']] };
const people: EntitySpec = { id: 'unnamed-people', type: 'ORG', forms: [['Several thousand people', 'description']] };
const kenya: EntitySpec = { id: 'kenya', type: 'GPE', forms: [['Kenya', 'name']] };
// (the entity layer makes an unnamed spokesperson an entity of its own, which the stage replaces by the body it speaks for)
const spokesperson: EntitySpec = { id: 'unnamed-spokesperson', type: 'PER', forms: [['a spokesperson', 'description'], ['eine Sprecherin', 'description'], ['ein Polizeisprecher', 'description']] };
table('a bare spokesperson after an unnamed institution', 'en', [office, kenya, spokesperson], [
  ["The public prosecutor's office filed charges against two men on Monday. The men had embezzled money, a spokesperson said.",
    [['The men had embezzled money', 'springfield-prosecutors-office']]],
]);
describe('quotes: a bare spokesperson after a crowd, negative (hand-made entities)', () => {
  it('English: "Several thousand people marched. …, a spokesperson said" is not the crowd\'s', () => {
    const { quotes } = runQuotes('Kenya sent more police to the north on Monday. Several thousand people marched on Wednesday. Officers arrested two activists, a spokesperson said.\n', 'en', [people, kenya, spokesperson]);
    assert.deepEqual(quotes.map((q) => q.text), ['Officers arrested two activists']);
    assert.notEqual(quotes[0]?.speaker, 'unnamed-people');
  });
});
const amt: EntitySpec = { id: 'unnamed-ordnungsamt', type: 'ORG', forms: [['Das Ordnungsamt', 'description']] };
const menge: EntitySpec = { id: 'unnamed-menschenmenge', type: 'ORG', forms: [['Eine große Menschenmenge', 'description']] };
const kenia: EntitySpec = { id: 'kenya', type: 'GPE', forms: [['Kenia', 'name']] };
table('ein bloßer Sprecher nach einer ungenannten Behörde', 'de', [amt, kenia, spokesperson], [
  ['Das Ordnungsamt sperrte am Montag den Marktplatz. Die Sperre gelte bis Freitag, sagte eine Sprecherin.',
    [['Die Sperre gelte bis Freitag', 'unnamed-ordnungsamt']]],
]);
table('ein bloßer Sprecher nach einer Menschenmenge, negativ', 'de', [menge, kenia, spokesperson], [
  ['Kenia schickte am Montag mehr Polizisten in den Norden. Eine große Menschenmenge zog am Mittwoch durch die Stadt. Zwei Aktivisten seien festgenommen worden, sagte ein Polizeisprecher.',
    [['Zwei Aktivisten seien festgenommen worden', 'kenya']]],
]);
