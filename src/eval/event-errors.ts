/**
 * Aggregate classes of event errors: where the gold events the system missed were lost, and where
 * its spurious events stand. Only counts leave this module, never items, so a held-out set can be
 * diagnosed without reading its misses (reading them would spend the set: see docs/DEVELOPING.md).
 *
 * Every gold event falls in exactly one class, tried in this order:
 * - `matched`: the scorer's strict (type, source, target) match;
 * - `reversed`: a system event of the same type with source and target swapped;
 * - `typeWrong`: a system event in the gold event's sentence with the same actor pair, another type;
 * - `actorsWrong`: a system event in the sentence with the same type, other actors (split by side in
 *   `actorSides`);
 * - `bothWrong`: a system event in the sentence, neither type nor pair right;
 * - `noEventInSentence`: nothing coded in the sentence (a trigger or frame the lexicon lacks,
 *   or an event the stage dropped); also counted per gold type in `noEventByType`;
 * - `unlocated`: the gold evidence is not found in the text, so no sentence can be checked.
 * Independently, `actorNotFound` counts gold events with an actor that no system entity aligns to
 * (an entity-layer error rather than an event-stage one); `actorNotFoundKinds` counts those actors by
 * gold type and by whether the gold names them (aliases) or only describes them ("die Polizei"),
 * which says whether a name or a description is what the entity layer lacks. Of the same-type events
 * whose target is missing, `targetMissingNamed` counts those whose gold target is written in the gold
 * evidence (by alias or description): a frame the stage did not read, not an actor only the
 * discourse supplies. System events the scorer did not match
 * are `spurious`, split into `spuriousInGoldSentence` and `spuriousElsewhere`.
 */
import { align, countKey, isNamed, occurrences, overlap, type Range, type ScoredEntity, type ScoreItem } from './score.js';

