/**
 * Reader for column-formatted NER data (CoNLL and its relatives): one token per line, columns
 * separated by a tab or by spaces, blank lines between sentences. Comment lines and document
 * separators are skipped.
 */

/** One sentence: its tokens and, per tag column asked for, one tag per token. */
export interface ColumnSentence {
  readonly tokens: string[];
  readonly tags: string[][];
}

/** How to read a file. */
export interface ColumnFormat {
  /** Column separator; `'space'` splits on runs of spaces and tabs. */
  readonly sep: '\t' | 'space';
  readonly tokenColumn: number;
  /** Columns holding tags (negative counts from the end). */
  readonly tagColumns: readonly number[];
  /** Lines starting with this are skipped (e.g. "#" in GermEval). */
  readonly comment?: string;
  /** Prefix to strip from tokens (e.g. "de:" in WikiANN). */
  readonly stripPrefix?: RegExp;
}

/** Parses the whole text of a file into sentences. */
export function readColumns(text: string, fmt: ColumnFormat): ColumnSentence[] {
  const out: ColumnSentence[] = [];
  let tokens: string[] = [];
  let tags: string[][] = fmt.tagColumns.map(() => []);
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags });
    tokens = [];
    tags = fmt.tagColumns.map(() => []);
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (fmt.comment && line.startsWith(fmt.comment)) continue;
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = fmt.sep === 'space' ? line.trim().split(/[ \t]+/) : line.split('\t');
    const pick = (c: number): string | undefined => cols[c < 0 ? cols.length + c : c];
    let tok = pick(fmt.tokenColumn);
    if (tok === undefined) continue;
    if (fmt.stripPrefix) tok = tok.replace(fmt.stripPrefix, '');
    tokens.push(tok);
    fmt.tagColumns.forEach((c, k) => tags[k]!.push(pick(c) ?? 'O'));
  }
  flush();
  return out;
}
