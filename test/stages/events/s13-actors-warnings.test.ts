import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 13 (EV-ACT): the addressee of a German warning of the source's own response (ownAct entries). The source's
 * own side, named again as the doer of the announced act, is no addressee; the other actor of that act is. Sentences
 * written for these tests; whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): a warning of one\'s own response is addressed to the other actor of the announced act', () => {
  const cases: readonly [string, string, string][] = [
    ['the own army named again: "Kenia warnte, seine Armee werde jeden Angriff Ugandas abwehren"',
      'Kenia warnte, seine Armee werde jeden Angriff Ugandas abwehren.', 'THREATEN kenya>uganda asserted'],
    ['a person\'s own state: "Netanjahu warnte, sein Land werde eine iranische Atombombe verhindern"',
      'Netanjahu warnte, sein Land werde eine iranische Atombombe mit allen Mitteln verhindern.', 'THREATEN benjamin-netanyahu>iran asserted'],
    ['an addressee of its own stays: "Polen warnte Belarus, man werde entschlossen reagieren"',
      'Polen warnte Belarus, man werde entschlossen reagieren.', 'THREATEN poland>belarus asserted'],
  ];
  for (const [name, sentence, want] of cases) it(name, () => assertHas(de(sentence), want));
  it('negative: the own side is never the addressee ("Kenia warnte, seine Armee werde entschlossen reagieren")', () =>
    assertLacks(de('Kenia warnte, seine Armee werde entschlossen reagieren.'), /^THREATEN kenya>kenya/u));
  it('negative: no other actor, no addressee', () =>
    assertHas(de('Kenia warnte, seine Armee werde entschlossen reagieren.'), 'THREATEN kenya>- asserted'));
});
