import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 15 (EV-ACT): actors and modality that read EV-LEX's session-15 data — the masthead words of `pressAudiences`
 * (eef1fea8); readiness stays AGREE (the PLOVER manual's reading, decided in session 16: the s15 todo tests that waited
 * for "readiness = offer" now assert that convention), and a brokered truce is the parties' AGREE. Sentences written for
 * these tests; whole-engine runs.
 */
const en = engineCoder('en');
const has = (got: readonly string[], want: RegExp): void => assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);

describe('events (en): telling a newspaper or broadcaster by name is a statement, not a consultation', () => {
  const outlets = ['the New York Times', 'the Financial Times', 'Deutsche Welle', 'the Washington Post', 'the Wall Street Journal', 'Al Jazeera', 'the Kyiv Independent', 'Sky News'];
  for (const o of outlets) {
    it(`"Zelensky told ${o}."`, () => assertLacks(en(`"The talks have failed," Zelensky told ${o}.`), /^CONSULT/u));
  }
  it('negative: telling a person stays a consultation ("Zelensky told Biden")', () =>
    has(en('"The talks have failed," Zelensky told Biden.'), /^CONSULT volodymyr-zelensky>biden/u));
  it('negative: telling a titled person stays a consultation ("told French President Emmanuel Macron")', () =>
    has(en('"The talks have failed," Zelensky told French President Emmanuel Macron.'), /^CONSULT volodymyr-zelensky>emmanuel-macron/u));
});

describe('events: readiness stays AGREE (PLOVER manual reading, decided s16); readiness to a concrete act is that act, planned', () => {
  it('"the EU remained ready to negotiate with the United States" is AGREE, asserted', () =>
    has(en('The EU remained ready to negotiate with the United States.'), /^AGREE european-union>usa asserted/u));
  it('"Russia is ready to withdraw its troops from the border with Finland" is the withdrawal, planned (like a promise)', () =>
    has(en('Russia is ready to withdraw its troops from the border with Finland.'), /^RETREAT russia>finland planned/u));
  it('negative: a promise stays planned ("Russia promised to withdraw its troops from Moldova")', () =>
    has(en('Russia promised to withdraw its troops from Moldova.'), /^RETREAT russia>moldova planned/u));
});

describe('events (en): a mediation is the parties\' agreement (the mediator is not its source)', () => {
  it('"Qatar brokered a ceasefire between Israel and Hamas" is AGREE between the parties', () => {
    const got = en('Qatar brokered a ceasefire between Israel and Hamas.');
    has(got, /^AGREE (israel>hamas|hamas>israel) asserted/u);
    assertLacks(got, /^AGREE qatar>/u);
  });
  it('negative: an offer to host talks between two sides is no agreement', () =>
    assertLacks(en('Brazil offered to host talks between Venezuela and Guyana.'), /^AGREE/u));
  it('negative: truce talks that stall are talks, not an agreement', () =>
    assertLacks(en('Israeli strikes kill 30 as truce talks stall with Hamas'), /^AGREE/u));
});
