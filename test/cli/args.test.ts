import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagDate, flagEnum, flagInt, flagList, isIsoDate, parseArgs } from '../../src/cli/args.js';

const spec = { out: { value: true, help: '' }, verbose: { value: false, help: '' }, tag: { value: true, help: '', repeatable: true } };

test('parses positionals, values, switches and = syntax', () => {
  const a = parseArgs(['x', '--out', 'd', '--verbose', 'y', '--tag=a', '--tag', 'b', '--', '--z'], spec);
  assert.deepEqual(a.positionals, ['x', 'y', '--z']);
  assert.equal(a.flags.get('out'), 'd');
  assert.equal(a.flags.get('verbose'), true);
  assert.deepEqual(flagList(a, 'tag'), ['a', 'b']);
});

test('usage errors: unknown flag, missing value, value on a switch, bad enum/date/int', () => {
  assert.throws(() => parseArgs(['--nope'], spec), /unknown option --nope/);
  assert.throws(() => parseArgs(['--out'], spec), /needs a value/);
  assert.throws(() => parseArgs(['--verbose=1'], spec), /takes no value/);
  assert.throws(() => flagEnum(parseArgs(['--out', 'x'], spec), 'out', ['a', 'b']), /must be one of a, b/);
  assert.throws(() => flagDate(parseArgs(['--out', '2025-02-30'], spec), 'out'), /YYYY-MM-DD/);
  assert.throws(() => flagInt(parseArgs(['--out', '1.5'], spec), 'out'), /whole number/);
});

test('isIsoDate accepts real dates only', () => {
  assert.ok(isIsoDate('2024-02-29'));
  assert.ok(!isIsoDate('2025-02-29'));
  assert.ok(!isIsoDate('2025-7-1'));
});
