import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * German criticism as a speech act and the actors of relative and reported clauses (issue #6): structures found on
 * self-written wire articles (diplomacy, courts, sanctions, military), each with its own test sentences and negatives.
 * Sentences with a speaker run through the whole engine (the speaker comes from the quotes stage).
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russland', 'Russlands', 'Moskau', ['russische', 'adjective'], ['russischen', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kiew'] },
  { id: 'israel', type: 'GPE', forms: ['Israel', 'Israels', ['israelische', 'adjective']] },
  { id: 'egypt', type: 'GPE', forms: ['Ägypten', 'Kairo'] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Teheran'] },
  { id: 'china', type: 'GPE', forms: ['China', 'Chinas', 'Peking'] },
  { id: 'turkey', type: 'GPE', forms: ['Türkei', 'Ankara'] },
  { id: 'germany', type: 'GPE', forms: ['Deutschland', 'Berlin'] },
  { id: 'hamas', type: 'ORG', forms: ['Hamas'] },
  { id: 'nato', type: 'ORG', forms: ['Nato'] },
  { id: 'emmanuel-macron', type: 'PER', forms: ['Emmanuel Macron', 'Macron'] },
  { id: 'olaf-scholz', type: 'PER', forms: ['Olaf Scholz', 'Scholz'] },
  { id: 'wolodymyr-selenskyj', type: 'PER', forms: ['Selenskyj'] },
  { id: 'vladimir-putin', type: 'PER', forms: ['Putin'] },
  { id: 'xi-jinping', type: 'PER', forms: ['Xi Jinping'] },
  { id: 'alexei-nawalny', type: 'PER', forms: ['Nawalny'] },
];

const code = sentenceCoder('de', ACTORS);

/** Events of one sentence run through the whole engine, as "TYPE source>target modality". */
const whole = (s: string): string[] => engineEvents(`Meldung\n\n${s}\n`, '2024-06-12').map(brief);

