import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesWith, entityWith, resolveOnly } from './helpers.js';

const TEXT = [
  'Russlands Außenminister Sergej Lawrow traf am Montag Nordkoreas Machthaber Kim Jong Un.',
  'Kim bewirtete den russischen Gast persönlich.',
  'Lawrow sagte danach, man sei verbündet.',
  'Der russische Außenminister flog anschließend nach Moskau zurück.',
  'Kims Schwester, Kim Yo Jong, erklärte, Pjöngjang habe kein Interesse an Gesprächen mit Seoul.',
  'Später wies Kims Schwester auch Vorschläge aus Washington zurück.',
  'Moskau erkennt Nordkorea als Atommacht an. Der Kreml äußerte sich nicht.',
  'Der Direktflug zwischen Moskau und Pjöngjang ist neu.',
  'Die Sprecherin des Weißen Hauses, Karoline Leavitt, sagte im Weißen Haus, Trumps Geduld sei erschöpft.',
].join(' ');

describe('resolve (German)', () => {
  const doc = resolveOnly('de', TEXT);

  it('groups a full name with its surname and inflections', () => {
    const lavrov = entityWith(doc, 'Sergej Lawrow');
    assert.equal(lavrov?.id, 'sergey-lavrov');
    assert.equal(lavrov?.name, 'Sergey Lavrov');
    assert.equal(lavrov?.type, 'PER');
    assert.ok(lavrov?.aliases.includes('Lawrow'));
    const kim = entityWith(doc, 'Kim Jong Un');
    assert.deepEqual(kim?.aliases, ['Kim Jong Un', 'Kim', 'Kims']);
    const nk = entityWith(doc, 'north-korea');
    assert.ok(nk?.aliases.includes('Nordkoreas') && nk.aliases.includes('Nordkorea'));
    assert.ok(entityWith(doc, 'donald-trump')?.aliases.includes('Trumps'));
  });

  it('attaches titles, appositions and later references to the person', () => {
    const lavrov = entityWith(doc, 'sergey-lavrov')!;
    assert.ok(lavrov.descriptions.includes('Russlands Außenminister'));
    assert.ok(lavrov.descriptions.includes('den russischen Gast'), 'generic noun with the state adjective');
    assert.ok(lavrov.descriptions.includes('Der russische Außenminister'), 'role introduced by the title');
    assert.ok(entityWith(doc, 'kim-jong-un')!.descriptions.includes('Nordkoreas Machthaber'));
    const yo = entityWith(doc, 'Kim Yo Jong')!;
    assert.equal(yo.id, 'kim-yo-jong');
    assert.deepEqual(yo.descriptions, ['Kims Schwester'], 'apposition before the name, then the same phrase later');
    assert.equal(doc.get('mentions').filter((m) => m.kind === 'description' && m.text === 'Kims Schwester').length, 2);
    assert.ok(entityWith(doc, 'karoline-leavitt')!.descriptions.includes('Die Sprecherin des Weißen Hauses'));
  });

  it('records roles learned from the text', () => {
    const lavrov = entityWith(doc, 'sergey-lavrov')!;
    assert.ok(lavrov.roles.some((r) => r.source === 'text' && r.role === 'foreign-minister' && r.of === 'russia' && r.sentence !== undefined));
    assert.ok(lavrov.roles.some((r) => r.source === 'kb'));
  });

  it('reads capitals and seats as their state unless the place is meant', () => {
    const russia = entityWith(doc, 'russia')!;
    assert.ok(russia.aliases.includes('Moskau'), '"Moskau erkennt … an" is the state');
    assert.ok(russia.aliases.includes('Kreml'));
    assert.ok(russia.aliases.includes('russischen') && russia.aliases.includes('russische'));
    assert.ok(entityWith(doc, 'moscow')?.aliases.includes('Moskau'), '"nach Moskau" is the city');
    assert.ok(entityWith(doc, 'pyongyang')?.aliases.includes('Pjöngjang'), '"zwischen Moskau und Pjöngjang" is the city');
    assert.ok(entityWith(doc, 'north-korea')!.aliases.includes('Pjöngjang'));
    assert.ok(entityWith(doc, 'south-korea')!.aliases.includes('Seoul'));
    const usa = entityWith(doc, 'usa')!;
    assert.ok(usa.aliases.includes('Washington') && usa.aliases.includes('Weißen Hauses'));
    assert.equal(entityWith(doc, 'white-house')?.type, 'FAC', '"im Weißen Haus" is the building');
  });

  it('types every entity and keeps mentions consistent', () => {
    const mentions = doc.get('mentions');
    for (const e of doc.get('entities')) {
      for (const i of e.mentions) assert.equal(mentions[i]!.type, e.type, `${e.id}: ${mentions[i]!.text}`);
      for (const a of e.aliases) assert.ok(TEXT.includes(a), a);
    }
  });
});

