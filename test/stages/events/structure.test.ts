import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * Event structure inside one sentence: coordinated predicates and their actors (issue #6). Sentences written for
 * these tests, German and English.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'poland', type: 'GPE', forms: ['Polen', 'Poland', 'Warschau', 'Warsaw'] },
  { id: 'belarus', type: 'GPE', forms: ['Belarus', 'Minsk', ['belarussische', 'adjective'], ['Belarusian', 'adjective']] },
  { id: 'eu', type: 'ORG', forms: ['EU', 'European Union'] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'USA', 'Washington'] },
  { id: 'tusk', type: 'PER', forms: ['Donald Tusk', 'Tusk', 'Tusks'], roles: [{ role: 'prime minister', of: 'poland', source: 'text' }] },
  { id: 'chile', type: 'GPE', forms: ['Chile', 'Santiago'] },
  { id: 'peru', type: 'GPE', forms: ['Peru', 'Lima'] },
  { id: 'un', type: 'ORG', forms: ['Uno', 'UN'] },
  { id: 'hanna-tetteh', type: 'PER', forms: ['Hanna Tetteh'] },
];

const en = sentenceCoder('en', ACTORS);
const de = sentenceCoder('de', ACTORS);

describe('events: a coordinated predicate keeps the addressee of the predicate before it', () => {
  it('en: "filed a complaint against X and warned it would retaliate" → the threat is against X', () => assert.deepEqual(
    en('The European Union filed a complaint against the United States and warned it would retaliate with tariffs.'),
    ['ACCUSE eu>usa asserted', 'THREATEN eu>usa asserted']));
  it('en: "condemned the attack by X and warned of consequences"', () =>
    assertHas(en('Warsaw condemned the attack by Belarus and warned of consequences.'), 'THREATEN poland>belarus asserted'));
  it('de: "warf X … vor und drohte mit Gegenmaßnahmen"', () => assert.deepEqual(
    de('Polen warf Belarus Provokationen vor und drohte mit Gegenmaßnahmen.'),
    ['ACCUSE poland>belarus asserted', 'THREATEN poland>belarus asserted']));
  it('de: a list of predicates after a comma ("…, drohte … und schloss …")', () => assert.deepEqual(
    de('Chile warf Peru Provokationen vor, drohte mit Gegenmaßnahmen und schloss die Grenze.'),
    ['ACCUSE chile>peru asserted', 'THREATEN chile>peru asserted', 'SANCTION chile>peru asserted']));
  it('negative: praise is no addressee for a threat (cooperation and conflict do not share it)', () =>
    assert.deepEqual(de('Polen lobte die EU und drohte mit Sanktionen.'), ['SUPPORT poland>eu asserted', 'THREATEN poland>- asserted']));
  it('negative: whom one met is not whom the announced sanctions hit (de)', () =>
    assertLacks(de('Tusk traf die Präsidentin der EU und kündigte Sanktionen an.'), /^SANCTION tusk>eu/u));
  it('negative: whom one met is not whom the announced sanctions hit (en)', () =>
    assertLacks(en('Poland met the European Union and announced sanctions against Minsk.'), /^SANCTION poland>eu/u));
  it('negative: a participle clause is no coordinated predicate ("…, killing two migrants")', () =>
    assertLacks(en('Poland accused Belarus of provocations, killing two migrants.'), /^ASSAULT poland>belarus/u));
});

describe('events (de): a coordinated clause with a subject of its own', () => {
  it('"… vor und die EU drohte …": the EU threatens, and Belarus (object of the first clause) is not its target', () => assert.deepEqual(
    de('Polen warf Belarus Provokationen vor und die EU drohte mit Sanktionen.'),
    ['ACCUSE poland>belarus asserted', 'THREATEN eu>- asserted']));
  it('verb-final: "dass Polen … abzieht und Belarus … entwaffnet" — Belarus disarms, Poland is no party of it', () => {
    const got = de('Die Vereinbarung sieht vor, dass Polen seine Soldaten abzieht und Belarus im Gegenzug die Miliz entwaffnet.');
    assertHas(got, 'COERCE belarus>- planned');
    assertLacks(got, /^COERCE (poland|belarus>poland)/u);
  });
  it('negative: coordinated subjects stay one group ("Polen und die EU drohten Belarus")', () => assert.deepEqual(
    de('Polen und die EU drohten Belarus mit Sanktionen.'),
    ['THREATEN poland>belarus asserted', 'THREATEN eu>belarus asserted']));
  it('negative: names coordinated inside a noun phrase are no new subject ("Länder wie Chile und Peru … angedeutet")', () =>
    assertLacks(de('Tusk hatte eine Ausweitung der Maßnahmen auf Länder wie Chile und Peru angedeutet.'), /^\w+ (chile|peru)>/u));
});

