/**
 * Session 21 (entity layer): a definite generic person noun with a gender ("Die SPD-Politikerin", "the businesswoman")
 * refers to the latest person named up to three sentences back when that person has the noun's gender (known from a
 * gendered title), so no one else was named since; with no gender, or a person of the other gender, the reach stays
 * two sentences. Own sentences, with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.descriptions]));

const deGap = 'Das Geld solle in Schulen fließen, teilte ihr Ministerium mit. Ein Teil werde über die Vereinten Nationen ausgezahlt.';
const enGap = 'The money will go to schools, her office said. Part of it will be paid through the United Nations.';

describe('resolve (session 21): a gendered generic person noun reaches three sentences back to a person of its gender', () => {
  it('German: "Die SPD-Politikerin" after a minister three sentences back', () => {
    const doc = withTagger('de', `Bei ihrem Besuch in Lima hat Entwicklungsministerin Karin Wöhler Peru Hilfe zugesagt. ${deGap} Die SPD-Politikerin traf in der Hauptstadt Präsident José Jerí.`);
    assert.ok(entityWith(doc, 'Karin Wöhler')?.descriptions.includes('Die SPD-Politikerin'), dump(doc));
  });
  it('English: "the businesswoman" after a chairwoman three sentences back', () => {
    const doc = withTagger('en', `Textile group chairwoman Amina Odhiambo pledged aid to Kenya on Monday. ${enGap} The businesswoman later met President William Ruto.`);
    assert.ok(entityWith(doc, 'Amina Odhiambo')?.descriptions.includes('The businesswoman'), dump(doc));
  });

  it('negative: a masculine noun does not reach a woman', () => {
    const doc = withTagger('de', `Bei ihrem Besuch in Lima hat Entwicklungsministerin Karin Wöhler Peru Hilfe zugesagt. ${deGap} Der SPD-Politiker traf in der Hauptstadt Präsident José Jerí.`);
    assert.ok(!entityWith(doc, 'Karin Wöhler')?.descriptions.includes('Der SPD-Politiker'), dump(doc));
  });
  it('negative: four sentences back is too far', () => {
    const doc = withTagger('de', `Bei ihrem Besuch in Lima hat Entwicklungsministerin Karin Wöhler Peru Hilfe zugesagt. ${deGap} Die Lage bleibt schwierig. Die SPD-Politikerin traf in der Hauptstadt Präsident José Jerí.`);
    assert.ok(!entityWith(doc, 'Karin Wöhler')?.descriptions.includes('Die SPD-Politikerin'), dump(doc));
  });
  it('negative: a noun without gender keeps the two-sentence reach', () => {
    const doc = withTagger('en', `Textile group chairwoman Amina Odhiambo pledged aid to Kenya on Monday. ${enGap} The politician later met President William Ruto.`);
    assert.ok(!entityWith(doc, 'Amina Odhiambo')?.descriptions.includes('The politician'), dump(doc));
  });
});
