import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 20 (EV-TGT): an accusation, refusal or threat whose sentence names no addressee is kept until the article's
 * main pair has been counted, and goes to the other side when its source is one side of a plain dispute (four or more
 * events between the two). Sentences written for these tests; whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

/** Sentences without an event: they put the act beyond the reach of the context steps (the deed just before). */
const FILLER = {
  en: 'The fishing season began in May. Prices of fish rose sharply. Many families live from the sea.',
  de: 'Die Fangsaison begann im Mai. Die Fischpreise stiegen stark. Viele Familien leben vom Meer.',
};

/** Four events between China and Vietnam, in both languages (the article's main pair), then the filler. */
const DISPUTE = {
  en: `China accused Vietnam of illegal fishing. Vietnam rejected the accusation. Chinese ships rammed a Vietnamese boat on Monday. Vietnam protested to China. ${FILLER.en}`,
  de: `China warf Vietnam illegale Fischerei vor. Vietnam wies den Vorwurf zurück. Chinesische Schiffe rammten am Montag ein vietnamesisches Boot. Vietnam protestierte bei China. ${FILLER.de}`,
};

describe('events: an addressed act without addressee by one side of the main pair goes to the other side', () => {
  const rows: [string, (s: string) => string[], string, RegExp][] = [
    ['en', en, `${DISPUTE.en} Vietnam is considering a complaint.`, /^ACCUSE vietnam>china hypothetical/u],
    ['en', en, `${DISPUTE.en} Hanoi will take the dispute to the International Court of Justice.`, /^ACCUSE vietnam>china planned/u],
    ['de', de, `${DISPUTE.de} Vietnam kündigte an, den Streit vor den Internationalen Gerichtshof zu bringen.`, /^ACCUSE vietnam>china planned/u],
    ['de', de, `${DISPUTE.de} Hanoi will den Streit vor den Internationalen Gerichtshof bringen.`, /^ACCUSE vietnam>china planned/u],
  ];
  for (const [lang, code, s, want] of rows) it(`(${lang}) "${s.slice(-70)}"`, () => has(code(s), want));
});

describe('events: negatives — no plain dispute, or a third party, gives no addressee', () => {
  it('(en) two events between the pair are no plain dispute', () =>
    assertLacks(en(`China accused Vietnam of illegal fishing. Vietnam rejected the accusation. ${FILLER.en} Vietnam is considering a complaint.`), /^ACCUSE vietnam>china hypothetical/u));
  it('(de) two events between the pair are no plain dispute', () =>
    assertLacks(de(`China warf Vietnam illegale Fischerei vor. Vietnam wies den Vorwurf zurück. ${FILLER.de} Hanoi will den Streit vor den Internationalen Gerichtshof bringen.`), /^ACCUSE vietnam>china planned/u));
  it('(en) a third party\'s act gets neither side', () =>
    assertLacks(en(`${DISPUTE.en} The Philippines is considering a complaint.`), /^ACCUSE philippines>/u));
  it('(de) a third party\'s act gets neither side', () =>
    assertLacks(de(`${DISPUTE.de} Die Philippinen wollen den Streit vor den Internationalen Gerichtshof bringen.`), /^ACCUSE philippines>/u));
  it('(en) no dispute at all: the act is not coded', () =>
    assert.deepEqual(en('Vietnam is considering a complaint.'), []));
});
