import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * German concessions the lexicon lacked (session 29; found on heldout6, "eine zentrale Forderung der Gewerkschaften
 * erfüllt", and heldout2, "sagte zu, Hilfsorganisationen freien Zugang … zu gewähren"): meeting a demand
 * (`de.concede.forderung-erfuellen`, English `en.concede.demands` "met the demands") is CONCEDE to whoever made it and
 * needs that demander named; granting access (`de.concede.zugang-gewaehren`) is CONCEDE, to the one let in when named
 * (English `en.concede.allow` exists, but "allowed inspectors access" is read as RETREAT there, an English type
 * decision left to that lexicon). Fulfilling expectations or a norm's conditions is no concession.
 */
const de = (text: string): string[] => engineEvents(`Streit\n\n${text}\n`, '2026-03-02', 'de').map(brief);
const en = (text: string): string[] => engineEvents(`Dispute\n\n${text}\n`, '2026-03-02', 'en').map(brief);

describe('events: meeting a demand is a concession (s29)', () => {
  it('"Aserbaidschan erfüllte eine zentrale Forderung Armeniens"', () => {
    assertHas(de('Aserbaidschan erfüllte am Montag eine zentrale Forderung Armeniens.'), 'CONCEDE azerbaijan>armenia asserted');
  });
  it('verb-final: "… und damit eine Forderung Armeniens erfüllt", not a demand of its own', () => {
    const got = de('Im Februar hatte Aserbaidschan neue Regeln beschlossen und damit eine Forderung Armeniens erfüllt.');
    assertHas(got, 'CONCEDE azerbaijan>armenia asserted');
    assertLacks(got, /^REQUEST/);
  });
  it('"kam der Forderung Armeniens nach"', () => {
    assertHas(de('Aserbaidschan kam am Montag der Forderung Armeniens nach.'), 'CONCEDE azerbaijan>armenia asserted');
  });
  it('English counterpart: "Azerbaijan met Armenia\'s demands"', () => {
    assertHas(en('Azerbaijan met the demands of Armenia on Monday.'), 'CONCEDE azerbaijan>armenia asserted');
  });
  it('no demander named: no concession to nobody', () => {
    assertLacks(de('Die Regierung Aserbaidschans erfüllte eine zentrale Forderung der Demonstranten.'), /^CONCEDE azerbaijan>-/);
  });
  it('fulfilled expectations and conditions of a norm are no concession', () => {
    assertLacks(de('Die Mannschaft Aserbaidschans erfüllte die Erwartungen ihrer Fans.'), /^CONCEDE/);
    assertLacks(de('Der neue Vertrag erfüllt alle Bedingungen der Norm.'), /^CONCEDE/);
  });
});

describe('events: granting access is a concession (s29)', () => {
  it('"sagte zu, Hilfsorganisationen freien Zugang … zu gewähren" is planned, with no named addressee', () => {
    assertHas(de('Die Regierung in Baku sagte zu, Hilfsorganisationen freien Zugang in den Süden des Landes zu gewähren.'), 'CONCEDE azerbaijan>- planned');
  });
  it('"gewährte den Inspektoren der IAEA Zugang" goes to the agency', () => {
    assertHas(de('Aserbaidschan gewährte den Inspektoren der IAEA am Montag Zugang zu der Anlage.'), 'CONCEDE azerbaijan>iaea asserted');
  });
  it('a denied access is negated', () => {
    assertHas(de('Aserbaidschan gewährte den Inspektoren der IAEA keinen Zugang zu der Anlage.'), 'CONCEDE azerbaijan>iaea negated');
  });
});
