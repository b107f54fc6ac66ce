import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityWith, resolveOnly, withTagger } from './helpers.js';

/** Descriptions of an entity, or [] when it is missing. */
const descs = (doc: ReturnType<typeof resolveOnly>, id: string): readonly string[] => entityWith(doc, id)?.descriptions ?? [];

describe('resolve: government organs as descriptions of their state (German)', () => {
  const doc = resolveOnly('de', [
    'Die Bundesregierung verurteilte den Angriff am Dienstag scharf.',
    'Das Auswärtige Amt rief alle Deutschen zur Ausreise auf.',
    'Ein Sprecher des Auswärtigen Amts sagte, die Lage sei ernst.',
    'Auch das Bundeswirtschaftsministerium prüft neue Maßnahmen, und das Bundeskanzleramt schwieg.',
    'Dem russischen Verteidigungsministerium zufolge wurden zwölf Drohnen abgefangen.',
    'Die chinesische Küstenwache setzte Wasserwerfer ein.',
  ].join(' '));

  it('attaches fixed national institutions to Germany', () => {
    const de = descs(doc, 'germany');
    for (const x of ['Die Bundesregierung', 'das Bundeskanzleramt']) assert.ok(de.includes(x), x);
    // (session 11 convention: an office the text names is an organisation of its own, Bundes- compounds of an
    // organisation keyword included)
    for (const x of ['Das Auswärtige Amt', 'des Auswärtigen Amts', 'das Bundeswirtschaftsministerium']) assert.ok(!de.includes(x), x);
    assert.ok(entityWith(doc, 'german-foreign-office')?.aliases.includes('Auswärtigen Amts'));
    assert.equal(entityWith(doc, 'bundeswirtschaftsministerium')?.type, 'ORG');
  });

  it('attaches an organ with a nationality adjective to that state', () => {
    assert.ok(descs(doc, 'russia').includes('Dem russischen Verteidigungsministerium'));
    assert.ok(descs(doc, 'china').includes('Die chinesische Küstenwache'));
    assert.ok(!descs(doc, 'russia').includes('das Bundeswirtschaftsministerium'), 'a Bundes- compound is German, not the salient state');
  });

  it('keeps a federal state of another country apart from Germany', () => {
    const d = resolveOnly('de', 'Der Gouverneur des Bundesstaates Texas widersprach. Die Regierung in Washington schwieg.');
    assert.ok(!descs(d, 'germany').length);
  });
});

describe('resolve: government organs as descriptions of their state (English)', () => {
  const doc = resolveOnly('en', [
    'The foreign ministry in Hanoi lodged a protest on Monday.',
    'The Chinese coast guard had fired water cannon at two fishing boats near the Paracel Islands.',
    'Later the interior ministry in Kyiv said the strikes had hit a power plant.',
  ].join(' '));

  it('uses the capital after the organ noun', () => {
    assert.ok(descs(doc, 'vietnam').includes('The foreign ministry in Hanoi'));
    assert.ok(descs(doc, 'ukraine').includes('the interior ministry in Kyiv'));
  });

  it('uses the nationality adjective before the organ noun', () => {
    assert.ok(descs(doc, 'china').includes('The Chinese coast guard'));
  });
});

