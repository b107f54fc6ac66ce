import { describe, it } from 'node:test';
import { assertHas, engineCoder } from './helpers.js';

/**
 * Session 21: a rejection of "the accusations" that the act noun links to an earlier criticism by a person is rejected
 * to that person's state, the development gold's convention for rejected accusations (answers.ts `answeredCharges`
 * gives the same within two sentences); a person whose state is not known stays the addressee. Sentences written for
 * these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

const DE_BETWEEN = 'Die Übung soll zwei Wochen dauern. Rund 8.000 Soldaten sind beteiligt. Das Wetter an der Küste war stürmisch.';
const EN_BETWEEN = 'The exercise is to last two weeks. Some 8,000 soldiers are taking part. The weather on the coast was stormy.';

describe('events: a rejected accusation goes to the accuser\'s state', () => {
  it('(de)', () => assertHas(de(`Der litauische Außenminister Kęstutis Budrys verurteilte das russische Manöver scharf. ${DE_BETWEEN} Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück.`), 'REJECT dmitry-peskov>lithuania asserted'));
  it('(en)', () => assertHas(en(`Lithuanian Foreign Minister Kestutis Budrys sharply condemned the Russian exercise. ${EN_BETWEEN} Kremlin spokesman Dmitry Peskov rejected the accusations.`), 'REJECT dmitry-peskov>lithuania asserted'));
});

describe('events: negatives — an accuser whose state is not known stays the addressee', () => {
  it('(de)', () => assertHas(de(`Der Publizist Jonas Weller verurteilte das russische Manöver scharf. ${DE_BETWEEN} Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück.`), 'REJECT dmitry-peskov>jonas-weller asserted'));
});