describe('events (de): a pledge gives way to the pledged act, planned', () => {
  it('"hat X zugesagt, seine Truppen abzuziehen" → the withdrawal, planned, for X; no AGREE of its own', () => assert.deepEqual(
    de('Polen hat Belarus zugesagt, seine Truppen von der Grenze abzuziehen.'), ['RETREAT poland>belarus planned']));
  it('a target of the pledged act\'s own comes before the pledge\'s addressee ("aus Chile abzuziehen")', () => assert.deepEqual(
    de('Belarus sagte Polen zu, seine Truppen aus Chile abzuziehen.'), ['RETREAT belarus>chile planned']));
  it('"sagte X ein Hilfspaket zu" → AID planned', () => assert.deepEqual(
    de('Die EU sagte Polen ein Hilfspaket über zwei Milliarden Euro zu.'), ['AID eu>poland planned']));
  it('"hat X Militärhilfe zugesagt" (verb last) → AID planned', () => assert.deepEqual(
    de('Die USA haben Polen Militärhilfe im Wert von einer Milliarde Dollar zugesagt.'), ['AID usa>poland planned']));
  it('negative: a pledge with no act in its content stays an AGREE', () => assert.deepEqual(
    de('Tusk sagte der EU zu, die Grenze offen zu halten.'), ['AGREE tusk>eu asserted']));
  it('negative: a pledged threat content is a threat, not a plan ("versprach, … anzugreifen")', () =>
    assertLacks(de('Belarus versprach, Polen anzugreifen.'), /planned/u));
});

describe('events: a subject that is the source again hides the accused', () => {
  const whole = (text: string): string[] => engineEvents(text, '2026-01-13').map(brief);
  it('"He said that Chile\'s government continued to commit abuses" (the speaker accuses Chile, not himself)', () =>
    assertHas(whole('Tusk criticises Chile\nDonald Tusk, the Polish prime minister, spoke in Warsaw on Monday. He said that Chile’s government continued to commit grave human rights abuses.\n'),
      'ACCUSE donald-tusk>chile asserted'));
});

describe('events: one act named by two triggers of one sentence', () => {
  it('en: "travel to X next week to meet Y" is the meeting with Y, not a visit to X as well', () => assert.deepEqual(
    en('Tusk said he would travel to Washington next week to meet the president of Chile.'), ['CONSULT tusk>chile planned']));
  it('negative: a journey and a meeting coordinated with "and" stay what they are', () =>
    assertHas(en('Tusk flew to Washington and met the president of Chile.'), 'CONSULT tusk>usa asserted'));
  it('en: a threat pattern inside a longer one of the same type is the same threat ("warned that … would take all necessary measures")', () =>
    assert.equal(en('Tusk warned Belarus that Poland would take all necessary measures.').filter((e) => e.startsWith('THREATEN')).length, 1));
});

describe('events: an obligation in a quote is the speaker\'s demand', () => {
  const whole = (text: string): string[] => engineEvents(text, '2026-09-22').map(brief);
  it('de: "Belgrad müsse die beiden sofort freilassen" (continued speech of Kurti) → REQUEST kurti>serbia, no release', () => {
    const got = whole('Streit um Polizisten\nSerbische Sicherheitskräfte haben am Montag zwei kosovarische Polizisten festgenommen. Der kosovarische Premier Albin Kurti sprach von einer Entführung. Belgrad müsse die beiden sofort freilassen.\n');
    assertHas(got, 'REQUEST albin-kurti>serbia asserted');
    assertLacks(got, /^RETREAT/u);
  });
  it('en: "Macron said Russia must withdraw its troops" → REQUEST macron>russia', () =>
    assert.deepEqual(whole('Title\nFrench President Emmanuel Macron said Russia must withdraw its troops from Ukraine.\n'), ['REQUEST emmanuel-macron>russia asserted']));
  it('negative: the speaker\'s own state must act — a plan, not a demand', () =>
    assertLacks(whole('Titel\nPolen müsse Truppen an die Grenze zu Belarus verlegen, sagte der polnische Regierungschef Donald Tusk.\n'), /^REQUEST/u));
  it('negative: an obligation nobody states is no demand', () =>
    assertLacks(whole('Titel\nRussland muss seine Truppen aus der Ukraine abziehen.\n'), /^REQUEST/u));
});

