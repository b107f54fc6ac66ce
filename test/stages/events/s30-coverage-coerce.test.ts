import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Coverage probes for COERCE (session 30, issue 6: "no event in sentence"). Self-written wire sentences in the wordings
 * an agency uses; the PLOVER manual's COERCE modes `censor` (restricting access to information), `seize` (ships, goods)
 * and `arrest` (holding people), and `restrict` (cordoning off areas). Each new wording has a negative in an everyday
 * sense of the same verb.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events: blocking access to information is censorship (COERCE, s30)', () => {
  it('"blockierte den Zugang zu …" as "sperrte den Zugang" was', () => {
    assertHas(de('Die Türkei blockierte den Zugang zu Wikipedia.'), 'COERCE turkey>- asserted');
    assertHas(de('Russland blockierte den Zugang zu Instagram und Facebook.'), 'COERCE russia>instagram asserted');
  });
  it('blocking a decision stays a veto (REJECT), and snow blocking a path is no act', () => {
    const got = de('Ungarn blockierte die Sanktionen gegen Russland.');
    assertHas(got, 'REJECT hungary>- asserted');
    assertLacks(got, /^COERCE/);
    assertLacks(de('Der Schnee sperrte den Zugang zum Gipfel.'), /^COERCE/);
  });
});

describe('events: stopping and holding ships and people (COERCE, s30)', () => {
  it('"stoppte einen Öltanker", "hielt ein Versorgungsschiff an"', () => {
    assertHas(de('Die iranische Marine stoppte einen britischen Öltanker im Golf.'), 'COERCE iran>united-kingdom asserted');
    assertHas(de('Die chinesische Küstenwache hielt ein philippinisches Versorgungsschiff an.'), 'COERCE china>philippines asserted');
  });
  it('"hielt den US-Soldaten … fest" (a person held)', () => {
    assertHas(de('Nordkorea hielt den US-Soldaten Travis King fest.'), 'COERCE north-korea>travis-king asserted');
  });
  it('"hielt an ihrem Kurs fest" (sticking to a line) and a stopped train are no coercion', () => {
    assertLacks(de('Die Regierung in Ankara hielt an ihrem Kurs fest.'), /^COERCE/);
    assertLacks(de('Russland hält an seinen Forderungen fest.'), /^COERCE/);
    assertLacks(de('Der Zug wurde in Hannover gestoppt.'), /^COERCE/);
  });
});

describe('events: sealing off a building (COERCE restrict, s30)', () => {
  it('"sealed off the offices of …"', () => {
    assertHas(en('Israeli forces sealed off the offices of Al Jazeera in Ramallah.'), 'COERCE israel>al-jazeera asserted');
  });
  it('police sealing off a stadium after a match names no political actor', () => {
    assertLacks(en('Police sealed off the stadium after the match.'), /^COERCE/);
  });
});
