import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES_DIR, ResourceLoader } from '../../src/resources/loader.js';
import { asObject, asStringArray } from '../../src/resources/validate.js';
import { LagebildError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

test('every language folder holds the same lexicon file names', () => {
  const langs = readdirSync(RESOURCES_DIR).filter((d) => d !== 'common');
  assert.ok(langs.includes('de') && langs.includes('en'));
  const names = (l: string) => readdirSync(join(RESOURCES_DIR, l)).sort();
  for (const l of langs) assert.deepEqual(names(l), names('de'), `resources/${l} differs from resources/de`);
});

test('every lexicon file is valid JSON', () => {
  for (const dir of readdirSync(RESOURCES_DIR)) {
    for (const f of readdirSync(join(RESOURCES_DIR, dir))) {
      if (!f.endsWith('.json')) continue;
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(RESOURCES_DIR, dir, f), 'utf8')), `${dir}/${f}`);
    }
  }
});

test('an invalid lexicon gets an error naming the file and the field', () => {
  const root = tempDir('lb-res-');
  mkdirSync(join(root, 'de'));
  writeFileSync(join(root, 'de', 'bad.json'), JSON.stringify({ words: ['ok', 3] }));
  writeFileSync(join(root, 'de', 'broken.json'), '{ not json');
  const res = new ResourceLoader('de', root);
  const v = (raw: unknown, where: string) => asStringArray(asObject(raw, where).words, where, 'words');
  assert.throws(() => res.lexicon('bad', v), (e: unknown) => e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && /words\[1\]: expected a string/.test(e.message) && /bad\.json/.test(e.subject ?? ''));
  assert.throws(() => res.lexicon('broken', v), /not valid JSON/);
  assert.throws(() => res.lexicon('missing', v), /lexicon file missing/);
});
