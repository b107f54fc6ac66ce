import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesWith, entityWith, resolveOnly } from './helpers.js';

describe('resolve: alternative names used before and after they are introduced', () => {
  it('joins a headline abbreviation to the name it abbreviates later in parentheses', () => {
    const doc = resolveOnly('en', [
      'Talks with MPRF stall',
      'The government met the Mountain Resistance Front (MPRF) in Tarvo on Monday.',
      'The MPRF said the talks would resume.',
    ].join('\n'));
    const front = entityWith(doc, 'Mountain Resistance Front');
    assert.ok(front, 'the front is an entity');
    assert.equal(entitiesWith(doc, 'MPRF').length, 1, 'one entity carries the abbreviation');
    assert.equal(entitiesWith(doc, 'MPRF')[0]!.id, front.id);
  });

  it('keeps two different abbreviations apart (negative)', () => {
    const doc = resolveOnly('en', [
      'ODF and MPRF meet',
      'The Mountain Resistance Front (MPRF) met the Tarvo Democratic Union (ODF) in Tarvo.',
      'The ODF said it would sign, and the MPRF agreed.',
    ].join('\n'));
    const mprf = entitiesWith(doc, 'MPRF');
    const ndf = entitiesWith(doc, 'ODF');
    assert.equal(mprf.length, 1);
    assert.equal(ndf.length, 1);
    assert.notEqual(mprf[0]!.id, ndf[0]!.id);
  });
});

describe('resolve: "and" inside an organisation name', () => {
  it('keeps "X and Y Commission" whole and names it by its abbreviation', () => {
    const doc = resolveOnly('en', 'The Independent Electoral and Boundaries Commission (IEBC) of Tarvo announced the result. Critics accused the IEBC of fraud.');
    const c = entityWith(doc, 'Independent Electoral and Boundaries Commission');
    assert.ok(c);
    assert.equal(c.type, 'ORG');
    assert.equal(c.id, 'iebc');
    assert.ok(c.aliases.includes('IEBC'));
    assert.equal(entitiesWith(doc, 'IEBC').length, 1);
  });

  it('joins "and" only when the words after it end in an organisation keyword (negatives)', () => {
    const doc = resolveOnly('en', 'Officials in Kenya and Uganda met on Monday. Mwangi Otieno and Grace Achieng said the Uganda Revenue Authority would act.');
    assert.ok(entityWith(doc, 'Uganda Revenue Authority'));
    assert.ok(entityWith(doc, 'Grace Achieng'));
    assert.equal(doc.get('entities').some((e) => e.aliases.some((a) => / and /.test(a))), false);
  });
});

describe('resolve: a name after "the town of" is a place', () => {
  it('types settlements and subdivisions named with "of" as places', () => {
    const doc = resolveOnly('en', 'The fishermen, from the northern town of Point Pedro, were held. Troops reached the village of Kalabalge. A shooting near the village of Marek left a soldier dead. The governor of the state of Borno spoke.');
    assert.equal(entityWith(doc, 'Point Pedro')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Kalabalge')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Marek')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Borno')?.type, 'GPE');
  });

  it('leaves other "of" names alone (negatives)', () => {
    const doc = resolveOnly('en', 'He met the Secretary of State Marco Rubio and a friend of Peter Marek in Tarvo.');
    assert.equal(entityWith(doc, 'Marco Rubio')?.type, 'PER');
    assert.notEqual(entityWith(doc, 'Peter Marek')?.type, 'GPE');
  });
});

describe('resolve: "the X region" names X, it describes no other place', () => {
  it('does not give "the Donetsk region" to the province named before', () => {
    const doc = resolveOnly('en', 'Fighting in the northeastern province of Arauca continued. Shelling hit homes in the Donetsk region.');
    const arauca = entityWith(doc, 'Arauca')!;
    assert.ok(arauca.descriptions.includes('the northeastern province'));
    assert.equal(arauca.descriptions.includes('the Donetsk region'), false);
    assert.ok(entityWith(doc, 'Donetsk'));
  });

  it('still resolves a bare "the region" and a state organ named by its capital (negatives)', () => {
    const doc = resolveOnly('en', 'Fighting in the northeastern province of Arauca continued. The region was dark, and the Kyiv government protested.');
    assert.ok(entityWith(doc, 'Arauca')!.descriptions.includes('The region'));
    assert.ok(entityWith(doc, 'ukraine')!.descriptions.includes('the Kyiv government'));
  });
});

describe('resolve: an office named after its holder', () => {
  it('keeps "the Ombudsman’s Office" and "the Prosecutor General’s Office" whole', () => {
    const doc = resolveOnly('en', 'The Ombudsman’s Office warned of violence. The Prosecutor General\'s Office opened a case. The Prime Minister’s Office said nothing.');
    assert.equal(entityWith(doc, 'Ombudsman’s Office')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Prosecutor General\'s Office')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Prime Minister’s Office')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Office'), undefined);
  });

  it('a person’s possessive and a party name stay apart (negatives)', () => {
    const doc = resolveOnly('en', 'Gustavo Petro’s Office said. Pashinyan’s Civil Contract won. Prosecutor General Ana Ruiz spoke.');
    assert.equal(doc.get('entities').some((e) => e.aliases.some((a) => a.includes('’s Office'))), false);
    assert.equal(entityWith(doc, 'Gustavo Petro')?.type, 'PER');
    assert.ok(entityWith(doc, 'Ana Ruiz')!.descriptions.includes('Prosecutor General'));
  });
});

