import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 15 (EV-LEX): families of the PLOVER codebook's distinctions. A raid or storming of homes and offices by
 * troops or security forces is COERCE `seize` ("Execute search, confiscate property, raid"), not ASSAULT; storming a
 * town or a military target stays ASSAULT, and a crowd that storms a building protests. Sentences written for these
 * tests, with negatives. Whole-engine runs.
 */
const en = engineCoder('en');

type Case = readonly [string, string, string];

describe('events (en): troops raiding or storming homes and offices is COERCE (PLOVER COERCE seize)', () => {
  const cases: readonly Case[] = [
    ['"soldiers raided the offices of"', 'Zimbabwean soldiers raided the offices of the Movement for Democratic Change in Harare.', 'COERCE zimbabwe>movement-for-democratic-change asserted'],
    ['"forces stormed the home of"', 'Israeli forces stormed the home of Mahmoud Abbas.', 'COERCE israel>mahmoud-abbas asserted'],
    ['progressive "are raiding the homes of"', 'Israeli troops are raiding the homes of Palestinian activists in Hebron.', 'COERCE israel>palestine asserted'],
  ];
  for (const [name, s, want] of cases) {
    it(name, () => {
      const got = en(s);
      assertHas(got, want);
      assertLacks(got, /^ASSAULT/u);
    });
  }
  it('negative: storming a town is an assault', () => assertHas(en('Russian troops stormed the town of Avdiivka.'), 'ASSAULT russia>avdiivka asserted'));
  it('negative: storming a rebel headquarters is an assault', () =>
    assertLacks(en('Congolese troops stormed the rebel headquarters in Goma.'), /^COERCE/u));
  it('negative: protesters storming offices do not coerce', () =>
    assertLacks(en('Protesters stormed the offices of the ruling party in Tbilisi.'), /^COERCE/u));
});