describe('events (de): lexicon coverage written for issue #6', () => {
  it('sanctions imposed, verb last ("hatte … Einreiseverbote gegen zwölf belarussische Beamte verhängt"); a numeral before the target', () => assert.deepEqual(
    de('Bereits vergangene Woche hatte Polen Einreiseverbote gegen zwölf belarussische Beamte verhängt.'), ['SANCTION poland>belarus asserted']));
  it('en: a numeral between the preposition and the target ("against twelve Belarusian officials")', () =>
    assertHas(en('Poland imposed entry bans against twelve Belarusian officials.'), 'SANCTION poland>belarus asserted'));
  it('raised readiness with a long object between ("versetzte … mehrere Einheiten entlang der Grenze in erhöhte Bereitschaft")', () => assert.deepEqual(
    de('Zugleich versetzte Tusk nach eigenen Angaben mehrere Armeeeinheiten entlang der Grenze in erhöhte Bereitschaft.'), ['MOBILIZE tusk>- asserted']));
  it('higher defence spending is MOBILIZE ("werde seine Verteidigungsausgaben verdoppeln", "erhöhte seine Militärausgaben")', () => {
    assert.deepEqual(de('Polen werde seine Verteidigungsausgaben bis 2029 verdoppeln, kündigte Tusk an.'), ['MOBILIZE poland>- planned']);
    assert.deepEqual(de('Chile erhöhte seine Militärausgaben deutlich.'), ['MOBILIZE chile>- asserted']);
  });
  it('strengthening deterrence after the subject and its possessive ("werde Belarus seine Abschreckung weiter stärken")', () => assert.deepEqual(
    de('Solange die Manöver andauerten, werde Belarus seine Abschreckung weiter stärken.'), ['MOBILIZE belarus>- planned']));
  it('negative: strengthening cooperation is no mobilisation', () =>
    assertLacks(de('Polen stärkte die Zusammenarbeit mit der EU.'), /^MOBILIZE/u));
});

describe('events (de): Swiss spelling and relative clauses', () => {
  it('a trigger form with ß also matches its Swiss ss spelling ("schliesst", "begrüsste")', () => {
    assert.deepEqual(de('Polen schliesst die Grenze zu Belarus.'), ['SANCTION poland>belarus asserted']);
    assert.deepEqual(de('Chile begrüsste die Waffenruhe zwischen Polen und Belarus.'), ['SUPPORT chile>poland asserted', 'SUPPORT chile>belarus asserted']);
  });
  it('negative: the comma closing a relative clause opens no coordinated predicate (its addressee is not inherited)', () =>
    assertLacks(de('Chile, das Peru militärisch unterstützt, begrüsste die Entscheidung.'), /^SUPPORT chile>peru/u));
});

describe('events (de): a person named after a title is the antecedent, not the title\'s prefix', () => {
  it('"Die Uno-Sondergesandte Hanna Tetteh … Sie drohte …" → Tetteh threatens, not the UN', () =>
    assertHas(de('Die Uno-Sondergesandte Hanna Tetteh sprach von einem wichtigen Schritt. Sie drohte Chile mit Konsequenzen.'), 'THREATEN hanna-tetteh>chile asserted'));
  it('a masculine pronoun skips a person named after a feminine title ("seine Sprecherin Hanna Tetteh … wirft ihm vor")', () =>
    assertHas(de('Tusk habe lediglich zur Ruhe aufgerufen, erklärte seine Sprecherin Hanna Tetteh. Chile wirft ihm vor, die Grenze blockiert zu haben.'), 'ACCUSE chile>tusk asserted'));
});

