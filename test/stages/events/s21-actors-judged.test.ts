import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 21 (EV-ACT): a criticism that names neither an addressee nor an act ("France voiced concern", "Frankreich
 * sprach von einer gezielten Provokation") beyond the reach of its sentence's own context step judges the latest
 * deed of force by another named side in the ten sentences before it (answers.ts `judgedDeeds`); a person critic
 * needs a known state. An addressee inferred so does not make the article's main pair (counterpart.ts). Sentences
 * written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

/** Sentences without an event: they put the deed beyond the two sentences the sentence-level context step reads. */
const FILLER = {
  en: 'The fishing season began in May. Prices of fish rose sharply. Many families live from the sea.',
  de: 'Die Fangsaison begann im Mai. Die Fischpreise stiegen stark. Viele Familien leben vom Meer.',
};

/** A deed of force by Russia, then the filler. */
const DEED = {
  en: `Russian troops shelled the city of Kharkiv on Monday. ${FILLER.en}`,
  de: `Russische Truppen beschossen am Montag die Stadt Charkiw. ${FILLER.de}`,
};

describe('events: a criticism naming no addressee and no act goes to the doer of the deed before it', () => {
  it('(en) a state voices concern', () => assertHas(en(`${DEED.en} France voiced concern.`), 'ACCUSE france>russia asserted'));
  it('(de) a state speaks of a provocation', () =>
    assertHas(de(`${DEED.de} Frankreich sprach von einer gezielten Provokation.`), 'ACCUSE france>russia asserted'));
  it('(en) a minister whose state is known', () =>
    assertHas(en(`${DEED.en} French Foreign Minister Jean-Noël Barrot voiced concern.`), 'ACCUSE jean-noel-barrot>russia asserted'));
  it('(de) a minister whose state is known', () =>
    assertHas(de(`${DEED.de} Der französische Außenminister Jean-Noël Barrot sprach von einer gezielten Provokation.`), 'ACCUSE jean-noel-barrot>russia asserted'));
});

describe('events: negatives — no deed, an own deed, a deed too far back, a critic of unknown side', () => {
  it('(en) a person whose state is unknown gets no addressee', () =>
    assertLacks(en(`${DEED.en} Tom Miller voiced concern.`), /^ACCUSE tom-miller>/u));
  it('(de) a person whose state is unknown gets no addressee', () =>
    assertLacks(de(`${DEED.de} Hans Müller sprach von einer gezielten Provokation.`), /^ACCUSE hans-muller>/u));
  it('(en) the deed\'s own side is not its critic\'s addressee', () =>
    assertLacks(en(`${DEED.en} Russia voiced concern.`), /^ACCUSE russia>/u));
  it('(en) words are no deed', () =>
    assertLacks(en(`Russia criticised Ukraine on Monday. ${FILLER.en} France voiced concern.`), /^ACCUSE france>/u));
  it('(de) words are no deed', () =>
    assertLacks(de(`Russland kritisierte am Montag die Ukraine. ${FILLER.de} Frankreich sprach von einer gezielten Provokation.`), /^ACCUSE france>/u));
  it('(en) a complaint someone considers is a step of its own, not a reaction', () =>
    assertLacks(en(`${DEED.en} France is considering a complaint.`), /^ACCUSE france>russia/u));
  it('(de) a criticised report is a thing, not the deed', () =>
    assertLacks(de(`${DEED.de} Frankreich kritisierte den Bericht als einseitig.`), /^ACCUSE france>russia/u));
  it('(en) two other sides\' deeds close together say nothing about whom', () =>
    assertLacks(en(`Russian troops shelled Kharkiv on Monday. Ukrainian drones struck Belgorod on Tuesday. ${FILLER.en} France voiced concern.`), /^ACCUSE france>/u));
  it('(en) a deed more than ten sentences back', () =>
    assertLacks(en(`${DEED.en} ${FILLER.en} ${FILLER.en} ${FILLER.en} France voiced concern.`), /^ACCUSE france>/u));
  it('(de) a deed more than ten sentences back', () =>
    assertLacks(de(`${DEED.de} ${FILLER.de} ${FILLER.de} ${FILLER.de} Frankreich sprach von einer gezielten Provokation.`), /^ACCUSE france>/u));
});

describe('events: criticisms addressed only by the deed they judge do not make the main pair', () => {
  // (two such criticisms by France would otherwise make France and Russia the article's main pair, and France's
  // refusal of an unnamed account would go to Russia)
  it('(de) a later refusal keeps no addressee', () =>
    assertLacks(de(`${DEED.de} Frankreich zeigte sich besorgt. ${FILLER.de} Paris sprach von einer Provokation. Frankreich wies die Darstellung zurück.`), /^REJECT france>russia/u));
  it('(en) a later refusal keeps no addressee', () =>
    assertLacks(en(`${DEED.en} France voiced concern. ${FILLER.en} Paris voiced concern again. France rejected the claims.`), /^REJECT france>russia/u));
});
