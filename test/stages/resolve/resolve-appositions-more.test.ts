import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own sentences: appositions with a multi-word head and a prepositional tail, or opened by a time adverb
describe('resolve: more appositions', () => {
  it('en: "The chief executive of Volkswagen, Oliver Blume," is a description of Blume', () => {
    const doc = withTagger('en', 'The chief executive of Volkswagen, Oliver Blume, told the Financial Times that sanctions hurt German industry.');
    assert.ok(entityWith(doc, 'Oliver Blume')?.descriptions.includes('The chief executive of Volkswagen'), JSON.stringify(entityWith(doc, 'Oliver Blume')?.descriptions));
  });

  it('en: "Kaja Kallas, now the EU\'s foreign policy chief," leaves "now" out', () => {
    const doc = withTagger('en', 'The former Estonian prime minister Kaja Kallas, now the EU\'s foreign policy chief, backed the call on Monday.');
    const d = entityWith(doc, 'Kaja Kallas')?.descriptions ?? [];
    assert.ok(d.includes('the EU\'s foreign policy chief'), JSON.stringify(d));
    assert.ok(!d.some((x) => x.startsWith('now')));
  });

  it('de: "Kaja Kallas, inzwischen die Außenbeauftragte der EU," leaves "inzwischen" out', () => {
    const doc = withTagger('de', 'Die frühere estnische Regierungschefin Kaja Kallas, inzwischen die Außenbeauftragte der EU, unterstützte den Vorschlag.');
    const d = entityWith(doc, 'Kaja Kallas')?.descriptions ?? [];
    assert.ok(d.includes('die frühere estnische Regierungschefin') || d.includes('Die frühere estnische Regierungschefin'), JSON.stringify(d));
    assert.ok(!d.some((x) => x.startsWith('inzwischen')), JSON.stringify(d));
  });

  it('negative: "now" followed by a clause is no apposition', () => {
    const doc = withTagger('en', 'Kaja Kallas, now that the vote is over, backed the call.');
    assert.deepEqual(entityWith(doc, 'Kaja Kallas')?.descriptions, []);
  });
});

describe('resolve: a source phrase after a name is no apposition', () => {
  it('"Woody Island, according to the ministry" gives the island no description, and the ministry goes to its state', () => {
    const doc = withTagger('en', "Vietnam lodged a protest with China on Thursday, Hanoi's foreign ministry said. The incident happened south-east of Woody Island, according to the ministry.");
    assert.deepEqual(entityWith(doc, 'Woody Island')?.descriptions ?? [], []);
    assert.ok(entityWith(doc, 'Vietnam')?.descriptions.includes('the ministry'), JSON.stringify(entityWith(doc, 'Vietnam')?.descriptions));
  });
  it('keeps appositions whose head comes first ("a senior fellow at the Council on Foreign Relations")', () => {
    const doc = withTagger('en', 'Robert Danin, a senior fellow at the Council on Foreign Relations, said the talks had failed.');
    assert.ok(entityWith(doc, 'Robert Danin')?.descriptions.includes('a senior fellow at the Council on Foreign Relations'));
  });
});
