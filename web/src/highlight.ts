/**
 * Cuts an article into segments for highlighting. Annotations overlap (a mention inside a quote
 * inside an event's evidence), so the text is split at every annotation boundary and each segment
 * carries the set of annotations covering it.
 */

/** One annotation to highlight. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Unique key ("e-3", "m-2-0"); used to find and focus the annotation. */
  readonly key: string;
  readonly cls: string;
  readonly title?: string;
}

/** A run of text covered by the same annotations. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
  /** Keys of the annotations that begin in this segment. */
  readonly anchors: readonly string[];
}

/** Splits `[0, length)` at every mark boundary. Marks outside the text or empty are ignored. */
export function segment(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= length && m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  // marks sorted by start let each segment scan only marks that may cover it
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  const open: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i]!;
    const e = bounds[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= s) open.push(byStart[next++]!);
    for (let j = open.length - 1; j >= 0; j--) if (open[j]!.end <= s) open.splice(j, 1);
    const active = open.filter((m) => m.end >= e);
    out.push({ start: s, end: e, marks: active, anchors: active.filter((m) => m.start === s).map((m) => m.key) });
  }
  return out;
}
