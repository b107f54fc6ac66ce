import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 25: (1) a preposition repeated after the coordinator ("mit X und mit Y", "with X and with Y") still joins
 * the two conjuncts as objects of one act; (2) "beide"/"both sides" after one actor met two is the two met, not the
 * host and the last of them; (3) an actor who calls off their own visit ("hat seinen Besuch in Sofia abgesagt",
 * "cancelled his visit to Kyiv") has a meeting negated (CONSULT, negated), as the development gold codes a cancelled
 * meeting; a host that calls off someone else's visit keeps rejecting the visitor. Sentences written for these tests;
 * each family with a negative. Whole-engine runs.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events: a preposition repeated after the coordinator joins both conjuncts', () => {
  it('de: "telefonierte mit Dschaparow und mit dem tadschikischen Präsidenten Emomali Rachmon": two calls', () => {
    const got = de('Der kirgisische Präsident Sadyr Dschaparow kam nach Astana. Kasachstans Präsident Kassym-Schomart Tokajew telefonierte am Donnerstag mit Dschaparow und mit dem tadschikischen Präsidenten Emomali Rachmon.');
    assertHas(got, 'CONSULT kassym-schomart-tokajew>sadyr-dschaparow asserted');
    assertHas(got, 'CONSULT kassym-schomart-tokajew>emomali-rachmon asserted');
  });
  it('en: "spoke with Yoweri Museveni and with Paul Kagame": two calls', () => {
    const got = en('Kenyan President William Ruto spoke with Yoweri Museveni and with Paul Kagame on Monday.');
    assertHas(got, 'CONSULT william-ruto>yoweri-museveni asserted');
    assertHas(got, 'CONSULT william-ruto>paul-kagame asserted');
  });
  it('negative: another preposition after the coordinator opens a phrase of its own ("mit Rachmon und über Wasser")', () => {
    const got = de('Kasachstans Präsident Kassym-Schomart Tokajew sprach mit Emomali Rachmon und über die Lage in Kirgistan.');
    assertLacks(got, /^CONSULT kassym-schomart-tokajew>kyrgyzstan/u);
  });
});

describe('events (de): "beide" after one actor met two is the two met', () => {
  it('"telefonierte mit X und mit Y. Er lud beide … ein": both invited, the host not among them', () => {
    const got = de('Der kirgisische Präsident Sadyr Dschaparow kam nach Astana. Kasachstans Präsident Kassym-Schomart Tokajew telefonierte am Donnerstag mit Dschaparow und mit dem tadschikischen Präsidenten Emomali Rachmon. Er lud beide zu Gesprächen nach Astana ein.');
    assertHas(got, 'CONSULT kassym-schomart-tokajew>sadyr-dschaparow planned');
    assertHas(got, 'CONSULT kassym-schomart-tokajew>emomali-rachmon planned');
  });
  it('negative: after a meeting of two, "beide" stays those two', () => {
    const got = de('Der ungarische Regierungschef Viktor Orbán traf am Montag den slowakischen Regierungschef Robert Fico. Beide vereinbarten eine engere Zusammenarbeit.');
    assertHas(got, 'CONSULT viktor-orban>robert-fico asserted');
    assertHas(got, 'AGREE viktor-orban>robert-fico asserted');
  });
});

describe('events: calling off one\'s own visit is a meeting negated', () => {
  it('de: "hat seinen für Montag geplanten Besuch in Sofia abgesagt" is CONSULT, negated, to Bulgaria', () =>
    assertHas(de('Nordmazedoniens Regierungschef Hristijan Mickoski hat seinen für kommenden Montag geplanten Besuch in Sofia abgesagt.'), 'CONSULT hristijan-mickoski>bulgaria negated'));
  it('de: "sagte seine Reise nach Kiew ab" is CONSULT, negated', () =>
    assertHas(de('Der ungarische Regierungschef Viktor Orbán sagte seine Reise nach Kiew kurzfristig ab.'), 'CONSULT viktor-orban>ukraine negated'));
  it('en: "cancelled his planned visit to Kyiv" is CONSULT, negated', () =>
    assertHas(en('Hungarian Prime Minister Viktor Orban cancelled his planned visit to Kyiv on Monday.'), 'CONSULT viktor-orban>ukraine negated'));
  it('en: "called off his trip to Uganda" is CONSULT, negated', () =>
    assertHas(en('Kenyan President William Ruto called off his trip to Uganda.'), 'CONSULT william-ruto>uganda negated'));
  it('negative (de): a host calling off another\'s visit rejects, no own meeting called off', () => {
    const got = de('Die georgische Regierung sagte einen geplanten Besuch von EU-Kommissarin Marta Kos ab.');
    assertLacks(got, /^CONSULT georgia/u);
  });
  it('negative (en): "cancelled a visit by the envoy" is no meeting of the canceller\'s own', () =>
    assertLacks(en('Myanmar\'s junta cancelled a visit by ASEAN envoy Othman Hashim.'), /^CONSULT myanmar/u));
  it('negative (en): cancelling one\'s own flights is no visit', () =>
    assertLacks(en('Kenya Airways cancelled its flights to Uganda.'), /^CONSULT/u));
});
