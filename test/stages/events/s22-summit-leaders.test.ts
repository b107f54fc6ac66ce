import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 22 (EVT): the leaders gathered at a summit ("Die Staats- und Regierungschefs verabschiedeten …", "The heads
 * of state and government condemned …") name no actor of their own; in an article that named the summit of an
 * organisation before them ("Nato-Gipfel", "the African Union summit") they act for that organisation, and "sie"/"they"
 * after them refers back to it (summits.ts, `summitLeaders` and `summitNouns` in event-cues.json). Sentences written
 * for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: summit leaders act for the organisation of the summit', () => {
  it('(de) a compound summit noun names the organisation', () =>
    assertHas(de('Der Nato-Gipfel in Oslo ging am Mittwoch zu Ende. Die Staats- und Regierungschefs verurteilten die Angriffe auf die Ukraine scharf.'), 'ACCUSE nato>- asserted'));
  it('(de) counted leaders of an EU summit', () =>
    assertHas(de('Beim EU-Gipfel in Brüssel ging es um Geld. Die 27 Staats- und Regierungschefs beschlossen neue Sanktionen gegen Russland.'), 'SANCTION european-union>russia asserted'));
  it('(de) a plural pronoun after the leaders refers back to them', () =>
    assertHas(de('Der Nato-Gipfel in Oslo ging zu Ende. Die Staats- und Regierungschefs trafen sich im Rathaus. Zugleich verurteilten sie die Angriffe Russlands auf die Ukraine.'), 'ACCUSE nato>russia asserted'));
  it('(en) heads of state and government at a NATO summit', () =>
    assertHas(en('The NATO summit in Vilnius ended on Wednesday. The heads of state and government condemned the attacks on Ukraine.'), 'ACCUSE nato>- asserted'));
  it('(en) heads of state at a summit named by its noun before the organisation', () =>
    assertHas(en('A summit of the African Union opened in Addis Ababa on Sunday. The heads of state urged Sudan to agree a ceasefire.'), 'REQUEST african-union>sudan asserted'));
});

describe('events: negatives — no summit named, leaders of a named actor, leader nouns as no act', () => {
  it('(de) no summit named before them: no organisation', () =>
    assertLacks(de('Die Staats- und Regierungschefs verurteilten die Angriffe auf die Ukraine scharf.'), /^ACCUSE (nato|european-union)>/u));
  it('(en) no summit named before them: no organisation', () =>
    assertLacks(en('The heads of state and government condemned the attacks on Ukraine.'), /^ACCUSE (nato|european-union)>/u));
  it('(de) leaders with their own organisation in a genitive stay its leaders', () => {
    const got = de('Der Nato-Gipfel in Oslo ging am Mittwoch zu Ende. Die Staats- und Regierungschefs der EU verurteilten die Angriffe auf die Ukraine scharf.');
    assertLacks(got, /^ACCUSE nato>/u);
  });
  it('(en) leaders named by their organisation before the noun stay its leaders', () => {
    const got = en('The NATO summit in Vilnius ended on Wednesday. Earlier, EU heads of government condemned the attacks on Ukraine.');
    assertLacks(got, /^ACCUSE nato>/u);
  });
  it('(en) the leader noun is no act of travel', () =>
    assertLacks(en('A summit of the African Union opened in Addis Ababa on Sunday. The heads of state urged Sudan to agree a ceasefire.'), /^CONSULT /u));
  it('(en) a summit of states, not of an organisation, gives no actor', () =>
    assertLacks(en('The summit in Geneva opened on Monday. The heads of state condemned the attacks on Ukraine.'), /^ACCUSE \w/u));
});
