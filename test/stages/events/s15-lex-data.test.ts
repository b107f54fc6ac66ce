import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertHas, assertLacks, engineCoder, eventLexicon } from './helpers.js';
import type { TriggerEntry } from '../../../src/stages/events/lexicon.js';

/**
 * Session 15 (EV-LEX): the lexicon data the act selection reads — order entries (`order`), the cue lists
 * `otherwiseMarkers` and `countOrdinals`, the source slots of accusation nouns ("die Vorwürfe aus Budapest", "the
 * accusations from Beijing") and the mediator of a German mediation noun ("unter Vermittlung von Katar"). Flags with no
 * reader yet are tested where they are parsed; the rest through the whole engine. Sentences written for these tests.
 */
const de = engineCoder('de');
const en = engineCoder('en');

/** The compiled entries of a lexicon id (one per `||` pattern). */
function entries(lang: 'de' | 'en', id: string): readonly TriggerEntry[] {
  const found = eventLexicon(lang).triggers.filter((t) => t.id === id);
  assert.ok(found.length > 0, `no entry ${id}`);
  return found;
}

/** Asserts that some event matches `want`. */
function assertMatch(got: readonly string[], want: RegExp): void {
  assert.ok(got.some((e) => want.test(e)), `want ${want}; got: ${got.join(', ') || '-'}`);
}

describe('lexicon: order entries carry the order flag', () => {
  for (const [lang, id] of [['en', 'en.request.order'], ['de', 'de.request.anordnen']] as const) {
    it(`${id} is an order that governs its act`, () => {
      for (const e of entries(lang, id)) {
        assert.equal(e.order, true);
        assert.equal(e.governs, true);
        assert.equal(e.type, 'REQUEST');
      }
    });
  }
  for (const [lang, id] of [['en', 'en.request.urge'], ['de', 'de.request.fordern'], ['de', 'de.request.aufrufen'], ['en', 'en.agree.promise']] as const) {
    it(`negative: ${id} is no order (default false)`, () => {
      for (const e of eventLexicon(lang).triggers.filter((t) => t.id === id)) assert.equal(e.order, false);
    });
  }
  it('every order entry is a REQUEST (an order is a demand unless it goes to the orderer\'s own side)', () => {
    for (const lang of ['de', 'en'] as const) for (const e of eventLexicon(lang).triggers.filter((t) => t.order)) assert.equal(e.type, 'REQUEST', e.id);
  });
});

describe('events (de): "ordnete an", "wies an", "befahl", "beauftragte" are orders', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['"wies … an, … zu" (foreign addressee)', 'Der Internationale Gerichtshof wies Venezuela an, von jeder Handlung abzusehen.', 'REQUEST icj>venezuela'],
    ['"hat … angewiesen" (Perfekt)', 'Der Internationale Gerichtshof hat Venezuela angewiesen, von jeder Handlung abzusehen.', 'REQUEST icj>venezuela'],
    ['"befahl" with a foreign addressee', 'Der Internationale Gerichtshof befahl Venezuela, die Grenze zu öffnen.', 'REQUEST icj>venezuela'],
  ];
  for (const [name, s, want] of cases) it(name, () => assertMatch(de(s), new RegExp(`^${want} `, 'u')));
  it('negative: "wies … an der Grenze zurück" is no order', () =>
    assertLacks(de('Ungarn wies die Flüchtlinge an der Grenze zu Serbien zurück.'), /^REQUEST/u));
  it('negative: "ordnete eine Untersuchung an" names nobody ordered', () =>
    assertLacks(de('Olaf Scholz ordnete eine Untersuchung an.'), /^REQUEST/u));
  it('negative: "wies die Vorwürfe zurück" stays a rejection', () => {
    const got = de('Serbien wies die Vorwürfe Kosovos zurück.');
    assertLacks(got, /^REQUEST/u);
    assertMatch(got, /^REJECT serbia>/u);
  });
});

describe('lexicon: otherwiseMarkers and countOrdinals', () => {
  const words = (cues: readonly (readonly string[])[]): string[] => cues.map((c) => c.join(' '));
  it('en: "otherwise", "or else"', () => assert.deepEqual(words(eventLexicon('en').cues.otherwiseMarkers), ['otherwise', 'or else']));
  it('de: "sonst", "andernfalls", "ansonsten"', () => {
    const got = words(eventLexicon('de').cues.otherwiseMarkers);
    for (const w of ['sonst', 'andernfalls', 'ansonsten']) assert.ok(got.includes(w), w);
  });
  it('negative: no conditional conjunction is an otherwise marker ("if", "wenn" open the condition, not the consequence)', () => {
    assert.ok(!words(eventLexicon('en').cues.otherwiseMarkers).includes('if'));
    assert.ok(!words(eventLexicon('de').cues.otherwiseMarkers).includes('wenn'));
  });
  it('en: ordinals and "such"', () => {
    const c = eventLexicon('en').cues;
    for (const w of ['second', 'third', 'tenth']) assert.ok(c.countOrdinals.has(w), w);
    assert.ok(c.countFollowers.has('such'));
    assert.ok(!c.countOrdinals.has('first'), 'the first act of a kind counts nothing earlier');
  });
  it('de: inflected ordinals and "solche"', () => {
    const c = eventLexicon('de').cues;
    for (const w of ['zweite', 'dritten', 'vierter']) assert.ok(c.countOrdinals.has(w), w);
    assert.ok(c.countFollowers.has('solche'));
    assert.ok(!c.countOrdinals.has('erste'));
  });
});

describe('events: accusations and criticism from a place or party have it as their author', () => {
  it('(de) "wies die Vorwürfe aus Budapest zurück"', () =>
    assertHas(de('Johann Wadephul wies die Vorwürfe aus Budapest zurück.'), 'REJECT johann-wadephul>hungary asserted'));
  it('(de) "wies die Vorwürfe von Viktor Orbán zurück"', () =>
    assertMatch(de('Johann Wadephul wies die Vorwürfe von Viktor Orbán zurück.'), /^REJECT johann-wadephul>viktor-orban /u));
  it('(en) "rejected the accusations from Beijing"', () =>
    assertHas(en('Japan rejected the accusations from Beijing.'), 'REJECT japan>china asserted'));
  it('(en) "dismissed the allegations from Moscow"', () =>
    assertMatch(en('Ukraine dismissed the allegations from Moscow.'), /^REJECT ukraine>russia /u));
  it('negative (de): "Vorwürfe von Korruption" names no author', () =>
    assertLacks(de('Johann Wadephul wies Vorwürfe von Korruption zurück.'), /^REJECT johann-wadephul>hungary/u));
});

describe('events (de): mediation names its mediator', () => {
  it('"unter Vermittlung von Katar"', () => assertMatch(de('Die Waffenruhe kam unter Vermittlung von Katar zustande.'), /^CONSULT qatar>/u));
  it('"durch Vermittlung der Türkei"', () => assertMatch(de('Die Einigung wurde durch Vermittlung der Türkei erzielt.'), /^CONSULT turkey>/u));
  it('negative: "Vermittlung von Arbeitskräften" names no actor', () =>
    assertLacks(de('Das Amt ist für die Vermittlung von Arbeitskräften zuständig.'), /^CONSULT/u));
});
