import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResourceLoader } from '../../src/resources/loader.js';
import { loadCalendar } from '../../src/resources/calendar.js';
import { asObject, asRecord, asNumber, asStringArray } from '../../src/resources/validate.js';
import { LagebildError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

/** A resources folder with one German file `words.json`. */
function folder(content: string): string {
  const root = tempDir('lagebild-loader-');
  mkdirSync(join(root, 'de'));
  writeFileSync(join(root, 'de', 'words.json'), content);
  return root;
}

test('one file read with two validators gives each caller its own shape', () => {
  const res = new ResourceLoader('de', folder('{"words": ["Montag", "Dienstag"], "count": {"Montag": 1}}'));
  const asList = (raw: unknown, where: string): string[] => asStringArray(asObject(raw, where).words, where, 'words');
  const asCounts = (raw: unknown, where: string): Record<string, number> => asRecord(asObject(raw, where).count, where, 'count', asNumber);
  assert.deepEqual(res.lexicon('words', asList), ['Montag', 'Dienstag']);
  // before, the second caller got the first validator's value (a list where it expected a record)
  assert.deepEqual(res.lexicon('words', asCounts), { Montag: 1 });
  // the same validator is served from the cache: the very same value
  assert.equal(res.lexicon('words', asList), res.lexicon('words', asList));
});

test('a second validator still refuses what it does not accept', () => {
  const res = new ResourceLoader('de', folder('{"words": ["Montag"]}'));
  assert.deepEqual(res.lexicon('words', (raw, where) => asStringArray(asObject(raw, where).words, where, 'words')), ['Montag']);
  assert.throws(() => res.lexicon('words', (raw, where) => asRecord(asObject(raw, where).count, where, 'count', asNumber)), LagebildError);
});

test('the calendar reads the same in every stage that loads it', () => {
  for (const lang of ['de', 'en'] as const) {
    const cal = loadCalendar(new ResourceLoader(lang));
    assert.equal(cal.months[lang === 'de' ? 'märz' : 'march'], 3);
    assert.equal(cal.weekdays[lang === 'de' ? 'montag' : 'monday'], 1);
  }
});
