import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 23: English writes seasons lower-case, so a capitalised season before a capitalised word
 * opens a name ("the Winter War", "the Spring Offensive"), not a time; German capitalises every noun
 * and keeps its seasons. Sentences written for this test.
 */

const detailed = makeDetailedTagger();
const spans = (lang: 'de' | 'en', text: string, anchor?: 'narrative'): string[] =>
  detailed(lang, text, '2024-05-01', anchor ? { anchor } : undefined).filter((r) => !r.timex2Only).map((r) => r.span);

describe('a season that opens a name is no time', () => {
  test('the Winter War', () => {
    assert.deepEqual(spans('en', 'The Winter War was fought in 1939 and 1940.', 'narrative'), ['in 1939', '1940']);
  });
  test('the Spring Offensive', () => {
    assert.deepEqual(spans('en', 'Historians still debate the Spring Offensive of the German army.', 'narrative'), []);
  });
});

describe('negatives: seasons stay times', () => {
  test('English lower-case season', () => {
    assert.deepEqual(spans('en', 'In the winter the troops withdrew.', 'narrative'), ['In the winter']);
  });
  test('English capitalised season before a year', () => {
    assert.deepEqual(spans('en', 'The talks resumed in Spring 2024.'), ['in Spring 2024']);
  });
  test('German season before a noun', () => {
    assert.deepEqual(spans('de', 'Im Winter Truppen zu verlegen, galt als riskant.', 'narrative'), ['Im Winter']);
  });
});
