import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { detectFormat, ingestBuffer, ingestFile, listInputEntries, listInputs } from '../../src/ingest/index.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const FIX = join('test', 'fixtures', 'ingest');

async function rejectsWith(p: Promise<unknown>, code: string, subject?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof LagebildError, `expected LagebildError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (subject !== undefined) assert.equal(e.subject, subject);
    assert.ok(!e.message.includes('\n'), 'one-line message');
    return true;
  });
}

async function collect(gen: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const p of gen) out.push(p);
  return out;
}

describe('ingestBuffer: format by extension and content', () => {
  it('detectFormat', () => {
    assert.equal(detectFormat('a.txt', 'Titel\nText'), 'text');
    assert.equal(detectFormat('a.md', 'Titel\nText'), 'markdown');
    assert.equal(detectFormat('a.MARKDOWN', 'x'), 'markdown');
    assert.equal(detectFormat('a.htm', 'x'), 'html');
    assert.equal(detectFormat('a.txt', '<!DOCTYPE html><html>'), 'html');
    assert.equal(detectFormat('noext', '  <!doctype html>\n<html>'), 'html');
    assert.equal(detectFormat('page.php', '<html><body><p>x</p>'), 'html');
    assert.equal(detectFormat('noext', '---\ntitle: x\n---\nText'), 'markdown');
    assert.equal(detectFormat('noext', '# Titel\n\nText'), 'markdown');
    assert.equal(detectFormat('noext', 'Titel\nText < 3 und > 2'), 'text');
  });

  it('plain text keeps its bytes as text, BOM removed', () => {
    const ing = ingestBuffer(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Titel\r\n31. Juli 2025\r\nDie Regierung hat entschieden, dass es weitergeht.')]), 'a.txt');
    assert.equal(ing.text, 'Titel\r\n31. Juli 2025\r\nDie Regierung hat entschieden, dass es weitergeht.');
    assert.equal(ing.format, 'text');
    assert.equal(ing.published, '2025-07-31');
    assert.equal(ing.language, 'de');
  });

  it('UTF-16 with BOM is decoded and ingested', () => {
    const s = 'Title\nThe government said on Monday that it would continue the talks.';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) bytes[2 + 2 * i] = s.charCodeAt(i);
    const ing = ingestBuffer(bytes, 'u16.txt');
    assert.equal(ing.text, s);
    assert.equal(ing.language, 'en');
  });

  it('HTML by extension, with a declared non-UTF-8 charset', () => {
    const html = '<html><head><meta charset="iso-8859-1"><title>Stra\u00dfe</title></head><body><article><p>Die Stra\u00dfe in K\u00f6ln wurde am Montag gesperrt, weil die Polizei dort ermittelt hat.</p></article></body></html>';
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    const ing = ingestBuffer(bytes, 'p.html', { latin1Fallback: false });
    assert.ok(ing.text.includes('Die Straße in Köln'));
  });

  it('declared language overrides detection', () => {
    assert.equal(ingestBuffer(enc('Titel\nxyz abc def'), 'a.txt', { lang: 'en' }).language, 'en');
  });

  it('every bad input gets its code and the name', () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'INPUT_EMPTY'],
      [enc('   \n\n  '), 'INPUT_EMPTY'],
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), 'INPUT_BINARY'],
      [new Uint8Array([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xff]), 'INPUT_ENCODING'],
      [enc('x'.repeat(2000)), 'INPUT_TOO_LARGE'],
    ];
    for (const [bytes, code] of cases) {
      assert.throws(() => ingestBuffer(bytes, 'in.txt', { maxBytes: 1000 }), (e: unknown) => e instanceof LagebildError && e.code === code && e.subject === 'in.txt', code);
    }
    assert.throws(() => ingestBuffer(readFileSync(join(FIX, 'no-article.html')), 'no-article.html'), (e: unknown) => e instanceof LagebildError && e.code === 'INPUT_NO_ARTICLE');
  });
});

describe('ingestFile and listInputs on real files', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lagebild-files-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each format from disk', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Titel\nBERLIN (dpa) - Die Regierung hat am Montag entschieden.');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: Titel\ndate: 2025-01-02\n---\nDie Regierung hat am Montag entschieden.');
    writeFileSync(join(dir, 'c.html'), readFileSync(join(FIX, 'jsonld-date-published.html')));
    assert.equal((await ingestFile(join(dir, 'a.txt'))).zones[1]!.zone, 'dateline');
    assert.equal((await ingestFile(join(dir, 'b.md'))).published, '2025-01-02');
    assert.equal((await ingestFile(join(dir, 'c.html'))).published, '2024-11-08');
  });

  it('missing file → NOT_FOUND; empty file → INPUT_EMPTY; binary → INPUT_BINARY; invalid UTF-8 → INPUT_ENCODING', async () => {
    await rejectsWith(ingestFile(join(dir, 'missing.txt')), 'NOT_FOUND', join(dir, 'missing.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    await rejectsWith(ingestFile(join(dir, 'empty.txt')), 'INPUT_EMPTY', join(dir, 'empty.txt'));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
    await rejectsWith(ingestFile(join(dir, 'bin.txt')), 'INPUT_BINARY');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0xc3, 0x28, 0xff, 0xfe, 0xfd]));
    await rejectsWith(ingestFile(join(dir, 'bad.txt')), 'INPUT_ENCODING');
  });

  it('a 50 MB file → INPUT_TOO_LARGE without reading it into memory', async () => {
    const p = join(dir, 'huge.txt');
    const fd = openSync(p, 'w');
    const chunk = Buffer.from('Die Regierung hat entschieden. '.repeat(32_768)); // ~1 MB
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const t = performance.now();
    await rejectsWith(ingestFile(p), 'INPUT_TOO_LARGE', p);
    assert.ok(performance.now() - t < 500, 'refused from stat, not after reading');
    assert.ok(process.memoryUsage().arrayBuffers - heapBefore < 20 * 1024 * 1024);
    rmSync(p);
  });

  it('the size limit is configurable', async () => {
    writeFileSync(join(dir, 'small.txt'), 'Titel\n' + 'Text. '.repeat(100));
    await rejectsWith(ingestFile(join(dir, 'small.txt'), { maxBytes: 100 }), 'INPUT_TOO_LARGE');
  });

  it('listInputs: sorted, recursive, hidden and non-article files skipped, explicit paths kept', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub', '.hidden-dir'), { recursive: true });
    for (const f of ['b.txt', 'a.md', 'c.html', 'notes.json', '.hidden.txt', 'README.md', 'x.gold.json', 'sub/d.htm', 'sub/.e.txt', 'sub/.hidden-dir/f.txt']) writeFileSync(join(root, f), 'Titel\nText.');
    const got = await collect(listInputs([root, join(dir, 'explicit.weird'), join(dir, 'does-not-exist.txt')]));
    assert.deepEqual(got, [join(root, 'a.md'), join(root, 'b.txt'), join(root, 'c.html'), join(root, 'sub', 'd.htm'), join(dir, 'explicit.weird'), join(dir, 'does-not-exist.txt')]);
  });

  it('listInputs: symlink loops are not followed twice', async () => {
    const root = join(dir, 'loop');
    mkdirSync(join(root, 'inner'), { recursive: true });
    writeFileSync(join(root, 'inner', 'a.txt'), 'Titel\nText.');
    symlinkSync(root, join(root, 'inner', 'back'));
    symlinkSync(join(root, 'nowhere'), join(root, 'broken.txt'));
    const skipped: string[] = [];
    const got = await collect(listInputs([root], { onSkip: (p) => skipped.push(p) }));
    assert.deepEqual(got, [join(root, 'inner', 'a.txt')]);
    assert.ok(skipped.some((p) => p.endsWith('back')));
  });

  it('listInputs: a folder with thousands of files streams lazily', async () => {
    const root = join(dir, 'many');
    mkdirSync(root);
    for (let i = 0; i < 3000; i++) writeFileSync(join(root, `doc-${String(i).padStart(5, '0')}.txt`), `Titel ${i}\nDie Regierung hat entschieden.`);
    const gen = listInputs([root]);
    const first = await gen.next();
    assert.equal(first.value, join(root, 'doc-00000.txt'));
    let n = 1;
    let prev = first.value as string;
    for await (const p of gen) {
      assert.ok(p > prev, 'sorted');
      prev = p;
      n++;
      if (n % 1000 === 0) await ingestFile(p);
    }
    assert.equal(n, 3000);
  });
});

describe('listInputEntries', () => {
  it('reports a missing path as an entry with NOT_FOUND, and lists files as entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-entries-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'Titel\nText.');
      const got: { path: string; code: string | null }[] = [];
      for await (const e of listInputEntries([dir, join(dir, 'gone.txt')])) got.push({ path: e.path, code: e.error?.code ?? null });
      assert.deepEqual(got, [
        { path: join(dir, 'a.txt'), code: null },
        { path: join(dir, 'gone.txt'), code: 'NOT_FOUND' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
