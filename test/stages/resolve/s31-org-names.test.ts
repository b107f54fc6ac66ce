import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const withAlias = (doc: Doc, a: string) => doc.get('entities').find((e) => e.aliases.includes(a));

describe('resolve: plural unit keywords type a name as an organisation (s31)', () => {
  it('"Brigades", "Battalions", "Brigaden", "Milizen" close organisation names', () => {
    const a = withTagger('en', 'The Al-Qassam Brigades said on Monday they had fired rockets. The Azov Battalions rejected the claim.');
    assert.equal(withAlias(a, 'Al-Qassam Brigades')?.type, 'ORG', dump(a));
    const b = withTagger('en', 'The al-Aqsa Martyrs Brigades claimed the attack on Tuesday.');
    assert.equal(withAlias(b, 'al-Aqsa Martyrs Brigades')?.type, 'ORG', dump(b));
    const c = withTagger('de', 'Die Al-Kassam-Brigaden feuerten am Montag Raketen ab.');
    assert.equal(c.get('entities').find((e) => e.aliases.some((x) => x.includes('Brigaden')))?.type, 'ORG', dump(c));
  });

  it('negative: lower-case "brigades" after a state names no organisation of its own', () => {
    const a = withTagger('en', 'Russia moved two brigades to the border on Monday.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => /brigades/iu.test(x))), undefined, dump(a));
  });
});

describe('resolve: an organisation noun before two words joined by "und"/"and" names them together (s31)', () => {
  it('"die Partei Recht und Gerechtigkeit", "the party Law and Justice"', () => {
    const a = withTagger('de', 'Die Partei Recht und Gerechtigkeit hat am Sonntag ihre Mehrheit verloren.');
    assert.equal(withAlias(a, 'Recht und Gerechtigkeit')?.type, 'ORG', dump(a));
    const b = withTagger('en', 'The party Law and Justice lost its majority on Sunday.');
    assert.equal(withAlias(b, 'Law and Justice')?.type, 'ORG', dump(b));
  });

  it('negatives: a known name, a head noun or a capitalised word after the pair stays apart', () => {
    const a = withTagger('de', 'Die Gruppe Wagner und Russland wiesen den Bericht zurück.');
    assert.equal(withAlias(a, 'Wagner')?.type, 'ORG', dump(a));
    assert.equal(withAlias(a, 'Russland')?.type, 'GPE', dump(a));
    const b = withTagger('de', 'Die Partei Morena und Präsident Obrador feierten den Sieg.');
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.includes('und'))), undefined, dump(b));
    const c = withTagger('en', 'The group Wagner and Russia denied the report.');
    assert.equal(withAlias(c, 'Russia')?.type, 'GPE', dump(c));
  });
});

describe('resolve: a day and a month are the name of an organisation (s31)', () => {
  it('"die Bewegung 5. Juni", "Bewegung 23. März"', () => {
    const a = withTagger('de', 'Die Bewegung 5. Juni kündigte am Montag neue Proteste in Bamako an.');
    assert.equal(withAlias(a, 'Bewegung 5. Juni')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Die Bewegung 23. März griff die Stadt Goma an.');
    assert.equal(withAlias(b, 'Bewegung 23. März')?.type, 'ORG', dump(b));
  });

  it('"the March 23 Movement", "the April 6 Youth Movement", "the 6 April Movement"', () => {
    const a = withTagger('en', 'The March 23 Movement said it would withdraw from Goma.');
    assert.equal(withAlias(a, 'March 23 Movement')?.type, 'ORG', dump(a));
    const b = withTagger('en', 'Leaders of the April 6 Youth Movement called for protests.');
    assert.equal(withAlias(b, 'April 6 Youth Movement')?.type, 'ORG', dump(b));
    const c = withTagger('en', 'The 6 April Movement rejected the decree.');
    assert.equal(withAlias(c, '6 April Movement')?.type, 'ORG', dump(c));
  });

  it('negatives: a date with a year, or before a word of no keyword, names nothing', () => {
    const a = withTagger('de', 'Die Kommission 5. Juni 2025 tagte in Brüssel.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => x.includes('Juni'))), undefined, dump(a));
    const b = withTagger('en', 'On March 23 Parliament voted to extend the mandate.');
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.includes('March'))), undefined, dump(b));
    const c = withTagger('de', 'Die Partei hatte am 5. Juni gewonnen.');
    assert.equal(c.get('entities').find((e) => e.aliases.some((x) => x.includes('Juni'))), undefined, dump(c));
  });
});

