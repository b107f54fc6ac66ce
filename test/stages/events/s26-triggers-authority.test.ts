import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 26: an arrest or detention that names no doer but counts the people held ("Police have detained 42 people",
 * "38 people were arrested") is the act of the state the article's dateline names ("TBILISI, Georgia (AP) —").
 * Sentences written for these tests, with negatives. Whole-engine runs.
 */
const run = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-11-20', lang).map(brief);
const dateline = (body: string): string =>
  `Georgia votes again\n\nTBILISI, Georgia (AP) — Georgians voted on Sunday in a tense parliamentary election.\n\n${body}\n`;

describe('events: the dateline state as the doer of a counted arrest', () => {
  it('en: "Police have detained 42 people …, the Interior Ministry said"', () =>
    assertHas(run(dateline('Police have detained 42 people on suspicion of vote buying, the Interior Ministry said on Tuesday.'), 'en'), 'COERCE georgia>- asserted'));
  it('en: "The Interior Ministry said 38 people were arrested when …": the reporting ministry is no patient', () => {
    const got = run(dateline('The Interior Ministry said 38 people were arrested when officers removed barricades near Gori early Tuesday.'), 'en');
    assertHas(got, 'COERCE georgia>- asserted');
    assertLacks(got, /^COERCE georgia>interior/u);
  });
  it('negative: a boat boarded, reported under a dateline, is not the dateline state\'s act', () =>
    assertLacks(run('Fishermen held at sea\n\nHANOI, Vietnam (AP) — A fishing boat from central Vietnam was held near the Paracel Islands.\n\nThe boat was boarded on Wednesday about 30 nautical miles from the islands, a ministry spokeswoman said.\n', 'en'), /^COERCE vietnam/u));
  it('negative: a counted arrest without organ, place or dateline names no doer', () =>
    assertLacks(run('Unrest\n\nForty people were arrested after the match on Saturday, the club said.\n', 'en'), /^COERCE /u));
  it('negative (de): without a dateline a counted arrest keeps no doer', () =>
    assertLacks(run('Unruhen nach dem Spiel\n\nNach dem Spiel wurden 40 Menschen festgenommen, teilte der Verein mit.\n', 'de'), /^COERCE /u));
});
