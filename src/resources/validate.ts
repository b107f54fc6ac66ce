import { LagebildError } from '../errors.js';

/**
 * Small structural validators for lexicon and user data files. Written by hand because the
 * shapes are small and the errors must name the file and the path of the bad field.
 */

/** Throws the catalogue's RESOURCE_INVALID for a value at `path` that is not what `expected` says. */
export function fail(where: string, path: string, expected: string): never {
  throw new LagebildError('RESOURCE_INVALID', `${path || '(root)'}: expected ${expected}`, where);
}

/** A plain JSON object. */
export function asObject(raw: unknown, where: string, path = ''): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, path, 'an object');
  return raw as Record<string, unknown>;
}

/** A string. */
export function asString(raw: unknown, where: string, path = ''): string {
  if (typeof raw !== 'string') fail(where, path, 'a string');
  return raw;
}

/** A finite number. */
export function asNumber(raw: unknown, where: string, path = ''): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) fail(where, path, 'a number');
  return raw;
}

/** A boolean. */
export function asBoolean(raw: unknown, where: string, path = ''): boolean {
  if (typeof raw !== 'boolean') fail(where, path, 'true or false');
  return raw;
}

/** An array whose items pass `item`. */
export function asArray<T>(raw: unknown, where: string, path: string, item: (x: unknown, where: string, path: string) => T): T[] {
  if (!Array.isArray(raw)) fail(where, path, 'an array');
  return raw.map((x, i) => item(x, where, `${path}[${i}]`));
}

/** An array of non-empty strings. */
export function asStringArray(raw: unknown, where: string, path = ''): string[] {
  return asArray(raw, where, path, (x, w, p) => {
    const s = asString(x, w, p);
    if (s.length === 0) fail(w, p, 'a non-empty string');
    return s;
  });
}

/** An object whose values pass `value`. */
export function asRecord<T>(raw: unknown, where: string, path: string, value: (x: unknown, where: string, path: string) => T): Record<string, T> {
  const o = asObject(raw, where, path);
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(o)) out[k] = value(v, where, path ? `${path}.${k}` : k);
  return out;
}

/** One of a fixed set of strings. */
export function asEnum<T extends string>(raw: unknown, where: string, path: string, allowed: readonly T[]): T {
  const s = asString(raw, where, path);
  if (!(allowed as readonly string[]).includes(s)) fail(where, path, `one of ${allowed.join(', ')}`);
  return s as T;
}

/** An optional field: undefined stays undefined, anything else must pass `f`. */
export function optional<T>(raw: unknown, where: string, path: string, f: (x: unknown, where: string, path: string) => T): T | undefined {
  return raw === undefined ? undefined : f(raw, where, path);
}
