import type { Event, PloverType } from '../../doc/types.js';

/** Fewest events between the same two actors that make them the article's main pair. */
const MIN_PAIR_EVENTS = 2;

/**
 * The article's main pair of actors: the two that the most events (with both actors, in either
 * direction) join, if at least `MIN_PAIR_EVENTS` do; ties go to the pair seen first. The pair of the first event of
 * the title or lead (`lead`) comes first when `MIN_PAIR_EVENTS` join it (see `strongestPair`).
 */
export function mainPair(events: readonly Event[], lead: (sentence: number) => boolean = () => false): readonly [string, string] | null {
  const best = strongestPair(events, lead);
  return best && best.n >= MIN_PAIR_EVENTS ? best.pair : null;
}

/**
 * Fewest events between the main pair for an act whose sentence gave it no addressee and that was kept only for this
 * step (code.ts `admitted`): it is coded only if the article is plainly about that pair's dispute (on the development
 * articles, the pairs that gave a wrong addressee joined three events or fewer, the disputes whose addressee was right four or more).
 */
export const OPEN_PAIR_EVENTS = 4;

/**
 * The mark (a rule suffix, answers.ts `judgedDeeds`) of a criticism whose addressee was taken from the deed it judges:
 * an addressee inferred so is no evidence of whom the article's dispute is between.
 */
export const JUDGED_DEED = '+judged-deed';

/**
 * The mark (a rule suffix, code.ts `evaluationTargets`) of a blame that names a deed by a generic noun ("Die Ausweisung
 * sei ungerechtfertigt", "called the move illegal") whose doer its own sentences do not report: it waits for the deed
 * answers.ts `judgedDeeds` finds, and is dropped if there is none.
 */
export const DEED_PENDING = '+deed?';

/**
 * The two actors that the most events (with both actors, in either direction) join, and how many; ties go to the pair
 * seen first. Criticisms whose addressee is only the judged deed's doer (`JUDGED_DEED`) are not counted: third parties'
 * reactions to one deed would otherwise make the deed's doer and a critic the main pair. The pair of the first event
 * with both actors in the title or lead (`lead`: its sentences) wins when `MIN_PAIR_EVENTS` join it: an article says
 * first whom it is about, and one side's quarrel with a third party may yield more events ("Sudan's army and the RSF
 * agreed a truce … Sudan filed a new complaint against the UAE").
 */
function strongestPair(events: readonly Event[], lead: (sentence: number) => boolean): { pair: [string, string]; n: number } | null {
  const counts = new Map<string, { pair: [string, string]; n: number }>();
  let best: { pair: [string, string]; n: number } | null = null;
  let led: { pair: [string, string]; n: number } | null = null;
  for (const e of events) {
    if (!e.source || !e.target || e.source === e.target || e.rule.endsWith(JUDGED_DEED)) continue;
    const pair: [string, string] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${pair[0]}\u0000${pair[1]}`;
    const c = counts.get(key) ?? { pair, n: 0 };
    c.n++;
    counts.set(key, c);
    if (!best || c.n > best.n) best = c;
    if (!led && lead(e.sentence)) led = c;
  }
  return led && led.n >= MIN_PAIR_EVENTS ? led : best;
}

/**
 * Gives an act of an `addressed` type without a target (an accusation, refusal or threat whose
 * addressee the sentence leaves out: "Reykjavik rejected the claims", "Kampala called the report
 * biased") the other side of the article's main pair, when its source is one side of it. News of a
 * bilateral dispute reports the two sides' exchanges, and an act of this kind is addressed to
 * someone by its nature; other acts (meetings, aid, troop moves, attacks, and demands, often made of
 * the public or a third party) may have no addressee, so they are left alone (`addressed` in
 * `resources/common/plover.json`). Only exact entity ids count as a side: a minister of one side may
 * address a third party, and the dev and tune sets both lose by widening it to persons' states.
 * An act for which `open` holds (kept only for this step) needs a main pair of `OPEN_PAIR_EVENTS`.
 * Returns new events; the rest are returned as they are.
 */
export function counterpartTargets(events: readonly Event[], addressed: ReadonlySet<PloverType>, open: (e: Event) => boolean = () => false, lead: (sentence: number) => boolean = () => false): Event[] {
  const best = strongestPair(events, lead);
  if (!best || best.n < MIN_PAIR_EVENTS) return [...events];
  const [a, b] = best.pair;
  return events.map((e) => {
    if (e.target !== null || !addressed.has(e.type) || (e.source !== a && e.source !== b)) return e;
    if (best.n < OPEN_PAIR_EVENTS && open(e)) return e;
    return { ...e, target: e.source === a ? b : a, rule: `${e.rule}+counterpart` };
  });
}