describe('events (de): criticism as a speech act', () => {
  const cases: [string, string][] = [
    // "nannte X einen <Vorwurf>" and "bezeichnete X als …" with more nouns of blame and a longer object
    ['Ägypten nannte das Vorgehen Israels einen gefährlichen Präzedenzfall.', 'ACCUSE egypt>israel asserted'],
    ['Die Türkei bezeichnete die Blockade durch Israel als Bruch des Völkerrechts.', 'ACCUSE turkey>israel asserted'],
    ['Macron bezeichnete die Anreicherung von Uran durch den Iran auf sechzig Prozent als inakzeptabel.', 'ACCUSE emmanuel-macron>iran asserted'],
    // labels of blame for a person or a state
    ['Selenskyj nannte Putin einen Kriegsverbrecher.', 'ACCUSE wolodymyr-selenskyj>vladimir-putin asserted'],
    ['Die Ukraine bezeichnete Russland als Terrorstaat.', 'ACCUSE ukraine>russia asserted'],
    // "sprach von einem <Vorwurf>" with the accused in the genitive
    ['Peking sprach von einer Provokation Israels.', 'ACCUSE china>israel asserted'],
    ['Ankara sprach am Montag von einem Affront Russlands.', 'ACCUSE turkey>russia asserted'],
    // a government named by its seat ("die Führung in Teheran") fills the slot of the government noun
    ['Auch Deutschland übte Kritik an der Führung in Teheran.', 'ACCUSE germany>iran asserted'],
    ['Die Regierung in Ankara verurteilte die Festnahme von Nawalny.', 'ACCUSE turkey>- asserted'],
    // the criticised act's doer, named with "durch"
    ['Die Türkei kritisierte die Festnahme von Nawalny durch Russland.', 'ACCUSE turkey>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: a place after a noun that is no government is no actor of the criticism', () => {
    assert.ok(!code('Deutschland übte Kritik an der Lage in Teheran.').includes('ACCUSE germany>iran asserted'));
  });
  it('negative: a label for a situation names nobody', () => assert.deepEqual(code('Russland bezeichnete die Lage in Kiew als gefährlich.').filter((e) => e.startsWith('ACCUSE')), []));
  it('negative: "sprach von" a crime with nobody accused is no event', () => assert.deepEqual(code('Die Polizei in Kiew sprach von einem Verbrechen.'), []));
  it('negative: "sprach von" a neutral topic is no event', () => assert.deepEqual(code('Putin sprach von einem konstruktiven Gespräch mit Xi Jinping.').filter((e) => e.startsWith('ACCUSE')), []));
  it('negative: a "sprach von" accusation does not take the object of a coordinated verb', () => {
    assert.ok(!code('Macron sprach von einem Skandal und forderte die Nato zum Handeln auf.').includes('ACCUSE emmanuel-macron>nato asserted'));
  });
});

describe('events (de): an accusation reported from a speaker is the speaker\'s (whole engine)', () => {
  const cases: [string, string][] = [
    ['Putin sagte, die Ukraine habe gegen das Abkommen verstoßen.', 'ACCUSE vladimir-putin>ukraine asserted'],
    ['Putin sagte, die Ukraine verstoße gegen das Abkommen.', 'ACCUSE vladimir-putin>ukraine asserted'],
    ['"Das ist eine Provokation Chinas", sagte Marcos.', 'ACCUSE ferdinand-marcos-jr>china asserted'],
    ['Selenskyj sagte, die Angriffe Russlands auf Kiew seien ein Kriegsverbrechen.', 'ACCUSE volodymyr-zelensky>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(whole(s), want));
  it('negative: a verdict on a situation names nobody accused', () => assert.deepEqual(whole('Die Lage in Gaza sei ein Skandal, sagte Guterres.'), []));
  it('negative: a denial is no accusation', () => assert.deepEqual(whole('Russland sei kein Aggressor, sagte Lawrow.'), []));
  it('the speaker does not do the act reported in the clause ("sagte, die Angriffe Russlands …")', () => {
    const got = whole('Selenskyj sagte, die Angriffe Russlands auf Kiew seien ein Kriegsverbrechen.');
    assert.ok(got.includes('ASSAULT russia>ukraine asserted') && !got.some((e) => e.startsWith('ASSAULT volodymyr-zelensky')), got.join(', '));
  });
});

describe('events (de): a blame whose act stands before it in its clause is about that act\'s doer', () => {
  it('a fronted object', () => assert.ok(code('Russland griff am Montag Kiew an. Den Angriff verurteilte Deutschland scharf.').includes('ACCUSE germany>russia asserted')));
  it('the subject of a verdict in reported speech (whole engine)', () => {
    const got = whole('Israel griff am Montag Rafah an. Die Angriffe auf Rafah seien ein Verbrechen, sagte Guterres.');
    assert.ok(got.includes('ACCUSE antonio-guterres>israel asserted'), got.join(', '));
  });
  it('the subject of a passive blame after its auxiliary ("Von Polen wurde das Treffen kritisiert")', () => {
    assert.ok(code('Russland traf am Montag Xi Jinping. Von der Türkei wurde das Treffen scharf kritisiert.').includes('ACCUSE turkey>russia asserted'));
  });
  it('negative: an act in a fronted prepositional phrase only dates the blame', () => {
    assert.ok(!code('Vor dem Treffen mit Scholz warnte Macron vor Eile.').some((e) => e.startsWith('ACCUSE')));
  });
});

describe('events (de): the subject of a relative clause is its antecedent', () => {
  const cases: [string, string][] = [
    ['Die israelische Armee, die seit Montag die Stadt Kairo angreift, meldete Erfolge.', 'ASSAULT israel>egypt asserted'],
    ['Der Einsatz richtet sich gegen die Hamas, die Israel im Oktober überfallen hatte.', 'ASSAULT hamas>israel asserted'],
    ['Scholz traf Macron, der zuvor mit Selenskyj telefoniert hatte.', 'CONSULT emmanuel-macron>wolodymyr-selenskyj asserted'],
    ['Die Ukraine meldete Angriffe Russlands, das in der Nacht Kiew beschossen hatte.', 'ASSAULT russia>ukraine asserted'],
    // the comma read as a list comma, and a verb particle closing the main clause before it
    ['Die Richter gaben einem Antrag Chinas statt, das Israel Völkermord vorwirft.', 'ACCUSE china>israel asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: an accusative relative pronoun ("den") leaves the subject inside the clause', () => {
    assert.ok(code('Der Journalist, den Russland festgenommen hatte, kam frei.').includes('COERCE russia>- asserted'));
  });
  it('negative: "der" after a noun with an article may be dative: the name inside acts', () => {
    assert.ok(!code('Deutschland hilft der Ukraine, der Russland Gebiete genommen hat.').some((e) => e.startsWith('ASSAULT ukraine')));
  });
  it('negative: a list after a comma is no relative clause (its verb is not last)', () => {
    assert.ok(!code('Deutschland, die Türkei und Ägypten verurteilten am Montag Israel.').some((e) => e.startsWith('ACCUSE germany>turkey')));
  });
  it('negative: the main clause keeps its own subject', () => {
    assert.ok(code('Putin, der am Dienstag Xi Jinping traf, kritisierte die Nato.').includes('ACCUSE vladimir-putin>nato asserted'));
  });
});

describe('events (de): modality and pairs around criticism', () => {
  it('a coordinated announcement does not make the blame before it planned', () => {
    assert.ok(code('Russland griff Kiew an. Die Türkei bezeichnete den Angriff als illegal und kündigte Schritte an.').includes('ACCUSE turkey>russia asserted'));
  });
  it('negative: an announcement before the coordinator still makes its own act planned', () => {
    assert.ok(code('Die Ukraine will mit Russland verhandeln und Polen treffen.').some((e) => e.endsWith('planned')));
  });
  it('"den beiden Politikern": the two persons named together, not the last two named', () => {
    const got = code('Olaf Scholz und Emmanuel Macron berieten in Paris. Scholz hatte zuvor mit Putin telefoniert. Selenskyj dankte den beiden Politikern für ihre Unterstützung.');
    assert.ok(got.includes('SUPPORT wolodymyr-selenskyj>olaf-scholz asserted') && got.includes('SUPPORT wolodymyr-selenskyj>emmanuel-macron asserted'), got.join(', '));
    assert.ok(!got.some((e) => e.startsWith('SUPPORT wolodymyr-selenskyj>vladimir-putin')), got.join(', '));
  });
});

describe('events (de): rejections of accusations and coordinated predicates', () => {
  const cases: [string, string][] = [
    // calling an accusation absurd rejects it, and its author
    ['Ägypten warf Israel Kriegsverbrechen vor. Israel nannte die Vorwürfe absurd.', 'REJECT israel>egypt asserted'],
    ['Ägypten warf Israel Kriegsverbrechen vor. Israel wies die Anschuldigungen zurück.', 'REJECT israel>egypt asserted'],
    // rejecting an accusation by labelling it is a rejection of its author
    ['Ägypten warf Israel Kriegsverbrechen vor. Israel wies die Vorwürfe als Propaganda zurück.', 'REJECT israel>egypt asserted'],
    // "die Gewalt" names the latest deed
    ['Die Hamas griff Israel an. Die Türkei verurteilte die Gewalt gegen Zivilisten.', 'ACCUSE turkey>hamas asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: calling a plan absurd is criticism, not a rejection of an accusation', () => {
    assert.ok(code('Ägypten legte einen Plan vor. Israel nannte den Plan Ägyptens absurd.').every((e) => !e.startsWith('REJECT')));
  });
  it('negative: the object of a coordinated second verb is not the object of the first', () => {
    const got = code('Die Hamas griff Israel an. Deutschland verurteilte die Gewalt gegen Zivilisten und sagte Ägypten Hilfe zu.');
    assert.ok(!got.includes('ACCUSE germany>egypt asserted') && got.includes('ACCUSE germany>hamas asserted'), got.join(', '));
  });
  it('negative: a coordinated object is still the object', () => {
    assert.ok(code('Deutschland verurteilte Russland und den Iran.').includes('ACCUSE germany>iran asserted'));
  });
});

describe('events (de): a denial and a negation stay with their own predicate', () => {
  it('"bestritt die Vorwürfe und warf X vor": the accusation is asserted', () => {
    assert.ok(code('Russland bestritt die Vorwürfe und warf der Ukraine Lügen vor.').includes('ACCUSE russia>ukraine asserted'));
  });
  it('"griff nicht an und verhandelte": only the attack is negated', () => {
    const got = code('Russland griff Kiew nicht an und verhandelte mit der Ukraine.');
    assert.ok(got.includes('ASSAULT russia>ukraine negated') && got.includes('CONSULT russia>ukraine asserted'), got.join(', '));
  });
  it('negative: a negation inside the second predicate still negates it', () => {
    assert.ok(code('Russland hat Kiew nicht angegriffen und nicht mit der Ukraine verhandelt.').includes('CONSULT russia>ukraine negated'));
  });
});

describe('events (de): a closed border named again is the act of whoever closed it', () => {
  it('"verurteilte die Grenzschließung als Verstoß"', () => {
    assert.ok(code('Die Türkei hat die Grenze zu Israel geschlossen. Ägypten verurteilte die Grenzschließung als Verstoß gegen das Völkerrecht.').includes('ACCUSE egypt>turkey asserted'));
  });
  it('negative: a closure mentioned as a topic without a doer is no event', () => assert.deepEqual(code('Die Schließung der Grenze zu Israel sorgt für Staus.'), []));
});

describe('events (de): criticism with no addressee is about the one hostile act just before it', () => {
  it('a state\'s concern after an attack', () => {
    assert.ok(code('Russland griff in der Nacht Kiew an. Deutschland äußerte sich zutiefst besorgt.').includes('ACCUSE germany>russia asserted'));
  });
  it('"reagierte empört", "schloss sich der Kritik an", "zeigte sich enttäuscht"', () => {
    assert.ok(code('Russland griff in der Nacht Kiew an. Deutschland reagierte empört.').includes('ACCUSE germany>russia asserted'));
    assert.ok(code('China hielt ein Manöver um Taiwan ab. Die Türkei schloss sich der Kritik an.').includes('ACCUSE turkey>china asserted'));
    assert.ok(code('Russland griff in der Nacht Kiew an. Die Türkei zeigte sich enttäuscht.').includes('ACCUSE turkey>russia asserted'));
  });
  it('negative: a market reacting is no actor', () => assert.deepEqual(code('Die Börse reagierte verärgert auf die Zahlen.'), []));
  it('negative: two doers before it: no addressee, no event', () => {
    assert.ok(!code('Russland griff Kiew an. Die Ukraine griff Belgorod an. Deutschland zeigte sich besorgt.').some((e) => e.startsWith('ACCUSE')));
  });
  it('negative: a person whose side is unknown takes no addressee from the context', () => {
    assert.ok(!code('Russland griff in der Nacht Kiew an. Selenskyj zeigte sich empört.').some((e) => e.startsWith('ACCUSE')));
  });
  it('negative: a cooperative act before it is no deed to criticise', () => {
    assert.ok(!code('Die Türkei und Russland vereinbarten eine Waffenruhe. Deutschland zeigte sich besorgt.').some((e) => e.startsWith('ACCUSE')));
  });
  // (s21: the sentence step reads its paragraph only; a reaction reported in a paragraph of its own, as news does, is
  // given the deed's doer by the document step, answers.ts judgedDeeds)
  it('across a paragraph: a reaction in a paragraph of its own takes the deed\'s doer (document step)', () => {
    const got = code('Russland griff in der Nacht Kiew an.\n\nDeutschland zeigte sich besorgt.');
    assert.ok(got.includes('ACCUSE germany>russia asserted') && !got.some((e) => e.startsWith('ACCUSE') && !e.startsWith('ACCUSE germany>russia')), got.join(', '));
  });
});

describe('events (de): V2 inversion and generic act nouns', () => {
  it('"forderte Putin Russland und Israel auf": a person\'s name and a state after it are subject and object', () => {
    const got = code('Am Montag forderte Putin Israel und die Türkei auf, die Waffenruhe einzuhalten.');
    assert.ok(got.includes('REQUEST vladimir-putin>israel asserted') && got.includes('REQUEST vladimir-putin>turkey asserted'), got.join(', '));
  });
  it('negative: a state before a person stays one phrase ("Chinas Präsident Xi Jinping")', () => {
    const got = whole('Am Montag kritisierte Chinas Präsident Xi Jinping die Nato.');
    assert.ok(got.some((e) => e.startsWith('ACCUSE xi-jinping>')), got.join(', '));
  });
  it('negative: a possessive alone is no object of a meeting verb ("treffe seine Entscheidungen")', () => {
    assert.ok(!code('Macron wies die Kritik zurück: Frankreich treffe seine Entscheidungen allein.').some((e) => e.startsWith('CONSULT')));
  });
  it('a definite act noun that first reports its act is a deed a later "die Resolution" refers to', () => {
    assert.ok(code('Die Nato hat das Waffenembargo gegen den Iran verlängert. Russland kritisierte die Resolution.').includes('ACCUSE russia>nato asserted'));
  });
});

describe('events: a short parenthesis glosses the phrase before it and does not break its clause', () => {
  const actors: readonly ActorSpec[] = [...ACTORS, { id: 'icj', type: 'ORG', forms: ['Internationale Gerichtshof', 'IGH'] }];
  it('"Der Internationale Gerichtshof (IGH) hat Israel aufgefordert"', () => {
    assert.ok(codeText('de', 'Titel\nDer Internationale Gerichtshof (IGH) hat Israel aufgefordert, die Offensive zu beenden.', actors).map(brief).includes('REQUEST icj>israel asserted'));
  });
  it('a subject before a parenthesis with a clause of its own', { todo: 'actors.ts subject: a V2 verb after a long parenthesis does not look back past it for the subject' }, () => {
    const got = codeText('de', 'Titel\nDer IGH (den Israel seit Jahren kritisiert, weil er parteiisch sei) hat die Türkei aufgefordert, die Angriffe zu beenden.', actors).map(brief);
    assert.ok(got.includes('REQUEST icj>turkey asserted'), got.join(', '));
  });
});

describe('events (de): a generic act noun does not name a meeting', () => {
  it('negative: "die Beschlüsse" after a meeting is not about the meeting\'s parties', () => {
    assert.ok(!code('Scholz traf Selenskyj in Kiew. Russland kritisierte die Beschlüsse.').some((e) => e.startsWith('ACCUSE russia>olaf-scholz') || e.startsWith('ACCUSE russia>wolodymyr-selenskyj')));
  });
});

describe('events (de): refusals in wire language', () => {
  const cases: [string, string][] = [
    ['China ließ die Forderung Israels abblitzen.', 'REJECT china>israel asserted'],
    ['Der Vorschlag Israels stieß in Moskau auf Ablehnung.', 'REJECT russia>israel asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(code(s), want));
  it('negative: resistance without a named party is no event', () => assert.deepEqual(code('Der Plan stieß auf Widerstand.'), []));
});

describe('events (de): shows of force', () => {
  it('"drohte mit einem Angriff auf X": the target of the threatened act', () => assert.ok(code('Russland drohte mit einem Angriff auf die Ukraine.').includes('THREATEN russia>ukraine asserted')));
  it('"in die Nähe von X": the place a force is moved near is the target', () => {
    const got = whole('China verlegte Kampfjets in die Nähe von Taiwan.');
    assert.ok(got.includes('MOBILIZE china>taiwan asserted'), got.join(', '));
  });
  it('warships of other kinds sent somewhere', () => assert.ok(code('Die Nato schickte zwei Fregatten in die Ostsee.').includes('MOBILIZE nato>- asserted')));
  it('negative: watching a station is no show of force', () => assert.deepEqual(code('Die Polizei verstärkte die Überwachung des Bahnhofs.'), []));
  it('a missile test in the singular', () => assert.ok(code('Russland testete eine neue Interkontinentalrakete.').includes('MOBILIZE russia>- asserted')));
  it('negative: "von" after a noun that is no place\'s part keeps its own slot', () => {
    assert.ok(!code('China verlegte Kampfjets nach einem Bericht von Russland.').includes('MOBILIZE china>russia asserted'));
  });
});

describe('events (de): a past subjunctive in reported speech reports (whole engine)', () => {
  it('"Russland hätte … getötet, sagte Selenskyj" is asserted', () => {
    const got = whole('Russland hätte in der Stadt Charkiw Hunderte Zivilisten getötet, sagte Selenskyj am Freitag in Kiew.');
    assert.ok(got.some((e) => e.startsWith('ASSAULT russia>') && e.endsWith('asserted')), got.join(', '));
  });
  it('negative: a conditional stays hypothetical', () => {
    const got = whole('Wenn Russland Kiew angegriffen hätte, wäre die Lage anders, sagte Selenskyj.');
    assert.ok(got.every((e) => !e.startsWith('ASSAULT') || e.endsWith('hypothetical')), got.join(', '));
  });
});

describe('events (de): a time inside a relative clause does not date the main clause', () => {
  const dated = (s: string): string[] => codeText('de', `Titel\n${s}`, ACTORS, [{ text: 'am Dienstag', value: '2024-05-28' }]).map((e) => `${brief(e)} ${e.date ?? 'null'}`);
  it('"Putin, der am Dienstag … besucht hatte, drohte …": the threat is undated', () => {
    const got = dated('Putin, der am Dienstag eine Rüstungsfabrik besucht hatte, drohte der Nato mit Vergeltung.');
    assert.ok(got.includes('THREATEN vladimir-putin>nato asserted null'), got.join(', '));
  });
  it('negative: a time in the main clause before a relative clause still dates it', () => {
    const got = dated('Putin traf am Dienstag Xi Jinping, der zuvor in Moskau war.');
    assert.ok(got.includes('CONSULT vladimir-putin>xi-jinping asserted 2024-05-28'), got.join(', '));
  });
});

describe('events (de): a noun after a verb of speaking about it names a topic, not an act of the speaker', () => {
  it('"sprach von einem gezielten Angriff": the speaker attacked nobody', () => {
    assert.ok(!code('Macron sprach am Mittwoch von einem gezielten Angriff auf die Infrastruktur.').some((e) => e.startsWith('ASSAULT emmanuel-macron')));
  });
  it('the doer named in the noun\'s genitive still does it', () => {
    assert.ok(code('Kiew sprach von einem Angriff Russlands auf die Infrastruktur.').includes('ASSAULT russia>- asserted'));
  });
  it('negative: a light verb keeps its subject as the doer ("startete einen Angriff")', () => {
    assert.ok(code('Russland startete einen Angriff auf Kiew.').some((e) => e.startsWith('ASSAULT russia>')));
  });
});

describe('events (de): a person\'s pronoun in reported speech is not an office that speaks (whole engine)', () => {
  it('negative: "Er habe ihn gedrängt, teilte das Präsidialamt in Brasília mit": the office did not urge', () => {
    const got = whole('Der brasilianische Präsident Lula telefonierte am Abend mit Maduro. Er habe ihn gedrängt, die Wahlergebnisse offenzulegen, teilte das Präsidialamt in Brasília mit.');
    assert.ok(!got.some((e) => e.startsWith('REQUEST brasilia') || e.startsWith('REQUEST brazil')), got.join(', '));
  });
});

describe('events (de): criticism of an act named by a generic noun targets its doer', () => {
  it('"verurteilte den Test", "kritisierte die Festnahmen" after the act was reported', () => {
    assert.ok(code('China testete am Dienstag eine Rakete. Macron verurteilte den Test als Verletzung von UN-Resolutionen.').includes('ACCUSE emmanuel-macron>china asserted'), JSON.stringify(code('China testete am Dienstag eine Rakete. Macron verurteilte den Test als Verletzung von UN-Resolutionen.')));
    assert.ok(code('Russland nahm zwei Journalisten fest. Macron kritisierte die Festnahmen scharf.').includes('ACCUSE emmanuel-macron>russia asserted'), JSON.stringify(code('Russland nahm zwei Journalisten fest. Macron kritisierte die Festnahmen scharf.')));
  });

  it('negative: with no act reported before, a generic noun gives no target', () => {
    assert.ok(!code('Macron verurteilte den Test.').some((e) => e.startsWith('ACCUSE emmanuel-macron>china')));
  });
});

describe('events (de): a coordinated finite verb ends the first verb\'s complement', () => {
  it('"rief zur Ruhe auf und kündigte an, nach Kiew zu reisen": the journey is announced (planned), not called for', () => {
    const out = whole('Bundeskanzler Olaf Scholz rief zur Ruhe auf und kündigte an, nach Kiew zu reisen.');
    assert.ok(out.some((e) => e.startsWith('CONSULT olaf-scholz>ukraine planned')), JSON.stringify(out));
  });

  it('negative: inside one complement the act stays governed ("forderte Israel und Iran auf, die Angriffe zu beenden")', () => {
    const out = code('Macron forderte Israel und Iran auf, die Angriffe zu beenden.');
    assert.ok(!out.some((e) => e.startsWith('ASSAULT') || e.startsWith('RETREAT')), JSON.stringify(out));
  });
});

describe('events (de): aid packages delivered', () => {
  it('"lieferte der Ukraine ein Hilfspaket / Militärhilfe" is AID', () => {
    assert.ok(code('Deutschland lieferte der Ukraine ein Hilfspaket.').includes('AID germany>ukraine asserted'), JSON.stringify(code('Deutschland lieferte der Ukraine ein Hilfspaket.')));
    assert.ok(code('Deutschland lieferte der Ukraine Militärhilfe.').includes('AID germany>ukraine asserted'));
  });
});

describe('events (de): rejecting what was said last', () => {
  it('"wies das zurück", "wies die Vorwürfe zurück" target the last speaker', () => {
    assert.ok(code('Macron warf Russland Lügen vor. Putin wies das zurück.').includes('REJECT vladimir-putin>emmanuel-macron asserted'), JSON.stringify(code('Macron warf Russland Lügen vor. Putin wies das zurück.')));
    assert.ok(code('Macron kritisierte Russland scharf. Putin wies die Vorwürfe zurück.').includes('REJECT vladimir-putin>emmanuel-macron asserted'));
  });

  it('negative: "das" before a noun is an article, not what was said ("wies das Angebot zurück")', () => {
    const out = code('Macron warf Russland Lügen vor. Putin wies das Angebot der Türkei zurück.');
    assert.ok(!out.includes('REJECT vladimir-putin>emmanuel-macron asserted'), JSON.stringify(out));
  });
});
