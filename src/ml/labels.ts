/**
 * BIO label sets and chunk extraction. Labels are strings "O", "B-TYPE", "I-TYPE"; the tagger
 * works on their indices, with "O" always at index 0.
 */

/** A typed chunk over token indices `[start, end)`. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** The label list for a set of entity types: O, then B-/I- per type in the given order. */
export function bioLabels(types: readonly string[]): string[] {
  const out = ['O'];
  for (const t of types) out.push(`B-${t}`, `I-${t}`);
  return out;
}

/** Type of a label ("B-PER" → "PER"), or null for "O". */
export function labelType(label: string): string | null {
  return label.length > 2 && (label[0] === 'B' || label[0] === 'I') && label[1] === '-' ? label.slice(2) : null;
}

/**
 * Whether label `to` may follow label `from` (null = sentence start) in IOB2: an I-X only
 * continues a B-X or I-X. Decoding forbids everything else, so chunks are always well formed.
 */
export function allowedTransition(from: string | null, to: string): boolean {
  if (to[0] !== 'I') return true;
  if (from === null || from === 'O') return false;
  return labelType(from) === labelType(to);
}

/**
 * Chunks of an IOB tag sequence. Tolerates IOB1 and broken input the way conlleval does for a
 * single type: an I-X after O or after another type starts a new chunk.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) out.push({ start, end, type });
    start = -1;
  };
  tags.forEach((tag, i) => {
    const t = labelType(tag);
    if (t === null) {
      close(i);
      return;
    }
    if (tag[0] === 'B' || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

/** Converts IOB1 (I- everywhere, B- only between adjacent same-type chunks) to IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return chunksToTags(chunksOf(tags), tags.length);
}

/** IOB2 tags for chunks over `n` tokens. */
export function chunksToTags(chunks: readonly Chunk[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const c of chunks) for (let i = c.start; i < c.end; i++) out[i] = `${i === c.start ? 'B' : 'I'}-${c.type}`;
  return out;
}