describe('events: an act of conflict is never directed at the doer\'s own state', () => {
  it('en: "Tusk warned that Poland would take all necessary measures" → a threat with no target, not against Poland', () => {
    const got = en('Tusk warned that Poland would take all necessary measures.');
    assertLacks(got, />poland/u);
    // (the threat is made: the modal is inside what is threatened)
    assertHas(got, 'THREATEN tusk>- asserted');
  });
  it('negative: a threat against another state keeps its target', () =>
    assertHas(en('Tusk warned Belarus of consequences.'), 'THREATEN tusk>belarus asserted'));
  it('de: the state a person speaks for restating the person\'s act nearby is the same act ("Tusk wies die Drohung zurück. »Polen lässt sich nicht erpressen«")', () => {
    const got = codeText('de', 'Titel\nBelarus drohte Polen mit Sanktionen. Tusk wies die Drohung zurück. »Polen lässt sich nicht erpressen«, sagte er.', ACTORS).map(brief);
    assertHas(got, 'REJECT tusk>belarus asserted');
    assertLacks(got, /^REJECT poland>-/u);
  });
});

describe('events (en): "and" before an auxiliary continues the main clause', () => {
  it('"Minsk views Poland as a threat and has not ruled out using force" → Belarus, not Poland (the "as" is no subordinator)', () => {
    const got = en('Minsk views Poland as part of its sphere and has not ruled out using force against it.');
    assertLacks(got, /^THREATEN poland/u);
    assertHas(got, 'THREATEN belarus>- asserted');
  });
});

describe('events: a request for a body\'s meeting is addressed to that body', () => {
  it('de: "beantragte eine Sondersitzung der EU" → REQUEST poland>eu', () =>
    assertHas(de('Polen beantragte eine Sondersitzung der EU.'), 'REQUEST poland>eu asserted'));
  it('en: "requested an emergency meeting of the European Union" → REQUEST poland>eu', () =>
    assertHas(en('Poland requested an emergency meeting of the European Union.'), 'REQUEST poland>eu asserted'));
  it('negative: a request with no meeting in it gets no addressee from a genitive', () =>
    assertLacks(de('Polen beantragte die Auslieferung des Verdächtigen.'), /^REQUEST poland>eu/u));
});

describe('events (de): what an agreement or plan provides for is planned', () => {
  it('"Die Vereinbarung sah vor, dass Polen seine Truppen abzieht" → RETREAT planned', () =>
    assertHas(de('Die Vereinbarung sah vor, dass Polen seine Truppen abzieht.'), 'RETREAT poland>- planned'));
  it('"Der Plan sieht vor, dass die EU Sanktionen gegen Belarus verhängt" → SANCTION planned', () =>
    assert.deepEqual(de('Der Plan sieht vor, dass die EU Sanktionen gegen Belarus verhängt.'), ['SANCTION eu>belarus planned']));
});

describe('events (de): a danger someone faces is no threat', () => {
  it('"Ihm drohen bis zu neun Jahre Haft" after an arrest → no THREATEN', () =>
    assertLacks(de('Belarus nahm Tusk fest. Ihm drohen bis zu neun Jahre Haft.'), /^THREATEN/u));
  it('negative: a threat with an instrument, an addressee or a zu-infinitive stays', () => {
    assertHas(de('Belarus drohte mit Vergeltung.'), 'THREATEN belarus>- asserted');
    assertHas(de('Belarus drohte Polen.'), 'THREATEN belarus>poland asserted');
    assertHas(de('Belarus drohte, die Grenze zu schließen.'), 'THREATEN belarus>- asserted');
  });
});

describe('events: a demand to release people is made of whoever holds them', () => {
  it('"forderte die Freilassung Tusks" after Belarus detained him (however far back) → REQUEST eu>belarus', () => {
    const got = de('Belarus nahm am Montag den Politiker Tusk fest. Chile zeigte sich besorgt. Peru schwieg. Polen protestierte. Die Lage blieb angespannt. Die Grenze blieb offen. Die EU forderte die Freilassung Tusks.');
    assertHas(got, 'REQUEST eu>belarus asserted');
    assertLacks(got, /^REQUEST eu>tusk/u);
  });
  it('negative: with no detention reported, the genitive stays the target', () =>
    assertHas(de('Die EU forderte die Freilassung Tusks.'), 'REQUEST eu>tusk asserted'));
});