describe('resolve: lawyers, negotiators and activists are person nouns', () => {
  it('German: "Castillos Anwalt Walter Ayala", later "Der Anwalt"', () => {
    const doc = resolveOnly('de', 'Der Ex-Präsident Pedro Castillo sitzt in Haft. Castillos Anwalt Walter Ayala sagte, sein Mandant sei unschuldig. Der Anwalt kündigte Berufung an.');
    const ayala = entityWith(doc, 'Walter Ayala')!;
    assert.ok(ayala.descriptions.includes('Castillos Anwalt'));
    assert.ok(ayala.descriptions.includes('Der Anwalt'));
    assert.equal(entityWith(doc, 'Pedro Castillo')!.descriptions.includes('Der Anwalt'), false);
  });

  it('English: "Castillo’s lawyer Walter Ayala", later "The lawyer"', () => {
    const doc = resolveOnly('en', 'Former president Pedro Castillo is in jail. Castillo’s lawyer Walter Ayala said he was innocent. The lawyer will appeal.');
    const ayala = entityWith(doc, 'Walter Ayala')!;
    assert.ok(ayala.descriptions.includes('Castillo’s lawyer'));
    assert.ok(ayala.descriptions.includes('The lawyer'));
  });

  it('"Staatsanwaltschaft" stays the state organ, not a lawyer (negative)', () => {
    const doc = resolveOnly('de', 'Die peruanische Staatsanwaltschaft ermittelt gegen Pedro Castillo.');
    assert.equal(entityWith(doc, 'Pedro Castillo')!.descriptions.some((d) => /Staatsanwaltschaft/.test(d)), false);
  });
});

describe('resolve (de): a lower-case adjective of another state before a known institution', () => {
  it('"der peruanische Kongress" is not the US Congress', () => {
    const doc = resolveOnly('de', 'Der peruanische Kongress stimmte am Dienstag ab.');
    assert.equal(entityWith(doc, 'us-congress'), undefined);
    assert.ok(entityWith(doc, 'peru'));
  });

  it('the institution\'s own state and a state prefix keep the known body (negatives)', () => {
    const doc = resolveOnly('de', 'Der amerikanische Kongress tagte. Der US-Kongress schwieg.');
    const c = entityWith(doc, 'us-congress')!;
    assert.ok(c.aliases.includes('Kongress'));
    assert.ok(c.aliases.includes('US-Kongress'));
  });
});

describe('resolve: guerrillas, insurgents and jihadists refer to the armed group just named', () => {
  it('English: "the guerrillas", "the insurgents" after a named front', () => {
    const doc = resolveOnly('en', 'Troops fought the Mountain Resistance Front (MPRF) on Monday. The guerrillas later fled. The insurgents lost ten men.');
    const f = entityWith(doc, 'MPRF')!;
    assert.ok(f.descriptions.includes('The guerrillas'));
    assert.ok(f.descriptions.includes('The insurgents'));
  });

  it('German: "Die Dschihadisten" after "Die Islamistengruppe Boko Haram"', () => {
    const doc = resolveOnly('de', 'Die Islamistengruppe Boko Haram verübte einen Anschlag. Die Dschihadisten töteten elf Bauern.');
    assert.ok(entityWith(doc, 'Boko Haram')!.descriptions.includes('Die Dschihadisten'));
  });

  it('no named group: the plural gives no named entity, only an unnamed group of its own (negative)', () => {
    const doc = resolveOnly('en', 'Militants attacked a village on Monday. Police said the militants fled.');
    const with_ = doc.get('entities').filter((e) => e.descriptions.some((d) => /militants/i.test(d)));
    assert.ok(with_.every((e) => e.aliases.length === 0 && e.type === 'ORG'), JSON.stringify(with_));
  });
});

describe('resolve (de): a subdivision named right after its noun', () => {
  it('"des Bundesstaates Borno", "im Bundesland Tarvo" are places', () => {
    const doc = resolveOnly('de', 'Der Gouverneur des Bundesstaates Borno, Babagana Zulum, begrüßte den Einsatz. Im Bundesland Tarvo wurde gekämpft.');
    assert.equal(entityWith(doc, 'Borno')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Tarvo')?.type, 'GPE');
  });

  it('a known state after the noun and a lower-case word stay as they are (negatives)', () => {
    const doc = resolveOnly('de', 'Der Bundesstaat Bayern stimmte zu. Der Bundesstaat will mehr Geld.');
    assert.equal(doc.get('entities').some((e) => e.aliases.includes('will')), false);
  });
});
