import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: a prepositional phrase before the complementizer of a content clause belongs to the clause it completes
 * ("said on X that Pakistani artillery had shelled villages": X is where it was said, not a target of the trigger
 * inside the content clause). Sentences written for these tests, with negatives.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: a phrase before a content clause\'s complementizer is no target of a trigger inside it', () => {
  it('en: "said on X that … artillery had shelled villages" does not shell X', () =>
    assertLacks(en('A Taliban spokesman said on X that Pakistani artillery had shelled villages in Kunar province.'), /^ASSAULT pakistan>x/u));
  it('en: "said on Facebook that … jets had bombed a market" does not bomb Facebook', () =>
    assertLacks(en('The Afghan foreign minister said on Facebook that Pakistani jets had bombed a market near the border.'), /^ASSAULT pakistan>facebook/u));
  it('negative: the phrase inside the content clause is still the target ("that … artillery had fired on Afghanistan")', () =>
    assertHas(en('A Taliban spokesman said on X that Pakistani artillery had fired on Afghanistan.'), 'ASSAULT pakistan>afghanistan asserted'));
  it('negative: German, the phrase in the trigger\'s own clause still counts ("Russland griff am Montag Ziele in der Ukraine an")', () =>
    assertHas(de('Russland griff am Montag Ziele in der Ukraine an.'), 'ASSAULT russia>ukraine asserted'));
});

