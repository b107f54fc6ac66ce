import { describe, it } from 'node:test';
import { assertHas, assertLacks, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'kosovo', type: 'GPE', forms: ['Kosovo', 'Pristina'] },
  { id: 'serbia', type: 'GPE', forms: ['Serbien', 'Serbia', 'Belgrad', 'Belgrade'] },
  { id: 'vucic', type: 'PER', forms: ['Aleksandar Vučić', 'Vučić'] },
  { id: 'kurti', type: 'PER', forms: ['Albin Kurti', 'Kurti'], roles: [{ role: 'prime-minister', of: 'kosovo', from: null, to: null, source: 'kb' }] },
  { id: 'eu', type: 'ORG', forms: ['EU'] },
];
const de = sentenceCoder('de', ACTORS, { published: '2025-11-27' });
const en = sentenceCoder('en', ACTORS, { published: '2025-11-27' });

describe('events: refusing an act the other side demanded answers whoever demanded it', () => {
  it('de: "Vučić forderte ihre Freilassung … Kurti lehnte eine Freilassung ab"', () => {
    assertHas(de('Vučić forderte von Pristina die Freilassung der Beamten. Kurti lehnte eine Freilassung ab.'), 'REJECT kurti>vucic asserted');
  });
  it('en: "Vučić demanded the release … Kurti rejected a release"', () => {
    assertHas(en('Vučić demanded that Kosovo agree to the release of the officers. Kurti rejected a release.'), 'REJECT kurti>vucic asserted');
  });
  it('negatives: no demand before, or a demand of another act, leaves the refusal without that target', () => {
    assertLacks(de('Kurti lehnte eine Freilassung ab.'), /^REJECT kurti>vucic/);
    assertLacks(de('Vučić forderte von Pristina Gespräche. Kurti lehnte eine Freilassung ab.'), /^REJECT kurti>vucic/);
    // (a demand made of a third party is not the refuser's to answer)
    assertLacks(de('Vučić forderte von der EU die Freilassung der Beamten. Kurti lehnte eine Freilassung ab.'), /^REJECT kurti>vucic/);
  });
});
