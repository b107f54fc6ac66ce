import type { Event } from '../../doc/types.js';

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
