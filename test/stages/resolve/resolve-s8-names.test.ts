import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly } from './helpers.js';

type Doc = ReturnType<typeof resolveOnly>;
const ids = (doc: Doc): string[] => doc.get('entities').map((e) => e.id);
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve: a command named after a region is one organisation', () => {
  it('English: a continent or region before "Command" or "Corps", with the state before it ("U.S. Africa Command", "Indo-Pacific Command")', () => {
    // (inside a sentence: at a sentence's start the segmenter ends a sentence after "U.S.")
    const doc = resolveOnly('en', 'On Friday, U.S. Africa Command said it had carried out an air strike in Somalia. The command gave no details. The Indo-Pacific Command said nothing.');
    assert.equal(entityWith(doc, 'U.S. Africa Command')?.type, 'ORG', dump(doc));
    assert.ok(entityWith(doc, 'U.S. Africa Command')?.descriptions.includes('The command'), dump(doc));
    assert.equal(entityWith(doc, 'Indo-Pacific Command')?.type, 'ORG', dump(doc));
    assert.ok(!ids(doc).includes('africa') && !ids(doc).includes('command'), dump(doc));
  });

  it('negative: a possessive owner stays the state, a state\'s own organ stays an institution, a bare region stays a place', () => {
    const doc = resolveOnly('en', "Russia's Africa Corps replaced Wagner in Mali. Officials flew to Asia on Sunday.");
    assert.equal(entityWith(doc, 'Russia')?.type, 'GPE', dump(doc));
    assert.equal(entityWith(doc, 'Asia')?.type, 'LOC', dump(doc));
  });

  it('German: "Kommando" takes its name as a bare noun after it ("das Kommando Spezialkräfte")', () => {
    const doc = resolveOnly('de', 'Das Kommando Spezialkräfte der Bundeswehr nimmt an einer Übung in Litauen teil. Das Kommando wollte sich nicht äußern.');
    const ksk = entityWith(doc, 'Kommando Spezialkräfte');
    assert.equal(ksk?.type, 'ORG', dump(doc));
    assert.ok(ksk?.descriptions.includes('Das Kommando'), dump(doc));
    assert.ok(entityWith(doc, 'Bundeswehr'), dump(doc));
  });
});
