import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 25: a name set off by commas after a description of the same actor is its apposition, and a coordination goes
 * on after it: "Der Präsident Zyperns, Nikos Christodoulides, und der Führer der Zyperntürken, Tufan Erhürman, haben sich
 * getroffen" names two who met. Sentences written for these tests, with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Zypern\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Cyprus\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: coordinated subjects, each with an apposed name', () => {
  it('de: "…, Nikos Christodoulides, und …, Tufan Erhürman, haben sich getroffen und vereinbart, …"', () => {
    const got = de('Der Präsident der Republik Zypern, Nikos Christodoulides, und der Führer der türkischen Zyprer, Tufan Erhürman, haben sich am Samstag in Nikosia getroffen und vereinbart, zwei neue Übergänge zu öffnen.');
    assertHas(got, 'CONSULT nikos-christodoulides>tufan-erhurman asserted');
    assertHas(got, 'AGREE nikos-christodoulides>tufan-erhurman asserted');
  });
  it('en: "The president of Cyprus, Nikos Christodoulides, and the Turkish Cypriot leader, Tufan Erhurman, met"', () =>
    assertHas(en('The president of Cyprus, Nikos Christodoulides, and the Turkish Cypriot leader, Tufan Erhurman, met on Saturday in Nicosia.'), 'CONSULT nikos-christodoulides>tufan-erhurman asserted'));
  it('negative: an apposed speaker and the apposed subject of his report are no pair', () => {
    const got = en('The president of Cyprus, Nikos Christodoulides, said the Turkish Cypriot leader, Tufan Erhurman, had met Erdogan.');
    assertLacks(got, /^CONSULT nikos-christodoulides>tufan-erhurman/u);
    assertHas(got, 'CONSULT tufan-erhurman>recep-tayyip-erdogan asserted');
  });
  it('negative (de): an apposition closed by a comma and followed by the verb stays one actor', () =>
    assertLacks(de('Der Präsident der Republik Zypern, Nikos Christodoulides, traf am Samstag den Führer der türkischen Zyprer, Tufan Erhürman.'), /^CONSULT tufan-erhurman>nikos/u));
});