describe('resolve: a purpose name keeps the state it works in (s31)', () => {
  it('"the Union for Peace in the Central African Republic", "die Union für den Frieden in der Zentralafrikanischen Republik"', () => {
    const a = withTagger('en', 'Fighters of the Union for Peace in the Central African Republic attacked an army post on Tuesday.');
    assert.equal(withAlias(a, 'Union for Peace in the Central African Republic')?.type, 'ORG', dump(a));
    assert.equal(withAlias(a, 'Central African Republic'), undefined, dump(a));
    const b = withTagger('de', 'Die Union für den Frieden in der Zentralafrikanischen Republik überfiel am Dienstag einen Armeeposten.');
    assert.equal(withAlias(b, 'Union für den Frieden in der Zentralafrikanischen Republik')?.type, 'ORG', dump(b));
    const c = withTagger('en', 'The Alliance for Democracy in Mali condemned the coup.');
    assert.equal(withAlias(c, 'Alliance for Democracy in Mali')?.type, 'ORG', dump(c));
    const d = withTagger('de', 'Die Liga für Demokratie im Sudan protestierte gegen die Festnahmen.');
    assert.equal(withAlias(d, 'Liga für Demokratie im Sudan')?.type, 'ORG', dump(d));
  });

  it('negatives: a name with no purpose link, a city, or a name going on after the state stays apart', () => {
    const a = withTagger('en', 'The Council on Foreign Relations in Washington published a report.');
    assert.equal(withAlias(a, 'Council on Foreign Relations')?.type, 'ORG', dump(a));
    const b = withTagger('de', 'Das Institut für Menschenrechte in Berlin veröffentlichte einen Bericht.');
    assert.equal(withAlias(b, 'Berlin')?.type, 'GPE', dump(b));
    const c = withTagger('en', 'The Committee for Justice in Mali President Assimi Goita addressed the nation.');
    assert.equal(withAlias(c, 'Mali')?.type, 'GPE', dump(c));
    const d = withTagger('en', 'The Mining Council in Mali said exports fell.');
    assert.equal(withAlias(d, 'Mali')?.type, 'GPE', dump(d));
  });
});

describe('resolve: more organisation keywords type a name (s31)', () => {
  it('platform, observatory, rally, brotherhood, directorate, forum, resistance; Plattform, Beobachtungsstelle, Widerstand', () => {
    const a = withTagger('en', 'The National Unity Platform said on Monday that its offices had been raided. The Syrian Observatory for Human Rights reported 12 deaths. The Rally for Congolese Democracy rejected the deal. The Muslim Brotherhood condemned the verdict. The Directorate of Military Intelligence arrested two men.');
    for (const n of ['National Unity Platform', 'Syrian Observatory for Human Rights', 'Rally for Congolese Democracy', 'Muslim Brotherhood', 'Directorate of Military Intelligence']) assert.equal(withAlias(a, n)?.type, 'ORG', `${n} ${dump(a)}`);
    const b = withTagger('de', 'Die Nationale Einheitsplattform teilte am Montag mit, ihre Büros seien durchsucht worden. Die Syrische Beobachtungsstelle für Menschenrechte meldete zwölf Tote. Der Islamische Widerstand im Irak reklamierte einen Angriff für sich.');
    for (const n of ['Nationale Einheitsplattform', 'Syrische Beobachtungsstelle für Menschenrechte']) assert.equal(withAlias(b, n)?.type, 'ORG', `${n} ${dump(b)}`);
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.startsWith('Islamische Widerstand')))?.type, 'ORG', dump(b));
  });

  it('negatives: the keyword as a common noun opening a sentence or in lower case names nothing', () => {
    const a = withTagger('en', 'Resistance to the plan grew on Monday. The rally in the capital drew thousands.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => /resistance|rally/iu.test(x))), undefined, dump(a));
    const b = withTagger('de', 'Der Widerstand gegen das Gesetz wächst. Das Forum tagte am Montag.');
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => /widerstand|forum/iu.test(x))), undefined, dump(b));
  });
});