describe('resolve (German) names the knowledge base does not know', () => {
  const doc = resolveOnly('de', [
    'Botschafterin Anna Weber sprach mit dem Journalisten Thomas Weber.',
    'Später sagte Thomas Weber, er sei zufrieden. Anna Weber widersprach. Weber fügte hinzu, sie habe recht.',
    'Die dänische Botschafterin Christina Markus Lassen kritisierte das. Lassen sagte, Grenzen seien unverletzlich.',
    'Jay Dharmadhikari, stellvertretender französischer Botschafter bei der UNO, stimmte zu.',
    'Die russische Charterfluggesellschaft Nordwind fliegt nach Pjöngjang. Nordwind hat Sitz in Moskau.',
  ].join(' '));

  it('keeps two people who share a surname apart', () => {
    const anna = entityWith(doc, 'Anna Weber')!;
    const thomas = entityWith(doc, 'Thomas Weber')!;
    assert.ok(anna && thomas);
    assert.notEqual(anna.id, thomas.id);
    assert.equal(entitiesWith(doc, 'Weber').length, 1, 'the bare surname goes to one of them');
    assert.ok(anna.aliases.includes('Weber'), 'the latest-mentioned Weber');
    assert.ok(anna.descriptions.includes('Botschafterin'));
    assert.ok(thomas.descriptions.includes('dem Journalisten'));
  });

  it('finds names by given names, titles and appositions and learns their roles', () => {
    const lassen = entityWith(doc, 'Christina Markus Lassen')!;
    assert.equal(lassen.type, 'PER');
    assert.ok(lassen.aliases.includes('Lassen'));
    assert.ok(lassen.descriptions.includes('Die dänische Botschafterin'));
    assert.ok(lassen.roles.some((r) => r.source === 'text' && r.role === 'ambassador' && r.of === 'denmark'));
    const jay = entityWith(doc, 'Jay Dharmadhikari')!;
    assert.ok(jay.descriptions.includes('stellvertretender französischer Botschafter bei der UNO'));
    const nordwind = entityWith(doc, 'Nordwind')!;
    assert.equal(nordwind.type, 'ORG');
    assert.deepEqual(nordwind.aliases, ['Nordwind']);
    assert.ok(nordwind.descriptions.includes('Die russische Charterfluggesellschaft'));
    assert.equal(doc.get('mentions').filter((m) => m.text === 'Nordwind' && m.kind === 'name').length, 2);
  });
});

describe('resolve (German) titles, organs and genitives', () => {
  const doc = resolveOnly('de', [
    'Außenminister Johann Wadephul ist zu Gesprächen in Peking eingetroffen. Wadephuls Besuch gilt als heikel.',
    'Das chinesische Außenministerium erklärte, Peking begrüße den Dialog.',
    'Kremlberater Juri Uschakow sagte, Moskau verfolge die Gespräche. Uschakows Äußerungen wurden in Kiew kritisiert.',
    'Der ukrainische Präsident äußerte sich zunächst nicht. Später meldete sich Selenskyj zu Wort.',
  ].join(' '), '2025-11-14');

  it('finds a person after a title and the genitive of the surname', () => {
    const u = entityWith(doc, 'Juri Uschakow')!;
    assert.equal(u.type, 'PER');
    assert.deepEqual(u.aliases, ['Juri Uschakow', 'Uschakows']);
    assert.ok(u.descriptions.includes('Kremlberater'));
    assert.ok(entityWith(doc, 'johann-wadephul')!.aliases.includes('Wadephuls'));
  });

  it('reads an unnamed organ of a state as a description of the state', () => {
    assert.ok(entityWith(doc, 'china')!.descriptions.includes('Das chinesische Außenministerium'));
    assert.ok(entityWith(doc, 'china')!.aliases.includes('Peking'), '"Peking begrüße" is the state');
    assert.ok(entityWith(doc, 'beijing')!.aliases.includes('Peking'), '"in Peking" is the city');
  });

  it('resolves a title to the office holder named just after it', () => {
    assert.ok(entityWith(doc, 'volodymyr-zelensky')!.descriptions.includes('Der ukrainische Präsident'));
  });
});

