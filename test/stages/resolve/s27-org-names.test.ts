import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));

describe('resolve: organisation names on unseen articles (s27)', () => {
  it('a Spanish, Portuguese, French or Arabic organisation keyword types the name as an organisation', () => {
    const a = withTagger('en', 'The Frente Amplio won the election in Uruguay on Sunday. The Partido Nacional conceded defeat.');
    assert.equal(entityWith(a, 'Frente Amplio')?.type, 'ORG', dump(a));
    assert.equal(entityWith(a, 'Partido Nacional')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Der Partido Nacional räumte am Sonntag seine Niederlage ein.');
    assert.equal(entityWith(b, 'Partido Nacional')?.type, 'ORG', dump(b));
  });

  it('negatives: a name with no organisation keyword is not typed an organisation by the new words', () => {
    const a = withTagger('en', 'Carlos Amplio met the president in Montevideo on Monday.');
    assert.notEqual(entityWith(a, 'Carlos Amplio')?.type, 'ORG', dump(a));
  });

  it('an abbreviation in brackets after "in <state>" is the organisation before the state, not another name of the state', () => {
    const a = withTagger('en', 'The Front for Change and Concord in Chad (FACT) said on Sunday its fighters had attacked a base. FACT later withdrew.');
    const chad = entityWith(a, 'Chad');
    assert.ok(!chad?.aliases.includes('FACT'), dump(a));
    assert.equal(entityWith(a, 'FACT')?.type, 'ORG', dump(a));
    // (s31: a purpose name keeps the state it works in, so the name is 'Front for Change and Concord in Chad')
    assert.ok(entityWith(a, 'FACT')?.aliases.some((x) => x.startsWith('Front for Change and Concord')), dump(a));
    const b = withTagger('de', 'Die Front für Wandel und Eintracht im Tschad (FACT) griff am Sonntag eine Kaserne an.');
    assert.ok(!entityWith(b, 'Tschad')?.aliases.includes('FACT'), dump(b));
    assert.ok(entityWith(b, 'FACT')?.aliases.some((x) => x.startsWith('Front für Wandel und Eintracht')), dump(b));
  });

  it("negatives: a state's own abbreviation in brackets stays the state's", () => {
    const a = withTagger('de', 'Die Demokratische Republik Kongo (DRK) warf Ruanda vor, Rebellen zu unterstützen.');
    const drc = entityWith(a, 'DRK');
    assert.ok(drc && drc.aliases.includes('Demokratische Republik Kongo'), dump(a));
  });

  it('a German organisation name with "für" runs on over "und" and a second word', () => {
    const a = withTagger('de', 'Die Union für Demokratie und Fortschritt verurteilte am Montag die Gewalt.');
    assert.equal(entityWith(a, 'Union für Demokratie und Fortschritt')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Das Ministerium für Arbeit und Soziales legte einen Entwurf vor.');
    assert.ok(entityWith(b, 'Ministerium für Arbeit und Soziales'), dump(b));
    // (after a head noun that opens the name: "Die Oppositionspartei Union für Demokratie")
    const c = withTagger('de', 'Die Oppositionspartei Union für Demokratie verurteilte die Gewalt.');
    const u = entityWith(c, 'Union für Demokratie');
    assert.equal(u?.type, 'ORG', dump(c));
    assert.ok(u?.descriptions.includes('Die Oppositionspartei'), dump(c));
  });

  it('negatives: a name the base knows or a person after "und" is not taken in', () => {
    const a = withTagger('de', 'Die Kommission für Menschenrechte und Amnesty International kritisierten die Festnahmen.');
    assert.ok(entityWith(a, 'Amnesty International'), dump(a));
    assert.ok(entityWith(a, 'Kommission für Menschenrechte'), dump(a));
    const b = withTagger('de', 'Das Institut für Wirtschaft und Präsident Ruto stellten den Bericht vor.');
    assert.ok(!b.get('entities').some((e) => e.aliases.some((x) => x.includes('Präsident'))), dump(b));
  });

  it('German: a keyword of another language opens a name over its capitalised words and name particles', () => {
    const a = withTagger('de', 'Der Frente Amplio hat am Sonntag die Wahl in Uruguay gewonnen.');
    assert.equal(entityWith(a, 'Frente Amplio')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Der Movimiento al Socialismo hat am Sonntag in Bolivien Neuwahlen gefordert.');
    assert.equal(entityWith(b, 'Movimiento al Socialismo')?.type, 'ORG', dump(b));
    const c = withTagger('de', 'In Frankreich kritisierte der Rassemblement National am Montag die Regierung.');
    assert.equal(entityWith(c, 'Rassemblement National')?.type, 'ORG', dump(c));
    const d = withTagger('de', 'Die Gruppe Jabhat Ansar al-Din griff am Montag einen Posten an.');
    assert.ok(entityWith(d, 'Jabhat Ansar al-Din'), dump(d));
  });

  it('negatives: a German keyword keeps its one bare name noun, and a known name or an article ends a foreign name', () => {
    const a = withTagger('de', 'Das Kommando Spezialkräfte der Bundeswehr wurde am Montag entsandt.');
    assert.ok(entityWith(a, 'Kommando Spezialkräfte'), dump(a));
    assert.ok(entityWith(a, 'Bundeswehr'), dump(a));
    const b = withTagger('de', 'Der Partido Nacional Uruguay hat die Wahl verloren.');
    assert.ok(entityWith(b, 'Partido Nacional'), dump(b));
    assert.ok(entityWith(b, 'Uruguay'), dump(b));
  });
});

describe('resolve: group compounds that open with an organisation the base does not know (s27)', () => {
  it('"die FACT-Rebellen" is FACT, not the group named last', () => {
    const a = withTagger('de', 'Die M23-Miliz hat am Sonntag die Stadt Goma eingenommen. Die FACT-Rebellen griffen eine Kaserne im Tschad an.');
    assert.ok(entityWith(a, 'FACT')?.descriptions.includes('Die FACT-Rebellen'), dump(a));
    assert.ok(!entityWith(a, 'M23')?.descriptions.includes('Die FACT-Rebellen'), dump(a));
  });

  it('negatives: a group noun without such a compound still refers to the group named before', () => {
    const a = withTagger('de', 'Die FACT griff am Sonntag eine Kaserne an. Die Rebellen zogen sich danach zurück.');
    assert.ok(entityWith(a, 'FACT')?.descriptions.includes('Die Rebellen'), dump(a));
  });
});

describe('resolve: longer organisation names around a known body, company names, outlets (s27)', () => {
  it('a one-word body of the base before "for" and an unknown capitalised word opens a longer name', () => {
    const a = withTagger('en', 'The Congress for Progressive Change demanded a recount in Freetown on Monday.');
    assert.equal(entityWith(a, 'Congress for Progressive Change')?.type, 'ORG', dump(a));
    const b = withTagger('en', 'The Congress of Peru voted on Monday to remove the president.');
    // (a genitive link keeps the state's body: Peru's Congress)
    assert.equal(b.get('entities').find((e) => e.aliases.includes('Congress of Peru'))?.id, 'pe-congress', dump(b));
  });

  it('a sentence-opening word with an inner capital is a name (a company)', () => {
    const a = withTagger('en', 'ArcelorMittal said on Monday its mine in Yekepa was closed.');
    assert.equal(entityWith(a, 'ArcelorMittal')?.type, 'ORG', dump(a));
  });

  it('negatives: a name prefix is no inner capital of a company, and an ordinary opening word is no name', () => {
    const a = withTagger('en', 'McCarthy said nothing. Yesterday the talks ended.');
    assert.notEqual(entityWith(a, 'McCarthy')?.type, 'ORG', dump(a));
    assert.ok(!entityWith(a, 'Yesterday'), dump(a));
  });

  it('a plural group noun does not refer to an outlet that reported on the group', () => {
    const a = withTagger('en', 'Radio Okapi reported on Monday that the rebels had withdrawn from the town.');
    assert.ok(!entityWith(a, 'Radio Okapi')?.descriptions.includes('the rebels'), dump(a));
  });

  it('German: a keyword with a genitive noun is one name where an abbreviation in brackets closes it', () => {
    const a = withTagger('de', 'Die Rebellengruppe Union der Widerstandskräfte (UFR) griff am Montag Abéché an.');
    const u = entityWith(a, 'UFR');
    assert.ok(u?.aliases.includes('Union der Widerstandskräfte'), dump(a));
    // (without the bracket the genitive is the owner: no name)
    const b = withTagger('de', 'Die Union der Widerstandskräfte griff am Montag Abéché an.');
    assert.ok(!entityWith(b, 'Union der Widerstandskräfte'), dump(b));
  });
});

describe('resolve (German): acronyms joined by hyphens and long acronyms an organisation noun introduces (s27)', () => {
  it('"die SPLM-IO" is one organisation', () => {
    const a = withTagger('de', 'Kämpfer der SPLM-IO haben am Sonntag einen Stützpunkt angegriffen. Die SPLM-IO erklärte, sie habe sich verteidigt.');
    assert.equal(entityWith(a, 'SPLM-IO')?.type, 'ORG', dump(a));
  });

  it('a word in capitals of six letters or more is an organisation only after an organisation noun', () => {
    const a = withTagger('de', 'Die Gewerkschaft SUNTRACS rief am Montag zum Streik auf.');
    assert.equal(entityWith(a, 'SUNTRACS')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Der Minister sagte am Montag: ACHTUNG vor Betrügern.');
    assert.ok(!entityWith(b, 'ACHTUNG'), dump(b));
  });
});
