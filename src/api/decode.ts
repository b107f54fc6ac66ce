/**
 * A tiny run-time decoder library: each decoder checks an `unknown` value and returns it typed,
 * or throws {@link DecodeError} naming the path of the offending field. The API's response types
 * are derived from these decoders (`Infer`), so the static type and the run-time check cannot
 * drift apart. Hand-written instead of a library to keep the browser bundle small and free of
 * `any`.
 */

/** A failed check; `path` is the JSON path of the bad field ("$.items[3].name"). */
export class DecodeError extends Error {
  readonly path: string;
  constructor(path: string, expected: string, got: unknown) {
    super(`${path}: expected ${expected}, got ${describe(got)}`);
    this.name = 'DecodeError';
    this.path = path;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return typeof v;
}

/** Checks a value at a path and returns it typed. */
export type Decoder<T> = (value: unknown, path?: string) => T;

/** The type a decoder yields. */
export type Infer<D> = D extends Decoder<infer T> ? T : never;

/** Any string. */
export const str: Decoder<string> = (v, p = '$') => {
  if (typeof v !== 'string') throw new DecodeError(p, 'string', v);
  return v;
};

/** A finite number. */
export const num: Decoder<number> = (v, p = '$') => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new DecodeError(p, 'finite number', v);
  return v;
};

/** An integer. */
export const int: Decoder<number> = (v, p = '$') => {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new DecodeError(p, 'integer', v);
  return v;
};

/** A boolean. */
export const bool: Decoder<boolean> = (v, p = '$') => {
  if (typeof v !== 'boolean') throw new DecodeError(p, 'boolean', v);
  return v;
};

/** One of the given string literals. */
export function oneOf<const T extends readonly string[]>(values: T): Decoder<T[number]> {
  return (v, p = '$') => {
    if (typeof v !== 'string' || !values.includes(v)) throw new DecodeError(p, `one of ${values.join('|')}`, v);
    return v as T[number];
  };
}

/** The value or null. */
export function nullable<T>(d: Decoder<T>): Decoder<T | null> {
  return (v, p = '$') => (v === null ? null : d(v, p));
}

/** An array whose every element passes `d`. */
export function arr<T>(d: Decoder<T>): Decoder<T[]> {
  return (v, p = '$') => {
    if (!Array.isArray(v)) throw new DecodeError(p, 'array', v);
    return v.map((x: unknown, i) => d(x, `${p}[${i}]`));
  };
}

/** Decoders of an object's fields. */
type Shape = Record<string, Decoder<unknown>>;
/** The object type of a shape; fields whose decoder is marked optional may be absent. */
type ObjOf<S extends Shape> = { [K in keyof S as S[K] extends OptionalDecoder<unknown> ? never : K]: Infer<S[K]> } & {
  [K in keyof S as S[K] extends OptionalDecoder<unknown> ? K : never]?: Infer<S[K]>;
};

/** A decoder whose field may be missing (`undefined`). */
export type OptionalDecoder<T> = Decoder<T | undefined> & { readonly optional: true };

/** Marks a field as optional. */
export function optional<T>(d: Decoder<T>): OptionalDecoder<T> {
  const f = ((v: unknown, p = '$') => (v === undefined ? undefined : d(v, p))) as Decoder<T | undefined>;
  return Object.assign(f, { optional: true as const });
}

/** Simplifies an intersection for readable hover types. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** An object with the given fields; extra fields are dropped (so old clients tolerate additions). */
export function obj<S extends Shape>(shape: S): Decoder<Flat<ObjOf<S>>> {
  return (v, p = '$') => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new DecodeError(p, 'object', v);
    const src = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, d] of Object.entries(shape)) {
      const x = d(src[k], `${p}.${k}`);
      if (x !== undefined) out[k] = x;
    }
    return out as Flat<ObjOf<S>>;
  };
}
