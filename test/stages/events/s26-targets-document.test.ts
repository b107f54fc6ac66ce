import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: praise, blame or rejection of a document named by a definite noun ("kritisierte die Resolution",
 * "rejected the report") is addressed to the body that adopted or issued that document in the sentences before
 * (documents.ts `documentObject`, `adoptingBody`). Sentences written for these tests, with negatives.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: an evaluation of a document addresses the body that adopted or issued it', () => {
  it('de: "verabschiedete eine Resolution … Russland kritisierte die Resolution"', () =>
    assertHas(de('Der UN-Sicherheitsrat verabschiedete am Donnerstag eine Resolution zu Darfur. Russland kritisierte die Resolution als einseitig.'), 'ACCUSE russia>un-security-council asserted'));
  it('de: "legte einen Bericht vor … Ungarn wies den Bericht zurück"', () =>
    assertHas(de('Die EU-Kommission legte einen Bericht zur Migration vor. Ungarn wies den Bericht zurück.'), 'REJECT hungary>european-commission asserted'));
  it('en: "adopted a resolution … Russia criticized the resolution"', () =>
    assertHas(en('The UN Security Council adopted a resolution on Darfur on Thursday. Russia criticized the resolution as one-sided.'), 'ACCUSE russia>un-security-council asserted'));
  it('en: "presented a report … Hungary rejected the report"', () =>
    assertHas(en('The European Commission presented a report on migration. Hungary rejected the report.'), 'REJECT hungary>european-commission asserted'));
  it('negative: another kind of document than the one adopted is not it ("adopted a resolution … rejected the report")', () =>
    assertLacks(en('The UN Security Council adopted a resolution on Darfur on Thursday. Russia rejected the report.'), /^REJECT russia>un-security-council/u));
  it('negative: the issuer does not address itself ("The Commission presented a report … The Commission defended the report")', () =>
    assertLacks(en('The European Commission presented a report on migration. The European Commission defended the report.'), /^SUPPORT european-commission>european-commission/u));
  it('negative: with no adoption reported before, the document names no addressee ("Russland kritisierte die Resolution")', () =>
    assertLacks(de('Russland kritisierte die Resolution als einseitig.'), /^ACCUSE russia>[a-z]/u));
});
