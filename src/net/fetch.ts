/**
 * Fetching articles and feeds over HTTP(S) with fetch(): a timeout, a size limit enforced while
 * streaming (a lying or missing Content-Length cannot exhaust memory), a robots-friendly
 * User-Agent, and errors that say what went wrong in one line.
 */
import { LagebildError } from '../errors.js';

/** The User-Agent every request sends: names the tool and where to find out about it. */
export const USER_AGENT = 'lagebild/0.1 (+https://github.com/lagebild)';
/** Default timeout for one request (connect to last byte). */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Default size limit of one response body. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Options of {@link fetchText}. */
export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Accept header; defaults to HTML, feeds and text. */
  readonly accept?: string;
  /**
   * 'throw' (default): an HTTP error status throws NOT_FOUND or NETWORK. 'return': the response is
   * returned with its status, for callers whose meaning depends on it (robots.txt).
   */
  readonly httpErrors?: 'throw' | 'return';
}

/** A fetched response body, decoded. */
export interface Fetched {
  /** The URL asked for. */
  readonly url: string;
  /** The URL after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  /** Media type without parameters, lowercased ("text/html"). */
  readonly mediaType: string;
  /** The body as received (for ingestion, which honours the page's own charset declaration). */
  readonly bytes: Uint8Array;
  /** The body decoded with the HTTP charset (UTF-8 when none is given). */
  readonly body: string;
  /** ISO time of the response. */
  readonly fetchedAt: string;
}

/** Whether an argument names an http(s) URL rather than a file. */
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** A one-line reason for a failed fetch from the error's cause chain (ECONNREFUSED, ENOTFOUND…). */
function networkReason(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      const why: Record<string, string> = {
        ECONNREFUSED: 'connection refused',
        ENOTFOUND: 'host not found (is the network reachable?)',
        EAI_AGAIN: 'name lookup failed (is the network reachable?)',
        ENETUNREACH: 'network unreachable',
        EHOSTUNREACH: 'host unreachable',
        ECONNRESET: 'connection reset',
        UND_ERR_SOCKET: 'connection closed by the server',
        CERT_HAS_EXPIRED: 'TLS certificate expired',
      };
      return why[code] ?? code;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.message : String(err);
}

/** Charset from a Content-Type header, when TextDecoder knows it. */
function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType);
  const cs = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    new TextDecoder(cs);
    return cs;
  } catch {
    return 'utf-8';
  }
}

/**
 * GETs a URL and returns its decoded body. Throws NETWORK (unreachable, HTTP error unless
 * `httpErrors: 'return'`), TIMEOUT,
 * INPUT_TOO_LARGE (over `maxBytes`, checked on the header and while reading) or USAGE (not http/https).
 */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  if (!isUrl(url)) throw new LagebildError('USAGE', 'only http and https URLs can be fetched', url);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        'user-agent': USER_AGENT,
        accept: opts.accept ?? 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
      },
    });
  } catch (err) {
    if (signal.aborted) throw new LagebildError('TIMEOUT', `no answer within ${Math.round(timeoutMs / 1000)} s`, url, { cause: err });
    throw new LagebildError('NETWORK', `cannot fetch: ${networkReason(err)}`, url, { cause: err });
  }
  const drop = (): void => {
    void res.body?.cancel().catch(() => undefined);
  };
  if (!res.ok && opts.httpErrors !== 'return') {
    drop();
    throw new LagebildError(res.status === 404 || res.status === 410 ? 'NOT_FOUND' : 'NETWORK', `HTTP ${res.status} ${res.statusText}`.trim(), url);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    drop();
    throw new LagebildError('INPUT_TOO_LARGE', `response of ${declared} bytes exceeds the limit of ${maxBytes}`, url);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw new LagebildError('INPUT_TOO_LARGE', `response exceeds the limit of ${maxBytes} bytes`, url);
        }
        chunks.push(value);
      }
    }
  } catch (err) {
    if (err instanceof LagebildError) throw err;
    if (signal.aborted) throw new LagebildError('TIMEOUT', `no complete answer within ${Math.round(timeoutMs / 1000)} s`, url, { cause: err });
    throw new LagebildError('NETWORK', `reading the response failed: ${networkReason(err)}`, url, { cause: err });
  }
  const contentType = res.headers.get('content-type') ?? '';
  const bytes = Buffer.concat(chunks);
  const body = new TextDecoder(charsetOf(contentType)).decode(bytes);
  return {
    url,
    finalUrl: res.url || url,
    status: res.status,
    mediaType: (contentType.split(';')[0] ?? '').trim().toLowerCase(),
    bytes,
    body,
    fetchedAt: new Date().toISOString(),
  };
}
