import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceLoader } from '../../src/resources/loader.js';
import { loadGrammar } from '../../src/resources/grammar.js';
import { loadQuoteLexicon } from '../../src/stages/quotes/lexicon.js';
import { loadEventLexicon } from '../../src/stages/events/lexicon.js';
import { loadResolveLexicon } from '../../src/stages/resolve/lexicon.js';
import { withTagger } from '../stages/resolve/helpers.js';

/**
 * The quotes, events and resolve stages read their nouns of groups of private people from one list
 * (grammar.json `peopleGroups`), each the classes it needs; none keeps a copy of its own.
 */
describe('people-group nouns shared by the quotes, events and resolve stages', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`${lang}: every stage reads the shared classes it needs`, () => {
      const res = new ResourceLoader(lang);
      const g = loadGrammar(res).peopleGroups;
      const quotes = loadQuoteLexicon(res);
      const events = loadEventLexicon(res).cues;
      const resolve = loadResolveLexicon(res);
      const all = [...g.generic, ...g.lay, ...g.adherents, ...g.affected, ...g.occupational];
      // a crowd (no spokesperson) and the counted patients of an arrest: every class
      assert.deepEqual([...quotes.crowdNouns].sort(), [...all].sort());
      assert.deepEqual([...events.countedPersonNouns].sort(), [...all].sort());
      // a group acting as a bare subject: people joined by what they do, where they live, or their trade only
      assert.deepEqual([...resolve.actorGroupNouns].sort(), [...g.lay, ...g.occupational].sort());
      for (const w of [...g.generic, ...g.adherents, ...g.affected]) assert.ok(!resolve.actorGroupNouns.has(w), w);
    });
  }

  it('a lay or occupational group opening a sentence is an unnamed actor; adherents and the affected are not', () => {
    const dump = (d: ReturnType<typeof withTagger>): string => JSON.stringify(d.get('entities').map((e) => [e.id, e.descriptions]));
    const acting = (lang: 'de' | 'en', text: string, desc: string): boolean => withTagger(lang, text).get('entities').some((e) => e.aliases.length === 0 && e.descriptions.includes(desc));
    assert.ok(acting('de', 'Studierende blockierten am Montag die Hauptstraße.', 'Studierende'), dump(withTagger('de', 'Studierende blockierten am Montag die Hauptstraße.')));
    assert.ok(acting('en', 'Rioters set fire to cars in the capital on Monday.', 'Rioters'));
    assert.ok(acting('en', 'Nurses walked out of three hospitals on Monday.', 'Nurses'));
    // "Unterstützer der Gruppe", "Supporters of the party": the group they side with is the actor the text names
    assert.ok(!acting('de', 'Unterstützer der Gruppe blockierten am Montag die Hauptstraße.', 'Unterstützer der Gruppe'));
    assert.ok(!acting('en', 'Supporters of the party marched in the capital on Monday.', 'Supporters of the party'));
    // people an event befalls do not act: "Zivilisten flohen" is no actor group
    assert.ok(!acting('de', 'Zivilisten flohen am Montag aus der Stadt.', 'Zivilisten'));
  });
});
