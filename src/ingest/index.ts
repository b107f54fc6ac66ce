/**
 * Ingestion: bytes, files and folders → {@link IngestedText} (the text to analyse, its zones and
 * metadata). Entry points: `ingestFile`, `ingestBuffer`, `listInputs`, and per format
 * `ingestPlainText`, `ingestMarkdown`, `ingestHtml`.
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
