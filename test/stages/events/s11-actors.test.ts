import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../../src/doc/types.js';
import { answeredCharges, exchangeTargets, judgedDeeds } from '../../../src/stages/events/answers.js';
import { assertHas, assertLacks, brief, codeText, type ActorSpec } from './helpers.js';

const EN: readonly ActorSpec[] = [
  { id: 'chad', type: 'GPE', forms: ['Chad', ['Chadian', 'adjective'], ["N'Djamena", 'name']], kbKind: 'country' },
  { id: 'libya', type: 'GPE', forms: ['Libya', ['Libyan', 'adjective'], ['Tripoli', 'name']], kbKind: 'country' },
  { id: 'niger', type: 'GPE', forms: ['Niger'], kbKind: 'country' },
];
const DE2: readonly ActorSpec[] = [
  { id: 'libyen', type: 'GPE', forms: ['Libyen', ['libysche', 'adjective']], kbKind: 'country' },
  { id: 'niger', type: 'GPE', forms: ['Niger'], kbKind: 'country' },
];
const DE: readonly ActorSpec[] = [
  { id: 'tschad', type: 'GPE', forms: ['Tschad', ['tschadische', 'adjective'], ["N'Djamena", 'name']], kbKind: 'country' },
  { id: 'libyen', type: 'GPE', forms: ['Libyen', ['libysche', 'adjective'], ['Tripolis', 'name']], kbKind: 'country' },
];

describe('events (s11): a rejection answers the charge made against its side', () => {
  const en = (t: string): string[] => codeText('en', `Title\n${t}`, EN).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  const de = (t: string): string[] => codeText('de', `Titel\n${t}`, DE).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  it('"Chad has accused Libya of arming the rebels, a charge Tripoli rejects": REJECT libya>chad', () => {
    assertLacks(en('Chad has accused Libya of arming the rebels, a charge Tripoli rejects.'), /REJECT libya>- /u);
    assertHas(en('Chad has accused Libya of arming the rebels, a charge Tripoli rejects.').map((e) => e.split(' ').slice(0, 3).join(' ')), 'REJECT libya>chad asserted');
  });
  it('the charge in the sentence before: "Chad blames Libya for the attacks. Tripoli denies any involvement."', () => {
    assertHas(en('Chad blames Libya for the attacks. Tripoli denies any involvement.').map((e) => e.split(' ').slice(0, 3).join(' ')), 'REJECT libya>chad asserted');
  });
  it('de: "Der Tschad beschuldigte Libyen, … Tripolis bestritt jede Beteiligung."', () => {
    assertHas(de('Der Tschad beschuldigte Libyen, die Rebellen zu bewaffnen. Tripolis bestritt jede Beteiligung.').map((e) => e.split(' ').slice(0, 3).join(' ')), 'REJECT libyen>tschad asserted');
  });
  it('negative: a charge against a third party is not answered by the rejecter (de "beschuldigte Niger … Tripolis bestritt")', () => {
    assertLacks(de('Der Tschad beschuldigte Niger, die Rebellen zu bewaffnen. Tripolis bestritt jede Beteiligung.'), /\+charge/u);
  });
  it('negative: a charge made beyond two sentences before is not the one answered', () => {
    assertLacks(en('Chad blames Libya for the attacks. The rebels took two towns. The army retreated. Aid groups left the area. Tripoli denies any involvement.'), /\+charge/u);
  });
});

