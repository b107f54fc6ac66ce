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

test('the grammar flags are checked on load and name the fact each rule needs', () => {
  const de = loadQuoteLexicon(new ResourceLoader('de')).grammar;
  const en = loadQuoteLexicon(new ResourceLoader('en')).grammar;
  // German: commas mark reported clauses, nouns are capitalised closed compounds, verb second with a bracket
  assert.deepEqual([de.commaClauses, de.capitalisedNouns, de.closedCompounds, de.verbSecond, de.verbBracket, de.relativeArticles, de.subjunctiveReports, de.verbAgreement, de.capitalisedAdjectives],
    [true, true, true, true, true, true, true, true, false]);
  assert.deepEqual([en.commaClauses, en.capitalisedNouns, en.closedCompounds, en.verbSecond, en.verbBracket, en.relativeArticles, en.subjunctiveReports, en.verbAgreement, en.capitalisedAdjectives],
    [false, false, false, false, false, false, false, false, true]);
  const root = tempDir('lagebild-quotes-');
  for (const d of ['de', 'common']) mkdirSync(join(root, d));
  for (const f of ['speech-verbs', 'subjunctive']) copyFileSync(join(RESOURCES_DIR, 'de', `${f}.json`), join(root, 'de', `${f}.json`));
  copyFileSync(join(RESOURCES_DIR, 'common', 'quote-marks.json'), join(root, 'common', 'quote-marks.json'));
  const cues = JSON.parse(readFileSync(join(RESOURCES_DIR, 'de', 'quote-cues.json'), 'utf8')) as { grammar: Record<string, unknown> };
  delete cues.grammar.closedCompounds;
  writeFileSync(join(root, 'de', 'quote-cues.json'), JSON.stringify(cues));
  assert.throws(() => loadQuoteLexicon(new ResourceLoader('de', root)), (e: unknown) =>
    e instanceof LagebildError && /grammar\.closedCompounds/.test(e.message) && String(e.subject).endsWith('quote-cues.json'));
});
