import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, codeText, engineCoder } from './helpers.js';

/**
 * The PLOVER manual's MOBILIZE/ASSAULT rule ("If a document reports a MOBILIZE event in the context of an ASSAULT,
 * only the ASSAULT should be coded": "military units … were activated and returned fire") drops a mobilisation that is
 * part of an assault, the mobilised forces' own fighting told by a predicate. An assault only named by a noun ("after
 * the attack", "following clashes", "nach dem Anschlag", "in response to the rocket attacks", "amid fears of a
 * terrorist attack") is the act the mobilisation answers or fears, not its context: the mobilisation is coded. Also the passive "were put on standby" of units (`en.mobilize.alert-passive`), "have been
 * dispatched" (`en.mobilize.sent-passive`) and forces that "went on alert" (`en.mobilize.go-on-alert`, CAMEO 151/152
 * "increase police/military alert status").
 * Self-written sentences.
 */
const en = engineCoder('en');
const de = engineCoder('de');
/** Types only, no actors required (as the PLOVER benchmarks run the stage). */
const types = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => e.type);

describe('events (s29): a mobilisation after an assault that dates it', () => {
  it('"stepped up security … after the attack"', () => {
    assertHas(en('India stepped up security along the border with Pakistan after the attack.'), 'MOBILIZE india>pakistan asserted');
  });
  it('"were put on high alert after the bombing" (no actor needed)', () => {
    assert.ok(types('Police in the capital were put on high alert after the bombing.').includes('MOBILIZE'));
  });
  it('"beefed up security … after the deadly attack"', () => {
    assert.ok(types('The army beefed up security along the frontier after the deadly attack.').includes('MOBILIZE'));
  });
  it('German: "Nach dem Anschlag … in erhöhte Bereitschaft"', () => {
    assertHas(de('Nach dem Anschlag in Ankara versetzte die Türkei ihre Armee in erhöhte Bereitschaft.'), 'MOBILIZE turkey>- asserted');
  });
  it('"in response to the rocket attacks"', () => {
    assertHas(en('Israel deployed additional troops along the border with Lebanon in response to the rocket attacks.'), 'MOBILIZE israel>lebanon asserted');
  });
  it('"amid fears of a terrorist attack", "in the wake of the bombing", "in case of an attack"', () => {
    assert.ok(types('India put its troops on alert amid fears of a terrorist attack.').includes('MOBILIZE'));
    assert.ok(types('Police were put on alert in the wake of the bombing.').includes('MOBILIZE'));
    assert.ok(types('The army has been put on alert in case of an attack by the rebels.').includes('MOBILIZE'));
  });
  it('"after the Mumbai attacks": a name as an attribute of the act noun', () => {
    assert.ok(en('Pakistan moved troops to the border with India after the Mumbai attacks.').some((e) => e.startsWith('MOBILIZE pakistan>')));
  });
  it('passive: "Troops were put on standby"', () => {
    assert.ok(types('Troops were put on standby to deal with any unrest.').includes('MOBILIZE'));
  });
  it('"forces went on high alert along the border"', () => {
    assertHas(en('Russian forces went on high alert along the border with Ukraine.'), 'MOBILIZE russia>ukraine asserted');
  });
  it('"Police across the country went on alert"', () => {
    assert.ok(types('Police across the country went on alert after the threat.').includes('MOBILIZE'));
  });
  it('"The armed forces went on full combat readiness"', () => {
    assert.ok(types('The armed forces went on full combat readiness.').includes('MOBILIZE'));
  });
  it('"Additional police units have been dispatched"', () => {
    assert.ok(types('Additional police units have been dispatched to the province.').includes('MOBILIZE'));
  });
});

describe('events (s29): negatives — a mobilisation in the context of an assault stays part of it', () => {
  it('"were mobilized and fired on …": the assault only', () => {
    const got = en('Israeli troops were mobilized and fired on Hamas fighters in Gaza.');
    assertHas(got, 'ASSAULT israel>hamas asserted');
    assertLacks(got, /^MOBILIZE/);
  });
  it('"deployed troops and shelled …": the assault only', () => {
    const got = en('Russia deployed troops and shelled Ukrainian positions near Kharkiv.');
    assertHas(got, 'ASSAULT russia>ukraine asserted');
    assertLacks(got, /^MOBILIZE/);
  });
  it('German: "versetzte … in Bereitschaft und griff … an": the assault only', () => {
    const got = de('Die Türkei versetzte ihre Armee in erhöhte Bereitschaft und griff Stellungen der PKK an.');
    assertHas(got, 'ASSAULT turkey>pkk asserted');
    assertLacks(got, /^MOBILIZE/);
  });
  it('"put on standby" of a plan is no mobilisation', () => {
    assert.ok(!types('The project was put on standby until the budget is agreed.').includes('MOBILIZE'));
  });
  it('investors who "went on alert" and police who "went on strike" are no mobilisation', () => {
    assert.ok(!types('Investors went on alert after the profit warning.').includes('MOBILIZE'));
    assert.ok(!types('The police went on strike over pay.').includes('MOBILIZE'));
  });
  it('letters that "have been sent" are no deployment', () => {
    assert.deepEqual(types('The letters have been sent to the ministry.'), []);
  });
});
