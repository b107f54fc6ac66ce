import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from '../../src/ingest/dates.js';
import { defaultIngestLexicon } from '../../src/ingest/lexicon.js';

const lex = defaultIngestLexicon();

describe('normaliseDate', () => {
  const cases: [unknown, string | null][] = [
    ['2025-07-31', '2025-07-31'],
    ['2025-07-31T23:30:00-05:00', '2025-07-31'], // the publisher's calendar day, not UTC
    ['2025-07-31T10:00:00Z', '2025-07-31'],
    ['20250731', '2025-07-31'],
    ['31.07.2025', '2025-07-31'],
    ['31. Juli 2025', '2025-07-31'],
    ['July 3, 2025', '2025-07-03'],
    ['Thu, 03 Jul 2025 10:00:00 GMT', '2025-07-03'],
    ['3 March 2024', '2024-03-03'],
    ['March 2024', null],
    ['07/03/2025', null], // ambiguous order
    ['2025-02-30', null],
    ['31. Juli', null], // no year: unknown
    ['yesterday', null],
    ['', null],
    [null, null],
    [new Date('2024-05-06T12:00:00Z'), '2024-05-06'],
    ['x'.repeat(100_000), null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)?.slice(0, 40)} → ${expected}`, () => assert.equal(normaliseDate(input, lex), expected));
  }
});
