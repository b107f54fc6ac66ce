/** Orders and the organs they go to (a frame step of code.ts, see FRAME_STEPS there). */
import { findArguments } from './actors.js';
import type { DocCoding, Frame, SentenceCoding } from './coding.js';
import type { TriggerMatch } from './match.js';
import { sideOf, stateOf, type Chain, type SentenceView } from './view.js';

/**
 * Orders (entries flagged `order`; the project's convention): an order to the orderer's own organs or forces is the
 * orderer's own act ("Lai ordered the coast guard to step up patrols" is MOBILIZE lai>-, "Kenya's president ordered the
 * army to deploy"), an order to a foreign party stays a demand ("The ICJ ordered Venezuela to refrain from …" is REQUEST
 * icj>venezuela). So the ordered act (`via` the order, see select.ts) is dropped when the order's addressee is of
 * another side than the orderer, and the order is dropped when the act it governs is kept (no addressee, or one of
 * the orderer's side).
 */
export function ownOrders(dc: DocCoding, sc: SentenceCoding, f: Frame): Frame | null {
  const { m } = f;
  if (m.via?.entry.order) return orderAbroad(dc, sc, m.via, m) ? null : organDoers(dc, sc, m.via, f);
  if (!m.entry.order) return f;
  const act = sc.matches.find((x) => x.via?.first === m.first && x.via.entry.id === m.entry.id);
  return act && !orderAbroad(dc, sc, m, act) ? null : f;
}

/**
 * Whether an order goes to another side than the orderer's: its addressee, or the doer the ordered act names itself
 * ("ordnete an, dass Russland die Kinder freilassen müsse"), is not of the orderer's side (an unnamed orderer has none).
 * Only an actor named in the order's own clause before the ordered act is its addressee: "befahl, Kiew anzugreifen"
 * names the act's target, not whom the order went to. An addressee told by a bare organ noun under an orderer of a
 * known state is that state's organ, whatever state the entity layer gave it (see {@link ordererOrgans}).
 */
function orderAbroad(dc: DocCoding, sc: SentenceCoding, order: TriggerMatch, act: TriggerMatch): boolean {
  const { view } = sc;
  const of = findArguments(sc.ctx, order);
  const own = sideOf(dc.idx, of.sources);
  const organs = new Set(ordererOrgans(dc, view, order, act, of.sources).map((ch) => ch.entity));
  const c = view.clause[order.first];
  const addressed = (t: string): boolean => view.chains.some((ch) => ch.entity === t && view.clause[ch.first] === c && ch.last < act.first);
  return of.targets.some((t) => addressed(t) && !own(t) && !organs.has(t))
    || findArguments(sc.ctx, act).sources.some((t) => !own(t) && !organs.has(t));
}

/**
 * The chains by which an order addresses a bare organ ("ordered the coast guard to …", "befahl der Armee, …", "den
 * Truppen"): in the order's clause before the ordered act, outside the order's own words, a chain whose head word is a
 * seat or force noun (cues `seatNouns`, `forceNouns`) and whose other words are determiners (no state named inside the
 * phrase: "the Chinese coast guard" keeps the entity layer's side), not right after another actor (a possessive,
 * "Taiwans Küstenwache"). Such an organ is the orderer's own when the orderer is a person of a known state (a head of
 * state or government), so the entity layer's reading of the bare noun (often the nearest state) is overruled.
 */
function ordererOrgans(dc: DocCoding, view: SentenceView, order: TriggerMatch, act: TriggerMatch, orderers: readonly string[]): readonly Chain[] {
  const { cues, idx } = dc;
  if (orderers.length === 0 || !orderers.every((o) => stateOf(idx, o) !== null)) return [];
  const c = view.clause[order.first];
  return view.chains.filter((ch) => {
    if (ch.last >= act.first || view.clause[ch.first] !== c || ch.kind === 'pronoun' || orderers.includes(ch.entity)) return false;
    if (order.positions.some((p) => p >= ch.first && p <= ch.last)) return false;
    const head = view.words[ch.last]!;
    if (!cues.seatNouns.has(head) && !cues.forceNouns.has(head)) return false;
    for (let k = ch.first; k < ch.last; k++) if (!cues.determiners.has(view.words[k]!)) return false;
    return !view.chains.some((o) => o !== ch && o.last === ch.first - 1);
  });
}

/**
 * An act ordered to the orderer's own organ (see {@link ordererOrgans}) is the orderer's: a doer the act found in that
 * organ (the controller of "befahl der Armee, … anzugreifen") gives way to the orderer. When the entity layer gave the
 * organ the state the act is aimed at ("der Armee" read as Ukraine before "die Ukraine anzugreifen"), that target was
 * dropped as the doer's own; it comes back from the act's clause.
 */
function organDoers(dc: DocCoding, sc: SentenceCoding, order: TriggerMatch, f: Frame): Frame {
  const { view } = sc;
  const { m, args } = f;
  const orderers = findArguments(sc.ctx, order).sources;
  const organs = ordererOrgans(dc, view, order, m, orderers);
  if (organs.length === 0 || !args.sources.some((s) => organs.some((ch) => ch.entity === s))) return f;
  const sources = [...new Set([...orderers, ...args.sources.filter((s) => !organs.some((ch) => ch.entity === s))])];
  const c = view.clause[m.first];
  const lost = args.targets.length > 0 || args.pairs ? undefined
    : view.chains.find((ch) => !organs.includes(ch) && view.clause[ch.first] === c && ch.first > order.last && organs.some((o) => o.entity === ch.entity) && !sources.includes(ch.entity));
  return { ...f, args: { ...args, sources, targets: lost ? [lost.entity] : args.targets, how: `${args.how}+organ` } };
}
