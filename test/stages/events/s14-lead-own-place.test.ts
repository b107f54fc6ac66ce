import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 14 (lead): a deployment's destination that the sentence names only as the doer's own place (a possessive
 * phrase, and the name after "of"/"von" that it introduces) is where the forces go, not whom they face: the MOBILIZE
 * stays, without that target. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events: a deployment to the doer\'s own region has no target', () => {
  it('(en) "moved additional troops to its northern state of Roraima"', () => {
    const got = en('Brazil moved additional troops to its northern state of Roraima last week.');
    assertHas(got, 'MOBILIZE brazil>- asserted');
    assertLacks(got, /^MOBILIZE brazil>roraima/u);
  });
  it('(en) "deployed soldiers to its southern province of Balochistan"', () => {
    const got = en('Pakistan deployed soldiers to its southern province of Balochistan on Monday.');
    assertHas(got, 'MOBILIZE pakistan>- asserted');
    assertLacks(got, /^MOBILIZE pakistan>balochistan/u);
  });
  it('negative (en): a destination named as another state stays the target', () =>
    assertHas(en('Russia moved additional troops to Belarus last week.'), 'MOBILIZE russia>belarus asserted'));
  it('negative (en): a possessive of another actor does not make a place the doer\'s own', () =>
    assertHas(en('Russia moved additional troops to the border of Finland last week.'), 'MOBILIZE russia>finland asserted'));
});
