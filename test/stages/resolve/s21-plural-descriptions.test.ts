/**
 * Session 21 (entity layer): a plural person noun is a group, never the one office holder named before. German writes
 * the genitive plural of a masculine person noun with "der" right after a noun ("ein Treffen der Außenminister", the
 * singular being "des Außenministers"; `forms.genitivePluralArticles`), so that phrase links to no person, and its own
 * genitive tail ("der Allianz") is read on its own. English plurals ("the foreign ministers") already were groups.
 * Own sentences, with negatives: the nominative singular after a verb, after a month or weekday, after a verb of saying
 * with an adverbial between, and a feminine singular still refer to the person.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.descriptions]));
const holder = (doc: Doc, desc: string): string | undefined => doc.get('entities').find((e) => e.descriptions.includes(desc))?.id;

const deLead = 'Der estnische Außenminister Margus Tsahkna warnte am Dienstag vor Russland. Die NATO plant eigene Übungen.';
const deLeadF = 'Die finnische Außenministerin Elina Valtonen warnte am Dienstag vor Russland. Die NATO plant eigene Übungen.';

describe('resolve (session 21): a genitive plural person noun is a group, not one person', () => {
  const plurals: [string, 'de' | 'en', string, string][] = [
    ['a meeting of the ministers', 'de', `${deLead} Ein Treffen der Außenminister der Allianz ist für Mai geplant.`, 'der Außenminister der Allianz'],
    ['a compound after "beim"', 'de', `${deLead} Die Frage soll beim Treffen der EU-Außenminister beraten werden.`, 'der EU-Außenminister'],
    ['a conference of the spokesmen', 'de', 'Der Regierungssprecher Steffen Hebestreit äußerte sich am Montag. Eine Konferenz der Sprecher findet im Juni statt.', 'der Sprecher'],
    ['English plural after "of"', 'en', 'Estonian Foreign Minister Margus Tsahkna warned Russia on Tuesday. A meeting of the foreign ministers of the alliance is planned for May.', 'the foreign ministers of the alliance'],
  ];
  for (const [label, lang, text, desc] of plurals) {
    it(`${label}: "${desc}" is no person`, () => {
      const doc = withTagger(lang, text);
      const id = holder(doc, desc);
      assert.ok(id === undefined || doc.get('entities').find((e) => e.id === id)?.type !== 'PER', dump(doc));
    });
  }

  it('the genitive tail of the plural is the alliance named before', () => {
    const doc = withTagger('de', `${deLead} Ein Treffen der Außenminister der Allianz ist für Mai geplant.`);
    assert.equal(holder(doc, 'der Allianz'), 'nato', dump(doc));
  });

  const singulars: [string, 'de' | 'en', string, string][] = [
    ['the subject after a verb', 'de', `${deLead} Am Mittwoch reiste der Außenminister nach Riga.`, 'der Außenminister'],
    ['the subject after a weekday', 'de', `${deLead} Das bestätigte am Mittwoch der Außenminister.`, 'der Außenminister'],
    ['the subject after a verb of saying and an adverbial', 'de', `${deLead} Das sagte nach dem Treffen der Außenminister in Riga.`, 'der Außenminister'],
    ['a feminine singular after a noun', 'de', `${deLeadF} Die Rede der Außenministerin wurde gelobt.`, 'der Außenministerin'],
    ['an English singular', 'en', 'Estonian Foreign Minister Margus Tsahkna warned Russia on Tuesday. The foreign minister travelled to Riga.', 'The foreign minister'],
  ];
  for (const [label, lang, text, desc] of singulars) {
    it(`negative: ${label}: "${desc}" stays the person`, () => {
      const doc = withTagger(lang, text);
      const id = holder(doc, desc);
      assert.ok(id === 'margus-tsahkna' || id === 'elina-valtonen', dump(doc));
    });
  }
});
