import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const descOf = (doc: Doc, id: string, desc: string): boolean => !!doc.get('entities').find((e) => e.id === id)?.descriptions.includes(desc);

describe('resolve: the dateline places an unqualified organ (review of 9a7fe33, f957c7d)', () => {
  it('a foreign desk\'s capital does not, where the text described the bodies of another state ("NAIROBI – Somalia\'s parliament … The army")', () => {
    const a = withTagger('en', 'NAIROBI, Nov 30 (Reuters) - Somalia\'s parliament approved a new electoral law on Monday. The army said it had killed 20 fighters near Jilib.');
    assert.ok(descOf(a, 'somalia', 'The army') && !descOf(a, 'kenya', 'The army'), dump(a));
    const b = withTagger('en', 'BANGKOK, Nov 30 (Reuters) - Myanmar\'s opposition said on Monday that air strikes killed 12 people in Sagaing. The military denied the report.');
    assert.ok(descOf(b, 'myanmar', 'The military'), dump(b));
  });

  it('a sentence that opens with its state places the organ ("In Somalia hat das Parlament …", "In Myanmar, the military …")', () => {
    const a = withTagger('de', 'NAIROBI (dpa) - In Somalia hat das Parlament ein neues Wahlgesetz gebilligt. Die Armee teilte mit, sie habe 20 Kämpfer getötet.');
    assert.ok(descOf(a, 'somalia', 'das Parlament') && descOf(a, 'somalia', 'Die Armee'), dump(a));
    const b = withTagger('en', 'Thailand urged restraint on Monday. Thailand and China offered talks. In Myanmar, the military said it had retaken two towns.');
    assert.ok(descOf(b, 'myanmar', 'the military'), dump(b));
  });

  it('a large city of the base that is no capital places it when the text names its state ("KARACHI – India and Pakistan … The military")', () => {
    const a = withTagger('en', 'KARACHI, Nov 30 (Reuters) - India and Pakistan traded accusations on Monday. The military said two soldiers were killed.');
    assert.ok(descOf(a, 'pakistan', 'The military'), dump(a));
    const b = withTagger('de', 'KARACHI (dpa) - Indien und Pakistan haben sich gegenseitig Verstöße vorgeworfen. Das Militär teilte mit, zwei Soldaten seien getötet worden.');
    assert.ok(descOf(b, 'pakistan', 'Das Militär'), dump(b));
  });

  it('negative: a home desk keeps its organs; a non-capital dateline gives no junta; a city later in the sentence is no opener', () => {
    const a = withTagger('en', 'NAIROBI, Nov 30 (Reuters) - Kenya\'s president met Somalia\'s prime minister on Monday. Police said two people were arrested.');
    assert.ok(descOf(a, 'kenya', 'Police'), dump(a));
    const b = withTagger('en', 'NEW YORK (AP) - The U.N. Security Council discussed Myanmar on Monday. The United States called for sanctions. The junta rejected the criticism.');
    assert.ok(descOf(b, 'myanmar', 'The junta') && !descOf(b, 'usa', 'The junta'), dump(b));
    const c = withTagger('de', 'Stockholm (dpa) - Russland hat erneut Schiffe in die Ostsee geschickt. Russland bestreitet jede Provokation. Die Küstenwache meldete am Montag zwei Schiffe.');
    assert.ok(descOf(c, 'sweden', 'Die Küstenwache'), dump(c));
    assert.ok(entityWith(c, 'Russland'), dump(c));
  });
});

