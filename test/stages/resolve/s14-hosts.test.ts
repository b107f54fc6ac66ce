/**
 * Session 14 (entity layer): host-state organs (an envoy of one state before an organ in its sentence: the organ is the
 * host's), island groups ("the islands" after "the Kinmen islands"), and a possessor's name opening an apposition before a
 * name ("a claim Mexico's security secretary, X, denied"). Own sentences, with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 14): an organ after another state\'s envoy is the host state\'s', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['named envoy', 'en', 'Peru recalled its ambassador from Santiago after the raid. Meanwhile the Chilean ambassador, Ana Soto, was summoned to the foreign ministry.', 'the foreign ministry', 'peru'],
    ['unnamed envoy', 'en', 'Peru recalled its ambassador from Santiago after the raid. The Chilean ambassador was summoned to the foreign ministry on Friday.', 'the foreign ministry', 'peru'],
    ['possessive envoy', 'en', 'Kenya accused Uganda of violating its border on Monday. Uganda\'s envoy was summoned to the foreign ministry.', 'the foreign ministry', 'kenya'],
    ['German compound envoy', 'de', 'Peru hat seinen Botschafter aus Santiago zurückgerufen. Der chilenische Botschafter wurde am Freitag ins Außenministerium einbestellt.', 'Außenministerium', 'peru'],
  ];
  for (const [label, lang, text, desc, state] of cases) {
    it(`${label}: "${desc}" is ${state}'s`, () => {
      const doc = withTagger(lang, text);
      assert.equal(describing(doc, desc)?.id, state, dump(doc));
    });
  }
  it('negative: a seat after the organ names the envoy\'s own state', () => {
    const doc = withTagger('en', 'Germany expelled two diplomats. Russia\'s ambassador, Sergei Nechayev, said the foreign ministry in Moscow would respond.');
    assert.equal(describing(doc, 'the foreign ministry in Moscow')?.id, 'russia', dump(doc));
  });
  it('negative: an envoy posted to an organisation speaks of his own state\'s army', () => {
    const doc = withTagger('de', 'Der Sicherheitsrat forderte eine Waffenruhe. Der sudanesische Botschafter bei den Vereinten Nationen wies jede Gleichsetzung der Armee mit der RSF zurück.');
    assert.equal(describing(doc, 'der Armee')?.id, 'sudan', dump(doc));
  });
  it('negative: an organ before the envoy is not moved ("Chile\'s foreign ministry summoned the Peruvian ambassador")', () => {
    const doc = withTagger('en', 'Chile\'s foreign ministry summoned the Peruvian ambassador on Friday.');
    assert.equal(describing(doc, "Chile's foreign ministry")?.id, 'chile', dump(doc));
  });
});

describe('resolve (session 14): "the islands" is the group named with that noun', () => {
  it('a place named right before a lower-case "islands", and a later "the islands"', () => {
    const doc = withTagger('en', 'Coast guard vessels boarded a fishing boat near the Matsu islands on Wednesday. Taiwan protested. The president ordered more patrols around the islands.');
    const matsu = doc.get('entities').find((e) => e.aliases.includes('Matsu'));
    assert.ok(matsu?.descriptions.includes('the islands'), dump(doc));
  });
  it('a plural noun prefers the group over a single island named later', () => {
    const doc = withTagger('en', 'China seized a boat near the Paracel Islands. The crew was held on Woody Island. China claims sovereignty over the islands.');
    assert.ok(describing(doc, 'the islands')?.aliases.includes('Paracel Islands'), dump(doc));
  });
  it('negative: a singular "the island" stays the single island', () => {
    const doc = withTagger('en', 'China seized a boat near the Paracel Islands. The crew was held on Woody Island. Officials said the island had a small port.');
    assert.ok(describing(doc, 'the island')?.aliases.includes('Woody Island'), dump(doc));
  });
});

describe('resolve (session 14): a possessor\'s name opens an apposition before a name', () => {
  it('"a claim Mexico\'s security secretary, X, denied" lists "Mexico\'s security secretary"', () => {
    const doc = withTagger('en', 'The officer said the raid was lawful, a claim Peru\'s interior minister, Juan Torres, flatly denied.');
    const e = doc.get('entities').find((x) => x.aliases.includes('Juan Torres'));
    assert.ok(e?.descriptions.includes("Peru's interior minister"), dump(doc));
    assert.ok(!e?.descriptions.some((x) => x.startsWith('a claim')), dump(doc));
  });
  it('negative: a German genitive after its noun keeps the noun ("die Sprecherin des Weißen Hauses, X")', () => {
    const doc = withTagger('de', 'Das Ministerium habe die Beschlagnahme beantragt, sagte die Sprecherin des Weißen Hauses, Karoline Leavitt.');
    const e = doc.get('entities').find((x) => x.aliases.includes('Karoline Leavitt'));
    assert.ok(e?.descriptions.includes('die Sprecherin des Weißen Hauses'), dump(doc));
  });
  it('negative: an article before a lower-case possessor stays ("the country\'s interior minister, X")', () => {
    const doc = withTagger('en', 'Peru closed the border. The country\'s interior minister, Juan Torres, said the measure was temporary.');
    const e = doc.get('entities').find((x) => x.aliases.includes('Juan Torres'));
    assert.ok(e?.descriptions.includes("The country's interior minister"), dump(doc));
  });
});

describe('resolve (session 14): an unnamed spokesperson\'s organ tail is its state\'s description', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['German genitive', 'de', 'Eritrea unterzeichnete das Abkommen. Ein Sprecher des äthiopischen Außenministeriums sagte, das sei illegal.', 'des äthiopischen Außenministeriums', 'ethiopia'],
    ['English "for"', 'en', 'Eritrea signed the deal. A spokesman for the Ethiopian foreign ministry said it was illegal.', 'the Ethiopian foreign ministry', 'ethiopia'],
  ];
  for (const [label, lang, text, desc, state] of cases) {
    it(`${label}: "${desc}" is ${state}'s`, () => {
      const doc = withTagger(lang, text);
      assert.equal(describing(doc, desc)?.id, state, dump(doc));
    });
  }
  it('negative: a company in the tail is no state organ ("Ein Sprecher des Unternehmens")', () => {
    const doc = withTagger('de', 'Eritrea unterzeichnete das Abkommen. Ein Sprecher des Unternehmens sagte, das sei illegal.');
    assert.ok(!describing(doc, 'des Unternehmens'), dump(doc));
  });
});
