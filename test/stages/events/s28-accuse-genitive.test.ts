import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder } from './helpers.js';

/**
 * An English nominal criticism whose pattern runs on past its of-phrase ("Criticism of Russia came from the EU",
 * `en.accuse.protest-from`): the of-phrase (role `gen`, English genitive marker "of") between the noun and the rest of
 * the pattern is the target. Session 27 found the source but no target: the genitive slot looked only after the last
 * word of the match.
 */
const en = sentenceCoder('en', [{ id: 'russia', type: 'GPE', forms: ['Russia'] }, { id: 'china', type: 'GPE', forms: ['China'] }, { id: 'japan', type: 'GPE', forms: ['Japan'] }, { id: 'eu', type: 'ORG', forms: ['EU'] }]);

describe('events: the of-phrase inside a nominal criticism pattern is its target (s28)', () => {
  it('"Criticism of Russia came from the EU", with modifiers and a date after it', () => {
    assertHas(en('Criticism of Russia came from the EU.'), 'ACCUSE eu>russia asserted');
    assertHas(en('Sharp criticism of Russia came from the EU on Monday.'), 'ACCUSE eu>russia asserted');
    assertHas(en('Condemnation of China came from Japan.'), 'ACCUSE japan>china asserted');
  });
  it('an of-phrase naming no actor gives no target, and the event is not coded against anyone', () => {
    const got = en('Criticism of the plan came from the EU.');
    assertLacks(got, /^ACCUSE eu>(russia|china|japan)/);
  });
});
