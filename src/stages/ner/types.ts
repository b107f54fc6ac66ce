import type { EntityType, MentionKind } from '../../doc/types.js';

/** What a tagger chunk type becomes in the mentions layer, or null when it is not emitted. */
export interface MentionClass {
  readonly type: EntityType;
  readonly kind: MentionKind;
}

const BASE: Readonly<Record<string, EntityType>> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC', MISC: 'MISC' };

/**
 * Maps tagger types to mention classes. The German model keeps GermEval's classes:
 * - `X` (PER, ORG, LOC, OTH→MISC) is a name;
 * - `Xderiv` ("russischen", "Merkelsche") is an adjective derived from a name: a mention of kind
 *   'adjective' with the base type, since the gold format counts such forms as aliases;
 * - `Xpart` ("US-Präsident", "EU-weit") is a word that merely contains a name: not a mention
 *   (the compound as a whole refers to something else); the resolver's gazetteer may still
 *   split it.
 */
export function mentionClass(tagType: string): MentionClass | null {
  if (tagType.endsWith('part')) return null;
  if (tagType.endsWith('deriv')) {
    const type = BASE[tagType.slice(0, -'deriv'.length)];
    return type ? { type, kind: 'adjective' } : null;
  }
  const type = BASE[tagType];
  return type ? { type, kind: 'name' } : null;
}