describe('resolve: titles and anaphors', () => {
  it('attaches a possessive guest or host to the other person of the meeting (German)', () => {
    const doc = resolveOnly('de', 'Der CDU-Politiker Friedrich Merz empfing am Montag die französische Außenministerin Catherine Colonna in Berlin. Merz begrüßte seinen Gast herzlich. Die Ministerin dankte ihrem Gastgeber.');
    assert.ok(descs(doc, 'Catherine Colonna').includes('seinen Gast'));
    assert.ok(descs(doc, 'Catherine Colonna').includes('Die Ministerin'));
    assert.ok(descs(doc, 'friedrich-merz').includes('ihrem Gastgeber'));
    assert.ok(descs(doc, 'friedrich-merz').includes('Der CDU-Politiker'));
  });

  it('reads "sein Land" and "the country" as the state of the person speaking', () => {
    const de = resolveOnly('de', 'Bundeskanzler Friedrich Merz besuchte die Ukraine. Er sagte, sein Land werde weiter helfen.');
    assert.ok(descs(de, 'germany').includes('sein Land'));
    assert.ok(!descs(de, 'ukraine').includes('sein Land'));
    const en = resolveOnly('en', 'Prime Minister Keir Starmer met U.S. Trade Representative Jamieson Greer in London. The prime minister said the country would not give in.');
    assert.ok(descs(en, 'united-kingdom').includes('the country'));
    assert.ok(descs(en, 'Jamieson Greer').includes('U.S. Trade Representative'));
  });

  it('leaves "das Land" unresolved when no state is named', () => {
    const doc = resolveOnly('de', 'Der Sprecher sagte am Montag, das Land brauche mehr Regen. Die Bauern warten.');
    for (const e of doc.get('entities')) assert.ok(!e.descriptions.includes('das Land'), e.id);
  });

  it('keeps two people who share a surname apart', () => {
    const doc = resolveOnly('en', 'Finance minister Anna Greer met the economist Paul Greer in Ottawa on Friday. Paul Greer said the plan was late. Anna Greer disagreed.');
    const anna = entityWith(doc, 'Anna Greer');
    const paul = entityWith(doc, 'Paul Greer');
    assert.ok(anna && paul && anna.id !== paul.id);
  });
});

describe('resolve: multi-word names', () => {
  it('keeps three-part Vietnamese names whole and links the given name back', () => {
    const doc = resolveOnly('en', 'Foreign ministry spokeswoman Pham Thu Hang rejected the claim on Thursday. Hang said the islands belonged to Vietnam.');
    const p = entityWith(doc, 'Pham Thu Hang');
    assert.ok(p?.aliases.includes('Hang'));
    assert.equal(doc.get('entities').filter((e) => e.type === 'PER').length, 1);
  });

  it('keeps a state name inside an organisation name', () => {
    const doc = resolveOnly('en', 'The boats belonged to members of the Vietnam Fisheries Society, which called the attack illegal. Voters backed the Armenia Alliance in the vote.');
    assert.equal(entityWith(doc, 'Vietnam Fisheries Society')?.type, 'ORG');
    assert.equal(entityWith(doc, 'Armenia Alliance')?.type, 'ORG');
    assert.ok(!entityWith(doc, 'Fisheries Society'));
  });

  it('splits a person from the party after a possessive', () => {
    const doc = resolveOnly('en', 'In the vote on Sunday, Nikol Pashinyan’s Civil Contract won a clear majority, officials said.');
    assert.ok(entityWith(doc, 'Nikol Pashinyan'));
    assert.ok(entityWith(doc, 'Civil Contract'));
    assert.ok(!entityWith(doc, 'Nikol Pashinyan’s Civil Contract'));
  });

  it('reads a name-dense sentence with a lower-case verb as running text, not a headline', () => {
    const doc = resolveOnly('en', 'Keir Starmer met Trade Representative Jamieson Greer in London on Tuesday. Greer said the talks went well.');
    const g = entityWith(doc, 'Jamieson Greer');
    assert.equal(g?.type, 'PER');
    assert.ok(g?.aliases.includes('Greer'));
  });
});

describe('resolve: gazetteer of conflict cities, platforms and seats', () => {
  it('knows German and English names of the same places', () => {
    const de = resolveOnly('de', 'Die Angriffe auf Mariupol, Charkiw und Cherson gingen weiter. In El Fascher und Gaza-Stadt hungern die Menschen. Das Video wurde auf Telegram verbreitet.');
    const en = resolveOnly('en', 'The attacks on Mariupol, Kharkiv and Kherson went on. In El Fasher and Gaza City people are starving. The video was shared on Telegram.');
    for (const id of ['mariupol', 'kharkiv', 'kherson', 'el-fasher', 'gaza-city']) {
      assert.equal(entityWith(de, id)?.type, 'GPE', `de ${id}`);
      assert.equal(entityWith(en, id)?.type, 'GPE', `en ${id}`);
    }
    assert.equal(entityWith(de, 'telegram')?.type, 'ORG');
    assert.equal(entityWith(en, 'telegram')?.type, 'ORG');
  });

  it('takes the platform X without the full stop', () => {
    const doc = withTagger('en', 'The minister posted the statement on X.');
    assert.deepEqual(entityWith(doc, 'x-platform')?.aliases, ['X']);
  });

  it('separates X from a name the next sentence starts with', () => {
    const doc = resolveOnly('en', 'Jay Tarriela, a spokesman for the coast guard, posted videos on X. Tarriela said the vessel had fired a water cannon.');
    assert.deepEqual(entityWith(doc, 'x-platform')?.aliases, ['X']);
    assert.ok(entityWith(doc, 'Jay Tarriela')?.aliases.includes('Tarriela'));
    assert.ok(!entityWith(doc, 'X. Tarriela'));
  });
});

