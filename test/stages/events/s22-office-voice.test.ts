import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 22 (EVT): a refusal or threat that a named office-holder announces for their state is the speaker's (the
 * development gold's convention, actors.ts `voice`). An office-holder whose state the text never gives ("President
 * Tomas Vargas", "Außenminister Tomás Vargas") lost it: the stance stayed the state's. Now a state office
 * (`stateOffices` in event-cues.json) and the stance in the holder's own direct quote are enough. Reported speech and
 * other roles keep the state. Sentences and names invented for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: a stance in the own words of an office-holder whose state is not given is theirs', () => {
  it('(en) a foreign minister reserves the right to respond', () =>
    assertHas(en('"Bolivia reserves the right to respond," Foreign Minister Tomas Vargas told reporters on Monday.'), 'THREATEN tomas-vargas>- asserted'));
  it('(en) a president refuses foreign troops', () =>
    assertHas(en('"Bolivia will never accept foreign troops on its soil," President Tomas Vargas said on Monday.'), 'REJECT tomas-vargas>- asserted'));
  it('(de) ein Präsident lässt sich nicht erpressen', () =>
    assertHas(de('„Bolivien lässt sich nicht erpressen“, sagte Präsident Tomás Vargas am Montag.'), 'REJECT tomas-vargas>- asserted'));
  it('(de) ein Außenminister behält sich Gegenmaßnahmen vor', () =>
    assertHas(de('„Bolivien behält sich Gegenmaßnahmen vor“, sagte Außenminister Tomás Vargas am Montag.'), 'THREATEN tomas-vargas>- asserted'));
});

describe('events: negatives — reported speech and other roles keep the state', () => {
  it('(en) reported speech may be about another state', () =>
    assertLacks(en('Foreign Minister Tomas Vargas said Bolivia reserved the right to respond.'), /^THREATEN tomas-vargas>/u));
  it('(de) indirekte Rede kann von einem anderen Staat handeln', () =>
    assertLacks(de('Außenminister Tomás Vargas sagte, Bolivien behalte sich Gegenmaßnahmen vor.'), /^THREATEN tomas-vargas>/u));
  it('(en) a spokesperson holds no office of a state', () =>
    assertHas(en('"Bolivia reserves the right to respond," spokesperson Tomas Vargas told reporters on Monday.'), 'THREATEN bolivia>- asserted'));
  it('(de) ein Sprecher hat kein Staatsamt', () =>
    assertHas(de('„Bolivien behält sich Gegenmaßnahmen vor“, sagte Sprecher Tomás Vargas am Montag.'), 'THREATEN bolivia>- asserted'));
});
