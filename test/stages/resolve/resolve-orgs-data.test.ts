import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, withTagger } from './helpers.js';

// own sentences: well-known German and British organisations the statistical tagger misses or mistypes
describe('resolve: well-known organisations from the knowledge base', () => {
  it('finds German companies, unions, courts and newspapers (de)', () => {
    const doc = withTagger('de', 'Die Gewerkschaft Verdi rief zu einem Warnstreik bei der Lufthansa auf. Auch die IG Metall unterstützte den Aufruf. Der Bundesgerichtshof bestätigte ein Urteil gegen Volkswagen. Werneke sagte der FAZ, man sei bereit. Söder sagte dem Spiegel, die Regierung müsse handeln.');
    for (const [form, id] of [['Verdi', 'verdi'], ['Lufthansa', 'lufthansa'], ['IG Metall', 'ig-metall'], ['Bundesgerichtshof', 'bundesgerichtshof'], ['Volkswagen', 'volkswagen'], ['FAZ', 'faz'], ['Spiegel', 'der-spiegel']] as const) {
      const e = entityWith(doc, form);
      assert.equal(e?.id, id, form);
      assert.equal(e?.type, 'ORG', form);
    }
  });

  it('finds defence and energy companies the tagger takes for persons (en)', () => {
    const doc = withTagger('en', 'Lockheed Martin said it would raise output. General Dynamics won a contract, and Gazprom cut supplies.');
    for (const [form, id] of [['Lockheed Martin', 'lockheed-martin'], ['General Dynamics', 'general-dynamics'], ['Gazprom', 'gazprom']] as const) {
      assert.equal(entityWith(doc, form)?.id, id, form);
      assert.equal(entityWith(doc, form)?.type, 'ORG', form);
    }
  });

  it('finds British media and parties (en)', () => {
    const doc = withTagger('en', 'The Bank of England held rates, the BBC reported. Labour said the decision was wrong, the Financial Times wrote.');
    for (const [form, id] of [['Bank of England', 'bank-of-england'], ['BBC', 'bbc'], ['Financial Times', 'financial-times']] as const) assert.equal(entityWith(doc, form)?.id, id, form);
  });

  it('takes a name that is also a common word or another name only where the context makes it the organisation', () => {
    const doc = withTagger('de', 'Die Ministerin blickte in einen Spiegel und lächelte. Im Theater wurde eine Oper von Verdi gespielt.');
    assert.notEqual(entityWith(doc, 'Spiegel')?.id, 'der-spiegel', 'a mirror');
    assert.notEqual(entityWith(doc, 'Verdi')?.id, 'verdi', 'the composer');
    const news = withTagger('de', 'Der Spiegel berichtete am Montag, die Regierung plane Kürzungen. Die Gewerkschaft Verdi rief zum Streik auf.');
    assert.equal(entityWith(news, 'Der Spiegel')?.id, 'der-spiegel');
    assert.equal(entityWith(news, 'Verdi')?.id, 'verdi');
  });

  it('a mirror after a definite article where the tagger also reads an organisation', { todo: 'the tagger marks "in den Spiegel" ORG (0.48), so the confirmation holds; needs a context cue stronger than the tagger' }, () => {
    const doc = withTagger('de', 'Der Minister sah am Montag in den Spiegel und lächelte.');
    assert.notEqual(entityWith(doc, 'Spiegel')?.id, 'der-spiegel');
  });

  it('does not take the common nouns "Bild" and "Zeit" for the newspapers', () => {
    const doc = withTagger('de', 'Das Bild zeigt den Hafen. Die Zeit drängt, sagte Merz.');
    assert.equal(entityWith(doc, 'Bild'), undefined);
    assert.equal(entityWith(doc, 'Die Zeit'), undefined);
  });
});

describe('resolve: a German institution with its seat city is one organisation name', () => {
  it('"Staatsanwaltschaft Berlin", "Landgericht München", "Oberlandesgericht Frankfurt"', () => {
    const doc = withTagger('de', 'Die Staatsanwaltschaft Berlin ermittelt gegen zwei Manager. Das Landgericht München hatte eine Klage abgewiesen. Das Oberlandesgericht Frankfurt will im Mai entscheiden.');
    for (const form of ['Staatsanwaltschaft Berlin', 'Landgericht München', 'Oberlandesgericht Frankfurt']) assert.equal(entityWith(doc, form)?.type, 'ORG', form);
    assert.equal(entityWith(doc, 'Berlin'), undefined, 'Berlin is part of the name here');
  });

  it('negative: a city after a non-organisation noun or a verb stays a city', () => {
    const doc = withTagger('de', 'Die Regierung in Berlin schwieg. Die Messe München öffnete, als der Zug Berlin erreichte.');
    assert.ok(entityWith(doc, 'München')?.type === 'GPE' || entityWith(doc, 'München')?.type === 'LOC', JSON.stringify(entityWith(doc, 'München')));
    assert.ok(entityWith(doc, 'Berlin') !== undefined);
  });
});

