/**
 * Session 15 (entity layer): an organisation's organ written in lower case after the organisation's abbreviation ("the UN
 * security council") is the organ the knowledge base knows by that name in capitals; a state's abbreviation keeps its
 * lower-case organs as descriptions of the state (the session-11 convention), and words that name no organ of the base
 * leave the abbreviation alone. Own sentences, with negatives.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withTagger } from './helpers.js';

type Doc = ReturnType<typeof withTagger>;
const dump = (doc: Doc): string => JSON.stringify(doc.get('entities').map((e) => [e.id, e.type, e.aliases, e.descriptions]));
const byId = (doc: Doc, id: string) => doc.get('entities').find((e) => e.id === id);

describe('resolve (session 15): an organisation\'s organ in lower case after its abbreviation', () => {
  const cases: [string, string, string, string][] = [
    ['the Security Council after "UN"', 'Mexico will file a complaint at the UN security council on Friday.', 'un-security-council', 'UN security council'],
    ['the Security Council after "U.N."', 'The U.N. security council met behind closed doors on Monday.', 'un-security-council', 'U.N. security council'],
    ['the General Assembly', 'The UN general assembly voted on the resolution late on Tuesday.', 'un-general-assembly', 'UN general assembly'],
    ['an organ written first in a sentence', 'UN security council members condemned the attack.', 'un-security-council', 'UN security council'],
  ];
  for (const [label, text, id, alias] of cases) {
    it(`${label}: "${alias}" is ${id}`, () => {
      const doc = withTagger('en', text);
      assert.ok(byId(doc, id)?.aliases.includes(alias), dump(doc));
      assert.ok(!doc.get('entities').some((e) => e.id === 'united-nations' && e.descriptions.some((d) => d.includes(alias))), dump(doc));
    });
  }
});

describe('resolve (session 15): negatives — the abbreviation stays what it is', () => {
  it('words after the abbreviation that name no organ of the base leave it the organisation ("UN peacekeepers")', () => {
    const doc = withTagger('en', 'The UN peacekeepers left the town on Sunday.');
    assert.ok(byId(doc, 'united-nations')?.aliases.includes('UN'), dump(doc));
    assert.ok(!byId(doc, 'un-security-council'), dump(doc));
  });
  it('a state\'s abbreviation is no organisation: "the US state department" names no body of its own', () => {
    const doc = withTagger('en', 'The US state department criticised the decision on Monday.');
    assert.ok(byId(doc, 'usa')?.aliases.includes('US'), dump(doc));
    assert.ok(!doc.get('entities').some((e) => e.type === 'ORG' && e.aliases.some((a) => /state department/i.test(a))), dump(doc));
  });
  it('the organ in capitals is found as before ("UN Security Council")', () => {
    const doc = withTagger('en', 'The UN Security Council met on Monday.');
    assert.ok(byId(doc, 'un-security-council')?.aliases.includes('UN Security Council'), dump(doc));
  });
  it('a lower-case organ noun with no abbreviation before it is no name ("the security council of the club")', () => {
    const doc = withTagger('en', 'The security council of the club met on Monday.');
    assert.ok(!byId(doc, 'un-security-council'), dump(doc));
  });
});
