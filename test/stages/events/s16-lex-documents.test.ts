import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventLexicon } from './helpers.js';
import { adoptionVerbAt, documentNoun, loadEventLexicon } from '../../../src/stages/events/lexicon.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ResourceLoader, RESOURCES_DIR } from '../../../src/resources/loader.js';

/**
 * Session 16 (EV-LEX): the cue lists EV-ACT reads to give a document subject the body that adopted it ("Der
 * UN-Sicherheitsrat verabschiedete eine Resolution. Die Resolution fordert die Armee auf …" → REQUEST by the council):
 * `documentNouns` (with German compounds) and `adoptionVerbs` (with separable particles), validated on load. Tested at
 * the lexicon level; sentences written for these tests.
 */
const cues = { de: eventLexicon('de').cues, en: eventLexicon('en').cues } as const;

/** Lower-case words of a sentence, as a sentence view gives them. */
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}-]+/gu) ?? [];

describe('lexicon: documentNouns give the lemma of a document noun', () => {
  const cases: readonly (readonly ['de' | 'en', string, string | null])[] = [
    ['de', 'resolution', 'resolution'],
    ['de', 'resolutionen', 'resolution'],
    ['de', 'berichts', 'bericht'],
    ['de', 'beschlüsse', 'beschluss'],
    ['de', 'verträgen', 'vertrag'],
    ['de', 'abschlusserklärung', 'abschlusserklärung'],
    ['de', 'un-resolution', 'resolution'],
    ['de', 'sicherheitsratsresolution', 'resolution'],
    ['de', 'friedensabkommen', 'abkommen'],
    ['de', 'waffenstillstandsabkommens', 'abkommen'],
    ['de', 'menschenrechtsbericht', 'bericht'],
    ['de', 'grundsatzurteil', 'urteil'],
    ['de', 'notstandsdekret', 'dekret'],
    ['en', 'resolution', 'resolution'],
    ['en', 'treaties', 'treaty'],
    ['en', 'communique', 'communiqué'],
    ['en', 'judgements', 'judgment'],
    ['en', 'un-resolution', 'resolution'],
    // negatives: no document
    ['de', 'vorurteil', null],
    ['de', 'verurteilen', null],
    ['de', 'unterlassen', null],
    ['de', 'naturgesetz', null],
    ['de', 'schuldenerlass', null],
    ['de', 'gericht', null],
    ['de', 'armee', null],
    ['de', 'angriff', null],
    ['de', 'urt', null],
    ['en', 'peacelaw', null],
    ['en', 'outlaw', null],
    ['en', 'reporter', null],
    ['en', 'army', null],
  ];
  for (const [lang, w, want] of cases) it(`${lang} "${w}" → ${want ?? 'none'}`, () => assert.equal(documentNoun(cues[lang], w), want));
});

