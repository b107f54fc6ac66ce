import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LagebildError } from '../../../src/errors.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { loadSpeechActLexicon } from '../../../src/stages/speech-acts/lexicon.js';
import { tempDir } from '../../support/temp-dir.js';

// Session 22: speech-acts.json is validated on load against speech-verbs.json, whose forms the stage uses.

const speechVerbs = { verbs: [{ lemma: 'warnen', complement: 'bare', forms: ['warnte'] }, { lemma: 'drohen', complement: 'none', forms: ['drohte'] }] };

/** A loader over a temporary resources folder with the two files. */
function loaderWith(acts: unknown): ResourceLoader {
  const root = tempDir('lb-acts-');
  mkdirSync(join(root, 'de'));
  writeFileSync(join(root, 'de', 'speech-verbs.json'), JSON.stringify(speechVerbs));
  writeFileSync(join(root, 'de', 'speech-acts.json'), JSON.stringify(acts));
  return new ResourceLoader('de', root);
}

const valid = { lemmas: ['warnen', 'drohen'], needs: { drohen: ['mit'] }, notWith: {}, thingObjects: [], genitiveArticles: ['des'], reflexives: ['sich'] };

test('the shipped speech-act lexicons load in both languages', () => {
  for (const lang of ['de', 'en'] as const) assert.ok(loadSpeechActLexicon(new ResourceLoader(lang)).lemmas.size > 10, lang);
});

test('a valid speech-act lexicon loads with its per-lemma lists', () => {
  const lex = loadSpeechActLexicon(loaderWith(valid));
  assert.deepEqual([...lex.lemmas], ['warnen', 'drohen']);
  assert.deepEqual([...(lex.needs.get('drohen') ?? [])], ['mit']);
});

test('a lemma that speech-verbs.json lacks, or a per-lemma list for an unlisted lemma, is refused', () => {
  const refused = (acts: unknown, field: RegExp): void => {
    assert.throws(() => loadSpeechActLexicon(loaderWith(acts)), (e: unknown) => e instanceof LagebildError && e.code === 'RESOURCE_INVALID' && field.test(e.message));
  };
  refused({ ...valid, lemmas: ['warnen', 'kündigen'] }, /lemmas\[1\]/);
  refused({ ...valid, needs: { sagen: ['von'] } }, /needs\.sagen/);
  refused({ ...valid, thingObjects: ['begrüßen'] }, /thingObjects\[0\]/);
  refused({ ...valid, reflexives: 'sich' }, /reflexives/);
});
