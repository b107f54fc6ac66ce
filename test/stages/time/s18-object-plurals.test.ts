import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeTagger } from './helpers.js';

// A weekday after a past verb with a compound plural object ("arrested two opposition leaders on Monday") is the
// day before publication: the noun and the -s form after a past verb that reports nothing are its object, not a
// reported clause with a present verb of its own ("said the minister leaves on Sunday" still looks ahead).
// Publication 2026-11-20 is a Friday: the last Monday is 2026-11-16, the next 2026-11-23.

const en = makeTagger('en');
const value = (text: string, span: string, published = '2026-11-20'): string | null | undefined =>
  en.tag(`Title\n${text}`, published).find((t) => t.text === span)?.value;

describe('weekday after a past verb and its compound plural object (English)', () => {
  test('the past verb dates the weekday, whatever nouns its object has', () => {
    const rows: [string, string, string][] = [
      ['Police arrested two opposition leaders in Tbilisi on Monday.', 'on Monday', '2026-11-16'],
      ['The police detained 40 opposition supporters on Monday.', 'on Monday', '2026-11-16'],
      ['Soldiers seized three fishing boats near the island on Tuesday.', 'on Tuesday', '2026-11-17'],
      ['Authorities expelled two embassy officials on Wednesday.', 'on Wednesday', '2026-11-18'],
      ['The army shelled several border villages on Thursday.', 'on Thursday', '2026-11-19'],
      ['Rebels freed four aid workers on Sunday.', 'on Sunday', '2026-11-15'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value(text, span), expected, text);
  });
  test('negatives: a report verb before the noun and its present verb still looks ahead', () => {
    const rows: [string, string, string][] = [
      ['Officials said the minister leaves on Sunday.', 'on Sunday', '2026-11-22'],
      ['The agency said the central bank meets on Tuesday.', 'on Tuesday', '2026-11-24'],
      ['The ministry announced the delegation travels on Monday.', 'on Monday', '2026-11-23'],
      // any verb of saying that takes a clause (speech-verbs.json, shared with the quotes stage), and verbs of thinking
      ['The spokesman reiterated the minister leaves on Sunday.', 'on Sunday', '2026-11-22'],
      ['Diplomats hoped the commission meets on Tuesday.', 'on Tuesday', '2026-11-24'],
      // no past form at all: a present verb of its own names a schedule
      ['The central bank meets on Tuesday.', 'on Tuesday', '2026-11-24'],
    ];
    for (const [text, span, expected] of rows) assert.equal(value(text, span), expected, text);
  });
});
