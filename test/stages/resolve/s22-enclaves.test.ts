/**
 * Session 22 (entity layer): an exclave or enclave is a place noun (`heads` and `placeNouns`: Exklave, Enklave; exclave,
 * enclave), so an unknown name right after it ("die spanische Exklave Melilla", "the Spanish enclave of Melilla") is a
 * place of its own, and the noun phrase before the name is its description, not its state's. Own sentences, with
 * negatives: the noun with no name after it names nothing, a known city after it stays one entity, and the state's
 * adjective stays the state's alias.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve (session 22): an exclave names the place after it', () => {
  const cases: [string, 'de' | 'en', string, string, string, string][] = [
    ['German exclave of a state', 'de', 'Hunderte Migranten stürmten am Montag die spanische Exklave Melilla.', 'Melilla', 'die spanische Exklave', 'spanische'],
    ['German enclave, dative', 'de', 'Die Polizei in der portugiesischen Enklave Vilarinho nahm zwei Männer fest.', 'Vilarinho', 'der portugiesischen Enklave', 'portugiesischen'],
    ['English enclave with its naming link', 'en', 'Hundreds of migrants stormed the Spanish enclave of Melilla on Monday.', 'Melilla', 'the Spanish enclave', 'Spanish'],
    ['English exclave with its naming link', 'en', 'Troops were flown to the Portuguese exclave of Vilarinho on Friday.', 'Vilarinho', 'the Portuguese exclave', 'Portuguese'],
  ];
  for (const [label, lang, text, name, desc, adjective] of cases) {
    it(`${label}: "${name}" is a place described as "${desc}"`, () => {
      const doc = withTagger(lang, text);
      const e = entityWith(doc, name);
      assert.equal(e?.type, 'GPE', dump(doc));
      assert.ok(e?.descriptions.includes(desc), dump(doc));
      const state = entityWith(doc, adjective);
      assert.ok(state && state !== e && !state.descriptions.includes(desc), dump(doc));
    });
  }
  it('negative: the noun with no name after it names nothing', () => {
    for (const [lang, text] of [['de', 'Die Exklave ist seit Jahren vom Festland abgeschnitten, sagte der Minister.'], ['en', 'The enclave has been cut off from the mainland for years, the minister said.']] as const) {
      const doc = withTagger(lang, text);
      assert.ok(!doc.get('entities').some((e) => e.aliases.length > 0 && e.type !== 'PER'), dump(doc));
    }
  });
  it('negative: a city the base knows after the noun stays one entity of its own', () => {
    const doc = withTagger('de', 'Russland verlegte Raketen in die russische Exklave Kaliningrad.');
    const city = entityWith(doc, 'Kaliningrad');
    assert.equal(doc.get('entities').filter((e) => e.aliases.includes('Kaliningrad')).length, 1, dump(doc));
    assert.ok(city?.descriptions.includes('die russische Exklave'), dump(doc));
    assert.ok(!entityWith(doc, 'Russland')?.descriptions.includes('die russische Exklave'), dump(doc));
  });
});
