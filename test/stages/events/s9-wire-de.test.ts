import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 9 probe wire (Caucasus, Gulf, Central Asia, Sahel, South Asia): structures found on self-written
 * dpa-style articles, each with negatives. Whole-engine runs, so the entity layer's mentions are the real ones.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): a title after its article and adjectives, right before a name, is in apposition to the name', () => {
  it('"traf in Ankara den saudischen Kronprinzen Mohammed bin Salman" (a place phrase before the object)', () => {
    const got = de('Erdogan traf in Ankara den saudischen Kronprinzen Mohammed bin Salman.');
    assertHas(got, 'CONSULT recep-tayyip-erdogan>mohammed-bin-salman asserted');
  });
  it('"traf in Baku den armenischen Kronprinzen …" (another pair, another title)', () =>
    assertHas(de('Aliyev traf in Baku den armenischen Kronprinzen Nikol Paschinjan.'), 'CONSULT ilham-aliyev>nikol-pashinyan asserted'));
  it('"traf am Montag in Riad den Kronprinzen …" (no adjective, as before)', () =>
    assertHas(de('Erdogan traf am Montag in Riad den Kronprinzen Mohammed bin Salman.'), 'CONSULT recep-tayyip-erdogan>mohammed-bin-salman asserted'));
  it('negative: the seat named in the place phrase is not whom he met', () =>
    assertLacks(de('Erdogan traf in Riad den saudischen Kronprinzen Mohammed bin Salman.'), /^CONSULT \S+>saudi-arabia/u));
});
