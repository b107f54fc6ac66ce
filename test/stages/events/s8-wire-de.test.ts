import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * Session 8 probe wire (Caucasus, Gulf, South Asia, Sahel): structures found on self-written dpa/Reuters-style
 * articles, each with negatives.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'iraq', type: 'GPE', forms: ['Irak', 'Iraq', ['Die irakische Regierung', 'description'], ['irakische', 'adjective']], kbKind: 'country' },
  { id: 'turkey', type: 'GPE', forms: ['Türkei', 'Ankara', ['türkischen', 'adjective'], ['Turkish', 'adjective']], kbKind: 'country' },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad'], kbKind: 'country' },
  { id: 'india', type: 'GPE', forms: ['Indien', 'India'], kbKind: 'country' },
  { id: 'eu', type: 'ORG', forms: ['EU'], kbKind: 'org' },
  { id: 'baghdad', type: 'GPE', forms: ['Bagdad'], kbKind: 'city' },
  { id: 'crowd', type: 'ORG', forms: [['Tausende Menschen', 'description'], ['Die Opposition', 'description']] },
];
const de = sentenceCoder('de', ACTORS, { published: '2026-11-20' });

describe('events: a state or international organisation that protests does so in words (ACCUSE); crowds demonstrate (PROTEST)', () => {
  it('"Der Irak protestierte gegen die türkischen Luftangriffe"', () => {
    const got = de('Der Irak protestierte gegen die türkischen Luftangriffe.');
    assertHas(got, 'ACCUSE iraq>turkey asserted');
    assertLacks(got, /^PROTEST/u);
  });
  it('"Die EU protestierte gegen …" (an international organisation)', () =>
    assertHas(de('Die EU protestierte gegen das Vorgehen der Türkei.'), 'ACCUSE eu>turkey asserted'));
  it('summoning the ambassador and protesting is one accusation, not an accusation and a demonstration', () => {
    const got = de('Die irakische Regierung bestellte den türkischen Botschafter ein und protestierte gegen die Angriffe.');
    assertHas(got, 'ACCUSE iraq>turkey asserted');
    assertLacks(got, /^PROTEST/u);
  });
  it('negative: a crowd protesting is a demonstration', () => {
    const got = de('Tausende Menschen protestierten in Bagdad gegen die Türkei.');
    assertHas(got, 'PROTEST crowd>turkey asserted');
    assertLacks(got, /^ACCUSE/u);
  });
  it('negative: a crowd placed by its city ("In Bagdad protestierten Tausende") stays a demonstration', () =>
    assertLacks(de('In Bagdad protestierten Tausende gegen die Türkei.'), /^ACCUSE/u));
  it('whole engine: English "Iraq protested against …" agrees', () =>
    assertHas(engineEvents('Title\nIraq protested against the Turkish air strikes.\n', '2026-11-20', 'en').map(brief), 'ACCUSE iraq>turkey asserted'));
});

describe('events: the doer of a generic act noun a preposition governs is that preposition\'s actor', () => {
  const en = sentenceCoder('en', [...ACTORS, { id: 'thailand', type: 'GPE', forms: ['Thailand'], kbKind: 'country' }, { id: 'cambodia', type: 'GPE', forms: ['Cambodia'], kbKind: 'country' }], { published: '2026-11-20' });
  it('"protestierte gegen das Vorgehen der Türkei"', () =>
    assertHas(de('Der Irak protestierte gegen das Vorgehen der Türkei.'), 'ACCUSE iraq>turkey asserted'));
  it('"protestierte am Montag scharf gegen die Entscheidung der Türkei" (the preposition further on)', () =>
    assertHas(de('Der Irak protestierte am Montag scharf gegen die Entscheidung der Türkei.'), 'ACCUSE iraq>turkey asserted'));
  it('en: "protested against the decision of Cambodia"', () =>
    assertHas(en('Thailand protested against the decision of Cambodia.'), 'ACCUSE thailand>cambodia asserted'));
  it('negative: the genitive of a noun that is no act noun names whom the act concerns, not the doer', () =>
    assertLacks(de('Der Irak protestierte gegen die Behandlung der Opposition.'), /iraq>crowd/u));
});

