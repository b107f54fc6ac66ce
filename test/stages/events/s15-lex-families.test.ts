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

const de = engineCoder('de');

describe('events (de): an act noun fronted into the Vorfeld takes the modal cue of the finite verb after it', () => {
  const cases: readonly Case[] = [
    ['"Neue Sanktionen gegen … kündigte … an"', 'Neue Sanktionen gegen Russland kündigte die EU am Montag an.', 'SANCTION european-union>russia planned'],
    ['the plain order stays planned', 'Die EU kündigte am Montag neue Sanktionen gegen Russland an.', 'SANCTION european-union>russia planned'],
    ['present tense "kündigt … an"', 'Neue Sanktionen gegen Russland kündigt die EU für Montag an.', 'SANCTION european-union>russia planned'],
  ];
  for (const [name, s, want] of cases) it(name, () => assertHas(de(s), want));
  it('negative: a fronted noun with a verb of doing is asserted', () =>
    assertHas(de('Neue Sanktionen gegen Russland verhängte die EU am Montag.'), 'SANCTION european-union>russia asserted'));
  it('negative: a noun deep in the middle field takes no cue from a later clause', () =>
    assertLacks(de('Die EU verhängte am Montag Sanktionen gegen Russland, die sie im Mai angekündigt hatte.'), /^SANCTION european-union>russia planned/u));
});
