import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 25: history passages in narrative anchoring (dates relative to the last absolute date the
 * text gave). New: a hyphenated period part with the month's year after it ("mid-May of the following
 * year", "mid-June 1941"), and a fractional offset counted in the next smaller unit ("ein halbes Jahr
 * später": six months). The rest pins the running date over long passages. Passages written for this
 * test; reference date 2026-01-01.
 */

const detailed = makeDetailedTagger();
const pairs = (lang: 'de' | 'en', text: string): [string, string | null, string | null][] =>
  detailed(lang, text, '2026-01-01', { anchor: 'narrative' }).filter((r) => !r.timex2Only).map((r) => [r.span, r.value, r.mod]);

describe('German history passages', () => {
  test('seasons, months and offsets follow the running date', () => {
    assert.deepEqual(pairs('de', 'Im Frühjahr 1942 verlegte die Armee zwei Divisionen. Im Herbst desselben Jahres war die Stadt eingeschlossen. Anfang des folgenden Jahres kapitulierten die Truppen.'), [
      ['Im Frühjahr 1942', '1942-SP', null], ['Im Herbst desselben Jahres', '1942-FA', null], ['Anfang des folgenden Jahres', '1943', 'START'],
    ]);
    assert.deepEqual(pairs('de', 'Am 12. März 1938 marschierten Truppen ein. Am Tag darauf wurde das Gesetz erlassen. Im selben Monat begannen Verhaftungen.'), [
      ['Am 12. März 1938', '1938-03-12', null], ['Am Tag darauf', '1938-03-13', null], ['Im selben Monat', '1938-03', null],
    ]);
    assert.deepEqual(pairs('de', 'Im Juni 1812 überschritt die Armee die Memel. Am 7. September kam es zur Schlacht. Ende des Monats zog sie weiter. Im Dezember desselben Jahres erreichten nur wenige die Grenze. Im folgenden Frühjahr erhob sich Preußen.'), [
      ['Im Juni 1812', '1812-06', null], ['Am 7. September', '1812-09-07', null], ['Ende des Monats', '1812-09', 'END'],
      ['Im Dezember desselben Jahres', '1812-12', null], ['Im folgenden Frühjahr', '1813-SP', null],
    ]);
  });
  test('a fractional offset counts in months', () => {
    assert.deepEqual(pairs('de', 'Im Oktober 1813 wurde der Kaiser geschlagen. Ein halbes Jahr später dankte er ab.'), [
      ['Im Oktober 1813', '1813-10', null], ['Ein halbes Jahr später', '1814-04', null],
    ]);
    assert.deepEqual(pairs('de', 'Am 3. Mai 1814 kam er an. Anderthalb Jahre danach kehrte er zurück.'), [
      ['Am 3. Mai 1814', '1814-05-03', null], ['Anderthalb Jahre danach', '1815-11', null],
    ]);
  });
  test('negative: in news a fractional offset stays a duration', () => {
    assert.deepEqual(detailed('de', 'Ein halbes Jahr später dankte er ab.', '2026-01-01').map((r) => r.value), ['P6M']);
  });
});

describe('English history passages', () => {
  test('mid-May of the following year, mid-June 1941', () => {
    assert.deepEqual(pairs('en', 'In the summer of 1939 the crisis deepened. In mid-May of the following year the campaign started. By mid-June 1941 the army had moved.'), [
      ['In the summer of 1939', '1939-SU', null], ['In mid-May of the following year', '1940-05', 'MID'], ['mid-June 1941', '1941-06', 'MID'],
    ]);
  });
  test('offsets from the running date', () => {
    assert.deepEqual(pairs('en', 'On March 12, 1938, troops entered the country. The next day the law was passed. Later that month arrests began. Half a year later the crisis deepened.'), [
      ['On March 12, 1938', '1938-03-12', null], ['The next day', '1938-03-13', null], ['Later that month', '1938-03', null], ['Half a year later', '1938-09', null],
    ]);
  });
  test('negative: a month alone after a hyphenated part keeps the running year', () => {
    assert.deepEqual(pairs('en', 'In 1941 the army moved east. In mid-July talks began.'), [['In 1941', '1941', null], ['In mid-July', '1941-07', 'MID']]);
  });
});
