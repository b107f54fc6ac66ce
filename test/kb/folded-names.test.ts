/**
 * News print names without their diacritics ("Chisinau", "Bogota", "Yaounde", "Erdogan"): every
 * knowledge-base form with marks must also be found under its folded spelling. Data-driven over
 * the capitals and names of every UN member state (world-countries' `unMember`) in both languages,
 * and over the curated actors; the fold must not give a form to a second entity.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { Country } from 'world-countries';
import { buildKnowledgeBase, foldMarks, kebab, type KnowledgeBase } from '../../src/kb/index.js';
import { ResourceLoader } from '../../src/resources/loader.js';
import { entityWith, withTagger } from '../stages/resolve/helpers.js';

const require = createRequire(import.meta.url);
const UN = (require('world-countries') as Country[]).filter((c) => c.unMember);
const kbs = { de: buildKnowledgeBase(new ResourceLoader('de'), 'de'), en: buildKnowledgeBase(new ResourceLoader('en'), 'en') };
const ids = (kb: KnowledgeBase, form: string): string[] => kb.lookup(form).map((h) => h.entity.id);

describe('knowledge base: spellings without diacritics', () => {
  it('folds marks and keeps case and apostrophes readable', () => {
    assert.equal(foldMarks('Chișinău'), 'Chisinau');
    assert.equal(foldMarks('São Tomé'), 'Sao Tome');
    assert.equal(foldMarks('Nukuʻalofa'), "Nuku'alofa");
    assert.equal(foldMarks('Aleksandar Vučić'), 'Aleksandar Vucic');
    assert.equal(foldMarks('Türkei'), 'Turkei');
  });

  for (const lang of ['de', 'en'] as const) {
    it(`(${lang}) finds the capital and the names of every UN member state under their folded forms`, () => {
      const kb = kbs[lang];
      const states = [...kb.all()].filter((e) => e.kind === 'country' && e.code);
      let capitals = 0;
      let names = 0;
      let marked = 0;
      const missing: string[] = [];
      for (const c of UN) {
        const state = states.find((e) => e.code === c.cca2);
        assert.ok(state, c.cca2);
        const cap = kb.capitalOf(state.id);
        // a city state's capital has the state's id ("Djibouti", "Kuwait"): the state's names cover it
        if (!cap) {
          assert.equal(kebab(c.capital[0] ?? ''), state.id, `${state.id}: no capital`);
          continue;
        }
        for (const n of cap.names) {
          capitals++;
          if (foldMarks(n) !== n) marked++;
          if (!ids(kb, foldMarks(n)).includes(cap.id)) missing.push(`${foldMarks(n)} → ${cap.id}`);
        }
        for (const n of state.names) {
          names++;
          if (foldMarks(n) !== n) marked++;
          if (!ids(kb, foldMarks(n)).includes(state.id)) missing.push(`${foldMarks(n)} → ${state.id}`);
        }
      }
      assert.deepEqual(missing, []);
      assert.ok(capitals >= 193 && names >= 193 && marked >= 10, `${capitals} capital forms, ${names} state names, ${marked} with marks`);
    });

    it(`(${lang}) finds every curated person under the folded form of each name`, () => {
      const kb = kbs[lang];
      const missing: string[] = [];
      for (const a of kb.all()) {
        if (a.kind !== 'actor') continue;
        for (const n of [...a.names, ...a.short]) if (!ids(kb, foldMarks(n)).includes(a.id)) missing.push(`${foldMarks(n)} → ${a.id}`);
      }
      assert.deepEqual(missing, []);
    });

    it(`(${lang}) gives no folded form to a second entity`, () => {
      assert.deepEqual(kbs[lang].foldCollisions, []);
    });
  }

  it('reads "Chisinau", "Yaounde", "Asuncion" without marks as the capitals and their states', () => {
    const de = withTagger('de', 'Die Regierung in Chisinau erklärte, man werde hart bleiben. Das Außenministerium in Yaounde schwieg.');
    assert.deepEqual(entityWith(de, 'moldova')?.descriptions, ['Die Regierung in Chisinau']);
    assert.deepEqual(entityWith(de, 'cameroon')?.descriptions, ['Das Außenministerium in Yaounde']);
    assert.equal(entityWith(de, 'germany'), undefined);
    const en = withTagger('en', 'The government in Asuncion said it would expel two diplomats. Officials in Lome declined to comment.');
    assert.deepEqual(entityWith(en, 'paraguay')?.descriptions, ['The government in Asuncion']);
    assert.equal(entityWith(en, 'lome')?.type, 'GPE');
  });

  it('also finds a name whose apostrophe inside a word is dropped ("Nukualofa"), but not a capital after one (negative)', () => {
    for (const lang of ['de', 'en'] as const) {
      assert.ok(ids(kbs[lang], 'Nukualofa').includes('nukualofa'), lang);
      assert.ok(ids(kbs[lang], "Nuku'alofa").includes('nukualofa'), lang);
      assert.deepEqual(ids(kbs[lang], 'NDjamena'), [], lang);
    }
    const de = withTagger('de', 'Die Polizei in Nukualofa nahm zwei Demonstranten fest.');
    assert.deepEqual(entityWith(de, 'tonga')?.descriptions, ['Die Polizei in Nukualofa']);
  });

  it('keeps a word that only looks like a folded name an ordinary word (negative)', () => {
    const de = withTagger('de', 'Die Regierung erklärte am Montag, man werde hart bleiben.');
    assert.equal(entityWith(de, 'moldova'), undefined);
  });
});
