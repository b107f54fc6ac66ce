import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketOf, dateCompatibility, morePrecise, placeDay, timexRange } from '../../src/store/dates.js';
import { nameKey } from '../../src/store/normalize.js';

describe('store dates', () => {
  it('turns TIMEX3 values into day ranges', () => {
    const len = (v: string) => { const r = timexRange(v); return r ? r.end - r.start + 1 : null; };
    assert.equal(len('2025-07-27'), 1);
    assert.equal(len('2025-07'), 31);
    assert.equal(len('2025-02'), 28);
    assert.equal(len('2025-W30'), 7);
    assert.equal(len('2025-Q3'), 92);
    assert.equal(len('2025'), 365);
    assert.equal(len('199'), 3652, '1990–1999');
    assert.equal(timexRange('P8D'), null);
    assert.equal(timexRange('PRESENT_REF'), null);
    assert.equal(timexRange('2025-13'), null);
  });
  it('decides which report dates can be one event', () => {
    assert.equal(dateCompatibility('2025-07-27', '2025-07-27', null, null), 0);
    assert.equal(dateCompatibility('2025-07', '2025-07-27', null, null), 1, 'a month contains its days');
    assert.equal(dateCompatibility('2025-07-27', '2025-07-29', null, null), 4, 'days within the window');
    assert.equal(dateCompatibility('2025-07-20', '2025-07-27', null, null), null, 'a week apart');
    assert.equal(dateCompatibility('2025-07', '2025-09', null, null), null);
    assert.notEqual(dateCompatibility(null, '2025-07-27', '2025-07-28', '2025-07-28'), null, 'undated, published the next day');
    assert.equal(dateCompatibility(null, '2025-07-27', '2025-12-01', '2025-12-01'), null, 'undated, published months later');
    assert.notEqual(dateCompatibility(null, null, null, null), null, 'nothing known: compatible');
  });
  it('keeps the most precise date and places events on days', () => {
    assert.equal(morePrecise('2025-07', '2025-07-27'), '2025-07-27');
    assert.equal(morePrecise('2025-07-27', '2025'), '2025-07-27');
    assert.equal(morePrecise(null, '2025'), '2025');
    assert.equal(placeDay('2025-07-27', '2025-08-01'), '2025-07-27');
    assert.equal(placeDay('2025-07', '2025-07-15'), '2025-07-15', 'published inside the month');
    assert.equal(placeDay('2025-07', '2025-09-01'), '2025-07-01');
    assert.equal(placeDay(null, '2025-09-01'), '2025-09-01');
    assert.equal(placeDay(null, null), null);
  });
  it('buckets days by ISO week and month', () => {
    assert.deepEqual(bucketOf('2025-07-27', 'week'), { period: '2025-W30', start: '2025-07-21' });
    assert.deepEqual(bucketOf('2024-12-30', 'week'), { period: '2025-W01', start: '2024-12-30' }, 'ISO year of the Thursday');
    assert.deepEqual(bucketOf('2021-01-03', 'week'), { period: '2020-W53', start: '2020-12-28' });
    assert.deepEqual(bucketOf('2025-07-27', 'month'), { period: '2025-07', start: '2025-07-01' });
  });
});

describe('name keys', () => {
  it('fold case, umlauts, accents and German/English transliteration alike', () => {
    const same = [['München', 'Muenchen', 'MUNCHEN'], ['Selenskyj', 'Zelenskyy', 'Zelensky'], ['Sergej Lawrow', 'Sergey Lavrov', 'Sergei Lavrov'],
      ['Chodorkowski', 'Khodorkovsky'], ['Pjöngjang', 'Pyongyang'], ['Kim Jong-un', 'Kim Jong Un'], ['Straße', 'Strasse'], ['Kęstutis', 'Kestutis']];
    for (const group of same) for (const n of group) assert.equal(nameKey(n), nameKey(group[0]!), `${n} ~ ${group[0]}`);
    assert.notEqual(nameKey('Berlin'), nameKey('Bern'));
    assert.equal(nameKey('  '), '');
  });
});
