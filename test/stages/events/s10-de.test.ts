import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 10: German trigger families the lexicon lacked (charges in reported speech, court actions and complaints,
 * custody and forced returns, suspended and released funds, doubled patrols, denials and refusals to recognise,
 * threats of consequences, mediation, advances). Sentences written for these tests; each family with a negative.
 * Whole-engine runs, so the entity layer's mentions are the real ones.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);

describe('events (de): verbs that charge their subject, said by someone, are the speaker\'s accusation', () => {
  it('"… wolle Moldau erpressen, sagte Sandu" (reported speech; the accusation is made, whatever the modal)', () =>
    assertHas(de('Die Regierung in Moskau wolle Moldau erpressen, sagte Sandu am Montag.'), 'ACCUSE maia-sandu>russia asserted'));
  it('"„Washington erpresst …“, schrieb Maduro" (a quote, Präsens)', () =>
    assertHas(de('„Washington erpresst ein freies Land“, schrieb Nicolás Maduro auf X.'), 'ACCUSE nicolas-maduro>usa asserted'));
  it('"habe sich … eingemischt, erklärte …" (Perfekt of the separable verb)', () =>
    assertHas(de('Frankreich habe sich in die inneren Angelegenheiten Malis eingemischt, erklärte Assimi Goïta.'), 'ACCUSE assimi-goita>france asserted'));
  it('"Moskau versuche, Moldau zu destabilisieren, sagte Sandu" (zu-infinitive)', () =>
    assertHas(de('Moskau versuche, Moldau zu destabilisieren, sagte Sandu.'), 'ACCUSE maia-sandu>russia asserted'));
  it('negative: the same verb in a narrative sentence has no speaker and is no accusation', () =>
    assertLacks(de('Eine Bande erpresste jahrelang Händler in Neapel.'), /^ACCUSE/u));
});

describe('events (de): court actions and formal complaints against someone', () => {
  it('"werde vor dem Gerichtshof gegen Polen klagen"', () =>
    assertHas(de('Die EU-Kommission werde vor dem Europäischen Gerichtshof gegen Polen klagen.'), 'ACCUSE european-commission>poland planned'));
  it('"legte bei der OSZE Beschwerde gegen Aserbaidschan ein"', () =>
    assertHas(de('Armenien legte bei der OSZE Beschwerde gegen Aserbaidschan ein.'), 'ACCUSE armenia>azerbaijan asserted'));
  it('negative: "klagen über" is a complaint about a state of affairs, no charge', () =>
    assertLacks(de('Die Bauern in Bayern klagen über die Dürre.'), /^ACCUSE/u));
});

describe('events (de): custody, forced returns, forcing out, pushing away, removing from power (COERCE)', () => {
  it('"nahm … in Gewahrsam"', () =>
    assertHas(de('Die georgische Polizei nahm den Oppositionsführer Nika Melia in Gewahrsam.'), 'COERCE georgia>nika-melia asserted'));
  it('"zum Abzug gezwungen" (Perfekt)', () =>
    assertHas(de('Die Regierung Malis hatte die französischen Soldaten zum Abzug gezwungen.'), 'COERCE mali>france asserted'));
  it('"zwang … zur Landung" (Präteritum)', () =>
    assertHas(de('Belarus zwang ein Flugzeug der litauischen Regierung zur Landung.'), 'COERCE belarus>lithuania asserted'));
  it('"hat ein Flugzeug der australischen Marine abgedrängt"', () =>
    assertHas(de('Ein chinesischer Kampfjet hat ein Patrouillenflugzeug der australischen Marine abgedrängt.'), 'COERCE china>australia asserted'));
  it('"zurückgeschickt" is a forced return', () =>
    assertHas(de('Die griechische Küstenwache hat 200 Migranten in die Türkei zurückgeschickt.'), 'COERCE greece>- asserted'));
  it('negative: forced by the weather, no act of an actor', () =>
    assertLacks(de('Die Hitze zwang die Bewohner in die Keller.'), /^COERCE/u));
});

describe('events (de): suspending, freezing and releasing funds and visa-free travel; parties banned; diplomats expelled', () => {
  it('"hat die visafreie Einreise für georgische Beamte ausgesetzt"', () =>
    assertHas(de('Die Europäische Union hat die visafreie Einreise für serbische Diplomaten ausgesetzt.'), 'SANCTION european-union>serbia asserted'));
  it('"friert … Finanzhilfen für Serbien ein" (the beneficiary after "für")', () =>
    assertHas(de('Zudem friert Brüssel Finanzhilfen für Serbien in Höhe von 40 Millionen Euro ein.'), 'SANCTION european-union>serbia asserted'));
  it('nominalisation: "die Aussetzung der Budgethilfe für Niger"', () =>
    assertHas(de('Die EU prüft die Aussetzung der Budgethilfe für Niger.'), 'SANCTION european-union>niger asserted'));
  it('"hat die Partei … für verfassungswidrig erklärt"', () =>
    assertHas(de('Das rumänische Verfassungsgericht hat die Partei SOS Romania für verfassungswidrig erklärt.'), /* the court's state */ 'SANCTION romania>sos-romania asserted'));
  it('"Drei Diplomaten der russischen Botschaft müssen Polen … verlassen": the country expels the embassy\'s state', () =>
    assertHas(de('Drei Diplomaten der russischen Botschaft müssen Polen binnen fünf Tagen verlassen.'), 'SANCTION poland>russia asserted'));
  it('"gibt eingefrorene Mittel für Polen frei" is a concession', () =>
    assertHas(de('Die EU-Kommission gibt eingefrorene Mittel für Polen frei.'), 'CONCEDE european-commission>poland asserted'));
  it('negative: "die Aussetzung der Wehrpflicht" is no sanction', () =>
    assertLacks(de('Deutschland beschloss 2011 die Aussetzung der Wehrpflicht.'), /^SANCTION/u));
  it('negative: people who must leave their home are not expelled diplomats', () =>
    assertLacks(de('Tausende Syrer mussten Syrien im Krieg verlassen.'), /^SANCTION/u));
  it('negative: "gab die Straße wieder frei" releases no funds', () =>
    assertLacks(de('Die polnische Polizei gab die gesperrte Straße am Abend wieder frei.'), /^CONCEDE/u));
  it('negative: a law declared unconstitutional has no target', () =>
    assertLacks(de('Das Verfassungsgericht erklärte das Gesetz für verfassungswidrig.'), /^SANCTION/u));
});

