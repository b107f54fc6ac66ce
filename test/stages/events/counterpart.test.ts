import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event, PloverType } from '../../../src/doc/types.js';
import { counterpartTargets, mainPair } from '../../../src/stages/events/counterpart.js';
import { codeText, type ActorSpec } from './helpers.js';

/** A bare event for the unit cases: only the fields the rule reads matter. */
function ev(type: Event['type'], source: string | null, target: string | null, quad: Event['quad']): Event {
  return {
    type, source, target, quad, date: null, modality: 'asserted', trigger: { text: 't', start: 0, end: 1 }, evidence: 'e',
    sentence: 0, cameo: null, weight: 0, confidence: 1, start: 0, end: 1, stage: 'events', rule: 'r',
  };
}

describe('events: the main pair of an article', () => {
  it('is the pair most events join, in either direction', () => {
    const events = [ev('ACCUSE', 'no', 'is', 'verbal-conflict'), ev('REJECT', 'is', 'no', 'verbal-conflict'), ev('CONSULT', 'no', 'eu', 'verbal-cooperation')];
    assert.deepEqual(mainPair(events), ['is', 'no']);
  });
  it('needs two events: one exchange makes no main pair', () => {
    assert.equal(mainPair([ev('ACCUSE', 'no', 'is', 'verbal-conflict'), ev('CONSULT', 'no', 'eu', 'verbal-cooperation')]), null);
  });
  it('ignores events without both actors and self-directed ones', () => {
    assert.equal(mainPair([ev('ACCUSE', 'no', null, 'verbal-conflict'), ev('MOBILIZE', 'no', 'no', 'material-conflict'), ev('ACCUSE', 'no', 'is', 'verbal-conflict')]), null);
  });
});

const ADDRESSED: ReadonlySet<PloverType> = new Set(['ACCUSE', 'REJECT', 'THREATEN']);

describe('events: an addressed act without addressee goes to the other side of the main pair', () => {
  const pairOf = [ev('ACCUSE', 'no', 'is', 'verbal-conflict'), ev('SANCTION', 'no', 'is', 'material-conflict')];
  it('a refusal, a threat and an accusation of one side', () => {
    const out = counterpartTargets([...pairOf, ev('REJECT', 'is', null, 'verbal-conflict'), ev('THREATEN', 'no', null, 'verbal-conflict'), ev('ACCUSE', 'is', null, 'verbal-conflict')], ADDRESSED);
    assert.deepEqual(out.slice(2).map((e) => e.target), ['no', 'is', 'no']);
    assert.ok(out[2]!.rule.endsWith('+counterpart'));
  });
  it('not an act of another kind (a demand may be made of anyone), nor one of a third party, nor one that has a target', () => {
    const out = counterpartTargets([...pairOf, ev('MOBILIZE', 'is', null, 'material-conflict'), ev('REQUEST', 'is', null, 'verbal-conflict'), ev('ACCUSE', 'eu', null, 'verbal-conflict'), ev('ACCUSE', 'is', 'eu', 'verbal-conflict')], ADDRESSED);
    assert.deepEqual(out.slice(2).map((e) => e.target), [null, null, null, 'eu']);
  });
  it('nothing without a main pair', () => {
    const out = counterpartTargets([ev('ACCUSE', 'no', 'is', 'verbal-conflict'), ev('REJECT', 'is', null, 'verbal-conflict')], ADDRESSED);
    assert.equal(out[1]!.target, null);
  });
});

const NORDIC: readonly ActorSpec[] = [
  { id: 'norway', type: 'GPE', forms: ['Norwegen', 'Norway', 'Oslo'] },
  { id: 'iceland', type: 'GPE', forms: ['Island', 'Iceland', 'Reykjavik'] },
];

const EN_PAIR = 'Norway and Iceland clash over mackerel\n\nNorway accused Iceland of overfishing mackerel in the North Atlantic. Norway imposed sanctions on Iceland last month. ';
const DE_PAIR = 'Streit um Makrelen\n\nNorwegen warf Island vor, zu viele Makrelen zu fangen. Norwegen verhängte Sanktionen gegen Island. ';
const last = (events: readonly Event[]): Event | undefined => events.find((e) => e.sentence === 3);

describe('events: counterpart targets end to end', () => {
  it('en: a denial and a warning without addressee answer the other side', () => {
    for (const s of ['Iceland denied any wrongdoing.', 'Reykjavik warned of consequences.']) {
      const e = last(codeText('en', EN_PAIR + s, NORDIC));
      assert.ok(e, s);
      assert.deepEqual([e.source, e.target], ['iceland', 'norway'], s);
    }
  });
  it('de: eine Zurückweisung ohne Adressaten gilt der anderen Seite', () => {
    const e = last(codeText('de', DE_PAIR + 'Island wies jede Schuld zurück.', NORDIC));
    assert.ok(e);
    assert.deepEqual([e.type, e.source, e.target], ['REJECT', 'iceland', 'norway']);
  });
  it('a demand may be made of anyone: it keeps no addressee (en, de)', () => {
    const en = last(codeText('en', EN_PAIR + 'Reykjavik called for new negotiations on Tuesday.', NORDIC));
    const de = last(codeText('de', DE_PAIR + 'Island verlangte eine Entschädigung für seine Fischer.', NORDIC));
    assert.deepEqual([en?.type, en?.target, de?.type, de?.target], ['REQUEST', null, 'REQUEST', null]);
  });
  it('option counterpartTargets=false gives no addressee from the main pair', () => {
    // (a warning answers no charge: nothing else gives it an addressee; a denial would answer the charge, s11 answers.ts)
    const e = last(codeText('en', EN_PAIR + 'Reykjavik warned of consequences.', NORDIC, [], '2025-07-31', { counterpartTargets: false }));
    assert.ok(e);
    assert.equal(e.target, null);
  });
  it('a single exchange makes no pair: the denial takes no addressee from a pair (it answers the charge instead)', () => {
    const text = 'Mackerel\n\nNorway accused Iceland of overfishing mackerel in the North Atlantic. Iceland denied any wrongdoing.';
    const e = codeText('en', text, NORDIC).find((x) => x.type === 'REJECT');
    assert.ok(e);
    assert.ok(!e.rule.includes('+counterpart'), e.rule);
    assert.equal(e.target, 'norway');
  });
});
