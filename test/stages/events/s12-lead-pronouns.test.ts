import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 12 (lead): a German pronoun that can only be a subject ("er", "wir") right after the finite verb is the
 * subject, and the phrase fronted before the verb is the object ("Israel warf er vor", "Den Vorschlag Spaniens lehnte
 * er ab"). Sentences written for these tests; whole-engine runs, with the person introduced in the sentence before.
 */
const de = (s: string): string[] =>
  engineEvents(`Titel\nDer marokkanische Außenminister Nasser Bourita reiste am Montag nach Madrid.\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): a subject-only pronoun after the verb, an object before it', () => {
  it('"Algerien warf er vor, …" (accusation)', () =>
    assertHas(de('Algerien warf er vor, die Grenze geschlossen zu haben.'), 'ACCUSE nasser-bourita>algeria asserted'));
  it('"Den Vorschlag Spaniens lehnte er ab" (rejection)', () =>
    assertHas(de('Den Vorschlag Spaniens lehnte er ab.'), 'REJECT nasser-bourita>spain asserted'));
  it('an adverbial before the verb: "Am Dienstag kritisierte er Frankreich"', () =>
    assertHas(de('Am Dienstag kritisierte er Frankreich scharf.'), 'ACCUSE nasser-bourita>france asserted'));
  it('negative: an ambiguous "sie" after the verb does not make the fronted state the object', () =>
    assertLacks(de('Algerien kritisierte sie am Dienstag nicht.'), /^ACCUSE nasser-bourita>algeria/u));
});
