import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 12: source and target of German and English acts (actors.ts). Sentences written for these tests; each family
 * with a negative. Whole-engine runs, so the entity layer's mentions are the real ones.
 */
const de = (s: string): string[] => engineEvents(`Titel\n${s}\n`, '2026-11-20', 'de').map(brief);
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-11-20', 'en').map(brief);

describe('events (s12): the noun that opens a verb-final pattern is its object after the clause\'s subject', () => {
  it('Perfekt: "Burkina Faso hat die EU-Botschafterin ausgewiesen" (the prefix names the expelled side)', () => {
    const got = de('Burkina Faso hat die EU-Botschafterin ausgewiesen.');
    assertHas(got, 'SANCTION burkina-faso>european-union asserted');
    assertLacks(got, /^SANCTION european-union>/u);
  });
  it('Präteritum with the particle: "Niger wies die EU-Botschafterin aus"', () =>
    assertHas(de('Niger wies die EU-Botschafterin aus.'), 'SANCTION niger>european-union asserted'));
  it('a plural body: "Niger hat die UN-Beobachter ausgewiesen"', () =>
    assertHas(de('Niger hat die UN-Beobachter ausgewiesen.'), 'SANCTION niger>united-nations asserted'));
  it('passive with its agent: "Die EU-Botschafterin wurde von Burkina Faso ausgewiesen"', () =>
    assertHas(de('Die EU-Botschafterin wurde von Burkina Faso ausgewiesen.'), 'SANCTION burkina-faso>european-union asserted'));
  it('negative: an adjective object keeps its own reading ("hat den französischen Botschafter ausgewiesen")', () =>
    assertHas(de('Mali hat den französischen Botschafter ausgewiesen.'), 'SANCTION mali>france asserted'));
});

describe('events (s12): a demand reported before its verb ("…, forderte Wadephul")', () => {
  it('the subject follows the verb; the one asked opens the reported clause', () => {
    const got = de('Peking müsse seinen Einfluss auf Moskau nutzen, um den Krieg zu beenden, forderte Wadephul.');
    assertHas(got, 'REQUEST johann-wadephul>china asserted');
    assertLacks(got, /^REQUEST china>/u);
  });
  it('"verlangte" with a name right after the verb', () =>
    assertHas(de('Die Ukraine müsse Gebiete abtreten, verlangte Putin.'), 'REQUEST vladimir-putin>ukraine asserted'));
  it('negative: a subject an embedded clause interrupts still acts ("China und Russland, die …, riefen … auf")', () => {
    const got = de('China und Russland, die seit Jahren die Sanktionen kritisieren, riefen den Sicherheitsrat zur Zurückhaltung auf.');
    assertHas(got, 'REQUEST china>un-security-council asserted');
    assertHas(got, 'REQUEST russia>un-security-council asserted');
  });
  it('negative: an opening subject with its apposition after a comma ("Russland, so der Bericht, forderte …")', () =>
    assertHas(de('Russland, so der Bericht, forderte die Ukraine zum Rückzug auf.'), 'REQUEST russia>ukraine asserted'));
});

describe('events (s12): a deployment\'s town or region is no target', () => {
  it('de: "verlegte zusätzliche Soldaten nach Brčko"', () => {
    const got = de('Die Eufor-Mission verlegte vergangene Nacht zusätzliche Soldaten nach Brčko.');
    assertHas(got, 'MOBILIZE eufor>- asserted');
    assertLacks(got, /^MOBILIZE eufor>brcko/u);
  });
  it('de: "in die Grenzregion verlegen" (planned)', () =>
    assertHas(de('Russland werde weitere Truppen in die Grenzregion verlegen.'), 'MOBILIZE russia>- planned'));
  it('negative: a state stays the target ("nach Syrien verlegt", "deployed troops to Belarus")', () => {
    assertHas(de('Die Türkei hat Soldaten nach Syrien verlegt.'), 'MOBILIZE turkey>syria asserted');
    assertHas(en('Russia deployed troops to Belarus.'), 'MOBILIZE russia>belarus asserted');
  });
  it('negative: a capital stands for its state ("Truppen nach Minsk")', () =>
    assertHas(de('Russland verlegte Truppen nach Minsk.'), 'MOBILIZE russia>belarus asserted'));
});

