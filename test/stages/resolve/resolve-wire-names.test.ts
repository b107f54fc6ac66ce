import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

const span = (doc: ReturnType<typeof withTagger>, id: string): string[] => {
  const e = doc.get('entities').find((x) => x.id === id);
  const ms = doc.get('mentions');
  return e ? e.mentions.flatMap((i) => (ms[i]?.kind === 'name' ? [ms[i]!.text] : [])) : [];
};

describe('resolve: state names shared with a river ("Moldau")', () => {
  it('reads "Moldau" without an article as the state, with one as the river', () => {
    const doc = withTagger('de', 'Moldau hat am Montag zwei russische Diplomaten ausgewiesen. Moldaus Präsidentin reiste nach Bukarest. Die Moldau führt Hochwasser. In Prag an der Moldau trafen sich die Minister.');
    assert.deepEqual(span(doc, 'moldova'), ['Moldau', 'Moldaus']);
    assert.equal(entityWith(doc, 'vltava')?.type, 'LOC');
    assert.deepEqual(span(doc, 'vltava'), ['Moldau', 'Moldau']);
  });

  it('keeps "Republik Moldau" and a state without a river sharing its name as before (negatives)', () => {
    const doc = withTagger('de', 'Die Republik Moldau verlangt Hilfe. Der Niger ist ein Binnenstaat; im Niger regiert das Militär.');
    assert.deepEqual(span(doc, 'moldova'), ['Republik Moldau']);
    assert.equal(entityWith(doc, 'vltava'), undefined);
    assert.equal(entityWith(doc, 'niger')?.type, 'GPE');
    const en = withTagger('en', 'Moldova expelled two Russian diplomats.');
    assert.equal(entityWith(en, 'moldova')?.type, 'GPE');
  });
});
