import { normaliseDate } from './dates.js';
import type { IngestLexicon } from './lexicon.js';

/** Metadata of an HTML page, read before Readability changes the document. */
export interface HtmlMeta {
  readonly title: string | null;
  readonly published: string | null;
  /** Where `published` came from ("meta:article:published_time", "json-ld", "time", "url"). */
  readonly publishedFrom: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** The `lang` attribute of `<html>`, lower-case, or null. */
  readonly lang: string | null;
}

/** Meta keys (property, name or itemprop) that give the publication date, strongest first. */
const STRONG_DATE_KEYS = ['article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished'];
const WEAK_DATE_KEYS = ['parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time', 'article.published', 'article_date_original', 'original-publish-date', 'cxenseparse:recs:publishtime'];
const SOURCE_KEYS = ['og:site_name', 'application-name', 'twitter:site:name', 'publisher', 'dc.publisher'];

/** JSON-LD is walked to this depth and this many objects at most (a hostile page cannot blow it up). */
const JSONLD_MAX_DEPTH = 12;
const JSONLD_MAX_NODES = 5000;
const JSONLD_MAX_CHARS = 1_000_000;

/**
 * Reads title, publication date, outlet, canonical URL and language from `<meta>` tags, JSON-LD
 * (`datePublished`, `publisher.name`, also inside `@graph` arrays; malformed JSON-LD is ignored),
 * `<time datetime>` elements and `<link rel=canonical>`. A dated canonical URL (".../2015/03/18/...")
 * is the last resort for the date.
 */
export function readHtmlMeta(doc: Document, lex: IngestLexicon, pageUrl: string | null): HtmlMeta {
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const content = m.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content.trim());
    }
  }
  const ld = readJsonLd(doc);

  let published: string | null = null;
  let publishedFrom: string | null = null;
  const tryDate = (value: unknown, from: string): void => {
    if (published) return;
    const d = normaliseDate(value, lex);
    if (d) {
      published = d;
      publishedFrom = from;
    }
  };
  for (const k of STRONG_DATE_KEYS) tryDate(metas.get(k), `meta:${k}`);
  tryDate(ld.datePublished, 'json-ld');
  for (const k of WEAK_DATE_KEYS) tryDate(metas.get(k), `meta:${k}`);
  if (!published) {
    const times = Array.from(doc.querySelectorAll('time'));
    const preferred = times.find((t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished');
    const inArticle = times.find((t) => t.hasAttribute('datetime') && t.closest('article, main, header') !== null);
    for (const t of [preferred, inArticle, ...times]) {
      if (t) tryDate(t.getAttribute('datetime') ?? t.textContent, 'time');
    }
  }

  const linkCanonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const url = absolute(linkCanonical ?? metas.get('og:url') ?? ld.url ?? null, pageUrl) ?? pageUrl;
  if (!published && url) {
    const m = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|$)/.exec(url);
    if (m) tryDate(`${m[1]}-${m[2]}-${m[3]}`, 'url');
  }

  let source: string | null = metas.get('og:site_name') ?? ld.publisher ?? null;
  for (const k of SOURCE_KEYS) source ??= metas.get(k) ?? null;
  if (source && source.startsWith('@')) source = null; // a Twitter handle is not an outlet name

  const title = metas.get('og:title') ?? ld.headline ?? textOf(doc.querySelector('title')) ?? textOf(doc.querySelector('h1'));
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || null;
  return { title: title ?? null, published, publishedFrom, source, url, lang };
}

function textOf(el: Element | null): string | null {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

interface JsonLdFacts {
  datePublished?: unknown;
  publisher?: string;
  headline?: string;
  url?: string;
}

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/;

/**
 * The facts of the page's JSON-LD blocks. An object typed as an article wins over others (a page
 * often also describes its WebSite or Organization); blocks that do not parse are skipped.
 */
function readJsonLd(doc: Document): JsonLdFacts {
  const best: JsonLdFacts = {};
  const any: JsonLdFacts = {};
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    if (raw.length > JSONLD_MAX_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const todo: { v: unknown; depth: number }[] = [{ v: data, depth: 0 }];
    let seen = 0;
    while (todo.length > 0 && seen < JSONLD_MAX_NODES) {
      const { v, depth } = todo.pop()!;
      seen++;
      if (depth > JSONLD_MAX_DEPTH || typeof v !== 'object' || v === null) continue;
      if (Array.isArray(v)) {
        for (let k = v.length - 1; k >= 0; k--) todo.push({ v: v[k], depth: depth + 1 });
        continue;
      }
      const o = v as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
      const target = types.some((t) => ARTICLE_TYPE.test(t)) ? best : any;
      collect(o, target);
      for (const key of ['@graph', 'mainEntity', 'itemListElement']) if (o[key] !== undefined) todo.push({ v: o[key], depth: depth + 1 });
    }
  }
  return {
    datePublished: best.datePublished ?? any.datePublished,
    publisher: best.publisher ?? any.publisher,
    headline: best.headline ?? any.headline,
    url: best.url ?? any.url,
  };
}

function collect(o: Record<string, unknown>, into: JsonLdFacts): void {
  if (into.datePublished === undefined && (typeof o.datePublished === 'string' || typeof o.datePublished === 'number')) into.datePublished = o.datePublished;
  const pub = Array.isArray(o.publisher) ? o.publisher[0] : o.publisher;
  if (into.publisher === undefined && typeof pub === 'object' && pub !== null) {
    const name = (pub as Record<string, unknown>).name;
    if (typeof name === 'string' && name.trim()) into.publisher = name.trim();
  }
  if (into.headline === undefined && typeof o.headline === 'string' && o.headline.trim()) into.headline = o.headline.trim();
  if (into.url === undefined && typeof o.url === 'string' && ARTICLE_TYPE.test(String(o['@type'] ?? ''))) into.url = o.url;
}
