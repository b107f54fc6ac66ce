import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 14 (EV-ACT): German, an extended attribute (a prepositional phrase before an attributive participle) between
 * a genitive article and a name ("einen Stützpunkt der mit der Regierung verbündeten Miliz") leaves the name the
 * genitive of the noun before the article: it is the object's owner, not the subject. Sentences written for these tests.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-03-16', 'de').map((e) => brief(e));
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events (de): a name after an extended attribute is a genitive', () => {
  it('verb-final clause: "als Einheiten der Hisbollah einen Stützpunkt der mit der Regierung verbündeten Amal-Bewegung beschossen"', () => {
    const got = de('Die Gefechte begannen, als Einheiten der Hisbollah einen Stützpunkt der mit der Regierung verbündeten Amal-Bewegung beschossen.');
    has(got, /^ASSAULT hezbollah>amal-bewegung/u);
    assertLacks(got, /^ASSAULT amal-bewegung>hezbollah/u);
  });
  it('the same without the attribute', () =>
    has(de('Die Gefechte begannen, als Einheiten der Hisbollah einen Stützpunkt der Amal-Bewegung beschossen.'), /^ASSAULT hezbollah>amal-bewegung/u));
  it('main clause with the subject first: the attribute leaves the roles as they were', () => {
    const got = de('Die Hisbollah griff am Montag einen Stützpunkt der in Beirut stationierten Amal-Bewegung an.');
    has(got, /^ASSAULT hezbollah>amal-bewegung/u);
    assertLacks(got, /^ASSAULT amal-bewegung>/u);
  });
});
