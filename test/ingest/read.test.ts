import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LagebildError } from '../../src/errors.js';
import { decodeBytes, readInputBytes } from '../../src/ingest/read.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof LagebildError, `expected LagebildError, got ${String(err)}`);
    return err.code;
  }
  return 'no error';
}

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out[o++] = be ? 0xfe : 0xff;
    out[o++] = be ? 0xff : 0xfe;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = be ? c >> 8 : c & 0xff;
    out[o++] = be ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeBytes', () => {
  it('decodes UTF-8 and keeps the text exactly (CRLF included)', () => {
    const d = decodeBytes(enc('Titel\r\nKörper mit „Zitat“.\r\n'), 'a.txt');
    assert.equal(d.text, 'Titel\r\nKörper mit „Zitat“.\r\n');
    assert.equal(d.encoding, 'utf-8');
    assert.deepEqual(d.warnings, []);
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hallo Welt')]), 'a.txt');
    assert.equal(d.text, 'Hallo Welt');
  });

  it('decodes UTF-16 LE and BE with BOM, and without BOM from the zero bytes', () => {
    const s = 'Grüße aus Köln\nZweite Zeile';
    assert.equal(decodeBytes(utf16(s, false, true), 'le.txt').text, s);
    assert.equal(decodeBytes(utf16(s, true, true), 'be.txt').text, s);
    const noBom = decodeBytes(utf16(s, false, false), 'le.txt');
    assert.equal(noBom.text, s);
    assert.equal(noBom.encoding, 'utf-16le');
    assert.equal(noBom.warnings.length, 1);
  });

  it('empty and whitespace-only input → INPUT_EMPTY', () => {
    assert.equal(code(() => decodeBytes(new Uint8Array(0), 'e.txt')), 'INPUT_EMPTY');
    assert.equal(code(() => decodeBytes(enc(' \n\t\r\n  '), 'e.txt')), 'INPUT_EMPTY');
    assert.equal(code(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom-only.txt')), 'INPUT_EMPTY');
    assert.equal(code(() => decodeBytes(utf16('   ', false, true), 'e16.txt')), 'INPUT_EMPTY');
  });

  it('binary input → INPUT_BINARY (NUL bytes, many control bytes, PNG header)', () => {
    assert.equal(code(() => decodeBytes(new Uint8Array([0x48, 0x00, 0x69, 0x21, 0x00, 0x00, 0x01, 0x02, 0x03]), 'b.bin')), 'INPUT_BINARY');
    const controls = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41));
    assert.equal(code(() => decodeBytes(controls, 'c.bin')), 'INPUT_BINARY');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.equal(code(() => decodeBytes(png, 'x.png')), 'INPUT_BINARY');
  });

  it('invalid UTF-8 that is not Latin-1 text → INPUT_ENCODING, naming the file and the offset', () => {
    const bad = new Uint8Array([...enc('Hello '), 0xc3, 0x28, 0xff, 0xfe, 0x81, ...enc(' world')]);
    try {
      decodeBytes(bad, 'bad.txt');
      assert.fail('no error');
    } catch (err) {
      assert.ok(err instanceof LagebildError);
      assert.equal(err.code, 'INPUT_ENCODING');
      assert.equal(err.subject, 'bad.txt');
      assert.match(err.message, /offset 6/);
    }
  });

  it('clearly Latin-1 German falls back to windows-1252 with a warning', () => {
    // "Grüße aus Köln – „Zitat“" in windows-1252
    const bytes = new Uint8Array([...enc('Gr'), 0xfc, 0xdf, ...enc('e aus K'), 0xf6, ...enc('ln '), 0x96, ...enc(' '), 0x84, ...enc('Zitat'), 0x93]);
    const d = decodeBytes(bytes, 'latin1.txt');
    assert.equal(d.text, 'Grüße aus Köln – „Zitat“');
    assert.equal(d.encoding, 'windows-1252');
    assert.equal(d.warnings.length, 1);
    assert.equal(code(() => decodeBytes(bytes, 'latin1.txt', { latin1Fallback: false })), 'INPUT_ENCODING');
  });

  it('uses a declared charset when UTF-8 fails', () => {
    const bytes = new Uint8Array([...enc('<p>Stra'), 0xdf, ...enc('e</p>')]);
    const d = decodeBytes(bytes, 'p.html', { declaredCharset: 'iso-8859-1', latin1Fallback: false });
    assert.equal(d.text, '<p>Straße</p>');
  });

  it('refuses input over the size limit', () => {
    assert.equal(code(() => decodeBytes(enc('x'.repeat(101)), 'big.txt', { maxBytes: 100 })), 'INPUT_TOO_LARGE');
  });
});

describe('readInputBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file', async () => {
    const p = join(dir, 'a.txt');
    writeFileSync(p, 'Titel\nText');
    assert.equal(new TextDecoder().decode(await readInputBytes(p)), 'Titel\nText');
  });

  it('missing file and folder → NOT_FOUND naming the path', async () => {
    await assert.rejects(readInputBytes(join(dir, 'nope.txt')), (err: unknown) => err instanceof LagebildError && err.code === 'NOT_FOUND' && err.subject === join(dir, 'nope.txt'));
    await assert.rejects(readInputBytes(dir), (err: unknown) => err instanceof LagebildError && err.code === 'NOT_FOUND' && /directory/.test(err.message));
  });

  it('refuses a file over the limit from stat, before reading', async () => {
    const p = join(dir, 'big.txt');
    writeFileSync(p, 'x'.repeat(2000));
    await assert.rejects(readInputBytes(p, 1000), (err: unknown) => err instanceof LagebildError && err.code === 'INPUT_TOO_LARGE' && /exceeds/.test(err.message));
  });
});