describe('events: a nationality adjective on a crowd does not make the crowd a state', () => {
  it('negative: "Turkish consumers boycotted goods" stays a protest', () => {
    const got = sentenceCoder('en', ACTORS)('Turkish consumers boycotted goods from Iraq.');
    assertHas(got, 'PROTEST turkey>- asserted');
    assertLacks(got, /^ACCUSE/u);
  });
});

describe('events: leaving an international organisation is SANCTION (PLOVER: withdraw from a group or organisation)', () => {
  const SAHEL: readonly ActorSpec[] = [
    { id: 'mali', type: 'GPE', forms: ['Mali'], kbKind: 'country' },
    { id: 'niger', type: 'GPE', forms: ['Niger'], kbKind: 'country' },
    { id: 'burkina-faso', type: 'GPE', forms: ['Burkina Faso'], kbKind: 'country' },
    { id: 'ecowas', type: 'ORG', forms: ['ECOWAS'], kbKind: 'org' },
    { id: 'kidal', type: 'GPE', forms: ['Kidal'], kbKind: 'city' },
  ];
  const en = sentenceCoder('en', SAHEL);
  const deS = sentenceCoder('de', SAHEL);
  it('en: "Burkina Faso withdrew from ECOWAS"', () => {
    const got = en('Burkina Faso withdrew from ECOWAS.');
    assertHas(got, 'SANCTION burkina-faso>ecowas asserted');
    assertLacks(got, /^RETREAT/u);
  });
  it('de: "zog sich aus der ECOWAS zurück"', () => assertHas(deS('Mali zog sich aus der ECOWAS zurück.'), 'SANCTION mali>ecowas asserted'));
  it('de: "traten … aus der ECOWAS aus" (each state), "ist … ausgetreten", "kündigte den Austritt … an"', () => {
    const got = deS('Mali, Niger und Burkina Faso traten am Mittwoch aus der ECOWAS aus.');
    for (const s of ['mali', 'niger', 'burkina-faso']) assertHas(got, `SANCTION ${s}>ecowas asserted`);
    assertHas(deS('Burkina Faso ist aus der ECOWAS ausgetreten.'), 'SANCTION burkina-faso>ecowas asserted');
    assertHas(deS('Mali kündigte den Austritt aus der ECOWAS an.'), 'SANCTION mali>ecowas planned');
  });
  it('negative: an army withdrawing from a city retreats', () => {
    const got = en("Mali's army withdrew from Kidal.");
    assertHas(got, 'RETREAT mali>kidal asserted');
    assertLacks(got, /^SANCTION/u);
  });
  it('negative: "Der Spieler trat aus dem Verein aus" names no party', () => assert.deepEqual(deS('Der Spieler trat aus dem Verein aus.'), []));
});

describe('events (en): a participle opening the sentence before its noun is an attribute, not the predicate', () => {
  const A: readonly ActorSpec[] = [{ id: 'iran', type: 'GPE', forms: ['Iran'], kbKind: 'country' }, { id: 'police', type: 'ORG', forms: [['Police', 'description']] }];
  const types = (s: string): string[] => codeText('en', `Title\n${s}`, A, [], '2026-11-20', { requireActors: false }).map((e) => e.type);
  it('"Jailed activists in Iran staged a hunger strike": the strike only', () => assert.deepEqual(types('Jailed activists in Iran staged a hunger strike.'), ['PROTEST']));
  it('negative: "Police detained activists in Iran" is the arrest', () => assert.deepEqual(types('Police detained activists in Iran.'), ['COERCE']));
});

