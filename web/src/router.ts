/**
 * Hash routing ("#/actor/russia?by=week"): the server serves one index.html and never sees the
 * UI's paths, so no server-side fallback route is needed.
 */
import { useEffect, useState } from 'preact/hooks';

/** A parsed location: path segments and query parameters. */
export interface Route {
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

/** Parses a location hash. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const segments = path.split('/').filter((s) => s !== '').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { segments, query: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '') };
}

/** Builds a hash link from path segments and query parameters (undefined and empty values left out). */
export function href(segments: readonly string[], query: Readonly<Record<string, string | number | undefined | null>> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const qs = sp.toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

/** The current route, updated on navigation. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** Filters of the events page (the CLI's `events` flags). */
export interface EventFilter {
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  modality?: string;
}

/** Reads the events filter from a query. */
export function eventFilterOf(q: URLSearchParams): EventFilter {
  const f: EventFilter = {};
  for (const k of ['actor', 'target', 'type', 'from', 'to', 'modality'] as const) {
    const v = q.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** Links to the pages. */
export const links = {
  overview: (): string => href([]),
  documents: (offset?: number): string => href(['documents'], { offset }),
  doc: (id: string, focus?: { event?: number; quote?: number }): string => href(['doc', id], { event: focus?.event, quote: focus?.quote }),
  actor: (id: string): string => href(['actor', id]),
  pair: (a: string, b: string, by?: string): string => href(['pair'], { a, b, by }),
  events: (f: EventFilter, offset?: number): string => href(['events'], { ...f, offset }),
  network: (q: { from?: string; to?: string; type?: string } = {}): string => href(['network'], q),
  search: (q?: string): string => href(['search'], { q }),
};
