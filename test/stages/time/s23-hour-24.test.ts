import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 23: a clock written as 24 ("24 Uhr", "24:00") joined to a day is the end of that day
 * (ISO 8601 T24:00), not the midnight that opens it; the named "Mitternacht" / "midnight" keeps the
 * convention of the earlier sessions (it opens a named day unless an end preposition closes it).
 * Sentences written for this test; reference date 2025-03-10 (a Monday).
 */

const detailed = makeDetailedTagger();
const values = (lang: 'de' | 'en', text: string): [string, string | null][] =>
  detailed(lang, text, '2025-03-10').map((r) => [r.core, r.value]);

describe('a written 24 closes its day', () => {
  const rows: [string, 'de' | 'en', string, [string, string | null][]][] = [
    ['date, comma, 24 Uhr', 'de', 'Die Waffenruhe gilt ab dem 28. März, 24 Uhr.', [['28. März, 24 Uhr', '2025-03-28T24:00']]],
    ['weekday um 24 Uhr', 'de', 'Die Frist endet am Freitag um 24 Uhr.', [['Freitag um 24 Uhr', '2025-03-14T24:00']]],
    ['date at 24:00', 'en', 'The truce takes effect on March 28 at 24:00.', [['March 28 at 24:00', '2025-03-28T24:00']]],
  ];
  for (const [rule, lang, text, want] of rows) {
    test(rule, () => {
      assert.deepEqual(values(lang, text).map(([, v]) => v), want.map(([, v]) => v));
    });
  }
});

describe('negatives: the named midnight keeps opening a named day', () => {
  test('ab Mitternacht am Samstag is the start of Saturday', () => {
    assert.deepEqual(values('de', 'Die Ausgangssperre gilt ab Mitternacht am Samstag.').map(([, v]) => v), ['2025-03-15T00:00']);
  });
  test('bis Mitternacht am Samstag is its end', () => {
    assert.deepEqual(values('de', 'Die Ausgangssperre gilt bis Mitternacht am Samstag.').map(([, v]) => v), ['2025-03-15T24:00']);
  });
  test('a clock of 0 Uhr stays the start of its day', () => {
    assert.deepEqual(values('de', 'Die Frist beginnt am Freitag um 0 Uhr.').map(([, v]) => v), ['2025-03-14T00:00']);
  });
});