describe('events (de): forces sent in a verb-final clause, and regret over a decision', () => {
  const A: readonly ActorSpec[] = [
    { id: 'african-union', type: 'ORG', forms: ['Afrikanische Union'], kbKind: 'org' },
    { id: 'somalia', type: 'GPE', forms: ['Somalia'], kbKind: 'country' },
    { id: 'kenya', type: 'GPE', forms: ['Kenia'], kbKind: 'country' },
    { id: 'haiti', type: 'GPE', forms: ['Haiti'], kbKind: 'country' },
    { id: 'france', type: 'GPE', forms: ['Frankreich'], kbKind: 'country' },
    { id: 'mali', type: 'GPE', forms: ['Mali', 'Malis'], kbKind: 'country' },
  ];
  const c = sentenceCoder('de', A);
  it('"kündigte an, weitere Friedenstruppen nach Somalia zu entsenden"', () =>
    assertHas(c('Die Afrikanische Union kündigte an, weitere Friedenstruppen nach Somalia zu entsenden.'), 'MOBILIZE african-union>somalia planned'));
  it('"will weitere 600 Polizisten nach Haiti schicken", "hat 400 Polizisten nach Haiti geschickt"', () => {
    assertHas(c('Kenia will weitere 600 Polizisten nach Haiti schicken.'), 'MOBILIZE kenya>haiti planned');
    assertHas(c('Kenia hat 400 Polizisten nach Haiti geschickt.'), 'MOBILIZE kenya>haiti asserted');
  });
  it('"bedauerte die Entscheidung Malis" is criticism', () => assertHas(c('Frankreich bedauerte die Entscheidung Malis.'), 'ACCUSE france>mali asserted'));
  it('negative: regretting a death is no criticism', () => assertLacks(c('Frankreich bedauerte den Tod der Soldaten in Mali.'), /^ACCUSE/u));
  it('negative: police sent to a demonstration at home is no deployment abroad', () => assert.deepEqual(c('Die Polizei schickte Beamte zur Demonstration.'), []));
});

describe('events: a nationality adjective before a title and a person\'s name only says whose office it is', () => {
  const A: readonly ActorSpec[] = [
    { id: 'saudi-arabia', type: 'GPE', forms: [['Saudi', 'adjective'], ['saudischen', 'adjective'], ['saudische', 'adjective']], kbKind: 'country' },
    { id: 'iran', type: 'GPE', forms: ['Iran'], kbKind: 'country' },
    { id: 'yemen', type: 'GPE', forms: ['Yemen'], kbKind: 'country' },
    { id: 'abbas-araghchi', type: 'PER', forms: ['Abbas Araghchi', 'Abbas Araghtschi'] },
    { id: 'mohammed-bin-salman', type: 'PER', forms: ['Mohammed bin Salman'] },
  ];
  it('en: "met Saudi Crown Prince Mohammed bin Salman"', () =>
    assertHas(sentenceCoder('en', A)('Abbas Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh.'), 'CONSULT abbas-araghchi>mohammed-bin-salman asserted'));
  it('de: "traf den saudischen Kronprinzen Mohammed bin Salman"', () =>
    assertHas(sentenceCoder('de', A)('Abbas Araghtschi traf den saudischen Kronprinzen Mohammed bin Salman in Riad.'), 'CONSULT abbas-araghchi>mohammed-bin-salman asserted'));
  it('negative (de): an organ noun is no title ("die saudische Polizei Abbas Araghtschi festnahm": the police arrest him)', () =>
    assertHas(sentenceCoder('de', A)('Iran meldete, dass die saudische Polizei Abbas Araghtschi festnahm.'), 'COERCE saudi-arabia>abbas-araghchi asserted'));
  it('negative: "Saudi jets struck …" keeps the state as the actor (a lower-case word between)', () =>
    assertHas(sentenceCoder('en', A)('Saudi jets struck Yemen on Monday.'), 'ASSAULT saudi-arabia>yemen asserted'));
});

