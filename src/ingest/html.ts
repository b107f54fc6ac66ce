import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Lang, ZoneKind } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import { TextBuilder, cleanLine } from './builder.js';
import { guardHtml } from './html-guard.js';
import { readHtmlMeta } from './html-meta.js';
import { detectLanguage } from './language.js';
import { defaultIngestLexicon, type IngestLexicon } from './lexicon.js';
import { markMetadata } from './metadata.js';
import { DEFAULT_MAX_BYTES, type IngestedText } from './types.js';

/** Options of {@link ingestHtml}. */
export interface HtmlOptions {
  /** The page's address: base for relative links, and the URL when the page names no canonical one. */
  readonly url?: string | null;
  /** Declared language; skips detection. */
  readonly lang?: Lang | null;
  /** Name for error messages (file name or URL). */
  readonly name?: string;
  readonly lexicon?: IngestLexicon;
  /** Size limit in characters of the HTML (default 10 MB). */
  readonly maxBytes?: number;
  readonly warnings?: readonly string[];
}

/**
 * More elements than this are refused before parsing: linkedom alone needs seconds for them.
 * Real article pages have a few thousand.
 */
export const MAX_ELEMENTS = 200_000;
/**
 * Above this many elements Readability (whose cost grows faster than the page: ~7 s for 100,000
 * elements) is skipped and the text of `<article>`, `<main>` or `<body>` is taken instead, with a
 * warning.
 */
export const READABILITY_MAX_ELEMENTS = 20_000;
/** An article body needs at least this many words; fewer means the page has no article. */
const MIN_ARTICLE_WORDS = 8;

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'figure', 'figcaption', 'picture', 'video', 'audio', 'head', 'aside', 'menu', 'dialog', 'footer']);
/** Elements that end a line of the analysed text. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'br', 'hr', 'address', 'details', 'summary', 'center', 'body', 'html']);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Ingests an HTML page: metadata from meta tags, JSON-LD and `<time>` (see `html-meta.ts`), main
 * text via Readability. The analysed text is the title line followed by one line per block of
 * the article (headings → 'heading' zones, paragraphs and list items → 'body'); scripts, styles,
 * embedded frames, figures and captions never reach it, and entities are decoded by the parser.
 * Throws INPUT_NO_ARTICLE when no article body is found, INPUT_TOO_LARGE for oversized pages.
 */
export function ingestHtml(html: string, opts: HtmlOptions = {}): IngestedText {
  const name = opts.name ?? opts.url ?? 'html';
  const lex = opts.lexicon ?? defaultIngestLexicon();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (html.length > maxBytes) throw new LagebildError('INPUT_TOO_LARGE', `page exceeds the size limit of ${maxBytes} characters`, name);
  const guarded = guardHtml(html);
  if (guarded.elements > MAX_ELEMENTS) throw new LagebildError('INPUT_TOO_LARGE', `page has ${guarded.elements} elements (limit ${MAX_ELEMENTS})`, name);
  const warnings = [...(opts.warnings ?? [])];
  if (guarded.flattened > 0) warnings.push(`HTML nested deeper than the limit; ${guarded.flattened} elements flattened`);

  let doc: Document;
  try {
    doc = parseDocument(guarded.html, guarded.hasHtml);
  } catch (err) {
    throw new LagebildError('INPUT_MALFORMED', `HTML could not be parsed: ${(err as Error).message}`, name, { cause: err });
  }
  const pageUrl = opts.url ?? null;
  const meta = readHtmlMeta(doc, lex, pageUrl);

  let article: ReturnType<Readability<Node>['parse']> = null;
  let root: Node | null;
  if (guarded.elements <= READABILITY_MAX_ELEMENTS) {
    try {
      article = new Readability<Node>(doc, { serializer: (n) => n, maxElemsToParse: READABILITY_MAX_ELEMENTS * 2 }).parse();
    } catch (err) {
      throw new LagebildError('INPUT_MALFORMED', `article extraction failed: ${(err as Error).message}`, name, { cause: err });
    }
    root = article?.content ?? null;
  } else {
    root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
    warnings.push(`page has ${guarded.elements} elements; article extraction skipped, text of <${(root?.nodeName ?? 'body').toLowerCase()}> used`);
  }
  const title = cleanLine(article?.title || meta.title || '') || null;

  const b = new TextBuilder();
  if (title) b.line(title, 'title', 'html-title');
  const bodyStart = b.lines;
  if (root) blockLines(root, b, title);
  const text = b.text();
  const bodyWords = b.zones.slice(bodyStart).reduce((n, z) => n + countWords(text.slice(z.start, z.end)), 0);
  if (bodyWords < MIN_ARTICLE_WORDS) throw new LagebildError('INPUT_NO_ARTICLE', 'no article text found in the page', name);

  const marked = markMetadata(text, b.zones, lex);
  const declared = opts.lang ?? null;
  return {
    text,
    zones: marked.zones,
    title,
    published: meta.published ?? marked.published,
    source: cleanLine(meta.source ?? article?.siteName ?? '') || null,
    language: declared ?? detectLanguage(text, lex),
    format: 'html',
    url: meta.url,
    warnings,
  };
}

