import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own passages: definite descriptions that point back to an entity named just before
describe('resolve: a generic person noun after two named persons is the one named first', () => {
  const doc = withTagger('de', 'Bundeskanzler Olaf Scholz ist am Montag in Ankara mit dem türkischen Präsidenten Recep Tayyip Erdogan zusammengekommen. Der SPD-Politiker sprach mit dem Staatschef über Migration. Der 66-Jährige betonte, beide Länder seien Partner.');

  it('"Der SPD-Politiker" is the subject of the sentence before, not its last person', () => {
    assert.ok(entityWith(doc, 'Olaf Scholz')?.descriptions.includes('Der SPD-Politiker'), JSON.stringify(entityWith(doc, 'Olaf Scholz')?.descriptions));
  });

  it('"der Staatschef" is the president before any other leader', () => {
    assert.ok(entityWith(doc, 'Recep Tayyip Erdogan')?.descriptions.includes('dem Staatschef'), JSON.stringify(entityWith(doc, 'Recep Tayyip Erdogan')?.descriptions));
  });

  it('an age noun ("Der 66-Jährige", "the 74-year-old") is a generic person noun', () => {
    assert.ok(entityWith(doc, 'Olaf Scholz')?.descriptions.includes('Der 66-Jährige'));
    const en = withTagger('en', 'Indian Prime Minister Narendra Modi arrived in Paris on Tuesday. The 74-year-old said India valued the partnership.');
    assert.ok(entityWith(en, 'Narendra Modi')?.descriptions.includes('The 74-year-old'), JSON.stringify(entityWith(en, 'Narendra Modi')?.descriptions));
  });
});

describe('resolve: "das Unternehmen", "the company" is the organisation named just before', () => {
  it('de and en', () => {
    const de = withTagger('de', 'Der Konzern Siemens kündigte am Dienstag Investitionen in der Türkei an. Das Unternehmen wolle 500 Millionen Euro investieren.');
    assert.ok(entityWith(de, 'Siemens')?.descriptions.includes('Das Unternehmen'), JSON.stringify(entityWith(de, 'Siemens')?.descriptions));
    const en = withTagger('en', 'Dassault Aviation said on Tuesday it was ready to build jets in India. The company employs 12,000 people.');
    assert.ok(entityWith(en, 'Dassault Aviation')?.descriptions.includes('The company'), JSON.stringify(entityWith(en, 'Dassault Aviation')?.descriptions));
  });

  it('negative: no organisation within the two sentences before leaves it unresolved', () => {
    const en = withTagger('en', 'Dassault Aviation builds jets. Prices rose in March. Inflation slowed in April. Wages grew in May. The company was not named.');
    assert.ok(!entityWith(en, 'Dassault Aviation')?.descriptions.includes('The company'));
  });
});

describe("resolve: \"the ministry\" is the state whose ministry was just named, not the most salient state", () => {
  it('en', () => {
    const en = withTagger('en', 'French President Emmanuel Macron welcomed Modi. France and India signed a deal in Paris, and France hailed it. Pakistan\'s foreign ministry criticised the deal on Wednesday. The ministry said the sale would destabilise the region.');
    const pak = entityWith(en, 'Pakistan');
    assert.ok(pak?.descriptions.includes('The ministry'), JSON.stringify(pak?.descriptions));
    assert.ok(!entityWith(en, 'France')?.descriptions.includes('The ministry'));
  });
});
