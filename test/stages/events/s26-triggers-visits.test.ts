import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: a visit announced by the visitor's expected arrival ("X wird kommende Woche in Astana erwartet", "X is
 * due in Beirut next week", "X is expected in Kyiv on Monday") is a planned meeting with the state of the place.
 * Sentences written for these tests, with negatives (weather, verdicts, forecasts: no actor). Whole-engine runs.
 */
const run = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-11-20', lang).map(brief);

describe('events: an expected arrival is a planned visit', () => {
  it('de: "Der französische Außenminister Jean-Noël Barrot wird am Montag in Kiew erwartet"', () =>
    assertHas(run('Besuch\n\nDer französische Außenminister Jean-Noël Barrot wird am Montag in Kiew erwartet.\n', 'de'), 'CONSULT jean-noel-barrot>ukraine planned'));
  it('de: "Die Kommissarin wird kommende Woche in Astana erwartet, wo sie …"', () =>
    assertHas(run('Energie\n\nEU-Kommissarin Kadri Simson wird kommende Woche in Astana erwartet, wo sie über Investitionen sprechen soll.\n', 'de'), 'CONSULT kadri-simson>kazakhstan planned'));
  it('en: "U.S. envoy Tom Barrack is due in Beirut next week"', () =>
    assertHas(run('Envoy\n\nU.S. envoy Tom Barrack is due in Beirut next week, the U.S. Embassy said.\n', 'en'), 'CONSULT tom-barrack>lebanon planned'));
  it('en: "Foreign Minister Jean-Noel Barrot is expected in Kyiv on Monday"', () =>
    assertHas(run('Visit\n\nFrench Foreign Minister Jean-Noel Barrot is expected in Kyiv on Monday.\n', 'en'), 'CONSULT jean-noel-barrot>ukraine planned'));
  it('negative (de): weather and a verdict expected in a place are no visit', () => {
    const got = run('Wetter und Justiz\n\nStarker Regen wird am Montag in Berlin erwartet.\n\nDas Urteil wird im Juni in Karlsruhe erwartet.\n', 'de');
    assertLacks(got, /^CONSULT /u);
  });
  it('negative (en): rain, a verdict and a forecast are no visit', () => {
    const got = run('Outlook\n\nHeavy rain is expected in Beirut next week.\n\nThe verdict is due in Paris next week.\n\nPrices are expected to rise in Germany.\n', 'en');
    assertLacks(got, /^CONSULT /u);
  });
  it('negative: an actor expected with no place of arrival is no visit ("in diesem Jahr", "due in May"; needsTarget)', () => {
    assertLacks(run('Wirtschaft\n\nRussland wird in diesem Jahr ein Wachstum erwartet.\n', 'de'), /^CONSULT /u);
    assertLacks(run('Debt\n\nRussia\'s first payment is due in May.\n', 'en'), /^CONSULT /u);
  });
});
