import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTimeErrors, timeErrorBreakdown } from '../../src/eval/time-errors.js';
import { scoreCorpus } from '../../src/eval/score.js';

const text = 'Am Montag, im Juli, 2019, seit drei Jahren, derzeit, Mitte Mai, im Sommer, am 3. Juni, 2020, dann nichts, um 10 Uhr.';
const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

test('time errors: every gold expression falls in exactly one class, and the classes add up to the scorer', () => {
  const gold = {
    times: [
      { text: 'Am Montag', type: 'DATE', value: '2025-07-21', mod: null }, // a week later
      { text: 'im Juli', type: 'DATE', value: '2025-07', mod: null }, // the year alone earlier
      { text: '2019', type: 'DATE', value: '2019', mod: null }, // right
      { text: 'seit drei Jahren', type: 'DURATION', value: 'P3Y', mod: null }, // duration
      { text: 'derzeit', type: 'DATE', value: 'PRESENT_REF', mod: null }, // reference against a value
      { text: 'Mitte Mai', type: 'DATE', value: '2025-05', mod: 'MID' }, // mod only
      { text: 'im Sommer', type: 'DATE', value: '2025-SU', mod: null }, // coarser
      { text: 'am 3. Juni', type: 'DATE', value: '2025-06', mod: null }, // finer
      { text: '2020', type: 'DATE', value: '2020', mod: null }, // other: a decade against a year
      { text: 'um 10 Uhr', type: 'TIME', value: '2025-07-21T10:00', mod: null }, // not found
    ],
  };
  const sys = {
    times: [
      { value: '2025-07-28', ...at('Am Montag') },
      { value: '2024-07', ...at('im Juli') },
      { value: '2019', ...at('2019') },
      { value: 'P2Y', ...at('seit drei Jahren') },
      { value: '2025-07-21', ...at('derzeit') },
      { value: '2025-05', mod: 'START', ...at('Mitte Mai') },
      { value: '2025', ...at('im Sommer') },
      { value: '2025-06-03', ...at('am 3. Juni') },
      { value: '202', ...at('2020') },
      { value: 'P1D', ...at('dann nichts') }, // spurious
    ],
  };
  const items = [{ id: 'a', text, gold, sys }];
  const b = timeErrorBreakdown(items);
  assert.deepEqual(
    [b.gold, b.ok, b.missed, b.modOnly, b.refVsValue, b.duration, b.later, b.earlier, b.coarser, b.finer, b.other, b.spurious],
    [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  );
  assert.deepEqual([b.laterByWeek, b.laterByYear, b.earlierByWeek, b.earlierByYear], [1, 0, 0, 1]);
  assert.deepEqual(b.missedByType, { TIME: 1 });
  const { metrics } = scoreCorpus(items);
  assert.equal(b.ok, Math.round(metrics.timeValue.acc * metrics.timeValue.n));
  assert.equal(b.missed, metrics.times.fn);
  assert.equal(b.spurious, metrics.times.fp);
  const lines = formatTimeErrors(b);
  assert.match(lines, /later than gold\s+1 \(a week: 1, the year alone: 0\)/);
  assert.ok(!lines.includes('Montag') && !lines.includes('2025'), 'the breakdown prints counts, never text or values');
});

test('time errors: days apart by other than a week are later or earlier, not a week; no output misses every gold time', () => {
  const gold = { times: [{ text: 'Am Montag', type: 'DATE', value: '2025-07-21', mod: null }] };
  const b = timeErrorBreakdown([{ id: 'a', text, gold, sys: { times: [{ value: '2025-07-22', ...at('Am Montag') }] } }]);
  assert.deepEqual([b.later, b.laterByWeek, b.laterByYear], [1, 0, 0]);
  const none = timeErrorBreakdown([{ id: 'a', text, gold, sys: null }]);
  assert.deepEqual([none.gold, none.missed, none.spurious, none.ok], [1, 1, 0, 0]);
});
