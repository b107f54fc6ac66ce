import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeDetailedTagger } from './helpers.js';

/*
 * Session 15: a year before a plural number word ("millions", "Tausende", `magnitudePlurals`) is a
 * year: no one counts 1918 millions. Before, "Between 1914 and 1918 millions died" had no expression
 * (both numbers read as counts of "millions"), and "Von 1939 bis 1945 Tausende flohen" lost its first
 * year. A counted noun or unit after the number word keeps the count ("2000 Millionen Euro"). All
 * sentences are written for this test.
 */

const detailed = makeDetailedTagger();
type Lang = 'de' | 'en';
/** core extent → value of every expression (news anchoring). */
const values = (lang: Lang, text: string): Record<string, string | null> =>
  Object.fromEntries(detailed(lang, text, '2011-02-16').filter((r) => !r.timex2Only).map((r) => [r.core, r.value]));

describe('a year before a plural number word', () => {
  const cases: [Lang, string, Record<string, string>][] = [
    // [language, sentence, core → value]
    ['en', 'Between 1914 and 1918 millions died in the trenches.', { '1914': '1914', '1918': '1918' }],
    ['en', 'From 1939 to 1945 thousands fled the region.', { '1939': '1939', '1945': '1945' }],
    ['en', 'Between 1846 and 1851 hundreds of thousands emigrated.', { '1846': '1846', '1851': '1851' }],
    ['de', 'Von 1939 bis 1945 Tausende flohen aus der Region.', { '1939': '1939', '1945': '1945' }],
    ['de', 'Zwischen 1914 und 1918 Hunderttausende fielen an der Front.', { '1914': '1914', '1918': '1918' }],
  ];
  for (const [lang, text, want] of cases) {
    test(`${lang}: ${text}`, () => {
      const got = values(lang, text);
      for (const [core, value] of Object.entries(want)) assert.equal(got[core], value, `${core}: ${JSON.stringify(got)}`);
    });
  }
});

describe('negatives: counts stay counts', () => {
  const none: [Lang, string][] = [
    ['en', 'Between 1500 and 2000 troops crossed the border.'],
    ['de', 'Die Kosten stiegen auf 2000 Millionen Euro.'],
    ['de', 'Zwischen 1500 und 2000 Millionen Menschen sind betroffen.'],
    ['en', 'The fund grew to 1200 millions dollars.'],
  ];
  for (const [lang, text] of none) {
    test(`${lang}: ${text}`, () => {
      assert.deepEqual(values(lang, text), {});
    });
  }
});
