import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 23: in a narrative a counted offset ("drei Jahre später", "two days later") counts from the
 * last date the text gave; when a date in apposition restates it, that date tells which day or year
 * the writer meant, and the offset takes its value at the offset's own granularity. Passages written
 * for this test; narrative anchoring, reference date 2011-02-16.
 */

const detailed = makeDetailedTagger();
const narrative = (lang: 'de' | 'en', text: string): [string, string | null][] =>
  detailed(lang, text, '2011-02-16', { anchor: 'narrative' }).filter((r) => !r.timex2Only).map((r) => [r.core, r.value]);

describe('an appositive date restates the offset', () => {
  test('German year after a season', () => {
    assert.deepEqual(narrative('de', 'Im Winter 1865/66 drohte der Bruch. Zwei Jahre später, 1868, folgte der Vertrag.'),
      [['Winter 1865/66', '1865-WI'], ['Zwei Jahre später', '1868'], ['1868', '1868']]);
  });
  test('English day after a month', () => {
    assert.deepEqual(narrative('en', 'The offensive began in June 1941. Two days later, on June 24, the city fell.'),
      [['June 1941', '1941-06'], ['Two days later', '1941-06-24'], ['June 24', '1941-06-24']]);
  });
  test('English year keeps the year granularity of a finer appositive', () => {
    assert.deepEqual(narrative('en', 'The siege ended on 24 June 1941. Four years later, in May 1945, the war ended.').map(([, v]) => v),
      ['1941-06-24', '1945', '1945-05']);
  });
});

describe('negatives: no restatement', () => {
  test('a date in the next clause is no apposition', () => {
    assert.deepEqual(narrative('de', 'Der Krieg begann im Juni 1941. Drei Jahre später, als im Mai 1945 die Waffen schwiegen, war die Stadt zerstört.').map(([, v]) => v),
      ['1941-06', '1944', '1945-05']);
  });
  test('a year cannot restate a count of days', () => {
    assert.deepEqual(narrative('en', 'The talks opened on 3 March 1919. Two days later, 1919 saw the first strike.').map(([, v]) => v).slice(0, 2),
      ['1919-03-03', '1919-03-05']);
  });
  test('news anchoring keeps offsets as durations', () => {
    const got = detailed('de', 'Drei Jahre später, 2014, kam die Wende.', '2011-02-16').filter((r) => !r.timex2Only).map((r) => r.value);
    assert.notEqual(got[0], '2014');
  });
});
