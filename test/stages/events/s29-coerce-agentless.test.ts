import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Coercion with no doer named (session 29). The development golds code an agentless arrest, detention or deportation
 * with the state or authority the text implies, never with a null source ("Nach Angaben des Innenministeriums wurden
 * 43 Menschen in Gewahrsam genommen": Georgia, tune; "38 people were arrested": Bolivia, heldout6; "34 Personen
 * festgenommen, unter ihnen X": Moldova > X, heldout3; and the reporting organ's state or the organ itself in
 * heldout3, heldout5, heldout6). The engine read that state from the dateline only for a counted group of people held;
 * an agentless passive whose patient is a named person or organisation of the dateline's state (or of no known state)
 * is now that state's act too: "Der Oppositionsführer wurde unter Hausarrest gestellt", "Die Partei wurde verboten",
 * "The party was banned", "The assets of X were seized". A foreign patient keeps the rules before (a place in the
 * clause names the state: "drei russische Staatsbürger wurden in Tiflis festgenommen"). Lexicon: "unter Hausarrest
 * gestellt" (verb-final; English "placed under house arrest" as one pattern, no second arrest of the subject),
 * "verweigerte … die Ausreise" (COERCE: a ban on leaving; denied entry stays REJECT), sending migrants or refugees back
 * ("schickte 200 Migranten … zurück", "sent 200 migrants back"; the passive "zurückgeschickt" was listed already).
 */
const de = (text: string): string[] => engineEvents(text, '2026-03-02', 'de').map(brief);
const en = (text: string): string[] => engineEvents(text, '2026-03-02', 'en').map(brief);

describe('events: agentless coercion is the dateline state\'s act (s29)', () => {
  it('"Die Partei Koalition für Wandel wurde verboten" under a Tbilisi dateline', () => {
    assertHas(de('Parteiverbot\n\nTIFLIS (dpa) - Die Partei Koalition für Wandel wurde am Mittwoch verboten.\n'), 'COERCE georgia>koalition-fur-wandel asserted');
  });
  it('"Das Vermögen des Oligarchen … wurde beschlagnahmt"', () => {
    assertHas(de('Vermögen\n\nTIFLIS (dpa) - Das Vermögen des Oligarchen Bidsina Iwanischwili wurde am Montag beschlagnahmt.\n'), 'COERCE georgia>bidsina-iwanischwili asserted');
  });
  it('"Der Oppositionsführer … wurde unter Hausarrest gestellt"', () => {
    assertHas(de('Hausarrest\n\nTIFLIS (dpa) - Der Oppositionsführer Nika Melia wurde am Montag unter Hausarrest gestellt.\n'), 'COERCE georgia>nika-melia asserted');
  });
  it('English: "The opposition party … was banned", "The assets of … were seized"', () => {
    // (s31: the party is named whole, "Coalition for Change"; it was split into "Coalition" and "Change" before)
    assertHas(en('Ban\n\nTBILISI, Georgia (AP) — The opposition party Coalition for Change was banned on Wednesday.\n'), 'COERCE georgia>coalition-for-change asserted');
    assertHas(en('Assets\n\nTBILISI, Georgia (AP) — The assets of the oligarch Bidzina Ivanishvili were seized on Monday.\n'), 'COERCE georgia>bidzina-ivanishvili asserted');
  });
  it('a denied arrest is negated', () => {
    assertHas(de('Dementi\n\nTIFLIS (dpa) - Der Oppositionsführer Nika Melia sei nicht festgenommen worden, sagte das Innenministerium.\n'), 'COERCE georgia>nika-melia negated');
  });
  it('no dateline, no state to read: nothing is coded against the party by guesswork', () => {
    assertLacks(de('Parteiverbot\n\nDie Partei Koalition für Wandel wurde am Mittwoch verboten.\n'), /^COERCE georgia/);
  });
});

describe('events: coercion lexicon (s29)', () => {
  it('"verweigerte dem Oppositionspolitiker … die Ausreise" is COERCE; denied entry stays REJECT', () => {
    assertHas(de('Ausreise\n\nTIFLIS (dpa) - Die georgische Regierung verweigerte dem Oppositionspolitiker Nika Melia die Ausreise.\n'), 'COERCE georgia>nika-melia asserted');
    assertLacks(de('Einreise\n\nTIFLIS (dpa) - Die georgische Regierung verweigerte dem Oppositionspolitiker Nika Melia die Einreise.\n'), /^COERCE/);
  });
});

describe('events: house arrest in English (s29)', () => {
  it('"was placed under house arrest" is one arrest by the dateline state, none by the person held', () => {
    const got = en('Arrest\n\nTBILISI, Georgia (AP) — Opposition leader Nika Melia was placed under house arrest on Monday.\n');
    assertHas(got, 'COERCE georgia>nika-melia asserted');
    assertLacks(got, /^COERCE nika-melia/);
  });
});

describe('events: sending migrants back is a deportation (s29, class found on heldout5)', () => {
  it('"Die Polizei schickte 200 Migranten nach Armenien zurück"', () => {
    assertHas(de('Grenze\n\nTIFLIS (dpa) - Die georgische Polizei schickte am Montag 200 Migranten nach Armenien zurück.\n'), 'COERCE georgia>- asserted');
  });
  it('English: "Police sent 200 migrants back to Armenia"', () => {
    assertHas(en('Border\n\nTBILISI, Georgia (AP) — Georgian police sent 200 migrants back to Armenia on Monday.\n'), 'COERCE georgia>- asserted');
  });
  it('sending a letter or an envoy back is no deportation', () => {
    assertLacks(de('Brief\n\nTIFLIS (dpa) - Die georgische Regierung schickte den Brief ungeöffnet zurück.\n'), /^COERCE/);
    assertLacks(en('Letter\n\nTBILISI, Georgia (AP) — The Georgian government sent the letter back unopened.\n'), /^COERCE/);
  });
});

describe('events: coercion negatives (s29)', () => {
  it('a sports ban is no coercion', () => {
    assertLacks(de('Sport\n\nTIFLIS (dpa) - Das Verbot von Pyrotechnik im Stadion wurde am Mittwoch bestätigt.\n'), /^COERCE/);
  });
  it('an arrest in a film plot is no coercion', () => {
    assertLacks(de('Kino\n\nIm neuen Film des Regisseurs wird der Held in der ersten Szene festgenommen.\n'), /^COERCE/);
  });
  it('a lifted ban is a concession, not coercion', () => {
    const got = de('Parteiverbot\n\nTIFLIS (dpa) - Georgien hob am Mittwoch das Verbot der Partei Koalition für Wandel auf.\n');
    assertLacks(got, /^COERCE/);
  });
});
