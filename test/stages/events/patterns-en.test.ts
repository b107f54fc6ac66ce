import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

/** Held-out failure patterns (issue: overfit events stage), English; sentences written for these tests. */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', ['Russian', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv', ['Ukrainian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'vietnam', type: 'GPE', forms: ['Vietnam', 'Hanoi', ['Vietnamese', 'adjective']] },
  { id: 'philippines', type: 'GPE', forms: ['Philippines', 'Manila', ['Philippine', 'adjective']] },
  { id: 'india', type: 'GPE', forms: ['India', 'New Delhi', ['Indian', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'armenia', type: 'GPE', forms: ['Armenia', 'Yerevan', ['Armenian', 'adjective']] },
  { id: 'azerbaijan', type: 'GPE', forms: ['Azerbaijan', 'Baku'] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington', ['American', 'adjective']] },
  { id: 'sudan', type: 'GPE', forms: ['Sudan', 'Khartoum'] },
  { id: 'rsf', type: 'ORG', forms: ['RSF', 'Rapid Support Forces'] },
  { id: 'unsc', type: 'ORG', forms: ['UN Security Council', 'Security Council'] },
  { id: 'eu', type: 'ORG', forms: ['European Union', 'EU'] },
  { id: 'hamas', type: 'ORG', forms: ['Hamas'] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective']] },
  { id: 'antonio-guterres', type: 'PER', forms: ['Antonio Guterres', 'Guterres'] },
  { id: 'kaja-kallas', type: 'PER', forms: ['Kaja Kallas', 'Kallas'] },
];

const code = sentenceCoder('en', ACTORS);

describe('events (en) patterns: targets named in the clause', () => {
  it('urged both sides → the two parties named together before', () => assert.deepEqual(
    code('India and Pakistan exchanged artillery fire overnight. Guterres urged both sides to show restraint.').filter((e) => e.startsWith('REQUEST')),
    ['REQUEST antonio-guterres>india asserted', 'REQUEST antonio-guterres>pakistan asserted']));
  it('called on X to …: the addressee', () => assert.deepEqual(code('The European Union called on Tehran to free the detained journalists.'), ['REQUEST eu>iran asserted']));
  it('called upon … not to …: asserted, the negation belongs to the complement', () => assert.deepEqual(code('Kallas called upon Moscow not to expand the offensive.'), ['REQUEST kaja-kallas>russia asserted']));
  it('accused each other: one event each way', () => assert.deepEqual(code('Armenia and Azerbaijan accused each other of breaking the truce.'), ['ACCUSE armenia>azerbaijan asserted', 'ACCUSE azerbaijan>armenia asserted']));
  it('blamed one another: reciprocal marker', () => assert.deepEqual(code('India and Pakistan blamed one another for the deadly incident.'), ['ACCUSE india>pakistan asserted', 'ACCUSE pakistan>india asserted']));
  it('rejected X\'s claims: target is the possessor', () => assert.deepEqual(code('Manila rejected Beijing\'s claims to the reef.'), ['REJECT philippines>china asserted']));
  it('condemned X\'s strike: target is the possessor, the strike is the content', () => assert.deepEqual(code('The EU condemned Russia\'s attack on the power grid.'), ['ACCUSE eu>russia asserted']));
  it('demanded that X and Y …: one event per coordinated target', () => assert.deepEqual(
    code('The UN Security Council demanded on Tuesday that Sudan and the RSF allow aid convoys through.'),
    ['REQUEST unsc>sudan asserted', 'REQUEST unsc>rsf asserted']));
  it('accused X of …: target is the object', () => assert.deepEqual(code('Kyiv accused Moscow of abducting children.').filter((e) => e.startsWith('ACCUSE')), ['ACCUSE ukraine>russia asserted']));
});

describe('events (en) patterns: prisoner exchanges and releases', () => {
  it('swapped prisoners: one RETREAT each way', () => assert.deepEqual(code('Russia and Ukraine swapped prisoners on Saturday.'), ['RETREAT russia>ukraine asserted', 'RETREAT ukraine>russia asserted']));
  it('the two countries exchanged POWs: pair anaphor', () => assert.deepEqual(
    code('Armenia and Azerbaijan signed a border deal. The two countries also exchanged detainees.').filter((e) => e.startsWith('RETREAT')),
    ['RETREAT armenia>azerbaijan asserted', 'RETREAT azerbaijan>armenia asserted']));
  it('traded prisoners with X', () => assert.deepEqual(code('Russia traded prisoners with the United States.'), ['RETREAT russia>usa asserted', 'RETREAT usa>russia asserted']));
  it('an announced exchange is planned', () => assert.deepEqual(code('Russia and Ukraine announced a prisoner swap.').filter((e) => e.startsWith('RETREAT')), ['RETREAT russia>ukraine planned', 'RETREAT ukraine>russia planned']));
  it('released hostages: RETREAT to their state', () => assert.deepEqual(code('Hamas freed three Israeli hostages.'), ['RETREAT hamas>israel asserted']));
  it('will release: planned', () => assert.deepEqual(code('Hamas will release four Israeli hostages next week.'), ['RETREAT hamas>israel planned']));
});

describe('events (en) patterns: statements', () => {
  it('called X\'s decision "unjustified" → ACCUSE, not CONSULT', () => assert.deepEqual(code('Beijing called Manila\'s decision "unjustified and provocative".'), ['ACCUSE china>philippines asserted']));
  it('described … as illegal → ACCUSE', () => assert.deepEqual(code('Tehran described the American sanctions as illegal.'), ['ACCUSE iran>usa asserted']));
  it('will not negotiate under threat → REJECT (a refusal), not a negated CONSULT', () => assert.deepEqual(code('Iran will not negotiate under threat, its foreign minister said.'), ['REJECT iran>- asserted']));
  // the refusal answers whoever applies the pressure
  it('won\'t bow to pressure → REJECT', () => assert.deepEqual(code('Khartoum won\'t bow to pressure from Washington.'), ['REJECT sudan>usa asserted']));
  it('deeply concerned is never negated by a later "without"', () => assert.deepEqual(code('Guterres was deeply concerned about the Russian strikes without warning on Kyiv.'), ['ACCUSE antonio-guterres>russia asserted']));
  it('a "not" in a quote does not negate the reporting verb', () => assert.deepEqual(code('The EU condemned Russia, saying "this is not acceptable".'), ['ACCUSE eu>russia asserted']));
  it('negative: a real negation stays negated', () => assert.deepEqual(code('Russia did not release the Ukrainian prisoners.'), ['RETREAT russia>ukraine negated']));
});

describe('events (en) patterns: actors from descriptions and pronouns', () => {
  it('nationality adjective of an unnamed organ; "its crew" refers back to the boat\'s state', () => {
    const actors: ActorSpec[] = [...ACTORS, { id: 'china-coast-guard', type: 'ORG', forms: [['coast guard', 'description']] }];
    assert.deepEqual(codeText('en', 'Title\nThe Chinese coast guard seized a Vietnamese fishing boat and detained its crew.', actors).map(brief), ['COERCE china>vietnam asserted']);
  });
  it('"its" with no earlier actor in the sentence falls back to the previous subject', () => assert.deepEqual(
    code('Vietnam protested. Chinese forces detained its fishermen near the islands.').filter((e) => e.startsWith('COERCE')),
    ['COERCE china>vietnam asserted']));
  it('He promised … → the person named before', () => assert.deepEqual(code('Guterres arrived in Khartoum. He promised to help Sudan.').filter((e) => e.startsWith('AGREE')), ['AGREE antonio-guterres>sudan asserted']));
  it('negative: "both sides" with no pair before gives no target', () => assert.deepEqual(code('Guterres urged both sides to return to talks.'), ['REQUEST antonio-guterres>- asserted']));
});

describe('events (en) patterns: general mechanisms', () => {
  it('an evaluation of an act reported before is about its doer', () => assert.deepEqual(
    code('Russian drones struck Kyiv overnight. The EU condemned the attack.').filter((e) => e.startsWith('ACCUSE')),
    ['ACCUSE eu>russia asserted']));
  it('"called the seizure illegal": the object between the pattern\'s words', () => assert.deepEqual(
    code('Chinese ships seized a Philippine supply boat. Manila called the seizure "illegal".').filter((e) => e.startsWith('ACCUSE')),
    ['ACCUSE philippines>china asserted']));
  it('after "said" the reported clause has its own subject', () => assert.deepEqual(code('Kallas said Moscow would not negotiate under pressure.'), ['REJECT russia>- asserted']));
  it('protesters acted upon are participants, not a protest event', () => assert.deepEqual(code('Iranian police detained dozens of protesters in Tehran.'), ['COERCE iran>- asserted']));
  it('negative: protesters marching are a protest', () => assert.deepEqual(code('Thousands of protesters marched against Israel in Washington.').map((e) => e.split(' ')[0]), ['PROTEST']));
  it('negative: a reciprocal marker does not make a noun reciprocal', () => assert.deepEqual(code('India and Pakistan blamed one another for the deadly incident.'), ['ACCUSE india>pakistan asserted', 'ACCUSE pakistan>india asserted']));
});

describe('events (en) patterns: event chains', () => {
  it('a coordinated act of force without its own target continues on the previous target', () => assert.deepEqual(
    code('The Chinese coast guard fired water cannon at a Philippine supply boat and seized the crew.'),
    ['ASSAULT china>philippines asserted', 'COERCE china>philippines asserted']));
  it('a second predicate after "and" with a name right before it has its own subject', () => assert.deepEqual(
    code('Russia attacked Kyiv and Ukraine shelled Russian positions.').map((e) => e.split(' ').slice(0, 2).join(' ')),
    ['ASSAULT russia>ukraine', 'ASSAULT ukraine>russia']));
  it('negative: coordinated subjects stay one subject', () => assert.deepEqual(code('India and Pakistan signed a ceasefire deal.'), ['AGREE india>pakistan asserted']));
  it('negative: a new subject after "and" does not take over the previous target', () => assert.deepEqual(
    code('Russian troops shelled Kyiv. Ukrainian police arrested two men in Kharkiv.').filter((e) => e.startsWith('COERCE')),
    ['COERCE ukraine>- asserted']));
});

describe('events (en) patterns: plural pronouns', () => {
  it('"they" right after two parties named together: both', () => assert.deepEqual(
    code('India and Pakistan held talks in Dubai. Later they swapped prisoners.').filter((e) => e.startsWith('RETREAT')),
    ['RETREAT india>pakistan asserted', 'RETREAT pakistan>india asserted']));
});

describe('events (en) patterns: addressees of requests', () => {
  it('told X to …: REQUEST to the addressee, not CONSULT', () => assert.deepEqual(code('Kallas told Moscow to halt the strikes.'), ['REQUEST kaja-kallas>russia asserted']));
  it('appealed to X and Y to …: one REQUEST each', () => assert.deepEqual(code('Guterres appealed to India and Pakistan to show restraint.'), ['REQUEST antonio-guterres>india asserted', 'REQUEST antonio-guterres>pakistan asserted']));
});

describe('events (en) patterns: pledges', () => {
  it('promised to send weapons: the promised act, planned, not an AGREE', () => assert.deepEqual(code('The United States promised to send missiles to Ukraine.'), ['AID usa>ukraine planned']));
  it('pledged to train soldiers: AID, planned', () => assert.deepEqual(code('The European Union pledged to train Ukrainian soldiers.'), ['AID eu>ukraine planned']));
  it('promised X talks with no act in the complement: still an AGREE', () => assert.deepEqual(code('China promised to Vietnam that the dispute would be settled.').filter((e) => e.startsWith('AGREE')), ['AGREE china>vietnam asserted']));
  it('threatened to retaliate against X: X is the target', () => assert.deepEqual(code('Iran threatened to retaliate against Israel.'), ['THREATEN iran>israel asserted']));
  it('"opposition leader" is a title, "opposition to" an act', () => {
    assert.deepEqual(code('Opposition leader Kaja Kallas praised the European Union.').filter((e) => e.startsWith('REJECT')), []);
    assert.deepEqual(code('Russia voiced its opposition to the EU.').filter((e) => e.startsWith('REJECT')), ['REJECT russia>eu asserted']);
  });
});

describe('events (en) patterns: places attacked', () => {
  it('shelled villages in southern Ukraine: the state is the target', () => assert.deepEqual(code('Russian forces shelled villages in southern Ukraine.'), ['ASSAULT russia>ukraine asserted']));
  it('bombed towns in the east of Ukraine: the of-phrase after a region noun', () => assert.deepEqual(code('Russia bombed towns in the east of Ukraine.'), ['ASSAULT russia>ukraine asserted']));
  it('attacked X in Y: the object stays the target', () => assert.deepEqual(code('Israel attacked Hamas in Gaza.'), ['ASSAULT israel>hamas asserted']));
});

describe('events (en) patterns: a future reported in the past', () => {
  it('announced it would send: planned', () => assert.deepEqual(code('The United States announced it would send missiles to Ukraine.'), ['AID usa>ukraine planned']));
  it('said it would probably send: hypothetical', () => assert.deepEqual(code('The United States said it would probably send missiles to Ukraine.'), ['AID usa>ukraine hypothetical']));
  it('someone else said X would: a guess, hypothetical', () => assert.deepEqual(code('Kallas said the United States would send missiles to Ukraine.').filter((e) => e.startsWith('AID')), ['AID usa>ukraine hypothetical']));
});
