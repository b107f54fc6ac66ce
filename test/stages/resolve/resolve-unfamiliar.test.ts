import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

describe('resolve: names from wire copy on less familiar regions', () => {
  it('reads a state possessive before an unknown name as the state, not a first name ("Russia\'s Rosatom")', () => {
    const doc = withTagger('en', "The project, in which Russia's Rosatom and China's CNNC are among the bidders, was approved. Jordan Bardella was not there.");
    assert.equal(entityWith(doc, 'russia')?.type, 'GPE');
    assert.ok(entityWith(doc, 'Jordan Bardella'), 'a place name as a first name still opens a person');
  });

  it('keeps a capitalised run with a state inside one organisation ("Royal Solomon Islands Police Force")', () => {
    const doc = withTagger('en', 'The Royal Solomon Islands Police Force confirmed the arrival. The Royal Thai Army said nothing. Solomon Islands Prime Minister Jeremiah Manele spoke.');
    assert.equal(entityWith(doc, 'Royal Solomon Islands Police Force')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Royal Thai Army')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Royal'), undefined);
    assert.ok(entityWith(doc, 'solomon-islands')?.aliases.includes('Solomon Islands'), 'a state before a title stays the state');
  });

  it('takes abbreviated ranks and "PM" as titles, not parts of names', () => {
    const doc = withTagger('en', 'Solomon Islands PM rejects criticism\nThe junta led by Gen. Assimi Goita accused Paris. Lt. Gen. Mamadi Doumbouya spoke.');
    assert.ok(entityWith(doc, 'Assimi Goita'));
    assert.ok(entityWith(doc, 'Mamadi Doumbouya'));
    assert.equal(entityWith(doc, 'PM'), undefined);
    assert.ok(!doc.get('entities').some((e) => e.aliases.some((a) => a.startsWith('Gen.') || a.startsWith('Lt.'))));
  });

  it('knows short state names and regions as places, not states', () => {
    const en = withTagger('en', 'Canberra urged the Solomons to rely on regional partners. The Sahel and the Pacific were on the agenda, as were Central Asia and the Horn of Africa.');
    assert.ok(entityWith(en, 'solomon-islands')?.aliases.includes('Solomons'));
    for (const id of ['sahel', 'pacific', 'central-asia', 'horn-of-africa']) assert.equal(entityWith(en, id)?.type, 'LOC', id);
    const de = withTagger('de', 'In der Sahelzone, im Südpazifik und in Zentralasien wächst der Einfluss Russlands.');
    for (const id of ['sahel', 'pacific', 'central-asia']) assert.equal(entityWith(de, id)?.type, 'LOC', id);
  });
});

describe('resolve: Burmese names, organ continuity and foreign bodies named again', () => {
  it('takes a run of Burmese name parts as one person, and leaves San Francisco alone', () => {
    const doc = withTagger('de', 'Die Junta unter General Min Aung Hlaing hatte 2021 die Regierung von Aung San Suu Kyi gestürzt. Thein Sein schwieg. In San Francisco wurde protestiert.');
    for (const n of ['Min Aung Hlaing', 'Aung San Suu Kyi', 'Thein Sein']) assert.equal(entityWith(doc, n)?.type, 'PER', n);
    assert.notEqual(entityWith(doc, 'San Francisco')?.type, 'PER');
  });

  it('gives an unqualified organ to the state whose organ was just described, not the dateline\'s', () => {
    const doc = withTagger('de', 'Asean drängt Myanmars Junta zu Waffenruhe\nKuala Lumpur (epd) - Die Außenminister haben Myanmars Militärregierung zu einer Waffenruhe aufgefordert. Malaysias Außenminister Mohamad Hasan sagte, die Gewalt müsse enden.\nDie Junta hatte 2021 die Regierung gestürzt. Seitdem kämpft die Armee gegen Rebellen.');
    const my = entityWith(doc, 'myanmar')?.descriptions ?? [];
    assert.ok(my.includes('Die Junta') && my.includes('die Armee'), my.join('|'));
    assert.ok(!(entityWith(doc, 'malaysia')?.descriptions ?? []).includes('Die Junta'));
  });

  it('keeps a body named as another state\'s that state\'s when named again bare (German)', () => {
    const doc = withTagger('de', 'Perus Kongress setzte Präsidentin Dina Boluarte ab. Ihr Vorgänger wollte den Kongress auflösen. Der US-Kongress und der amerikanische Kongress schwiegen.');
    assert.ok((entityWith(doc, 'peru')?.descriptions ?? []).includes('den Kongress'));
    assert.ok(entityWith(doc, 'us-congress')?.aliases.includes('US-Kongress'));
  });

  it('makes the lawyer of a named person an unnamed person of its own', () => {
    const doc = withTagger('de', 'Präsidentin Dina Boluarte wurde abgesetzt. Boluartes Anwalt kündigte eine Klage an.');
    assert.ok(doc.get('entities').some((e) => e.type === 'PER' && e.aliases.length === 0 && e.descriptions.includes('Boluartes Anwalt')));
  });
});