describe('events (s12): the unnamed authorities of the place arrest (the spec: an unnamed actor counts as its state)', () => {
  it('de agentless passive: "wurde in Belgrad festgenommen"', () =>
    assertHas(de('Der Journalist Marko Petrović wurde in Belgrad festgenommen.'), 'COERCE serbia>marko-petrovic asserted'));
  it('de bare organ: "Die Polizei nahm in Belgrad … fest"', () =>
    assertHas(de('Die Polizei nahm in Belgrad den Studenten Marko Petrović fest.'), 'COERCE serbia>marko-petrovic asserted'));
  it('en bare organ and passive: "Police arrested … in Tbilisi", "was detained in Georgia"', () => {
    assertHas(en('Police arrested opposition leader Nika Melia in Tbilisi on Monday.'), 'COERCE georgia>nika-melia asserted');
    assertHas(en('Opposition leader Nika Melia was detained in Georgia on Monday.'), 'COERCE georgia>nika-melia asserted');
  });
  it('negative: an attack in a place is not the place\'s own act', () => {
    assertLacks(de('In Belgrad wurden am Samstag zwei Journalisten angegriffen.'), /^ASSAULT serbia/u);
    assertLacks(en('Two Georgian journalists were attacked in Tbilisi.'), /^ASSAULT georgia/u);
  });
  it('negative: with no place named there is no doer', () =>
    assertLacks(de('Der Journalist Marko Petrović wurde am Montag festgenommen.'), /^COERCE/u));
});

describe('events (s12): an act noun that opens the clause is the object of a speech act, its subject follows the verb', () => {
  it('"Russlands Angriff auf die Ukraine verurteilte Polen scharf"', () => {
    const got = de('Russlands Angriff auf die Ukraine verurteilte Polen scharf.');
    assertHas(got, 'ACCUSE poland>russia asserted');
    assertLacks(got, /^ACCUSE russia>poland/u);
  });
  it('a genitive doer: "Die Forderung Kiews lehnte Moskau ab"', () =>
    assertHas(de('Die Forderung Kiews lehnte Moskau ab.'), 'REJECT russia>ukraine asserted'));
  it('negative: a possessive before a person\'s title is the subject\'s own ("Russlands Präsident Putin verurteilte …")', () =>
    assertLacks(de('Russlands Präsident Putin verurteilte den Angriff.'), /^ACCUSE (?!vladimir-putin)/u));
  it('negative: the usual order stays ("Polen verurteilte Russlands Angriff auf die Ukraine")', () =>
    assertHas(de('Polen verurteilte Russlands Angriff auf die Ukraine.'), 'ACCUSE poland>russia asserted'));
});

describe('events (s12): a relative clause opened by an object pronoun has its antecedent as object', () => {
  it('accusative: "Der Journalist Marko Petrović, den Russland im März festgenommen hatte, …"', () =>
    assertHas(de('Der Journalist Marko Petrović, den Russland im März festgenommen hatte, ist frei.'), 'COERCE russia>marko-petrovic asserted'));
  it('dative: "Polen, dem Deutschland weitere Hilfe zugesagt hatte, …"', () =>
    assertHas(de('Polen, dem Deutschland weitere Hilfe zugesagt hatte, wartet auf Panzer.'), 'AID germany>poland planned'));
  it('negative: an apposition after "den" is no relative clause ("traf Erdogan, den Präsidenten der Türkei, …")', () =>
    assertHas(de('Putin traf Erdogan, den Präsidenten der Türkei, in Sotschi.'), 'CONSULT vladimir-putin>recep-tayyip-erdogan asserted'));
  it('negative: a subject pronoun keeps its reading ("Macron, der Selenskyj im Mai empfangen hatte, …")', () =>
    assertHas(de('Macron, der Selenskyj im Mai empfangen hatte, reiste nach Kiew.'), 'CONSULT emmanuel-macron>volodymyr-zelensky asserted'));
});

describe('events (s12): a judged act\'s doer named by "by"/"durch" is the addressee', () => {
  it('en: "condemned the arrest of Nika Melia by Georgian police"', () =>
    assertHas(en('The EU condemned the arrest of Nika Melia by Georgian police.'), 'ACCUSE european-union>georgia asserted'));
  it('de: "verurteilte die Festnahme Melias durch die georgische Polizei"', () =>
    assertHas(de('Die EU verurteilte die Festnahme Melias durch die georgische Polizei.'), 'ACCUSE european-union>georgia asserted'));
  it('negative: German "von" names the patient, not the doer ("die Festnahme von Nika Melia")', () =>
    assertLacks(de('Die EU verurteilte die Festnahme von Nika Melia.'), /^ACCUSE european-union>nika-melia/u));
});

describe('events (s12): a relative clause right after an act noun names its doer and target', () => {
  it('"Die Sanktionen, die die EU gegen Russland verhängt hatte, …"', () =>
    assertHas(de('Die Sanktionen, die die EU gegen Russland verhängt hatte, laufen im Juli aus.'), 'SANCTION european-union>russia asserted'));
  it('"Die Angriffe, die Russland auf Kiew verübt hatte, …"', () =>
    assertHas(de('Die Angriffe, die Russland auf Kiew verübt hatte, verurteilte Polen.'), 'ASSAULT russia>ukraine asserted'));
  it('negative: a relative clause with no actor of its own names no doer ("Die Sanktionen, die seit Mai gelten, …")', () =>
    assertLacks(de('Die Sanktionen, die seit Mai gelten, treffen Banken.'), /^SANCTION/u));
});
