import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder, eventLexicon } from './helpers.js';

/**
 * Session 16 (EV-LEX, EV-ACT's 22:02 request): the armed organs of a state are seat nouns (`seatNouns`: army, navy,
 * guard, coastguard, gendarmerie; Marine, Bundeswehr, Luftwaffe, Gendarmerie), so a bare organ acts for the state of
 * its place ("The army arrested … in Khartoum") and an order to one is an order to the orderer's own organ (code.ts).
 * Sentences written for these tests.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('lexicon: armed organs are seat nouns', () => {
  for (const [lang, w] of [['en', 'army'], ['en', 'navy'], ['en', 'guard'], ['en', 'coastguard'], ['en', 'gendarmerie'], ['de', 'marine'], ['de', 'bundeswehr'], ['de', 'luftwaffe'], ['de', 'gendarmerie'], ['de', 'armee']] as const) {
    it(`${lang} "${w}"`, () => assert.ok(eventLexicon(lang).cues.seatNouns.has(w)));
  }
  for (const [lang, w] of [['en', 'protesters'], ['en', 'rebels'], ['de', 'demonstranten']] as const) {
    it(`negative: ${lang} "${w}" is no seat noun`, () => assert.ok(!eventLexicon(lang).cues.seatNouns.has(w)));
  }
});

describe('events: a bare armed organ acts for the state of its place', () => {
  it('"The army arrested … in Khartoum" is Sudan\'s act', () => assertHas(en('The army arrested dozens of protesters in Khartoum.').map((e) => e.replace(/>.*/u, '')), 'COERCE sudan'));
  it('negative: an order to a foreign state stays a REQUEST', () => assertHas(en('The ICJ ordered Venezuela to refrain from any action.'), 'REQUEST icj>venezuela asserted'));
  it('negative: "Marine" in a name is no organ', () => assertLacks(de('Marine Le Pen kritisierte die Regierung in Paris.'), /^COERCE/u));
});
