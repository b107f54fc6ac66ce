import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, codeText, engineCoder } from './helpers.js';

/**
 * Diplomatic protests and investigations the PLOVER manual codes as ACCUSE: "summoning an in-country ambassador to
 * present such grievances is just coded ACCUSE, not CONSULT" (CONSULT, potential ambiguities: consultations with
 * ambassadors "to complain about an action … should be coded for the content of the action"); the British wire idiom
 * "called in the ambassador" is a summons (`en.accuse.call-in`), a meeting with an envoy "to protest" or "to express
 * concern" is the complaint (`en.accuse.envoy-complaint`), a "protest note" handed over is a diplomatic protest
 * (`en.accuse.press-charges`), and a team sent "to investigate" is the investigation (ACCUSE 'investigate', not the
 * aid team `en.aid.relief-team`). Self-written sentences.
 */
const en = engineCoder('en');
/** Types only, no actors required (as the PLOVER benchmarks run the stage). */
const types = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => e.type);

describe('events (s29): diplomatic protests and investigations are ACCUSE', () => {
  it('"called in the Japanese ambassador"', () => {
    assertHas(en('China called in the Japanese ambassador.'), 'ACCUSE china>japan asserted');
  });
  it('"called in the ambassador to protest the visit" is no strike call', () => {
    const got = en('China called in the Japanese ambassador to protest the visit.');
    assertHas(got, 'ACCUSE china>japan asserted');
    assertLacks(got, /^PROTEST/);
  });
  it('"handed a protest note to the Israeli ambassador"', () => {
    assertHas(en('Egypt handed a protest note to the Israeli ambassador.'), 'ACCUSE egypt>israel asserted');
  });
  it('"met the French ambassador to express concern" is the complaint, not a meeting', () => {
    const got = en('The Turkish foreign minister met the French ambassador to express concern over the arrests.');
    assertHas(got, 'ACCUSE turkey>france asserted');
    assertLacks(got, /^CONSULT/);
  });
  it('"sent a team to investigate" is an investigation', () => {
    const got = types('The United Nations sent a team to investigate reports of chemical weapons use.');
    assert.ok(got.includes('ACCUSE'));
    assert.ok(!got.includes('AID'));
  });
});

describe('events (s29): negatives', () => {
  it('a meeting with an ambassador "to discuss trade" stays a meeting', () => {
    const got = en('Putin met the American ambassador to discuss trade.');
    assertHas(got, 'CONSULT vladimir-putin>- asserted');
    assertLacks(got, /^ACCUSE/);
  });
  it('"called in consultants" and "sent notes" are no protest', () => {
    assert.ok(!types('The company called in consultants to review the contract.').includes('ACCUSE'));
    assert.deepEqual(types('Egypt sent notes to Israel.'), []);
  });
  it('a team of rescuers sent to help stays aid', () => {
    assertHas(en('Japan sent a team of rescuers to Turkey.'), 'AID japan>turkey asserted');
  });
});
