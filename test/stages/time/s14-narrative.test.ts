import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 14: values of historical narrative (narrative anchoring unless a case says otherwise,
 * reference date 2011-02-16): the course of the running period ("in the course of the day"), an
 * ordinal day with no month (a day of the running month: "am 6.", "on the morning of the 6th"), and a
 * part of the day whose link word links no day ("kam es am Abend zu Kundgebungen": the running day's
 * evening, moved by "zwei Tage später"). All passages are written for this test.
 */

const detailed = makeDetailedTagger();
type Lang = 'de' | 'en';
type Anchor = 'narrative' | 'publication';
const rows = (lang: Lang, text: string, anchor: Anchor = 'narrative') =>
  detailed(lang, text, '2011-02-16', { anchor }).filter((r) => !r.timex2Only);
/** core extent → value of every expression. */
const values = (lang: Lang, text: string, anchor: Anchor = 'narrative'): Record<string, string | null> =>
  Object.fromEntries(rows(lang, text, anchor).map((r) => [r.core, r.value]));

describe('the course of the running period', () => {
  const cases: [Lang, string, string, string, string][] = [
    // [language, passage, core, value, span]
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Im Laufe des Tages erreichten sie Linz.', 'des Tages', '1938-03-12', 'Im Laufe des Tages'],
    ['en', 'On 12 March 1938 the troops crossed the border. In the course of the day they reached Linz.', 'the day', '1938-03-12', 'In the course of the day'],
    ['en', 'On 3 September 1939 Britain declared war. Over the course of the day, crowds gathered.', 'the day', '1939-09-03', 'the course of the day'],
    ['en', 'In March 1938 the troops crossed the border. During the course of the month, the annexation was completed.', 'the month', '1938-03', 'During the course of the month'],
    ['en', 'In 1938 the troops crossed the border. Throughout the course of the year, refugees left the country.', 'the year', '1938', 'Throughout the course of the year'],
  ];
  for (const [lang, text, core, value, span] of cases) {
    test(`${lang}: ${text}`, () => {
      const r = rows(lang, text).find((x) => x.core === core);
      assert.ok(r, `no expression "${core}"`);
      assert.equal(r.value, value);
      assert.equal(r.span, span);
    });
  }
  test('news: "over the course of the week" is the publication week', () => {
    assert.equal(values('en', 'Over the course of the week, prices rose sharply.', 'publication')['the week'], '2011-W07');
  });
  test('negative: "of course" and a course of study are no period', () => {
    assert.deepEqual(rows('en', 'On 12 March 1938 the troops crossed the border. Of course the day was cold.').map((r) => r.core), ['12 March 1938']);
    assert.deepEqual(rows('en', 'On 12 March 1938 she began a course of the law.').map((r) => r.core), ['12 March 1938']);
  });
});

describe('an ordinal day with no month: a day of the running month (narrative)', () => {
  const cases: [Lang, string, string, string][] = [
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Am 13. wurde der Anschluss verkündet.', '13.', '1938-03-13'],
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Am Abend des 14. zog Hitler in Wien ein.', 'Abend des 14.', '1938-03-14TEV'],
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. In der Nacht zum 14. wurde verhaftet.', 'der Nacht zum 14.', '1938-03-13TNI'],
    ['de', 'Im Mai 1940 begann der Angriff. Am 15. kapitulierten die Niederlande.', '15.', '1940-05-15'],
    ['en', 'On 12 March 1938 the troops crossed the border. On the 13th, the union was proclaimed.', 'the 13th', '1938-03-13'],
    ['en', 'On 12 March 1938 the troops crossed the border. On the evening of the 14th, he entered Vienna.', 'the evening of the 14th', '1938-03-14TEV'],
    ['en', 'In May 1940 the offensive began. On the 15th, the Netherlands surrendered.', 'the 15th', '1940-05-15'],
  ];
  for (const [lang, text, core, value] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text)[core], value));
  test('a later part of the day follows the day it named ("Later that night": the night of the 6th)', () => {
    const v = values('en', 'On 5 May 1945 the army reached the river. On the morning of the 6th, the bridge fell. Later that night the town was taken.');
    assert.equal(v['the morning of the 6th'], '1945-05-06TMO');
    assert.equal(v['Later that night'], '1945-05-06TNI');
  });
  const negatives: [Lang, string, Anchor, string][] = [
    // an ordinal before a word it counts
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Am 6. Tag der Besetzung kam der Kardinal.', 'narrative', 'an ordinal before a noun'],
    ['en', 'On 12 March 1938 the troops crossed the border. On the 6th floor, the delegates met.', 'narrative', 'an ordinal before a noun'],
    ['en', 'On 12 March 1938 the troops crossed the border. On the 6th day the city fell.', 'narrative', 'an ordinal before a lower-case noun (English)'],
    // a running date that names no month
    ['de', 'Im Jahr 1938 überschritten die Truppen die Grenze. Am 13. wurde der Anschluss verkündet.', 'narrative', 'a running year only'],
    // news: the publication's month is no running month
    ['de', 'Die Gespräche sollen fortgesetzt werden. Am 13. beginnt die nächste Runde.', 'publication', 'news'],
    // no opener before the day
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Die 13. Division folgte.', 'narrative', 'no opener'],
  ];
  for (const [lang, text, anchor, why] of negatives) {
    test(`negative (${why}): ${text}`, () => {
      const got = rows(lang, text, anchor).filter((r) => r.value !== null && /^\d{4}-\d{2}-(0[1-9]|1\d)$/.test(r.value) && !/12|^$/.test(r.value.slice(8)));
      assert.deepEqual(got.map((r) => r.core), []);
    });
  }
});

describe('a part of the day whose link word links no day', () => {
  const cases: [Lang, string, Anchor, string, string][] = [
    ['de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Zwei Tage später kam es am Abend zu Kundgebungen.', 'narrative', 'Abend', '1938-03-14TEV'],
    ['en', 'On 12 March 1938 the troops crossed the border. Two days later, crowds gathered in the evening on the main square.', 'narrative', 'the evening', '1938-03-14TEV'],
    ['de', 'Am Montag demonstrierten Tausende in der Hauptstadt. Die Polizei griff am Abend zu Tränengas.', 'publication', 'Abend', '2011-02-14TEV'],
  ];
  for (const [lang, text, anchor, core, value] of cases) test(`${lang}: ${text}`, () => assert.equal(values(lang, text, anchor)[core], value));
  test('negative: a link to a day still joins the part to that day', () => {
    const v = values('de', 'Am 12. März 1938 überschritten die Truppen die Grenze. In der Nacht zu Sonntag kam es zu Kundgebungen.');
    // (one expression, the night to that Sunday; which Sunday is the tense's business)
    assert.deepEqual(Object.keys(v), ['12. März 1938', 'der Nacht zu Sonntag']);
    assert.match(v['der Nacht zu Sonntag'] ?? '', /^1938-03-\d\dTNI$/);
  });
  test('negative: a genitive link names an event\'s day, no running day ("am Abend des Einmarschs")', () => {
    const v = values('de', 'Am 12. März 1938 überschritten die Truppen die Grenze. Am Abend des Einmarschs jubelten viele.');
    assert.deepEqual(Object.keys(v), ['12. März 1938']);
  });
});
