import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', 'Kremlin', ['Russian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'US', 'Washington', ['American', 'adjective']] },
  { id: 'north-korea', type: 'GPE', forms: ['North Korea', 'Pyongyang'] },
  { id: 'south-korea', type: 'GPE', forms: ['South Korea', 'Seoul'] },
  { id: 'japan', type: 'GPE', forms: ['Japan'] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine'] },
  { id: 'france', type: 'GPE', forms: ['France'] },
  { id: 'germany', type: 'GPE', forms: ['Germany', 'Berlin'] },
  { id: 'united-kingdom', type: 'GPE', forms: ['Britain', 'London', ['British', 'adjective']] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective']] },
  { id: 'taiwan', type: 'GPE', forms: ['Taiwan'] },
  { id: 'eu', type: 'ORG', forms: ['European Union', 'EU'] },
  { id: 'vladimir-putin', type: 'PER', forms: ['Vladimir Putin', 'Putin'], roles: [{ role: 'president', of: 'russia', source: 'kb' }] },
  { id: 'emmanuel-macron', type: 'PER', forms: ['Emmanuel Macron', 'Macron'] },
  { id: 'volodymyr-zelensky', type: 'PER', forms: ['Zelensky'] },
];

const code = sentenceCoder('en', ACTORS);

describe('events (en): one sentence per PLOVER type', () => {
  const cases: [string, string][] = [
    ['Russia and China signed a trade agreement on Monday.', 'AGREE russia>china asserted'],
    ['Putin met with Macron in Moscow.', 'CONSULT vladimir-putin>emmanuel-macron asserted'],
    ['France praised Ukraine for its reforms.', 'SUPPORT france>ukraine asserted'],
    ['The United States lifted sanctions on Iran.', 'CONCEDE usa>iran asserted'],
    ['Japan and South Korea launched joint exercises.', 'COOPERATE japan>south-korea asserted'],
    ['Germany sent weapons to Ukraine.', 'AID germany>ukraine asserted'],
    ['Russia withdrew its troops from Ukraine.', 'RETREAT russia>ukraine asserted'],
    ['Macron urged Putin to end the war.', 'REQUEST emmanuel-macron>vladimir-putin asserted'],
    ['China accused the United States of interference.', 'ACCUSE china>usa asserted'],
    ['North Korea rejected the offer of the United States.', 'REJECT north-korea>usa asserted'],
    ['North Korea threatened the United States with nuclear strikes.', 'THREATEN north-korea>usa asserted'],
    ['Thousands of protesters demonstrated against Israel in London.', 'PROTEST united-kingdom>israel asserted'],
    ['The European Union imposed new sanctions on Russia.', 'SANCTION eu>russia asserted'],
    ['China held large drills around Taiwan.', 'MOBILIZE china>taiwan asserted'],
    ['Iran seized a British tanker.', 'COERCE iran>united-kingdom asserted'],
    ['Israel attacked Iran on Saturday.', 'ASSAULT israel>iran asserted'],
  ];
  for (const [s, want] of cases) it(want.split(' ')[0]!, () => assert.deepEqual(code(s), [want]));
});

describe('events (en): modality', () => {
  it('asserted', () => assert.deepEqual(code('Putin received Macron in the Kremlin.'), ['CONSULT vladimir-putin>emmanuel-macron asserted']));
  it('planned: will', () => assert.deepEqual(code('Putin will travel to China next week.'), ['CONSULT vladimir-putin>china planned']));
  it('planned: is to', () => assert.deepEqual(code('Japan is to host Macron in May.'), ['CONSULT japan>emmanuel-macron planned']));
  it('hypothetical: could', () => assert.deepEqual(code('The United States could impose sanctions on Iran.'), ['SANCTION usa>iran hypothetical']));
  it('hypothetical: if', () => assert.deepEqual(code('If talks fail, Israel would attack Iran.'), ['ASSAULT israel>iran hypothetical']));
  it('negated: did not', () => assert.deepEqual(code('Macron did not meet Putin.'), ['CONSULT emmanuel-macron>vladimir-putin negated']));
  it('negated: never', () => assert.deepEqual(code('China has never attacked Taiwan.'), ['ASSAULT china>taiwan negated']));
});

describe('events (en): negative cases', () => {
  it('weather yields no event', () => assert.deepEqual(code('Heavy rain is expected in London this weekend.'), []));
  it('sport yields no event', () => assert.deepEqual(code('Manchester United beat Liverpool 2-1 on Sunday.'), []));
  it('market figures yield no event', () => assert.deepEqual(code('The Dow Jones rose 2 percent and oil prices fell in London.'), []));
  it('a cancelled meeting is negated, never asserted', () => assert.deepEqual(code('The meeting between Putin and Zelensky was cancelled.'), ['CONSULT vladimir-putin>volodymyr-zelensky negated']));
  it('a denied meeting is negated, never asserted', () => assert.deepEqual(code('The Kremlin denied that Putin met Zelensky.'), ['CONSULT vladimir-putin>volodymyr-zelensky negated']));
  it('a background state is no event', () => assert.deepEqual(code('The war against Ukraine continues.'), []));
});

describe('events (en): frames', () => {
  it('passive: was received by', () => assert.deepEqual(code('Macron was received by Putin in Moscow.'), ['CONSULT vladimir-putin>emmanuel-macron asserted']));
  it('nominal frame with adjective: American sanctions against Iran', () => assert.deepEqual(code('American sanctions against Iran hurt its economy.'), ['SANCTION usa>iran asserted']));
  it('coordinated targets: one event each', () => assert.deepEqual(code('Russia condemned Israel and the United States.'), ['ACCUSE russia>israel asserted', 'ACCUSE russia>usa asserted']));
  it('a governed complement is not an event of its own', () => assert.deepEqual(code('North Korea threatened to attack South Korea.'), ['THREATEN north-korea>south-korea asserted']));
  it('pronoun resolved to the last named actor', () => assert.deepEqual(code('Putin arrived in Beijing. He met Chinese officials.'), ['CONSULT vladimir-putin>china asserted']));
  it('pronoun policy "person" (default) codes the person a pronoun refers to', () => {
    const ev = codeText('en', 'Title\nPutin spoke at length. He condemned Ukraine.', ACTORS);
    assert.deepEqual(ev.map(brief), ['ACCUSE vladimir-putin>ukraine asserted']);
  });
  it('pronoun policy "state" codes the person\'s state', () => {
    const actors: ActorSpec[] = ACTORS.map((a) => (a.id === 'vladimir-putin' ? { ...a, forms: [...a.forms, ['He', 'pronoun']] } : a));
    const ev = codeText('en', 'Title\nPutin spoke at length. He condemned Ukraine.', actors, [], '2025-07-31', { pronounActors: 'state' });
    assert.deepEqual(ev.map(brief), ['ACCUSE russia>ukraine asserted']);
  });
});

describe('events (en): robustness', () => {
  it('a text without sentences or actors yields no event and no error', () => {
    assert.deepEqual(code(''), []);
    assert.deepEqual(code('!!! ??? …'), []);
  });
  it('every event carries the crosswalk fields', () => {
    const [e] = codeText('en', 'Title\nIsrael attacked Iran on Saturday.', ACTORS);
    assert.ok(e);
    assert.equal(e.cameo, '18');
    assert.equal(e.quad, 'material-conflict');
    assert.ok(e.weight < 0);
    assert.equal(e.stage, 'events');
  });
});
