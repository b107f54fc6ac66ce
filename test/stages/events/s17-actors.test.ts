import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 17 (EV-ACT): event actors. Sentences written for these tests; whole-engine runs.
 */
const de = engineCoder('de');
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events: a preposition after the subject of a content clause belongs to that clause, not to the demand ("demanded that Russia withdraw … from Ukraine")', () => {
  const cases: readonly [(s: string) => string[], string, RegExp][] = [
    [en, 'The EU demanded that Russia withdraw its troops from Ukraine.', /^REQUEST european-union>russia asserted/u],
    [en, 'The EU demanded that Russia withdraw from Ukraine.', /^REQUEST european-union>russia asserted/u],
    [en, 'The Security Council adopted a resolution on Monday. The resolution demands that Russia withdraw its troops from Ukraine.', /^REQUEST un-security-council>russia asserted/u],
    [en, 'Macron demands that Moscow pull its forces out of Ukraine.', /^REQUEST emmanuel-macron>russia asserted/u],
    // unchanged: the demand's own "from" before any content clause
    [en, 'The EU demanded an apology from Russia.', /^REQUEST european-union>russia asserted/u],
    [en, 'The EU demanded from Russia that it withdraw its troops.', /^REQUEST european-union>russia asserted/u],
    [de, 'Die EU forderte, dass Russland seine Truppen aus der Ukraine abzieht.', /^REQUEST european-union>russia asserted/u],
  ];
  for (const [code, s, want] of cases) it(s, () => has(code(s), want));
  it('negative: the place of the content clause is no addressee', () =>
    assertLacks(en('The EU demanded that Russia withdraw its troops from Ukraine.'), /^REQUEST \S+>ukraine/u));
});

describe('events: German — a demand reported in a main clause after the comma is made of that clause\'s subject ("forderte, Merz müsse …")', () => {
  const cases: readonly [string, RegExp][] = [
    ['Der Abgeordnete Lukas Brandl forderte, Merz müsse den Bundestag binnen zwei Wochen unterrichten.', /^REQUEST lukas-brandl>friedrich-merz asserted/u],
    ['Wadephul forderte, Peking müsse seinen Einfluss auf Moskau nutzen.', /^REQUEST johann-wadephul>china asserted/u],
    ['Wadephul forderte am Montag, die chinesische Regierung müsse ihren Einfluss nutzen.', /^REQUEST johann-wadephul>china asserted/u],
    ['Wadephul verlangte, China solle seinen Einfluss nutzen.', /^REQUEST johann-wadephul>china asserted/u],
    // unchanged: the fronted order ("Peking müsse …, forderte Wadephul")
    ['Peking müsse seinen Einfluss auf Moskau nutzen, forderte Wadephul.', /^REQUEST johann-wadephul>china asserted/u],
  ];
  for (const [s, want] of cases) it(s, () => has(de(s), want));
  it('negative: "man" is nobody to address', () =>
    assertLacks(de('Wadephul forderte, man müsse mehr tun.'), /^REQUEST johann-wadephul>[a-z]/u));
  it('negative: a clause after the comma without a modal of obligation is no demanded party', () =>
    assertLacks(de('Wadephul forderte Gespräche, China reagierte zurückhaltend.'), /^REQUEST johann-wadephul>china/u));
});

// the two-word modals are lexicon data (`obligationModals` in resources/en/event-cues.json); code.ts obligation() reads
// them, but the seventeenth session held the words back: with them the held-out set heldout8 gained one spurious event
const cues = readFileSync(new URL('../../../resources/en/event-cues.json', import.meta.url), 'utf8');
const twoWord = /"has to"/u.test(cues) ? false : 'held back: with "has to" / "needs to" in the English obligationModals heldout8 gained one spurious event (0.314 → 0.312)';

describe('events: "has to / needs to" in a quote is the speaker\'s demand of the one who has to act', () => {
  const cases: readonly [string, RegExp][] = [
    ['"Russia has to withdraw its troops," Macron said.', /^REQUEST emmanuel-macron>russia asserted/u],
    ['Russia has to withdraw its troops, Macron said.', /^REQUEST emmanuel-macron>russia asserted/u],
    ['Macron said Russia needs to withdraw its troops from Ukraine.', /^REQUEST emmanuel-macron>russia asserted/u],
    ['"Hamas needs to release the hostages," Biden said.', /^REQUEST \S+>hamas asserted/u],
  ];
  for (const [s, want] of cases) it(s, { todo: twoWord }, () => has(en(s), want));
  it('negative: the speaker\'s own side having to act is a plan, no demand ("We have to rearm")', () =>
    assertLacks(en('"We have to rearm," Macron said.'), /^REQUEST/u));
  it('negative: "had to" tells a past fact, no demand', () =>
    assertLacks(en('Macron said Russia had to withdraw its troops in 2022.'), /^REQUEST/u));
  it('negative: without a speaker there is no demand ("Russia has to withdraw its troops.")', () =>
    assertLacks(en('Russia has to withdraw its troops.'), /^REQUEST/u));
  it('unchanged: a one-word modal ("must") still reads', () =>
    has(en('Macron said Russia must withdraw its troops from Ukraine.'), /^REQUEST emmanuel-macron>russia asserted/u));
});
