import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21 (E2): the hostile act a person charges another side with, when its content clause names no target, has
 * none: the accuser, a person speaking for a state, is not its victim (code.ts, accused acts). A state accuser still
 * is ("Guyana accused Venezuela of massing troops"). Sentences written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: an act a person charges another side with does not target the person', () => {
  it('(en) a minister accuses an army of attacking civilians', () => {
    const got = en('Rwanda\'s foreign minister Olivier Nduhungirehe accused the Congolese army of attacking civilians.');
    assertHas(got, 'ASSAULT dr-congo>- hypothetical');
    assertLacks(got, /^ASSAULT dr-congo>olivier-nduhungirehe/u);
  });
  it('(de) ein Minister wirft einer Armee vor, Zivilisten anzugreifen', () => {
    const got = de('Ruandas Außenminister Olivier Nduhungirehe warf der kongolesischen Armee vor, Zivilisten anzugreifen.');
    assertHas(got, 'ASSAULT dr-congo>- hypothetical');
    assertLacks(got, /^ASSAULT dr-congo>olivier-nduhungirehe/u);
  });
});

describe('events: negatives — a state accuser is still the victim of the charged act', () => {
  it('(en) a state accuses another of massing troops', () =>
    assertHas(en('Guyana accused Venezuela of attacking on Monday.'), 'ASSAULT venezuela>guyana hypothetical'));
});
