import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { assertHas, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * English criticism and its neighbours in wire language (issue #6): verbal criticism, condemnation, blame and
 * warnings against a policy are ACCUSE (dev README), rejections of demands and accusations REJECT. Every sentence
 * was written for these tests; the expected reading was decided by the corpus conventions before the engine ran.
 * Negatives keep sport, market and weather uses of the same verbs, and literal fire, out.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', 'Kremlin', ['Russian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington', ['US', 'adjective'], ['American', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv', ['Ukrainian', 'adjective']] },
  { id: 'japan', type: 'GPE', forms: ['Japan', 'Tokyo', ['Japanese', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective']] },
  { id: 'spain', type: 'GPE', forms: ['Spain', 'Madrid'] },
  { id: 'serbia', type: 'GPE', forms: ['Serbia', 'Belgrade', ['Serbian', 'adjective']] },
  { id: 'kosovo', type: 'GPE', forms: ['Kosovo', 'Pristina'] },
  { id: 'estonia', type: 'GPE', forms: ['Estonia', 'Tallinn'] },
  { id: 'netherlands', type: 'GPE', forms: ['Netherlands', ['Dutch', 'adjective']] },
  { id: 'poland', type: 'GPE', forms: ['Poland', 'Warsaw', ['Polish', 'adjective']] },
  { id: 'hungary', type: 'GPE', forms: ['Hungary', 'Budapest', ['Hungarian', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'afghanistan', type: 'GPE', forms: ['Afghanistan', 'Kabul'] },
  { id: 'germany', type: 'GPE', forms: ['Germany', 'Berlin', ['German', 'adjective']] },
  { id: 'france', type: 'GPE', forms: ['France', 'Paris', ['French', 'adjective']] },
  { id: 'algeria', type: 'GPE', forms: ['Algeria', 'Algiers'] },
  { id: 'egypt', type: 'GPE', forms: ['Egypt', 'Cairo', ['Egyptian', 'adjective']] },
  { id: 'eu', type: 'ORG', forms: ['European Union', 'EU'] },
  { id: 'wto', type: 'ORG', forms: ['WTO'] },
  { id: 'european-commission', type: 'ORG', forms: ['European Commission'] },
  { id: 'european-parliament', type: 'ORG', forms: ['European Parliament'] },
  { id: 'hezbollah', type: 'ORG', forms: ['Hezbollah'] },
  { id: 'viktor-orban', type: 'PER', forms: ['Viktor Orban', 'Orban'] },
  { id: 'pedro-sanchez', type: 'PER', forms: ['Pedro Sanchez', 'Sanchez'] },
  { id: 'ohtani', type: 'PER', forms: ['Ohtani'] },
  { id: 'india', type: 'GPE', forms: ['India', 'New Delhi', ['Indian', 'adjective']] },
  { id: 'north-korea', type: 'GPE', forms: ['North Korea', 'Pyongyang'] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'united-kingdom', type: 'GPE', forms: ['Britain', 'London', ['British', 'adjective']] },
];

const code = sentenceCoder('en', ACTORS);
const has = (s: string, want: string): void => assertHas(code(s), want);

describe('events (en): criticism received — the source follows "from", the target is the subject', () => {
  const cases: [string, string][] = [
    ['Israel faced criticism from France over the Gaza offensive.', 'ACCUSE france>israel asserted'],
    ['Hungary drew sharp criticism from Poland on Monday.', 'ACCUSE poland>hungary asserted'],
    ['Japan has attracted condemnation from China for the release of treated water.', 'ACCUSE china>japan asserted'],
    ['Orban came under fire from Poland over his meeting in Moscow.', 'ACCUSE poland>viktor-orban asserted'],
    ['Orban came under sharp criticism from the European Commission.', 'ACCUSE european-commission>viktor-orban asserted'],
    ['Israel pressed ahead despite criticism from the United States.', 'ACCUSE usa>israel asserted'],
    ['Iran came in for criticism from France over its nuclear programme.', 'ACCUSE france>iran asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('literal fire from a named force is an attack, not criticism', () => {
    assert.deepEqual(code('An Israeli patrol came under heavy fire from Hezbollah near the border.'), ['ASSAULT hezbollah>israel asserted']);
  });
  it('fire from a force on something unnamed is no event', () => assert.deepEqual(code('The convoy came under fire from Hezbollah on Monday.'), []));
});

describe('events (en): nominal criticism and reactions', () => {
  const cases: [string, string][] = [
    ["Spain's criticism of Israel angered the government.", 'ACCUSE spain>israel asserted'],
    ['Germany voiced criticism of Hungary at the summit.', 'ACCUSE germany>hungary asserted'],
    ["Russia's condemnation of Ukraine was swift.", 'ACCUSE russia>ukraine asserted'],
    ['China expressed strong dissatisfaction with the Netherlands.', 'ACCUSE china>netherlands asserted'],
    ['Japan voiced frustration over the Chinese decision.', 'ACCUSE japan>china asserted'],
    ["France said it was outraged by Algeria's decision.", 'ACCUSE france>algeria asserted'],
    ["Germany was appalled by Russia's attack on Kyiv.", 'ACCUSE germany>russia asserted'],
    ['Beijing reacted angrily to the American decision.', 'ACCUSE china>usa asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('an experiencer object ("angered X") is not the accuser', () => {
    assert.ok(!code("Spain's criticism of Israel angered Washington.").includes('ACCUSE spain>usa asserted'));
  });
  it('outraged by: the one outraged accuses, no passive swap', () => {
    assert.ok(!code('China was outraged by the American move.').includes('ACCUSE usa>china asserted'));
  });
});

describe('events (en): evaluations with a name, a label or a verdict', () => {
  const cases: [string, string][] = [
    ['Kyiv branded the Russian referendum a sham.', 'ACCUSE ukraine>russia asserted'],
    ['Ukraine branded Orban a Kremlin mouthpiece.', 'ACCUSE ukraine>viktor-orban asserted'],
    ['Ukraine branded Russia an aggressor.', 'ACCUSE ukraine>russia asserted'],
    ['Russia called the Ukrainian government neo-Nazis.', 'ACCUSE russia>ukraine asserted'],
    ['Russia blamed the explosion on Ukraine.', 'ACCUSE russia>ukraine asserted'],
    ['Sanchez took a swipe at Israel during his speech.', 'ACCUSE pedro-sanchez>israel asserted'],
    ["Germany attacked Hungary's migration policy.", 'ACCUSE germany>hungary asserted'],
    ["Poland questioned Hungary's commitment to the alliance.", 'ACCUSE poland>hungary asserted'],
    ['Pakistan registered a strong protest with Afghanistan.', 'ACCUSE pakistan>afghanistan asserted'],
    ['Japan lodged a protest to China.', 'ACCUSE japan>china asserted'],
    ["Japan's protest to China over the incursion was rejected.", 'ACCUSE japan>china asserted'],
    ['China lodged stern representations with the United States.', 'ACCUSE china>usa asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('blamed X for the attack on Y: X is blamed, not Y', () => assert.deepEqual(code('Ukraine blamed Russia for the attack on Kyiv.'), ['ACCUSE ukraine>russia asserted']));
  it('a narrated violation without a speaker is no accusation', () => {
    assert.ok(!code('Russia violated Estonian airspace on Tuesday.').some((e) => e.startsWith('ACCUSE')));
  });
  it('called X on Tuesday: a call, no label', () => assert.deepEqual(code('Germany called Japan on Tuesday.'), ['CONSULT germany>japan asserted']));
  it('called on X to stop its provocative …: a request, not a label', () => {
    assert.deepEqual(code('China called on Japan to stop its provocative actions.'), ['REQUEST china>japan asserted']);
  });
  it('called upon X not to …: the negation stays with the complement', () => {
    assert.deepEqual(code('Germany called upon Moscow not to expand the offensive.'), ['REQUEST germany>russia asserted']);
  });
});

describe('events (en): rejections in wire language', () => {
  const cases: [string, string][] = [
    ['Hungary brushed aside the demands of the European Commission.', 'REJECT hungary>european-commission asserted'],
    ['Serbia rebuffed a request by the European Parliament to release the activists.', 'REJECT serbia>european-parliament asserted'],
    ['Russia dismissed the accusations by Estonia as nonsense.', 'REJECT russia>estonia asserted'],
    ['Pakistan turned down an offer of talks from Afghanistan.', 'REJECT pakistan>afghanistan asserted'],
    ['Iran walked out of talks with the United States.', 'REJECT iran>usa asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
});

describe('events (en): more rejections', () => {
  const cases: [string, string][] = [
    ['Israel pushed back against US calls for a ceasefire.', 'REJECT israel>usa asserted'],
    ['Hungary balked at the EU plan.', 'REJECT hungary>eu asserted'],
    ['Hungary resisted pressure from Poland to drop the deal.', 'REJECT hungary>poland asserted'],
    ['North Korea ignored calls from Japan to halt its missile tests.', 'REJECT north-korea>japan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('had no intention of crossing …: the act is negated, no rejection of its own', () => {
    assert.ok(!code('Russia said it had no intention of crossing into Ukraine.').some((e) => e.startsWith('REJECT')));
  });
  it('pushed back against calls for …: no request, no support', () => {
    assert.ok(!code('Israel pushed back against US calls for a ceasefire.').some((e) => /^(REQUEST|SUPPORT)/u.test(e)));
  });
  it('calls from X to halt …: no ceasefire declared', () => {
    assert.ok(!code('North Korea ignored calls from Japan to halt its missile tests.').some((e) => e.startsWith('CONCEDE')));
  });
  it('declared a ceasefire stays a concession', () => has('Israel declared a ceasefire in Gaza.', 'CONCEDE israel>- asserted'));
});

describe('events (en): expulsions by deadline and diplomatic regret', () => {
  it('gave the ambassador 72 hours to leave: an expulsion', () => assert.deepEqual(code('China gave the Japanese ambassador 72 hours to leave the country.'), ['SANCTION china>japan asserted']));
  it('gave X 24 hours to respond: still an ultimatum', () => assert.deepEqual(code('Russia gave Germany 24 hours to respond.'), ['THREATEN russia>germany asserted']));
  it("regretted X's decision: criticism", () => assert.deepEqual(code("Japan regretted China's decision."), ['ACCUSE japan>china asserted']));
  it('regretted the incident: still a concession', () => assert.deepEqual(code('Japan regretted the incident.'), ['CONCEDE japan>- asserted']));
  it("regretted X's reaction but stood by its decision: criticism, and no support of X", () => {
    // (the refusal continues the exchange its criticism opened: addressed to China, s11 answers.ts)
    assert.deepEqual(code("Japan regretted China's reaction but stood by its decision."), ['ACCUSE japan>china asserted', 'REJECT japan>china asserted']);
  });
  it('stood by X: still support', () => assert.deepEqual(code('Germany stood by Japan.'), ['SUPPORT germany>japan asserted']));
});

describe('events (en): threats of force and coercion', () => {
  it('threatened to expand its offensive into X', () => has('Israel threatened to expand its offensive into Hungary.', 'THREATEN israel>hungary asserted'));
  it('vowed resolute measures against X', () => has('China vowed to take resolute measures against Japan.', 'THREATEN china>japan asserted'));
  it('renewed its threat to invade X: no invasion asserted', () => assert.ok(!code('Russia renewed its threat to invade Ukraine.').some((e) => e.startsWith('ASSAULT'))));
  it("X's threat to cut supplies to Y", () => has("Russia's threat to cut gas supplies to Germany worried Poland.", 'THREATEN russia>germany asserted'));
  it('vowed to take steps to improve ties: no threat', () => assert.ok(!code('China vowed to take steps to improve ties with Japan.').some((e) => e.startsWith('THREATEN'))));
});

describe('events (en): wire frames found on self-written development articles', () => {
  const cases: [string, string][] = [
    ['Russia dismissed the accusations by Poland as hysteria.', 'REJECT russia>poland asserted'],
    ["Hungary summoned Poland's chargé d'affaires on Friday.", 'ACCUSE hungary>poland asserted'],
    ['Germany said it was in close contact with the Japanese authorities.', 'CONSULT germany>japan asserted'],
    ['Poland ordered 500 extra troops to the border with Ukraine.', 'MOBILIZE poland>ukraine asserted'],
    ['Japan began three days of live-fire exercises near China on Monday.', 'MOBILIZE japan>china asserted'],
    ['Hungary has frozen its participation in the European Parliament.', 'REJECT hungary>european-parliament asserted'],
    ['Pakistan and Afghanistan agreed to set up a military hotline.', 'AGREE pakistan>afghanistan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('does not recognise the jurisdiction: a rejection, asserted', () => {
    const actors: ActorSpec[] = [...ACTORS, { id: 'icc', type: 'ORG', forms: ['International Criminal Court'] }];
    const got = codeText('en', 'Title\nRussia does not recognise the jurisdiction of the International Criminal Court.', actors).map(brief);
    assert.deepEqual(got, ['REJECT russia>icc asserted']);
  });
  it('live-fire drills are no use of fire', () => assert.ok(!code('Japan began live-fire exercises near China on Monday.').some((e) => e.startsWith('ASSAULT'))));
  it('a hyphenated cease-fire is no fire', () => assert.deepEqual(code('The cease-fire on Monday held.'), []));
});

describe('events (en): each side … the other', () => {
  it('each side accused the other: one accusation each way between the parties named before', () => {
    const got = code('Poland and Hungary clashed over the deal on Monday. Each side accused the other of lying.');
    assert.ok(got.includes('ACCUSE poland>hungary asserted') && got.includes('ACCUSE hungary>poland asserted'), got.join(', '));
  });
  it('each side blamed the other (end of sentence)', () => {
    const got = code('Poland and Hungary clashed over the deal on Monday. Each side blamed the other.');
    assert.ok(got.includes('ACCUSE poland>hungary asserted') && got.includes('ACCUSE hungary>poland asserted'), got.join(', '));
  });
  it('"the other side of the world" marks no reciprocal act', () => {
    assert.ok(!code('Germany and Japan praised the deal on the other side of the world.').some((e) => e.includes('germany>japan') || e.includes('japan>germany')));
  });
});

describe('events (en): more verbs of criticism and dispute', () => {
  const cases: [string, string][] = [
    ['Germany reproached Russia for the attack.', 'ACCUSE germany>russia asserted'],
    ['China rapped Japan over its human rights record.', 'ACCUSE china>japan asserted'],
    ["Russia mocked Ukraine's counteroffensive.", 'ACCUSE russia>ukraine asserted'],
    ["Egypt lamented Israel's decision to expand the operation.", 'ACCUSE egypt>israel asserted'],
    ['China scoffed at the American claims.', 'ACCUSE china>usa asserted'],
    ['Iran railed against Israel at the summit.', 'ACCUSE iran>israel asserted'],
    ['Poland poured scorn on the Hungarian report.', 'ACCUSE poland>hungary asserted'],
    ['Germany called out Russia for its disinformation campaign.', 'ACCUSE germany>russia asserted'],
    ['China took Japan to task over the visit.', 'ACCUSE china>japan asserted'],
    ['Israel charged that Iran was arming Hezbollah.', 'ACCUSE israel>iran asserted'],
    ['Japan expressed strong displeasure to Beijing.', 'ACCUSE japan>china asserted'],
    ["China disputed Japan's account of the incident.", 'REJECT china>japan asserted'],
    ['Russia questioned the legitimacy of the Ukrainian government.', 'REJECT russia>ukraine asserted'],
    ['India slammed the door on talks with Pakistan.', 'REJECT india>pakistan asserted'],
    ['Russia poured troops into Ukraine.', 'MOBILIZE russia>ukraine asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('called out names: no accusation without an actor', () => assert.deepEqual(code('Germany called out the names of the victims.'), []));
  it('slammed the door on talks is no condemnation', () => assert.ok(!code('India slammed the door on talks with Pakistan.').some((e) => e.startsWith('ACCUSE'))));
});

describe('events (en): pickets, massed forces, stationed weapons, tests and shuttle diplomacy', () => {
  const cases: [string, string][] = [
    ['Japanese activists picketed the Chinese consulate.', 'PROTEST japan>china asserted'],
    ['Russian troops massed near the Ukrainian border.', 'MOBILIZE russia>ukraine asserted'],
    ['Russia stationed nuclear weapons in Hungary.', 'MOBILIZE russia>hungary asserted'],
    ['Iran carried out a missile test on Sunday.', 'MOBILIZE iran>- asserted'],
    ['The US envoy shuttled between Israel and Egypt.', 'CONSULT usa>israel asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // the place of a deployment may be the deployer's own region ("reinforced its units in Roraima state"): only
  // stationing or basing names a host
  it('deployed troops in X: X is only the place', () => assert.deepEqual(code('Russia deployed troops in Hungary.'), ['MOBILIZE russia>- asserted']));
});

describe('events (en): a name after a plain adjective still fills the preposition\'s slot', () => {
  const cases: [string, string][] = [
    ['The EU filed a complaint with the WTO against new US tariffs.', 'ACCUSE eu>usa asserted'],
    ['Germany protested against fresh Russian restrictions.', 'ACCUSE germany>russia asserted'],
    ['The EU condemned the latest Russian attack.', 'ACCUSE eu>russia asserted'],
    ['The United States dismissed the EU case as irrelevant.', 'REJECT usa>eu asserted'],
    ['Washington granted Japan an exemption.', 'CONCEDE usa>japan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
});

describe('events (en): traded accusations — one accusation each way', () => {
  it('X and Y traded accusations', () => assert.deepEqual(code('Poland and Hungary traded accusations on Monday.'), ['ACCUSE poland>hungary asserted', 'ACCUSE hungary>poland asserted']));
  it('X and Y trade blame as talks stall (headline): no talks held', () => assert.deepEqual(code('Poland and Hungary trade blame as talks stall.'), ['ACCUSE poland>hungary asserted', 'ACCUSE hungary>poland asserted']));
  it('X traded barbs with Y', () => assert.deepEqual(code('Russia traded barbs with Japan at the summit.'), ['ACCUSE russia>japan asserted', 'ACCUSE japan>russia asserted']));
  it('X traded oil with Y stays trade', () => assert.deepEqual(code('Russia traded oil with Japan.'), ['COOPERATE russia>japan asserted']));
  it('told journalists … to (a place): no request without an addressee', () => {
    assert.deepEqual(code('Germany told journalists after returning to Berlin that it was pleased.'), []);
  });
  it('told X to …: still a request', () => assert.deepEqual(code('Germany told Japan to leave.'), ['REQUEST germany>japan asserted']));
});

describe('events (en): a summoned ambassador in the passive; paused talks', () => {
  it("X's ambassador was summoned by Y", () => has("Russia's ambassador to Germany was summoned by Poland.", 'ACCUSE poland>russia asserted'));
  it('an ambassador summoned by nobody named is no event', () => assert.deepEqual(code('The ambassador was summoned.'), []));
  it('paused trade talks with X', () => has('Britain paused trade talks with Israel.', 'SANCTION united-kingdom>israel asserted'));
});

describe('events (en): calls for an act, heeded or not; calls and sit-downs with X', () => {
  it('renewed its calls for a ceasefire: a request, no agreement renewed', () => assert.deepEqual(code('Germany renewed its calls for a ceasefire.'), ['REQUEST germany>- asserted']));
  it('ignored calls from X for a ceasefire: a rejection of X', () => assert.deepEqual(code('Israel ignored calls from Germany for a ceasefire.'), ['REJECT israel>germany asserted']));
  it('rejected German calls for a ceasefire', () => assert.deepEqual(code('Israel rejected German calls for a ceasefire.'), ['REJECT israel>germany asserted']));
  it('renewed the ceasefire stays an agreement', () => has('Russia and Ukraine renewed the ceasefire.', 'AGREE russia>ukraine asserted'));
  it('in a call with X, Y …', () => has('In a call with Japan, Germany urged a ceasefire.', 'CONSULT germany>japan asserted'));
  it('sat down with X', () => has('Germany sat down with Japan in Berlin.', 'CONSULT germany>japan asserted'));
});

describe('events (en): a place joined to a border or waters by "with"/"off" fills their slot', () => {
  it('massed troops near the border with X', () => has('China massed troops near the border with India.', 'MOBILIZE china>india asserted'));
  it('held drills in the waters off X', () => has('Chinese warships held drills in the waters off Japan.', 'MOBILIZE china>japan asserted'));
  it('clashed near the border with a third state: the third state is no party', () => {
    assert.ok(!code('Indian and Pakistani troops clashed near the border with China.').some((e) => e.includes('china')));
  });
});

describe('events (en): "behind", "along" and "off" are prepositions (their slots resolve)', () => {
  const cases: [string, string][] = [
    ['Germany threw its weight behind the French proposal.', 'SUPPORT germany>france asserted'],
    ['Germany stood behind Ukraine.', 'SUPPORT germany>ukraine asserted'],
    ['Russia massed troops along the Ukrainian border.', 'MOBILIZE russia>ukraine asserted'],
    ['China held naval drills off Japan.', 'MOBILIZE china>japan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('agreed on a plan to ease tensions: an agreement, no concession', () => {
    const got = code('India and Pakistan agreed on a plan to ease border tensions.');
    assert.ok(got.includes('AGREE india>pakistan asserted') && !got.some((e) => e.startsWith('CONCEDE')), got.join(', '));
  });
  it('agreed on Monday to allow aid trucks in: still a concession', () => has('Israel agreed on Monday to allow aid trucks into Egypt.', 'CONCEDE israel>- planned'));
});

describe('events (en): crowds and strikes', () => {
  it('took to the streets of a capital: the capital\'s state', () => has('Tens of thousands took to the streets of Belgrade against the government.', 'PROTEST serbia>- asserted'));
  it('began a strike', () => has('French dockers began a strike on Monday.', 'PROTEST france>- asserted'));
  it('"the strike" after a verb of blame is the attack, not a labour strike', () => {
    assert.ok(!code('Ukraine said Russia was responsible for the strike on the hospital.').some((e) => e.startsWith('PROTEST')));
  });
});

describe('events (en): a participle before "for"/"of" that is an active phrasal verb keeps its subject', () => {
  const cases: [string, string][] = [
    ['Germany called for a ceasefire.', 'REQUEST germany>- asserted'],
    ['Japan pushed for sanctions against China.', 'REQUEST japan>- asserted'],
    ['Germany appealed for calm.', 'REQUEST germany>- asserted'],
    ['Japan apologized for the incident.', 'CONCEDE japan>- asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('a passive with its auxiliary stays passive: "was asked by X to …"', () => has('Japan was asked by Germany to send troops.', 'REQUEST germany>japan asserted'));
  it('a reduced passive stays passive: "X accused of …" is accused by someone else', () => {
    assert.ok(!code('Japan accused of violating the truce.').some((e) => e.startsWith('ACCUSE japan>')));
  });
});

describe('events (en): wire frames of other verbal and material acts', () => {
  it('closed border crossings with X', () => has('Poland closed two border crossings with Ukraine on Monday.', 'SANCTION poland>ukraine asserted'));
  it('had spoken to X', () => has('Germany said it had spoken to Japan.', 'CONSULT germany>japan asserted'));
  it('criticised the closure: the doer of the closure reported before', () => {
    const got = code('Poland closed two border crossings with Ukraine on Monday. Russia criticised the closure.');
    assert.ok(got.includes('ACCUSE russia>poland asserted'), got.join(', '));
  });
});

describe('events (en): reactions to an act reported before', () => {
  it('condemned the drills: the doer of the drills', () => {
    const got = code('China launched drills around Japan on Monday. Tokyo condemned the drills.');
    assert.ok(got.includes('ACCUSE japan>china asserted'), got.join(', '));
  });
  it('hit back at X over …: a verbal retort', () => has('China hit back at Washington over the tariffs.', 'ACCUSE china>usa asserted'));
  it('deeply troubled by X\'s decision', () => has("Washington said it was deeply troubled by Hungary's decision.", 'ACCUSE usa>hungary asserted'));
  it('told a regular briefing: the press, no consultation', () => {
    assert.ok(!code('The Japanese ministry told a regular briefing that China was wrong.').some((e) => e.startsWith('CONSULT')));
  });
  it('briefed X: a consultation', () => has('Germany briefed Washington.', 'CONSULT germany>usa asserted'));
});

describe('events (en): labels in participial clauses, refusals, protests and deployments', () => {
  const cases: [string, string][] = [
    ['Iran summoned a diplomat, calling the British seizure of its tanker an act of piracy.', 'ACCUSE iran>united-kingdom asserted'],
    ['China dubbed the US report a pack of lies.', 'ACCUSE china>usa asserted'],
    ['Ukraine ruled out any territorial concessions to Russia.', 'REJECT ukraine>russia asserted'],
    ['French farmers blocked roads in protest at EU trade deals.', 'PROTEST france>eu asserted'],
    ['Russia moved additional troops to the border with Ukraine.', 'MOBILIZE russia>ukraine asserted'],
    ['North Korea launched a ballistic missile toward the East Sea.', 'MOBILIZE north-korea>- asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  it('rockets toward a named state stay an attack', () => has('Iran launched rockets toward Israel.', 'ASSAULT iran>israel asserted'));
  it('a missile toward the sea is no attack', () => assert.ok(!code('North Korea launched a ballistic missile toward the East Sea.').some((e) => e.startsWith('ASSAULT'))));
});

describe('events (en): a warning that an act of another will do harm is criticism of that act', () => {
  it('warned that the decision would …: the doer of the decision', () => {
    const got = code('Germany said it would send missiles to Japan. Russia warned that the decision would escalate the conflict.');
    assert.ok(got.includes('ACCUSE russia>germany asserted'), got.join(', '));
  });
  it('warned that its own state would …: no accusation of that state', () => {
    assert.ok(!code('Sanchez warned that Spain would not stand idly by.').some((e) => e.startsWith('ACCUSE')));
  });
  it('warned that it would retaliate: still a threat', () => {
    const got = code('Russia warned that it would retaliate against Germany.');
    assert.ok(got.some((e) => e.startsWith('THREATEN russia')) && !got.some((e) => e.startsWith('ACCUSE')), got.join(', '));
  });
});

describe('events (en): condemned the act by X', () => {
  it('the doer after "by" is the target', () => has('Germany condemned the attack by Russia.', 'ACCUSE germany>russia asserted'));
  it('also after a date', () => has('Japan criticised the decision on Monday by China to extend the ban.', 'ACCUSE japan>china asserted'));
  it('the passive keeps its agent as the source', () => assert.deepEqual(code('Russia was condemned by Germany.'), ['ACCUSE germany>russia asserted']));
});

describe('events (en): consultations in wire frames', () => {
  it('X and Y discussed a topic: the topic is no party', () => assert.deepEqual(code('Germany and Japan discussed Ukraine on Monday.'), ['CONSULT germany>japan asserted']));
  it('discussed a topic with X', () => assert.deepEqual(code('Germany discussed Ukraine with Japan.'), ['CONSULT germany>japan asserted']));
  it('received a phone call from X: the caller is the source', () => has('Japan received a phone call from China on Tuesday.', 'CONSULT china>japan asserted'));
  it('would close the Russian consulate', () => has('Poland said it would close the last Russian consulate in the country.', 'SANCTION poland>russia planned'));
});

describe('events (en): the same verbs outside politics yield nothing', () => {
  const none = [
    'Ohtani slammed a home run in the ninth inning.',
    'Stocks slammed lower as oil prices surged.',
    'The storm slammed into the coast on Wednesday.',
    'Critics blasted the new album as dull.',
    'The film drew criticism from reviewers.',
    'The striker took aim at goal from 20 yards.',
  ];
  for (const s of none) it(s, () => assert.deepEqual(code(s), []));
});


/** One sentence under a title and a dateline, through the whole engine (quotes give the speaker of reported verdicts). */
const whole = (s: string): string[] => engineEvents(`Report\nLONDON, March 10, 2026\n${s}\n`, '2026-03-10', 'en').map(brief);

describe('events (en): a verdict reported by a speaker is the speaker\'s accusation (whole engine)', () => {
  const cases: [string, string][] = [
    ['Serbia said Kosovo had violated the Brussels agreement.', 'ACCUSE serbia>kosovo asserted'],
    ["The United States said Russia's actions were unacceptable.", 'ACCUSE usa>russia asserted'],
    ["Japan said China's decision was a serious mistake.", 'ACCUSE japan>china asserted'],
    ["Egypt said Israel's actions constituted a flagrant violation of international law.", 'ACCUSE egypt>israel asserted'],
    ['Kyiv said Russia was behind the attack on the dam.', 'ACCUSE ukraine>russia asserted'],
    ['Moscow said Kyiv itself was to blame for the escalation.', 'ACCUSE russia>ukraine asserted'],
    ['Japan said the Chinese boat had been fishing illegally in its waters.', 'ACCUSE japan>china asserted'],
    ['China said Japan posed a threat to regional stability.', 'ACCUSE china>japan asserted'],
    ['Russia said Ukraine was spreading lies about the attack.', 'ACCUSE russia>ukraine asserted'],
    ['Ukraine said Russia was responsible for the strike on the hospital.', 'ACCUSE ukraine>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => assertHas(whole(s), want));
  it('a narrated verdict without a speaker is no accusation', () => {
    assert.ok(!whole('Russia violated the agreement on Tuesday.').some((e) => e.startsWith('ACCUSE')));
    assert.ok(!whole("Russia's actions were unacceptable.").some((e) => e.startsWith('ACCUSE')));
    assert.ok(!whole('Russia illegally annexed Crimea in 2014.').some((e) => e.startsWith('ACCUSE')));
    assert.ok(!whole('Russia poses a serious threat to NATO.').some((e) => e.startsWith('ACCUSE')));
    assert.deepEqual(whole('The virus poses a risk to public health, the WHO said.'), []);
  });
});

describe('events (en): the new frames outside politics yield nothing (whole engine)', () => {
  const none = [
    'Apple faced criticism from consumer groups over the battery issue.',
    'The striker came under fire from fans over his missed penalty.',
    'The storm was responsible for three deaths in Texas.',
    'The company said the results were unacceptable.',
    'Ronaldo hit back at his critics over the weekend.',
    'The team began live-fire training for the film.',
    'Fans were in contact with the club.',
    'The coach regretted the decision to rest his players.',
    'Investors balked at the price.',
    'The company dismissed the claims as nonsense.',
    'The bank was fined for acting illegally.',
  ];
  for (const s of none) it(s, () => assert.deepEqual(whole(s), []));
  // (private people acting together are an unnamed group of their own since the resolve stage's b1f6926, the lead's
  // decision on unnamed actors: their refusal may be an act with no target, never one with a state or a target)
  it('Residents pushed back against the plan for a new road (a refusal with no target, no state)', () => {
    const got = whole('Residents pushed back against the plan for a new road.');
    assert.ok(got.every((e) => /^REJECT unnamed-\S+>- asserted$/u.test(e)), got.join(', '));
  });
});

describe('events (en): a criticism article through the whole engine', () => {
  const text = `Poland and Spain criticise Budapest over Moscow trip
WARSAW, April 14, 2026
Hungary faced sharp criticism from Poland on Monday after Hungarian officials travelled to Moscow.
Spain's criticism of Hungary was echoed in Berlin. Germany said Hungary's conduct was unacceptable.
Hungary brushed aside the demands of the European Commission.
Kyiv blamed the blackout on Russia.
`;
  const got = engineEvents(text, '2026-04-14', 'en').map(brief);
  for (const want of ['ACCUSE poland>hungary asserted', 'ACCUSE spain>hungary asserted', 'ACCUSE germany>hungary asserted', 'ACCUSE ukraine>russia asserted']) {
    it(want, () => assert.ok(got.includes(want), `missing ${want}; got:\n${got.join('\n')}`));
  }
  it('REJECT hungary>european-commission', () => assert.ok(got.some((g) => g.startsWith('REJECT hungary>european-commission')), got.join('\n')));
});

describe('events (en): every prepositional slot of the English triggers can be filled', () => {
  // a slot "pp:X" is read only when X is a listed preposition ("of" is the genitive marker: its slot is "gen"); a
  // slot for any other word never resolves, and the entry silently loses its argument
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources', 'en');
  const triggers = (JSON.parse(readFileSync(join(dir, 'event-triggers.json'), 'utf8')) as { triggers: { id: string; source?: string[]; target?: string[] }[] }).triggers;
  const prepositions = new Set((JSON.parse(readFileSync(join(dir, 'event-cues.json'), 'utf8')) as { prepositions: string[] }).prepositions);
  it('pp slots name prepositions', () => {
    const dead = triggers.flatMap((t) => [...(t.source ?? []), ...(t.target ?? [])].filter((s) => s.startsWith('pp:') && !prepositions.has(s.slice(3))).map((s) => `${t.id} ${s}`));
    assert.deepEqual(dead, []);
  });
});
