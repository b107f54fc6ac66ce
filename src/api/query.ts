/**
 * Query parameters of every API endpoint: their types, a parser for the server (throws
 * `LagebildError('USAGE')`, which the server answers with 400) and a serialiser for the UI.
 * Unknown and repeated parameters are rejected, so a typo ("?tpye=AGREE") is an error and not a
 * silently unfiltered list.
 */
import { LagebildError } from '../errors.js';
import { BUCKETS, ENTITY_TYPES, MODALITIES, PLOVER_TYPES } from './types.js';

/** Default page size. */
export const DEFAULT_LIMIT = 50;
/** Largest page size a client may ask for. */
export const MAX_LIMIT = 500;
/** Largest offset (deep paging is a scan; search narrows better). */
export const MAX_OFFSET = 100_000;
/** Longest free-text parameter. */
export const MAX_TEXT = 200;

/** limit/offset of a list. */
export interface Paging {
  limit: number;
  offset: number;
}

/** GET /api/entities */
export interface EntitiesQuery extends Paging {
  type?: (typeof ENTITY_TYPES)[number];
  q?: string;
}
/** GET /api/events */
export interface EventsQuery extends Paging {
  actor?: string;
  target?: string;
  type?: (typeof PLOVER_TYPES)[number];
  from?: string;
  to?: string;
  modality?: (typeof MODALITIES)[number];
  doc?: string;
}
/** GET /api/quotes */
export interface QuotesQuery extends Paging {
  speaker?: string;
  q?: string;
  doc?: string;
}
/** GET /api/relations */
export interface RelationsQuery {
  a: string;
  b: string;
  by: (typeof BUCKETS)[number];
  from?: string;
  to?: string;
}
/** GET /api/network */
export interface NetworkQuery {
  from?: string;
  to?: string;
  type?: (typeof PLOVER_TYPES)[number];
  /** Most edges to return (strongest first). */
  limit: number;
}
/** GET /api/search */
export interface SearchQuery {
  q: string;
  limit: number;
}
/** GET /api/documents */
export interface DocumentsQuery extends Paging {
  /** Documents mentioning this entity (id or any name). */
  entity?: string;
  language?: 'de' | 'en';
  from?: string;
  to?: string;
}

/** Reads parameters one by one, remembering which were known. */
class Params {
  private readonly seen = new Set<string>();
  constructor(private readonly sp: URLSearchParams) {}

  /** The raw value of a parameter (undefined when absent or empty). */
  raw(name: string): string | undefined {
    this.seen.add(name);
    const all = this.sp.getAll(name);
    if (all.length > 1) throw usage(`parameter '${name}' given ${all.length} times`);
    const v = all[0]?.trim();
    return v === undefined || v === '' ? undefined : v;
  }

  text(name: string): string | undefined {
    const v = this.raw(name);
    if (v !== undefined && v.length > MAX_TEXT) throw usage(`parameter '${name}' is longer than ${MAX_TEXT} characters`);
    return v;
  }

  required(name: string): string {
    const v = this.text(name);
    if (v === undefined) throw usage(`parameter '${name}' is required`);
    return v;
  }

  choice<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    const hit = values.find((x) => x.toLowerCase() === v.toLowerCase());
    if (!hit) throw usage(`parameter '${name}' must be one of ${values.join(', ')} (got '${clip(v)}')`);
    return hit;
  }

  int(name: string, def: number, min: number, max: number): number {
    const v = this.raw(name);
    if (v === undefined) return def;
    if (!/^\d{1,9}$/.test(v)) throw usage(`parameter '${name}' must be a whole number (got '${clip(v)}')`);
    const n = Number(v);
    if (n < min || n > max) throw usage(`parameter '${name}' must be between ${min} and ${max} (got ${n})`);
    return n;
  }

  date(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (!isPartialDate(v)) throw usage(`parameter '${name}' must be a date YYYY, YYYY-MM or YYYY-MM-DD (got '${clip(v)}')`);
    return v;
  }

  paging(): Paging {
    return { limit: this.int('limit', DEFAULT_LIMIT, 1, MAX_LIMIT), offset: this.int('offset', 0, 0, MAX_OFFSET) };
  }

  /** Rejects parameters no reader asked for. */
  done(): void {
    for (const k of this.sp.keys()) if (!this.seen.has(k)) throw usage(`unknown parameter '${clip(k)}'`);
  }
}