describe('resolve: region adjectives and unnamed speakers', () => {
  it('reads English region adjectives as part of a description, not as names', () => {
    const doc = withTagger('en', 'Venezuela and Russia talk. The South American country relies on imports. The Central Asian country Kyrgyzstan agreed. The African nation of Chad spoke, as did the Andean nation.');
    assert.ok(entityWith(doc, 'venezuela')?.descriptions.includes('The South American country'));
    assert.ok(entityWith(doc, 'kyrgyzstan')?.descriptions.includes('The Central Asian country'));
    assert.ok(entityWith(doc, 'chad')?.descriptions.includes('The African nation'));
    for (const a of ['South', 'American', 'Central Asian', 'African', 'Andean']) assert.equal(entityWith(doc, a), undefined, a);
    assert.ok(entityWith(doc, 'South Africa') === undefined || entityWith(doc, 'south-africa')?.type === 'GPE');
  });

  it('reads German region adjectives before a state noun', () => {
    const doc = withTagger('de', 'Kirgisistan und Russland verhandeln. Das zentralasiatische Land ist auf Importe angewiesen.');
    assert.ok(entityWith(doc, 'kyrgyzstan')?.descriptions.includes('Das zentralasiatische Land'));
  });

  it('makes "the Speaker" an unnamed office holder, not a name', () => {
    const doc = withTagger('en', 'Napat won 49 votes in the 52-seat legislature, the Speaker said.');
    assert.equal(entityWith(doc, 'Speaker'), undefined);
    assert.ok(doc.get('entities').some((e) => e.type === 'PER' && e.descriptions.includes('the Speaker')));
  });
});

