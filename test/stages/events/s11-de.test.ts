import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 11: German trigger families and forms the lexicon lacked (custody compounds, the noun before the participle
 * in Perfekt, Passiv and verb-final clauses, "von … gesprochen", sanctions compounds lifted, the donor of an aid noun
 * in the genitive, "nicht tatenlos zusehen", intelligence shared, a dispute taken to a court or the Security Council,
 * alerts raised by each side). Sentences written for these tests; each family with a negative. Whole-engine runs, so
 * the entity layer's mentions are the real ones.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): custody under its compound names (Untersuchungshaft, Abschiebehaft …), every tense', () => {
  it('Perfekt: "hat … in Untersuchungshaft genommen"', () =>
    assertHas(de('Die georgische Polizei hat den Oppositionsführer Nika Melia in Untersuchungshaft genommen.'), 'COERCE georgia>nika-melia asserted'));
  it('Präteritum: "nahm … in Untersuchungshaft"', () =>
    assertHas(de('Die türkische Polizei nahm den Bürgermeister Ekrem İmamoğlu in Untersuchungshaft.'), 'COERCE turkey>ekrem-imamoglu asserted'));
  it('negative: sitting in custody is a state, no act', () =>
    assertLacks(de('Der Angeklagte Nika Melia sitzt seit Mai in Untersuchungshaft.'), /^COERCE/u));
});

describe('events (de): the noun before the participle or the verb-final form (Perfekt, Futur, Nebensatz)', () => {
  it('funds frozen with a long "in Höhe von …" between noun and verb', () =>
    assertHas(de('Die EU werde Fördergelder für Ungarn in Höhe von insgesamt 60 Millionen Euro einfrieren.'), 'SANCTION european-union>hungary planned'));
  it('a demonstration dissolved: "hat … eine Kundgebung der Partei … aufgelöst"', () =>
    assertHas(de('Die belarussische Polizei hat in Minsk eine Kundgebung der Partei Narodnaja Gramada aufgelöst.'), 'COERCE belarus>narodnaja-gramada asserted'));
  it('criticism voiced: "hatte scharfe Kritik an Israel geübt"', () =>
    assertHas(de('Frankreich hatte scharfe Kritik an Israel geübt.'), 'ACCUSE france>israel asserted'));
  it('a state of emergency declared: "hat den Ausnahmezustand über Lima verhängt"', () =>
    assertHas(de('Die Regierung Perus hat den Ausnahmezustand über Lima verhängt.'), 'COERCE peru>- asserted'));
  it('"von einer gezielten Provokation … gesprochen" is an accusation', () =>
    assertHas(de('Der Außenminister Litauens hatte von einer gezielten Provokation Russlands gesprochen.'), 'ACCUSE lithuania>russia asserted'));
  it('"von einem historischen Schritt … gesprochen" is praise', () =>
    assertHas(de('Bundeskanzler Friedrich Merz hatte von einem historischen Schritt der Ukraine gesprochen.'), 'SUPPORT friedrich-merz>ukraine asserted'));
  it('negative: "geübt" of an exercise is no criticism', () =>
    assertLacks(de('Frankreich hat mit Israel den Ernstfall geübt.'), /^ACCUSE/u));
  it('negative: "von einer Reise gesprochen" accuses no one', () =>
    assertLacks(de('Emmanuel Macron hatte von einer Reise nach Peking gesprochen.'), /^ACCUSE/u));
});

describe('events (de): sanctions lifted under their compound names are a concession, not a sanction', () => {
  it('"hat die Wirtschaftssanktionen gegen Iran gelockert"', () =>
    assertHas(de('Kanada hat die Wirtschaftssanktionen gegen Iran gelockert.'), 'CONCEDE canada>iran asserted'));
  it('"hatte ihre Finanzsanktionen gegen Syrien aufgehoben"', () =>
    assertHas(de('Die Europäische Union hatte ihre Finanzsanktionen gegen Syrien im Mai aufgehoben.'), 'CONCEDE european-union>syria asserted'));
  it('negative: new compound sanctions imposed stay a sanction', () => {
    const got = de('Kanada hat neue Wirtschaftssanktionen gegen Iran verhängt.');
    assertHas(got, 'SANCTION canada>iran asserted');
    assertLacks(got, /^CONCEDE/u);
  });
});

