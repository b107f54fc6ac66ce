import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Lang } from '../../../src/doc/types.js';
import { PATTERNS } from '../../../src/stages/time/patterns.js';
import { makeTagger } from './helpers.js';

/*
 * No pattern of the time stage may backtrack catastrophically: every regular expression (they all
 * live in patterns.ts) and the whole tagger run on ~100k characters of hostile input within a
 * time bound. The bound is on the process's CPU time, not the wall clock: on a loaded machine the
 * wall clock also counts the time other processes had the core, which made the test fail without
 * any change here; CPU time counts only this work, and a catastrophic backtrack (exponential in
 * the input) exceeds any bound on 100k characters all the same.
 */
const N = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** Milliseconds of CPU time (user + system) this process spends in `run`. */
function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const INPUTS: Record<string, string> = {
  digits: fill('1234567890'),
  digitsDots: fill('1.'),
  digitsColons: fill('12:'),
  dotsSpaces: fill('. '),
  letters: fill('abcdefghij'),
  mixed: fill('1a.2 b:3-4,'),
  ampm: fill('1a.m.p'),
  almostDate: fill('2025-07-3'),
  almostClock: fill('10.0'),
  dashes: fill('-1-'),
};

const TEXTS: Record<string, string> = {
  ...INPUTS,
  wordsDe: fill('Mitte am vor seit den 1990er Jahren Ende des Jahres einmal im Montag (27.7.) '),
  wordsEn: fill('mid- late in the end of the week ago since the 1990s once a Monday (7/31/ '),
  numbersSpaced: fill('12 '),
  monthsOnly: fill('Juli Mai July May '),
  noSentenceEnd: fill('vor zwei Wochen und drei Tagen, '),
  ranges: fill('1939-1945 1939-45 3.-5. Mai 3.–5. Mai 1942/43 von Mai bis Juli 2024 '),
  dayRanges: fill('May 3-5, 3-5 May 2014 between June 22 and June 25, 1941 '),
  rangeChains: fill('1-2-3-4-5/'),
  narrativeDe: fill('im 12. und 13. und 14. Jahrhundert Achtzigerjahren Winter 1946/1947/48 am Abend danach in jenem Jahr zwischen dem 4. und dem Hälfte des '),
  narrativeEn: fill("the Thirty Years' War that same year later that the mid-20th century at midnight the winter of 1941–42–43 "),
};

describe('time: adversarial input', () => {
  for (const [name, re] of Object.entries(PATTERNS)) {
    test(`pattern ${name} is linear on hostile input`, () => {
      for (const [label, s] of Object.entries(INPUTS)) {
        const ms = cpuMs(() => {
          re.test(s);
          s.split(re);
        });
        assert.ok(ms < 250, `${name} on ${label}: ${ms.toFixed(0)} ms`);
      }
    });
  }
  for (const lang of ['de', 'en'] as Lang[]) {
    const { tag } = makeTagger(lang);
    test(`whole tagger (${lang}) is fast and total on hostile input`, () => {
      for (const [label, s] of Object.entries(TEXTS)) {
        let out: unknown;
        const ms = cpuMs(() => (out = tag(`Titel\n${s}`, '2025-07-31')));
        assert.ok(Array.isArray(out));
        assert.ok(ms < 3000, `${label}: ${ms.toFixed(0)} ms`);
      }
    });
    test(`whole tagger (${lang}, narrative anchoring) is fast and total on hostile input`, () => {
      for (const [label, s] of Object.entries(TEXTS)) {
        let out: unknown;
        const ms = cpuMs(() => (out = tag(`Titel\n${s}`, '2025-07-31', { anchor: 'narrative' })));
        assert.ok(Array.isArray(out));
        assert.ok(ms < 3000, `${label}: ${ms.toFixed(0)} ms`);
      }
    });
  }
  test('the CPU-time meter sees a backtracking pattern (the bound stays meaningful)', () => {
    // nested quantifiers backtrack exponentially: 22 letters and a mismatch take millions of
    // steps, far above what the meter reports for no work, on any machine and under any load
    const idle = cpuMs(() => undefined);
    const ms = cpuMs(() => assert.equal(/^(a+)+$/.test(`${'a'.repeat(22)}!`), false));
    assert.ok(idle < 2, `idle: ${idle.toFixed(1)} ms`);
    assert.ok(ms > 10, `backtracking: ${ms.toFixed(1)} ms`);
  });
  test('empty and unknown reference date', () => {
    const { tag } = makeTagger('de');
    assert.deepEqual(tag('', '2025-07-31'), []);
    const rel = tag('Titel\nAm Montag und gestern, im Juli 2024.', null);
    assert.equal(rel.find((t) => t.text === 'Am Montag')?.value, null);
    assert.equal(rel.find((t) => t.text === 'gestern')?.value, null);
    assert.equal(rel.find((t) => t.text === 'im Juli 2024')?.value, '2024-07');
  });
});
