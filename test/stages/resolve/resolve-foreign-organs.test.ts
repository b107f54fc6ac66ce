import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly, withTagger } from './helpers.js';

const descs = (doc: ReturnType<typeof resolveOnly>, id: string): readonly string[] => entityWith(doc, id)?.descriptions ?? [];

describe('resolve: a body of another state than the knowledge base\'s (English)', () => {
  it('gives "Peru\'s Congress", "the Congress of Peru" and a later bare "Congress" to Peru', () => {
    const doc = withTagger('en', "Peru's Congress voted on Wednesday to remove President Dina Boluarte. The Congress of Peru said the vote was final, and Congress will meet again on Friday.");
    const c = entityWith(doc, 'pe-congress');
    assert.equal(c?.type, 'ORG');
    assert.ok(c?.aliases.includes('Congress') && c.aliases.includes('Congress of Peru'), c?.aliases.join('|'));
    assert.equal(entityWith(doc, 'us-congress'), undefined);
  });

  it('names an unknown body with its state: "Kenya\'s Supreme Court", "the National Assembly of Zambia"', () => {
    const doc = withTagger('en', "Kenya's Supreme Court annulled the vote. The National Assembly of Zambia met on Tuesday.");
    assert.equal(entityWith(doc, 'ke-supreme-court')?.type, 'ORG');
    assert.ok(entityWith(doc, 'zm-national-assembly')?.aliases.includes('National Assembly of Zambia'));
  });

  it('keeps the US Congress and a lower-case organ as before (negatives)', () => {
    const doc = withTagger('en', "The US Congress was silent. Russia's foreign ministry said nothing. Members of Congress left.");
    assert.equal(entityWith(doc, 'us-congress')?.name, 'United States Congress');
    assert.ok(descs(doc, 'russia').includes("Russia's foreign ministry"));
  });
});

describe('resolve: lower-case organs of any state are descriptions of it', () => {
  it('English: parliament, electoral commission, presidency', () => {
    const doc = resolveOnly('en', "Kyrgyzstan's parliament approved the law. The Kyrgyz parliament had debated it for weeks. Peru's electoral commission set a date, and the Tajik presidency said nothing.");
    assert.ok(descs(doc, 'kyrgyzstan').includes("Kyrgyzstan's parliament"));
    assert.ok(descs(doc, 'kyrgyzstan').includes('The Kyrgyz parliament'));
    assert.ok(descs(doc, 'peru').includes("Peru's electoral commission"));
    assert.ok(descs(doc, 'tajikistan').includes('the Tajik presidency'));
  });

  it('German: Parlament, Kongress, Wahlkommission, Präsidialverwaltung, also with the state in the genitive', () => {
    const doc = resolveOnly('de', 'Das kirgisische Parlament stimmte zu. Der peruanische Kongress setzte die Präsidentin ab. Kirgisistans Wahlkommission meldete Ergebnisse. Die usbekische Präsidialverwaltung schwieg. Die Nationalversammlung Sambias tagte. Der Kongress Perus tagte erneut.');
    assert.ok(descs(doc, 'kyrgyzstan').includes('Das kirgisische Parlament'));
    assert.ok(descs(doc, 'kyrgyzstan').includes('Kirgisistans Wahlkommission'));
    assert.ok(descs(doc, 'peru').includes('Der peruanische Kongress'));
    assert.ok(descs(doc, 'peru').includes('Der Kongress Perus'));
    assert.ok(descs(doc, 'uzbekistan').includes('Die usbekische Präsidialverwaltung'));
    assert.ok(descs(doc, 'zambia').includes('Die Nationalversammlung Sambias'));
    assert.equal(entityWith(doc, 'us-congress'), undefined);
  });
});

describe('resolve: "die Bundesregierung" of another federal state', () => {
  it('is the federal state the text places it in (locative, dateline), also later, when Germany is never named', () => {
    const doc = resolveOnly('de', 'Mogadischu – Die Bundesregierung in Somalia hat den Ausnahmezustand verhängt.\nDie Bundesregierung erklärte, die Lage sei ernst. Auch die US-Bundesregierung äußerte sich.');
    assert.ok(descs(doc, 'somalia').includes('Die Bundesregierung'));
    assert.ok(descs(doc, 'usa').includes('die US-Bundesregierung'));
    assert.equal(entityWith(doc, 'germany'), undefined);
  });

  it('keeps the state an earlier sentence placed it in for a later bare phrase and an unnamed spokesperson, with no dateline', () => {
    const doc = resolveOnly('de', 'Die Bundesregierung in Nigeria hat den Notstand ausgerufen. Ein Sprecher der Bundesregierung sagte, die Lage sei ernst. Die Bundesregierung erklärte, man prüfe Hilfen.');
    assert.ok(entityWith(doc, 'nigeria-spokesperson'));
    assert.equal(entityWith(doc, 'germany'), undefined);
    // (a phrase before the placing sentence is not placed by it)
    const before = resolveOnly('de', 'Die Bundesregierung sagte Hilfe zu. Die Bundesregierung in Nigeria hat den Notstand ausgerufen.');
    assert.ok(descs(before, 'germany').includes('Die Bundesregierung'));
  });

  it('stays Germany when no federal state places it, or Germany is named (negatives)', () => {
    const a = resolveOnly('de', 'Die Bundesregierung kritisierte die USA scharf. Das Bundeswirtschaftsministerium prüft Gegenzölle.');
    assert.ok(descs(a, 'germany').includes('Die Bundesregierung'));
    // (session 11 convention: a Bundes- compound is a proper name, an organisation of its own)
    assert.equal(entityWith(a, 'bundeswirtschaftsministerium')?.type, 'ORG');
    const b = resolveOnly('de', 'Deutschland schickt Hilfe nach Mexiko. In Mexiko hat die Bundesregierung das begrüßt.');
    assert.ok(descs(b, 'germany').includes('die Bundesregierung'));
    const c = resolveOnly('de', 'In Niger hat die Bundesregierung ihre Botschaft geschlossen.');
    assert.ok(descs(c, 'germany').includes('die Bundesregierung'), 'Niger is no federal state');
  });
});

