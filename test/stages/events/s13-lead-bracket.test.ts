import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 13 (lead): the German verb bracket. A main clause closes with the separable particle of its verb, and the
 * middle field between them has no length limit ("nahm am Samstag in Belgrad nach Angaben des Ministeriums 37
 * Demonstranten fest"), so a verb pattern's particle is also found beyond its gap when it closes the clause; a date in
 * parentheses ("am Samstag (14.3.)") glosses the weekday and breaks no clause. Sentences written for these tests;
 * whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-03-16', 'de').map((e) => `${brief(e)} ${e.date ?? '-'}`);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-03-16', 'en').map((e) => `${brief(e)} ${e.date ?? '-'}`);
/** Asserts that some event (brief form and date) matches `want`. */
const assertHas = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events (de): a separable particle that closes a long middle field', () => {
  it('"nahm … fest" after a time, a place and a source phrase', () =>
    assertHas(de('Die Polizei nahm am Samstag in Belgrad nach Angaben des Innenministeriums 37 Demonstranten fest.'), /^COERCE serbia>/u));
  it('"wies … zurück" after a long middle field', () =>
    assertHas(de('Serbien wies am Montag nach einer mehrstündigen Sitzung des Kabinetts in Belgrad die Forderungen der Europäischen Union erneut zurück.'), /^REJECT serbia>/u));
  it('negative: the particle must close the clause (a preposition further on is no particle)', () =>
    assertLacks(de('Die Polizei nahm am Samstag in Belgrad nach Angaben des Innenministeriums an den Gesprächen mit den Studenten fest entschlossen teil.'), /^COERCE/u));
  it('negative: the particle of another clause does not close this one', () =>
    assertLacks(de('Die Polizei nahm am Samstag in Belgrad nach Angaben des Innenministeriums an einer Übung teil, die Armee hielt an ihren Plänen fest.'), /^COERCE/u));
});

describe('events: a date in parentheses glosses the weekday and breaks no clause', () => {
  it('de: "nahm am Samstag (14.3.) in Belgrad 37 Demonstranten fest"', () =>
    assertHas(de('Die Polizei nahm am Samstag (14.3.) in Belgrad 37 Demonstranten fest.'), /^COERCE serbia>/u));
  it('de: "hat am Dienstag (10.3.) zwei Diplomaten ausgewiesen" keeps its date', () =>
    assertHas(de('Russland hat am Dienstag (10.3.) zwei polnische Diplomaten ausgewiesen.'), /^SANCTION russia>poland asserted 2026-03-10/u));
  it('en: "detained … on Saturday (March 14)"', () =>
    assertHas(en('Police in Belgrade on Saturday (March 14) detained 37 protesters.'), /^COERCE serbia>/u));
});
