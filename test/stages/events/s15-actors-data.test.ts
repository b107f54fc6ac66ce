import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { assertLacks, brief, engineCoder } from './helpers.js';

/**
 * Session 15 (EV-ACT): actors and modality that read EV-LEX's session-15 data — the masthead words of `pressAudiences`
 * (eef1fea8); readiness is an offer of the act, hypothetical (lead decision of session 31; session 16 had kept the PLOVER
 * manual's AGREE, which these tests now assert under the option `ploverFuture`), and a brokered truce is the parties' AGREE. Sentences written for
 * these tests; whole-engine runs.
 */
const en = engineCoder('en');
/** The whole engine under option `ploverFuture` (the PLOVER manual's reading of offers and future acts). */
const enPloverEngine = new Engine({ stageOptions: { events: { ploverFuture: true } } });
const enPlover = (s: string): string[] => enPloverEngine.analyze(ingestPlainText(`Title\n${s}\n`, 'en'), { id: 't', published: '2026-11-20' }).get('events').map(brief);
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

describe('events: readiness is an offer of the act, hypothetical (lead decision s31; the s16 AGREE reading is the ploverFuture one)', () => {
  it('"the EU remained ready to negotiate with the United States" is the negotiation, hypothetical', () =>
    has(en('The EU remained ready to negotiate with the United States.'), /^CONSULT european-union>usa hypothetical/u));
  it('… with ploverFuture: AGREE (the PLOVER manual; the s16 expectation, moved under the option in s31)', () =>
    has(enPlover('The EU remained ready to negotiate with the United States.'), /^AGREE european-union>usa hypothetical/u));
  it('"Russia is ready to withdraw its troops from the border with Finland" is the withdrawal, offered (hypothetical)', () =>
    has(en('Russia is ready to withdraw its troops from the border with Finland.'), /^RETREAT russia>finland hypothetical/u));
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