describe('lexicon: adoptionVerbAt finds an adoption verb with its particle', () => {
  /** [lang, sentence, the word to test, whether it is an adoption verb there]. */
  const cases: readonly (readonly ['de' | 'en', string, string, boolean])[] = [
    ['de', 'Der Sicherheitsrat verabschiedete am Montag eine Resolution', 'verabschiedete', true],
    ['de', 'Der Rat hat eine Resolution verabschiedet', 'verabschiedet', true],
    ['de', 'Die Kommission beschloss eine Verordnung', 'beschloss', true],
    ['de', 'Amnesty legte am Dienstag einen Bericht vor', 'legte', true],
    ['de', 'Amnesty hat einen Bericht vorgelegt', 'vorgelegt', true],
    ['de', 'die Resolution, die der Rat annahm', 'annahm', true],
    ['de', 'Die Vollversammlung nahm die Erklärung mit großer Mehrheit an', 'nahm', true],
    ['de', 'Das Gericht fällte ein Urteil', 'fällte', true],
    ['de', 'Die Regierung erließ ein Dekret', 'erließ', true],
    ['de', 'Beide Staaten unterzeichneten ein Abkommen', 'unterzeichneten', true],
    ['de', 'Das Ministerium gab eine Erklärung heraus', 'gab', true],
    ['de', 'Die Staaten schlossen ein Abkommen ab', 'schlossen', true],
    ['en', 'The Security Council adopted a resolution', 'adopted', true],
    ['en', 'Parliament passed the bill on Tuesday', 'passed', true],
    ['en', 'The ministry issued a statement', 'issued', true],
    ['en', 'The court handed down its ruling', 'handed', true],
    ['en', 'The court handed its ruling down', 'handed', true],
    ['en', 'The court handed down', 'handed', true],
    ['en', 'Both leaders are signing the treaty', 'signing', true],
    ['en', 'The group publishes a report every year', 'publishes', true],
    ['en', 'The ministry put out a statement', 'put', true],
    // negatives: the particle is missing, or the word is no adoption verb
    ['de', 'Die Armee legte die Waffen nieder', 'legte', false],
    ['de', 'Der Minister nahm an der Sitzung teil', 'nahm', false],
    ['de', 'Die Staaten legten vor der Sitzung einen Plan fest', 'legten', false],
    ['de', 'Der Minister gab keine Auskunft', 'gab', false],
    ['de', 'Russland griff die Stadt an', 'griff', false],
    ['en', 'The minister handed the letter to the envoy', 'handed', false],
    ['en', 'Troops put the town under curfew', 'put', false],
    ['en', 'The army attacked the town', 'attacked', false],
  ];
  for (const [lang, s, verb, want] of cases) {
    it(`${lang} "${s}" (${verb}) → ${want}`, () => {
      const ws = words(s);
      const i = ws.indexOf(verb);
      assert.ok(i >= 0, `no "${verb}" in ${ws.join(' ')}`);
      assert.equal(adoptionVerbAt(cues[lang], ws, i), want);
    });
  }
  it('the particle must stand before the clause end given', () => {
    const ws = words('Amnesty legte einen Bericht und die Regierung stellte ihn vor');
    assert.equal(adoptionVerbAt(cues.de, ws, ws.indexOf('legte'), ws.indexOf('und')), false);
  });
  it('regular English forms come from base+ ("adopt+" → adopts, adopted, adopting)', () => {
    for (const f of ['adopt', 'adopts', 'adopted', 'adopting', 'ratifies', 'ratified', 'issues', 'issuing']) assert.equal(cues.en.adoptionVerbs.get(f), '', f);
  });
});

describe('lexicon: documentNouns and adoptionVerbs are validated on load', () => {
  /** A German loader whose event-cues.json has `over` merged in. */
  class PatchedLoader extends ResourceLoader {
    readonly over: Record<string, unknown>;
    constructor(over: Record<string, unknown>) {
      super('de');
      this.over = over;
    }
    override lexicon<T>(name: string, validate: (raw: unknown, where: string) => T): T {
      if (name !== 'event-cues') return super.lexicon(name, validate);
      const raw = JSON.parse(readFileSync(join(RESOURCES_DIR, 'de', 'event-cues.json'), 'utf8')) as Record<string, unknown>;
      return validate({ ...raw, ...this.over }, 'de/event-cues.json');
    }
  }
  const loaderWith = (over: Record<string, unknown>): ResourceLoader => new PatchedLoader(over);
  const bad: readonly (readonly [string, Record<string, unknown>, RegExp])[] = [
    ['a form under two lemmas', { documentNouns: { bericht: ['berichte'], report: ['berichte'] } }, /listed under/u],
    ['a form of two words', { documentNouns: { bericht: ['der bericht'] } }, /one word/u],
    ['a negative compound minimum', { documentCompoundMin: -1 }, /documentCompoundMin/u],
    ['an adoption form with two particles', { adoptionVerbs: [{ forms: ['legte'], particle: 'vor' }, { forms: ['legte'], particle: 'nieder' }] }, /particles/u],
    ['an adoption particle of two words', { adoptionVerbs: [{ forms: ['legte'], particle: 'vor an' }] }, /particle/u],
    ['adoption forms missing', { adoptionVerbs: [{ particle: 'vor' }] }, /forms/u],
  ];
  for (const [name, over, msg] of bad) it(`rejects ${name}`, () => assert.throws(() => loadEventLexicon(loaderWith(over)), msg));
  it('accepts the shipped files (both languages)', () => {
    assert.ok(cues.de.documents.forms.size > 40);
    assert.ok(cues.en.documents.forms.size > 40);
    assert.ok(cues.de.adoptionVerbs.size > 80);
    assert.ok(cues.en.adoptionVerbs.size > 50);
  });
});
