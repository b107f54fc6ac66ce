import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 19 (EV-TGT): event actors, from misses in the development material. Sentences written for these tests;
 * whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: defending or praising one\'s own act is no SUPPORT (PLOVER SUPPORT backs another actor)', () => {
  const own: [string, (s: string) => string[], string][] = [
    ['en', en, 'Israel defended its strike on the Iranian consulate.'],
    ['en', en, 'Russia defended its invasion of Ukraine.'],
    ['en', en, 'Russian forces attacked Kyiv on Monday. The Kremlin defended the attack.'],
    ['de', de, 'Israel verteidigte seinen Angriff auf das Konsulat.'],
    ['de', de, 'Russland verteidigte seinen Angriff auf die Ukraine.'],
    ['de', de, 'Russland griff am Montag Kiew an. Der Kreml verteidigte den Angriff.'],
  ];
  for (const [lang, code, s] of own) it(`(${lang}) "${s}" has no SUPPORT`, () => assertLacks(code(s), /^SUPPORT/u));
  const other: [string, (s: string) => string[], string, RegExp][] = [
    ['en', en, 'Macron defended Israel\'s strike on the Iranian consulate.', /^SUPPORT emmanuel-macron>israel/u],
    ['en', en, 'Russian forces attacked Kyiv on Monday. Hungary defended the attack.', /^SUPPORT hungary>russia/u],
    ['de', de, 'Macron verteidigte den Angriff Israels auf das Konsulat.', /^SUPPORT emmanuel-macron>israel/u],
    ['de', de, 'Russland griff am Montag Kiew an. Ungarn verteidigte den Angriff.', /^SUPPORT hungary>russia/u],
  ];
  for (const [lang, code, s, want] of other) it(`negative (${lang}): another's act stays SUPPORT — "${s}"`, () => has(code(s), want));
});
