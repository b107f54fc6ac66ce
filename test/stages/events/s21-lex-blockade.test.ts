import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21 (EV-LEX): German road blockades. "blockiert" alone is a veto (REJECT), and the protest entry knew only
 * "blockierten … Straßen" (plural objects, verb first), so "hatten … die Zufahrt zum Flughafen blockiert" was read as a
 * refusal. Now the road words in both orders are a crowd's PROTEST, and (entry field `byBodies`) a state's blockade of a
 * road is COERCE, as a state blocking a port or ship was already. Sentences written for these tests.
 */
const de = engineCoder('de', '2026-03-12');

/** Asserts an event starting with `want` (type, source and what follows). */
function has(got: readonly string[], want: string): void {
  assert.ok(got.some((e) => e.startsWith(want)), `want ${want}…; got: ${got.join(', ') || '-'}`);
}

describe('events: a crowd blocking roads protests', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Demonstranten hatten die Zufahrt zum Flughafen stundenlang blockiert.', 'PROTEST '],
    ['Tausende Studenten blockierten am Montag die Autobahn in Belgrad.', 'PROTEST '],
    ['Anhänger der Opposition hatten am Sonntag die Kreuzungen im Zentrum von Tiflis blockiert.', 'PROTEST '],
  ];
  for (const [s, want] of cases) {
    it(s, () => {
      const got = de(s);
      has(got, want);
      assertLacks(got, /^REJECT/u);
    });
  }
});

describe('events: a state blocking a road or port coerces', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['Russland blockierte die Straße nach Cherson.', 'COERCE russia>'],
    ['Die Türkei hat die Brücke über den Fluss blockiert.', 'COERCE turkey>'],
    ['Russland blockierte die Zufahrt zum Hafen von Odessa.', 'COERCE russia>'],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
});

describe('events: blockades that are none', () => {
  it('a lorry blocking the road is no act', () => assertLacks(de('Ein Lastwagen hatte die Straße blockiert.'), /^(PROTEST|COERCE)/u));
  it('a state blocking a statement still refuses', () => has(de('Ungarn hat die Erklärung der EU blockiert.'), 'REJECT hungary>'));
  it('a state protesting in words still accuses', () => has(de('Der Irak protestierte gegen die Luftangriffe.'), 'ACCUSE iraq>'));
});
