import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LagebildError } from '../../../src/errors.js';
import { compilePattern, type TriggerEntry } from '../../../src/stages/events/lexicon.js';
import { TriggerMatcher } from '../../../src/stages/events/match.js';

/** A minimal verb entry whose only element is `pattern`. */
function entry(pattern: string): TriggerEntry {
  return {
    id: 'test.x', type: 'ACCUSE', pos: 'verb', elements: compilePattern(pattern, 'test', 'match'), triggerAll: false,
    source: ['subj'], target: ['obj'], symmetric: false, reciprocal: false, participant: false, governs: false, pledge: false, bareDanger: false,
  } as unknown as TriggerEntry;
}

describe('events matcher: lexicon checks use the error catalogue', () => {
  it('a stem or compound head too short to index is RESOURCE_INVALID naming the entry', () => {
    for (const p of ['ab*', '*ab']) {
      assert.throws(() => new TriggerMatcher([entry(p)]), (e: unknown) => e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && /test\.x/u.test(e.message));
    }
  });
  it('negative: stems and heads of index length are accepted', () => {
    assert.doesNotThrow(() => new TriggerMatcher([entry('kritisier*|*angriff')]));
  });
});
