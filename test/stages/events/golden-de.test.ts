import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeText, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russland', 'Moskau', 'Kreml', ['russische', 'adjective'], ['russischen', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Peking'] },
  { id: 'usa', type: 'GPE', forms: ['USA', 'US', 'Washington'] },
  { id: 'north-korea', type: 'GPE', forms: ['Nordkorea', 'Pjöngjang'] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine'] },
  { id: 'france', type: 'GPE', forms: ['Frankreich'] },
  { id: 'germany', type: 'GPE', forms: ['Deutschland', 'Berlin'] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Teheran', ['iranische', 'adjective'], ['iranischen', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel'] },
  { id: 'taiwan', type: 'GPE', forms: ['Taiwan'] },
  { id: 'eu', type: 'ORG', forms: ['EU'] },
  { id: 'vladimir-putin', type: 'PER', forms: ['Putin'], roles: [{ role: 'Präsident', of: 'russia', source: 'kb' }] },
  { id: 'emmanuel-macron', type: 'PER', forms: ['Macron'] },
  { id: 'volodymyr-zelensky', type: 'PER', forms: ['Selenskyj'] },
  { id: 'alexei-navalny', type: 'PER', forms: ['Nawalny'] },
];

const code = sentenceCoder('de', ACTORS);

describe('events (de): one sentence per PLOVER type', () => {
  const cases: [string, string][] = [
    ['Russland und China unterzeichneten ein Abkommen über Energie.', 'AGREE russia>china asserted'],
    ['Putin traf sich in Moskau mit Macron.', 'CONSULT vladimir-putin>emmanuel-macron asserted'],
    ['Frankreich lobte die Entscheidung der Ukraine.', 'SUPPORT france>ukraine asserted'],
    ['Die USA hoben die Sanktionen gegen den Iran auf.', 'CONCEDE usa>iran asserted'],
    ['Russland und Nordkorea arbeiten bei der Raumfahrt zusammen.', 'COOPERATE russia>north-korea asserted'],
    ['Deutschland schickt Munition an die Ukraine.', 'AID germany>ukraine asserted'],
    ['Russland zog seine Truppen aus der Ukraine ab.', 'RETREAT russia>ukraine asserted'],
    ['Macron forderte Putin zu Verhandlungen auf.', 'REQUEST emmanuel-macron>vladimir-putin asserted'],
    ['China kritisierte die USA scharf.', 'ACCUSE china>usa asserted'],
    ['Nordkorea wies den Vorschlag der USA zurück.', 'REJECT north-korea>usa asserted'],
    ['Nordkorea drohte den USA mit Vergeltung.', 'THREATEN north-korea>usa asserted'],
    ['Tausende demonstrierten am Montag in Teheran gegen Israel.', 'PROTEST iran>israel asserted'],
    ['Die EU verhängte neue Sanktionen gegen Russland.', 'SANCTION eu>russia asserted'],
    ['China hielt große Manöver um Taiwan ab.', 'MOBILIZE china>taiwan asserted'],
    ['Russland verhaftete den Oppositionellen Nawalny.', 'COERCE russia>alexei-navalny asserted'],
    ['Israel griff am Samstag Ziele im Iran an.', 'ASSAULT israel>iran asserted'],
  ];
  for (const [s, want] of cases) it(want.split(' ')[0]!, () => assert.deepEqual(code(s), [want]));
});

