/**
 * Reading a request body with a size limit: a declared Content-Length over the limit is refused
 * before reading, and a streamed body is cut off as soon as it passes the limit (413).
 */
import type { IncomingMessage } from 'node:http';
import { LagebildError } from '../errors.js';

/** Reads the whole body as UTF-8 text, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.reject(new LagebildError('INPUT_TOO_LARGE', `request body larger than ${limit} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        // stop buffering; the caller answers 413 and closes the connection
        req.pause();
        reject(new LagebildError('INPUT_TOO_LARGE', `request body larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });
  });
}

/** Reads and parses a JSON body; wrong content type is 415, bad JSON is 400. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new LagebildError('INPUT_BINARY', 'the body must be application/json');
  const text = await readBody(req, limit);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LagebildError('USAGE', 'the body is not valid JSON');
  }
}
