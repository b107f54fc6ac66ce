import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, brief, engineEvents } from './helpers.js';

/**
 * Session 14 (EV-ACT): one act of force coded once. A gerund of force after the comma that closes the clause of an
 * earlier act of force ("exchanged fire …, killing two soldiers", "rammed a boat …, injuring four sailors") tells that
 * act's result, not a second ASSAULT against the victims. Sentences written for these tests; whole-engine runs.
 */
const en = (s: string): string[] => engineEvents(`Title\n${s}\n`, '2026-03-16', 'en').map((e) => brief(e));
const count = (got: readonly string[], want: RegExp): number => got.filter((e) => want.test(e)).length;

describe('events (en): a gerund of force after an act of force is its result', () => {
  const cases: readonly [string, RegExp, RegExp][] = [
    ['Kenyan troops shelled Somali positions near the border on Monday, killing three soldiers.', /^ASSAULT kenya>somalia/u, /^ASSAULT kenya>unnamed/u],
    ['Chinese vessels rammed a Philippine supply boat near the shoal, injuring four sailors.', /^ASSAULT china>philippines/u, /^ASSAULT china>unnamed/u],
    ['Indian and Pakistani troops exchanged fire along the frontier overnight, wounding two civilians.', /^ASSAULT (india>pakistan|pakistan>india)/u, /^ASSAULT \w+>unnamed/u],
  ];
  for (const [s, keep, drop] of cases) {
    it(s, () => {
      const got = en(s);
      assert.ok(count(got, keep) >= 1, `want ${keep}; got: ${got.join(', ') || '-'}`);
      assertLacks(got, drop);
    });
  }
  it('negative: a killing with its own finite verb stays an act of its own', () => {
    const got = en('Kenyan troops shelled Somali positions on Monday. Somali forces killed three Kenyan soldiers in an ambush.');
    assert.ok(count(got, /^ASSAULT somalia>/u) >= 1, got.join(', '));
  });
  it('negative: a gerund of force after a statement is no result of it', () => {
    const got = en('Kenya accused Somalia of shelling its border posts, killing three soldiers.');
    assert.ok(got.length >= 1, got.join(', '));
  });
});
