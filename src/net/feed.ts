/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed as XML with linkedom's DOMParser (no regexes
 * over markup): the feed title and each item's link, title, date and summary.
 */
import { DOMParser } from 'linkedom';

/** One feed entry. */
export interface FeedItem {
  /** Absolute article URL. */
  readonly link: string;
  readonly title: string | null;
  /** Publication date YYYY-MM-DD, when the feed gives a parseable one. */
  readonly published: string | null;
  readonly summary: string | null;
}

/** A parsed feed. */
export interface Feed {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** Minimal element surface used here (linkedom's XML elements). */
interface El {
  readonly localName: string;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<El>;
  getAttribute(name: string): string | null;
}

/**
 * An attribute's value with XML character references decoded. linkedom's XML mode returns
 * attribute values as written (`a?x=1&amp;y=2`), unlike text content, which it decodes.
 */
export function attr(el: Pick<El, 'getAttribute'> | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  if (v === null || v === undefined) return null;
  return v.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, ref: string) => {
    const r = ref.toLowerCase();
    if (r === 'amp') return '&';
    if (r === 'lt') return '<';
    if (r === 'gt') return '>';
    if (r === 'quot') return '"';
    if (r === 'apos') return "'";
    const cp = r.startsWith('#x') ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function kids(el: El): El[] {
  return Array.from(el.children);
}

/** Local name without prefix, lowercased ("content:encoded" → "encoded"). */
function local(el: El): string {
  const n = el.localName || el.tagName;
  return n.slice(n.indexOf(':') + 1).toLowerCase();
}

function child(el: El, name: string): El | undefined {
  return kids(el).find((c) => local(c) === name);
}

function text(el: El | undefined): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** YYYY-MM-DD of an RFC 822 or ISO 8601 date, or null. */
export function feedDate(s: string | null): string | null {
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function absolute(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Strips markup from an HTML summary (feeds often carry escaped HTML in descriptions). */
function plain(html: string | null): string | null {
  if (!html || !html.includes('<')) return html;
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  return doc.body?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/** Whether a body looks like a feed (checked on the media type and the first bytes, before parsing). */
export function looksLikeFeed(mediaType: string, body: string): boolean {
  if (/(rss|atom)\+xml/.test(mediaType)) return true;
  if (mediaType && !/xml/.test(mediaType)) return false;
  const head = body.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Parses an RSS, RDF or Atom document; relative links resolve against `baseUrl`. Returns null
 * when the XML is not a feed (or not XML at all). Items without a usable http(s) link are dropped.
 */
export function parseFeed(xml: string, baseUrl: string): Feed | null {
  let root: El | null;
  try {
    const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
    root = doc.documentElement;
  } catch {
    return null;
  }
  if (!root) return null;
  const kind = local(root);
  if (kind === 'rss' || kind === 'rdf') {
    const channel = child(root, 'channel');
    // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it
    const itemEls = kids(kind === 'rss' && channel ? channel : root).filter((c) => local(c) === 'item');
    const items: FeedItem[] = [];
    for (const it of itemEls) {
      const guid = child(it, 'guid');
      const permalink = guid && attr(guid, 'isPermaLink') !== 'false' ? text(guid) : null;
      const link = absolute(text(child(it, 'link')) ?? attr(it, 'rdf:about') ?? permalink, baseUrl);
      if (!link) continue;
      items.push({
        link,
        title: text(child(it, 'title')),
        published: feedDate(text(child(it, 'pubdate')) ?? text(child(it, 'date'))),
        summary: plain(text(child(it, 'description'))),
      });
    }
    return { kind: kind === 'rss' ? 'rss' : 'rdf', title: text(channel ? child(channel, 'title') : undefined), items };
  }
  if (kind === 'feed') {
    const items: FeedItem[] = [];
    for (const e of kids(root).filter((c) => local(c) === 'entry')) {
      const links = kids(e).filter((c) => local(c) === 'link');
      const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
      const link = absolute(attr(alt, 'href'), baseUrl);
      if (!link) continue;
      items.push({
        link,
        title: text(child(e, 'title')),
        published: feedDate(text(child(e, 'published')) ?? text(child(e, 'updated'))),
        summary: plain(text(child(e, 'summary')) ?? text(child(e, 'content'))),
      });
    }
    return { kind: 'atom', title: text(child(root, 'title')), items };
  }
  return null;
}
