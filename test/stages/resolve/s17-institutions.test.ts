/**
 * Session 17 (entity layer, for quote speakers): a local institution no state takes and no named body answers
 * (`localInstitutions`: "die Staatsanwaltschaft", "das Gericht", "the court") is an unnamed
 * organisation of its own with descriptions only, placed at the report's city (the dateline's, else the city named last
 * in its or the two sentences before). Own sentences, with negatives: a state's organ, a named court or prosecutor and an
 * indefinite noun stay as they were. Since session 18 the police are in the list too (events read such an entity as no
 * actor of its own: an unnamed police acting in a place is that place's state).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 17): an unplaced local institution is an unnamed organisation of its own', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['German prosecutor after a city in the sentence before', 'de', 'In Leipzig ist ein Arzt festgenommen worden. Er soll Rezepte gefälscht haben, teilte die Staatsanwaltschaft mit.', 'die Staatsanwaltschaft', 'leipzig-staatsanwaltschaft'],
    ['German prosecutor in a report datelined from a city of a federal state', 'de', 'Leipzig (dpa) - Die Staatsanwaltschaft ermittelt gegen einen Arzt. Er soll Rezepte gefälscht haben.', 'Die Staatsanwaltschaft', 'leipzig-staatsanwaltschaft'],
    ['German court, dative after a preposition', 'de', 'Dresden (dpa) - Ein Lehrer muss sich vor dem Gericht verantworten. Die Anklage lautet auf Betrug.', 'dem Gericht', 'dresden-gericht'],
    ['German prosecutor in a text naming no place', 'de', 'Ein Radfahrer ist am Abend schwer verletzt worden. Die Staatsanwaltschaft ermittelt gegen den Fahrer eines Lastwagens.', 'Die Staatsanwaltschaft', 'unnamed-staatsanwaltschaft'],
    ['English court after a town the base does not know', 'en', 'A man was arrested in Springfield on Friday. The court said he had fled.', 'The court', 'springfield-court'],
    ['English court in a text naming no state', 'en', 'A teacher went on trial on Monday. The court heard that he had forged his diploma.', 'The court', 'unnamed-court'],
  ];
  for (const [label, lang, text, desc, id] of cases) {
    it(`${label}: "${desc}" is ${id}`, () => {
      const doc = withTagger(lang, text);
      const e = describing(doc, desc);
      assert.ok(e, dump(doc));
      assert.equal(e.id, id, dump(doc));
      assert.equal(e.type, 'ORG', dump(doc));
      assert.deepEqual(e.aliases, [], dump(doc));
    });
  }

  it('a later mention of the same institution joins the first', () => {
    const doc = withTagger('de', 'Leipzig (dpa) - Die Staatsanwaltschaft ermittelt gegen einen Arzt. Er soll Rezepte gefälscht haben, teilte die Staatsanwaltschaft mit.');
    const e = describing(doc, 'Die Staatsanwaltschaft');
    assert.ok(e && e.descriptions.includes('die Staatsanwaltschaft'), dump(doc));
  });
});

describe('resolve (session 17): negatives — a state, a named body, a plural or an indefinite noun keep their reading', () => {
  it("a state's police stays a description of the state", () => {
    const doc = withTagger('de', 'Die russische Polizei nahm in Moskau zehn Menschen fest. Die Polizei teilte mit, die Festnahmen seien rechtmäßig.');
    assert.equal(describing(doc, 'Die Polizei')?.id, 'russia', dump(doc));
  });
  it("English: a dateline's state keeps its police", () => {
    const doc = withTagger('en', 'NAIROBI - Kenyan police said on Monday they had arrested ten people. The police said the suspects would appear in court.');
    assert.equal(describing(doc, 'The police')?.id, 'kenya', dump(doc));
  });
  it('a court named before keeps "Das Gericht"', () => {
    const doc = withTagger('de', 'Köln (dpa) - Am Landgericht Köln wird gegen einen Lehrer verhandelt. Das Gericht teilte mit, das Urteil falle am Freitag.');
    assert.equal(describing(doc, 'Das Gericht')?.id, 'landgericht-koln', dump(doc));
  });
  it('an indefinite court is no institution of its own', () => {
    const doc = withTagger('de', 'Leipzig (dpa) - Ein Gericht hat einen Arzt verurteilt.');
    assert.ok(!doc.get('entities').some((e) => e.id.endsWith('-gericht')), dump(doc));
  });
  // (session 18: the police joined `localInstitutions`; events do not see such an entity and still read an unnamed police
  // acting in a place as that place's state, see events view.ts unnamedSeat)
  it('the police are a local institution of the report\'s city', () => {
    const doc = withTagger('de', 'In Leipzig ist ein Auto in eine Menschenmenge gefahren. Drei Menschen seien verletzt worden, teilte die Polizei mit.');
    assert.equal(describing(doc, 'die Polizei')?.id, 'leipzig-polizei', dump(doc));
  });
  it('English: the police are a local institution of the report\'s city', () => {
    const doc = withTagger('en', 'Police in Springfield arrested a man on Friday. The police said he had fled.');
    assert.equal(describing(doc, 'The police')?.id, 'springfield-police', dump(doc));
  });
});
