import { open, stat } from 'node:fs/promises';
import { LagebildError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './types.js';

/** How the bytes of an input were decoded. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | string;

/** Decoded text of an input and how it was decoded. */
export interface DecodedText {
  /** The text exactly as decoded; only a byte order mark is removed. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly warnings: readonly string[];
}

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  readonly maxBytes?: number;
  /** See `IngestOptions.latin1Fallback` (default true). */
  readonly latin1Fallback?: boolean;
  /** A charset the container declares (HTML `<meta charset>`), tried when UTF-8 fails. */
  readonly declaredCharset?: string | null;
}

/**
 * Reads a file's bytes, refusing files over the size limit before reading them (the size is
 * taken from `stat`, and at most `maxBytes + 1` bytes are ever read, so a file that grows while
 * being read cannot exhaust memory either).
 */
export async function readInputBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    throw fsError(err, path);
  }
  if (!st.isFile()) throw new LagebildError('NOT_FOUND', st.isDirectory() ? 'is a directory, not a file' : 'not a regular file', path);
  if (st.size > maxBytes) throw tooLarge(st.size, maxBytes, path);
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw fsError(err, path);
  }
  try {
    const buf = new Uint8Array(Math.min(st.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await fh.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw tooLarge(filled, maxBytes, path);
    return buf.subarray(0, filled);
  } finally {
    await fh.close();
  }
}

function fsError(err: unknown, path: string): LagebildError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? (err as Error).message})`;
  return new LagebildError('NOT_FOUND', why, path, { cause: err });
}

function tooLarge(size: number, max: number, name: string): LagebildError {
  return new LagebildError('INPUT_TOO_LARGE', `${formatBytes(size)} exceeds the size limit of ${formatBytes(max)}`, name);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} bytes`;
}

/** How many leading bytes the binary and UTF-16 sniffers look at (enough to decide, cheap on 10 MB). */
const SNIFF_BYTES = 64 * 1024;

/**
 * Bytes → text, with a LagebildError naming `name` for every kind of bad input:
 * INPUT_TOO_LARGE over the limit, INPUT_EMPTY when empty or whitespace only, INPUT_BINARY for NUL
 * bytes or many control characters, INPUT_ENCODING for bytes that are neither UTF-8, UTF-16 (with
 * a BOM, or recognisable by its zero bytes) nor clearly Latin-1 text.
 *
 * Nothing is normalised: line ends (\r\n) are kept so that offsets refer to the text as decoded;
 * only the BOM, which is not text, is removed.
 *
 * Latin-1 decision: invalid UTF-8 whose every non-ASCII byte is a windows-1252 letter or typographic
 * mark standing next to a letter (German "Gr\xfc\xdfe", "\x84Zitat\x93") is decoded as windows-1252
 * with a warning. Random or binary bytes fail that test and get INPUT_ENCODING, so a wrong guess
 * cannot silently turn garbage into text; pass `latin1Fallback: false` to always fail.
 */
