import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve: a German plural person noun is no title before a name (s31)', () => {
  it('"setzten die Beamten Wasserwerfer ein", "die Polizisten Tränengas" make no person', () => {
    const a = withTagger('de', 'Nach Angaben der Partei setzten die Beamten Wasserwerfer und Pfefferspray ein.');
    assert.equal(a.get('entities').find((e) => e.aliases.includes('Wasserwerfer')), undefined, dump(a));
    const b = withTagger('de', 'Am Abend setzten die Polizisten Tränengas gegen die Menge ein.');
    assert.equal(b.get('entities').find((e) => e.aliases.includes('Tränengas')), undefined, dump(b));
  });

  it('negatives: a feminine or an adjectival noun after "die" is still a title', () => {
    const a = withTagger('de', 'Die Ministerin Annalena Baerbock sagte, die Vorsitzende Saskia Esken sei informiert.');
    assert.equal(entityWith(a, 'Annalena Baerbock')?.type, 'PER', dump(a));
    assert.equal(entityWith(a, 'Saskia Esken')?.type, 'PER', dump(a));
    const b = withTagger('de', 'Die Außenministerin Kallas reiste am Montag ab.');
    assert.equal(entityWith(b, 'Kallas')?.type, 'PER', dump(b));
  });
});

describe('resolve: a bare German plural of people names no organisation after it (s31)', () => {
  it('"nachdem Demonstranten Brandsätze geworfen hatten", "Extremisten Unterschlupf zu gewähren" make no entity of the object', () => {
    const a = withTagger('de', 'Die Polizei setzte Tränengas ein, nachdem Demonstranten Brandsätze auf Beamte geworfen hatten.');
    assert.equal(a.get('entities').find((e) => e.aliases.includes('Brandsätze')), undefined, dump(a));
    const b = withTagger('de', 'Pakistan warf Afghanistan vor, Extremisten Unterschlupf zu gewähren.');
    assert.equal(b.get('entities').find((e) => e.aliases.includes('Unterschlupf')), undefined, dump(b));
  });

  it('negative: with an article the group noun may still introduce a name', () => {
    const a = withTagger('de', 'Die Rebellen Kasarani griffen am Montag die Stadt an.');
    assert.equal(entityWith(a, 'Kasarani')?.type, 'ORG', dump(a));
  });
});
