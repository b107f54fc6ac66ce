import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexCues, type Cue } from '../../../src/stages/events/lexicon.js';
import { eventLexicon } from './helpers.js';

/** The cues of `list` that stand at token `i` of `words`, found the slow way (every cue tested). */
function scan(list: readonly Cue[], words: readonly string[], i: number): Cue[] {
  return list.filter((c) => c.every((w, k) => words[i + k] === w));
}

/** The same through the index: only the cues that start with the word. */
function viaIndex(index: ReturnType<typeof indexCues>, words: readonly string[], i: number): Cue[] {
  return (index.get(words[i]!) ?? []).filter((c) => c.every((w, k) => words[i + k] === w));
}

describe('events: cue lists indexed by first word (modality search)', () => {
  it('groups cues under their first word in list order', () => {
    const a = ['will'];
    const b = ['is', 'to'];
    const c = ['will', 'soon'];
    const index = indexCues([a, b, c]);
    assert.deepEqual(index.get('will'), [a, c]);
    assert.deepEqual(index.get('is'), [b]);
    assert.equal(index.get('to'), undefined);
    assert.equal(index.size, 2);
  });

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: the index finds exactly the cues a full scan finds, at every token`, () => {
      const { cues } = eventLexicon(lang);
      const lists = { negators: cues.negators, negatingPredicates: cues.negatingPredicates, planned: cues.planned, hypothetical: cues.hypothetical };
      for (const [name, list] of Object.entries(lists)) {
        const index = cues.cueIndex[name as keyof typeof lists];
        assert.equal([...index.values()].reduce((n, l) => n + l.length, 0), list.length, `${name}: every cue indexed once`);
        // every cue in a sentence of its own, with a word before and after it; and a sentence of no cue at all
        for (const cue of list) {
          const words = ['x', ...cue, 'y'];
          for (let i = 0; i < words.length; i++) assert.deepEqual(viaIndex(index, words, i), scan(list, words, i), `${name} "${cue.join(' ')}" at ${i}`);
        }
        const none = ['the', 'talks', 'ended', '.'];
        for (let i = 0; i < none.length; i++) assert.deepEqual(viaIndex(index, none, i), scan(list, none, i));
      }
    });
  }

  for (const lang of ['en', 'de'] as const) {
    it(`${lang}: the one-word cue sets hold exactly the one-word cues of their lists`, () => {
      const { cues } = eventLexicon(lang);
      for (const name of ['negators', 'planned', 'hypothetical'] as const) {
        const expected = new Set(cues[name].filter((c) => c.length === 1).map((c) => c[0]));
        assert.deepEqual(cues.oneWord[name], expected, name);
        // (negative: no word of a longer cue enters the set unless it is a cue of its own)
        for (const c of cues[name].filter((x) => x.length > 1)) {
          for (const w of c) assert.equal(cues.oneWord[name].has(w), expected.has(w), `${name} "${c.join(' ')}"`);
        }
      }
    });
  }
});