describe('resolve: cities, seats and dates', () => {
  it('reads "die Stadt" and "the city" as the latest city named', () => {
    const de = resolveOnly('de', 'Russische Truppen griffen Charkiw in der Nacht an. Die Stadt liegt nahe der Grenze. Die Ukraine meldete Tote.');
    assert.ok(descs(de, 'kharkiv').includes('Die Stadt'));
    const en = resolveOnly('en', 'The delegation arrived in Hanoi on Monday and met officials from Laos. The city was calm.');
    assert.ok(descs(en, 'hanoi').includes('The city'));
    assert.ok(!descs(en, 'laos').includes('The city'));
  });

  it('takes the Élysée and Downing Street for their state', () => {
    const de = resolveOnly('de', 'Der Élysée-Palast kritisierte den Plan. Downing Street schwieg zunächst.');
    assert.ok(entityWith(de, 'france')?.aliases.includes('Élysée-Palast'));
    assert.ok(entityWith(de, 'united-kingdom')?.aliases.includes('Downing Street'));
    const en = resolveOnly('en', 'The Élysée criticised the plan, and Downing Street declined to comment.');
    assert.ok(entityWith(en, 'france')?.aliases.includes('Élysée'));
  });

  it('makes no entity of an abbreviated month', () => {
    const doc = resolveOnly('en', 'HANOI, Aug. 5 — Fisherman Nguyen Van Tau said sailors boarded his boat on Aug. 3. Tau, 52, said they took his catch.');
    assert.ok(!entityWith(doc, 'Aug.'));
    assert.ok(entityWith(doc, 'Nguyen Van Tau')?.aliases.includes('Tau'));
  });
});

describe('resolve: subheadings', () => {
  it('makes no organisation of a title-case subheading the tagger marked', () => {
    const doc = withTagger('en', 'Trade Representative Jamieson Greer met Chinese officials in Geneva on Monday.\n\nTariff Talks Stall\n\nThe trade representative said on Friday that progress was slow.');
    assert.ok(!entityWith(doc, 'Tariff Talks Stall'));
    assert.ok(entityWith(doc, 'Jamieson Greer')?.descriptions.includes('The trade representative'));
  });
});

describe('resolve: organs with the state in the genitive or as possessor', () => {
  it('attaches an organ followed by its state in the genitive (German)', () => {
    const doc = resolveOnly('de', 'Das Verteidigungsministerium Russlands meldete Erfolge. Die Regierung Frankreichs widersprach. Die Armee der Ukraine wehrte den Angriff ab.');
    assert.ok(descs(doc, 'russia').includes('Das Verteidigungsministerium Russlands'));
    assert.ok(descs(doc, 'france').includes('Die Regierung Frankreichs'));
    assert.ok(descs(doc, 'ukraine').includes('Die Armee der Ukraine'));
    assert.ok(!descs(doc, 'russia').includes('Die Armee der Ukraine'));
  });

  it('reads a possessor state before a lower-case organ as a description, a compound as an institution', () => {
    const en = resolveOnly('en', 'The minister spoke first. Russia’s foreign ministry said nothing. The US Coast Guard seized a tanker.');
    assert.ok(descs(en, 'russia').includes('Russia’s foreign ministry'));
    assert.ok(!entityWith(en, 'ru-foreign-ministry'));
    assert.equal(entityWith(en, 'us-coast-guard')?.type, 'ORG');
    const de = resolveOnly('de', 'Russlands Außenministerium schwieg. Die US-Küstenwache beschlagnahmte einen Tanker.');
    assert.ok(descs(de, 'russia').includes('Russlands Außenministerium'));
    assert.ok(entityWith(de, 'us-coast-guard')?.aliases.includes('US-Küstenwache'));
  });
});

