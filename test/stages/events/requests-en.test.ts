import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../../src/doc/types.js';
import { assertHas, assertLacks, brief, codeText, engineEvents, sentenceCoder, type ActorSpec } from './helpers.js';

/**
 * English structures asked for by the English lexicon work (issue #6): active phrasal verbs before for/of, seat
 * nouns ("the foreign ministry in Tokyo"), a role noun with a for-phrase as the source, the noun "threat to invade
 * X", and a rejection of "the remarks" aimed at the last speaker. Every sentence was written for these tests; the
 * expected reading follows the dev-corpus conventions and was decided before the engine ran.
 */
const ACTORS: readonly ActorSpec[] = [
  { id: 'russia', type: 'GPE', forms: ['Russia', 'Moscow', ['Russian', 'adjective']] },
  { id: 'china', type: 'GPE', forms: ['China', 'Beijing', ['Chinese', 'adjective']] },
  { id: 'ukraine', type: 'GPE', forms: ['Ukraine', 'Kyiv'] },
  { id: 'japan', type: 'GPE', forms: ['Japan', 'Tokyo', ['Japanese', 'adjective']] },
  { id: 'germany', type: 'GPE', forms: ['Germany', 'Berlin', ['German', 'adjective']] },
  { id: 'israel', type: 'GPE', forms: ['Israel', ['Israeli', 'adjective']] },
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran', ['Iranian', 'adjective']] },
  { id: 'india', type: 'GPE', forms: ['India', 'New Delhi', ['Indian', 'adjective']] },
  { id: 'pakistan', type: 'GPE', forms: ['Pakistan', 'Islamabad', ['Pakistani', 'adjective']] },
  { id: 'afghanistan', type: 'GPE', forms: ['Afghanistan', 'Kabul'] },
  { id: 'poland', type: 'GPE', forms: ['Poland', 'Warsaw', ['Polish', 'adjective']] },
  { id: 'turkey', type: 'GPE', forms: ['Turkey', 'Ankara', ['Turkish', 'adjective']] },
  { id: 'greece', type: 'GPE', forms: ['Greece', 'Athens', ['Greek', 'adjective']] },
  { id: 'belarus', type: 'GPE', forms: ['Belarus'] },
  { id: 'usa', type: 'GPE', forms: ['United States', 'Washington'] },
  { id: 'france', type: 'GPE', forms: ['France'] },
  { id: 'gaza', type: 'GPE', forms: ['Gaza'] },
  { id: 'lithuania', type: 'GPE', forms: ['Lithuania', 'Vilnius'] },
  { id: 'eu', type: 'ORG', forms: ['EU'] },
  { id: 'guyana', type: 'GPE', forms: ['Guyana'] },
  { id: 'radoslaw-sikorski', type: 'PER', forms: ['Sikorski'], roles: [{ role: 'foreign-minister', of: 'poland', source: 'kb' }] },
  { id: 'vassily-nebenzia', type: 'PER', forms: ['Vassily Nebenzia'], roles: [{ role: 'ambassador', of: 'russia', source: 'kb' }] },
];

const code = sentenceCoder('en', ACTORS);

const has = (s: string, want: string): void => assertHas(code(s), want);
const lacks = (s: string, bad: RegExp): void => assertLacks(code(s), bad);

