import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: a definite agreement noun that an evaluation names ("begrüßte die Einigung", "welcomed the agreement")
 * paragraphs after the one agreement the article reports refers back to it: the addressees are its sides (remote-act.ts).
 * Sentences written for these tests, with negatives. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

const FILLER_DE = [
  'Die Gespräche hatten mehr als drei Jahre gedauert.',
  'Der Streit um die Wasserrechte reicht bis in die Sowjetzeit zurück.',
  'An der Grenze leben rund zwei Millionen Menschen.',
  'Viele Dörfer sind auf das Wasser des Flusses angewiesen.',
  'Im Sommer war es mehrfach zu Engpässen gekommen.',
  'Experten rechnen mit weiteren Dürren.',
].join('\n\n');

const FILLER_EN = [
  'The talks had lasted more than three years.',
  'The dispute over water rights dates back to Soviet times.',
  'Around two million people live along the border.',
  'Many villages depend on the water of the river.',
  'Shortages occurred several times last summer.',
  'Experts expect further droughts.',
].join('\n\n');

describe('events: a definite agreement noun far after the article\'s one agreement', () => {
  it('de: "begrüßte die Einigung" six paragraphs later is addressed to both sides', () => {
    const got = de(`Kasachstan und Usbekistan einigten sich am Montag auf eine gemeinsame Nutzung des Flusses.\n\n${FILLER_DE}\n\nDie Europäische Union begrüßte die Einigung.`);
    assertHas(got, 'SUPPORT european-union>kazakhstan asserted');
    assertHas(got, 'SUPPORT european-union>uzbekistan asserted');
  });
  it('en: "welcomed the agreement" six paragraphs later is addressed to both sides', () => {
    const got = en(`Kazakhstan and Uzbekistan signed an agreement on sharing the river on Monday.\n\n${FILLER_EN}\n\nThe European Union welcomed the agreement.`);
    assertHas(got, 'SUPPORT european-union>kazakhstan asserted');
    assertHas(got, 'SUPPORT european-union>uzbekistan asserted');
  });
  it('negative: an indefinite agreement noun refers to no agreement reported before ("begrüßte eine Einigung")', () =>
    assertLacks(de(`Kasachstan und Usbekistan einigten sich am Montag auf eine gemeinsame Nutzung des Flusses.\n\n${FILLER_DE}\n\nDie Europäische Union würde eine Einigung begrüßen.`), /^SUPPORT european-union>(kazakhstan|uzbekistan)/u));
  it('negative: with agreements between two pairs reported, which one is meant is unclear', () =>
    assertLacks(en(`Kazakhstan and Uzbekistan signed an agreement on sharing the river on Monday.\n\nKyrgyzstan and Tajikistan signed an agreement on their border on Tuesday.\n\n${FILLER_EN}\n\nThe European Union welcomed the agreement.`), /^SUPPORT european-union>[a-z]/u));
});
