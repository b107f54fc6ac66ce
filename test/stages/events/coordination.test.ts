import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, codeText, sentenceCoder, type ActorSpec } from './helpers.js';

/** Coordinated predicates, pronouns after descriptions, protests against acts; sentences written for these tests. */
const ACTORS: readonly ActorSpec[] = [
  { id: 'iran', type: 'GPE', forms: ['Iran', 'Tehran'] },
  { id: 'eu', type: 'ORG', forms: ['EU', 'European Union'] },
  { id: 'usa', type: 'GPE', forms: ['United States'] },
  { id: 'germany-ambassador', type: 'PER', forms: [['the German ambassador', 'description']] },
  { id: 'myanmar', type: 'GPE', forms: ['Myanmar', ['The junta', 'description'], ['the junta', 'description']] },
  { id: 'bangladesh', type: 'GPE', forms: ['Bangladesh'] },
  { id: 'un', type: 'ORG', forms: ['UN'] },
  { id: 'poland', type: 'GPE', forms: ['Polen', ['polnische', 'adjective'], ['Polnische', 'adjective']] },
  { id: 'belarus', type: 'GPE', forms: ['Belarus', ['belarussische', 'adjective']] },
];

const en = (s: string, published = '2026-06-09'): string[] => codeText('en', `Title\n${s}`, ACTORS, [{ text: 'next month', value: '2026-07' }].filter((t) => s.includes(t.text)), published).map(brief);
const de = sentenceCoder('de', ACTORS);

describe('events (en): a second predicate after "and"', () => {
  it('the first verb\'s object ends at "and summoned"; the second verb keeps the subject across "as illegal"', () => assert.deepEqual(
    en('The EU imposed sanctions on Iran. Iran rejected the sanctions as illegal and summoned the German ambassador.'),
    ['SANCTION eu>iran asserted', 'REJECT iran>eu asserted', 'ACCUSE iran>germany-ambassador asserted']));
  it('a modal noun in the first predicate does not scope over the second ("rejected the plan and summoned")', () => assert.deepEqual(
    en('Iran rejected the plan and summoned the German ambassador.'),
    ['REJECT iran>- asserted', 'ACCUSE iran>germany-ambassador asserted']));
  it('"welcomed X and said it would … next month": the later time and modal belong to the second predicate', () => assert.deepEqual(
    en('The United States welcomed the EU decision and said it would impose similar measures next month.'),
    ['SUPPORT usa>eu asserted']));
});

describe('events: pronouns and protests', () => {
  it('"It" after "The junta …" is the junta, not an actor of an earlier sentence', () => assert.deepEqual(
    en('Bangladesh urged Myanmar to allow refugees to return. The junta did not attend the debate. It has refused to cooperate with UN investigators.'),
    ['REQUEST bangladesh>myanmar asserted', 'REJECT myanmar>un asserted']));
  it('protestierte gegen die Festnahmen → against whoever made the arrests', () => assert.deepEqual(
    de('Polnische Grenzschützer haben drei belarussische Soldaten festgenommen. Belarus protestierte gegen die Festnahmen.'),
    ['COERCE poland>belarus asserted', 'PROTEST belarus>poland asserted']));
  it('negative: a protest against a topic names no target', () => assert.deepEqual(
    de('Belarus protestierte gegen die hohen Preise.'), ['PROTEST belarus>- asserted']));
});

describe('events (de): rejections of demands, infinitive deployments', () => {
  it('wies die Forderung zurück → REJECT of the party that made the demand before', () => assert.deepEqual(
    de('Belarus forderte Polen auf, die Männer sofort freizulassen. Polen wies die Forderung zurück.'),
    ['REQUEST belarus>poland asserted', 'REJECT poland>belarus asserted']));
  it('negative: a demand nobody was reported making leaves the rejection untargeted', () => assert.deepEqual(
    de('Polen wies die Forderung zurück.'), ['REJECT poland>- asserted']));
  it('kündigte an, Truppen an die Grenze zu verlegen → MOBILIZE planned', () => assert.deepEqual(
    de('Polen kündigte an, weitere Truppen an die Grenze zu verlegen.'), ['MOBILIZE poland>- planned']));
});

describe('events: votes against, match results', () => {
  it('voted against the resolution / stimmte gegen → REJECT without a target', () => {
    assert.deepEqual(en('Iran voted against the resolution.'), ['REJECT iran>- asserted']);
    assert.deepEqual(de('Polen stimmte gegen die Resolution.'), ['REJECT poland>- asserted']);
  });
  it('negative: an ambiguous verb with a score is a match result', () => assert.deepEqual(en('Iran beat Bangladesh 3-1.'), []));
});

describe('events (en): verb-entry words after a possessive', () => {
  it('"over its supply of drones to Russia": the possessor supplies, not the clause subject', () => assert.deepEqual(
    codeText('en', 'Title\nThe EU imposed sanctions on Iran over its supply of drones to Russia.', [...ACTORS, { id: 'russia', type: 'GPE', forms: ['Russia'] }]).map(brief),
    ['SANCTION eu>iran asserted', 'AID iran>russia asserted']));
  it('negative: gas supplies are no gas attack', () => assert.deepEqual(en('Iran secured gas supplies from Bangladesh.'), []));
});

describe('events (en): gerunds after the object', () => {
  it('"accused Iran of harassing …": the accused does the gerund, not the accuser', () => {
    const got = en('The EU accused Iran of harassing ships.');
    assert.ok(got.includes('ACCUSE eu>iran asserted'));
    assert.ok(!got.some((e) => e.startsWith('COERCE eu>')), got.join('; '));
  });
  it('negative: "by" + gerund keeps the subject', () => assert.ok(en('The EU pledged to punish Iran by shelling ports.').every((e) => !e.startsWith('ASSAULT iran>'))));
});

describe('events (en): adopting sanctions', () => {
  it('agreed a new sanctions package against X / adopted sanctions on X → SANCTION', () => {
    assert.deepEqual(en('The EU agreed a new sanctions package against Iran.'), ['SANCTION eu>iran asserted']);
    assert.deepEqual(en('The EU adopted sanctions on Iran.'), ['SANCTION eu>iran asserted']);
  });
  it('negative: approving the lifting of sanctions is no sanction', () => assert.ok(en('The EU approved the lifting of sanctions on Iran.').every((e) => !e.startsWith('SANCTION'))));
});
