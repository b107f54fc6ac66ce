import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21: a symmetric act (a pact, an agreement, a meeting) of two coordinated subjects whose only target
 * candidate names the subjects again ("their troops", "ihre Positionen") is one act between the two, the first-named
 * the source, not one act of each with no target. Sentences written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: a joint symmetric act whose object names its subjects again is one act between them', () => {
  it('(en) "that allows their troops"', () =>
    assertHas(en('The Philippines and Japan signed an agreement on Tuesday that allows their troops to train together.'), 'AGREE philippines>japan asserted'));
  it('(en) "on each other\'s territory"', () =>
    assertHas(en("The Philippines and Japan signed a reciprocal access agreement on Tuesday that allows their troops to train on each other's territory, officials said."), 'AGREE philippines>japan asserted'));
  it('(de) "ihre Positionen"', () =>
    assertHas(de('Ungarn und die Slowakei vereinbarten am Montag, ihre Positionen enger abzustimmen.'), 'AGREE hungary>slovakia asserted'));
});

describe('events: negatives — a real third party stays the target', () => {
  it('(en) "with Vietnam"', () =>
    assertLacks(en('The Philippines and Japan signed an agreement with Vietnam on Tuesday that allows their troops to train together.'), /^AGREE philippines>japan/u));
  it('(de) "mit Polen"', () =>
    assertLacks(de('Ungarn und die Slowakei unterzeichneten am Montag mit Polen ein Abkommen, das ihren Truppen gemeinsame Übungen erlaubt.'), /^AGREE hungary>slovakia/u));
});