/**
 * Parses with linkedom. linkedom makes the first element the document element when there is no
 * `<html>`, and then has no body, which Readability needs; such fragments (and pages whose parse
 * still lacks a body) are wrapped in a minimal document.
 */
function parseDocument(html: string, hasHtml: boolean): Document {
  if (hasHtml) {
    const doc = parseHTML(html).document as unknown as Document;
    if (doc.documentElement?.nodeName === 'HTML' && hasBody(doc)) return doc;
  }
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function hasBody(doc: Document): boolean {
  try {
    return doc.body !== null && doc.body !== undefined;
  } catch {
    return false;
  }
}

function countWords(line: string): number {
  return line.split(' ').filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * Walks the article element without recursion (depth is bounded by the guard, but an explicit
 * walk needs no stack at all) and emits one line per block. A block's zone is 'heading' when its
 * text comes from an h1–h6, else 'body'. A first line repeating the title is skipped.
 */
function blockLines(root: Node, b: TextBuilder, title: string | null): void {
  let buf: string[] = [];
  let headingDepth = 0;
  let kind: ZoneKind = 'body';
  let first = true;
  const flush = (): void => {
    const line = cleanLine(buf.join(''));
    buf = [];
    if (!line) return;
    if (first && title && line === title) {
      first = false;
      return;
    }
    first = false;
    b.line(line, kind, kind === 'heading' ? 'html-heading' : 'html-block');
  };
  const tag = (n: Node): string => (n.nodeName || '').toLowerCase();
  const enter = (n: Node): boolean => {
    const t = tag(n);
    if (SKIP.has(t) || (n as Element).hasAttribute?.('hidden') === true) return false;
    if (BLOCK.has(t)) flush();
    if (HEADING.has(t)) headingDepth++;
    if (buf.length === 0) kind = headingDepth > 0 ? 'heading' : 'body';
    return true;
  };
  const leave = (n: Node): void => {
    const t = tag(n);
    if (BLOCK.has(t)) flush();
    if (HEADING.has(t)) headingDepth--;
  };
  let n: Node | null = root.firstChild;
  while (n) {
    let descend = false;
    if (n.nodeType === 1) {
      descend = enter(n);
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      if (descend) leave(n);
    } else if (n.nodeType === 3) {
      if (buf.length === 0) kind = headingDepth > 0 ? 'heading' : 'body';
      buf.push(n.nodeValue ?? '');
    }
    // Next node: the next sibling, or climb up (leaving each finished element) until one has one.
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== root) leave(n);
    }
    n = n && n !== root ? n.nextSibling : null;
  }
  flush();
}
