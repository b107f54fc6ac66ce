import type { Lang } from '../doc/types.js';
import { detectLanguage } from './language.js';
import { lineZones } from './plain.js';
import type { IngestedText } from './types.js';

/** Ingests plain text: title on the first line, body after. */
export function ingestPlainText(text: string, lang?: Lang | null): IngestedText {
  const zones = lineZones(text);
  const title = zones.find((z) => z.zone === 'title');
  return {
    text,
    zones,
    title: title ? text.slice(title.start, title.end) : null,
    published: null,
    source: null,
    language: lang ?? detectLanguage(text),
    format: 'text',
  };
}

/** One input found by {@link listInputs}: a file path, or a path that could not be used and why. */
export interface InputEntry {
  readonly path: string;
  readonly error?: import('../errors.js').LagebildError;
}

/**
 * Walks files and folders lazily (sorted, hidden files skipped), yielding one entry per article
 * file; a path that does not exist yields an entry with an error. Used by the CLI (`analyze`,
 * `ingest`): keep this contract.
 */
export async function* listInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  const { opendir, stat } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { LagebildError } = await import('../errors.js');
  const ARTICLE = /\.(txt|md|markdown|html?|xhtml)$/i;
  async function* walk(dir: string): AsyncGenerator<InputEntry> {
    const names: string[] = [];
    for await (const d of await opendir(dir)) if (!d.name.startsWith('.')) names.push(d.name);
    names.sort();
    for (const name of names) {
      const p = join(dir, name);
      const s = await stat(p).catch(() => null);
      if (!s) continue;
      if (s.isDirectory()) yield* walk(p);
      else if (s.isFile() && ARTICLE.test(name) && !name.endsWith('.gold.json')) yield { path: p };
    }
  }
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) yield { path: p, error: new LagebildError('NOT_FOUND', 'no such file or folder', p) };
    else if (s.isDirectory()) yield* walk(p);
    else yield { path: p };
  }
}

/** Reads and ingests one file (format by extension). Used by the CLI: keep this contract. */
export async function ingestFile(path: string, opts: { lang?: Lang | null } = {}): Promise<IngestedText> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  return ingestPlainText(text, opts.lang);
}
