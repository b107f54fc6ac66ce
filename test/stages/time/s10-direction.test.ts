import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

const en = makeTagger('en');
const de = makeTagger('de');
const value = (tag: typeof en.tag, text: string, published: string, span: string): string | null | undefined =>
  tag(`Title\n${text}`, published).find((t) => t.text === span)?.value;

describe('direction of months, seasons and counted periods', () => {
  test('a fronted month that fills its clause takes the tense of the clause it opens', () => {
    assert.equal(value(en.tag, 'In March, soldiers rammed a fishing boat near the island, injuring four men.', '2025-09-12', 'In March'), '2025-03');
    assert.equal(value(en.tag, 'In April, the court acquitted all three defendants.', '2025-10-20', 'In April'), '2025-04');
    // negative: a future clause after the comma looks ahead
    assert.equal(value(en.tag, 'In March, the ministry will publish new figures.', '2025-09-12', 'In March'), '2026-03');
  });
  test('an invitation plans ahead (intention verb)', () => {
    assert.equal(value(de.tag, 'Zugleich lud der Minister seinen Gast ein, im Herbst erneut nach Peking zu reisen.', '2026-02-06', 'im Herbst'), '2026-FA');
    assert.equal(value(de.tag, 'Die Kanzlerin hat ihn eingeladen, im Sommer nach Berlin zu kommen.', '2026-02-06', 'im Sommer'), '2026-SU');
    // negative: a season told in the past stays past
    assert.equal(value(de.tag, 'Im Herbst reiste der Minister nach Peking.', '2026-02-06', 'Im Herbst'), '2025-FA');
  });
  test('an ordinal after a possessive counts a series within the period (a duration)', () => {
    assert.equal(value(en.tag, 'The party won the vote, the country\'s seventh in four years, but lost seats.', '2026-06-08', 'in four years'), 'P4Y');
    // negative: a verb between the ordinal and the period makes it a date ahead
    assert.equal(value(en.tag, 'Kenya\'s second round will be held in two weeks.', '2025-09-12', 'in two weeks'), '2025-W39');
  });
});