describe('resolve: generic person nouns right after a name', () => {
  it('attaches "der CDU-Politiker" and "the politician" to the person just named', () => {
    const de = resolveOnly('de', 'Friedrich Merz sagte am Montag, die Lage sei ernst. Der CDU-Politiker forderte mehr Geld.');
    assert.ok(descs(de, 'friedrich-merz').includes('Der CDU-Politiker'));
    const en = resolveOnly('en', 'Keir Starmer spoke in London on Monday. The politician said talks would go on.');
    assert.ok(descs(en, 'keir-starmer').includes('The politician'));
  });

  it('leaves it alone when no person was named just before', () => {
    const doc = resolveOnly('de', 'Friedrich Merz reiste am Montag ab. Die Lage in der Region blieb angespannt. Die Preise stiegen weiter. Der Politiker meldete sich nicht.');
    assert.ok(!descs(doc, 'friedrich-merz').includes('Der Politiker'));
  });
});

describe('resolve: family-first names', () => {
  it('keeps a kinship word inside a Korean name ("Choe Son Hui") and links the family name back', () => {
    for (const [lang, text] of [
      ['en', 'North Korean Foreign Minister Choe Son Hui met Cambodian Prime Minister Hun Manet. Choe said the talks were useful.'],
      ['de', 'Nordkoreas Außenministerin Choe Son Hui traf Kambodschas Regierungschef Hun Manet. Choe sagte, die Gespräche seien gut.'],
    ] as const) {
      const doc = resolveOnly(lang, text);
      const choe = entityWith(doc, 'Choe Son Hui');
      assert.ok(choe?.aliases.includes('Choe'), lang);
      assert.equal(choe?.type, 'PER');
      assert.ok(entityWith(doc, 'Hun Manet'), lang);
    }
  });
});

describe('resolve: counterparts', () => {
  it('gives a counterpart the office of the person met, for the named state', () => {
    const de = resolveOnly('de', 'Bundesaußenministerin Annalena Baerbock ist am Dienstag in Kiew eingetroffen. Die Grünen-Politikerin traf dort ihren ukrainischen Amtskollegen Dmytro Kuleba. Der ukrainische Außenminister sagte, sein Land brauche mehr Munition.');
    const k = entityWith(de, 'Dmytro Kuleba')!;
    assert.ok(k.roles.some((r) => r.source === 'text' && r.role === 'foreign-minister' && r.of === 'ukraine'));
    assert.ok(k.descriptions.includes('Der ukrainische Außenminister'));
    assert.ok(descs(de, 'ukraine').includes('sein Land'));
    const en = resolveOnly('en', 'German Foreign Minister Annalena Baerbock arrived in Kyiv on Tuesday. She met her Ukrainian counterpart, Dmytro Kuleba. The Ukrainian foreign minister said his country needed more air defence.');
    assert.ok(descs(en, 'Dmytro Kuleba').includes('The Ukrainian foreign minister'));
    assert.ok(descs(en, 'ukraine').includes('his country'));
  });
});

