import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LagebildError } from '../../../src/errors.js';
import { endingOf } from '../../../src/resources/grammar.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { feminineForm, genitiveForm, loadResolveLexicon, nameGenitiveBase, withoutPossessive } from '../../../src/stages/resolve/lexicon.js';
import { tempDir } from '../../support/temp-dir.js';

const RES = join(import.meta.dirname, '../../../resources');
const de = loadResolveLexicon(new ResourceLoader('de'));
const en = loadResolveLexicon(new ResourceLoader('en'));

describe('resolve: word forms are language data (resolve.json forms)', () => {
  it('lists the same fields in both languages, with the facts that tell them apart', () => {
    assert.deepEqual(Object.keys(de.forms).sort(), Object.keys(en.forms).sort());
    assert.equal(de.forms.nounsCapitalised, true);
    assert.equal(en.forms.nounsCapitalised, false);
    assert.equal(de.compoundHeads, true);
    assert.equal(en.compoundHeads, false);
    assert.equal(de.forms.feminineSuffix, 'in', 'from grammar.json');
    assert.equal(en.forms.feminineSuffix, '');
  });

  it('reads possessives, name genitives and feminine forms from the data', () => {
    assert.equal(withoutPossessive(en, 'country’s'), 'country');
    assert.equal(withoutPossessive(en, "sudan's"), 'sudan');
    assert.equal(withoutPossessive(en, 'country'), 'country');
    assert.equal(withoutPossessive(de, 'landes'), 'landes', 'German has no possessive clitic');
    assert.equal(nameGenitiveBase(de, 'Perus'), 'Peru');
    assert.equal(nameGenitiveBase(en, 'Paris'), null, 'English names take no genitive ending');
    assert.ok(genitiveForm(de, 'Russlands'));
    assert.ok(!genitiveForm(de, 'US-Präsidents'), 'a hyphenated compound is no name genitive');
    assert.ok(genitiveForm(en, 'Russia’s'));
    assert.ok(!genitiveForm(en, 'Paris'));
    assert.ok(feminineForm(de, 'ministerin') && !feminineForm(de, 'minister'));
    assert.ok(!feminineForm(en, 'cousin'), 'English derives no feminine with a suffix');
  });

  it('derives head genders with the grammar\'s feminine suffix only where the language has one', () => {
    assert.equal(de.heads.get('ministerin')?.gender ?? de.heads.get('außenministerin')?.gender, 'f');
    assert.equal(en.heads.get('minister')?.gender ?? null, null);
  });

  it('takes the first listed ending that leaves a stem long enough', () => {
    assert.equal(endingOf('russischen', ['en', 'e'], 3), 'en');
    assert.equal(endingOf('neue', ['en', 'e'], 3), 'e');
    assert.equal(endingOf('ne', ['en', 'e'], 3), null, 'stem too short');
    assert.equal(endingOf('’', ['’s', '’'], 0), '’', 'a clitic token of its own');
    assert.equal(endingOf('’', ['’s', '’']), null);
  });

  it('rejects a forms list that would hide a longer ending, and a missing field', () => {
    const load = (patch: Record<string, unknown>): (() => unknown) => () => {
      const root = tempDir('lb-forms-');
      mkdirSync(join(root, 'de'));
      mkdirSync(join(root, 'common'));
      const raw = JSON.parse(readFileSync(join(RES, 'de', 'resolve.json'), 'utf8')) as { forms: Record<string, unknown> };
      raw.forms = { ...raw.forms, ...patch };
      writeFileSync(join(root, 'de', 'resolve.json'), JSON.stringify(raw));
      copyFileSync(join(RES, 'de', 'grammar.json'), join(root, 'de', 'grammar.json'));
      // (the lexicon reads the verbs of saying too: s19 title extent)
      copyFileSync(join(RES, 'de', 'speech-verbs.json'), join(root, 'de', 'speech-verbs.json'));
      copyFileSync(join(RES, 'common', 'given-names.json'), join(root, 'common', 'given-names.json'));
      // (and the time zones, which are no names)
      copyFileSync(join(RES, 'common', 'time-zones.json'), join(root, 'common', 'time-zones.json'));
      return loadResolveLexicon(new ResourceLoader('de', root));
    };
    const invalid = (field: RegExp) => (e: unknown): boolean => e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && field.test(e.message);
    assert.doesNotThrow(load({}));
    assert.throws(load({ orgPluralEndings: ['n', 'en'] }), invalid(/forms\.orgPluralEndings: "en" must come before "n"/));
    assert.throws(load({ adverbEndings: ['LY'] }), invalid(/forms\.adverbEndings/));
    assert.throws(load({ nounsCapitalised: undefined }), invalid(/forms\.nounsCapitalised/));
  });
});
