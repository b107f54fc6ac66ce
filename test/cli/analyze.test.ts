import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cli } from './helpers.js';
import { tempDir } from '../support/temp-dir.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const tmp = () => tempDir('lb-cli-');

test('no command or an unknown one is a usage error (exit 2)', async () => {
  assert.equal((await cli([])).code, 2);
  const r = await cli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command "frobnicate"/);
  assert.equal((await cli(['analyze'])).code, 2);
  assert.equal((await cli(['analyze', 'x', '--date', '31.07.2025'])).code, 2);
  assert.equal((await cli(['analyze', 'x', '--lang', 'fr'])).code, 2);
});

test('--help lists every command and a command\'s options', async () => {
  const r = await cli(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /analyze/);
  assert.match(r.out, /eval/);
  const a = await cli(['analyze', '--help']);
  assert.match(a.out, /--out VALUE/);
});

test('analyze --out writes one ID.json per input in the gold format with offsets', async () => {
  const out = tmp();
  const r = await cli(['analyze', EXAMPLES, '--out', out, '--date', '2026-03-12']);
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(readFileSync(join(out, 'de-ostsee-manoever.json'), 'utf8')) as Record<string, unknown>;
  for (const k of ['title', 'published', 'language', 'source', 'text', 'entities', 'times', 'quotes', 'events']) assert.ok(k in doc, k);
  assert.equal(doc.published, '2026-03-12');
  assert.equal(doc.language, 'de');
  assert.ok(existsSync(join(out, 'en-manila-tokyo-pact.json')));
});

test('analyze prints JSON when piped and a summary on a terminal', async () => {
  const file = join(EXAMPLES, 'en-manila-tokyo-pact.txt');
  const piped = await cli(['analyze', file]);
  assert.equal(piped.code, 0);
  assert.equal((JSON.parse(piped.out) as { language: string }).language, 'en');
  const tty = await cli(['analyze', file], { tty: true });
  assert.match(tty.out, /^# Philippines and Japan/);
  assert.match(tty.out, /Entities \(/);
  assert.match(tty.out, /Timeline/);
  const dbg = await cli(['analyze', file, '--debug']);
  assert.match(dbg.err, /\[debug\]\s+segment\s+\+\d+ sentences/);
});

test('a batch with a missing input still processes the rest (exit 1) and names the bad one', async () => {
  const out = tmp();
  const r = await cli(['analyze', join(EXAMPLES, 'de-ostsee-manoever.txt'), '/nonexistent/x.txt', '--out', out]);
  assert.equal(r.code, 1);
  assert.match(r.err, /\/nonexistent\/x\.txt: no such file or folder \[NOT_FOUND\]/);
  assert.ok(existsSync(join(out, 'de-ostsee-manoever.json')));
});

test('bad inputs get one-line errors naming the file, never a stack trace, and never stop the batch', async () => {
  const dir = tmp();
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'Treffen in Berlin\nDie Außenminister trafen sich am Montag in Berlin. Sie sprachen über die Lage.');
  const bad: Record<string, Buffer | string> = {
    'empty.txt': '',
    'blank.txt': '   \n\n  ',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 5]),
    'latin.txt': Buffer.from([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0xff, 0xfe, 0xfd, 0x80, 0x81]),
    'nobody.html': '<html><head><title>x</title></head><body></body></html>',
    'french.txt': 'Le titre\nLe président de la République a rencontré les ministres pour discuter de la situation.',
  };
  mkdirSync(join(dir, 'batch'));
  for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, 'batch', name), content);
  writeFileSync(join(dir, 'batch', 'zz-good.txt'), readFileSync(good));
  const out = join(dir, 'out');
  const r = await cli(['analyze', join(dir, 'batch'), '--out', out]);
  assert.equal(r.code, 1, r.err);
  assert.ok(existsSync(join(out, 'zz-good.json')), 'the good file after the bad ones is still written');
  const lines = r.err.trim().split('\n');
  for (const name of ['empty.txt', 'blank.txt', 'binary.txt', 'nobody.html', 'french.txt']) {
    assert.ok(lines.some((l) => l.includes(name)), `${name} is named: ${r.err}`);
  }
  assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
});

test('the installed binary runs (skipped before a build)', (t) => {
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'lagebild.js');
  if (!existsSync(join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js'))) {
    t.skip('dist/ not built (npm ci or npm run build builds it)');
    return;
  }
  const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^lagebild \d/);
});

test('a text in another language is skipped with a warning, not a failure', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'fr.txt'), 'Le titre\nLe président de la République a rencontré les ministres pour discuter de la situation du pays.');
  const r = await cli(['analyze', join(dir, 'fr.txt'), '--out', join(dir, 'out')]);
  assert.equal(r.code, 0);
  assert.match(r.err, /warning: .*fr\.txt: .*\[LANGUAGE_UNSUPPORTED\]/);
  assert.ok(!existsSync(join(dir, 'out', 'fr.json')));
});

test('ingestion warnings (a windows-1252 file decoded by fallback) are printed, naming the file', async () => {
  const dir = tmp();
  const latin1 = Buffer.from('Treffen in M\xfcnchen\nDie Au\xdfenminister trafen sich am Montag in M\xfcnchen und sprachen \xfcber die Lage.', 'latin1');
  writeFileSync(join(dir, 'alt.txt'), latin1);
  const r = await cli(['analyze', join(dir, 'alt.txt'), '--out', join(dir, 'out')]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /warning: .*alt\.txt: .*1252/i);
  const doc = JSON.parse(readFileSync(join(dir, 'out', 'alt.json'), 'utf8')) as { text: string };
  assert.match(doc.text, /München/);
});

test('--option sets a stage option: events.pronounActors=state moves a pronoun subject\'s act to the person\'s state', async () => {
  const dir = tmp();
  const file = join(dir, 'lawrow.txt');
  writeFileSync(file, 'Lawrow in Paris\n\nMOSKAU (dpa) - Russlands Außenminister Sergej Lawrow hat am Montag Paris besucht.\n\nDort kritisierte er die neuen Zölle der USA scharf.\n');
  const sources = async (extra: string[]): Promise<string[]> => {
    const r = await cli(['analyze', file, '--date', '2026-03-10', '--format', 'json', ...extra]);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as { events: { type: string; source: string; trigger: string }[] };
    return doc.events.filter((e) => e.trigger === 'kritisierte').map((e) => `${e.type} ${e.source}`);
  };
  assert.deepEqual(await sources([]), ['ACCUSE sergey-lavrov']);
  assert.deepEqual(await sources(['--option', 'events.pronounActors=state']), ['ACCUSE russia']);
  const bad = await cli(['analyze', file, '--option', 'events.pronounActor=state']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /has no option "pronounActor"/);
  const list = await cli(['options']);
  assert.equal(list.code, 0);
  assert.match(list.out, /events\.pronounActors=person\|state/);
  assert.match(list.out, /time\.anchor=publication\|narrative/);
});