describe('events (en): active phrasal verbs before for/of keep their subject (activeBeforePreposition)', () => {
  const cases: [string, string][] = [
    ['Germany called for a ceasefire in Gaza.', 'REQUEST germany>- asserted'],
    ['Japan pushed for sanctions against China.', 'REQUEST japan>- asserted'],
    ['Germany appealed for calm.', 'REQUEST germany>- asserted'],
    ['Japan apologized for the incident.', 'CONCEDE japan>- asserted'],
    // the requested talks name their other party: the request is made of it
    ['Japan asked for talks with China.', 'REQUEST japan>china asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // a real passive with its auxiliary and "by" stays passive: the agent is the source
  it('"was warned by" stays passive', () => has('Japan was warned by China against further drills.', 'ACCUSE china>japan asserted'));
  it('"was asked by" stays passive', () => has('Japan was asked by China to end the drills.', 'REQUEST china>japan asserted'));
  // reduced passives of verbs not listed ("accused of", "blamed for") still have no subject as their doer
  it('"Israel was accused of" is not an accusation by Israel', () => lacks('Israel was accused of violating the truce.', /^ACCUSE israel>/u));
  it('"Iran, accused of violating the deal," is no accuser', () => lacks('Iran, accused of violating the deal, denied it.', /^ACCUSE iran>/u));
});

describe('events (en): a government noun seated in a place stands for that place (seatNouns)', () => {
  const cases: [string, string][] = [
    ['The Chinese ambassador was summoned to the foreign ministry in Tokyo.', 'ACCUSE japan>china asserted'],
    ['Officials in Beijing criticised Japan on Tuesday.', 'ACCUSE china>japan asserted'],
    ['The government in Kabul condemned Pakistan.', 'ACCUSE afghanistan>pakistan asserted'],
    ['Pakistan criticised the leadership in Kabul over the attacks.', 'ACCUSE pakistan>afghanistan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // a place after an ordinary noun or verb is no seat: the subject keeps its role
  it('"Japanese officials in Beijing" are Japan', () => has('Japanese officials in Beijing criticised China.', 'ACCUSE japan>china asserted'));
  it('"criticised Japan in Beijing" is a place of the act', () => lacks('China criticised Japan in Beijing on Tuesday.', /^ACCUSE \S+>china/u));
});

describe('events (en): a spokesperson for a body speaks for it (representativeNouns)', () => {
  const cases: [string, string][] = [
    ["A spokesman for China's foreign ministry criticised Japan on Tuesday.", 'ACCUSE china>japan asserted'],
    ['A spokesman for the Chinese foreign ministry criticised Japan on Tuesday.', 'ACCUSE china>japan asserted'],
    ['A spokeswoman for China criticised Japan.', 'ACCUSE china>japan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // the attribution after the clause does not take over the clause's own subject
  it('a trailing "a spokesman for … said" keeps the subject', () => {
    has("Japan criticised China, a spokesman for Japan's foreign ministry said.", 'ACCUSE japan>china asserted');
    lacks("Japan criticised China, a spokesman for Japan's foreign ministry said.", /^ACCUSE \S+>japan/u);
  });
});

describe('events (en): the noun "threat to <verb> X" aims at the verb\'s object', () => {
  const cases: [string, string][] = [
    ['Russia renewed its threat to invade Ukraine.', 'THREATEN russia>ukraine asserted'],
    ["Russia's threat to attack Poland alarmed Germany.", 'THREATEN russia>poland asserted'],
    ['China repeated its threats to seize Japanese ships.', 'THREATEN china>japan asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // the threatened act is governed: no invasion is asserted, and the clause's own object is no target
  it('the invasion itself is not asserted', () => lacks('Russia renewed its threat to invade Ukraine.', /^ASSAULT /u));
  it('"…, which worried Poland" is no target', () => lacks('Russia renewed its threat to invade Ukraine, which worried Poland.', /^THREATEN \S+>poland/u));
  it('the object of the main clause after the noun phrase is no target', () => lacks("Russia's threat to cut gas supplies to Germany worried Poland.", /^THREATEN \S+>poland/u));
  // other noun patterns keep the ordinary object ("closest ally is Belarus")
  it('"closest ally is X" keeps its object', () => has('Russia said its closest ally is Belarus.', 'SUPPORT russia>belarus asserted'));
  it('a threat without a doer has no source', () => lacks('The threat to impose tariffs worried Japan.', /^THREATEN japan>/u));
});

describe('events (en): a rejection of "the remarks" is aimed at their speaker (speechNouns)', () => {
  const cases: [string, string][] = [
    ['India accused Pakistan of sponsoring terrorism. Pakistan rejected the remarks as baseless.', 'REJECT pakistan>india asserted'],
    ['Poland demanded that Russia withdraw its troops. Russia rejected the statement.', 'REJECT russia>poland asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // nobody spoke before: no target; one's own words are not aimed at oneself; an act noun still means the deed
  it('no earlier speech act: no target', () => has('Japan rejected the claims.', 'REJECT japan>- asserted'));
  it('the speaker is not the target of their own side', () => lacks('India accused Pakistan of sponsoring terrorism. India rejected the remarks of the minister.', /^REJECT india>india/u));
  it('"condemned the move" is still about the deed', () => has('Israel struck targets in Gaza. Iran condemned the move.', 'ACCUSE iran>israel asserted'));
});

describe('events (en): a summoned envoy named by a description holding the trigger noun (slot self)', () => {
  // as the resolver gives it: one description mention of a person whose role names the state
  const envoy: readonly ActorSpec[] = [
    ...ACTORS.filter((a) => a.id !== 'china'),
    { id: 'china', type: 'GPE', forms: ['China'] },
    { id: 'china-ambassador', type: 'PER', forms: [['The Chinese ambassador', 'description']], roles: [{ role: 'ambassador', of: 'china', source: 'kb' }] },
  ];
  const codeState = (t: string): string[] => codeText('en', `Title\n${t}`, envoy, [], '2025-07-31', { pronounActors: 'state' }).map(brief);
  const cases: [string, string][] = [
    ['The Chinese ambassador was summoned by Japan on Tuesday.', 'ACCUSE japan>china asserted'],
    ['The Chinese ambassador was summoned to the foreign ministry in Tokyo on Monday.', 'ACCUSE japan>china asserted'],
  ];
  for (const [t, want] of cases) it(t, () => assert.ok(codeState(t).includes(want), codeState(t).join(', ')));
  // the envoy's own state does not summon him
  it('no self-accusation', () => assert.ok(!codeState('The Chinese ambassador was summoned by Japan on Tuesday.').some((e) => e.startsWith('ACCUSE china>'))));
});

describe('events (en): an adjective between a possessive actor and an act noun keeps the noun reading', () => {
  const cases: [string, string][] = [
    ["The EU condemned Russia's brutal attack on Kyiv.", 'ACCUSE eu>russia asserted'],
    ["The EU condemned Russia's attempted annexation of four regions.", 'ACCUSE eu>russia asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // the condemned act is governed content: the critic is never its doer
  it('the EU attacks nobody', () => lacks("The EU condemned Russia's brutal attack on Kyiv.", /^ASSAULT eu>/u));
  it('the EU annexes nothing', () => lacks("The EU condemned Russia's attempted annexation of four regions.", /^ASSAULT eu>/u));
  // a possessive subject before a noun and a finite verb stays a subject
  it("Russia's military attacked Kyiv", () => has("Russia's military attacked Kyiv on Monday.", 'ASSAULT russia>ukraine asserted'));
  it("Russia's top diplomat criticised Poland", () => has("Russia's top diplomat criticised Poland.", 'ACCUSE russia>poland asserted'));
});

describe('events (en): a verdict whose subject is an act noun is about the doer of the last deed (whole engine)', () => {
  const row = (e: Event): string => `${e.type} ${e.source ?? '-'}>${e.target ?? '-'}`;
  const whole = (t: string): string[] => engineEvents(`Border row\nVILNIUS, March 3, 2026\n${t}\n`, '2026-03-03', 'en').map(row);
  it('said the closure was unacceptable', () => {
    const got = whole('Lithuania closed two border crossings with Belarus on Monday.\n\nRussia said the closure was unacceptable.');
    assert.ok(got.includes('ACCUSE russia>lithuania'), got.join(', '));
  });
  it('said the move was illegal', () => {
    const got = whole('Lithuania closed two border crossings with Belarus on Monday.\n\nRussia said the move was illegal.');
    assert.ok(got.includes('ACCUSE russia>lithuania'), got.join(', '));
  });
  // no deed reported before: the verdict names nobody
  it('no earlier deed: no target', () => {
    const got = whole('Russia said the move was illegal.');
    assert.ok(!got.some((e) => /^ACCUSE \S+>(lithuania|belarus)/u.test(e)), got.join(', '));
  });
});

describe('events (en): a name after a possessive and a noun is the object ("its partner Guyana")', () => {
  const cases: [string, string][] = [
    ['Washington will stand by its ally Guyana.', 'SUPPORT usa>guyana planned'],
    ['Poland criticised its neighbour Belarus.', 'ACCUSE poland>belarus asserted'],
  ];
  for (const [s, want] of cases) it(s, () => has(s, want));
  // (the modality of "would …, the spokesperson added" is a matter of its own: only the parties are tested here)
  it('would stand by its partner Guyana, the spokesperson added', () => {
    const got = code('Washington would stand by its partner Guyana, the spokesperson added.');
    assert.ok(got.some((e) => e.startsWith('SUPPORT usa>guyana ')), got.join(', '));
  });
  // without a name after the noun the possessive stays what it is; a possessive subject is untouched
  it('"its own government" names no other party', () => lacks('Poland criticised its own government.', /^ACCUSE poland>(?!-)/u));
  it('"its forces attacked Kyiv"', () => has('Russia said its forces attacked Kyiv.', 'ASSAULT russia>ukraine asserted'));
});

describe('events (en): "each side", "the two countries" with no pair named together nearby', () => {
  const events = (s: string): string[] => engineEvents(`Report\n\n${s}\n`, '2025-11-14').map((e) => `${e.type} ${e.source}>${e.target}`);

  it('refer to the two states the article names most', () => {
    const text = 'Armenia accused Azerbaijan of shelling villages. Azerbaijan denied it and Armenia repeated the claim. The breakdown comes weeks after a shooting near the village of Sotk left a soldier dead. Each side accused the other of opening fire first.';
    const out = events(text);
    assert.ok(out.filter((e) => e === 'ACCUSE armenia>azerbaijan' || e === 'ACCUSE azerbaijan>armenia').length >= 2, JSON.stringify(out));
  });

  it('negative: no second state named twice, no pair', () => {
    const out = events('Armenia held elections on Sunday. Turnout was low. Each side accused the other of fraud.');
    assert.ok(!out.some((e) => e.startsWith('ACCUSE armenia>')), JSON.stringify(out));
  });
});

describe('events (en): rejecting "this" after a statement', () => {
  it('"Vucic rejected this." targets the last speaker', () => {
    const out = engineEvents('Report\n\nAlbin Kurti accused Serbia of kidnapping. Aleksandar Vucic rejected this.\n', '2026-09-22').map((e) => `${e.type} ${e.source}>${e.target}`);
    assert.ok(out.includes('REJECT aleksandar-vucic>albin-kurti'), JSON.stringify(out));
  });
});
