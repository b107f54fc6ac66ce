import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 14 (lead): a participle joined by a hyphen to an abbreviation ("U.N.-backed") is an adjective, as
 * "Iran-backed" is, although the tokenizer splits it off (the abbreviation keeps its period). Sentences written for
 * these tests; whole-engine runs.
 */
const en = engineCoder('en');

describe('events (en): a hyphenated participle after an abbreviation is no act', () => {
  it('"The U.N.-backed force began operations" is no SUPPORT (was SUPPORT united-nations>force)', () =>
    assertLacks(en('The U.N.-backed Gang Suppression Force began operations in Port-au-Prince on Monday.'), /^SUPPORT/u));
  it('negative: a dash with spaces around it joins nothing — "Russia - backed by China - vetoed …" keeps the SUPPORT', () =>
    assertHas(en('Russia - backed by China - vetoed the resolution.'), 'SUPPORT china>russia asserted'));
  it('negative: the participle as a verb keeps its act', () =>
    assertHas(en('China backed Russia at the United Nations.'), 'SUPPORT china>russia asserted'));
});