function usage(message: string): LagebildError {
  return new LagebildError('USAGE', message);
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}

/** Whether `s` is YYYY, YYYY-MM or YYYY-MM-DD with a real month and day. */
export function isPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function checkRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && to.localeCompare(from) < 0 && !to.startsWith(from) && !from.startsWith(to)) {
    throw usage(`'from' (${from}) is after 'to' (${to})`);
  }
}

function parse<T>(sp: URLSearchParams, read: (p: Params) => T): T {
  const p = new Params(sp);
  const out = read(p);
  p.done();
  return out;
}

/** Drops undefined fields (the parsers return only what was given). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Parses GET /api/entities parameters. */
export function parseEntitiesQuery(sp: URLSearchParams): EntitiesQuery {
  return parse(sp, (p) => defined({ ...p.paging(), type: p.choice('type', ENTITY_TYPES), q: p.text('q') }));
}

/** Parses GET /api/events parameters. */
export function parseEventsQuery(sp: URLSearchParams): EventsQuery {
  return parse(sp, (p) => {
    const q = defined({
      ...p.paging(), actor: p.text('actor'), target: p.text('target'), type: p.choice('type', PLOVER_TYPES),
      from: p.date('from'), to: p.date('to'), modality: p.choice('modality', MODALITIES), doc: p.text('doc'),
    });
    checkRange(q.from, q.to);
    return q;
  });
}

/** Parses GET /api/quotes parameters. */
export function parseQuotesQuery(sp: URLSearchParams): QuotesQuery {
  return parse(sp, (p) => defined({ ...p.paging(), speaker: p.text('speaker'), q: p.text('q'), doc: p.text('doc') }));
}

/** Parses GET /api/relations parameters. */
export function parseRelationsQuery(sp: URLSearchParams): RelationsQuery {
  return parse(sp, (p) => {
    const q = defined({ a: p.required('a'), b: p.required('b'), by: p.choice('by', BUCKETS) ?? 'month', from: p.date('from'), to: p.date('to') });
    checkRange(q.from, q.to);
    return q;
  });
}

/** Largest network a client may ask for (edges). */
export const MAX_EDGES = 1000;

/** Parses GET /api/network parameters. */
export function parseNetworkQuery(sp: URLSearchParams): NetworkQuery {
  return parse(sp, (p) => {
    const q = defined({ from: p.date('from'), to: p.date('to'), type: p.choice('type', PLOVER_TYPES), limit: p.int('limit', 200, 1, MAX_EDGES) });
    checkRange(q.from, q.to);
    return q;
  });
}

/** Parses GET /api/search parameters. */
export function parseSearchQuery(sp: URLSearchParams): SearchQuery {
  return parse(sp, (p) => ({ q: p.required('q'), limit: p.int('limit', 20, 1, 100) }));
}

/** Parses GET /api/documents parameters. */
export function parseDocumentsQuery(sp: URLSearchParams): DocumentsQuery {
  return parse(sp, (p) => {
    const q = defined({
      ...p.paging(), entity: p.text('entity'), language: p.choice('language', ['de', 'en'] as const), from: p.date('from'), to: p.date('to'),
    });
    checkRange(q.from, q.to);
    return q;
  });
}

/** Parses parameters of an endpoint that takes none. */
export function parseNoQuery(sp: URLSearchParams): Record<string, never> {
  return parse(sp, () => ({}));
}

/** Serialises a query for a URL (the UI's side); undefined fields and defaults are left out. */
export function toQueryString(q: object): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** GET /api/overview */
export interface OverviewQuery {
  /** How many actors, events and pairs to list. */
  top: number;
  /** Days of events per day, counted back from the latest event. */
  days: number;
}

/** Parses GET /api/overview parameters. */
export function parseOverviewQuery(sp: URLSearchParams): OverviewQuery {
  return parse(sp, (p) => ({ top: p.int('top', 10, 1, 50), days: p.int('days', 90, 1, 3660) }));
}
