import type { DocMeta, Entity, LayerMap, LayerName, Span } from './types.js';

/** What one stage added to one layer (for `--debug`). */
export interface LayerAddition {
  readonly stage: string;
  readonly layer: LayerName;
  readonly count: number;
}

/**
 * One article: the immutable text plus append-only layers of annotations.
 *
 * Stages call {@link Doc.add}; nobody replaces or edits existing items. Indices into a layer are
 * therefore stable once handed out (an entity can refer to mentions by index).
 */
export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  private readonly layers: { [K in LayerName]?: LayerMap[K][] } = {};
  private readonly log: LayerAddition[] = [];
  private mentionOwner: Map<number, string> | null = null;

  constructor(text: string, meta: DocMeta) {
    this.text = text;
    this.meta = meta;
  }

  /** Items of a layer (empty when no stage added it). */
  get<K extends LayerName>(layer: K): readonly LayerMap[K][] {
    return (this.layers[layer] as LayerMap[K][] | undefined) ?? [];
  }

  /** Whether some stage has created the layer (possibly empty). */
  has(layer: LayerName): boolean {
    return this.layers[layer] !== undefined;
  }

  /**
   * Appends items to a layer (creating it if needed) and returns the index of the first one.
   * Items are frozen; spans are checked against the text.
   */
  add<K extends LayerName>(layer: K, items: readonly LayerMap[K][], stage: string): number {
    let arr = this.layers[layer] as LayerMap[K][] | undefined;
    if (!arr) {
      arr = [];
      (this.layers as Record<string, unknown>)[layer] = arr;
    }
    const first = arr.length;
    for (const item of items) {
      const span = item as Partial<Span>;
      if (span.start !== undefined && span.end !== undefined) {
        if (!(span.start >= 0 && span.end >= span.start && span.end <= this.text.length)) {
          throw new RangeError(`${stage}: ${layer} span [${span.start}, ${span.end}) outside text of length ${this.text.length}`);
        }
      }
      arr.push(Object.freeze(item) as LayerMap[K]);
    }
    if (layer === 'entities') this.mentionOwner = null;
    this.log.push({ stage, layer, count: items.length });
    return first;
  }

  /** The substring a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Per-stage record of what was added, in order. */
  additions(): readonly LayerAddition[] {
    return this.log;
  }

  /** Id of the entity a mention (by index) belongs to, if any. */
  entityOfMention(mentionIndex: number): string | undefined {
    if (!this.mentionOwner) {
      this.mentionOwner = new Map();
      for (const e of this.get('entities')) for (const m of e.mentions) this.mentionOwner.set(m, e.id);
    }
    return this.mentionOwner.get(mentionIndex);
  }

  /** Entity by id. */
  entity(id: string): Entity | undefined {
    return this.get('entities').find((e) => e.id === id);
  }

  /** Index of the sentence that contains a character offset, or -1 (binary search). */
  sentenceAt(offset: number): number {
    return indexAt(this.get('sentences'), offset);
  }

  /** Indices of the items of a span layer that overlap `span` (layers are sorted by start). */
  within<K extends 'tokens' | 'sentences' | 'paragraphs'>(layer: K, span: Span): number[] {
    const items = this.get(layer);
    const out: number[] = [];
    let i = lowerBound(items, span.start);
    for (; i < items.length; i++) {
      const it = items[i]!;
      if (it.start >= span.end) break;
      if (it.end > span.start) out.push(i);
    }
    return out;
  }
}

/** First index whose item ends after `offset` (items sorted and non-overlapping): the item containing or following it. */
export function lowerBound(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the item containing `offset` in a sorted non-overlapping span list, or -1. */
export function indexAt(items: readonly Span[], offset: number): number {
  const i = lowerBound(items, offset);
  const it = items[i];
  return it && it.start <= offset && offset < it.end ? i : -1;
}
