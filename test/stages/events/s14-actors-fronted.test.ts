import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 14 (EV-ACT): German, an act noun whose phrase fronts its clause as the object ("Weitere Sanktionen gegen
 * Kenia schloss die EU nicht aus") has the subject that follows the finite verb, as in the plain order ("Die EU schloss
 * weitere Sanktionen gegen Kenia nicht aus"). Sentences written for these tests; whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-03-16', 'de').map((e) => brief(e));
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events (de): a fronted act noun takes the subject after the verb', () => {
  const cases: readonly [string, RegExp][] = [
    ['Weitere Sanktionen gegen Kenia schloss die EU nicht aus.', /^SANCTION european-union>kenya hypothetical/u],
    ['Die EU schloss weitere Sanktionen gegen Kenia nicht aus.', /^SANCTION european-union>kenya hypothetical/u],
    ['Einen Angriff auf Taiwan schloss Peking nicht aus.', /^ASSAULT china>taiwan hypothetical/u],
    ['Peking schloss einen Angriff auf Taiwan nicht aus.', /^ASSAULT china>taiwan hypothetical/u],
    ['Gespräche mit Serbien schloss das Kosovo nicht aus.', /^CONSULT kosovo>serbia/u],
    ['Neue Sanktionen gegen Russland kündigte die EU am Montag an.', /^SANCTION european-union>russia/u],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
  it('negative: a fronted prepositional phrase is no object ("Nach dem Angriff auf Kiew sagte Polen Hilfe zu")', () =>
    assertLacks(de('Nach dem Angriff auf Kiew sagte Polen Hilfe zu.'), /^ASSAULT poland/u));
  it('negative: a verb trigger of its own reads the fronted act ("Die Angriffe auf Kiew verurteilte Polen")', () =>
    assertLacks(de('Die Angriffe auf Kiew verurteilte Polen scharf.'), /^ASSAULT poland/u));
  it('negative: a verb that is no modality cue leaves the fronted act without the subject ("hält die Opposition für nötig")', () =>
    assertLacks(de('Neue Sanktionen gegen Kenia hält die Opposition für nötig.'), /^SANCTION kenya-opposition/u));
  it('negative: a fronted subject with its own verb ("Die Sanktionen gegen Kenia seien ungerecht, sagte die EU")', () =>
    assertLacks(de('Die Sanktionen gegen Kenia seien ungerecht, sagte die EU.'), /^SANCTION european-union/u));
});
