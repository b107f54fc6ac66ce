/**
 * Aggregate classes of description errors (a gold nominal reference such as "der russische
 * Außenminister" not listed under the matching system entity). Counts only, like the event
 * breakdown, so held-out sets can be diagnosed without reading their misses.
 *
 * Every gold description falls in exactly one class, tried in this order:
 * - `ok`: listed under the aligned system entity (the scorer's hit);
 * - `entityMissing`: its gold entity aligns to no system entity at all;
 * - `elsewhere`: listed under another system entity (a wrong link);
 * - `notFound`: no system entity lists it (not detected as a reference, or dropped).
 * `elsewhereUnnamed` counts the wrong links that went to a system entity without a name (an
 * "unnamed" person or body made of the description instead of a link to the named one).
 */
import { align, isNamed, listsForm, norm, type ScoreItem } from './score.js';

/** Counts of the description error classes over a corpus. */
export interface DescriptionErrorBreakdown {
  gold: number; ok: number; entityMissing: number; elsewhere: number; elsewhereUnnamed: number; notFound: number;
}

/** Breaks the description errors of a scored corpus into the classes above. */
export function descriptionErrorBreakdown(items: readonly ScoreItem[]): DescriptionErrorBreakdown {
  const b: DescriptionErrorBreakdown = { gold: 0, ok: 0, entityMissing: 0, elsewhere: 0, elsewhereUnnamed: 0, notFound: 0 };
  for (const { gold, sys } of items) {
    const sE = sys?.entities ?? [];
    const emap = align(gold.entities ?? [], sE);
    const sysOf = new Map([...emap].map(([s, g]) => [g, sE.find((e) => e.id === s)]));
    for (const g of gold.entities ?? []) {
      for (const d of g.descriptions ?? []) {
        b.gold++;
        const want = norm(d);
        const own = sysOf.get(g.id);
        if (own && listsForm(own, want)) { b.ok++; continue; }
        if (!own) { b.entityMissing++; continue; }
        const other = sE.find((e) => e !== own && listsForm(e, want));
        if (other) {
          b.elsewhere++;
          if (!isNamed(other)) b.elsewhereUnnamed++;
        } else b.notFound++;
      }
    }
  }
  return b;
}

/** The breakdown as readable lines (printed by `lagebild eval --breakdown`). */
export function formatDescriptionErrors(b: DescriptionErrorBreakdown): string {
  const rows: [string, string][] = [
    ['gold descriptions', `${b.gold} (listed right ${b.ok})`],
    ['entity not found', `${b.entityMissing}`],
    ['under another entity', `${b.elsewhere} (${b.elsewhereUnnamed} of them an unnamed one)`],
    ['not listed at all', `${b.notFound}`],
  ];
  return 'description errors\n' + rows.map(([k, v]) => `  ${k.padEnd(22)}${v}`).join('\n') + '\n';
}