describe('events (s11): answeredCharges on its own', () => {
  const ev = (type: Event['type'], source: string | null, target: string | null, sentence: number, start: number): Event => ({
    type, source, target, sentence, date: null, modality: 'asserted', trigger: { text: 'x', start, end: start + 1 }, evidence: 'x',
    cameo: null, quad: 'verbal-conflict', weight: 0, confidence: 1, start, end: start + 1, stage: 't', rule: 'r',
  });
  const sides = new Map<string, string | null>([['minister', 'chad'], ['envoy', null]]);
  const sideOf = (id: string): string | null => (sides.has(id) ? sides.get(id)! : id);
  it('a person accuser stands for the state the entity layer gives him', () => {
    const out = answeredCharges([ev('ACCUSE', 'minister', 'libya', 0, 0), ev('REJECT', 'libya', null, 1, 50)], sideOf);
    assert.equal(out[1]!.target, 'chad');
  });
  it('negative: an accuser whose side is not known is passed over (the rejection keeps no target)', () => {
    const out = answeredCharges([ev('ACCUSE', 'envoy', 'libya', 0, 0), ev('REJECT', 'libya', null, 1, 50)], sideOf);
    assert.equal(out[1]!.target, null);
  });
  it('negative: a charge after the rejection in its sentence is not answered by it', () => {
    const out = answeredCharges([ev('ACCUSE', 'chad', 'libya', 1, 80), ev('REJECT', 'libya', null, 1, 50)], sideOf);
    assert.equal(out[1]!.target, null);
  });
});

describe('events (s11): a refusal or threat without addressee continues its side\'s exchange of hostile acts', () => {
  const en = (t: string): string[] => codeText('en', `Title\n${t}`, EN).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  const de = (t: string): string[] => codeText('de', `Titel\n${t}`, DE).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  const short = (got: string[]): string[] => got.map((e) => e.split(' ').slice(0, 3).join(' '));
  it('"Libyan forces shelled Chadian villages. Chad said it would not negotiate under pressure." REJECT chad>libya', () => {
    assertHas(short(en('Libyan forces shelled Chadian villages on Monday. Chad said it would not negotiate under pressure.')), 'REJECT chad>libya asserted');
  });
  it('de: "Libyen verhängte Sanktionen gegen den Tschad. Der Tschad werde nicht nachgeben …" REJECT tschad>libyen', () => {
    assertHas(short(de('Libyen verhängte am Montag Sanktionen gegen den Tschad. Der Tschad werde nicht nachgeben, teilte die Regierung mit.')), 'REJECT tschad>libyen asserted');
  });
  it('negative: a joint act is no exchange of hostilities (a signed deal, then a refusal)', () => {
    assertLacks(en('Libya and Chad signed a trade deal on Monday. Chad said it would not negotiate under pressure.'), /\+exchange/u);
  });
  it('negative: a hostile act more than two sentences back', () => {
    assertLacks(en('Libyan forces shelled Chadian villages on Monday. The army retreated. Aid groups left. Chad said it would not negotiate under pressure.'), /\+exchange/u);
  });
});

describe('events (s11): exchangeTargets on its own', () => {
  const ev = (type: Event['type'], source: string | null, target: string | null, sentence: number, modality: Event['modality'] = 'asserted'): Event => ({
    type, source, target, sentence, date: null, modality, trigger: { text: 'x', start: sentence * 100, end: sentence * 100 + 1 }, evidence: 'x',
    cameo: null, quad: 'verbal-conflict', weight: 0, confidence: 1, start: sentence * 100, end: sentence * 100 + 1, stage: 't', rule: 'r',
  });
  const sides = new Map<string, string | null>([['minister', 'chad'], ['officers', 'officers']]);
  const sideOf = (id: string): string | null => (sides.has(id) ? sides.get(id)! : id);
  const named = (id: string): boolean => id !== 'officers';
  it('a minister threatens for his state: the other side of the state\'s last hostile act', () => {
    const out = exchangeTargets([ev('ASSAULT', 'libya', 'chad', 0), ev('THREATEN', 'minister', null, 1)], sideOf, named);
    assert.equal(out[1]!.target, 'libya');
  });
  it('negative: a demand, a planned act or an unnamed group makes no exchange', () => {
    for (const prior of [ev('REQUEST', 'libya', 'chad', 0), ev('ASSAULT', 'libya', 'chad', 0, 'planned'), ev('COERCE', 'chad', 'officers', 0)]) {
      assert.equal(exchangeTargets([prior, ev('REJECT', 'minister', null, 1)], sideOf, named)[1]!.target, null, prior.type);
    }
  });
  it('negative: an act whose source is one of the main pair is left to the counterpart rule', () => {
    const out = exchangeTargets([ev('ACCUSE', 'chad', 'niger', 0), ev('SANCTION', 'niger', 'chad', 0), ev('ASSAULT', 'libya', 'chad', 1), ev('REJECT', 'chad', null, 2)], sideOf, named);
    assert.equal(out[3]!.target, null);
  });
});

