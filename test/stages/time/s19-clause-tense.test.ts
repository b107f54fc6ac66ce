import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

// Words that look like a clause's verb but are none, and verbs the past list lacked. Publication 2026-05-13 is a
// Wednesday: the last Sunday is 2026-05-10, the next 2026-05-17; Monday 11th / 18th; Friday 8th / 15th.

const value = (lang: 'de' | 'en', text: string, span: string): string | null | undefined =>
  makeTagger(lang).tag(`Titel\n${text}`, '2026-05-13').find((t) => t.text === span)?.value;
const check = (lang: 'de' | 'en', rows: readonly (readonly [string, string, string])[]): void => {
  for (const [text, span, expected] of rows) assert.equal(value(lang, text, span), expected, text);
};

describe('plural preterites of strong verbs are past (German)', () => {
  test('a verb-second plural preterite dates the day just past', () => check('de', [
    ['Am Sonntagabend gingen erneut Tausende auf die Straße.', 'Am Sonntagabend', '2026-05-10TEV'],
    ['Am Sonntag gingen erneut Tausende auf die Straße.', 'Am Sonntag', '2026-05-10'],
    ['Am Montag gaben die Behörden Entwarnung.', 'Am Montag', '2026-05-11'],
    ['Am Sonntag entkamen zwei Häftlinge aus dem Gefängnis.', 'Am Sonntag', '2026-05-10'],
    ['Am Montag empfahlen die Experten eine Verlängerung.', 'Am Montag', '2026-05-11'],
  ]));
  test('negatives: a present passive with a participle like a plural preterite still looks ahead', () => check('de', [
    ['Am Freitag wird das Gesetz beschlossen.', 'Am Freitag', '2026-05-15'],
    ['Am Freitag gehen die Gespräche weiter.', 'Am Freitag', '2026-05-15'],
  ]));
});

describe('a German extended attribute is no verb of its clause', () => {
  test('the participle before its noun leaves the clause present: the weekday of the clause lies ahead', () => check('de', [
    ['Die am Montag unterzeichnete Vereinbarung tritt am Freitag in Kraft.', 'am Freitag', '2026-05-15'],
    ['Die von der EU verhängten Sanktionen treten am Freitag in Kraft.', 'am Freitag', '2026-05-15'],
    ['Der im März gewählte Präsident reist am Freitag nach Paris.', 'am Freitag', '2026-05-15'],
  ]));
  test('the day inside the attribute stays past; negatives: a verb-second preterite and a passive stay past', () => check('de', [
    ['Die am Montag unterzeichnete Vereinbarung tritt am Freitag in Kraft.', 'am Montag', '2026-05-11'],
    ['Am Montag unterzeichnete Putin das Abkommen.', 'Am Montag', '2026-05-11'],
    ['Die Regierung unterzeichnete am Freitag den Vertrag.', 'am Freitag', '2026-05-08'],
    ['Der am Montag festgenommene Verdächtige wurde am Freitag freigelassen.', 'am Freitag', '2026-05-08'],
  ]));
});

describe('English participles that are no past verb of their clause', () => {
  test('a reduced relative after the subject leaves the clause\'s own present verb a schedule', () => check('en', [
    ['The agreement signed on Monday takes effect on Friday.', 'on Friday', '2026-05-15'],
    ['The new truce agreed in Doha takes effect on Friday.', 'on Friday', '2026-05-15'],
  ]));
  test('a participle after a bare passive infinitive ("is to be held") is no past form', () => check('en', [
    ['A special summit is to be held as early as Monday.', 'Monday', '2026-05-18'],
    ['New elections are to be held on Sunday.', 'on Sunday', '2026-05-17'],
  ]));
  test('negatives: an active past verb with its object, a passive past and a present perfect stay past', () => check('en', [
    ['The police detained 40 opposition supporters on Monday.', 'on Monday', '2026-05-11'],
    ['The talks held in Geneva on Monday ended early.', 'on Monday', '2026-05-11'],
    ['The bill was passed on Monday.', 'on Monday', '2026-05-11'],
    ['The summit has been held on Monday.', 'on Monday', '2026-05-11'],
    ['The army shelled several border villages on Friday.', 'on Friday', '2026-05-08'],
  ]));
});
