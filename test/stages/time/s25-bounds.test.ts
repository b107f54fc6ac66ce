import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

/*
 * Session 25: a bound of a date gives its mod and joins the span (`dateBoundsBefore`,
 * `dateBoundsAfter`): "frühestens 2027" AFTER, "spätestens im Juni", "vor dem Sommer", "no later
 * than June 1", "before the summer" BEFORE, "2027 at the earliest" AFTER. Passages written for this
 * test; reference date 2026-03-05.
 */

const de = makeTagger('de');
const en = makeTagger('en');
const rows = (t: ReturnType<typeof makeTagger>, text: string): [string, string | null, string | null][] =>
  t.tag(text, '2026-03-05').map((x) => [x.text, x.value, x.mod]);

describe('German bounds of a date', () => {
  test('frühestens, spätestens, vor', () => {
    assert.deepEqual(rows(de, 'Ob die Bürger zustimmen, wird sich frühestens 2027 zeigen.'), [['frühestens 2027', '2027', 'AFTER']]);
    assert.deepEqual(rows(de, 'Das Gesetz soll spätestens im Juni in Kraft treten.'), [['spätestens im Juni', '2026-06', 'BEFORE']]);
    assert.deepEqual(rows(de, 'Eine Entscheidung werde nicht vor dem Sommer fallen.'), [['vor dem Sommer', '2026-SU', 'BEFORE']]);
    assert.deepEqual(rows(de, 'Die Wahl findet 2028 frühestens statt.'), [['2028 frühestens', '2028', 'AFTER']]);
  });
  test('negatives: "vor" counting back, a period part keeps its mod', () => {
    assert.deepEqual(rows(de, 'Vor zwei Wochen kam er zurück.'), [['Vor zwei Wochen', '2026-W08', null]]);
    assert.deepEqual(rows(de, 'Vor Ende des Jahres geschieht nichts.'), [['Ende des Jahres', '2026', 'END']]);
  });
});

describe('English bounds of a date', () => {
  test('no later than, before, at the earliest', () => {
    assert.deepEqual(rows(en, 'The law takes effect no later than June 1.'), [['no later than June 1', '2026-06-01', 'BEFORE']]);
    assert.deepEqual(rows(en, 'A decision will not come before the summer.'), [['before the summer', '2026-SU', 'BEFORE']]);
    assert.deepEqual(rows(en, 'The vote will be held in 2027 at the earliest.'), [['in 2027 at the earliest', '2027', 'AFTER']]);
  });
  test('negatives: a possessive names an event, a period part keeps its mod, "the day before" is no bound', () => {
    assert.deepEqual(rows(en, "Before Tuesday's vote, he spoke."), [['Tuesday', '2026-03-03', null]]);
    assert.deepEqual(rows(en, 'Talks must end before the end of the year.'), [['the end of the year', '2026', 'END']]);
  });
});
