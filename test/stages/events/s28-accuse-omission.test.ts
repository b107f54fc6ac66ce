import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A reproach of omission in reported speech ("had made the offer without consulting Nuuk", "habe die Grenze ohne
 * Vorwarnung geschlossen") is the speaker's ACCUSE against whoever acted (`en.accuse.said-without-consulting`,
 * `de.accuse.ohne-absprache`), not a negated consultation of the doer. Outside reported speech the phrase codes no
 * accusation.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: acting "without consulting" is a reproach of the speaker (s28)', () => {
  it('English: "saying Washington had made the offer without consulting Nuuk"', () => {
    const got = events('Airbase\n\nNUUK (Reuters) - Greenland\'s government has rejected a US proposal to reopen an airbase, saying Washington had made the offer without consulting Nuuk or Copenhagen.\n', 'en');
    assertHas(got, 'ACCUSE greenland>usa asserted');
    assertLacks(got, /^CONSULT usa/);
  });
  it('English: "acted without warning", indirect speech', () => {
    const got = events('Border\n\nPoland\'s interior minister Marcin Kierwiński said Belarus had acted without warning.\n', 'en');
    assertHas(got, 'ACCUSE marcin-kierwinski>belarus asserted');
  });
  it('German: "ohne Vorwarnung", "ohne die Nachbarn zu konsultieren"', () => {
    const got = events('Grenze\n\nSerbien habe die Grenze ohne Vorwarnung geschlossen, sagte der kosovarische Regierungschef Albin Kurti.\n\nUngarn habe den Zaun gebaut, ohne die Nachbarländer zu konsultieren, sagte der kroatische Außenminister Gordan Grlić Radman.\n', 'de');
    assertHas(got, 'ACCUSE albin-kurti>serbia asserted');
    assertHas(got, 'ACCUSE gordan-grlic-radman>hungary asserted');
  });
});

describe('events: "without consulting" negatives (s28)', () => {
  it('narration without a speaker codes no accusation', () => {
    const en = events('Troops\n\nThe United States moved troops to the island without consulting Denmark.\n', 'en');
    assertLacks(en, /^ACCUSE/);
    const de = events('Gesetz\n\nDie Regierung Ungarns beschloss das Gesetz, ohne die Opposition zu konsultieren.\n', 'de');
    assertLacks(de, /^ACCUSE/);
  });
});
