import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 22 (EV3): an act noun that an actor adjective opens is that actor's act, not the act of the clause's
 * subject. English bare plurals after a verdict ("condemned Russian attacks on Ukraine") are the verdict's object
 * (select.ts `governed`), and after a preposition or a verb trigger the adjective names the doer (actors.ts
 * `attributePosition`). Sentences written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: a condemned act noun is no act of the condemning subject', () => {
  it('(en) "condemned Russian attacks on Ukraine": the adjective is the addressee, no assault by the critic', () => {
    const got = en('France condemned Russian attacks on Ukraine.');
    assertHas(got, 'ACCUSE france>russia asserted');
    assertLacks(got, /^ASSAULT france>/);
  });
  it('(en) with a lower-case adjective before the actor adjective', () => {
    const got = en('Spain denounced repeated Israeli raids in the West Bank.');
    assertHas(got, 'ACCUSE spain>israel asserted');
    assertLacks(got, /^(ASSAULT|COERCE) spain>/);
  });
  it('(en) "condemned new Russian strikes": no strike by the critic', () => assertLacks(en('Poland condemned new Russian strikes on Lviv.'), /^ASSAULT poland>/));
  it('(de) "verurteilte die russischen Angriffe": no attack by the critic', () => {
    const got = de('Frankreich verurteilte die russischen Angriffe auf die Ukraine.');
    assertHas(got, 'ACCUSE france>russia asserted');
    assertLacks(got, /^ASSAULT france>/);
  });
  it('(de) "kritisierte die Angriffe Russlands": the genitive is the addressee', () => {
    const got = de('Deutschland kritisierte die Angriffe Russlands auf die Ukraine.');
    assertHas(got, 'ACCUSE germany>russia asserted');
    assertLacks(got, /^ASSAULT germany>/);
  });
  it('negative (en): an act noun that names no doer gets none from the critic', () => assertLacks(en('Poland condemned attacks on Ukraine.'), /^ASSAULT poland>/));
  it('negative (de): an act noun that names no doer gets none from the critic', () => assertLacks(de('Polen verurteilte die Angriffe auf die Ukraine.'), /^ASSAULT polen>|^ASSAULT poland>/));
});

describe('events (en): an actor adjective after a preposition names the doer of the act noun', () => {
  it('"killed in Russian attacks on Kyiv"', () => {
    const got = en('Ten people were killed in Russian attacks on Kyiv.');
    assertHas(got, 'ASSAULT russia>ukraine asserted');
    assertLacks(got, /^ASSAULT unnamed/);
  });
  it('negative: a demonym subject of a verb stays its doer', () => {
    assertHas(en('Yesterday Russians attacked Kyiv.'), 'ASSAULT russia>ukraine asserted');
    assertHas(en('Russian troops attacked Ukraine.'), 'ASSAULT russia>ukraine asserted');
  });
  it('negative: a clause subject that does the act itself stays its doer', () => assertHas(en('Russia attacked Ukrainian positions near Kharkiv.'), 'ASSAULT russia>ukraine asserted'));
});

describe('events (de): a verdict at the end of its clause has its object act before it', () => {
  it('"hat die Angriffe auf die Ukraine verurteilt" is kept without an addressee, as the verb-second form is', () => {
    const got = de('Frankreich hat die Angriffe auf die Ukraine verurteilt.');
    assertHas(got, 'ACCUSE france>- asserted');
    assertLacks(got, /^ASSAULT france>/);
  });
  it('negative: an actor object of the verdict stays its addressee', () => assertHas(de('Frankreich hat Russland scharf kritisiert.'), 'ACCUSE france>russia asserted'));
});
