/**
 * The agreement a definite act noun refers back to beyond the window of its own paragraph: "Iran und die IAEA einigten
 * sich … (ten sentences later) Die Außenminister Deutschlands und Frankreichs begrüßten die Einigung", "Armenia and
 * Azerbaijan agreed … (later) The EU welcomed the agreement".
 */
import type { Event } from '../../doc/types.js';
import type { EventCues } from './lexicon.js';
import type { TriggerMatch } from './match.js';
import { sideOf, stateOf, type DocIndex, type SentenceView } from './view.js';

/**
 * The sides of the one agreement an article reports, for a definite agreement noun ("die Einigung", "das Abkommen",
 * "the deal") that an evaluation names as its object and that no report in the evaluation's own window accounts for
 * (code.ts `doersOfObjectAct` found none). A definite noun refers to what the discourse has made known; an article
 * that reports one agreement (one pair of sides, in any direction, however often restated) has made that one known,
 * and it stays the referent after the paragraph that reported it. The addressees are its sides: a person's state
 * where the entity layer gives one (beyond its paragraph the agreement is referred to as the states' act, not the
 * negotiators'), a state or body as it is; a person whose state is not known is left out, and so is the evaluator's
 * own side.
 * Empty when the noun is not definite, when no asserted agreement with two sides stands before the evaluation's
 * sentence, or when the article reports agreements between more than one pair (which one is meant is unclear).
 */
export function remoteAgreementSides(act: TriggerMatch, view: SentenceView, cues: EventCues, out: readonly Event[], si: number, idx: DocIndex, sources: readonly string[]): string[] {
  if (act.entry.type !== 'AGREE' || act.entry.pos !== 'noun' || !cues.definiteArticles.has(view.words[act.first - 1] ?? '')) return [];
  const side = (id: string): string => stateOf(idx, id) ?? id;
  const pairs = new Set<string>();
  let sides: readonly string[] = [];
  for (const ev of out) {
    if (ev.sentence >= si) break;
    if (ev.type !== 'AGREE' || ev.source === null || ev.target === null || ev.modality !== 'asserted') continue;
    const a = side(ev.source);
    const b = side(ev.target);
    if (a === b) continue;
    pairs.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    sides = [a, b];
  }
  if (pairs.size !== 1) return [];
  const own = sideOf(idx, sources);
  // (a negotiator whose state is not known is not addressed: the agreement is referred to as an act of states and bodies)
  return sides.filter((id) => !own(id) && idx.entities.get(id)?.type !== 'PER');
}
