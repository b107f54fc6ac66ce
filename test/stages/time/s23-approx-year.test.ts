import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 23: in an English history an approximate year that opens a clause is followed by the
 * clause's subject with its article ("Around 1920 the border was fixed"); a count is followed by the
 * noun it counts. Sentences written for this test; narrative anchoring.
 */

const detailed = makeDetailedTagger();
const narrative = (lang: 'de' | 'en', text: string): [string, string | null, string | null][] =>
  detailed(lang, text, '2011-02-16', { anchor: 'narrative' }).filter((r) => !r.timex2Only).map((r) => [r.span, r.value, r.mod]);

describe('an approximate year before an article', () => {
  test('sentence-initial', () => {
    assert.deepEqual(narrative('en', 'Around 1920 the border was fixed.'), [['Around 1920', '1920', 'APPROX']]);
  });
  test('after a preposition', () => {
    assert.deepEqual(narrative('en', 'In about 1850 the town grew quickly.'), [['In about 1850', '1850', 'APPROX']]);
  });
});

describe('negatives: counts stay counts', () => {
  test('a count before its noun', () => {
    assert.deepEqual(narrative('en', 'About 1500 soldiers died in the siege.'), []);
  });
  test('a count of people', () => {
    assert.deepEqual(narrative('en', 'Around 2000 people marched to the palace.'), []);
  });
  test('German: an article after a count opens its genitive', () => {
    assert.deepEqual(narrative('de', 'Rund 2000 der Demonstranten zogen zum Palast.'), []);
  });
});
