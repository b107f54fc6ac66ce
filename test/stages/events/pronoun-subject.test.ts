import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A subject pronoun in the sentence after "X met his counterpart Y" is X, the previous sentence's subject, unless its
 * gender rules X out. Through the whole engine: the names, descriptions and possessives are the entity layer's.
 */
const run = (lang: 'de' | 'en', s: string): string[] => engineEvents(`${lang === 'de' ? 'Titel' : 'Title'}\n${s}\n`, '2026-11-30', lang).map(brief);

describe('events: a subject pronoun after "X met his counterpart Y" is X', () => {
  it('en: a possessive name before the subject ("Turkey\'s Foreign Minister Hakan Fidan") is no subject', () => {
    const got = run('en', "Turkey's Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Ankara on Monday. He later criticised Iran for its support of armed groups.");
    assertHas(got, 'ACCUSE hakan-fidan>iran asserted');
    assertLacks(got, /^ACCUSE fuad-hussein>/);
  });
  it('en: "Kenya\'s President William Ruto met his counterpart …. He accused Ethiopia"', () => {
    assertHas(run('en', "Kenya's President William Ruto met his counterpart Hassan Sheikh Mohamud in Nairobi on Tuesday. He accused Ethiopia of stoking tensions."), 'ACCUSE william-ruto>ethiopia asserted');
  });
  it('de: a genitive name before the subject ("Kasachstans Präsident Tokajew") is no subject', () => {
    const got = run('de', 'Kasachstans Präsident Kassym-Schomart Tokajew traf am Montag seinen usbekischen Amtskollegen Schawkat Mirsijojew. Er lobte Russland.');
    assertHas(got, 'SUPPORT kassym-schomart-tokajew>russia asserted');
    assertLacks(got, /^SUPPORT schawkat-mirsijojew>/);
  });
  it('negative (en): "met her counterpart": a masculine pronoun is the counterpart, a feminine one the subject', () => {
    assertHas(run('en', "Peru's President Dina Boluarte met her counterpart Luis Arce in Lima. He criticised Chile over the dispute."), 'ACCUSE luis-arce>chile asserted');
    assertHas(run('en', "Peru's President Dina Boluarte met her counterpart Luis Arce in Lima. She criticised Chile over the dispute."), 'ACCUSE dina-boluarte>chile asserted');
  });
  it('negative (de): a feminine title in a description of the subject ("Die Präsidentin Perus, Dina Boluarte") rules her out for "Er"', () => {
    const got = run('de', 'Die Präsidentin Perus, Dina Boluarte, traf ihren Amtskollegen Luis Arce. Er kritisierte Chile.');
    assertHas(got, 'ACCUSE luis-arce>chile asserted');
    assertLacks(got, /^ACCUSE dina-boluarte>/);
  });
  it('negative (de): a place named in the description is no title ("der Bürgermeister von Berlin")', () => {
    assertHas(run('de', 'Der Bürgermeister von Berlin, Kai Wegner, traf in Ankara seinen Amtskollegen Mansur Yavaş. Er kritisierte Russland.'), 'ACCUSE kai-wegner>russia asserted');
  });
});

describe('events: a subject pronoun after an unnamed office-holder ("The Uzbek president met …") is that office-holder, for its state', () => {
  it('en: "The Uzbek president met his Kazakh counterpart …. He praised Russia"', () => {
    const got = run('en', 'The Uzbek president met his Kazakh counterpart Kassym-Jomart Tokayev on Friday. He praised Russia.');
    assertHas(got, 'SUPPORT uzbekistan>russia asserted');
    assertLacks(got, /^SUPPORT kassym-jomart-tokayev>/);
  });
  it('de: "Der usbekische Präsident traf seinen kasachischen Amtskollegen …. Er lobte Russland"', () => {
    assertHas(run('de', 'Der usbekische Präsident traf am Montag seinen kasachischen Amtskollegen Kassym-Schomart Tokajew. Er lobte Russland.'), 'SUPPORT uzbekistan>russia asserted');
  });
  it('negative (de): a feminine title ("Die usbekische Außenministerin") leaves "Er" to the counterpart, "Sie" to her', () => {
    assertHas(run('de', 'Die usbekische Außenministerin traf am Dienstag ihren kasachischen Amtskollegen Murat Nurtleu. Er kritisierte die Türkei.'), 'ACCUSE murat-nurtleu>turkey asserted');
    assertHas(run('de', 'Die usbekische Außenministerin traf am Mittwoch ihren Amtskollegen Murat Nurtleu. Sie kritisierte die Türkei.'), 'ACCUSE uzbekistan>turkey asserted');
  });
  it('negative: an office-holder inside a prepositional phrase is no antecedent ("met with the Uzbek president")', () => {
    assertHas(run('en', 'Kazakh President Kassym-Jomart Tokayev met with the Uzbek president on Friday. He praised Russia.'), 'SUPPORT kassym-jomart-tokayev>russia asserted');
  });
});