describe('resolve: military commands and their syllable acronyms (review of f4d99b9)', () => {
  it('a state before capitalised words and "Command" is one name ("U.S. Central Command"), its acronym joins it', () => {
    const a = withTagger('en', 'On Monday, U.S. Central Command said its forces struck a radar site in Yemen. CENTCOM said no personnel were hurt.');
    const c = entityWith(a, 'U.S. Central Command');
    assert.equal(c?.type, 'ORG', dump(a));
    assert.ok(c?.aliases.includes('CENTCOM'), dump(a));
    const b = withTagger('en', 'The strike was confirmed by U.S. Africa Command. AFRICOM said two militants were killed.');
    assert.ok(entityWith(b, 'U.S. Africa Command')?.aliases.includes('AFRICOM'), dump(b));
    const d = withTagger('en', 'Soldiers from U.S. European Command joined the drill. EUCOM said 2,000 troops took part.');
    assert.ok(entityWith(d, 'U.S. European Command')?.aliases.includes('EUCOM'), dump(d));
  });

  it('negative: a possessive owner stays out, an institution is no command, an unrelated acronym stays apart', () => {
    const a = withTagger('en', 'Pakistan\'s Southern Command said the border was calm. The U.S. Senate passed the bill. OPEC said output would rise.');
    assert.ok(entityWith(a, 'Pakistan') && !entityWith(a, "Pakistan's Southern Command"), dump(a));
    assert.ok(!entityWith(a, 'U.S. Senate')?.aliases.includes('OPEC'), dump(a));
    const b = withTagger('en', 'On Monday, U.S. Central Command said its forces struck a radar site. NATO said it was not involved.');
    assert.ok(!entityWith(b, 'U.S. Central Command')?.aliases.includes('NATO'), dump(b));
  });
});

describe('spelledBySyllables', () => {
  it('spells by word beginnings in order, two words at least, one giving two letters or more', async () => {
    const { spelledBySyllables } = await import('../../../src/stages/resolve/cluster.js');
    assert.ok(spelledBySyllables('U.S. Central Command', 'centcom'));
    assert.ok(spelledBySyllables('Africa Command', 'africom'));
    assert.ok(spelledBySyllables('European Command', 'eucom'));
    assert.ok(!spelledBySyllables('European Command', 'ec'.repeat(1)), 'plain initials are the initials rule\'s');
    assert.ok(!spelledBySyllables('National Police', 'nato'));
    assert.ok(!spelledBySyllables('Central Command', 'comcent'), 'order matters');
  });
});

describe('resolve: a nickname in quotation marks inside a name (review of 8498046)', () => {
  it('German quotation marks and a name the given-name list lacks; the name is a person, also after a title', () => {
    const a = withTagger('de', 'Der Bandenchef Jimmy „Barbecue“ Chérizier drohte der Regierung. Chérizier führt das Bündnis Viv Ansanm.');
    const p = entityWith(a, 'Jimmy „Barbecue“ Chérizier');
    assert.equal(p?.type, 'PER', dump(a));
    assert.ok(p?.aliases.includes('Chérizier') && p.descriptions.includes('Der Bandenchef'), dump(a));
    const b = withTagger('de', 'Gestern wurde Joaquín „El Chapo“ Guzmán verlegt.');
    assert.equal(entityWith(b, 'Joaquín „El Chapo“ Guzmán')?.type, 'PER', dump(b));
    const c = withTagger('en', 'Gang leader Johnson "Izo" Andre controls the area. Joaquin "El Chapo" Guzman was extradited.');
    assert.equal(entityWith(c, 'Johnson "Izo" Andre')?.type, 'PER', dump(c));
    assert.equal(entityWith(c, 'Joaquin "El Chapo" Guzman')?.type, 'PER', dump(c));
  });

  it('negative: a quotation after a noun, a quoted operation name after its noun are no nickname', () => {
    const a = withTagger('de', 'Der Minister nannte den Plan „Unsinn“. Die Regierung wies das zurück.');
    assert.ok(!a.get('entities').some((e) => e.type === 'PER' && e.aliases.some((x) => x.includes('Unsinn'))), dump(a));
    const b = withTagger('de', 'Kenia beendete die Operation „Sichere Küste“ Ende 2012. Der Einsatz „Sichere Grenze“ Somalias folgte.');
    assert.ok(!b.get('entities').some((e) => e.type === 'PER'), dump(b));
  });
});