describe('events (s11): a criticism of an act reported long before judges its doer', () => {
  const en = (t: string): string[] => codeText('en', `Title\n${t}`, EN).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  const de = (t: string): string[] => codeText('de', `Titel\n${t}`, DE2).map((e) => `${brief(e)} ${e.rule.split('#')[1] ?? ''}`);
  const short = (got: string[]): string[] => got.map((e) => e.split(' ').slice(0, 3).join(' '));
  const FILLER = 'The traders had crossed with goods. Their families gathered in the capital. Local media reported the case. Prices at the market rose. Trade fell sharply.';
  it('"Libyan forces detained twelve traders … (five sentences) … Niger condemned the arrests": ACCUSE niger>libya', () => {
    assertHas(short(en(`Libyan forces detained twelve traders near the border on Monday. ${FILLER} Niger condemned the arrests.`)), 'ACCUSE niger>libya asserted');
  });
  it('de: "Libyen nahm zwölf Händler fest … Niger verurteilte die Festnahmen scharf": ACCUSE niger>libyen', () => {
    const filler = 'Die Händler hatten Waren dabei. Ihre Familien versammelten sich in der Hauptstadt. Lokale Medien berichteten. Die Preise stiegen. Der Handel brach ein.';
    assertHas(short(de(`Libyen nahm am Montag zwölf Händler an der Grenze fest. ${filler} Niger verurteilte die Festnahmen scharf.`)), 'ACCUSE niger>libyen asserted');
  });
  it('negative: a deed of the critic\'s own side is not what it condemns', () => {
    assertLacks(en(`Chad detained twelve traders near the border on Monday. ${FILLER} The Chadian government condemned the arrests.`), /\+judged-deed/u);
  });
  it('negative: a deed beyond ten sentences', () => {
    assertLacks(en(`Libyan forces detained twelve traders near the border on Monday. ${FILLER} Officials met. Talks failed. Goods spoiled. Shops closed. Schools closed. Niger condemned the arrests.`), /\+judged-deed/u);
  });
  it('unit: only an evaluation marked +act? (not one that found a thing or already a target), only an asserted act of material conflict', () => {
    const ev = (type: Event['type'], source: string, target: string | null, sentence: number, rule: string, quad: Event['quad'], modality: Event['modality'] = 'asserted'): Event => ({
      type, source, target, sentence, date: null, modality, trigger: { text: 'x', start: sentence * 100, end: sentence * 100 + 1 }, evidence: 'x',
      cameo: null, quad, weight: 0, confidence: 1, start: sentence * 100, end: sentence * 100 + 1, stage: 't', rule,
    });
    const side = (id: string): string => id;
    const named = (): boolean => true;
    const deed = ev('COERCE', 'libya', null, 0, 'r', 'material-conflict');
    assert.equal(judgedDeeds([deed, ev('ACCUSE', 'niger', null, 7, 'x#subj>-+act?', 'verbal-conflict')], side, named)[1]!.target, 'libya');
    assert.equal(judgedDeeds([deed, ev('ACCUSE', 'niger', null, 7, 'x#subj>-+thing', 'verbal-conflict')], side, named)[1]!.target, null);
    assert.equal(judgedDeeds([ev('ACCUSE', 'chad', 'libya', 0, 'r', 'verbal-conflict'), ev('ACCUSE', 'niger', null, 7, 'x#subj>-+act?', 'verbal-conflict')], side, named)[1]!.target, null);
    assert.equal(judgedDeeds([ev('COERCE', 'libya', null, 0, 'r', 'material-conflict', 'planned'), ev('ACCUSE', 'niger', null, 7, 'x#subj>-+act?', 'verbal-conflict')], side, named)[1]!.target, null);
  });
});