describe('resolve: regional bodies in both languages', () => {
  it('knows the regional organisations of Africa, Asia, the Pacific and the Americas', () => {
    const en = resolveOnly('en', 'Officials from the Pacific Islands Forum, IGAD, the East African Community, the Eurasian Economic Union, the Commonwealth of Independent States and the Alliance of Sahel States met ASEAN, ECOWAS, SADC and Mercosur envoys.');
    for (const id of ['pacific-islands-forum', 'igad', 'east-african-community', 'eurasian-economic-union', 'commonwealth-of-independent-states', 'alliance-of-sahel-states', 'asean', 'ecowas', 'sadc', 'mercosur']) assert.equal(entityWith(en, id)?.type, 'ORG', id);
    const de = resolveOnly('de', 'Vertreter des Pazifischen Inselforums, der Igad, der Ostafrikanischen Gemeinschaft, der Schanghaier Organisation für Zusammenarbeit und der Allianz der Sahelstaaten trafen sich.');
    for (const id of ['pacific-islands-forum', 'igad', 'east-african-community', 'sco', 'alliance-of-sahel-states']) assert.equal(entityWith(de, id)?.type, 'ORG', id);
  });
});

describe('resolve: "His spokesman", "Sein Sprecher" — the office holder of the person just named', () => {
  it('is an unnamed person of its own, acting for that person\'s state', () => {
    const de = resolveOnly('de', 'Der kirgisische Präsident Sadyr Dschaparow unterzeichnete am Montag das Dekret. Sein Sprecher sagte, es trete im Mai in Kraft.');
    const sp = de.get('entities').find((e) => e.descriptions.includes('Sein Sprecher'));
    assert.ok(sp, 'an entity for the spokesman');
    assert.equal(sp.type, 'PER');
    assert.deepEqual(sp.aliases, []);
    assert.equal(sp.id, 'kyrgyzstan-spokesperson');
    assert.ok(!descs(de, 'Sadyr Dschaparow').includes('Sein Sprecher'));
    const en = resolveOnly('en', 'President Sadyr Japarov signed the decree on Monday. His spokesman said it would take effect in May.');
    assert.ok(en.get('entities').some((e) => e.type === 'PER' && e.aliases.length === 0 && e.descriptions.includes('His spokesman')));
  });

  it('is the named spokesman when the text names one, and no one for a plural or kin (negatives)', () => {
    const en = resolveOnly('en', "President Sadyr Japarov signed the decree. Japarov's spokesman Askat Alagozov said it was final. His spokesman later added details. His advisers and his sister stayed silent.");
    assert.ok(descs(en, 'Askat Alagozov').includes('His spokesman'));
    assert.ok(!en.get('entities').some((e) => e.aliases.length === 0 && e.descriptions.includes('His advisers')));
  });
});

describe('resolve: an unnamed spokesman of an organ with no state named', () => {
  it('speaks for the state the text is about, or for the organ\'s own state', () => {
    const de = resolveOnly('de', 'In Mali griffen Dschihadisten einen Armeeposten an. Ein Sprecher der Armee bestätigte den Angriff. Ein Sprecher der Bundesregierung schwieg.');
    assert.equal(de.get('entities').find((e) => e.descriptions.includes('Ein Sprecher der Armee'))?.id, 'mali-spokesperson');
    assert.equal(de.get('entities').find((e) => e.descriptions.includes('Ein Sprecher der Bundesregierung'))?.id, 'germany-spokesperson');
    const en = resolveOnly('en', 'In Mali, jihadists attacked an army post. An army spokesman confirmed the attack. A spokesman for the company declined to comment.');
    assert.equal(en.get('entities').find((e) => e.descriptions.includes('An army spokesman'))?.id, 'mali-spokesperson');
  });
});