describe('resolve: a definite person noun with an age refers to the person just named (review of 2fedd1f)', () => {
  it('"The 38-year-old lawyer", "Der 38-jährige Anwalt" after the name, not a new person', () => {
    const a = withTagger('en', 'The head of Congress, Jose Jeri, was sworn in as interim president. The 38-year-old lawyer promised to fight crime.');
    assert.ok(entityWith(a, 'Jose Jeri')?.descriptions.includes('The 38-year-old lawyer'), dump(a));
    const b = withTagger('de', 'Der Parlamentschef José Jerí wurde als Übergangspräsident vereidigt. Der 38-jährige Anwalt versprach, die Kriminalität zu bekämpfen.');
    assert.ok(entityWith(b, 'José Jerí')?.descriptions.includes('Der 38-jährige Anwalt'), dump(b));
  });

  it('negative: an indefinite one is a new person; with no one named just before, none is taken', () => {
    const a = withTagger('en', 'Jose Jeri was sworn in on Monday. A 38-year-old lawyer was arrested in Lima.');
    assert.ok(!entityWith(a, 'Jose Jeri')?.descriptions.includes('A 38-year-old lawyer'), dump(a));
    const b = withTagger('en', 'Jose Jeri was sworn in on Monday. Peru has had six presidents since 2016. Protests continued in Lima. The 38-year-old lawyer was not there.');
    assert.ok(!entityWith(b, 'Jose Jeri')?.descriptions.includes('The 38-year-old lawyer'), dump(b));
  });
});

describe('resolve: common person nouns of wire copy are description heads', () => {
  it('English appositions and titles with them ("a Somali lawmaker", "The party\'s founder, billionaire …")', () => {
    const a = withTagger('en', 'Said Ali Hassan, a Somali lawmaker, was arrested in Mogadishu.');
    assert.ok(entityWith(a, 'Said Ali Hassan')?.descriptions.includes('a Somali lawmaker'), dump(a));
    const b = withTagger('en', "Georgian Dream claimed victory. The party's founder, billionaire Bidzina Ivanishvili, thanked voters.");
    assert.ok(entityWith(b, 'Bidzina Ivanishvili')?.descriptions.includes("The party's founder"), dump(b));
  });

  it('German: titles and indefinite appositions with a tail ("Der Oppositionsführer", "ein Politiker aus dem Dorf")', () => {
    const c = withTagger('de', 'Der Oppositionsführer Raila Odinga sprach am Montag. Der Studentenführer Nahid Islam widersprach.');
    assert.ok(entityWith(c, 'Raila Odinga')?.descriptions.includes('Der Oppositionsführer'), dump(c));
    assert.ok(entityWith(c, 'Nahid Islam')?.descriptions.includes('Der Studentenführer'), dump(c));
    const d = withTagger('de', 'Omar Ali, ein Politiker aus dem Dorf, sagte, er sei geflohen. Amina Yusuf, eine Lehrerin aus Kismayo, bestätigte das.');
    assert.ok(entityWith(d, 'Omar Ali')?.descriptions.includes('ein Politiker aus dem Dorf'), dump(d));
    assert.ok(entityWith(d, 'Amina Yusuf')?.descriptions.includes('eine Lehrerin aus Kismayo'), dump(d));
  });

  it('negative: a surname that is also a noun stays a name ("Joschka Fischer", "Bauer")', () => {
    const a = withTagger('de', 'Der frühere Außenminister Joschka Fischer kritisierte die Regierung. Fischer sprach von einem Fehler.');
    assert.ok(entityWith(a, 'Joschka Fischer')?.aliases.includes('Fischer'), dump(a));
  });
});

describe('resolve: a junta of the state its sentence opens with as its place (review of 2d14dbf)', () => {
  it('"Im Nachbarland Niger hatte die Militärregierung …" is Niger\'s, not the state the text is about', () => {
    const a = withTagger('de', 'Mali hat den Botschafter Algeriens einbestellt. Im Nachbarland Niger hatte die Militärregierung zuvor ebenfalls protestiert.');
    assert.ok(descOf(a, 'niger', 'die Militärregierung') && !descOf(a, 'mali', 'die Militärregierung'), dump(a));
    const b = withTagger('en', 'Mali summoned Algeria\'s ambassador. In Niger, the junta had protested as well.');
    assert.ok(descOf(b, 'niger', 'the junta'), dump(b));
  });

  it('negative: a junta described before keeps its state', () => {
    const a = withTagger('en', 'Mali\'s junta expelled the envoy. In Niger, officials said the junta in Bamako had acted alone.');
    assert.ok(!descOf(a, 'niger', 'the junta in Bamako'), dump(a));
  });
});