describe("resolve: another state's institution or party is not the knowledge base's", () => {
  it('"Philippine Senate", "Sweden Democrats", "Indian National Congress" are their own organisations (en)', () => {
    const doc = withTagger('en', 'The Philippine Senate approved the bill on Monday. The Sweden Democrats rejected the plan. The Indian National Congress criticised the government.');
    for (const form of ['Philippine Senate', 'Sweden Democrats', 'Indian National Congress']) {
      const e = entityWith(doc, form);
      assert.equal(e?.type, 'ORG', form);
      assert.ok(!['us-senate', 'democratic-party', 'us-congress'].includes(e?.id ?? ''), `${form}: ${e?.id}`);
    }
  });

  it('negative: the same state\'s name before its own institution keeps the knowledge-base entry', () => {
    const doc = withTagger('en', 'The US Senate voted on Friday. American Democrats criticised the move.');
    // (the state's name is part of the body's name since session 25: "US Senate")
    assert.equal(entityWith(doc, 'US Senate')?.id, 'us-senate');
    assert.equal(entityWith(doc, 'Democrats')?.id, 'democratic-party');
  });
});

describe('resolve: a longer name around a known organisation name is another organisation', () => {
  it('"den Nationalen Sicherheitsrat", "the National Security Council" are not the UN Security Council', () => {
    const de = withTagger('de', 'Seoul (dpa) - Lee berief den Nationalen Sicherheitsrat ein. Der UN-Sicherheitsrat tagt.');
    assert.notEqual(entityWith(de, 'Nationalen Sicherheitsrat')?.id ?? 'none', 'un-security-council');
    assert.equal(entityWith(de, 'Nationalen Sicherheitsrat')?.type, 'ORG');
    assert.equal(entityWith(de, 'UN-Sicherheitsrat')?.id, 'un-security-council');
    const en = withTagger('en', 'SEOUL (AP) - Lee convened the National Security Council. The UN Security Council met.');
    assert.equal(entityWith(en, 'National Security Council')?.type, 'ORG');
    assert.notEqual(entityWith(en, 'National Security Council')?.id, 'un-security-council');
  });

  it('negative: a noun before the name is an apposition, not part of it ("des Auslandsgeheimdienstes CIA")', () => {
    const de = withTagger('de', 'Trump genehmigte Einsätze des Auslandsgeheimdienstes CIA in Venezuela.');
    assert.equal(entityWith(de, 'CIA')?.id, 'cia');
  });
});

