import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineCoder, engineEvents } from './helpers.js';

/**
 * Session 31, type conventions: forces sent to another state by its name help it, AID (the development golds code
 * "schickt … Soldaten … nach Russland", "Kämpfer des Afrikakorps", "Soldaten nach Mosambik entsandt", "Militärberater
 * nach Somalia zu schicken" as AID; en-types: police sent to a country is AID), as the German "schickt Soldaten nach"
 * and the English "sent troops to" already were, while "entsandte/schickte … nach" of the deployment entry was MOBILIZE.
 * Forces moved to a border, a region or one's own territory stay a deployment (MOBILIZE), and so do forces sent to a
 * state the document has shown them in conflict with. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const doc = (lang: 'de' | 'en', text: string): string[] => engineEvents(text, '2026-11-20', lang).map(brief);

describe('events (s31): forces sent to another state by name are AID', () => {
  it('de: "hat Soldaten nach Mosambik entsandt" → AID', () => {
    const got = de('Ruanda hat Soldaten nach Mosambik entsandt.');
    assertHas(got, 'AID rwanda>mozambique asserted');
    assertLacks(got, /^MOBILIZE/u);
  });
  it('de: "kündigte an, Militärberater nach Somalia zu schicken" → AID, planned', () =>
    assertHas(de('Ägypten kündigte an, weitere Militärberater nach Somalia zu schicken.'), 'AID egypt>somalia planned'));
  it('en: "dispatched troops to Somalia" → AID', () => assertHas(en('Egypt dispatched troops to Somalia.'), 'AID egypt>somalia asserted'));
});

describe('events (s31): negatives — deployments stay MOBILIZE', () => {
  it('de: to a border region ("in die Grenzregion verlegen")', () => assertHas(de('Polen werde 2000 Soldaten in die Grenzregion verlegen.'), 'MOBILIZE poland>- planned'));
  it('de: moving troops ("verlegte Truppen nach Syrien") is no sending to help', () => assertHas(de('Die Türkei verlegte Truppen nach Syrien.'), 'MOBILIZE turkey>syria asserted'));
  it('de: warships to a coast ("an die libysche Küste")', () => assertHas(de('Frankreich schickte Kriegsschiffe an die libysche Küste.'), 'MOBILIZE france>libya asserted'));
  it('en: to a state\'s border ("to the Iraqi border", "to Iraq\'s border")', () => {
    assertHas(en('Turkey deployed additional troops to the Iraqi border.'), 'MOBILIZE turkey>iraq asserted');
    assertLacks(en('Turkey sent troops to Iraq\'s border.'), /^AID/u);
  });
  it('de: to a state attacked earlier in the document', () => {
    const got = doc('de', 'Titel\nRussland griff am Montag Georgien an. Am Dienstag schickte Russland weitere Soldaten nach Georgien.\n');
    assertHas(got, 'MOBILIZE russia>georgia asserted');
    assertLacks(got, /^AID/u);
  });
  it('en: to a state attacked earlier in the document ("sent troops" is no aid there)', () => {
    const got = doc('en', 'Title\nRussia attacked Georgia on Monday. On Tuesday Russia dispatched more troops to Georgia.\n');
    assertHas(got, 'MOBILIZE russia>georgia asserted');
    assertLacks(got, /^AID/u);
  });
});
