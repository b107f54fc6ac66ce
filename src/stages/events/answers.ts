import type { Event } from '../../doc/types.js';
import { DEED_PENDING, JUDGED_DEED, mainPair } from './counterpart.js';

/** How many sentences before a rejection the charge it answers may stand (the rejection's own sentence included). */
const CHARGE_WINDOW = 2;

/**
 * The side an actor stands for: a state, an organisation or a group is its own side, a person the state the entity
 * layer gives it; null for a person whose state is not known.
 */
export type SideOf = (id: string) => string | null;

/**
 * The first of the events before `i` (nearest first), back to `window` sentences before event `i`'s, that
 * `accept` maps to a value other than null; null when there is none. The three rules below scan alike.
 */
function latestBefore<T>(events: readonly Event[], i: number, window: number, accept: (c: Event) => T | null): T | null {
  const e = events[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const c = events[j]!;
    if (c.sentence < e.sentence - window) break;
    const hit = accept(c);
    if (hit !== null) return hit;
  }
  return null;
}

/** Whether `c` stands in `e`'s sentence at or after `e`'s trigger (not before it in the text). */
const notBefore = (c: Event, e: Event): boolean => c.sentence === e.sentence && c.trigger.start >= e.trigger.start;

/**
 * A denial or rejection that names no addressee answers the charge made against its side just before: "The government
 * has accused the UAE of arming the RSF, a charge Abu Dhabi rejects", "Deutschland warf Russland Spionage vor … Die
 * russische Botschaft wies die Vorwürfe zurück". Its addressee is the side of the accuser in the latest accusation
 * whose target is on the rejecter's side and whose accuser is on another, earlier in the rejection's sentence or in the
 * `CHARGE_WINDOW` sentences before it (an accuser whose side is not known is passed over). The convention of the
 * development gold: of 28 rejected accusations, 23 have the accuser as target, mostly by the state a critic speaks for.
 */
export function answeredCharges(events: readonly Event[], sideOf: SideOf): Event[] {
  return events.map((e, i) => {
    if (e.type !== 'REJECT' || e.target !== null || e.source === null || e.modality === 'hypothetical') return e;
    const own = sideOf(e.source) ?? e.source;
    const accuserOf = (c: Event): string | null => {
      if (c.type !== 'ACCUSE' || c.source === null || c.target === null || c.modality === 'negated' || notBefore(c, e)) return null;
      const side = sideOf(c.source);
      return side === null || side === own || (sideOf(c.target) ?? c.target) !== own ? null : side;
    };
    const accuser = latestBefore(events, i, CHARGE_WINDOW, accuserOf);
    if (accuser === null) return e;
    // (charges of several sides in the window are rejected together, to nobody in particular: "Seoul verurteilte den
    // Test … Tokio sprach von einer Bedrohung … Pjöngjang wies die Kritik zurück")
    const other = latestBefore(events, i, CHARGE_WINDOW, (c) => { const a = accuserOf(c); return a !== null && a !== accuser ? a : null; });
    return other !== null ? e : { ...e, target: accuser, rule: `${e.rule}+charge` };
  });
}

/** Acts addressed to the other side by their nature that the exchange before them may give an addressee. */
const EXCHANGED: ReadonlySet<string> = new Set(['REJECT', 'THREATEN']);

/** Hostile acts: an exchange of them makes the two sides adversaries (not a demand, often made of a partner). */
const HOSTILE: ReadonlySet<string> = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);

/** How many sentences back the exchange an addressed act continues may stand. */
const EXCHANGE_WINDOW = 2;

/**
 * A refusal or threat that names no addressee ("we will not be intimidated", "Budapest drohte, … mit einem Veto zu
 * blockieren") continues the exchange of hostile acts its side is in: its addressee is the other side of the latest
 * asserted hostile act (not a demand) between the rejecter's side and a named other side, earlier in its sentence or
 * in the `EXCHANGE_WINDOW` sentences before it ("Venezuelan troops crossed into Essequibo … 'We will not be
 * intimidated,' Todd said"). An act whose source is one of the article's main pair is left to `counterpartTargets`;
 * a side is a state, an organisation or a group, or the state of a person (`SideOf`).
 */
export function exchangeTargets(events: readonly Event[], sideOf: SideOf, named: (id: string) => boolean, lead: (sentence: number) => boolean = () => false, types: ReadonlySet<string> = EXCHANGED): Event[] {
  const pair = mainPair(events, lead);
  return events.map((e, i) => {
    if (!types.has(e.type) || e.target !== null || e.source === null || (pair && pair.includes(e.source))) return e;
    const own = sideOf(e.source) ?? e.source;
    const sideIn = (c: Event): string | null => {
      if (c.source === null || c.target === null || !HOSTILE.has(c.type) || c.modality !== 'asserted' || notBefore(c, e)) return null;
      const s = sideOf(c.source) ?? c.source;
      const t = sideOf(c.target) ?? c.target;
      if (s === t || (s !== own && t !== own)) return null;
      const side = s === own ? t : s;
      return named(side) ? side : null;
    };
    const other = latestBefore(events, i, EXCHANGE_WINDOW, sideIn);
    if (other === null) return e;
    // (exchanges with several other sides leave it open which one is answered, like the charges in `answeredCharges`)
    const third = latestBefore(events, i, EXCHANGE_WINDOW, (c) => { const x = sideIn(c); return x !== null && x !== other ? x : null; });
    return third !== null ? e : { ...e, target: other, rule: `${e.rule}+exchange` };
  });
}