describe('resolve: offices named in other words', () => {
  it('keeps "former" with a capitalised title and finds "the former president" later', () => {
    const doc = resolveOnly('en', 'The Armenia Alliance of former President Robert Kocharyan campaigned hard. The former president has accused the prime minister of surrendering Nagorno-Karabakh.');
    const k = entityWith(doc, 'Robert Kocharyan')!;
    assert.ok(k.descriptions.includes('former President'));
    assert.ok(k.descriptions.includes('The former president'));
    for (const e of doc.get('entities')) assert.ok(!e.descriptions.includes('the prime minister of surrendering Nagorno-Karabakh'), 'a gerund after "of" is no genitive');
  });

  it('reads "der Ministerpräsident" as the person introduced as head of government', () => {
    const doc = resolveOnly('de', 'Regierungschef Nikol Paschinjan wies die Vorwürfe zurück. Der Ministerpräsident sagte, das Land brauche Frieden. In der Hauptstadt Eriwan demonstrierten Tausende. Die Stadt war abgeriegelt.');
    assert.ok(descs(doc, 'Nikol Paschinjan').includes('Der Ministerpräsident'));
    assert.ok(descs(doc, 'yerevan').includes('Die Stadt'));
  });

  it('splits a possessive first word from the name after it, but not a contraction', () => {
    const doc = resolveOnly('en', 'Armenians voted on Sunday in a test for Prime Minister Nikol Pashinyan. Pashinyan’s Civil Contract party faced the Armenia Alliance. It’s Yerevan that matters, officials said.');
    assert.ok(entityWith(doc, 'Nikol Pashinyan')?.aliases.includes('Pashinyan'));
    assert.ok(entityWith(doc, 'Civil Contract'));
    assert.ok(!entityWith(doc, 'It'));
  });
});

describe('resolve: organs of organisations and non-organs', () => {
  it('attaches an armed service with a nationality adjective to the state', () => {
    const en = resolveOnly('en', 'The Chinese navy sent ships to the area on Monday.');
    assert.ok(descs(en, 'china').includes('The Chinese navy'));
    const de = resolveOnly('de', 'Die russische Marine verlegte am Montag Schiffe.');
    assert.ok(descs(de, 'russia').includes('Die russische Marine'));
  });

  it('leaves the organ of a named organisation and compounds like Entführung alone', () => {
    const en = resolveOnly('en', 'China warned Japan on Monday. The Democratic Party leadership met later.');
    for (const e of en.get('entities')) assert.ok(!e.descriptions.includes('The Democratic Party leadership'), e.id);
    const de = resolveOnly('de', 'Russland kritisierte die Entführung eines Staatschefs. Die Führung der CDU tagte am Abend.');
    for (const e of de.get('entities')) for (const x of e.descriptions) assert.ok(!/Entführung|Führung der CDU/.test(x), `${e.id}: ${x}`);
  });
});

describe('resolve: East Asian names in Western order', () => {
  it('links the given name back to "Tau Nguyen"', () => {
    const doc = withTagger('en', 'Tau Nguyen, a fisherman, said his boat was seized. Tau said he was afraid.');
    assert.ok(entityWith(doc, 'Tau Nguyen')?.aliases.includes('Tau'));
    assert.equal(doc.get('entities').filter((e) => e.type === 'PER').length, 1);
  });
});

describe('resolve: nouns that refer only with their state named ("anchored" heads: regime)', () => {
  const all = (doc: ReturnType<typeof resolveOnly>): string[] => doc.get('entities').flatMap((e) => e.descriptions.map((d) => `${e.id}:${d}`));
  it('reads "the regime in <capital>" and "das iranische Regime" as the state', () => {
    const en = resolveOnly('en', 'Poland blamed the regime in Minsk for the crisis. Officials also criticised the Syrian regime.');
    assert.ok(descs(en, 'belarus').includes('the regime in Minsk'));
    assert.ok(descs(en, 'syria').includes('the Syrian regime'));
    const de = resolveOnly('de', 'Polen kritisierte das Regime in Minsk und das iranische Regime.');
    assert.ok(descs(de, 'belarus').includes('das Regime in Minsk'));
    assert.ok(descs(de, 'iran').includes('das iranische Regime'));
  });
  it('leaves a bare "the regime" unresolved instead of giving it to the last state named', () => {
    const en = resolveOnly('en', 'Lithuania accused Belarus of sending balloons across the border. The regime denies it.');
    assert.deepEqual(all(en).filter((d) => /regime/i.test(d)), []);
    const de = resolveOnly('de', 'Litauen wirft Belarus vor, Ballons über die Grenze zu schicken. Das Regime bestreitet das.');
    assert.deepEqual(all(de).filter((d) => /regime/i.test(d)), []);
  });
});

