/**
 * The UI's API client: every response is checked with the shared decoders before use, so a server
 * that answers something unexpected shows a clear error instead of a broken page.
 */
import { useEffect, useState } from 'preact/hooks';
import { apiErrorD, DecodeError, type Decoder } from '../../src/api/index.js';

/** An API failure with the server's error code. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiFailure';
    this.status = status;
    this.code = code;
  }
}

/** GETs a path and decodes the JSON answer. */
export async function apiGet<T>(path: string, decode: Decoder<T>, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    try {
      const e = apiErrorD(body);
      throw new ApiFailure(res.status, e.error.code, e.error.message);
    } catch (err) {
      if (err instanceof ApiFailure) throw err;
      throw new ApiFailure(res.status, 'HTTP', `HTTP ${res.status}`);
    }
  }
  try {
    return decode(body);
  } catch (err) {
    if (err instanceof DecodeError) throw new ApiFailure(res.status, 'DECODE', `unexpected answer: ${err.message}`);
    throw err;
  }
}

/** State of a request. */
export type Loadable<T> = { state: 'loading' } | { state: 'error'; error: ApiFailure } | { state: 'ok'; data: T };

/** Loads a path (null: nothing to load) and reloads when it changes; stale answers are dropped. */
export function useApi<T>(path: string | null, decode: Decoder<T>): Loadable<T> {
  const [value, setValue] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (path === null) return undefined;
    const ctl = new AbortController();
    setValue({ state: 'loading' });
    apiGet(path, decode, ctl.signal).then(
      (data) => setValue({ state: 'ok', data }),
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        setValue({ state: 'error', error: err instanceof ApiFailure ? err : new ApiFailure(0, 'NETWORK', String(err)) });
      },
    );
    return () => ctl.abort();
    // the decoder is a module constant; only the path decides what to load
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);
  return value;
}
