import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertLacks, engineCoder } from './helpers.js';

/**
 * Session 15 (EV-ACT): actors and modality that read EV-LEX's session-15 data — the masthead words of `pressAudiences`
 * (eef1fea8); the readiness entries as pledges with their own modality and the mediation entry beside the agreement are
 * todo: EV-LEX held that data back (en.agree.ready / de.agree.bereit pledge flags, en.consult.broker-between; patch in
 * the session notes), so select.ts's code for them has no entry to read yet. Sentences written for these tests;
 * whole-engine runs.
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

describe('events: readiness is an offer, the offered act hypothetical', () => {
  it('"the EU remained ready to negotiate with the United States"', { todo: 'EV-LEX data not committed: en.agree.ready/de.agree.bereit pledge + modality flags' }, () =>
    has(en('The EU remained ready to negotiate with the United States.'), /^CONSULT european-union>usa hypothetical/u));
  it('"Russia is ready to withdraw its troops from the border with Finland"', { todo: 'EV-LEX data not committed: en.agree.ready/de.agree.bereit pledge + modality flags' }, () =>
    has(en('Russia is ready to withdraw its troops from the border with Finland.'), /^RETREAT russia>finland hypothetical/u));
  it('negative: a promise stays planned ("Russia promised to withdraw its troops from Moldova")', () =>
    has(en('Russia promised to withdraw its troops from Moldova.'), /^RETREAT russia>moldova planned/u));
});

describe('events (en): a mediation is the mediator\'s consultation beside the parties\' agreement', () => {
  it('"Qatar brokered a ceasefire between Israel and Hamas"', { todo: 'EV-LEX data not committed: en.consult.broker-between' }, () => {
    const got = en('Qatar brokered a ceasefire between Israel and Hamas.');
    has(got, /^CONSULT qatar>(israel|hamas)/u);
    has(got, /^AGREE (israel>hamas|hamas>israel)/u);
  });
  it('negative: an offer to host talks between two sides is no agreement', () =>
    assertLacks(en('Brazil offered to host talks between Venezuela and Guyana.'), /^AGREE/u));
  it('negative: truce talks that stall are talks, not an agreement', () =>
    assertLacks(en('Israeli strikes kill 30 as truce talks stall with Hamas'), /^AGREE/u));
});
