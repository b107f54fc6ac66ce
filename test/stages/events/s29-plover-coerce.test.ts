import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, codeText, engineCoder } from './helpers.js';

/**
 * COERCE modes of the PLOVER manual (CAMEO 172x "impose administrative sanctions"): 'restrict' ("impose restrictions on
 * political freedoms … the banning of individuals or organizations from political life") — a ban of gatherings, rallies
 * or protests (`en.coerce.ban-assembly`; en.coerce.ban needs a named actor, "the government banned all public
 * gatherings" has none); 'martial-law' — a place "placed under martial law / a state of emergency" (`en.coerce.impose`).
 * Self-written sentences.
 */
const en = engineCoder('en');
/** Types only, no actors required (as the PLOVER benchmarks run the stage). */
const types = (s: string): string[] => codeText('en', `Title\n${s}`, [], [], '2025-07-31', { requireActors: false }).map((e) => e.type);

describe('events (s29): COERCE restrict and martial law', () => {
  it('"banned all protests in Minsk"', () => {
    assertHas(en('Belarus banned all protests in Minsk.'), 'COERCE belarus>- asserted');
  });
  it('"the government banned all public gatherings" (no actor named)', () => {
    assert.ok(types('After the riots, the government banned all public gatherings.').includes('COERCE'));
  });
  it('"placed Bangkok under a state of emergency"', () => {
    assertHas(en('Thai authorities placed Bangkok under a state of emergency.'), 'COERCE thailand>- asserted');
  });
  it('"placed the region under martial law" (no actor named)', () => {
    assert.ok(types('The army has placed the region under martial law.').includes('COERCE'));
  });
});

describe('events (s29): COERCE negatives', () => {
  it('a patient "placed under observation" and office meetings banned are no coercion', () => {
    assert.deepEqual(types('The patient was placed under observation.'), []);
    assert.ok(!types('The minister banned meetings on Fridays to save time.').includes('COERCE'));
  });
  it('a club banning fans is no ban of an assembly', () => {
    assert.ok(!types('The club banned fans from the stadium.').includes('COERCE'));
  });
});