describe('events (de): patrols doubled, crowds brought onto the streets, marches', () => {
  it('"werde die Patrouillen an der Grenze verdoppeln, sagte …"', () =>
    assertHas(de('Litauen werde die Patrouillen an der Grenze zu Belarus verdoppeln, sagte Nauseda.'), 'MOBILIZE lithuania>- planned'));
  it('"Die Polizeipräsenz … werde verdoppelt" (noun first, passive)', () =>
    assertHas(de('Die Polizeipräsenz an der Grenze werde verdoppelt, kündigte Donald Tusk an.').map((e) => e.replace(/^(\S+) \S+>/u, '$1 *>')), 'MOBILIZE *>- planned'));
  // (the government of a head of government is the state: the development gold's "gegen die Regierung von Präsident
  // Vučić" is a protest to Serbia; session 25)
  it('"brachte Zehntausende Menschen gegen die Regierung auf die Straße"', () =>
    assertHas(de('Die AfD brachte am Sonntag Zehntausende Menschen gegen die Regierung von Friedrich Merz auf die Straße.').map((e) => e.replace(/^(\S+) \S+>/u, '$1 *>')), 'PROTEST *>germany asserted'));
  it('negative: "verdoppelte seinen Gewinn" is no deployment', () =>
    assertLacks(de('Der Rüstungskonzern Rheinmetall verdoppelte seinen Gewinn.'), /^MOBILIZE/u));
  it('negative: cars brought onto the road are no protest', () =>
    assertLacks(de('Volkswagen brachte im Mai neue Modelle auf die Straße.'), /^PROTEST/u));
});

describe('events (de): denials, refusals to recognise, retorts (REJECT)', () => {
  it('"bestritt, … anzustreben" (a denial with a zu-infinitive)', () =>
    assertHas(de('Orbán bestritt, ein Veto einlegen zu wollen.'), 'REJECT viktor-orban>- asserted'));
  it('"beschloss, die Urteile … nicht mehr anzuerkennen" is a refusal made, not a negated act', () =>
    assertHas(de('Abchasien beschloss, die Urteile georgischer Gerichte nicht mehr anzuerkennen.').map((e) => e.replace(/>\S+/u, '>*')), 'REJECT abkhazia>* asserted'));
  it('"Lawrow entgegnete, …"', () =>
    assertHas(de('Lawrow entgegnete, Russland führe keinen Krieg gegen die Ukraine.'), 'REJECT sergey-lavrov>- asserted'));
  it('negative: a denial of a noun ("dementierte ein Treffen") is no bare refusal (the meeting is negated instead)', () =>
    assertLacks(de('Der Kreml dementierte ein Treffen zwischen Putin und Selenskyj.'), /^REJECT/u));
  it('negative: "erkannte … an" without a negation is no refusal', () =>
    assertLacks(de('Die Regierung Kanadas erkannte die Arbeit der Helfer an.'), /^REJECT/u));
});

describe('events (de): threats of consequences', () => {
  it('"„… wird die Konsequenzen spüren“, sagte Tusk"', () =>
    assertHas(de('„Wer uns bedroht, wird die Konsequenzen spüren“, sagte Tusk.'), 'THREATEN donald-tusk>- asserted'));
  it('negative: feeling the consequences of a drought is no threat', () =>
    assertLacks(de('Die Bauern in Bayern spüren die Konsequenzen der Dürre.'), /^THREATEN/u));
});

describe('events (de): mediation as a noun, advances', () => {
  it('"durch Vermittlung Katars"', () =>
    assertHas(de('Die Gefangenen kamen durch Vermittlung Katars frei.'), 'CONSULT qatar>- asserted'));
  it('"seien auf die Stadt Goma vorgerückt"', () =>
    assertHas(de('Die Rebellen der M23 seien auf die Stadt Goma vorgerückt.'), 'ASSAULT m23>goma asserted'));
  it('negative: a club moved up a table has attacked nobody', () =>
    assertLacks(de('Der FC Bayern ist auf Platz zwei vorgerückt.'), /^ASSAULT/u));
});
