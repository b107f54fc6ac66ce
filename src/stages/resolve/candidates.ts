import type { EntityType } from '../../doc/types.js';
import type { KbEntity, KbHit } from '../../kb/types.js';

/** How a candidate mention was found (recorded as the mention's rule). */
export type CandSource = 'kb' | 'hyphen' | 'institution' | 'regime' | 'given' | 'family-first' | 'head-apposition' | 'apposition-name' | 'caps-run' | 'acronym' | 'org-name' | 'ner' | 'repeat';

/** A name or adjective mention before entities are formed. */
export interface Cand {
  /** Tokens `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** Characters `[start, end)` (may be part of a token: "US" in "US-Präsident"). */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly kind: 'name' | 'adjective';
  readonly source: CandSource;
  readonly hits: readonly KbHit[];
  type: EntityType;
  /** An entity fixed by the rule (institution of a state, state of a regime). */
  readonly fixed?: { readonly id: string; readonly name: string; readonly type: EntityType; readonly state: string | null };
  readonly confidence: number;
  /** Index into the mentions layer when the candidate is an existing (tagger) mention. */
  readonly existing?: number;
}

/** The state an entity stands for or belongs to (a country is its own state). */
export function stateOf(e: KbEntity): string | null {
  if (e.kind === 'country') return e.id;
  if (e.state) return e.state;
  const r = e.roles.find((x) => x.of);
  return r?.of ?? null;
}