describe('events (de): ordering a diplomat to leave the country is an expulsion (SANCTION), one act with the declaration', () => {
  const A: readonly ActorSpec[] = [
    { id: 'mali', type: 'GPE', forms: ['Mali'], kbKind: 'country' },
    { id: 'france', type: 'GPE', forms: [['französischen', 'adjective']], kbKind: 'country' },
    { id: 'russia', type: 'GPE', forms: ['Russland'], kbKind: 'country' },
    { id: 'un', type: 'ORG', forms: ['UN'], kbKind: 'org' },
  ];
  const c = sentenceCoder('de', A);
  it('"forderte den französischen Botschafter auf, das Land binnen 72 Stunden zu verlassen"', () => {
    const got = c('Mali forderte den französischen Botschafter auf, das Land binnen 72 Stunden zu verlassen.');
    assertHas(got, 'SANCTION mali>france asserted');
    assertLacks(got, /^REQUEST/u);
  });
  it('"erklärte … zur unerwünschten Person und forderte ihn auf, das Land … zu verlassen": one expulsion', () =>
    assert.deepEqual(c('Mali erklärte den französischen Botschafter zur unerwünschten Person und forderte ihn auf, das Land binnen 72 Stunden zu verlassen.'), ['SANCTION mali>france asserted']));
  it('negative: asking a state to leave a country is a demand', () => {
    const got = c('Die UN forderten Russland auf, das Land zu verlassen.');
    assertHas(got, 'REQUEST un>russia asserted');
    assertLacks(got, /^SANCTION/u);
  });
});

describe('events (de): rejecting or welcoming an offer is about whoever offered last (offerNouns)', () => {
  const A: readonly ActorSpec[] = [
    { id: 'bolivia', type: 'GPE', forms: ['Bolivien'], kbKind: 'country' },
    { id: 'peru', type: 'GPE', forms: ['Peru'], kbKind: 'country' },
    { id: 'chile', type: 'GPE', forms: ['Chile'], kbKind: 'country' },
  ];
  const c = sentenceCoder('de', A);
  it('"Bolivien bot an, zu vermitteln. Peru lehnte das Angebot ab."', () =>
    assertHas(c('Bolivien bot an, zu vermitteln. Peru lehnte das Angebot ab.'), 'REJECT peru>bolivia asserted'));
  it('"… Chile begrüßte den Vorschlag."', () =>
    assertHas(c('Bolivien bot an, zu vermitteln. Chile begrüßte den Vorschlag.'), 'SUPPORT chile>bolivia asserted'));
  it('negative: "wies das zurück" still answers the last speaker, not an offer', () => {
    const got = c('Bolivien bot an, zu vermitteln. Peru kritisierte Chile scharf. Chile wies das zurück.');
    assertHas(got, 'REJECT chile>peru asserted');
    assertLacks(got, /REJECT chile>bolivia/u);
  });
  it('negative: one\'s own offer is no target', () =>
    assertLacks(c('Peru bot Gespräche an. Peru zog das Angebot später zurück.'), /peru>peru/u));
});

describe('events: "beide Seiten" are the two parties the text names most, adjectives included', () => {
  const A: readonly ActorSpec[] = [
    { id: 'serbia', type: 'GPE', forms: ['Serbien', ['serbische', 'adjective'], ['Serbische', 'adjective'], ['serbisches', 'adjective']], kbKind: 'country' },
    { id: 'kosovo', type: 'GPE', forms: ['Kosovo', ['kosovarische', 'adjective']], kbKind: 'country' },
    { id: 'kaja-kallas', type: 'PER', forms: ['Kaja Kallas'] },
  ];
  const text = 'Serbische Sicherheitskräfte nahmen am Montag an der Grenze zum Kosovo drei kosovarische Polizisten fest. '
    + 'Der serbische Präsident sagte, die Polizisten hätten serbisches Gebiet betreten. Kosovo protestierte. Serbien wies das zurück. '
    + 'Die Regierung tagte. Kaja Kallas rief beide Seiten zur Zurückhaltung auf.';
  it('Kallas urges Serbia and Kosovo (Serbia named once, by adjectives three times)', () => {
    const got = sentenceCoder('de', A)(text);
    assertHas(got, 'REQUEST kaja-kallas>serbia asserted');
    assertHas(got, 'REQUEST kaja-kallas>kosovo asserted');
  });
  it('negative: a party named only once in all is no side', () =>
    assertLacks(sentenceCoder('de', A)('Kosovo protestierte. Kaja Kallas rief beide Seiten zur Zurückhaltung auf.'), /kaja-kallas>serbia/u));
});
