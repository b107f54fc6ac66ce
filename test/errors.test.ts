import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asLagebildError, ERROR_CODES, exitCodeOf, formatError, httpStatusOf, LagebildError } from '../src/errors.js';

test('every code maps to an exit code and an HTTP status in one table', () => {
  for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
    assert.ok([1, 2].includes(exitCodeOf(code)), code);
    assert.ok(httpStatusOf(code) >= 400 && httpStatusOf(code) < 600, code);
  }
  assert.equal(exitCodeOf('USAGE'), 2);
  assert.equal(httpStatusOf('NOT_FOUND'), 404);
});

test('errors format as one line naming the input; unknown errors become INTERNAL', () => {
  const e = new LagebildError('INPUT_EMPTY', 'the file is empty', 'a.txt');
  assert.equal(formatError(e), 'a.txt: the file is empty [INPUT_EMPTY]');
  const w = asLagebildError(new TypeError('boom'), 'b.txt');
  assert.equal(w.code, 'INTERNAL');
  assert.equal(w.subject, 'b.txt');
  assert.equal(asLagebildError(e), e);
});
