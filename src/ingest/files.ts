import { opendir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { LagebildError } from '../errors.js';
import { ingestHtml } from './html.js';
import { defaultIngestLexicon, type IngestLexicon } from './lexicon.js';
import { ingestMarkdown } from './markdown.js';
import { ingestPlainText } from './plain.js';
import { decodeBytes, readInputBytes } from './read.js';
import { DEFAULT_MAX_BYTES, type IngestedText, type IngestOptions, type InputFormat } from './types.js';

/** Options of {@link ingestFile} and {@link ingestBuffer}. */
export interface FileIngestOptions extends IngestOptions {
  readonly lexicon?: IngestLexicon;
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** File extensions `listInputs` takes from folders. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/**
 * The format of an input: by extension, else by content. A `.txt` that is plainly an HTML
 * document (starts with a doctype or `<html>`) is read as HTML; anything else keeps its
 * extension's format. Unknown extensions: HTML when the text starts with a tag and has HTML
 * structure, Markdown when it opens with front matter or ATX headings, else plain text.
 */
export function detectFormat(name: string, text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  const strongHtml = head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'));
  const byExt = EXTENSIONS[extname(name).toLowerCase()];
  if (byExt === 'text' && strongHtml) return 'html';
  if (byExt) return byExt;
  if (strongHtml || (head.startsWith('<') && /<(?:body|p|div|article|head|title)[\s>]/.test(head))) return 'html';
  if (head.startsWith('---\n') || head.startsWith('---\r\n') || /^#{1,6} /.test(head)) return 'markdown';
  return 'text';
}

/** The `charset` an HTML page declares in its first bytes, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).toLowerCase();
  const at = head.indexOf('charset=');
  if (at < 0) return null;
  let k = at + 8;
  while (head[k] === '"' || head[k] === '\'' || head[k] === ' ') k++;
  let end = k;
  while (end < head.length && /[a-z0-9_-]/.test(head[end]!)) end++;
  return end > k ? head.slice(k, end) : null;
}

/**
 * Ingests the bytes of one input. `name` (file name or URL) picks the format by extension and
 * names the input in errors. Throws LagebildError (INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING,
 * INPUT_TOO_LARGE, INPUT_NO_ARTICLE, INPUT_MALFORMED) for bad input; never anything else for it.
 */
export function ingestBuffer(bytes: Uint8Array, name: string, opts: FileIngestOptions = {}): IngestedText {
  const decoded = decodeBytes(bytes, name, {
    maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
    latin1Fallback: opts.latin1Fallback ?? true,
    declaredCharset: declaredCharset(bytes),
  });
  const format = opts.format ?? detectFormat(name, decoded.text);
  const lexicon = opts.lexicon ?? defaultIngestLexicon();
  const common = { lang: opts.lang ?? null, lexicon, warnings: decoded.warnings, name };
  switch (format) {
    case 'html':
      return ingestHtml(decoded.text, { ...common, url: opts.url ?? null, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
    case 'markdown':
      return ingestMarkdown(decoded.text, { ...common, url: opts.url ?? null });
    case 'text':
      return ingestPlainText(decoded.text, opts.lang ?? null, { lexicon, warnings: decoded.warnings });
  }
}

/**
 * Reads and ingests one file. Files over the size limit are refused after `stat`, without being
 * read; see {@link ingestBuffer} for the errors.
 */
export async function ingestFile(path: string, opts: FileIngestOptions = {}): Promise<IngestedText> {
  const bytes = await readInputBytes(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return ingestBuffer(bytes, path, opts);
}

/** File names (without extension, lower case) that are documentation, not articles. */
const NOT_ARTICLES = new Set(['readme', 'license', 'licence', 'changelog', 'contributing', 'authors', 'notice']);

/** Options of {@link listInputs} and {@link listInputEntries}. */
export interface ListOptions {
  /** Called for each folder entry skipped for a reason worth telling (symlink loop, broken link, unreadable folder). */
  readonly onSkip?: (path: string, reason: string) => void;
}

/** One input found by {@link listInputEntries}: a file to ingest, or a given path that cannot be read. */
export interface InputEntry {
  readonly path: string;
  /** Set when the path cannot be listed or does not exist (NOT_FOUND naming it). */
  readonly error?: LagebildError;
}

/**
 * Walks the given paths lazily and yields the files to ingest. A path named explicitly is yielded
 * as it is (even with an unknown extension or when missing, so that ingesting it reports the
 * problem under its name). Folders are walked recursively in sorted order, yielding files with an
 * article extension and skipping hidden entries (".name"), README/LICENSE-like files and
 * folders already visited (symlink loops). Only one folder's listing is held at a time per level,
 * so thousands of files stream with bounded memory.
 */
export async function* listInputs(paths: Iterable<string> | AsyncIterable<string>, opts: ListOptions = {}): AsyncGenerator<string> {
  for await (const e of entries(paths, opts)) {
    if (e.error && !e.given) opts.onSkip?.(e.path, e.error.message);
    else yield e.path;
  }
}

/**
 * Like {@link listInputs}, but a path that does not exist, or a folder that cannot be read, comes
 * as an entry with a NOT_FOUND `error` naming it instead of a path to try, so a batch can report
 * it and go on.
 */
export async function* listInputEntries(paths: Iterable<string> | AsyncIterable<string>, opts: ListOptions = {}): AsyncGenerator<InputEntry> {
  for await (const e of entries(paths, opts)) yield e.error ? { path: e.path, error: e.error } : { path: e.path };
}

/** The walk behind both listings; `given` marks the paths the caller named. */
async function* entries(paths: Iterable<string> | AsyncIterable<string>, opts: ListOptions): AsyncGenerator<InputEntry & { readonly given?: boolean }> {
  const visited = new Set<string>();
  for await (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      yield { path: p, error: notFound(err, p, 'no such file or folder'), given: true };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, visited, opts);
    else yield { path: p };
  }
}

function notFound(err: unknown, path: string, enoent: string): LagebildError {
  const code = (err as NodeJS.ErrnoException).code;
  return new LagebildError('NOT_FOUND', code === 'ENOENT' ? enoent : `cannot read (${code ?? 'error'})`, path, { cause: err });
}

async function* walk(dir: string, visited: Set<string>, opts: ListOptions): AsyncGenerator<InputEntry> {
  let st;
  try {
    st = await stat(dir);
  } catch (err) {
    yield { path: dir, error: notFound(err, dir, 'folder disappeared') };
    return;
  }
  const key = `${st.dev}:${st.ino}`;
  if (visited.has(key)) {
    opts.onSkip?.(dir, 'folder already visited (symlink loop)');
    return;
  }
  visited.add(key);
  const names: string[] = [];
  try {
    const handle = await opendir(dir);
    for await (const entry of handle) if (!entry.name.startsWith('.')) names.push(entry.name);
  } catch (err) {
    yield { path: dir, error: notFound(err, dir, 'folder disappeared') };
    return;
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    let est;
    try {
      est = await stat(path); // follows symlinks; loops are caught by `visited`
    } catch {
      opts.onSkip?.(path, 'broken link or unreadable entry');
      continue;
    }
    if (est.isDirectory()) {
      yield* walk(path, visited, opts);
    } else if (est.isFile() && isArticleName(name)) {
      yield { path };
    }
  }
}

function isArticleName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  if (!(ext in EXTENSIONS)) return false;
  return !NOT_ARTICLES.has(basename(name, extname(name)).toLowerCase());
}