describe('resolve: "aide" is a person noun', () => {
  it('reads "Azerbaijan\'s presidential aide, Hikmet Hajiyev," as a description of the person', () => {
    const doc = withTagger('en', "Azerbaijan's presidential aide, Hikmet Hajiyev, blamed Yerevan for the deadlock.");
    assert.ok(descs(doc, 'hikmet-hajiyev').includes("Azerbaijan's presidential aide"));
  });
});

describe("resolve: a German prenominal genitive takes no article", () => {
  it('does not put a relative pronoun before "Dbeibahs Regierung" into the description', () => {
    const doc = resolveOnly('de', 'Der libysche Regierungschef Abdul Hamid Dbeibah sprach von einem Erfolg. Die Türkei, die Dbeibahs Regierung militärisch unterstützt, begrüßte die Feuerpause.');
    assert.ok(descs(doc, 'libya').includes('Dbeibahs Regierung'), JSON.stringify(descs(doc, 'libya')));
    assert.ok(!descs(doc, 'libya').some((d) => d.startsWith('die ')));
  });
});

describe('resolve: the organ inside a spokesperson title is a description of its state', () => {
  it('adds "China\'s foreign ministry" to China beside the title of Lin Jian, without the title\'s article', () => {
    const doc = withTagger('en', "China's foreign ministry spokesperson Lin Jian accused Washington of sending the wrong signal. The Russian defence ministry spokesman Igor Konashenkov said the drills were over.");
    assert.ok(descs(doc, 'china').includes("China's foreign ministry"), JSON.stringify(descs(doc, 'china')));
    assert.ok(entityWith(doc, 'Lin Jian')?.descriptions.includes("China's foreign ministry spokesperson"));
    assert.ok(descs(doc, 'russia').includes('Russian defence ministry'), JSON.stringify(descs(doc, 'russia')));
  });
  it('adds nothing for a title with no organ, or an organ without its state', () => {
    const doc = withTagger('en', 'Russian President Vladimir Putin spoke. A defence ministry spokesman said the drills were over.');
    assert.deepEqual(descs(doc, 'russia'), []);
  });
});

describe('resolve (English): organ nouns without an article as the subject of a past-tense verb', () => {
  const doc = withTagger('en', 'WARSAW, Nov 3 (Reuters) - Poland closed two border crossings with Belarus on Friday.\n\nBorder guards detained 11 people overnight. Police said the men were armed. Belarusian troops fired warning shots, officials said.');
  it('reads "Border guards" and "Police" as the dateline state, and "Belarusian troops" as Belarus', () => {
    assert.ok(descs(doc, 'poland').includes('Border guards'), JSON.stringify(descs(doc, 'poland')));
    assert.ok(descs(doc, 'poland').includes('Police'));
    assert.ok(descs(doc, 'belarus').includes('Belarusian troops'), JSON.stringify(descs(doc, 'belarus')));
  });
  it('does not read a bare organ noun before another noun or a present-tense verb', () => {
    const d2 = withTagger('en', 'WARSAW, Nov 3 (Reuters) - Poland closed two border crossings with Belarus on Friday.\n\nPolice officers arrived at the crossing. Police stations were closed.');
    assert.deepEqual(descs(d2, 'poland'), []);
  });
});

describe('resolve: a capital after a locative preposition is the city, as the subject it is the state', () => {
  it('German "nahe Pjöngjang", "nördlich Kiews"; English "outside Kyiv"', () => {
    const de = resolveOnly('de', 'Die Rakete wurde nahe Pjöngjang gestartet. Pjöngjang hatte das Manöver kritisiert. Die Kämpfe nördlich Kiews dauern an.');
    const ids = de.get('entities').map((e) => `${e.id}:${e.aliases.join('|')}`);
    assert.ok(ids.includes('pyongyang:Pjöngjang') && ids.includes('north-korea:Pjöngjang') && ids.includes('kyiv:Kiews'), JSON.stringify(ids));
    const en = resolveOnly('en', 'Russian drones struck a depot outside Kyiv on Monday.');
    assert.ok(en.get('entities').some((e) => e.id === 'kyiv'), JSON.stringify(en.get('entities').map((e) => e.id)));
  });
  it('keeps the state for "um Washingtons Militäroperation zu kritisieren" (um … zu is no place)', () => {
    const de = resolveOnly('de', 'Die Staaten nutzten die Sitzung, um Washingtons Militäroperation zu kritisieren.');
    assert.ok(de.get('entities').some((e) => e.id === 'usa' && e.aliases.includes('Washingtons')));
  });
});

