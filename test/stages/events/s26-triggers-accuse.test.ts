import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: accusations the lexicon lacked: laying the blame ("gab der Regierung in Pristina die Schuld", "schob
 * Kosovo die Schuld zu"), blame in reported speech ("Kosovo sei schuld an der Eskalation", "sei für die Gewalt
 * verantwortlich", with a harm noun: being responsible for a task is no blame), and a charge of lying ("Serbien habe
 * gelogen", "Serbia had lied"). Sentences written for these tests, with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Serbien und Kosovo\n\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Serbia and Kosovo\n\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: blame and charges of lying', () => {
  it('de: "gab der Regierung in Pristina die Schuld an der Eskalation"', () =>
    assertHas(de('Der serbische Präsident Aleksandar Vučić gab Kosovo die Schuld an der Eskalation.'), 'ACCUSE aleksandar-vucic>kosovo asserted'));
  it('de: "schob Kosovo die Schuld … zu"', () =>
    assertHas(de('Der serbische Präsident Aleksandar Vučić schob Kosovo die Schuld für die Gewalt zu.'), 'ACCUSE aleksandar-vucic>kosovo asserted'));
  it('de: "Kosovo sei für die Gewalt verantwortlich, sagte Vučić"', () =>
    assertHas(de('Kosovo sei für die Gewalt im Norden verantwortlich, sagte der serbische Präsident Aleksandar Vučić.'), 'ACCUSE aleksandar-vucic>kosovo asserted'));
  it('de: "Kosovo sei schuld an der Eskalation, sagte Vučić"', () =>
    assertHas(de('Kosovo sei schuld an der Eskalation, sagte der serbische Präsident Aleksandar Vučić.'), 'ACCUSE aleksandar-vucic>kosovo asserted'));
  it('de: "Kurti sagte, Serbien habe gelogen"', () =>
    assertHas(de('Der kosovarische Regierungschef Albin Kurti sagte, Serbien habe gelogen.'), 'ACCUSE albin-kurti>serbia asserted'));
  it('en: "Kurti said Serbia had lied about the attack"', () => {
    const got = en('Kosovo Prime Minister Albin Kurti said Serbia had lied about the attack.');
    assertHas(got, 'ACCUSE albin-kurti>serbia asserted');
  });
  it('negative (de): responsible for a task is no blame', () =>
    assertLacks(de('Kosovo sei für die Umsetzung des Abkommens verantwortlich, sagte der serbische Präsident Aleksandar Vučić.'), /^ACCUSE /u));
  it('negative (de): giving a hand or a debt is no blame', () =>
    assertLacks(de('Vučić gab Kurti am Rande des Gipfels die Hand. Serbien habe Schulden bei Kosovo, sagte Vučić.'), /^ACCUSE /u));
  it('negative (en): a song, a reclining body and a place that lies are no charge', () =>
    assertLacks(en('The village lies on the border between Serbia and Kosovo. Kurti said the Lied was sung in Serbia.'), /^ACCUSE /u));
});