describe('events (de): aid nouns name their donor in the genitive', () => {
  it('"Die Militärhilfe der USA für Israel …"', () =>
    assertHas(de('Die Militärhilfe der USA für Israel beläuft sich auf 3,8 Milliarden Dollar.'), 'AID usa>israel asserted'));
  it('"Die Waffenlieferungen Frankreichs an die Ukraine …"', () =>
    assertHas(de('Die Waffenlieferungen Frankreichs an die Ukraine gehen weiter.'), 'AID france>ukraine asserted'));
  it('negative: the genitive of the goods is no donor', () =>
    assertLacks(de('Die Lieferung der Panzer an Polen verzögert sich.'), /^AID/u));
});

describe('events (de): "nicht tatenlos zusehen" is a threat', () => {
  it('Präsens with the separated particle: "sieht … nicht länger tatenlos zu"', () =>
    assertHas(de('Die Türkei sieht dem Treiben Griechenlands nicht länger tatenlos zu.'), 'THREATEN turkey>- asserted'));
  it('negative: having stood by idly is no threat', () =>
    assertLacks(de('Die Türkei hat dem Treiben Griechenlands jahrelang tatenlos zugesehen.'), /^THREATEN/u));
  it('Futur: "Russland werde nicht tatenlos zusehen" (the "nicht" that opens the trigger is no participle after "werde")', () =>
    assertHas(de('Russland werde nicht tatenlos zusehen, sagte der Kremlsprecher.'), 'THREATEN russia>- asserted'));
});

describe('events (de): intelligence shared with a partner (COOPERATE)', () => {
  it('Futur: "werde Aufklärungsdaten mit Polen teilen"', () =>
    assertHas(de('Litauen werde Aufklärungsdaten mit Polen teilen.'), 'COOPERATE lithuania>poland planned'));
  it('Perfekt: "hat Geheimdienstinformationen mit den USA ausgetauscht"', () =>
    assertHas(de('Die Ukraine hat Geheimdienstinformationen mit den USA ausgetauscht.'), 'COOPERATE ukraine>usa asserted'));
  it('negative: "teilte die Informationen … mit" is telling, not sharing', () =>
    assertLacks(de('Das litauische Innenministerium teilte die Informationen am Montag mit.'), /^COOPERATE/u));
});

describe('events (de): a dispute taken to a court or the Security Council is an accusation', () => {
  it('"werde den Streit mit Äthiopien vor den UN-Sicherheitsrat bringen"', () =>
    assertHas(de('Somalia werde den Streit mit Äthiopien vor den UN-Sicherheitsrat bringen.'), 'ACCUSE somalia>ethiopia planned'));
  it('Perfekt: "ist gegen Russland vor den Internationalen Gerichtshof gezogen"', () =>
    assertHas(de('Die Ukraine ist gegen Russland vor den Internationalen Gerichtshof gezogen.'), 'ACCUSE ukraine>russia asserted'));
  it('negative: a crowd marching to a court building accuses no one', () =>
    assertLacks(de('Tausende Serben zogen am Abend vor das Verfassungsgericht in Belgrad.'), /^ACCUSE/u));
});

describe('events (de): an alert raised by two states is two mobilisations, not cooperation', () => {
  it('"Schweden und Finnland versetzten ihre Luftwaffen in erhöhte Bereitschaft"', () => {
    const got = de('Schweden und Finnland versetzten ihre Luftwaffen in erhöhte Bereitschaft.');
    assertHas(got, 'MOBILIZE sweden>- asserted');
    assertHas(got, 'MOBILIZE finland>- asserted');
    assertLacks(got, /^COOPERATE/u);
  });
});

