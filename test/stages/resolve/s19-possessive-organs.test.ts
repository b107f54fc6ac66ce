/**
 * Session 19 (entity layer): a state organ after a possessive of things ("its army", "its commerce ministry", "dessen
 * Regierung") describes the state that owns it. English "its" points at the clause's subject: the state named right
 * before a verb of saying just before the phrase, else the first one its sentence names, else the first one of the
 * sentence before; an adjective names no owner. German "dessen"/"deren" point at the nearest name (`nearestPossessives`).
 * Own sentences, with negatives: an organisation's organ is no state's, and a state only named by its adjective owns
 * nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.descriptions]));
const owner = (doc: Doc, desc: string): string | undefined => doc.get('entities').find((e) => e.descriptions.includes(desc))?.id;

describe('resolve (session 19): a state organ after a possessive of things is its owner state\'s', () => {
  const cases: [string, 'de' | 'en', string, string, string][] = [
    ['the subject before a comma clause', 'en', 'China will require licences for exports to Japan from March, its commerce ministry said on Tuesday.', 'its commerce ministry', 'china'],
    ['not the state of an adjective', 'en', 'India has ordered a Pakistani diplomat to leave, a day after its army said it had shot down a drone.', 'its army', 'india'],
    ['the speaker before "said"', 'en', 'Japan protested after China said its coast guard would patrol the waters.', 'its coast guard', 'china'],
    ['the subject of the sentence before', 'en', 'Kenya sent 400 police officers to Haiti. Its government said the mission would last a year.', 'Its government', 'kenya'],
    ['a foreign ministry in a later clause', 'en', 'Russia expelled two diplomats on Monday, and its foreign ministry summoned the ambassador of Estonia.', 'its foreign ministry', 'russia'],
    ['German "dessen": the nearest name', 'de', 'Russland wies die Vorwürfe Estlands zurück, dessen Regierung habe gelogen.', 'dessen Regierung', 'estonia'],
    ['German "deren": the nearest name', 'de', 'Moskau kritisierte die Ukraine, deren Armee habe Dörfer beschossen.', 'deren Armee', 'ukraine'],
  ];
  for (const [label, lang, text, desc, id] of cases) {
    it(`${label}: "${desc}" is ${id}`, () => {
      const doc = withTagger(lang, text);
      assert.equal(owner(doc, desc), id, dump(doc));
    });
  }

  const negatives: [string, 'de' | 'en', string, string][] = [
    ['an organisation owns its organ', 'en', 'Hamas said its armed wing had fired rockets at Israel.', 'its armed wing'],
    ['an organisation named after a state owns it', 'en', 'Mexico hosted the talks. The European Union said its army would not take part.', 'its army'],
    ['a state named only by its adjective owns nothing', 'en', 'A Pakistani diplomat was ordered to leave after its army fired at the border.', 'its army'],
  ];
  for (const [label, lang, text, desc] of negatives) {
    it(`negative: ${label}`, () => {
      const doc = withTagger(lang, text);
      const o = owner(doc, desc);
      assert.ok(o === undefined || !['israel', 'mexico', 'pakistan'].includes(o), dump(doc));
    });
  }
});
