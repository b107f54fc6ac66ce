import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arr, DecodeError, eventItemD, int, nullable, obj, oneOf, optional, str } from '../../src/api/index.js';

describe('api decoders', () => {
  it('decode valid values and drop unknown fields', () => {
    const d = obj({ a: str, b: nullable(int), c: optional(arr(oneOf(['x', 'y'] as const))) });
    assert.deepEqual(d({ a: 'A', b: null, extra: 1 }), { a: 'A', b: null });
    assert.deepEqual(d({ a: 'A', b: 2, c: ['x'] }), { a: 'A', b: 2, c: ['x'] });
  });

  it('name the path of a bad field', () => {
    const d = obj({ items: arr(obj({ n: int })) });
    assert.throws(() => d({ items: [{ n: 1 }, { n: 1.5 }] }), (e: unknown) => e instanceof DecodeError && e.path === '$.items[1].n');
    assert.throws(() => eventItemD({ id: 1 }), DecodeError);
  });
});