describe('resolve: more names from wire copy (Andes, Southeast Asia, Central Asia)', () => {
  it('knows alternative German state names and typographic apostrophes', () => {
    const doc = withTagger('de', 'Auch Tadschikistan und Kirgistan sind angeschlossen. Die Côte d’Ivoire und Mazedonien schwiegen.');
    assert.ok(entityWith(doc, 'kyrgyzstan')?.aliases.includes('Kirgistan'));
    assert.ok(entityWith(doc, 'ivory-coast')?.aliases.includes('Côte d’Ivoire'));
    assert.ok(entityWith(doc, 'north-macedonia')?.aliases.includes('Mazedonien'));
  });

  it('types shoals and reefs as places, also after a given name ("Second Thomas Shoal")', () => {
    const doc = withTagger('en', 'Chinese vessels fired water cannon near Scarborough Shoal and Second Thomas Shoal on Tuesday. Thomas Müller spoke.');
    assert.equal(entityWith(doc, 'Scarborough Shoal')?.type, 'LOC');
    assert.equal(entityWith(doc, 'Thomas Shoal')?.type ?? entityWith(doc, 'Second Thomas Shoal')?.type, 'LOC');
    assert.equal(entityWith(doc, 'Thomas Müller')?.type, 'PER');
  });

  it('reads a capitalised German adjective before an organisation noun as a name, not the Auswärtige Amt (negative)', () => {
    const doc = withTagger('de', 'Die Interamerikanische Menschenrechtskommission und die Nationale Wahlkommission forderten eine Untersuchung. Das Auswärtige Amt schwieg.');
    assert.equal(entityWith(doc, 'Interamerikanische Menschenrechtskommission')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Nationale Wahlkommission')?.type, 'ORG');
    // (session 11 convention: the Auswärtige Amt is an organisation of its own, the knowledge base's, not a name of this rule)
    assert.equal(entityWith(doc, 'Auswärtige Amt')?.id, 'german-foreign-office');
  });

  it('names a gang after its head noun', () => {
    const doc = withTagger('de', 'Noboa kündigte Razzien gegen die Bande Los Choneros an.');
    assert.equal(entityWith(doc, 'Los Choneros')?.type, 'ORG');
  });
});

describe('resolve: a name with an abbreviated suffix in German, and region adjectives the tagger marks', () => {
  it('keeps "Surangel Whipps Jr." a person with the title before the apposition', () => {
    const doc = withTagger('de', 'Der Präsident von Palau, Surangel Whipps Jr., warf Australien vor, zu wenig zu tun.');
    const p = doc.get('entities').find((e) => e.type === 'PER' && e.aliases.some((a) => a.startsWith('Surangel Whipps')));
    assert.ok(p, 'the person');
    assert.ok(p.descriptions.includes('Der Präsident von Palau'));
  });

  it('makes no entity of "Central Asian" in running text', () => {
    const doc = withTagger('en', 'President Emomali Rahmon, who has ruled the Central Asian country since 1992, has cracked down on dissent in Tajikistan.');
    assert.equal(entityWith(doc, 'Central Asian'), undefined);
  });
});

describe('resolve: a headline verb ends a description', () => {
  it('makes no collective of "Tajik court jails opposition" and keeps "the opposition" (negative)', () => {
    const doc = withTagger('en', 'Tajik court jails opposition figures\nThe opposition in Tajikistan said the trial was unfair.');
    assert.ok(!doc.get('entities').some((e) => e.descriptions.some((d) => /jails/.test(d))));
    assert.ok(doc.get('entities').some((e) => e.descriptions.includes('The opposition in Tajikistan') || e.descriptions.includes('The opposition')));
  });
});

describe('resolve: an office held by two people named in one sentence', () => {
  it('goes to the one the sentence names first (its subject), a qualified one to its holder', () => {
    const doc = withTagger('de', 'Der kirgisische Präsident Sadyr Dschaparow empfing seinen tadschikischen Amtskollegen Emomali Rachmon. Der Staatschef sagte, die Grenze sei sicher. Der tadschikische Präsident widersprach nicht.');
    assert.ok(entityWith(doc, 'Sadyr Dschaparow')?.descriptions.includes('Der Staatschef'));
    assert.ok(entityWith(doc, 'Emomali Rachmon')?.descriptions.includes('Der tadschikische Präsident'));
  });
});

describe('resolve: administrative units are political units, rivers and islands places', () => {
  it('types a name after a German administrative or city noun as GPE, after a river noun as LOC', () => {
    const doc = withTagger('de', 'In der Provinz Badachschan kam es zu Kämpfen. Die Hafenstadt Guayaquil wurde abgeriegelt. Der Fluss Amudarja führt Hochwasser. Die Insel Bougainville wurde evakuiert.');
    assert.equal(entityWith(doc, 'Badachschan')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Guayaquil')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Amudarja')?.type, 'LOC');
    assert.equal(entityWith(doc, 'Bougainville')?.type, 'LOC');
  });

  it('types an English name by the lower-case keyword after it', () => {
    const doc = withTagger('en', 'The Amu Darya river flooded. Fighting broke out in Badakhshan province.');
    assert.equal(entityWith(doc, 'Amu Darya')?.type, 'LOC');
    assert.equal(entityWith(doc, 'Badakhshan')?.type, 'GPE');
  });
});

describe('resolve: ranks alone and governments of persons with no state', () => {
  it('lists a bare rank before a name as a description', () => {
    const doc = withTagger('de', 'Im Osten des Landes nutzte General Khalifa Haftar die Lage. Oberst Assimi Goïta sprach.');
    assert.ok(entityWith(doc, 'Khalifa Haftar')?.descriptions.includes('General'));
    assert.ok(entityWith(doc, 'Assimi Goïta')?.descriptions.includes('Oberst'));
  });

  it('gives the government of a person the text ties to no state to the state it is about', () => {
    const doc = withTagger('de', 'In Libyen wird wieder gekämpft. Ministerpräsident Abdelhamid Dbeibah wies die Vorwürfe zurück. Die Türkei, die Dbeibahs Regierung unterstützt, schwieg.');
    assert.ok(entityWith(doc, 'libya')?.descriptions.includes('Dbeibahs Regierung'));
  });
});

