import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly, withTagger } from './helpers.js';

type Doc = ReturnType<typeof resolveOnly>;
const ids = (doc: Doc): string[] => doc.get('entities').map((e) => e.id);

describe('resolve (de): the accusative object of a dative frame is no name', () => {
  it('a common noun after a dative person noun before "vor" or a joined frame verb is no person', () => {
    for (const run of [resolveOnly, withTagger]) {
      const doc = run('de', 'Der Senator warf dem Politiker Lügen vor. Die Regierung hat dem Minister Bestechung vorgeworfen. Die Polizei warf den Demonstranten Gewalt vor.');
      for (const w of ['Lügen', 'Bestechung', 'Gewalt']) assert.equal(entityWith(doc, w), undefined, `${w}: ${ids(doc).join(',')}`);
    }
  });

  it('a name before the object ends before it ("dem Minister Schmidt Lügen", "Präsident William Ruto Wahlbetrug")', () => {
    const doc = resolveOnly('de', 'Er warf dem Minister Schmidt Lügen vor. Musyoka warf Präsident William Ruto Wahlbetrug vor.');
    assert.equal(entityWith(doc, 'Schmidt')?.type, 'PER', ids(doc).join(','));
    assert.equal(entityWith(doc, 'William Ruto')?.type, 'PER', ids(doc).join(','));
    assert.ok(!ids(doc).some((id) => id.includes('lugen') || id.includes('wahlbetrug')), ids(doc).join(','));
  });

  it('keeps a real name where a clause is the object or no frame closes (negatives)', () => {
    const doc = resolveOnly('de', 'Ein Sprecher warf dem Politiker Müller vor, gelogen zu haben. Die Ministerin stellte dem Parlament den Botschafter Kamau vor. Der Präsident traf den Politiker Odhiambo.');
    assert.equal(entityWith(doc, 'Müller')?.type, 'PER', ids(doc).join(','));
    assert.equal(entityWith(doc, 'Kamau')?.type, 'PER', ids(doc).join(','));
    assert.equal(entityWith(doc, 'Odhiambo')?.type, 'PER', ids(doc).join(','));
  });

  it('"der Abgeordnete" is a person noun before a name, and its object is still no name', () => {
    const doc = resolveOnly('de', 'Sie warfen dem Abgeordneten Kiplagat Bestechung vor. Der Abgeordnete Wanjiru sagte, er sei unschuldig. Die Abgeordneten stimmten dem Gesetz zu.');
    assert.ok(entityWith(doc, 'Kiplagat')?.descriptions.includes('dem Abgeordneten'), ids(doc).join(','));
    assert.ok(entityWith(doc, 'Wanjiru')?.descriptions.includes('Der Abgeordnete'), ids(doc).join(','));
    assert.ok(!ids(doc).some((id) => id.includes('bestechung')), ids(doc).join(','));
  });

  it('keeps the name where the object stands before the finite verb (negatives)', () => {
    const doc = resolveOnly('de', 'Das warf die Regierung dem Politiker Müller vor. Das hat die Opposition dem Minister Wanjiku vorgeworfen. Diesen Vorwurf hielt der Senator dem Politiker Otieno vor.');
    for (const w of ['Müller', 'Wanjiku', 'Otieno']) assert.equal(entityWith(doc, w)?.type, 'PER', `${w}: ${ids(doc).join(',')}`);
    // (a passive has no object: its name is the dative person)
    const passive = resolveOnly('de', 'Korruption wird dem Politiker Mwangi vorgeworfen. Die Behörde wurde dem Minister Njoroge unterstellt.');
    for (const w of ['Mwangi', 'Njoroge']) assert.equal(entityWith(passive, w)?.type, 'PER', `${w}: ${ids(passive).join(',')}`);
  });
});
