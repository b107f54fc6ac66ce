import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 20 (lead): two German MOBILIZE forms the README's example article showed missing — exercises "abzuhalten"
 * (the zu-infinitive of a separable verb, which the exercise entry lacked) and troops reinforced with the object before
 * the verb ("seine Truppen an der Grenze verstärken", Konjunktiv and perfect). Sentences written for these tests.
 */
const de = engineCoder('de', '2026-03-12');

/** Asserts an event starting with `want` (type, source and what follows). */
function has(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

describe('events: exercises announced with a zu-infinitive are MOBILIZE', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Die NATO kündigte an, Ende März eigene Übungen in Polen abzuhalten.', 'MOBILIZE nato>- planned'],
    ['Die Bundeswehr plant, im Mai ein Seemanöver in der Ostsee durchzuführen.', 'MOBILIZE '],
    ['Japan will im Herbst gemeinsame Manöver mit Australien veranstalten.', 'MOBILIZE japan>'],
    ['Russland hat das Manöver im Norden veranstaltet.', 'MOBILIZE russia>'],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
  it('a choir rehearsing is no event', () => assertLacks(de('Der Chor plant, im Mai Übungen in der Kirche abzuhalten.'), /^MOBILIZE/u));
  it('an exercise that merely lasts is no new act', () => assertLacks(de('Die Übung soll zwei Wochen dauern.'), /^MOBILIZE/u));
});

describe('events: troops reinforced, object before the verb, are MOBILIZE', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Litauen werde seine Truppen an der Grenze verstärken, kündigte der Minister an.', 'MOBILIZE lithuania>- planned'],
    ['Polen hat seine Truppen an der Grenze verstärkt.', 'MOBILIZE poland>'],
    ['Estland will die Soldaten im Osten aufstocken.', 'MOBILIZE estonia>'],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
  it('a club strengthening its team is no event', () => assertLacks(de('Der Verein will seine Truppe verstärken.'), /^MOBILIZE/u));
  it('more teachers are no mobilisation', () => assertLacks(de('Die Regierung hat die Zahl der Lehrer aufgestockt.'), /^MOBILIZE/u));
});
