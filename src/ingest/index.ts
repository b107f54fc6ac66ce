/**
 * Ingestion: bytes, files and folders → {@link IngestedText} (the text to analyse, its zones and
 * metadata). Entry points: `ingestFile`, `ingestBuffer`, `listInputs` / `listInputEntries`, and
 * per format `ingestPlainText`, `ingestMarkdown`, `ingestHtml`.
 *
 * Decisions:
 * - Encoding (`read.ts`): UTF-8 (BOM stripped), UTF-16 LE/BE (by BOM, or by its zero bytes with a
 *   warning), a charset an HTML page declares; invalid UTF-8 whose high bytes are all Latin-1
 *   letters/typographic marks next to letters is decoded as windows-1252 with a warning, anything
 *   else is INPUT_ENCODING (a wrong guess cannot silently turn garbage into text).
 * - Plain text is analysed exactly as decoded: line ends (\r\n) are kept and zones exclude them, so
 *   offsets refer to the file's text. Nothing else is normalised.
 * - Markdown and HTML are analysed as produced text: the title line, then one line per heading or
 *   paragraph, markup removed; zones are recorded while the text is built, so offsets refer to it.
 * - Datelines and bylines at the top (all formats) become 'dateline'/'byline' zones; a dateline's
 *   full date is `published` when the input names no other date; a date without a year gives none.
 * - Language: honest 'unknown' for anything not clearly German or English (see `language.ts`).
 */
export { ingestPlainText, lineZones } from './plain.js';
export { ingestMarkdown } from './markdown.js';
export { ingestHtml, type HtmlOptions } from './html.js';
export { ingestFile, ingestBuffer, listInputs, listInputEntries, detectFormat, ARTICLE_EXTENSIONS, type FileIngestOptions, type ListOptions, type InputEntry } from './files.js';
export { detectLanguage } from './language.js';
export { decodeBytes, readInputBytes } from './read.js';
export { loadIngestLexicon, defaultIngestLexicon, type IngestLexicon } from './lexicon.js';
export type { IngestedText, IngestOptions, InputFormat, Zone } from './types.js';
export { DEFAULT_MAX_BYTES } from './types.js';
