import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePattern } from '../../../src/stages/events/lexicon.js';

const GERMAN = { present: 't', paradigm: ['te', 'en', 'n'], subjunctive: 'e' } as const;

describe('events lexicon: subjunctive forms from listed present forms (subjunctiveForms)', () => {
  it('a present form listed with its paradigm gains the subjunctive', () => {
    const [el] = compilePattern('fordert|forderte|ruft|rufen', 'test', 'match', GERMAN);
    assert.ok(el!.exact.has('fordere') && el!.exact.has('rufe'));
  });
  it('negatives: no paradigm sibling, a preterite in -te, or no rule for the language', () => {
    const [lone] = compilePattern('geplant|bekannt', 'test', 'match', GERMAN);
    assert.ok(!lone!.exact.has('geplane') && !lone!.exact.has('bekanne'));
    const [pret] = compilePattern('forderte|forderten', 'test', 'match', GERMAN);
    assert.ok(!pret!.exact.has('fordere'));
    const [en] = compilePattern('fordert|forderte', 'test', 'match');
    assert.ok(!en!.exact.has('fordere'));
  });
});