describe('events (de): modality', () => {
  it('asserted', () => assert.deepEqual(code('Putin empfing Macron im Kreml.'), ['CONSULT vladimir-putin>emmanuel-macron asserted']));
  it('planned: wird … reisen', () => assert.deepEqual(code('Putin wird nächste Woche nach China reisen.'), ['CONSULT vladimir-putin>china planned']));
  it('planned: plant', () => assert.deepEqual(code('Die EU plant, neue Sanktionen gegen Russland zu verhängen.'), ['SANCTION eu>russia planned']));
  it('hypothetical: könnte', () => assert.deepEqual(code('Die USA könnten neue Sanktionen gegen den Iran verhängen.'), ['SANCTION usa>iran hypothetical']));
  it('hypothetical: hofft auf', () => assert.deepEqual(code('Nordkorea hofft auf ein Treffen mit den USA.'), ['CONSULT north-korea>usa hypothetical']));
  it('negated: nicht', () => assert.deepEqual(code('Macron traf sich nicht mit Putin.'), ['CONSULT emmanuel-macron>vladimir-putin negated']));
  it('negated: kein', () => assert.deepEqual(code('Es gibt kein Treffen zwischen Putin und Selenskyj.'), ['CONSULT vladimir-putin>volodymyr-zelensky negated']));
});

describe('events (de): negative cases', () => {
  it('weather yields no event', () => assert.deepEqual(code('In Berlin regnet es seit Tagen, am Wochenende wird Sturm erwartet.'), []));
  it('sport yields no event', () => assert.deepEqual(code('Bayern München besiegte Borussia Dortmund am Samstag mit 3:1.'), []));
  it('market figures yield no event', () => assert.deepEqual(code('Der DAX stieg am Montag um zwei Prozent, der Ölpreis fiel.'), []));
  it('a cancelled meeting is negated, never asserted', () => assert.deepEqual(code('Das Treffen zwischen Putin und Selenskyj wurde abgesagt.'), ['CONSULT vladimir-putin>volodymyr-zelensky negated']));
  it('a denied meeting is negated, never asserted', () => assert.deepEqual(code('Der Kreml dementierte ein Treffen zwischen Putin und Selenskyj.'), ['CONSULT vladimir-putin>volodymyr-zelensky negated']));
  it('a background state is no event', () => assert.deepEqual(code('Der Krieg gegen die Ukraine dauert an.'), []));
});

describe('events (de): frames', () => {
  it('passive: wurde von … empfangen', () => assert.deepEqual(code('Macron wurde von Putin im Kreml empfangen.'), ['CONSULT vladimir-putin>emmanuel-macron asserted']));
  it('nominal frame with prefix and genitive: die US-Bombardierung der iranischen Atomanlagen', () =>
    assert.deepEqual(code('Nordkorea zog Lehren aus der US-Bombardierung der iranischen Atomanlagen.'), ['ASSAULT usa>iran asserted']));
  it('nominal frame: die Lieferung von Öl an Nordkorea', () => assert.deepEqual(code('Russland verstärkte die Lieferung von Öl an Nordkorea.'), ['AID russia>north-korea asserted']));
  it('coordinated actors: one event each', () => assert.deepEqual(code('Russland und China kritisieren die USA.'), ['ACCUSE russia>usa asserted', 'ACCUSE china>usa asserted']));
  it('separable verb: ordnete … an', () => assert.deepEqual(code('Putin ordnete Maßnahmen gegen die Ukraine an.'), ['CONCEDE vladimir-putin>ukraine asserted']));
  it('date from the clause', () => {
    const ev = codeText('de', 'Titel\nAm Montag griff Israel den Iran an.', ACTORS, [{ text: 'Am Montag', value: '2025-07-28' }]);
    assert.equal(ev[0]?.date, '2025-07-28');
  });
  it('no date without a time expression (never the publication date)', () => {
    const ev = codeText('de', 'Titel\nIsrael griff den Iran an.', ACTORS);
    assert.equal(ev[0]?.date, null);
  });
  it('evidence, trigger and rule', () => {
    const [e] = codeText('de', 'Titel\nChina kritisierte die USA scharf.', ACTORS);
    assert.ok(e);
    assert.equal(e.evidence, 'China kritisierte die USA scharf.');
    assert.equal(e.trigger.text, 'kritisierte');
    assert.match(e.rule, /^de\.accuse\.kritisieren#/);
    assert.equal(e.cameo, '11');
    assert.equal(e.quad, 'verbal-conflict');
  });
});
