/**
 * Session 15: the API's quote decoders keep a quote's `verbatim` passages, and still accept a
 * quote from a server or stored layer that has none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, outDocD, quoteItemD, verbatimSpanD } from '../../src/api/index.js';

const DOC_REF = { id: 'd1', title: null, published: null, source: null, address: null, language: 'de' };
const QUOTE = {
  id: 7, doc: DOC_REF, index: 0, speaker: null, addressee: null, kind: 'indirect', text: 'man sei zu „Verbündeten“ geworden',
  cue: 'sagte', date: null, start: 10, end: 43, confidence: 0.8,
};
const SPAN = { start: 22, end: 33, text: 'Verbündeten' };

function outDoc(quote: Record<string, unknown>) {
  return {
    version: 1, id: 'd1', language: 'de', published: null, source: null, title: null, address: null, text: 'x',
    sentences: [], entities: [], times: [], events: [],
    quotes: [{ start: 10, end: 43, speaker: null, kind: 'indirect', text: 't', sentence: 0, cue: null, addressee: null, date: null, ...quote }],
  };
}

describe('api: verbatim passages of quotes', () => {
  it('a quote item keeps its verbatim passages, and one without them still decodes', () => {
    const cases: [Record<string, unknown>, unknown][] = [
      [{ ...QUOTE, verbatim: [SPAN] }, [SPAN]],
      [{ ...QUOTE, verbatim: [] }, []],
      [QUOTE, undefined],
    ];
    for (const [input, want] of cases) assert.deepEqual(quoteItemD(input).verbatim, want);
  });

  it('the document layer keeps them too', () => {
    assert.deepEqual(outDocD(outDoc({ verbatim: [SPAN] })).quotes[0]?.verbatim, [SPAN]);
    assert.equal(outDocD(outDoc({})).quotes[0]?.verbatim, undefined);
  });

  it('a malformed passage is refused with its path', () => {
    const bad: [unknown, string][] = [
      [{ ...QUOTE, verbatim: [{ start: 1, end: 2 }] }, '$.verbatim[0].text'],
      [{ ...QUOTE, verbatim: [{ start: 1.5, end: 2, text: 'a' }] }, '$.verbatim[0].start'],
      [{ ...QUOTE, verbatim: 'Verbündeten' }, '$.verbatim'],
    ];
    for (const [input, path] of bad) {
      assert.throws(() => quoteItemD(input), (e: unknown) => e instanceof DecodeError && e.path === path, path);
    }
    assert.throws(() => verbatimSpanD(null), DecodeError);
  });
});
