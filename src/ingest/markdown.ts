import { parse as parseYaml } from 'yaml';
import type { Lang, ZoneKind } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import { TextBuilder, cleanLine } from './builder.js';
import { normaliseDate } from './dates.js';
import { detectLanguage } from './language.js';
import { defaultIngestLexicon, type IngestLexicon } from './lexicon.js';
import { stripInline } from './md-inline.js';
import { markMetadata } from './metadata.js';
import type { IngestedText } from './types.js';

/** Options of {@link ingestMarkdown}. */
export interface MarkdownOptions {
  readonly lang?: Lang | null;
  readonly url?: string | null;
  /** Name for error messages. */
  readonly name?: string;
  readonly lexicon?: IngestLexicon;
  readonly warnings?: readonly string[];
}

/** Front matter fields ingestion reads, each with the aliases authors use. */
const FIELDS = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'pubdate', 'datePublished', 'publishDate'],
  source: ['source', 'outlet', 'publisher', 'site', 'siteName'],
  lang: ['lang', 'language', 'locale'],
  url: ['url', 'canonical', 'canonical_url', 'link', 'permalink'],
} as const;

/** Front matter larger than this is refused rather than parsed. */
const MAX_FRONT_MATTER = 100_000;

interface Block {
  readonly text: string;
  readonly zone: ZoneKind;
  readonly rule: string;
  /** ATX or setext heading level, 0 for other blocks. */
  readonly level: number;
}

/**
 * Ingests Markdown with optional YAML front matter (`title`, `date`, `source`, `lang`, `url`).
 * The analysed text is the title line followed by one plain-text line per block: headings become
 * 'heading' zones, paragraphs, list items, quotes and table rows 'body' zones. Markdown syntax
 * (emphasis, links, code marks, HTML tags) is removed from the analysed text; fenced code blocks,
 * images, rules and link definitions are left out, since they are not article prose. Datelines
 * and bylines at the top are recognised as for plain text.
 */
export function ingestMarkdown(source: string, opts: MarkdownOptions = {}): IngestedText {
  const name = opts.name ?? 'markdown';
  const lex = opts.lexicon ?? defaultIngestLexicon();
  const { data, body } = splitFrontMatter(source, name);
  const field = (keys: readonly string[]): unknown => {
    for (const k of keys) if (data[k] !== undefined && data[k] !== null) return data[k];
    return undefined;
  };
  const fmTitle = asText(field(FIELDS.title));
  const blocks = markdownBlocks(body);
  if (blocks.length === 0) throw new LagebildError('INPUT_EMPTY', fmTitle ? 'no text besides the front matter' : 'no text in the Markdown', name);

  const b = new TextBuilder();
  let rest = blocks;
  if (fmTitle) {
    b.line(fmTitle, 'title', 'front-matter');
    const first = blocks[0];
    if (first && first.level === 1 && cleanLine(first.text) === cleanLine(fmTitle)) rest = blocks.slice(1);
  } else if (blocks[0]) {
    b.line(blocks[0].text, 'title', blocks[0].level > 0 ? 'md-heading' : 'first-block');
    rest = blocks.slice(1);
  }
  for (const blk of rest) b.line(blk.text, blk.zone, blk.rule);
  const text = b.text();

  const marked = markMetadata(text, b.zones, lex);
  const titleZone = marked.zones.find((z) => z.zone === 'title');
  const src = field(FIELDS.source);
  return {
    text,
    zones: marked.zones,
    title: titleZone ? text.slice(titleZone.start, titleZone.end) : null,
    published: normaliseDate(field(FIELDS.date), lex) ?? marked.published,
    source: asText(typeof src === 'object' && src !== null && !Array.isArray(src) ? (src as Record<string, unknown>).name : src),
    language: opts.lang ?? declaredLang(field(FIELDS.lang)) ?? detectLanguage(text, lex),
    format: 'markdown',
    url: asText(field(FIELDS.url)) ?? opts.url ?? null,
    warnings: opts.warnings ?? [],
  };
}

function asText(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') return cleanLine(String(v)) || null;
  return null;
}

/** 'de'/'en' for German/English declarations ("de-DE", "German", "Deutsch"), 'unknown' for others. */
function declaredLang(v: unknown): Lang | 'unknown' | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const s = v.trim().toLowerCase();
  if (s === 'german' || s === 'deutsch' || s === 'de' || s.startsWith('de-') || s.startsWith('de_')) return 'de';
  if (s === 'english' || s === 'englisch' || s === 'en' || s.startsWith('en-') || s.startsWith('en_')) return 'en';
  return 'unknown';
}

