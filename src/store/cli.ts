/**
 * What the store's CLI commands share: the `--data` and `--json` flags, opening the store, and
 * writing a result as JSON or text.
 */
import type { FlagSpec, ParsedArgs, CommandIO } from '../cli/command.js';
import { LagebildError } from '../errors.js';
import { SqliteStore } from './sqlite/store.js';
import { DEFAULT_DATA_DIR } from './types.js';

/** `--data DIR`. */
export const DATA_FLAG: Readonly<Record<string, FlagSpec>> = {
  data: { value: true, help: `data folder of the store (default ${DEFAULT_DATA_DIR})` },
};

/** `--data DIR` and `--json` (the query commands). */
export const QUERY_FLAGS: Readonly<Record<string, FlagSpec>> = {
  ...DATA_FLAG,
  json: { value: false, help: 'print JSON (for scripts) instead of text' },
  limit: { value: true, help: 'how many results (default 50, at most 1000)' },
  offset: { value: true, help: 'skip this many results (paging)' },
};

function str(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** The data folder from `--data`, else the default. */
export function dataDirOf(args: ParsedArgs): string {
  return str(args, 'data') ?? DEFAULT_DATA_DIR;
}

/** Opens the store for writing (created when missing). */
export function openForWrite(args: ParsedArgs): SqliteStore {
  return SqliteStore.open({ dataDir: dataDirOf(args) });
}

/** Opens an existing store read-only (queries never create an empty store by accident). */
export function openForRead(args: ParsedArgs): SqliteStore {
  return SqliteStore.open({ dataDir: dataDirOf(args), readonly: true });
}

/** `--limit` / `--offset` as numbers (usage error when not whole numbers). */
export function pagingOf(args: ParsedArgs): { limit?: number; offset?: number } {
  const num = (name: string, min: number, max: number): number | undefined => {
    const v = str(args, name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new LagebildError('USAGE', `--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
    return n;
  };
  const out: { limit?: number; offset?: number } = {};
  const limit = num('limit', 1, 1000);
  const offset = num('offset', 0, Number.MAX_SAFE_INTEGER);
  if (limit !== undefined) out.limit = limit;
  if (offset !== undefined) out.offset = offset;
  return out;
}

/** A date bound flag: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateBoundOf(args: ParsedArgs, name: string): string | undefined {
  const v = str(args, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) throw new LagebildError('USAGE', `--${name} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${v}")`);
  return v;
}

/** Writes `value` as one JSON document with `--json`, else the text rendering. */
export function emit(args: ParsedArgs, io: CommandIO, value: unknown, text: () => string): void {
  if (args.flags.get('json') === true) io.stdout.write(JSON.stringify(value, null, 1) + '\n');
  else io.stdout.write(text());
}

/** Runs `f` with a read-only store and closes it. */
export async function withReadStore<T>(args: ParsedArgs, f: (s: SqliteStore) => Promise<T>): Promise<T> {
  const store = openForRead(args);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}