describe('resolve: military commands and a word that is no name alone', () => {
  it('"The Eastern Theater Command" is one organisation; "Western countries" no name; the Islamic State is known', () => {
    const doc = withTagger('en', 'BEIJING (AFP) - The Eastern Theater Command said the drills began. Western countries protested. The Islamic State claimed the attack.');
    assert.equal(entityWith(doc, 'Eastern Theater Command')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Western'), undefined);
    assert.equal(entityWith(doc, 'Islamic State')?.id, 'islamic-state');
  });
});

describe('resolve: a place name as a first name', () => {
  it('"Defence Minister Wellington Koo", "Jordan Bardella" are persons; "Jordan and Egypt" states', () => {
    const doc = withTagger('en', 'PARIS (AFP) - RN leader Jordan Bardella criticised Macron. Defence Minister Wellington Koo said Taiwan would not back down. Jordan and Egypt signed a deal.');
    assert.equal(entityWith(doc, 'Jordan Bardella')?.type, 'PER');
    assert.equal(entityWith(doc, 'Wellington Koo')?.type, 'PER');
    assert.equal(entityWith(doc, 'Jordan')?.id, 'jordan');
  });
});

describe('resolve: places, seas and UN agencies the tagger misses', () => {
  it('a place noun before an unknown name ("die Stadt Butembo", "der Provinz Nord-Kivu"); seas; Uno; WFP', () => {
    const doc = withTagger('de', 'Goma (dpa) - Die Kämpfer rückten auf die Stadt Butembo in der Provinz Nord-Kivu vor. Die Rakete fiel ins Japanische Meer. Die Uno und das Welternährungsprogramm baten um Hilfe.');
    assert.equal(entityWith(doc, 'Butembo')?.type, 'GPE');
    // (a province is a political unit, as the gold types "Provinz Nord-Kivu")
    assert.equal(entityWith(doc, 'Nord-Kivu')?.type, 'GPE');
    assert.equal(entityWith(doc, 'Uno')?.id, 'united-nations');
    assert.equal(entityWith(doc, 'Welternährungsprogramm')?.id, 'wfp');
  });

  it('negative: a time zone abbreviation is no organisation', () => {
    const doc = withTagger('en', 'The border closes at midnight GMT on Friday.');
    assert.equal(entityWith(doc, 'GMT'), undefined);
  });
});

describe('resolve: unknown places the tagger calls LOC', () => {
  it('towns are political units (GPE); a compass region or an island stays a geographic place (LOC)', () => {
    const doc = withTagger('en', 'WARSAW (Reuters) - Polish troops reinforced the border near Białystok on Monday. Fighting spread in Eastern Ukraine. Marines landed on the main island of Luzon.');
    assert.equal(entityWith(doc, 'Białystok')?.type, 'GPE');
    const de = withTagger('de', 'Goma (dpa) - Im Ostkongo gehen die Kämpfe weiter.');
    assert.equal(entityWith(de, 'Ostkongo')?.type ?? 'LOC', 'LOC');
    assert.equal(entityWith(doc, 'Luzon')?.type ?? 'LOC', 'LOC');
  });
});

describe('resolve: German parties', () => {
  it('Die Linke (ambiguous as "Linke": only where the tagger reads an organisation) and the BSW', () => {
    const doc = withTagger('de', 'Berlin (dpa) - Auch der Vorsitzende der Linken, Jan van Aken, äußerte sich. Die Linke fordert mehr Geld, das BSW auch. Er hob die Linke zum Gruß.');
    assert.equal(entityWith(doc, 'Die Linke')?.id, 'die-linke');
    assert.equal(entityWith(doc, 'BSW')?.id, 'bsw');
    assert.ok(!entityWith(doc, 'Die Linke')?.aliases.includes('Linke'), 'the left hand is no party');
  });
});

describe('resolve: more heads of state and government in the knowledge base', () => {
  it('Lukashenko, Orbán, Aliyev, Vučić (with German spellings); "Lukashenko\'s government" describes Belarus, the person named apart', () => {
    const en = withTagger('en', "WARSAW (Reuters) - Alexander Lukashenko's government denied the claims. Viktor Orban and Ilham Aliyev met in Baku.");
    assert.equal(entityWith(en, 'Alexander Lukashenko')?.id, 'alexander-lukashenko');
    assert.ok(en.get('entities').some((e) => e.id === 'belarus' && e.descriptions.includes("Alexander Lukashenko's government")));
    assert.equal(entityWith(en, 'Viktor Orban')?.id, 'viktor-orban');
    assert.equal(entityWith(en, 'Ilham Aliyev')?.id, 'ilham-aliyev');
    const de = withTagger('de', 'Belgrad (dpa) - Serbiens Präsident Aleksandar Vučić wies das zurück. Vučić sprach von Provokation.');
    assert.equal(entityWith(de, 'Vučić')?.id, 'aleksandar-vucic');
  });
});

describe('resolve: broadcaster, rebel and force nouns describe the organisation they stand before or after', () => {
  it('English: "State broadcaster CCTV", "M23 rebels … The rebels"', () => {
    const doc = withTagger('en', 'State broadcaster CCTV showed warships. M23 rebels seized Goma on Monday. The rebels said the city was calm.');
    assert.ok(entityWith(doc, 'CCTV')?.descriptions.includes('State broadcaster'));
    assert.ok(entityWith(doc, 'M23')?.descriptions.includes('The rebels'));
  });
  it('German: "Die internationale Schutztruppe KFOR … Die Schutztruppe", "Das Staatsfernsehen KCTV"', () => {
    const doc = withTagger('de', 'Die internationale Schutztruppe KFOR verstärkte ihre Präsenz. Die Schutztruppe rief zur Ruhe auf. Das Staatsfernsehen KCTV zeigte Bilder.');
    assert.deepEqual(entityWith(doc, 'KFOR')?.descriptions, ['Die internationale Schutztruppe', 'internationale Schutztruppe', 'Die Schutztruppe']);
    assert.ok(entityWith(doc, 'KCTV')?.descriptions.includes('Das Staatsfernsehen'));
  });
});

describe('resolve: regional and humanitarian organisations of the knowledge base; "of" before an adjective inside a name', () => {
  it('knows OAS, ECOWAS, KFOR, the Council of Europe and MSF in both languages', () => {
    const en = withTagger('en', 'The Organization of American States called for restraint. ECOWAS suspended Niger. KFOR troops patrolled the crossing. Doctors Without Borders said its clinic was hit.');
    assert.deepEqual(['organization-of-american-states', 'ecowas', 'kfor', 'msf'].map((id) => en.get('entities').some((e) => e.id === id)), [true, true, true, true]);
    const de = withTagger('de', 'Der Europarat und die Westafrikanische Wirtschaftsgemeinschaft äußerten sich besorgt.');
    assert.ok(de.get('entities').some((e) => e.id === 'council-of-europe') && de.get('entities').some((e) => e.id === 'ecowas'));
  });
  it('keeps an unknown "X of <adjective> Y" name whole instead of splitting off the adjective\'s state', () => {
    const doc = withTagger('en', 'The Union of South American Nations was founded in 2008.');
    assert.ok(doc.get('entities').some((e) => e.aliases.includes('Union of South American Nations')), JSON.stringify(doc.get('entities').map((e) => e.aliases)));
  });
});
