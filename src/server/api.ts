/**
 * The API's route table: each route parses its parameters with the shared parsers of `src/api`
 * (bad parameters → USAGE → 400), asks the store, and maps the result to the API types.
 */
import * as A from '../api/index.js';
import { LagebildError } from '../errors.js';
import type { Store } from '../store/types.js';
import * as M from './map.js';

/** Runs an ingest request (analyse, store) and reports what happened. */
export type Ingester = (req: A.IngestRequest) => Promise<A.IngestResult>;

/** What the API handlers need. */
export interface ApiContext {
  readonly store: Store;
  /** Null when the server was started without `--allow-ingest`. */
  readonly ingester: Ingester | null;
  readonly version: string;
}

/** A GET handler: path parameters and query string in, JSON body out. */
type GetHandler = (ctx: ApiContext, params: readonly string[], query: URLSearchParams) => Promise<unknown>;

/** A GET route: a fixed path or a path with one `:id` segment. */
interface GetRoute {
  readonly pattern: RegExp;
  readonly handle: GetHandler;
}

function notFound(what: string, id: string): LagebildError {
  return new LagebildError('NOT_FOUND', `no ${what} '${id.slice(0, 100)}'`);
}

/** Most events the network aggregates when filtered (paged from the store). */
export const NETWORK_EVENT_CAP = 20_000;

async function network(ctx: ApiContext, q: A.NetworkQuery): Promise<A.Network> {
  let edges: A.PairItem[];
  let truncated = false;
  const weights = new Map<string, number>();
  if (q.from === undefined && q.to === undefined && q.type === undefined) {
    const n = await ctx.store.network();
    edges = n.edges.map(M.pairItem).sort((x, y) => y.count - x.count);
    for (const node of n.nodes) weights.set(node.id, node.events);
  } else {
    // the store's network has no filters: aggregate the filtered events here, page by page
    const events = [];
    for (let offset = 0; offset < NETWORK_EVENT_CAP; offset += 1000) {
      const page = await ctx.store.listEvents({ from: q.from, to: q.to, type: q.type, limit: 1000, offset });
      events.push(...page.items);
      if (offset + page.items.length >= page.total) break;
      if (offset + 1000 >= NETWORK_EVENT_CAP) truncated = true;
    }
    edges = M.pairsOf(events);
    for (const e of events) {
      for (const side of [e.source, e.target]) if (side) weights.set(side.id, (weights.get(side.id) ?? 0) + 1);
    }
  }
  if (edges.length > q.limit) {
    edges = edges.slice(0, q.limit);
    truncated = true;
  }
  const nodes = new Map<string, A.Network['nodes'][number]>();
  for (const e of edges) {
    for (const r of [e.a, e.b]) if (!nodes.has(r.id)) nodes.set(r.id, { ...r, events: weights.get(r.id) ?? 0 });
  }
  return { nodes: [...nodes.values()], edges, truncated };
}

/** Every GET route of the API. */
export const GET_ROUTES: readonly GetRoute[] = [
  {
    pattern: /^\/api\/info$/,
    handle: async (ctx, _p, q) => {
      A.parseNoQuery(q);
      const info: A.Info = { version: ctx.version, ingest: ctx.ingester !== null };
      return info;
    },
  },
  {
    pattern: /^\/api\/overview$/,
    handle: async (ctx, _p, q) => {
      const o = A.parseOverviewQuery(q);
      return M.overview(await ctx.store.overview(o));
    },
  },
  {
    pattern: /^\/api\/entities$/,
    handle: async (ctx, _p, q) => {
      const page = await ctx.store.listEntities(A.parseEntitiesQuery(q));
      return { ...page, items: page.items.map(M.entityItem) } satisfies A.Page<A.EntityItem>;
    },
  },
  {
    pattern: /^\/api\/entities\/([^/]+)$/,
    handle: async (ctx, [id = ''], q) => {
      A.parseNoQuery(q);
      const e = await ctx.store.getEntity(id);
      if (!e) throw notFound('entity', id);
      return M.entityDetail(e);
    },
  },
  {
    pattern: /^\/api\/events$/,
    handle: async (ctx, _p, q) => {
      const { doc, ...rest } = A.parseEventsQuery(q);
      const page = await ctx.store.listEvents(doc === undefined ? rest : { ...rest, docId: doc });
      return { ...page, items: page.items.map(M.eventItem) } satisfies A.Page<A.EventItem>;
    },
  },
  {
    pattern: /^\/api\/quotes$/,
    handle: async (ctx, _p, q) => {
      const page = await ctx.store.listQuotes(A.parseQuotesQuery(q));
      return { ...page, items: page.items.map(M.quoteItem) } satisfies A.Page<A.QuoteItem>;
    },
  },
  {
    pattern: /^\/api\/relations$/,
    handle: async (ctx, _p, q) => {
      const rq = A.parseRelationsQuery(q);
      const r = await ctx.store.relations(rq);
      if (!r) throw new LagebildError('NOT_FOUND', `no entity named '${rq.a.slice(0, 100)}' or '${rq.b.slice(0, 100)}'`);
      return M.relationSeries(r);
    },
  },
  {
    pattern: /^\/api\/network$/,
    handle: async (ctx, _p, q) => network(ctx, A.parseNetworkQuery(q)),
  },
  {
    pattern: /^\/api\/search$/,
    handle: async (ctx, _p, q) => {
      const s = A.parseSearchQuery(q);
      const [docs, quotes, entities] = await Promise.all([
        ctx.store.search({ q: s.q, kinds: ['document'], limit: s.limit }),
        ctx.store.search({ q: s.q, kinds: ['quote'], limit: s.limit }),
        ctx.store.listEntities({ q: s.q, limit: s.limit }),
      ]);
      const out: A.SearchResult = {
        q: s.q,
        documents: docs.items.map(M.searchHit),
        entities: entities.items.map(M.entityItem),
        quotes: quotes.items.map(M.searchHit),
        totals: { documents: docs.total, entities: entities.total, quotes: quotes.total },
      };
      return out;
    },
  },
  {
    pattern: /^\/api\/documents$/,
    handle: async (ctx, _p, q) => {
      const page = await ctx.store.listDocuments(A.parseDocumentsQuery(q));
      return { ...page, items: page.items.map(M.documentItem) } satisfies A.Page<A.DocumentItem>;
    },
  },
  {
    pattern: /^\/api\/documents\/([^/]+)$/,
    handle: async (ctx, [id = ''], q) => {
      A.parseNoQuery(q);
      const d = await ctx.store.getDocument(id);
      if (!d) throw notFound('document', id);
      return M.documentDetail(d);
    },
  },
];

/** Finds the GET route of a path and its decoded parameters; null when no route matches. */
export function matchGet(path: string): { route: GetRoute; params: string[] } | null {
  for (const route of GET_ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params: string[] = [];
    for (const raw of m.slice(1)) {
      try {
        params.push(decodeURIComponent(raw ?? ''));
      } catch {
        throw new LagebildError('USAGE', 'malformed path parameter');
      }
    }
    return { route, params };
  }
  return null;
}