describe('resolve (English): an organ noun that opens a sentence is no name', () => {
  it('"Police in the border town of Ollagüe detained …" gives no entity "Police"', () => {
    const doc = withTagger('en', 'SANTIAGO, May 14 (Reuters) - Chile recalled its ambassador.\n\nPolice in the border town of Ollagüe detained 14 Chilean workers overnight.');
    assert.ok(!doc.get('entities').some((e) => e.aliases.includes('Police')), JSON.stringify(doc.get('entities').map((e) => e.aliases)));
  });
});

describe('resolve: a seat that acts for a body other than its state (Brussels for the EU)', () => {
  it('"Brüssel wies die Kritik zurück" is the EU; "in Brüssel" and a Brussels dateline stay the city', () => {
    const de = resolveOnly('de', 'Polen droht Brüssel mit einer Klage. Der Gipfel findet in Brüssel statt. Brüssel wies die Kritik zurück.');
    assert.ok(de.get('entities').some((e) => e.id === 'european-union' && e.aliases.includes('Brüssel')));
    assert.ok(de.get('entities').some((e) => e.id === 'brussels'));
    assert.ok(!de.get('entities').some((e) => e.id === 'belgium'));
  });
});

describe("resolve: an unqualified organ after a person in its sentence is that person's state, before the dateline's", () => {
  it('"Bolivian government spokesman Jorge Richter told reporters the government was ready to talk" (Santiago dateline)', () => {
    const doc = withTagger('en', 'SANTIAGO, May 14 (Reuters) - Chile recalled its ambassador to La Paz.\n\nBolivian government spokesman Jorge Richter told reporters the government was ready to talk.');
    assert.ok(descs(doc, 'bolivia').includes('the government'), JSON.stringify(descs(doc, 'bolivia')));
    assert.ok(!descs(doc, 'chile').includes('the government'));
  });
  it('keeps the dateline state when no person of a known state is named before it', () => {
    const doc = withTagger('en', 'SANTIAGO, May 14 (Reuters) - Chile recalled its ambassador to La Paz.\n\nOfficials said the government would take the case to court.');
    assert.ok(descs(doc, 'chile').includes('the government'), JSON.stringify(descs(doc, 'chile')));
  });
});

describe('resolve: the presidential office is an organ of its state', () => {
  it('"Das Präsidialamt in Vilnius", "das ukrainische Präsidialamt", "South Korea\'s presidential office"', () => {
    const de = resolveOnly('de', 'Das Präsidialamt in Vilnius teilte mit, Litauen unterstütze das. Auch das ukrainische Präsidialamt äußerte sich.');
    assert.ok(descs(de, 'lithuania').includes('Das Präsidialamt in Vilnius'));
    assert.ok(descs(de, 'ukraine').includes('das ukrainische Präsidialamt'));
    const en = resolveOnly('en', "South Korea's presidential office declined to comment.");
    assert.ok(descs(en, 'south-korea').includes("South Korea's presidential office"));
  });
});

describe('resolve: an unnamed office holder placed by a seat right after the office', () => {
  it('"Ein Regierungssprecher in Warschau" speaks for Poland, "A government spokesman in Beijing" for China; an ambassador is posted', () => {
    const de = resolveOnly('de', 'Ein Regierungssprecher in Warschau sagte, Polen werde die Grenze schließen. Ein Botschafter in Berlin widersprach.');
    assert.ok(de.get('entities').some((e) => e.id === 'poland-spokesperson' && e.descriptions.includes('Ein Regierungssprecher')));
    assert.ok(!de.get('entities').some((e) => e.id === 'germany-ambassador'));
    const en = resolveOnly('en', 'A government spokesman in Beijing said China would respond.');
    assert.ok(en.get('entities').some((e) => e.id === 'china-spokesperson'), JSON.stringify(en.get('entities').map((e) => e.id)));
  });
});
