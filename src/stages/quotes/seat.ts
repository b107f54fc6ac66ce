import type { Lang } from '../../doc/types.js';
import { buildKnowledgeBase } from '../../kb/knowledge-base.js';
import type { ResourceLoader } from '../../resources/loader.js';

/**
 * The state (or the body it acts for) a seat of government speaks for, or null when `id` is no seat.
 * A capital named as a speaker is metonymy for its government: "…, hieß es aus Bischkek", "…, sagte ein
 * Regierungsberater in Duschanbe", "Moscow said" are the state's (the gold convention lists such a capital
 * under its state); "…, hieß es in Brüssel" is the EU's (`actsFor`).
 */
export type SeatOf = (entityId: string) => string | null;

/**
 * Builds {@link SeatOf} from the language's knowledge base: a city marked as a seat (capitals by default, the
 * cities `kb-places.json` lists with `seat: true`) stands for `actsFor`, else its state.
 */
export function seatLookup(res: ResourceLoader, lang: Lang, dataDir: string | null): SeatOf {
  const kb = buildKnowledgeBase(res, lang, dataDir);
  return (id) => {
    const e = kb.get(id);
    return e && e.kind === 'city' && e.seat && e.state && e.state !== id ? e.actsFor ?? e.state : null;
  };
}
