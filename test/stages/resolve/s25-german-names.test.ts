import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldMarks } from '../../../src/kb/index.js';
import { foreignMarked } from '../../../src/stages/resolve/scan-rules.js';
import { entityWith, withTagger } from './helpers.js';

// own passages (session 25): German names the tagger marks with little confidence — words with marked letters German
// nouns never have, places after a state's adjective — a person read by the family name repeated alone, and the weak
// forms of adjective-and-noun place names ("das Kaspische Meer")

const aliases = (doc: ReturnType<typeof withTagger>): string[] => (doc.get('entities') ?? []).flatMap((e) => e.aliases);

describe('resolve (s25): marked letters German nouns never have', () => {
  it('foreignMarked: â, ë, í, ã are foreign to German; ä, ö, ü, ß and the é of loan nouns are not', () => {
    const de = new Set(['ä', 'ö', 'ü', 'ß', 'é', 'è', 'ê', 'à', 'ç']);
    for (const w of ['Venâncio', 'Gjadër', 'Mocímboa', 'São']) assert.ok(foreignMarked(w, de), w);
    for (const w of ['Bürgermeister', 'Straße', 'Café', 'Varieté', 'Mondlane']) assert.ok(!foreignMarked(w, de), w);
    // (English does not use the cue: its lexicon lists no letters)
    assert.ok(!foreignMarked('Venâncio', new Set()));
    assert.equal(foldMarks('Venâncio'), 'Venancio');
  });

  it('a person with a Portuguese given name, referred to later by the family name, is one person', () => {
    const doc = withTagger('de', 'Die Opposition sieht den Einsatz kritisch. Venâncio Mondlane, der bei der Wahl gegen den Präsidenten unterlag, kritisierte die Regierung. Die Truppen schützten nur die Konzerne, sagte Mondlane am Montag in Maputo.');
    const e = entityWith(doc, 'Venâncio Mondlane');
    assert.equal(e?.type, 'PER', JSON.stringify(aliases(doc)));
    assert.ok(e?.aliases.includes('Mondlane'), JSON.stringify(e?.aliases));
  });

  it('negative: a place named whole twice stays a place ("in der Provinz Niassa Alta … in Niassa Alta")', () => {
    const doc = withTagger('de', 'Die Armee verlegte Soldaten in die Provinz Niassa Alta. Die Menschen in Niassa Alta hätten Angst, sagte ein Sprecher.');
    assert.equal(entityWith(doc, 'Niassa Alta')?.type, 'GPE', JSON.stringify(aliases(doc)));
  });

  it('negative: a capitalised German noun with umlauts is no name ("Die Bürgermeister")', () => {
    const doc = withTagger('de', 'Die Bürgermeister der Region trafen sich am Montag in Graz.');
    assert.ok(!aliases(doc).includes('Bürgermeister'), JSON.stringify(aliases(doc)));
  });
});

describe("resolve (s25): a place after a locative preposition and a state's adjective", () => {
  it('"im russischen Noworossijsk" names a place', () => {
    const doc = withTagger('de', 'Ein Gericht im russischen Noworossijsk hat den Betrieb des Terminals am Dienstag untersagt.');
    assert.equal(entityWith(doc, 'Noworossijsk')?.type, 'GPE', JSON.stringify(aliases(doc)));
    assert.equal(entityWith(doc, 'russischen')?.id, 'russia');
  });

  it('negative: a common noun there is no place ("im russischen Fernsehen")', () => {
    const doc = withTagger('de', 'Der Präsident sprach am Abend im russischen Fernsehen über den Krieg.');
    assert.ok(!aliases(doc).includes('Fernsehen'), JSON.stringify(aliases(doc)));
  });
});

describe('resolve (s25): the weak form of an adjective-and-noun place name after the definite article', () => {
  it('"das Kaspische Meer", "der Persische Golf", "das Rote Meer"', () => {
    const doc = withTagger('de', 'Die Tanker fahren über das Kaspische Meer nach Baku. Der Persische Golf und das Rote Meer bleiben gefährlich.');
    assert.equal(entityWith(doc, 'Kaspische Meer')?.id, 'caspian-sea', JSON.stringify(aliases(doc)));
    assert.equal(entityWith(doc, 'Persische Golf')?.id, 'persian-gulf', JSON.stringify(aliases(doc)));
    assert.equal(entityWith(doc, 'Rote Meer')?.id, 'red-sea', JSON.stringify(aliases(doc)));
  });

  it('negative: an adjective before another noun names no sea ("die Kaspische Region")', () => {
    const doc = withTagger('de', 'Die Kaspische Region gilt als reich an Öl.');
    assert.ok(!entityWith(doc, 'Kaspische Region') || entityWith(doc, 'Kaspische Region')?.id !== 'caspian-sea', JSON.stringify(aliases(doc)));
    assert.ok(!(doc.get('entities') ?? []).some((e) => e.id === 'caspian-sea'), JSON.stringify(aliases(doc)));
  });
});
