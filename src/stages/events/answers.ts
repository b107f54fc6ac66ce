import type { Event } from '../../doc/types.js';
import { mainPair } from './counterpart.js';

/** How many sentences before a rejection the charge it answers may stand (the rejection's own sentence included). */
const CHARGE_WINDOW = 2;

/**
 * The side an actor stands for: a state, an organisation or a group is its own side, a person the state the entity
 * layer gives it; null for a person whose state is not known.
 */
export type SideOf = (id: string) => string | null;

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
    for (let j = i - 1; j >= 0; j--) {
      const c = events[j]!;
      if (c.sentence < e.sentence - CHARGE_WINDOW) break;
      if (c.type !== 'ACCUSE' || c.source === null || c.target === null || c.modality === 'negated') continue;
      if (c.sentence === e.sentence && c.trigger.start >= e.trigger.start) continue;
      const accuser = sideOf(c.source);
      if (accuser === null || accuser === own || (sideOf(c.target) ?? c.target) !== own) continue;
      return { ...e, target: accuser, rule: `${e.rule}+charge` };
    }
    return e;
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
export function exchangeTargets(events: readonly Event[], sideOf: SideOf, named: (id: string) => boolean): Event[] {
  const pair = mainPair(events);
  return events.map((e, i) => {
    if (!EXCHANGED.has(e.type) || e.target !== null || e.source === null || (pair && pair.includes(e.source))) return e;
    const own = sideOf(e.source) ?? e.source;
    for (let j = i - 1; j >= 0; j--) {
      const c = events[j]!;
      if (c.sentence < e.sentence - EXCHANGE_WINDOW) break;
      if (c.source === null || c.target === null || !HOSTILE.has(c.type) || c.modality !== 'asserted') continue;
      if (c.sentence === e.sentence && c.trigger.start >= e.trigger.start) continue;
      const s = sideOf(c.source) ?? c.source;
      const t = sideOf(c.target) ?? c.target;
      if (s === t || (s !== own && t !== own)) continue;
      const other = s === own ? t : s;
      if (!named(other)) continue;
      return { ...e, target: other, rule: `${e.rule}+exchange` };
    }
    return e;
  });
}

/** How many sentences back the deed a criticism judges may stand when the act noun's own window found none. */
const DEED_WINDOW = 10;

/**
 * A criticism of an act whose doer the act noun's own window did not find (code.ts marks it `+act?`: "Die
 * EU-Kommission verurteilte die Festnahmen scharf", "said the United States was deeply concerned") judges the latest
 * asserted act of force or pressure (material conflict) by a named other side in the `DEED_WINDOW` sentences before
 * it: its doer is the addressee.
 */
export function judgedDeeds(events: readonly Event[], sideOf: SideOf, named: (id: string) => boolean): Event[] {
  return events.map((e, i) => {
    if (e.type !== 'ACCUSE' || e.target !== null || e.source === null || !e.rule.endsWith('+act?')) return e;
    const own = sideOf(e.source) ?? e.source;
    for (let j = i - 1; j >= 0; j--) {
      const c = events[j]!;
      if (c.sentence < e.sentence - DEED_WINDOW) break;
      if (c.source === null || c.quad !== 'material-conflict' || c.modality !== 'asserted' || c.sentence === e.sentence) continue;
      const doer = sideOf(c.source) ?? c.source;
      if (doer === own || !named(c.source)) continue;
      return { ...e, target: c.source, rule: `${e.rule}+judged-deed` };
    }
    return e;
  });
}
