import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withAlias = (doc: Doc, a: string) => doc.get('entities').find((e) => e.aliases.includes(a));

describe('resolve: a German organisation name opened by a capitalised adjective keeps its genitive tail (s30)', () => {
  it('"Die Nationale Union der Bergarbeiter", "Die Aussenpolitische Kommission des Nationalrats" are one name each', () => {
    const a = withTagger('de', 'Die Nationale Union der Bergarbeiter rief am Montag zum Streik auf.');
    assert.equal(withAlias(a, 'Nationale Union der Bergarbeiter')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Die Aussenpolitische Kommission des Nationalrats hat am Dienstag dem Abkommen zugestimmt.');
    assert.equal(withAlias(b, 'Aussenpolitische Kommission des Nationalrats')?.type, 'ORG', dump(b));
  });

  it('also over a name the base knows that opens it: "Die Demokratische Partei der Völker (HDP)" is no Democratic Party', () => {
    const a = withTagger('de', 'Die Demokratische Partei der Völker (HDP) kritisierte die Festnahmen in Diyarbakir.');
    const p = withAlias(a, 'Demokratische Partei der Völker');
    assert.equal(p?.type, 'ORG', dump(a));
    assert.ok(p?.aliases.includes('HDP'), dump(a));
  });

  it('negatives: a state, a place noun or a government word in the tail stays apart', () => {
    const a = withTagger('de', 'Die Nationale Versammlung des Landes stimmte dem Gesetz am Montag zu.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => x.includes('des Landes'))), undefined, dump(a));
    const b = withTagger('de', 'Der Oberste Gerichtshof der USA wies die Klage am Montag ab.');
    assert.equal(withAlias(b, 'USA')?.type, 'GPE', dump(b));
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.includes('der USA'))), undefined, dump(b));
    const c = withTagger('de', 'Die Demokratische Partei der USA kritisierte den Präsidenten.');
    assert.equal(c.get('entities').find((e) => e.aliases.some((x) => x.includes('der USA'))), undefined, dump(c));
    // (no capitalised adjective, no bracket: "die Partei der Ministerin" is the minister's party)
    const d = withTagger('de', 'Die Partei der Ministerin lehnte den Vorschlag ab.');
    assert.equal(d.get('entities').find((e) => e.aliases.some((x) => x.includes('der Ministerin'))), undefined, dump(d));
  });

  it('a generic body noun goes to no organisation whose genitive tail alone has it ("das Parlament" after "Kommission des Nationalrats")', () => {
    const a = withTagger('de', 'Die Aussenpolitische Kommission des Nationalrats hat das Abkommen gutgeheissen. Die Partei will das Referendum ergreifen, sollte das Parlament zustimmen.');
    assert.ok(!withAlias(a, 'Aussenpolitische Kommission des Nationalrats')?.descriptions.includes('das Parlament'), dump(a));
    const b = withTagger('en', 'The Budget Committee of the Parliament approved the plan on Monday. The party wants a referendum should the parliament agree.');
    assert.ok(!b.get('entities').find((e) => e.aliases.some((x) => x.startsWith('Budget Committee')))?.descriptions.includes('the parliament'), dump(b));
  });
});

describe('resolve: German "Scheich" is a title before a name and a name part after a given name (s30)', () => {
  it('"Scheich Tamim bin Hamad Al Thani" is one person; "Hassan Scheich Mohamud" keeps his name whole', () => {
    const a = withTagger('de', 'Scheich Tamim bin Hamad Al Thani empfing am Montag den US-Gesandten in Doha.');
    const p = withAlias(a, 'Tamim bin Hamad Al Thani');
    assert.equal(p?.type, 'PER', dump(a));
    assert.ok(p?.descriptions.includes('Scheich'), dump(a));
    assert.equal(a.get('entities').filter((e) => e.type === 'PER' && e.aliases.length).length, 1, dump(a));
    const b = withTagger('de', 'Präsident Hassan Scheich Mohamud reiste am Montag nach Nairobi.');
    assert.equal(withAlias(b, 'Hassan Scheich Mohamud')?.type, 'PER', dump(b));
    const c = withTagger('de', 'Hassan Scheich Mohamud reiste am Montag nach Nairobi.');
    assert.equal(withAlias(c, 'Hassan Scheich Mohamud')?.type, 'PER', dump(c));
  });
});