/** How many sentences back the deed a criticism judges may stand when the act noun's own window found none. */
const DEED_WINDOW = 10;

/** How many sentences before the latest deed another side's deed makes the deed a criticism naming no act judges unclear. */
const RIVAL_DEED_WINDOW = 2;

/**
 * Whether a criticism that names no act is a reaction `judgedDeeds` may address: asserted (a complaint someone
 * considers or plans is a step of their own, not a reaction: "The Philippines is considering a complaint"), its frame
 * found nothing (no `+` mark after the frame: "+thing" is a draft or report criticised, not a deed), and its source is
 * a side the deed's doer can be told apart from (not one of the article's main pair, whose criticism goes to the other
 * side, `counterpartTargets`; not a person whose state is unknown, whose own side's deed it may be).
 */
function reaction(e: Event, pair: readonly [string, string] | null, sideOf: SideOf): boolean {
  const how = e.rule.slice(e.rule.indexOf('#') + 1);
  return e.modality === 'asserted' && !how.includes('+') && e.source !== null && !(pair && pair.includes(e.source)) && sideOf(e.source) !== null;
}

/**
 * A criticism without addressee judges the latest asserted act of force or pressure (material conflict) by a named
 * other side in the `DEED_WINDOW` sentences before it: its doer is the addressee. Two kinds of criticism wait for it:
 * - one of an act whose doer the act noun's own window did not find (code.ts marks it `+act?`: "Die EU-Kommission
 *   verurteilte die Festnahmen scharf", "said the United States was deeply concerned");
 * - a reaction that names no act at all (`reaction`: "Auch Frankreich schlug kritischere Töne an", "Der Minister
 *   sprach von einer gezielten Provokation", "The Philippines voiced concern"), beyond the two sentences of its
 *   paragraph that code.ts's own context step reads: news reports reactions after the deed, often in a paragraph of
 *   their own. Another side's deed within `RIVAL_DEED_WINDOW` sentences of the latest makes it unclear which deed is
 *   judged ("Russland griff Kiew an. Die Ukraine griff Belgorod an. Deutschland zeigte sich besorgt"): none is given.
 */
export function judgedDeeds(events: readonly Event[], sideOf: SideOf, named: (id: string) => boolean, lead: (sentence: number) => boolean = () => false): Event[] {
  const pair = mainPair(events, lead);
  const judged = events.map((e, i) => {
    if (e.type !== 'ACCUSE' || e.target !== null || e.source === null) return e;
    const actless = !e.rule.endsWith('+act?') && !e.rule.endsWith(DEED_PENDING);
    if (actless && !reaction(e, pair, sideOf)) return e;
    const own = sideOf(e.source) ?? e.source;
    // the doer of a deed `e` may judge, or null
    const doerOf = (c: Event): string | null => {
      if (c.source === null || c.quad !== 'material-conflict' || c.modality !== 'asserted' || c.sentence === e.sentence) return null;
      return (sideOf(c.source) ?? c.source) === own || !named(c.source) ? null : c.source;
    };
    const deed = latestBefore(events, i, DEED_WINDOW, (c) => (doerOf(c) === null ? null : c));
    if (deed === null) return e;
    const doer = deed.source!;
    if (actless) {
      const side = sideOf(doer) ?? doer;
      const back = e.sentence - deed.sentence + RIVAL_DEED_WINDOW;
      const rival = latestBefore(events, i, back, (c) => { const d = doerOf(c); return d !== null && (sideOf(d) ?? d) !== side ? d : null; });
      if (rival !== null) return e;
    }
    return { ...e, target: doer, rule: `${e.rule}${JUDGED_DEED}` };
  });
  // a criticism addressed only now, by the deed it judges, can be answered now: its rejection by the side it judges
  // ("Pistorius sprach von einer Provokation … Moskau wies die Darstellung zurück") or a threat that continues it
  // ("Sacharowa verurteilte die Auflösung … Russland behalte sich Gegenmaßnahmen vor"); `answeredCharges` and
  // `exchangeTargets` ran before, when it had no addressee yet. (A refusal by the critic's own side is no answer to
  // it: "France voiced concern … France rejected the claims" rejects some other account.)
  if (judged.every((e, i) => e === events[i])) return judged;
  return exchangeTargets(answeredCharges(judged, sideOf), sideOf, named, lead, THREATS);
}

/** Acts the second exchange pass (after `judgedDeeds`) may address: a threat continues a criticism, a refusal need not. */
const THREATS: ReadonlySet<string> = new Set(['THREATEN']);
