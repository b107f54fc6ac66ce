import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 25: an object pronoun ("ihn", "ihm", "him", "them") after a second predicate of its clause's subject
 * ("telefonierte mit Putin und bat ihn, …", "met Museveni and urged him to …") is never that subject (a personal pronoun
 * is not bound by its own clause's subject); its antecedent may be named in the first predicate. Sentences written for
 * these tests, with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: an object pronoun after a second predicate is not the shared subject', () => {
  it('de: "telefonierte mit Putin und bat ihn, …" asks Putin', () =>
    assertHas(de('Präsident Kassym-Schomart Tokajew telefonierte am Dienstagabend mit Kremlchef Wladimir Putin und bat ihn, sich für eine rasche Lösung einzusetzen.'), 'REQUEST kassym-schomart-tokajew>vladimir-putin asserted'));
  it('en: "met Museveni … and urged him to reopen the border" urges Museveni', () =>
    assertHas(en('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday and urged him to reopen the border.'), 'REQUEST william-ruto>yoweri-museveni asserted'));
  it('de: with nobody named in the first predicate the pronoun reaches back to the sentence before ("empfing die Delegation und dankte ihm")', () =>
    assertHas(de('Kremlchef Wladimir Putin reiste am Montag nach Astana. Präsident Kassym-Schomart Tokajew empfing die Delegation und dankte ihm für den Besuch.'), 'SUPPORT kassym-schomart-tokajew>vladimir-putin asserted'));
  it('negative: a subject pronoun after the coordinator stays the subject ("and then he urged the EU")', () => {
    const got = en('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday and then he urged the European Union to help.');
    assertHas(got, 'REQUEST william-ruto>european-union asserted');
    assertLacks(got, /^REQUEST yoweri-museveni/u);
  });
  it('negative: a coordinated noun phrase opens no second predicate ("mit Putin und dem Premier … sprach er")', () =>
    assertLacks(de('Präsident Kassym-Schomart Tokajew telefonierte mit Kremlchef Wladimir Putin und dem russischen Premier. Danach lobte ihn Kallas.'), /^SUPPORT \S+>vladimir-putin/u));
});
