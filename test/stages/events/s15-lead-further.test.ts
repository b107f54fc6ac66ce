import { describe, it } from 'node:test';
import { assertHas, engineCoder } from './helpers.js';

/**
 * Session 15 (lead): "weitere" (further, more) counts acts, it does not hedge them. It stood among the German
 * hypothetical adjectives beside "mögliche" and "angebliche", so "kündigte weitere Sanktionen an" came out hypothetical
 * where "kündigte neue Sanktionen an" is planned, and any act noun after it was hedged. English "further" never was a
 * hedge. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events (de): "weitere" counts acts, it does not hedge them', () => {
  it('"kündigte weitere Sanktionen an" is planned, as with "neue"', () => {
    assertHas(de('Die EU kündigte am Montag weitere Sanktionen gegen Russland an.'), 'SANCTION european-union>russia planned');
    assertHas(de('Die EU kündigte am Montag neue Sanktionen gegen Russland an.'), 'SANCTION european-union>russia planned');
  });
  it('"verhängte weitere Sanktionen" done is asserted', () =>
    assertHas(de('Die EU verhängte weitere Sanktionen gegen Russland.'), 'SANCTION european-union>russia asserted'));
  it('as English "further" already was', () =>
    assertHas(en('The EU imposed further sanctions on Russia.'), 'SANCTION european-union>russia asserted'));
  it('negative: a real hedge keeps its reading — "diskutiert mögliche Sanktionen" is hypothetical', () =>
    assertHas(de('Die EU diskutiert mögliche Sanktionen gegen Russland.'), 'SANCTION european-union>russia hypothetical'));
});