/** Whether one of an entity's aliases or descriptions stands in a passage as a whole word (case-insensitive). */
function writtenIn(passage: string, e: ScoredEntity): boolean {
  const hay = passage.toLowerCase();
  return [...(e.aliases ?? []), ...(e.descriptions ?? [])].some((form) => {
    const f = form.trim().toLowerCase();
    if (!f) return false;
    return occurrences(hay, f).some(([i, j]) => !/[\p{L}\p{N}]/u.test(hay[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(hay[j] ?? ''));
  });
}

/** Counts of the event error classes over a corpus. */
export interface EventErrorBreakdown {
  gold: number;
  matched: number; reversed: number; typeWrong: number; actorsWrong: number; bothWrong: number;
  noEventInSentence: number; unlocated: number;
  actorNotFound: number;
  /** Unaligned gold actors by `TYPE named` / `TYPE unnamed`, one count per actor per event. */
  actorNotFoundKinds: Record<string, number>;
  /** Of `actorSides.targetMissing`: the gold target is written in the gold evidence. */
  targetMissingNamed: number;
  /** Of `actorsWrong`: which side is wrong in the closest same-type event of the sentence. */
  actorSides: { source: number; target: number; both: number; targetMissing: number; targetExtra: number };
  noEventByType: Record<string, number>;
  spurious: number; spuriousInGoldSentence: number; spuriousElsewhere: number;
}

/** Breaks the event errors of a scored corpus into the classes above. */
export function eventErrorBreakdown(items: readonly ScoreItem[]): EventErrorBreakdown {
  const b: EventErrorBreakdown = {
    gold: 0, matched: 0, reversed: 0, typeWrong: 0, actorsWrong: 0, bothWrong: 0, noEventInSentence: 0, unlocated: 0,
    actorNotFound: 0, actorNotFoundKinds: {}, targetMissingNamed: 0, actorSides: { source: 0, target: 0, both: 0, targetMissing: 0, targetExtra: 0 }, noEventByType: {}, spurious: 0, spuriousInGoldSentence: 0, spuriousElsewhere: 0,
  };
  for (const { text, gold, sys } of items) {
    const emap = align(gold.entities ?? [], sys?.entities ?? []);
    const alignedGold = new Set(emap.values());
    const goldById = new Map((gold.entities ?? []).map((e) => [e.id, e]));
    const unaligned = (id: string): boolean => id !== '-' && !alignedGold.has(id);
    const actor = (x: string | null | undefined): string => (x == null ? '-' : emap.get(x) ?? '?' + x);
    const sysEvents = (sys?.events ?? []).map((v) => ({
      type: String(v.type), source: actor(v.source), target: actor(v.target),
      range: Number.isInteger(v.start) && Number.isInteger(v.end) ? [v.start!, v.end!] as Range : null,
    }));
    const used = new Set<number>();
    const goldSentences: Range[] = [];
    const pair = (a: string, c: string): string => [a, c].sort().join('|');
    for (const g of gold.events ?? []) {
      b.gold++;
      const type = String(g.type);
      const source = g.source ?? '-';
      const target = g.target ?? '-';
      if (unaligned(source) || unaligned(target)) b.actorNotFound++;
      for (const id of new Set([source, target].filter(unaligned))) {
        const e = goldById.get(id);
        countKey(b.actorNotFoundKinds, e ? `${e.type ?? '?'} ${isNamed(e) ? 'named' : 'unnamed'}` : null, 'not in gold entities');
      }
      const where = occurrences(text, g.evidence);
      goldSentences.push(...where);
      const j = sysEvents.findIndex((s, i) => !used.has(i) && s.type === type && s.source === source && s.target === target);
      if (j >= 0) {
        used.add(j);
        b.matched++;
        continue;
      }
      if (sysEvents.some((s) => s.type === type && s.source === target && s.target === source)) { b.reversed++; continue; }
      if (where.length === 0) { b.unlocated++; continue; }
      const near = sysEvents.filter((s) => s.range !== null && where.some((w) => overlap(w, s.range!) > 0));
      if (near.some((s) => pair(s.source, s.target) === pair(source, target))) b.typeWrong++;
      else if (near.some((s) => s.type === type)) {
        b.actorsWrong++;
        // the same-type event with the fewest wrong sides stands for the act
        const sides = near.filter((s) => s.type === type).map((s) => ({ src: s.source !== source, tgt: s.target !== target, s }))
          .sort((x, y) => Number(x.src) + Number(x.tgt) - Number(y.src) - Number(y.tgt))[0]!;
        if (sides.src && sides.tgt) b.actorSides.both++;
        else if (sides.src) b.actorSides.source++;
        else b.actorSides.target++;
        if (sides.tgt && sides.s.target === '-') {
          b.actorSides.targetMissing++;
          const t = goldById.get(target);
          if (t && writtenIn(g.evidence ?? '', t)) b.targetMissingNamed++;
        }
        if (sides.tgt && target === '-') b.actorSides.targetExtra++;
      }
      else if (near.length > 0) b.bothWrong++;
      else {
        b.noEventInSentence++;
        countKey(b.noEventByType, type, type);
      }
    }
    sysEvents.forEach((s, i) => {
      if (used.has(i)) return;
      b.spurious++;
      if (s.range !== null && goldSentences.some((w) => overlap(w, s.range!) > 0)) b.spuriousInGoldSentence++;
      else b.spuriousElsewhere++;
    });
  }
  return b;
}

/** The breakdown as readable lines (what `lagebild eval --breakdown` prints). */
export function formatEventErrors(b: EventErrorBreakdown): string {
  const byType = Object.entries(b.noEventByType).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([t, n]) => `${t} ${n}`).join(', ');
  const kinds = Object.entries(b.actorNotFoundKinds).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([t, n]) => `${t} ${n}`).join(', ');
  const rows: [string, string][] = [
    ['gold events', `${b.gold} (matched ${b.matched})`],
    ['reversed', `${b.reversed}`],
    ['type wrong', `${b.typeWrong} (right pair, same sentence)`],
    ['actors wrong', `${b.actorsWrong} (right type, same sentence; source ${b.actorSides.source}, target ${b.actorSides.target}, both ${b.actorSides.both}; target missing ${b.actorSides.targetMissing} (${b.targetMissingNamed} of them written in the evidence), target where gold has none ${b.actorSides.targetExtra})`],
    ['both wrong', `${b.bothWrong} (same sentence)`],
    ['no event in sentence', `${b.noEventInSentence}${byType ? ` (${byType})` : ''}`],
    ['unlocated evidence', `${b.unlocated}`],
    ['actor not an entity', `${b.actorNotFound} (a gold actor no system entity aligns to${kinds ? `; by actor: ${kinds}` : ''})`],
    ['spurious', `${b.spurious} (${b.spuriousInGoldSentence} in a gold event's sentence, ${b.spuriousElsewhere} elsewhere)`],
  ];
  return 'event errors\n' + rows.map(([k, v]) => `  ${k.padEnd(22)}${v}`).join('\n') + '\n';
}
