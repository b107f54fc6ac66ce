/**
 * Ingesting inputs into a store: files and folders, article URLs and RSS/Atom feeds. Unchanged
 * content (same content hash) is recognised before analysis and skipped; each article is stored
 * in one transaction by the store.
 */
import { basename, extname, resolve } from 'node:path';
import type { Lang } from '../doc/types.js';
import type { Engine } from '../engine.js';
import { asLagebildError, LagebildError } from '../errors.js';
import { ingestFile, listInputs } from '../ingest/index.js';
import type { IngestedText } from '../ingest/types.js';
import { parseFeed, looksLikeFeed } from '../net/feed.js';
import { fetchText, isUrl, type FetchOptions } from '../net/fetch.js';
import { ingestFetched, urlDocId } from '../net/page.js';
import { RobotsPolicy } from '../net/robots.js';
import { toOutput } from '../output/schema.js';
import { contentHash } from './hash.js';
import type { Store } from './types.js';

/** One thing to ingest. */
export type IngestTask =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string; readonly published?: string | null; readonly feed?: string }
  | { readonly kind: 'error'; readonly subject: string; readonly error: LagebildError };

/** What happened to one task. */
export interface IngestOutcome {
  readonly subject: string;
  readonly status: 'inserted' | 'unchanged' | 'replaced' | 'failed' | 'feed';
  readonly docId: string | null;
  readonly events: number;
  readonly error: LagebildError | null;
  /** Item pages of a feed, to be ingested next. */
  readonly more: readonly IngestTask[];
}

/** Options for an {@link Ingestor}. */
export interface IngestOptions {
  readonly lang?: Lang | null;
  /** Publication date YYYY-MM-DD overriding the detected one. */
  readonly published?: string | null;
  readonly fetch?: FetchOptions;
  /**
   * 'obey' (default): each site's robots.txt is read once and honoured, Crawl-delay included
   * (see {@link RobotsPolicy}). 'ignore': for sites the user may fetch regardless (their own).
   */
  readonly robots?: 'obey' | 'ignore';
}

/** Expands command-line arguments into tasks: URLs as they are, files and folders walked lazily. */
export async function* tasksOf(args: readonly string[]): AsyncGenerator<IngestTask> {
  for (const a of args) {
    if (isUrl(a)) {
      yield { kind: 'url', url: a };
      continue;
    }
    // a missing path is yielded as it is: ingesting it names the problem
    for await (const path of listInputs([a])) yield { kind: 'file', path };
  }
}

/** Name of a task for messages. */
export function subjectOf(t: IngestTask): string {
  return t.kind === 'file' ? t.path : t.kind === 'url' ? t.url : t.subject;
}

/** Runs tasks against one store and one engine. */
export class Ingestor {
  private readonly robots: RobotsPolicy | null;

  constructor(private readonly store: Store, private readonly engine: Engine, private readonly opts: IngestOptions = {}) {
    this.robots = opts.robots === 'ignore' ? null : new RobotsPolicy(opts.fetch ? { fetch: opts.fetch } : {});
  }

  /** Ingests one task; never throws (failures come back as outcomes naming the input). */
  async run(task: IngestTask): Promise<IngestOutcome> {
    const subject = subjectOf(task);
    try {
      if (task.kind === 'error') throw task.error;
      if (task.kind === 'file') {
        const ing = await ingestFile(task.path, { lang: this.opts.lang ?? null });
        const id = basename(task.path, extname(task.path));
        return await this.store_(subject, ing, id, resolve(task.path), new Date().toISOString(), null);
      }
      await this.robots?.admit(task.url);
      const page = await fetchText(task.url, this.opts.fetch);
      if (looksLikeFeed(page.mediaType, page.body)) {
        const feed = parseFeed(page.body, page.finalUrl);
        if (!feed) throw new LagebildError('INPUT_MALFORMED', 'the feed could not be parsed', task.url);
        const more: IngestTask[] = feed.items.map((i) => ({ kind: 'url', url: i.link, published: i.published, feed: task.url }));
        return { subject, status: 'feed', docId: null, events: 0, error: null, more };
      }
      const ing = ingestFetched(page, { lang: this.opts.lang ?? null });
      return await this.store_(subject, ing, urlDocId(task.url), task.url, page.fetchedAt, task.published ?? null);
    } catch (err) {
      return { subject, status: 'failed', docId: null, events: 0, error: asLagebildError(err, subject), more: [] };
    }
  }

  private async store_(subject: string, ing: IngestedText, id: string, address: string, fetchedAt: string, feedPublished: string | null): Promise<IngestOutcome> {
    const hash = contentHash(ing.text);
    const same = await this.store.findByHash(hash);
    if (same) return { subject, status: 'unchanged', docId: same.id, events: same.counts.events, error: null, more: [] };
    const doc = this.engine.analyze(ing, {
      id, address, lang: this.opts.lang ?? null,
      published: this.opts.published ?? ing.published ?? feedPublished,
    });
    const out = toOutput(doc);
    const r = await this.store.putDocument({ doc: out, contentHash: hash, address, fetchedAt });
    return { subject, status: r.status, docId: r.docId, events: out.events.length, error: null, more: [] };
  }
}
