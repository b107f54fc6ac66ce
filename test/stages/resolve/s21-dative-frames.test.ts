/**
 * Session 21 (entity layer): in a frame with a dative and an accusative object (`objectFrames`: "warf … vor",
 * "vorgeworfen"), the noun phrase right after a person noun and before the frame's closing word is the dative object,
 * not the person's genitive tail: "warf der Minister der kenianischen Polizei vor, …" describes the minister as "der
 * Minister" and the police as its state's organ. Own sentences, with negatives: a genitive tail with no frame, and a
 * frame whose finite verb is missing, keep the tail. (English puts the object after "accused", so has no such frame.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.descriptions]));
const lead = 'Der ugandische Außenminister Jeje Odongo äußerte sich am Montag in Kampala.';

describe('resolve (session 21): a dative object before the close of its frame is no genitive tail', () => {
  const frames: [string, string, string, string][] = [
    ['a clause as the accusative', `${lead} Zugleich warf der Minister der kenianischen Polizei vor, Flüchtlinge misshandelt zu haben.`, 'der kenianischen Polizei', 'kenya'],
    ['a noun as the accusative', `${lead} Zugleich warf der Minister der kenianischen Polizei Gewalt vor.`, 'der kenianischen Polizei', 'kenya'],
    ['a joined participle', `${lead} Zuvor hatte der Minister der kenianischen Polizei Gewalt vorgeworfen.`, 'der kenianischen Polizei', 'kenya'],
  ];
  for (const [label, text, organ, state] of frames) {
    it(`${label}: "${organ}" is ${state}'s, the minister is "der Minister"`, () => {
      const doc = withTagger('de', text);
      const minister = entityWith(doc, 'Jeje Odongo');
      assert.ok(!minister?.descriptions.some((d) => d.includes('Polizei')), dump(doc));
      assert.ok(entityWith(doc, state)?.descriptions.includes(organ), dump(doc));
    });
  }

  it('negative: a genitive tail with no frame stays the person\'s', () => {
    const doc = withTagger('de', `${lead} Später sprach der Außenminister Ugandas vor der Presse.`);
    assert.ok(entityWith(doc, 'Jeje Odongo')?.descriptions.includes('der Außenminister Ugandas'), dump(doc));
  });
  it('negative: "vor" with no frame verb before it is a preposition, the tail stays', () => {
    const doc = withTagger('de', `${lead} Dann trat der Außenminister Ugandas vor die Presse.`);
    assert.ok(entityWith(doc, 'Jeje Odongo')?.descriptions.includes('der Außenminister Ugandas'), dump(doc));
  });
});
