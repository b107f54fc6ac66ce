import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * A speaker's claim that another party does something culpable is the speaker's ACCUSE against that party, not the
 * claimed act of that party (the development golds: "Benin unterstütze „terroristische Gruppen“, sagte Zeine" is
 * ACCUSE Zeine → Benin; "Die Regierung wolle die Bewegung zermürben", "the militia violated every one" likewise). The
 * lexicon entries `de.accuse.verwerfliches-handeln`, `de.accuse.terror-unterstuetzen`,
 * `en.accuse.said-culpable-conduct` and `en.accuse.said-backs-terrorists` take their source from the quote's speaker
 * (slot `speaker`): outside reported speech they code nothing. A neutral or cooperative reported act stays what it is;
 * a denial is no accusation.
 */
const events = (text: string, lang: 'de' | 'en'): string[] => engineEvents(text, '2026-03-10', lang).map(brief);

describe('events: culpable conduct claimed in reported speech is an accusation by the speaker (s28)', () => {
  it('German: support of terrorist groups, indirect speech', () => {
    const got = events('Streit um Pipeline\n\nMali unterstütze terroristische Gruppen im Grenzgebiet, sagte der nigrische Regierungschef Ali Lamine Zeine am Montag.\n', 'de');
    assertHas(got, 'ACCUSE ali-lamine-zeine>mali asserted');
    assertLacks(got, /^SUPPORT mali/);
  });
  it('German: Konjunktiv I, "finanziere Terroristen"', () => {
    const got = events('Vorwürfe aus Bamako\n\nFrankreich finanziere Terroristen im Norden, sagte Malis Außenminister Abdoulaye Diop.\n', 'de');
    assertHas(got, 'ACCUSE abdoulaye-diop>france asserted');
  });
  it('German: "sabotiere", "zermürben", "schüchtert … ein" in a quote', () => {
    const got = events('Streit in Belgrad\n\nDie Regierung Serbiens sabotiere die Gespräche, sagte Oppositionschef Miroslav Aleksić.\n\n„Serbien schüchtert die Studenten mit Festnahmen ein“, sagte die Aktivistin Jelena Marković.\n', 'de');
    assertHas(got, 'ACCUSE miroslav-aleksic>serbia asserted');
    assertHas(got, 'ACCUSE jelena-markovic>serbia asserted');
  });
  it('English: "supports terrorist groups", "sabotaged", "is trying to intimidate"', () => {
    const got = events('Baltic row\n\nEstonia\'s foreign minister Margus Tsahkna said Russia had sabotaged the undersea cable.\n\nGermany said Iran supports terrorist groups in the region.\n\n"Beijing is trying to intimidate Taiwan," said Lin Chia-lung, Taiwan\'s foreign minister.\n', 'en');
    assertHas(got, 'ACCUSE margus-tsahkna>russia asserted');
    assertHas(got, 'ACCUSE germany>iran asserted');
    assertHas(got, 'ACCUSE lin-chia-lung>china asserted');
  });
  it('English: "meddling in" in indirect speech', () => {
    const got = events('Election row\n\nMoldova\'s president Maia Sandu said Russia was meddling in the election.\n', 'en');
    assertHas(got, 'ACCUSE maia-sandu>russia asserted');
  });
  it('English: meeting "terrorist groups" claimed by a spokesman', () => {
    const got = events('Envoy row\n\nMyanmar\'s military spokesman Zaw Min Tun said the ASEAN envoy Othman Hashim had planned to meet "terrorist groups".\n', 'en');
    assertHas(got, 'ACCUSE zaw-min-tun>othman-hashim asserted');
  });
  it('scapegoat: "sucht einen Sündenbock", "mache … zum Sündenbock", "is looking for a scapegoat"', () => {
    const de = events('Streit\n\n„Kinshasa sucht einen Sündenbock für das eigene Versagen“, schrieb der ruandische Außenminister Olivier Nduhungirehe.\n\nRuanda mache Kongo zum Sündenbock, sagte der kongolesische Sprecher Patrick Muyaya.\n', 'de');
    assertHas(de, 'ACCUSE olivier-nduhungirehe>dr-congo asserted');
    assertHas(de, 'ACCUSE patrick-muyaya>rwanda asserted');
    const en = events('Row\n\n"Kinshasa is looking for a scapegoat," Rwanda\'s foreign minister Olivier Nduhungirehe wrote.\n', 'en');
    assertHas(en, 'ACCUSE olivier-nduhungirehe>dr-congo asserted');
  });
});