export function decodeBytes(bytes: Uint8Array, name: string, opts: DecodeOptions = {}): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes, name);
  if (bytes.length === 0) throw new LagebildError('INPUT_EMPTY', 'the file is empty', name);
  const warnings: string[] = [];
  let text: string;
  let encoding: TextEncodingName;
  const bom = detectBom(bytes);
  const utf16 = bom ?? sniffUtf16(bytes);
  if (utf16 === 'utf-8') {
    text = strictDecode('utf-8', bytes.subarray(3), name);
    encoding = 'utf-8';
  } else if (utf16) {
    const skip = bom ? 2 : 0;
    if ((bytes.length - skip) % 2 !== 0) throw new LagebildError('INPUT_ENCODING', `odd number of bytes for ${utf16.toUpperCase()}`, name);
    text = strictDecode(utf16, bytes.subarray(skip), name);
    encoding = utf16;
    if (!bom) warnings.push(`no byte order mark; decoded as ${utf16.toUpperCase()} from its zero bytes`);
  } else {
    if (looksBinary(bytes)) throw new LagebildError('INPUT_BINARY', 'not a text file (contains NUL or control bytes)', name);
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      const declared = supportedCharset(opts.declaredCharset);
      const declaredText = declared === 'windows-1252' ? decodeWindows1252(bytes) : declared && declared !== 'utf-8' ? tryDecode(declared, bytes) : null;
      if (declared && declaredText !== null) {
        text = declaredText;
        encoding = declared;
        warnings.push(`not UTF-8; decoded as declared charset ${declared}`);
      } else if ((opts.latin1Fallback ?? true) && looksLatin1(bytes)) {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
        warnings.push('not valid UTF-8; decoded as windows-1252 (Latin-1), check umlauts');
      } else {
        throw new LagebildError('INPUT_ENCODING', `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, name);
      }
    }
  }
  if (hasNulOrManyControls(text)) throw new LagebildError('INPUT_BINARY', 'not a text file (contains NUL or control characters)', name);
  if (text.trim().length === 0) throw new LagebildError('INPUT_EMPTY', 'the file contains only whitespace', name);
  return { text, encoding, warnings };
}

function detectBom(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without BOM: ASCII-heavy text has a zero in nearly every other byte (odd positions for
 * LE, even for BE) and almost none in the other half. Binary files do not show that pattern.
 */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.02) return 'utf-16be';
  return null;
}

/** NUL bytes, or more than 5 % C0 control bytes other than tab, line feed, form feed, carriage return. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) controls++;
  }
  return controls > n * 0.05;
}

/** The same test on decoded text (UTF-16 input is only checked after decoding). */
function hasNulOrManyControls(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) controls++;
  }
  return controls > n * 0.05;
}

function strictDecode(enc: string, bytes: Uint8Array, name: string): string {
  const text = tryDecode(enc, bytes);
  if (text === null) throw new LagebildError('INPUT_ENCODING', `not valid ${enc.toUpperCase()}`, name);
  return text;
}

function tryDecode(enc: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM was handled (and removed) by the caller; a later U+FEFF is text.
    return new TextDecoder(enc, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function supportedCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** windows-1252 characters of bytes 0x80–0x9F (undefined bytes map to U+FFFD, visibly). */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/**
 * windows-1252 decoding written out, because Node's TextDecoder (small ICU builds) decodes the
 * "windows-1252" label as ISO-8859-1 and turns „ “ – € into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes: string[] = [];
    for (let k = i; k < end; k++) {
      const c = bytes[k]!;
      codes.push(c >= 0x80 && c <= 0x9f ? CP1252_HIGH[c - 0x80]! : String.fromCharCode(c));
    }
    parts.push(codes.join(''));
  }
  return parts.join('');
}

/** windows-1252 letters used in German, French and other Western text (ÀÁÂÄ… àáâä… ß). */
function isLatin1Letter(c: number): boolean {
  return (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x8a || c === 0x8c || c === 0x8e || c === 0x9a || c === 0x9c || c === 0x9e || c === 0x9f;
}

/** windows-1252 typographic marks: € ‚ „ … ‘ ’ “ ” • – — « » ° § and no-break space. */
function isLatin1Mark(c: number): boolean {
  return c === 0x80 || c === 0x82 || c === 0x84 || c === 0x85 || (c >= 0x91 && c <= 0x97) || c === 0xab || c === 0xbb || c === 0xb0 || c === 0xa7 || c === 0xa0 || c === 0xb4;
}

function isAsciiLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

/**
 * Clearly Latin-1 text: mostly ASCII, every high byte a letter next to a letter or a typographic
 * mark next to a letter or space, and at least one letter-like high byte.
 */
function looksLatin1(b: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c < 0x80) continue;
    high++;
    const prev = b[i - 1];
    const next = b[i + 1];
    const prevOk = isAsciiLetter(prev) || (prev !== undefined && isLatin1Letter(prev));
    const nextOk = isAsciiLetter(next) || (next !== undefined && isLatin1Letter(next));
    if (isLatin1Letter(c)) {
      if (!prevOk && !nextOk) return false;
      letters++;
    } else if (isLatin1Mark(c)) {
      const spaceish = (x: number | undefined): boolean => x === undefined || x === 0x20 || x === 0x0a || x === 0x0d || x === 0x09 || (x >= 0x30 && x <= 0x39) || x === 0x2e || x === 0x2c;
      if (!(prevOk || nextOk || spaceish(prev) || spaceish(next))) return false;
    } else {
      return false;
    }
  }
  return letters > 0 && high <= Math.max(8, b.length * 0.3);
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}