/** Splits `---` YAML front matter from the body. Malformed YAML is an INPUT_MALFORMED error. */
function splitFrontMatter(src: string, name: string): { data: Record<string, unknown>; body: string } {
  const firstNl = src.indexOf('\n');
  const firstLine = (firstNl < 0 ? src : src.slice(0, firstNl)).trimEnd();
  if (firstLine !== '---' || firstNl < 0) return { data: {}, body: src };
  let pos = firstNl + 1;
  while (pos <= src.length) {
    let nl = src.indexOf('\n', pos);
    if (nl < 0) nl = src.length;
    const line = src.slice(pos, nl).trimEnd();
    if (line === '---' || line === '...') {
      const yamlText = src.slice(firstNl + 1, pos);
      if (yamlText.length > MAX_FRONT_MATTER) throw new LagebildError('INPUT_MALFORMED', 'front matter too large', name);
      let data: unknown;
      try {
        data = parseYaml(yamlText, { maxAliasCount: 50, prettyErrors: false });
      } catch (err) {
        const msg = (err as Error).message.split('\n')[0] ?? '';
        throw new LagebildError('INPUT_MALFORMED', `front matter is not valid YAML: ${msg}`, name, { cause: err });
      }
      if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
        throw new LagebildError('INPUT_MALFORMED', 'front matter is not a YAML mapping', name);
      }
      return { data: (data ?? {}) as Record<string, unknown>, body: src.slice(Math.min(nl + 1, src.length)) };
    }
    pos = nl + 1;
  }
  return { data: {}, body: src }; // no closing line: a "---" rule, not front matter
}

const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const REF_DEF = /^ {0,3}\[[^\]]{1,200}\]:\s/;

/** Block structure of a Markdown body, as plain-text blocks. Linear, one line at a time. */
export function markdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let paraRule = 'md-paragraph';
  let fence: string | null = null;
  const flush = (): void => {
    if (para.length > 0) {
      const text = cleanLine(stripInline(para.join(' ')));
      if (text) blocks.push({ text, zone: 'body', rule: paraRule, level: 0 });
    }
    para = [];
    paraRule = 'md-paragraph';
  };
  for (const rawLine of body.split('\n')) {
    let line = rawLine.replace(/\r$/, '');
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      flush();
      fence = f[1]!.slice(0, 3);
      continue;
    }
    // Block quotes: drop the markers, then read the line as usual.
    const q = quoteMarkersEnd(line);
    const quoted = q > 0;
    if (quoted) line = line.slice(q);
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    if (isRule(trimmed)) {
      // "Text\n---" is a setext heading; otherwise a thematic break.
      if (para.length > 0 && /^-+$/.test(trimmed)) {
        pushHeading(blocks, para.join(' '), 2);
        para = [];
      } else flush();
      continue;
    }
    if (para.length > 0 && /^=+$/.test(trimmed)) {
      pushHeading(blocks, para.join(' '), 1);
      para = [];
      continue;
    }
    const level = atxLevel(trimmed);
    if (level > 0) {
      flush();
      pushHeading(blocks, stripClosingHashes(trimmed.slice(level)), level);
      continue;
    }
    if (REF_DEF.test(line)) {
      flush();
      continue;
    }
    if (trimmed.startsWith('|') || (trimmed.includes('|') && trimmed.endsWith('|'))) {
      flush();
      const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue; // the separator row
      const text = cleanLine(stripInline(cells.filter((c) => c).join(' | ')));
      if (text) blocks.push({ text, zone: 'body', rule: 'md-table-row', level: 0 });
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li) {
      flush();
      paraRule = 'md-list-item';
      // A bullet is dropped; an ordered item keeps its number, as rendered ("6. Januar 2026").
      const bullet = /^ {0,3}[-*+]/.test(line);
      para.push(bullet ? line.slice(li[0].length) : trimmed);
      continue;
    }
    if (quoted && para.length === 0) paraRule = 'md-quote';
    para.push(trimmed);
  }
  flush();
  return blocks;
}

/** End of the leading block-quote markers ("> > text" → index of "text"), found in one pass. */
function quoteMarkersEnd(line: string): number {
  let k = 0;
  for (;;) {
    let j = k;
    while (j - k < 3 && line[j] === ' ') j++;
    if (line[j] !== '>') return k;
    j++;
    if (line[j] === ' ') j++;
    k = j;
  }
}

function pushHeading(blocks: Block[], raw: string, level: number): void {
  const text = cleanLine(stripInline(raw));
  if (text) blocks.push({ text, zone: 'heading', rule: `md-h${level}`, level });
}

function atxLevel(t: string): number {
  let n = 0;
  while (n < t.length && t[n] === '#') n++;
  if (n === 0 || n > 6) return 0;
  return n === t.length || t[n] === ' ' || t[n] === '\t' ? n : 0;
}

/** "Title ##" → "Title" (written without a pattern that could backtrack on long space runs). */
function stripClosingHashes(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  let h = end;
  while (h > 0 && s[h - 1] === '#') h--;
  if (h < end && (h === 0 || s[h - 1] === ' ' || s[h - 1] === '\t')) end = h;
  return s.slice(0, end);
}

/** A thematic break: three or more of one of - * _ (spaces allowed). */
function isRule(t: string): boolean {
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let n = 0;
  for (const ch of t) {
    if (ch === c) n++;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return n >= 3;
}