describe('resolve: German verbs in -en before a title', () => {
  it('keeps the verb out of the title and an adjective after a name in it', () => {
    const doc = withTagger('de', 'Die Milizen werfen Ministerpräsident Abdelhamid Dbeibah Machtgier vor. Russlands neuer Präsident Ivan Petrow sprach.');
    assert.ok(!doc.get('entities').some((e) => e.descriptions.some((d) => d.startsWith('werfen'))));
    assert.ok(entityWith(doc, 'Ivan Petrow')?.descriptions.includes('Russlands neuer Präsident'));
  });
});

describe('resolve: a counted group of people the text never names', () => {
  it('is an entity of its own that later definite plurals refer to (both languages)', () => {
    const de = withTagger('de', 'Zuvor hatten serbische Sicherheitskräfte zwei kosovarische Polizisten festgenommen. Die beiden Beamten seien überwältigt worden, sagte er. Die Polizisten würden angeklagt.');
    const g = de.get('entities').find((e) => e.descriptions.includes('zwei kosovarische Polizisten'));
    assert.equal(g?.type, 'ORG');
    assert.deepEqual(g?.aliases, []);
    assert.ok(g?.descriptions.includes('Die beiden Beamten') && g.descriptions.includes('Die Polizisten'), g?.descriptions.join('|'));
    const en = withTagger('en', 'Serbian security forces detained two Kosovo police officers on Sunday. The officers were overpowered, he said. Both officers will be charged.');
    const h = en.get('entities').find((e) => e.descriptions.includes('two Kosovo police officers'));
    assert.ok(h?.descriptions.includes('The officers') && h.descriptions.includes('Both officers'), h?.descriptions.join('|'));
  });

  it('refers back only with a noun of the group\'s class, and a figure makes no group (negatives)', () => {
    const en = withTagger('en', 'Two journalists were detained in Minsk on Monday. The officials said the arrests were lawful. 12 soldiers were killed in the attack.');
    const j = en.get('entities').find((e) => e.descriptions.includes('Two journalists'));
    assert.deepEqual(j?.descriptions, ['Two journalists']);
    assert.ok(!en.get('entities').some((e) => e.descriptions.includes('12 soldiers')));
    const de = withTagger('de', 'Zwei kosovarische Polizisten wurden am Montag festgenommen. Die Beamten wurden nach Belgrad gebracht. Die Soldaten sagten, sie hätten nichts gesehen.');
    const g = de.get('entities').find((e) => e.descriptions.includes('Zwei kosovarische Polizisten'));
    assert.deepEqual(g?.descriptions, ['Zwei kosovarische Polizisten', 'Die Beamten']);
  });

  it('makes no group without a count word, nor refers back when none was counted (negatives)', () => {
    const doc = withTagger('en', 'Kosovo police officers patrolled the border. The officers said it was calm.');
    assert.ok(!doc.get('entities').some((e) => e.descriptions.includes('The officers') && e.aliases.length === 0 && e.type === 'ORG' && /officers/.test(e.id)));
  });
});

describe('resolve: ASEAN by its full name, two-word organ heads', () => {
  it('joins the full name to ASEAN and keeps "military government" whole', () => {
    const doc = withTagger('en', "Timor-Leste joined the Association of Southeast Asian Nations on Sunday. Myanmar's military government sent a junior official to the ASEAN summit.");
    assert.ok(entityWith(doc, 'asean')?.aliases.includes('Association of Southeast Asian Nations'));
    assert.ok(entityWith(doc, 'myanmar')?.descriptions.includes("Myanmar's military government"));
    const de = withTagger('de', 'Der Verband Südostasiatischer Nationen nahm Osttimor auf.');
    assert.ok(entityWith(de, 'asean')?.aliases.includes('Verband Südostasiatischer Nationen'));
  });
});