describe('resolve: an organisation name of another language runs over its links and lower-case words (s31)', () => {
  it('"the Forces de défense et de sécurité", "the Front pour la démocratie et la République"', () => {
    const a = withTagger('en', 'The Forces de défense et de sécurité repelled an attack near Djibo on Monday. The Front pour la démocratie et la République condemned the coup.');
    assert.equal(withAlias(a, 'Forces de défense et de sécurité')?.type, 'ORG', dump(a));
    assert.equal(withAlias(a, 'Front pour la démocratie et la République')?.type, 'ORG', dump(a));
    const b = withTagger('en', "The Mouvement pour la libération de l'Azawad said it had withdrawn its fighters.");
    assert.ok(b.get('entities').some((e) => e.type === 'ORG' && e.aliases.some((x) => x.startsWith('Mouvement pour la libération'))), dump(b));
  });

  it('negatives: a person\'s particle, or a link with no keyword before it, makes no such name', () => {
    const a = withTagger('en', 'Charles de Gaulle airport was closed on Monday.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => x.includes('airport'))), undefined, dump(a));
    const b = withTagger('en', 'The Forces de défense said on Monday they had repelled an attack.');
    assert.equal(withAlias(b, 'Forces de défense')?.type, 'ORG', dump(b));
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.includes('said'))), undefined, dump(b));
  });
});

describe('resolve: German "Mission" is an organisation keyword, so a long acronym after "AU-Mission" is named (s31)', () => {
  it('"im Rahmen der AU-Mission AUSSOM", "Die UN-Mission UNMISS"', () => {
    const a = withTagger('de', 'Die Regierung drohte, Soldaten, die im Rahmen der AU-Mission AUSSOM im Land stationiert sind, auszuweisen. Die UN-Mission UNMISS kritisierte das.');
    assert.equal(withAlias(a, 'AUSSOM')?.type, 'ORG', dump(a));
    assert.equal(withAlias(a, 'UNMISS')?.type, 'ORG', dump(a));
  });

  it('negatives: a long word in capitals after a noun of no organisation, and "Emission", name nothing', () => {
    const a = withTagger('de', 'Die Emission von Treibhausgasen stieg im Jahr ABCDEF deutlich.');
    assert.equal(a.get('entities').find((e) => e.aliases.some((x) => /emission|ABCDEF/iu.test(x))), undefined, dump(a));
  });
});

describe('resolve: "coalition"/"Koalition" is an organisation head like "alliance" (s31)', () => {
  it('"the coalition Change Together" is an organisation, and "the coalition" later refers to it', () => {
    const a = withTagger('en', 'The opposition coalition Change Together won the most seats on Sunday. The coalition said it would form a government.');
    const c = withAlias(a, 'Change Together');
    assert.equal(c?.type, 'ORG', dump(a));
    assert.ok(c?.descriptions.includes('The coalition'), dump(a));
    const b = withTagger('de', 'Die Koalition Gemeinsam Vorwärts gewann am Sonntag die Wahl. Die Koalition kündigte Gespräche an.');
    assert.equal(b.get('entities').find((e) => e.aliases.some((x) => x.startsWith('Gemeinsam')))?.type, 'ORG', dump(b));
  });

  it('negative: a coalition with no name before it names nothing', () => {
    const a = withTagger('en', 'The ruling coalition lost its majority on Sunday.');
    assert.equal(a.get('entities').filter((e) => e.aliases.length > 0).length, 0, dump(a));
  });
});
