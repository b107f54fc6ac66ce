import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own passages: nominal references that must agree with what the text said about the person
describe('resolve: descriptions that agree with the person (de)', () => {
  const doc = withTagger('de', [
    'Verdi-Chef Frank Werneke kündigte weitere Streiks an.',
    'Der Bayerische Ministerpräsident Markus Söder forderte ein Eingreifen des Bundes.',
    'Der CSU-Chef sagte dem Spiegel, die Regierung müsse handeln.',
    'Der Verdi-Chef wies das zurück.',
  ].join(' '));

  it('a party prefix picks the person not tied to another organisation', () => {
    const soder = entityWith(doc, 'Markus Söder');
    assert.ok(soder?.descriptions.includes('Der CSU-Chef'), JSON.stringify(soder?.descriptions));
    assert.ok(!entityWith(doc, 'Frank Werneke')?.descriptions.includes('Der CSU-Chef'));
  });

  it('the same organisation prefix still refers back to its person', () => {
    assert.ok(entityWith(doc, 'Frank Werneke')?.descriptions.includes('Der Verdi-Chef'));
  });

  it('a clause after a comma is no apposition of the newspaper', () => {
    const spiegel = entityWith(doc, 'Spiegel');
    assert.deepEqual(spiegel?.descriptions, []);
  });

  it('a real apposition after a name is still kept', () => {
    const d = withTagger('de', 'Das sagte Frank Werneke, der Vorsitzende der Gewerkschaft Verdi, am Montag.');
    assert.ok(entityWith(d, 'Frank Werneke')?.descriptions.some((x) => x.startsWith('der Vorsitzende')), JSON.stringify(entityWith(d, 'Frank Werneke')?.descriptions));
  });
});

describe('resolve: gender agreement of person nouns', () => {
  it('"Die Ministerin" does not go to a man (de)', () => {
    const doc = withTagger('de', 'Bundesverteidigungsminister Boris Pistorius sagte, Deutschland stehe an der Seite Estlands. Die Ministerin sagte, man werde schnell handeln.');
    assert.ok(!entityWith(doc, 'Boris Pistorius')?.descriptions.includes('Die Ministerin'));
  });

  it('"Die Ministerin" still goes to the woman with that title (de)', () => {
    const doc = withTagger('de', 'Bundesarbeitsministerin Bärbel Bas rief zur Einigung auf. Bundesverteidigungsminister Boris Pistorius schwieg. Die Ministerin sagte, ein Streik schade allen.');
    assert.ok(entityWith(doc, 'Bärbel Bas')?.descriptions.includes('Die Ministerin'), JSON.stringify(entityWith(doc, 'Bärbel Bas')?.descriptions));
    assert.ok(!entityWith(doc, 'Boris Pistorius')?.descriptions.includes('Die Ministerin'));
  });

  it('"the spokesman" does not go to a spokeswoman (en)', () => {
    const doc = withTagger('en', 'White House spokeswoman Abigail Jackson said the administration would appeal. The spokesman for the ministry declined to comment.');
    assert.ok(!entityWith(doc, 'Abigail Jackson')?.descriptions.some((x) => x.startsWith('The spokesman')));
  });
});

describe('resolve: the office holder of a named person ("Starmer\'s spokesman")', () => {
  const doc = withTagger('en', 'White House spokeswoman Abigail Jackson said the administration would appeal. In London, Prime Minister Keir Starmer\'s spokesman said Britain was watching closely. The spokesman declined to comment further.');

  it('is an unnamed person of that person\'s state, not another spokesperson nor the person', () => {
    const jackson = entityWith(doc, 'Abigail Jackson')!;
    assert.ok(!jackson.descriptions.some((x) => /spokesman/.test(x)), JSON.stringify(jackson.descriptions));
    assert.ok(!entityWith(doc, 'Keir Starmer')?.descriptions.some((x) => /spokesman/.test(x)));
    const sp = doc.get('entities').find((e) => e.descriptions.some((x) => /Starmer’?'?s spokesman$/.test(x)));
    assert.equal(sp?.type, 'PER');
    assert.deepEqual(sp?.aliases, []);
    assert.equal(sp?.id, 'united-kingdom-spokesperson');
    assert.ok(sp?.descriptions.includes('The spokesman'), 'the later reference joins it');
  });

  it('a kinship noun of a person still goes to the named relative (negative)', () => {
    const d = withTagger('de', 'Kims Schwester, Kim Yo Jong, erklärte, Pjöngjang habe kein Interesse. Später wies Kims Schwester auch Vorschläge zurück.');
    assert.ok(entityWith(d, 'Kim Yo Jong')?.descriptions.includes('Kims Schwester'));
  });
});

describe('resolve: short office nouns with a state adjective (de)', () => {
  it('"Der britische Premier" is the British prime minister named before', () => {
    const doc = withTagger('de', 'Premierminister Keir Starmer wies die Forderung zurück. Der britische Premier sagte am Dienstag, die Skulpturen blieben in London.');
    assert.ok(entityWith(doc, 'Keir Starmer')?.descriptions.includes('Der britische Premier'));
  });

  it('negative: "Der britische Premier" is not the Greek head of government', () => {
    const doc = withTagger('de', 'Der griechische Regierungschef Kyriakos Mitsotakis forderte die Rückgabe. Der britische Premier lehnte ab.');
    assert.ok(!entityWith(doc, 'Kyriakos Mitsotakis')?.descriptions.includes('Der britische Premier'));
  });
});

describe('resolve: the office holder of a named person (de)', () => {
  it('"Starmers Sprecher" is an unnamed British spokesperson; "Der Sprecher des Premiers" joins him, not the spokeswoman', () => {
    const doc = withTagger('de', 'Premierminister Keir Starmer hat die Forderung zurückgewiesen. Starmers Sprecher sagte am Dienstag, man sehe keinen Anlass für Gespräche. Regierungssprecherin Pavlina Marinaki kritisierte das. Der Sprecher des Premiers betonte, das Gesetz sei eindeutig.');
    const sp = doc.get('entities').find((e) => e.descriptions.includes('Starmers Sprecher'));
    assert.equal(sp?.id, 'united-kingdom-spokesperson');
    assert.deepEqual(sp?.aliases, []);
    assert.ok(sp?.descriptions.includes('Der Sprecher des Premiers'));
    assert.ok(!entityWith(doc, 'Pavlina Marinaki')?.descriptions.includes('Der Sprecher des Premiers'));
    assert.ok(!entityWith(doc, 'Keir Starmer')?.descriptions.includes('Starmers Sprecher'));
  });
});
