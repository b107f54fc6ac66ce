import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 16 (EV-ACT): event actors. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: an order to a bare organ noun under a head of state is the orderer\'s own act, whatever state the entity layer gave the organ', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    // "der Armee" is read as Ukraine by the entity layer (the nearest state); the act's own target is no addressee
    [de, 'Putin befahl der Armee, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Kremlchef Putin befahl der Armee, die Ukraine anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Der russische Präsident Wladimir Putin befahl der Armee, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    // no addressee at all: the object of the infinitive is the act's target
    [de, 'Putin befahl, Kiew anzugreifen.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [de, 'Taiwans Präsident Lai Ching-te wies die Küstenwache an, die Patrouillen bei Kinmen zu verstärken.', /^MOBILIZE lai-ching-te>- asserted/u],
    [en, 'Putin ordered the troops to attack Ukraine.', /^ASSAULT vladimir-putin>ukraine asserted/u],
    [en, 'Trump ordered the military to seize the tanker.', /^COERCE donald-trump>/u],
  ];
  for (const [code, s, want] of cases) {
    it(s, () => {
      const got = code(s);
      has(got, want);
      assertLacks(got, /^REQUEST/u);
    });
  }
  it('negative: an order to a foreign state stays a demand ("The ICJ ordered Venezuela to refrain from …")', () =>
    has(en('The ICJ ordered Venezuela to refrain from attacking Guyana.'), /^REQUEST icj>venezuela asserted/u));
  it('negative: a German order to a foreign state stays a demand ("Der Internationale Gerichtshof wies Russland an, …")', () =>
    has(de('Der Internationale Gerichtshof wies Russland an, die Kinder freizulassen.'), /^REQUEST icj>russia asserted/u));
  it('negative: an organ whose phrase names another state is not the orderer\'s ("der belarussischen Armee")', () =>
    assertLacks(de('Putin befahl der belarussischen Armee, Kiew anzugreifen.'), /^ASSAULT vladimir-putin>/u));
});
