import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, codeText, engineCoder } from './helpers.js';

/**
 * ASSAULT wording of wire copy (PLOVER ASSAULT; CAMEO 190 "use conventional military force", 183 bombings): "security
 * forces killed …" (`en.assault.forces-kill` now lists "forces"), a bomb or missile as the subject of "hit"/"struck"
 * (`en.assault.weapon-kills`; drones are `en.assault.weapons-strike`'s, which finds their owner), troops that "crossed
 * into" a country (`en.assault.advance`). A killing verb must govern an object (`transitive`): right before a
 * preposition of a reduced relative clause ("forces killed in the attack", "rebels killed during the fighting") it is a
 * passive participle and no act of the noun before it. Self-written sentences.
 */
const en = engineCoder('en');
/** Types only, no actors required (as the PLOVER benchmarks run the stage). */
const types = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => e.type);

describe('events (s29): ASSAULT wording', () => {
  it('"government forces killed 12 rebels"', () => {
    assertHas(en('Syrian government forces killed 12 rebels near Aleppo.'), 'ASSAULT syria>- asserted');
  });
  it('"Security forces killed 12 militants in a raid" (no actor named)', () => {
    assert.ok(types('Security forces killed 12 militants in a raid.').includes('ASSAULT'));
  });
  it('"A roadside bomb hit a military convoy"', () => {
    assert.ok(types('A roadside bomb hit a military convoy near Kandahar.').includes('ASSAULT'));
  });
  it('"troops crossed into northern Iraq"', () => {
    assertHas(en('Turkish troops crossed into northern Iraq in pursuit of Kurdish rebels.'), 'ASSAULT turkey>iraq asserted');
  });
  it('"Rebels killed at least 20 soldiers": a quantifier after the verb is its object', () => {
    assert.ok(types('Rebels killed at least 20 soldiers.').includes('ASSAULT'));
  });
});

/** The rule ids (entry before '#') of the events of a sentence, no actors required. */
const rules = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => e.rule.split('#')[0]!);

describe('events (s29): negatives — reduced passive relatives and other hits', () => {
  it('"Security forces killed in the attack were buried": the forces are the victims, only the attack is an act', () => {
    const got = rules('Security forces killed in the attack were buried on Monday.');
    assert.ok(!got.includes('en.assault.forces-kill'));
    assert.deepEqual(got, ['en.assault.attack']);
  });
  it('"the number of rebels killed during the fighting"', () => {
    assert.deepEqual(types('The number of rebels killed during the fighting rose to 40.'), []);
  });
  it('"troops killed by a roadside bomb" are its victims', () => {
    assert.ok(!rules('Three troops killed by a roadside bomb were flown home.').includes('en.assault.forces-kill'));
  });
  it('market forces and a hit single are no assault', () => {
    assert.deepEqual(types('Market forces hit the economy.'), []);
    assert.deepEqual(types('The new single hit the charts.'), []);
  });
});
