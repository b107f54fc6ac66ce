import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 23: a narrative's offsets ("am folgenden Tag", "the following day", "am Abend", "zwei Tage
 * später") count from the running date. A day named without its year earlier in the same sentence
 * moves that date only once it is resolved (refiner 3), so the offsets after it are counted again
 * there. Passages written for this test; narrative anchoring, reference date 2011-02-16.
 */

const detailed = makeDetailedTagger();
const values = (lang: 'de' | 'en', text: string): (string | null)[] =>
  detailed(lang, text, '2011-02-16', { anchor: 'narrative' }).filter((r) => !r.timex2Only).map((r) => r.value);

describe('an offset after a day of the same sentence counts from that day', () => {
  test('English: the following day', () => {
    assert.deepEqual(values('en', 'The assault began on 1 February 1940. On 5 March talks began, and they ended the following day.'),
      ['1940-02-01', '1940-03-05', '1940-03-06']);
  });
  test('English: the following day with its clock', () => {
    assert.deepEqual(values('en', 'The assault began on 1 February 1940. On 5 March talks began, and they ended the following day at noon.'),
      ['1940-02-01', '1940-03-05', '1940-03-06T12:00']);
  });
  test('German: am folgenden Tag', () => {
    assert.deepEqual(values('de', 'Der Angriff begann am 1. Februar 1940. Am 5. März begannen Gespräche, am folgenden Tag endeten sie.'),
      ['1940-02-01', '1940-03-05', '1940-03-06']);
  });
  test('German: a part of the day', () => {
    assert.deepEqual(values('de', 'Der Angriff begann am 1. Februar 1940. Am 5. März begannen Gespräche, am Abend endeten sie.'),
      ['1940-02-01', '1940-03-05', '1940-03-05TEV']);
  });
  test('German: a counted offset', () => {
    assert.deepEqual(values('de', 'Der Angriff begann am 1. Februar 1940. Am 5. März begannen Gespräche, drei Tage später endeten sie.'),
      ['1940-02-01', '1940-03-05', '1940-03-08']);
  });
});

describe('a clock before the article of its day joins it', () => {
  test('English: at noon the following day', () => {
    const got = detailed('en', 'The talks began on 5 March 1940. Fighting ended at noon the following day.', '2011-02-16', { anchor: 'narrative' }).map((r) => [r.span, r.value]);
    assert.deepEqual(got, [['on 5 March 1940', '1940-03-05'], ['at noon the following day', '1940-03-06T12:00']]);
  });
  test('negative: a clock before the subject of its clause stays alone', () => {
    assert.deepEqual(values('en', 'The talks began on 5 March 1940. At 5 p.m. the troops withdrew.'), ['1940-03-05', '1940-03-05T17:00']);
  });
});

describe('negatives: without an earlier day in the sentence the offset counts from the sentence before', () => {
  test('English', () => {
    assert.deepEqual(values('en', 'The assault began on 1 February 1940. Fighting stopped the following day.'), ['1940-02-01', '1940-02-02']);
  });
  test('German, an offset before the day of its sentence', () => {
    assert.deepEqual(values('de', 'Der Angriff begann am 1. Februar 1940. Am folgenden Tag, noch vor dem 5. März, ruhten die Waffen.'),
      ['1940-02-01', '1940-02-02', '1940-03-05']);
  });
});
