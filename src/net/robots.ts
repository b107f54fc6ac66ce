/**
 * The Robots Exclusion Protocol (RFC 9309) for URL and feed ingestion: before a page is fetched,
 * the site's `/robots.txt` is read once per origin and asked whether lagebild may fetch the path,
 * and how long to wait between two requests to that site (`Crawl-delay`).
 *
 * Parsing and path matching are robots-parser's (a maintained library with wildcard and `$`
 * support and a matcher without regular expressions); this module only decides what the
 * fetch outcomes mean, as RFC 9309 §2.3.1 says:
 * - 2xx: the rules apply;
 * - 4xx ("unavailable", 404 included): no rules, everything may be fetched;
 * - 5xx or no answer ("unreachable"): nothing may be fetched for now (no answer is reported as
 *   the network error it is).
 * A redirect is followed by fetch() itself.
 */
import { createRequire } from 'node:module';
import { LagebildError } from '../errors.js';
import { fetchText, USER_AGENT, type FetchOptions } from './fetch.js';

// robots-parser is CommonJS (module.exports = the function) while its typings declare a default
// export; under NodeNext a default import is typed as the module object, so require it directly.
const robotsParser = createRequire(import.meta.url)('robots-parser') as typeof import('robots-parser').default;

/** The product token robots.txt groups are matched against ("User-agent: lagebild"). */
export const ROBOTS_AGENT = USER_AGENT.split('/')[0] ?? 'lagebild';
/** robots.txt files are small; RFC 9309 §2.5 asks crawlers to read at least 500 KiB. */
const ROBOTS_MAX_BYTES = 512 * 1024;
/** A robots.txt request waits at most this long, whatever the page timeout. */
const ROBOTS_TIMEOUT_MS = 10_000;
/** A site's Crawl-delay is honoured up to this many seconds (a larger one would stall a feed for hours). */
export const MAX_CRAWL_DELAY_S = 30;

/** What a site's robots.txt says for lagebild. */
type SitePolicy =
  | { readonly kind: 'rules'; readonly isAllowed: (url: string) => boolean; readonly delayMs: number }
  | { readonly kind: 'allow-all' }
  | { readonly kind: 'unreachable'; readonly why: string }
  | { readonly kind: 'no-answer'; readonly error: LagebildError };

/** Options of a {@link RobotsPolicy}. */
export interface RobotsOptions {
  /** Fetch options for robots.txt (the timeout is capped at 10 s, the size at 512 KiB). */
  readonly fetch?: FetchOptions;
  /** Waits between two requests to one site (a test passes a fake clock). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * The robots.txt rules of every site one ingestion run touches, each read once. One instance per
 * run (no global cache: a long-running server starts a new one per ingest request).
 */
export class RobotsPolicy {
  private readonly sites = new Map<string, Promise<SitePolicy>>();
  private readonly lastRequest = new Map<string, number>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly opts: RobotsOptions = {}) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((ok) => setTimeout(ok, ms)));
    this.now = opts.now ?? Date.now;
  }

  /**
   * Resolves when `url` may be fetched, after waiting out the site's Crawl-delay since the last
   * request to it. Throws ROBOTS_DISALLOWED when the site's robots.txt excludes the path, or
   * when robots.txt is unreachable (server error or no answer).
   */
  async admit(url: string): Promise<void> {
    const origin = new URL(url).origin;
    const policy = await this.policyOf(origin);
    if (policy.kind === 'unreachable') {
      throw new LagebildError('ROBOTS_DISALLOWED', `${origin}/robots.txt is unreachable (${policy.why}), so the site may not be crawled now (RFC 9309); "lagebild ingest --ignore-robots" overrides it for a site you may fetch`, url);
    }
    // RFC 9309 forbids crawling a site whose robots.txt gets no answer; the page would get none
    // either, so the user sees the network error itself, named by the page
    if (policy.kind === 'no-answer') throw new LagebildError(policy.error.code, policy.error.message, url, { cause: policy.error });
    if (policy.kind === 'allow-all') return;
    if (!policy.isAllowed(url)) {
      throw new LagebildError('ROBOTS_DISALLOWED', `${origin}/robots.txt does not allow ${ROBOTS_AGENT} to fetch this page; "lagebild ingest --ignore-robots" overrides it for a site you may fetch`, url);
    }
    const last = this.lastRequest.get(origin);
    if (last !== undefined && policy.delayMs > 0) {
      const wait = last + policy.delayMs - this.now();
      if (wait > 0) await this.sleep(wait);
    }
    this.lastRequest.set(origin, this.now());
  }

  private policyOf(origin: string): Promise<SitePolicy> {
    let p = this.sites.get(origin);
    if (!p) {
      p = this.read(origin);
      this.sites.set(origin, p);
    }
    return p;
  }

  private async read(origin: string): Promise<SitePolicy> {
    const robotsUrl = `${origin}/robots.txt`;
    const timeoutMs = Math.min(this.opts.fetch?.timeoutMs ?? ROBOTS_TIMEOUT_MS, ROBOTS_TIMEOUT_MS);
    let page;
    try {
      page = await fetchText(robotsUrl, { timeoutMs, maxBytes: ROBOTS_MAX_BYTES, accept: 'text/plain', httpErrors: 'return' });
    } catch (err) {
      // an oversized robots.txt: RFC 9309 §2.5 lets a crawler stop reading; treat it as no rules it could read
      if (err instanceof LagebildError && err.code === 'INPUT_TOO_LARGE') return { kind: 'allow-all' };
      return { kind: 'no-answer', error: err instanceof LagebildError ? err : new LagebildError('NETWORK', String(err), robotsUrl) };
    }
    if (page.status >= 500) return { kind: 'unreachable', why: `HTTP ${page.status}` };
    if (page.status >= 400) return { kind: 'allow-all' };
    const robot = robotsParser(page.finalUrl, page.body);
    const delay = robot.getCrawlDelay(ROBOTS_AGENT);
    return {
      kind: 'rules',
      isAllowed: (url) => {
        // asked on the origin robots.txt was finally served from (http → https redirects), since
        // robots-parser answers undefined for a URL of another origin
        const u = new URL(url);
        return robot.isAllowed(new URL(u.pathname + u.search, page.finalUrl).href, ROBOTS_AGENT) !== false;
      },
      delayMs: delay !== undefined && Number.isFinite(delay) && delay > 0 ? Math.min(delay, MAX_CRAWL_DELAY_S) * 1000 : 0,
    };
  }
}
