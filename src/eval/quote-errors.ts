/**
 * Aggregate classes of quote errors: which gold quotations were not found, and why a found one has
 * the wrong speaker. Counts only, like the other breakdowns, so a held-out set can be diagnosed
 * without reading its misses.
 *
 * Every gold quotation falls in exactly one class, tried in this order:
 * - `missed`: no system quotation covers half of it (also counted per gold kind in `missedByKind`);
 * - `ok`: the system speaker aligns to the gold speaker (the scorer's hit);
 * - `goldSpeakerUnaligned`: no system entity aligns to the gold speaker (an entity-layer miss: the
 *   speaker was not found, or found under forms the scorer cannot align);
 * - `noSpeaker`: the system gave no speaker;
 * - `speakerUnaligned`: the system speaker is an entity no gold entity aligns to (a spurious or split
 *   entity, or an unnamed one the gold does not have);
 * - `otherSpeaker`: the system speaker is another gold entity (a wrong attribution).
 * `speakerWrongByKind` counts the last four per gold kind; system quotations no gold quotation took
 * are `spurious`.
 */
import { align, countKey, pairSpans, type ScoreItem } from './score.js';

/** Counts of the quote error classes over a corpus. */
export interface QuoteErrorBreakdown {
  gold: number; ok: number; missed: number; missedByKind: Record<string, number>;
  goldSpeakerUnaligned: number; noSpeaker: number; speakerUnaligned: number; otherSpeaker: number;
  speakerWrongByKind: Record<string, number>; spurious: number;
}

/** Breaks the quote errors of a scored corpus into the classes above. */
export function quoteErrorBreakdown(items: readonly ScoreItem[]): QuoteErrorBreakdown {
  const b: QuoteErrorBreakdown = {
    gold: 0, ok: 0, missed: 0, missedByKind: {}, goldSpeakerUnaligned: 0, noSpeaker: 0, speakerUnaligned: 0,
    otherSpeaker: 0, speakerWrongByKind: {}, spurious: 0,
  };
  for (const { text, gold, sys } of items) {
    const emap = align(gold.entities ?? [], sys?.entities ?? []);
    const alignedGold = new Set(emap.values());
    const goldQuotes = gold.quotes ?? [];
    const sysQuotes = sys?.quotes ?? [];
    const { pairs, missed } = pairSpans(text, goldQuotes, sysQuotes, 0.5);
    b.gold += goldQuotes.length;
    b.spurious += sysQuotes.length - pairs.length;
    for (const g of missed) {
      b.missed++;
      countKey(b.missedByKind, g.kind, 'unkinded');
    }
    for (const [g, s] of pairs) {
      const said = emap.get(s.speaker ?? '');
      if (said === g.speaker) { b.ok++; continue; }
      countKey(b.speakerWrongByKind, g.kind, 'unkinded');
      if (g.speaker != null && !alignedGold.has(g.speaker)) b.goldSpeakerUnaligned++;
      else if (s.speaker == null) b.noSpeaker++;
      else if (said === undefined) b.speakerUnaligned++;
      else b.otherSpeaker++;
    }
  }
  return b;
}

/** The breakdown as readable lines (printed by `lagebild eval --breakdown`). */
export function formatQuoteErrors(b: QuoteErrorBreakdown): string {
  const list = (m: Record<string, number>): string => Object.entries(m)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([k, n]) => `${k} ${n}`).join(', ');
  const wrong = b.goldSpeakerUnaligned + b.noSpeaker + b.speakerUnaligned + b.otherSpeaker;
  const rows: [string, string][] = [
    ['gold quotes', `${b.gold} (speaker right ${b.ok})`],
    ['not found', `${b.missed}${b.missed ? ` (${list(b.missedByKind)})` : ''}`],
    ['speaker wrong', `${wrong}${wrong ? ` (${list(b.speakerWrongByKind)})` : ''}`],
    ['  gold speaker unaligned', `${b.goldSpeakerUnaligned} (no system entity aligns to the gold speaker)`],
    ['  no speaker', `${b.noSpeaker}`],
    ['  speaker unaligned', `${b.speakerUnaligned} (a system entity no gold entity aligns to)`],
    ['  another speaker', `${b.otherSpeaker} (another gold entity)`],
    ['spurious', `${b.spurious}`],
  ];
  return 'quote errors\n' + rows.map(([k, v]) => `  ${k.padEnd(26)}${v}`).join('\n') + '\n';
}
