import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 23: a proposed or invited meeting is the meeting offered (CONSULT, hypothetical for a proposal, planned for an
 * invitation), as the development gold codes "offered to host talks" and "lud … zu Gesprächen ein"; and a co-agent
 * ("gemeinsam mit Mali", "along with Burkina Faso") acts with the subject instead of being the act's target. Sentences
 * written for these tests; each family with a negative. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events (de): "schlug ein Treffen vor" offers a meeting', () => {
  it('"schlug Russland neue Gespräche vor" is CONSULT, hypothetical', () =>
    assertHas(de('Frankreich schlug Russland neue Gespräche vor.'), 'CONSULT france>russia hypothetical'));
  it('a proposal with the verb-final participle ("hat … ein Gipfeltreffen vorgeschlagen")', () =>
    assertHas(de('Polen hat Litauen ein Gipfeltreffen in Warschau vorgeschlagen.'), 'CONSULT poland>lithuania hypothetical'));
  it('negative: proposing a plan is no meeting', () =>
    assertLacks(de('Frankreich schlug einen neuen Haushaltsplan vor.'), /^CONSULT/u));
});

describe('events (en): an invitation to talks and a proposal of talks are the meeting offered', () => {
  it('"invited Peru for talks" is CONSULT, planned', () =>
    assertHas(en('Chile invited Peru for talks on the maritime border.'), 'CONSULT chile>peru planned'));
  it('"proposed talks between Ethiopia and Somalia" offers talks to both sides', () => {
    const got = en('Kenyan President William Ruto proposed talks between Ethiopia and Somalia.');
    assertHas(got, 'CONSULT william-ruto>ethiopia hypothetical');
    assertHas(got, 'CONSULT william-ruto>somalia hypothetical');
  });
  it('"offered to host a joint committee" is an offered meeting', () =>
    assertHas(en('Turkey offered to host a joint technical committee with Iraq in Ankara.'), 'CONSULT turkey>iraq hypothetical'));
  it('negative: an invitation to join a programme is no meeting', () =>
    assertLacks(en('Poland invited Ukraine to join the programme.'), /^CONSULT/u));
  it('negative: proposing a ceasefire stays an agreement offered, no meeting', () =>
    assertLacks(en('Qatar proposed a ceasefire.'), /^CONSULT/u));
});

describe('events: a co-agent ("gemeinsam mit", "along with") acts with the subject, it is no target', () => {
  it('de: "gemeinsam mit Uganda und Tansania aus der Afrikanischen Union ausgetreten": three leavers, one target', () => {
    const got = de('Kenia war im Januar gemeinsam mit Uganda und Tansania aus der Afrikanischen Union ausgetreten.');
    assertHas(got, 'SANCTION kenya>african-union asserted');
    assertHas(got, 'SANCTION uganda>african-union asserted');
    assertHas(got, 'SANCTION tanzania>african-union asserted');
    assertLacks(got, /^SANCTION kenya>(uganda|tanzania)/u);
  });
  it('de: "verhängte gemeinsam mit Deutschland Sanktionen gegen Russland"', () => {
    const got = de('Frankreich verhängte gemeinsam mit Deutschland Sanktionen gegen Russland.');
    assertHas(got, 'SANCTION france>russia asserted');
    assertHas(got, 'SANCTION germany>russia asserted');
  });
  it('en: "withdrew from ECOWAS along with Burkina Faso"', () => {
    const got = en('Mali withdrew from ECOWAS along with Burkina Faso.');
    assertHas(got, 'SANCTION burkina-faso>ecowas asserted');
    assertLacks(got, /^SANCTION mali>burkina-faso/u);
  });
  it('negative (de): a symmetric act keeps its partner ("unterzeichnete gemeinsam mit Uganda ein Abkommen")', () =>
    assertHas(de('Kenia unterzeichnete gemeinsam mit Uganda ein Abkommen.'), 'AGREE kenya>uganda asserted'));
  it('negative (de): a plain "mit" is the partner of a meeting', () =>
    assertHas(de('Kenia traf sich am Montag mit Uganda.'), 'CONSULT kenya>uganda asserted'));
});