describe('events: no accusation without a culpable claim, a speaker, or an assertion (s28 negatives)', () => {
  it('German: a neutral reported act ("Russland werde liefern") is no accusation', () => {
    const got = events('Gas für Ungarn\n\nRussland werde Ungarn weiter Gas liefern, sagte Außenminister Péter Szijjártó.\n', 'de');
    assertLacks(got, /^ACCUSE/);
  });
  it('English: a cooperative reported act ("Russia supports the talks") is no accusation', () => {
    const got = events('Talks in Geneva\n\nSwiss foreign minister Ignazio Cassis said Russia supports the talks in Geneva.\n', 'en');
    assertLacks(got, /^ACCUSE/);
  });
  it('German: a denial ("unterstütze keine Terroristen") is no accusation', () => {
    const got = events('Dementi aus Cotonou\n\nBenin unterstütze keine terroristischen Gruppen, sagte Außenminister Olushegun Adjadi Bakari.\n', 'de');
    assertLacks(got, /^ACCUSE/);
  });
  it('English: a denial ("never sabotaged") is no accusation', () => {
    const got = events('Cable damage\n\nRussia has never sabotaged any cable, Kremlin spokesman Dmitry Peskov said.\n', 'en');
    assertLacks(got, /^ACCUSE/);
  });
  it('the fight against terrorists is no support of them (German and English, with a speaker)', () => {
    const got = events('Sahel\n\nMali unterstütze den Kampf gegen terroristische Gruppen, sagte Außenminister Abdoulaye Diop.\n', 'de');
    assertLacks(got, /^ACCUSE/);
    const en = events('Sahel\n\nKenyan President William Ruto said Somalia supports the fight against terrorists.\n', 'en');
    assertLacks(en, /^ACCUSE/);
  });
  it('English: training troops or meeting officials is no accusation', () => {
    const got = events('Kenya\n\nThe minister said the army trained troops in Kenya and met officials in Nairobi.\n', 'en');
    assertLacks(got, /^ACCUSE/);
  });
  it('the speaker\'s own side as the doer, a passive without agent, a negated pledge: no accusation', () => {
    const en = events('Talks\n\nBERLIN (Reuters) - "We feel betrayed," German Chancellor Friedrich Merz said on Monday. "Germany will never betray its allies," Merz said. Poland\'s president Karol Nawrocki said he had been deceived.\n', 'en');
    assertLacks(en, /^ACCUSE/);
    const de = events('Gespräche\n\nBERLIN (dpa) - „Wir fühlen uns betrogen“, sagte Bundeskanzler Friedrich Merz am Montag. „Deutschland wird seine Partner niemals betrügen“, sagte Merz.\n', 'de');
    assertLacks(de, /^ACCUSE/);
  });
  it('a reported clause whose subject is no actor accuses nobody outside the quote (reported-accusations.ts)', () => {
    const got = events('UN vote\n\nNEW YORK (Reuters) - The General Assembly adopted a resolution on Belarus. China and Russia voted against the text and defended Belarus, saying the resolution interfered in its internal affairs.\n', 'en');
    assertLacks(got, /^ACCUSE china>russia/);
    assertLacks(got, /^ACCUSE russia>china/);
    const de = events('Abstimmung\n\nNEW YORK (dpa) - China und Russland stimmten gegen den Text, die Resolution mische sich in die inneren Angelegenheiten von Belarus ein, sagten beide.\n', 'de');
    assertLacks(de, /^ACCUSE china>russia/);
  });
  it('background narration without a speaker codes nothing', () => {
    const got = events('Sahel\n\nMali unterstützt nach Jahren des Konflikts den Kampf gegen terroristische Gruppen.\n', 'de');
    assertLacks(got, /^ACCUSE/);
    const en = events('Sahel\n\nThe region has been sabotaged by years of drought and neglect.\n', 'en');
    assertLacks(en, /^ACCUSE/);
  });
});