describe('events (de): locking up, intercepting, barring entry, stripping citizenship, expropriating (COERCE)', () => {
  it('"sperrte den Journalisten … ein" (Präteritum, separated particle)', () =>
    assertHas(de('Die belarussische Polizei sperrte den Journalisten Ihar Losik ein.'), 'COERCE belarus>ihar-losik asserted'));
  it('"hat den Kritiker … eingesperrt" (Perfekt)', () =>
    assertHas(de('Die russische Regierung hat den Kritiker Alexej Nawalny eingesperrt.'), 'COERCE russia>alexej-nawalny asserted'));
  it('"hat ein Flugzeug der polnischen Luftwaffe … abgefangen"', () =>
    assertHas(de('Ein russischer Kampfjet hat ein Flugzeug der polnischen Luftwaffe über der Ostsee abgefangen.'), 'COERCE russia>poland asserted'));
  it('"hinderte … an der Einreise" and "an der Einreise gehindert"', () => {
    assertHas(de('Die ungarische Polizei hinderte den rumänischen Abgeordneten George Simion an der Einreise.'), 'COERCE hungary>george-simion asserted');
    assertHas(de('Israel hat Greta Thunberg an der Einreise gehindert.'), 'COERCE israel>greta-thunberg asserted');
  });
  it('"bürgerte 94 Oppositionelle aus"', () =>
    assertHas(de('Nicaragua bürgerte 94 Oppositionelle aus.'), 'COERCE nicaragua>- asserted'));
  it('"hat die Tochterfirma … verstaatlicht"', () =>
    assertHas(de('Russland hat die Tochterfirma von Uniper verstaatlicht.'), 'COERCE russia>- asserted'));
  it('negatives: a cat locked in, missiles intercepted, rain that keeps spectators from leaving', () => {
    assertLacks(de('Die Frau sperrte die Katze im Keller ein.'), /^COERCE/u);
    assertLacks(de('Die Luftabwehr der Ukraine fing zwei Raketen über Kiew ab.'), /^COERCE/u);
    assertLacks(de('Der Regen in Wien hinderte die Zuschauer an der Abreise.'), /^COERCE/u);
  });
});

describe('events (de): accusation nouns after "sprach von" (campaigns, witch hunts)', () => {
  it('"sprach von einer Hexenjagd der EU"', () =>
    assertHas(de('Der Außenminister Georgiens sprach von einer Hexenjagd der EU.'), 'ACCUSE georgia>european-union asserted'));
  it('negative: "sprach von einer Kampagne" for an election is no accusation', () =>
    assertLacks(de('Der Außenminister Georgiens sprach von einer Wahlkampagne in Tiflis.'), /^ACCUSE/u));
});

describe('events (de): envoys expelled under their feminine and compound titles; visits called off in the Perfekt', () => {
  it('"hat die Botschafterin der EU ausgewiesen"', () =>
    assertHas(de('Burkina Faso hat die Botschafterin der EU ausgewiesen.'), 'SANCTION burkina-faso>european-union asserted'));
  it('"hat den Besuch der EU-Kommissarin … abgesagt" is a refusal to the visitor', () =>
    assertHas(de('Tiflis hat den Besuch der EU-Kommissarin Marta Kos abgesagt.'), 'REJECT georgia>marta-kos asserted'));
  it('negative: a meeting called off in the passive stays a meeting that did not take place, no refusal', () => {
    const got = de('Das Treffen zwischen Armenien und Aserbaidschan wurde abgesagt.');
    assertLacks(got, /^REJECT/u);
    assertHas(got, 'CONSULT armenia>azerbaijan negated');
  });
});

describe('events (de): a verdict on an act in reported speech accuses its doer', () => {
  it('"Die Festnahme sei eine «Entführung», sagte …"', () =>
    assertHas(engineEvents('Titel\nSerbien hat einen kosovarischen Polizisten festgenommen. Die Festnahme sei eine «Entführung», sagte Albin Kurti.\n', '2026-11-20', 'de').map(brief), 'ACCUSE albin-kurti>serbia asserted'));
  it('negative: a storm said to be dangerous accuses no one', () =>
    assertLacks(de('Der Wetterdienst warnte vor Sturm in Bayern. Der Sturm sei gefährlich, sagte ein Sprecher.'), /^ACCUSE/u));
});

describe('events (de): an invitation to talks or to come is a planned meeting (CONSULT planned), as the gold codes it', () => {
  it('"lud … zu Gesprächen nach Paris ein"', () =>
    assertHas(de('Emmanuel Macron lud Friedrich Merz zu Gesprächen nach Paris ein.'), 'CONSULT emmanuel-macron>friedrich-merz planned'));
  it('"lud … ein, im Herbst nach Peking zu reisen"', () =>
    assertHas(de('Zugleich lud Wang Yi seinen Gast Johann Wadephul ein, im Herbst erneut nach Peking zu reisen.'), 'CONSULT wang-yi>johann-wadephul planned'));
  it('negative: a family inviting neighbours to a barbecue holds no talks', () =>
    assertLacks(de('Die Familie Schmidt lud die Nachbarn in Berlin zum Grillen ein.'), /^CONSULT/u));
});
