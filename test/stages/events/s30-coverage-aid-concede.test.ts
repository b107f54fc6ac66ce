import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Coverage probes for AID and CONCEDE (session 30, issue 6). AID: relief goods distributed, dropped from the air or
 * handed over ("verteilte Lebensmittel an …", "warf Hilfsgüter über … ab", "übergab … Hilfsgüter", "airdropped aid
 * over …", "distributed food in …"); the recipient may be the place the goods reach ("über Gaza", "in Gaza"), as the
 * sending entries already read it. CONCEDE: withdrawing one's own law, veto or complaint ("zog das Gesetz zurück"),
 * which the withdrawal entry read as a RETREAT; troops withdrawn stay a RETREAT.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('events: relief goods distributed, dropped or handed over (AID, s30)', () => {
  it('German: "verteilte Lebensmittel an …", "warf Hilfsgüter über … ab", "übergab … Hilfsgüter"', () => {
    assertHas(de('Das Welternährungsprogramm verteilte Lebensmittel an Flüchtlinge im Sudan.'), 'AID wfp>sudan asserted');
    assertHas(de('Jordanien warf Hilfsgüter über Gaza ab.'), 'AID jordan>gaza-strip asserted');
    assertHas(de('Die Türkei übergab dem Libanon Hilfsgüter.'), 'AID turkey>lebanon asserted');
  });
  it('English: "airdropped aid over …", "distributed food in …"', () => {
    assertHas(en('Jordan airdropped aid over Gaza.'), 'AID jordan>gaza-strip asserted');
    assertHas(en('The World Food Programme distributed food in Gaza.'), 'AID wfp>gaza-strip asserted');
  });
  it('handing out school reports or exam papers is no aid', () => {
    assertLacks(de('Der Lehrer verteilte die Zeugnisse an die Schüler.'), /^AID/);
    assertLacks(en('The teacher distributed the exam papers in class.'), /^AID/);
  });
});

describe('events: withdrawing a law or a complaint is a concession (CONCEDE, s30)', () => {
  it('"zog das umstrittene Gesetz zurück", "zog seine Klage … zurück"', () => {
    const law = de('Die Regierung in Tiflis zog das umstrittene Gesetz zurück.');
    assertHas(law, 'CONCEDE georgia>- asserted');
    assertLacks(law, /^RETREAT/);
    assertHas(de('Polen zog seine Klage gegen die EU-Kommission zurück.'), 'CONCEDE poland>- asserted');
  });
  it('troops withdrawn stay a RETREAT', () => {
    const got = de('Russland zog seine Truppen aus Cherson zurück.');
    assertHas(got, 'RETREAT russia>kherson asserted');
    assertLacks(got, /^CONCEDE/);
  });
});
