import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 16 (EV-LEX): two modality families. German hearsay — "soll/sollen" before a perfect infinitive reports an act
 * as done ("Russische Soldaten sollen Zivilisten getötet haben"), while before a plain infinitive it plans one. And
 * obligations in reported speech — "should", "ought" and German "solle" beside "must/müsse": "Macron said Iran should
 * release …" is Macron's demand of Iran, not Iran's act. Sentences written for these tests.
 */
const de = engineCoder('de');
const en = engineCoder('en');

describe('modality (de): "soll/sollen" with a perfect infinitive reports, with a plain infinitive plans', () => {
  const reported: readonly (readonly [string, string, string])[] = [
    ['"sollen … getötet haben"', 'Russische Soldaten sollen in Butscha Zivilisten getötet haben.', 'ASSAULT russia>- asserted'],
    ['"soll … verlegt haben" before a verb of saying', 'Nordkorea soll Truppen nach Russland verlegt haben, sagte der Geheimdienst.', 'MOBILIZE north-korea>russia asserted'],
    ['"soll … eingestellt haben"', 'Israel soll die Angriffe auf Gaza eingestellt haben.', 'RETREAT israel>- asserted'],
  ];
  for (const [name, s, want] of reported) it(`reported: ${name}`, () => assertHas(de(s), want));
  const planned: readonly (readonly [string, string, string])[] = [
    ['"soll … abziehen" (plain infinitive)', 'Russland soll seine Truppen aus der Region abziehen.', 'RETREAT russia>- planned'],
    ['"sollen … verlegen"', 'Die Nato soll mehr Soldaten an die Ostflanke verlegen.', 'MOBILIZE nato>- planned'],
    ['"sollen … beginnen"', 'Die Gespräche zwischen Israel und der Hamas sollen am Montag in Kairo beginnen.', 'CONSULT israel>hamas planned'],
  ];
  for (const [name, s, want] of planned) it(`negative, still planned: ${name}`, () => assertHas(de(s), want));
  it('negative: a capitalised noun before "sein" is no participle ("soll … Teil … sein")', () =>
    assertLacks(de('Russland soll nach dem Plan die Truppen abziehen und Teil einer Sicherheitszone sein.'), /^RETREAT russia>- asserted/u));
});

describe('events: "should", "ought", "solle" in reported speech are demands, like "must", "müsse"', () => {
  const cases: readonly (readonly [string, (s: string) => string[], string, string])[] = [
    ['en "said … should release"', en, 'Macron said Iran should release the detained journalists.', 'REQUEST emmanuel-macron>iran asserted'],
    ['en "said … ought to withdraw"', en, 'Macron said Russia ought to withdraw its troops from Ukraine.', 'REQUEST emmanuel-macron>russia asserted'],
    ['en "must" (unchanged)', en, 'Macron said Iran must release the detained journalists.', 'REQUEST emmanuel-macron>iran asserted'],
    ['de "sagte, … solle … freilassen"', de, 'Macron sagte, Iran solle die Journalisten freilassen.', 'REQUEST emmanuel-macron>iran asserted'],
    ['de "solle …, sagte" (speech after)', de, 'Iran solle die Journalisten freilassen, sagte Macron.', 'REQUEST emmanuel-macron>iran asserted'],
  ];
  for (const [name, code, s, want] of cases) it(name, () => assertHas(code(s), want));
  it('negative: the demanded act is not asserted as done by the addressee', () =>
    assertLacks(en('Macron said Iran should release the detained journalists.'), /^RETREAT iran/u));
  it('negative: "should" of the speaker\'s own side is no demand ("said France should send")', () =>
    assertLacks(en('Macron said France should send more troops to Mali.'), /^REQUEST/u));
  it('negative: "should" outside reported speech stays a hypothetical act', () =>
    assertHas(en('Russia should withdraw its troops from Ukraine.'), 'RETREAT russia>ukraine hypothetical'));
});
