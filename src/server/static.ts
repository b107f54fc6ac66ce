/**
 * Serving the built UI (`web/dist`). Paths are decoded once, normalised, and must stay inside the
 * root after resolving symlinks; dot-files, NUL bytes and backslashes are refused, so no request can
 * read a file outside the UI folder.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, sep } from 'node:path';
import { LagebildError } from '../errors.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The file under `root` a URL path names, or throws NOT_FOUND (or USAGE for malformed paths).
 * `/` maps to `index.html`.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<string> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new LagebildError('USAGE', 'malformed path');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new LagebildError('USAGE', 'malformed path');
  const normal = posix.normalize(decoded);
  const parts = normal.split('/').filter((p) => p !== '');
  // normalize keeps a leading ".." and a path that climbs out; dot-files are never served
  if (parts.some((p) => p === '..' || p.startsWith('.'))) throw new LagebildError('NOT_FOUND', 'no such file');
  const rel = parts.length === 0 ? 'index.html' : parts.join('/');
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    throw new LagebildError('NOT_FOUND', 'the web UI is not built (run "npm run build:web")');
  }
  let file: string;
  try {
    file = await realpath(join(realRoot, rel));
  } catch {
    throw new LagebildError('NOT_FOUND', 'no such file');
  }
  if (!file.startsWith(realRoot + sep)) throw new LagebildError('NOT_FOUND', 'no such file');
  const s = await stat(file);
  if (!s.isFile()) throw new LagebildError('NOT_FOUND', 'no such file');
  return file;
}

/** Streams a static file; hashed assets are cached for a year, everything else revalidated. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = await resolveStatic(root, urlPath);
  const s = await stat(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Content-Length', s.size);
  res.setHeader('Cache-Control', urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    res.on('close', () => resolve());
    stream.pipe(res);
  });
}
