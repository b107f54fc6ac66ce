import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: praise or blame of an act whose noun names its patient in the genitive ("begrüßte die Festnahme
 * Maduros", "condemned the arrest of Yashin") is addressed to whoever did that act to that patient, when the act was
 * reported before (however far back: the patient identifies the act); the patient is not the addressee. A German
 * verb-final clause may close on the finite auxiliary ("begrüßt hatte"). Sentences written for these tests, with
 * negatives.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: an evaluation of an act on a named patient addresses the act\'s doer', () => {
  it('de: "begrüßte die Festnahme Maduros" after the arrest by the USA welcomes the USA\'s act', () => {
    const got = de('US-Spezialkräfte haben den venezolanischen Präsidenten Nicolás Maduro in Caracas festgenommen.\n\nFrankreichs Präsident Emmanuel Macron begrüßte die Festnahme Maduros.');
    assertHas(got, 'SUPPORT emmanuel-macron>usa asserted');
    assertLacks(got, /^SUPPORT emmanuel-macron>nicolas-maduro/u);
  });
  it('de: in a verb-final clause with its auxiliary ("während Macron die Festnahme Maduros begrüßt hatte"), paragraphs later', () =>
    assertHas(de('US-Spezialkräfte haben den venezolanischen Präsidenten Nicolás Maduro in Caracas festgenommen.\n\nDie Regierung in Caracas sprach von einem Verbrechen. Viele Menschen gingen auf die Straße. Die Lage blieb angespannt.\n\nDie Ölpreise stiegen. Experten erwarten weitere Unruhen.\n\nWährend Präsident Emmanuel Macron die Festnahme Maduros zuvor noch begrüßt hatte, warnte der Minister vor Chaos.'), 'SUPPORT emmanuel-macron>usa asserted'));
  it('de: "verurteilte die Festnahme Jaschins" after the arrest by the Russian police blames Russia', () =>
    assertHas(de('Die russische Polizei nahm den Oppositionspolitiker Ilja Jaschin in Moskau fest. Die EU verurteilte die Festnahme Jaschins scharf.'), 'ACCUSE european-union>russia asserted'));
  it('en: "condemned the arrest of Yashin" blames the arresting state', () =>
    assertHas(en('Russian police arrested opposition politician Ilya Yashin in Moscow on Monday. The EU condemned the arrest of Yashin.'), 'ACCUSE european-union>russia asserted'));
  it('en: another act of the same kind on someone else is not the judged one', () => {
    const got = en('Russian police arrested opposition politician Ilya Yashin in Moscow on Monday.\n\nChina\'s coast guard seized a Philippine fishing boat near Scarborough Shoal.\n\nThe UN condemned the arrest of Yashin.');
    assertHas(got, 'ACCUSE united-nations>russia asserted');
    assertLacks(got, /^ACCUSE united-nations>china/u);
  });
  it('negative: with the act not reported before, the genitive stays the target ("condemned the arrest of Yashin" alone)', () =>
    assertHas(en('The EU condemned the arrest of opposition politician Ilya Yashin.'), 'ACCUSE european-union>ilya-yashin asserted'));
  it('negative: an actor that is the object itself, not an act noun\'s genitive, stays the target ("kritisierte Russland")', () =>
    assertHas(de('Die russische Polizei nahm den Oppositionspolitiker Ilja Jaschin in Moskau fest. Die EU kritisierte Russland scharf.'), 'ACCUSE european-union>russia asserted'));
});
