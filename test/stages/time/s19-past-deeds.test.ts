import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

// A deed told as done dates its weekday in the past, whatever the tense of the verb that governs it: a perfect
// infinitive ("wirft Moskau vor, am Sonntag angegriffen zu haben", "claims to have shot down … on Monday") and the
// gerund after a verb of judging ("accuses Moscow of launching an attack on Sunday"). After a verb of intending a
// perfect infinitive is a deed done by then and looks ahead ("hofft, den Streit bis Sonntag beigelegt zu haben").
// Publication 2026-05-13 is a Wednesday: the last Sunday is 2026-05-10, the next 2026-05-17; Monday 11th / 18th.

const value = (lang: 'de' | 'en', text: string, span: string): string | null | undefined =>
  makeTagger(lang).tag(`Titel\n${text}`, '2026-05-13').find((t) => t.text === span)?.value;

describe('a perfect infinitive tells a past deed (German)', () => {
  test('after a present verb of saying or accusing, the weekday is the one just past', () => {
    const rows: [string, string, string][] = [
      ['Kiew wirft Moskau vor, am Sonntag einen Angriff gestartet zu haben.', 'am Sonntag', '2026-05-10'],
      ['Die Polizei gibt an, am Sonntag zwei Männer festgenommen zu haben.', 'am Sonntag', '2026-05-10'],
      ['Die Armee bestätigt, am Montag zwei Drohnen abgeschossen zu haben.', 'am Montag', '2026-05-11'],
      ['Die Regierung beschuldigt die Rebellen, am Sonntag ein Dorf überfallen zu haben.', 'am Sonntag', '2026-05-10'],
      ['Er bestreitet, am Montag in Kiew gewesen zu sein.', 'am Montag', '2026-05-11'],
      ['Die Opposition beklagt, am Sonntag festgenommen worden zu sein.', 'am Sonntag', '2026-05-10'],
      ['Der Minister behauptet, am Montag mit Teheran telefoniert zu haben.', 'am Montag', '2026-05-11'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value('de', text, span), expected, text);
  });
  test('negatives: a present zu-infinitive, no participle before "zu sein", or a verb of intending look ahead', () => {
    const rows: [string, string, string][] = [
      ['Die Ministerin verspricht, am Montag in Kiew zu sein.', 'am Montag', '2026-05-18'],
      ['Er hofft, am Sonntag zu Hause zu sein.', 'am Sonntag', '2026-05-17'],
      ['Die Regierung hofft, den Streit bis Sonntag beigelegt zu haben.', 'bis Sonntag', '2026-05-17'],
      ['Der Präsident verspricht, bis Sonntag alle Gefangenen freigelassen zu haben.', 'bis Sonntag', '2026-05-17'],
      ['Die Ministerin plant, am Montag nach Kiew zu reisen.', 'am Montag', '2026-05-18'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value('de', text, span), expected, text);
  });
});

describe('a perfect infinitive or a judged deed tells a past deed (English)', () => {
  test('the weekday is the one just past', () => {
    const rows: [string, string, string][] = [
      ['Kyiv accuses Moscow of launching an attack on Sunday.', 'on Sunday', '2026-05-10'],
      ['The opposition blames the government for holding the vote on Sunday.', 'on Sunday', '2026-05-10'],
      ['Seoul condemns Pyongyang for firing a missile on Monday.', 'on Monday', '2026-05-11'],
      ['The army claims to have shot down two drones on Monday.', 'on Monday', '2026-05-11'],
      ['Moscow denies having fired on the convoy on Sunday.', 'on Sunday', '2026-05-10'],
      ['The league thanks the ministry for hosting the talks on Monday.', 'on Monday', '2026-05-11'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value('en', text, span), expected, text);
  });
  test('negatives: a gerund of intending, a future or a plain schedule look ahead', () => {
    const rows: [string, string, string][] = [
      ['Russia accuses Ukraine of planning an attack on Sunday.', 'on Sunday', '2026-05-17'],
      ['The minister will be criticised for skipping the summit on Monday.', 'on Monday', '2026-05-18'],
      ['Officials hope to have finished the count by Friday.', 'Friday', '2026-05-15'],
      ['The council meets on Monday to discuss the plan.', 'on Monday', '2026-05-18'],
      ['The opposition is preparing for a rally on Sunday.', 'on Sunday', '2026-05-17'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value('en', text, span), expected, text);
  });
});
