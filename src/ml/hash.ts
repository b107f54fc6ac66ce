/**
 * String hashing for feature extraction. Features are never built as strings: each template
 * hashes its parts straight from the char codes (FNV-1a, 32 bit), which keeps tagging allocation-free
 * and fast. A hash of 0 is reserved for "empty slot" in {@link FeatureIndex}, so results are never 0.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Starts a hash for feature template `template` (a small integer). */
export function hashStart(template: number): number {
  return Math.imul(FNV_OFFSET ^ template, FNV_PRIME) >>> 0;
}

/** Mixes a string into a running hash. */
export function hashString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  // separator, so that ("ab","c") and ("a","bc") differ
  return Math.imul(x ^ 0x1f, FNV_PRIME) >>> 0;
}

/** Mixes a substring `s[from, to)` into a running hash (prefixes and suffixes without slicing). */
export function hashSub(h: number, s: string, from: number, to: number): number {
  let x = h;
  for (let i = from; i < to; i++) x = Math.imul(x ^ s.charCodeAt(i), FNV_PRIME);
  return Math.imul(x ^ 0x1f, FNV_PRIME) >>> 0;
}

/** Final avalanche (murmur3 fmix32); never returns 0. */
export function hashEnd(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  x >>>= 0;
  return x === 0 ? 1 : x;
}

/** Hash of a template and one string. */
export function hash1(template: number, s: string): number {
  return hashEnd(hashString(hashStart(template), s));
}

/** Hash of a template and two strings. */
export function hash2(template: number, a: string, b: string): number {
  return hashEnd(hashString(hashString(hashStart(template), a), b));
}

/** Hash of a template and three strings. */
export function hash3(template: number, a: string, b: string, c: string): number {
  return hashEnd(hashString(hashString(hashString(hashStart(template), a), b), c));
}

/** Hash of a string alone, for combining later with {@link mix1}–{@link mix3} (word hashes are cached). */
export function hashOf(s: string): number {
  return hashString(FNV_OFFSET, s);
}

/** Feature hash of a template and one precomputed value hash. */
export function mix1(template: number, a: number): number {
  return hashEnd(Math.imul(hashStart(template) ^ a, FNV_PRIME));
}

/** Feature hash of a template and two precomputed value hashes (order matters). */
export function mix2(template: number, a: number, b: number): number {
  return hashEnd(Math.imul(Math.imul(hashStart(template) ^ a, FNV_PRIME) ^ hashEnd(b), FNV_PRIME));
}

/** Feature hash of a template and three precomputed value hashes (order matters). */
export function mix3(template: number, a: number, b: number, c: number): number {
  const x = Math.imul(Math.imul(hashStart(template) ^ a, FNV_PRIME) ^ hashEnd(b), FNV_PRIME);
  return hashEnd(Math.imul(x ^ hashEnd(c ^ 0x5bd1e995), FNV_PRIME));
}
