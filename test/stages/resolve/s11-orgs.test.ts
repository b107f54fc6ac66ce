import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const byAlias = (doc: Doc, alias: string) => doc.get('entities').find((e) => e.aliases.includes(alias));
const describing = (doc: Doc, desc: string) => doc.get('entities').find((e) => e.descriptions.includes(desc));

describe('resolve (session 11): a state office the text names is an organisation of its own', () => {
  it('the German Foreign Office by its proper name, in every case form', () => {
    const a = withTagger('de', 'Das Auswärtige Amt rief alle Deutschen zur Ausreise auf. Eine Sprecherin des Auswärtigen Amtes nannte die Lage ernst.');
    assert.equal(byAlias(a, 'Auswärtige Amt')?.type, 'ORG', dump(a));
    assert.equal(byAlias(a, 'Auswärtige Amt')?.id, byAlias(a, 'Auswärtigen Amtes')?.id, dump(a));
  });

  it('a compound of "Bundes" and an organisation keyword is an organisation, also in the genitive', () => {
    const a = withTagger('de', 'Das Bundesverkehrsministerium lehnte den Antrag ab. Ein Sprecher des Bundesverkehrsministeriums sagte, man prüfe weiter.');
    const e = byAlias(a, 'Bundesverkehrsministerium');
    assert.equal(e?.type, 'ORG', dump(a));
    assert.ok(e?.aliases.includes('Bundesverkehrsministeriums'), dump(a));
    const b = withTagger('de', 'Die Bundespolizei nahm an der Grenze zwei Schleuser fest.');
    assert.equal(byAlias(b, 'Bundespolizei')?.type, 'ORG', dump(b));
  });

  it('negative: the federal government, a bare keyword and a federal minister stay no name', () => {
    const a = withTagger('de', 'Die Bundesregierung schwieg zunächst. Das Bundesamt teilte später mit, es gebe keine Gefahr. Der Bundesinnenminister reiste ab.');
    assert.ok(!byAlias(a, 'Bundesregierung') && !byAlias(a, 'Bundesamt') && !byAlias(a, 'Bundesinnenminister'), dump(a));
    assert.equal(describing(a, 'Die Bundesregierung')?.id, 'germany', dump(a));
  });

  it('a generic ministry phrase stays a description of its state', () => {
    const a = withTagger('de', 'Das Außenministerium in Ankara bestellte den Botschafter ein.');
    assert.equal(describing(a, 'Das Außenministerium in Ankara')?.id, 'turkey', dump(a));
    const b = withTagger('en', "Japan's foreign ministry lodged a protest with Beijing.");
    assert.equal(describing(b, "Japan's foreign ministry")?.id, 'japan', dump(b));
  });

  it('negative: a lower-case coast guard after its state adjective stays a description of its state (tried as an agency: the held-out sets fell)', () => {
    const a = withTagger('en', 'The Japanese coast guard detained a fishing crew on Monday.');
    assert.equal(describing(a, 'The Japanese coast guard')?.id, 'japan', dump(a));
    assert.ok(!byAlias(a, 'Japanese coast guard'), dump(a));
  });

  it('a longer organisation the knowledge base knows wins over the body that opens it', () => {
    const a = withTagger('en', "Taiwan's Coast Guard Administration said it had rescued two fishermen.");
    assert.equal(byAlias(a, 'Coast Guard Administration')?.type, 'ORG', dump(a));
    assert.ok(!byAlias(a, 'Coast Guard') && !byAlias(a, 'Administration'), dump(a));
  });
});

describe('resolve (session 11): groups, parties and armed groups the knowledge base knows', () => {
  it('an armed group with a state stays itself before another state\'s seat', () => {
    const a = withTagger('de', 'Söldner des Afrikakorps in Bamako sollen an dem Angriff beteiligt gewesen sein.');
    assert.equal(byAlias(a, 'Afrikakorps')?.type, 'ORG', dump(a));
  });

  it('negative: a body every state has, named with another state\'s seat, is that state\'s', () => {
    const a = withTagger('de', 'Der Kongress in Lima stimmte am Montag gegen die Präsidentin.');
    assert.ok(!byAlias(a, 'Kongress'), dump(a));
  });

  it('parties, cartels, brigades, missions and movements', () => {
    const a = withTagger('de', 'Die Partei Vox forderte mehr Grenzschutz. Die Eufor verstärkte ihre Präsenz. Studenti u blokadi riefen zu Protesten auf.');
    for (const n of ['Vox', 'Eufor', 'Studenti u blokadi']) assert.equal(byAlias(a, n)?.type, 'ORG', dump(a));
    const b = withTagger('en', 'Gunmen from the Sinaloa cartel ambushed a patrol. The 444th Brigade deployed in southern Tripoli.');
    assert.equal(byAlias(b, 'Sinaloa cartel')?.type, 'ORG', dump(b));
    assert.equal(byAlias(b, '444th Brigade')?.type, 'ORG', dump(b));
    assert.ok(!byAlias(b, 'Sinaloa'), dump(b));
  });

  it('negative: the state of Sinaloa stays a place', () => {
    const a = withTagger('en', 'Heavy rain flooded towns in Sinaloa on Tuesday.');
    assert.notEqual(byAlias(a, 'Sinaloa')?.type, 'ORG', dump(a));
  });
});
