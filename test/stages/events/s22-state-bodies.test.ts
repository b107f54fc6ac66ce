import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder } from './helpers.js';

/**
 * Session 22 (EVT): a named state body and its spokesperson. An unnamed spokesperson whose title names an organ ("A
 * U.S. State Department spokesperson") acts for that organ, not for the state named before it (view.ts
 * `unnamedBodies`, `representativeNouns`); and a stance of the state in what that body says, in a sentence that names
 * the body before the state ("… said the United States was deeply concerned"), is the body's (code.ts `bodyVoice`). Acts the state does,
 * other states' stances and sentences that name only the state keep the state. Sentences written for these tests;
 * whole-engine runs.
 */
const en = engineCoder('en');
const de = engineCoder('de');

describe('events: a spokesperson of a named state body speaks for the body', () => {
  it('(en) the organ in the title wins over the state before it', () =>
    assertHas(en('A U.S. State Department spokesperson condemned the arrests on Tuesday.'), 'ACCUSE us-state-department>- asserted'));
  it('(en) the state\'s concern reported by the body is the body\'s', () =>
    assertHas(en('A State Department spokesperson said the United States was deeply concerned about the arrests in Minsk.'), 'ACCUSE us-state-department>- asserted'));
  it('(en) the state\'s support reported by the body is the body\'s', () =>
    assertHas(en('A State Department spokesperson said the United States stands firmly with Moldova.'), 'SUPPORT us-state-department>moldova asserted'));
  it('(de) die Unterstützung des Staates, die ein Sprecher des Ministeriums meldet', () =>
    assertHas(de('Ein Sprecher des US-Außenministeriums sagte, die Vereinigten Staaten stünden fest an der Seite Moldaus.'), 'SUPPORT us-state-department>moldova asserted'));
});

describe('events: negatives — no named organ, acts of the state, other states, the body not named in the sentence', () => {
  it('(en) an official of no named organ acts for the state', () =>
    assertHas(en('A U.S. defense official condemned the arrests on Tuesday.'), 'ACCUSE usa>- asserted'));
  it('(en) a strike the body reports is the state\'s act', () =>
    assertHas(en('The State Department said the United States had struck three targets in Syria.'), 'ASSAULT usa>syria asserted'));
  it('(en) another state\'s stance stays that state\'s', () =>
    assertLacks(en('A U.S. State Department spokesperson said Russia stands firmly with Belarus.'), /^SUPPORT us-state-department>/u));
  it('(en) the state reported acting first, the body only attributing it, keeps the state', () =>
    assertHas(en('The United States stands firmly with Moldova, the State Department said on Monday.'), 'SUPPORT usa>moldova asserted'));
  it('(en) a sentence that names only the state keeps the state', () =>
    assertHas(en('A State Department spokesperson urged calm. The United States stands firmly with Moldova, the spokesperson added.'), 'SUPPORT usa>moldova asserted'));
});