describe('events (en): "X and that Y" is no pair of parties', () => {
  it('"both sides" after "to meet Chile and that the European Union …" are not Chile and the EU', () => {
    const got = en('Poland and Belarus clashed at the border on Monday. Tusk said he would travel to Santiago to meet Chile and that the European Union remained ready to help. Peru urged both sides to show restraint.');
    assertLacks(got, /^REQUEST peru>(chile|eu)/u);
  });
});

describe('events: a refused consultation is refused to its partner', () => {
  it('en: "rejected talks with Belarus" → REJECT poland>belarus', () =>
    assert.deepEqual(en('Poland rejected talks with Belarus.'), ['REJECT poland>belarus asserted']));
  it('de: a fronted object ("Verhandlungen mit Belarus lehnte er ab")', () =>
    assertHas(de('Tusk sprach am Montag in Warschau. Verhandlungen mit Belarus lehnte er ab.'), 'REJECT tusk>belarus asserted'));
  it('negative: rejected talks with no partner named have no target', () =>
    assertLacks(en('Poland rejected the talks.'), /^REJECT poland>\w/u));
});

describe('events: a protest is about whoever acts in the clause that gives its occasion', () => {
  it('en: "said it had lodged a protest after Belarus closed the border" → ACCUSE poland>belarus', () =>
    assertHas(en('Poland said it had lodged a protest after Belarus closed the border.'), 'ACCUSE poland>belarus asserted'));
  it('en: an adjective actor ("after a Belarusian helicopter entered its airspace")', () =>
    assertHas(en('Poland lodged a protest after a Belarusian helicopter entered its airspace.'), 'ACCUSE poland>belarus asserted'));
  it('de: "legte Protest ein, nachdem Belarus die Grenze geschlossen hatte" → ACCUSE poland>belarus', () =>
    assertHas(de('Polen legte Protest ein, nachdem Belarus die Grenze geschlossen hatte.'), 'ACCUSE poland>belarus asserted'));
  it('negative: no actor in the occasion clause, no target', () =>
    assertLacks(en('Poland lodged a protest after the talks ended.'), /^ACCUSE poland>\w/u));
  it('negative: the protester\'s own side in the occasion clause is no target', () =>
    assertLacks(en('Tusk lodged a protest after Poland closed the border.'), /^ACCUSE tusk>poland/u));
});

describe('events: modality of statements and planned nouns', () => {
  it('en: a modal inside a threat\'s own pattern is its content ("warned that … would take all necessary measures" is asserted)', () =>
    // (Belarus as the addressee: with "warned that Belarus would take …" the act announced would be Belarus's, no threat of Tusk's)
    assertHas(en('Tusk warned Belarus that Poland would take all necessary measures.'), 'THREATEN tusk>belarus asserted'));
  it('negative: a negator inside the pattern still negates', () =>
    assertHas(en('Tusk said Poland would not impose sanctions on Belarus.'), 'SANCTION poland>belarus negated'));
  it('en: "could overshadow a planned visit to Minsk by Tusk" → the visit is planned', () =>
    assertHas(en('Analysts said the row could overshadow a planned visit to Minsk by Tusk next month.'), 'CONSULT tusk>belarus planned'));
  it('de: an expected act is hypothetical ("Diplomaten erwarten, dass …")', () =>
    assertHas(de('Diplomaten erwarten, dass Polen neue Sanktionen gegen Belarus verhängt.'), 'SANCTION poland>belarus hypothetical'));
});

describe('events (en): the speaker\'s own side\'s future, announced, is planned', () => {
  const whole = (text: string): string[] => engineEvents(text, '2026-01-13').map(brief);
  it('"Tusk said Poland would close the border" → planned', () =>
    assertHas(whole('Title\nPolish Prime Minister Donald Tusk said Poland would close the border with Belarus.\n'), 'SANCTION poland>belarus planned'));
  it('negative: an unnamed group\'s guess stays hypothetical ("Analysts said Poland would …")', () =>
    assertHas(whole('Title\nAnalysts said Poland would close the border with Belarus.\n'), 'SANCTION poland>belarus hypothetical'));
  it('negative: another state\'s future in the speaker\'s words stays hypothetical ("Tusk said Russia would attack …")', () =>
    assertHas(whole('Title\nPolish Prime Minister Donald Tusk said Russia would attack Lithuania.\n'), 'ASSAULT russia>lithuania hypothetical'));
});
