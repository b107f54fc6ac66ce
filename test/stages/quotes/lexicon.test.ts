import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { LagebildError } from '../../../src/errors.js';
import { RESOURCES_DIR, ResourceLoader } from '../../../src/resources/loader.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { tempDir } from '../../support/temp-dir.js';

test('both languages load; inflected speech-verb forms are indexed', () => {
  const de = loadQuoteLexicon(new ResourceLoader('de'));
  for (const f of ['sagte', 'gesagt', 'erklärte', 'betonte', 'meinte', 'warnte', 'wies', 'zurückgewiesen']) assert.ok(de.verbs.has(f), f);
  assert.equal(de.verbs.get('wies')![0]!.particle, 'zurück');
  const en = loadQuoteLexicon(new ResourceLoader('en'));
  for (const f of ['said', 'told', 'warned', 'insisted', 'denied', 'added']) assert.ok(en.verbs.has(f), f);
  assert.deepEqual(en.sourcePrepositions[0], ['according', 'to']);
});

test('a malformed lexicon is rejected naming file and field', () => {
  const root = tempDir('lagebild-quotes-');
  for (const d of ['de', 'common']) mkdirSync(join(root, d));
  for (const f of ['quote-cues', 'subjunctive']) copyFileSync(join(RESOURCES_DIR, 'de', `${f}.json`), join(root, 'de', `${f}.json`));
  copyFileSync(join(RESOURCES_DIR, 'common', 'quote-marks.json'), join(root, 'common', 'quote-marks.json'));
  const verbs = JSON.parse(readFileSync(join(RESOURCES_DIR, 'de', 'speech-verbs.json'), 'utf8')) as { verbs: { complement: string }[] };
  verbs.verbs[0]!.complement = 'sometimes';
  writeFileSync(join(root, 'de', 'speech-verbs.json'), JSON.stringify(verbs));
  assert.throws(() => loadQuoteLexicon(new ResourceLoader('de', root)), (e: unknown) =>
    e instanceof LagebildError && /verbs\[0\]\.complement/.test(e.message) && String(e.subject).endsWith('speech-verbs.json'));
});

test('name particles and title linkers are lexicon data in both languages', () => {
  const de = loadQuoteLexicon(new ResourceLoader('de'));
  const en = loadQuoteLexicon(new ResourceLoader('en'));
  for (const lex of [de, en]) for (const p of ['von', 'bin', 'van']) assert.ok(lex.nameParticles.has(p), p);
  assert.ok(en.titleLinkers.has('of'));
  assert.equal(de.titleLinkers.size, 0);
});

test('a speech-verb form may name words that make it another verb (notWith)', () => {
  const de = loadQuoteLexicon(new ResourceLoader('de'));
  const fest = de.verbs.get('hält')!.find((f) => f.lemma === 'festhalten');
  assert.deepEqual(fest?.notWith, ['an']);
  assert.deepEqual(de.verbs.get('sagte')!.find((f) => f.lemma === 'sagen')?.notWith, []);
});
