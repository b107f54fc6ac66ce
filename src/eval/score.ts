/**
 * The dev-corpus metrics, computed exactly as the reference scorer (`shared/tools/score.mjs`)
 * computes them, so that `lagebild eval` and the reference agree number for number (a test checks
 * it). Entities are aligned greedily by shared surface forms; times and quotes by span overlap;
 * events by (type, source, target) after entity alignment.
 */

/** The parts of a gold or system entity the scorer reads. */
export interface ScoredEntity { id: string; type?: string; name?: string; aliases?: string[]; descriptions?: string[] }
/** A time, quote or event as the scorer reads it (system items may carry offsets). */
export interface ScoredSpanItem { text?: string; start?: number; end?: number }
/** A time as the scorer reads it: its span plus TIMEX3 type, value and modifier. */
export interface ScoredTime extends ScoredSpanItem { type?: unknown; value?: unknown; mod?: unknown }
/** A quote as the scorer reads it: its span plus speaker entity id and kind (direct or indirect). */
export interface ScoredQuote extends ScoredSpanItem { speaker?: string | null; kind?: unknown }
/** An event as the scorer reads it: PLOVER type, source and target entity ids, date, modality and evidence. */
export interface ScoredEvent {
  type?: string; source?: string | null; target?: string | null; date?: unknown; modality?: string | null;
  /** Gold: the sentence or clause that reports the act. System: also its offsets. */
  evidence?: string; start?: number; end?: number;
}

/** A gold or system document in the gold format. */
export interface ScoredDoc {
  entities?: ScoredEntity[];
  times?: ScoredTime[];
  quotes?: ScoredQuote[];
  events?: ScoredEvent[];
}

/** One document to score: its text, gold and system output (null when the system wrote none). */
export interface ScoreItem { id: string; text: string; gold: ScoredDoc; sys: ScoredDoc | null }

interface Tally { tp: number; fp: number; fn: number }
interface Counter { ok: number; n: number }
/** Precision, recall, F1 rounded to 3 places, with the counts. */
export interface Prf { p: number; r: number; f1: number; tp: number; fp: number; fn: number }
/** An accuracy rounded to 3 places, with its denominator. */
export interface Acc { acc: number; n: number }

/** The metrics, in the reference scorer's shape and key order. */
export interface Metrics {
  docs: number; missingOutputs: number;
  entities: Prf; entitiesTyped: Prf; descriptions: Acc;
  times: Prf; timeValue: Acc;
  quotes: Prf; quoteSpeaker: Acc;
  events: Prf; eventsUnordered: Prf; eventDate: Acc; eventModality: Acc;
}

/** A form as the scorer compares it: NFC, single spaces, trimmed, lower case. */
export const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A character range `[start, end)`. */
export type Range = [number, number];

/** Occurrences of `needle` not glued to a letter or digit; all occurrences when none is free-standing. */
export function occurrences(text: string, needle: string | undefined): Range[] {
  if (!needle) return [];
  const free: Range[] = [];
  const any: Range[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const j = i + needle.length;
    any.push([i, j]);
    const glued = (isWordChar(needle[0]) && isWordChar(text[i - 1])) || (isWordChar(needle.at(-1)) && isWordChar(text[j]));
    if (!glued) free.push([i, j]);
  }
  return free.length ? free : any;
}

const rangesOf = (text: string, item: ScoredSpanItem): Range[] =>
  Number.isInteger(item.start) && Number.isInteger(item.end) ? [[item.start!, item.end!]] : occurrences(text, item.text);
/** Characters two ranges share (0 when apart). */
export const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Adds one to the count of `key` in a breakdown's per-class record (an absent key as `fallback`). */
export function countKey(counts: Record<string, number>, key: unknown, fallback: string): void {
  const k = key == null ? fallback : String(key);
  counts[k] = (counts[k] ?? 0) + 1;
}

/** Gold and system span items paired as the scorer pairs them, in gold order. */
export interface SpanPairing<G, S> { pairs: [G, S][]; missed: G[] }

/**
 * Pairs gold with system span items the scorer's way: each gold item, in order, takes the first unused
 * system item that overlaps one of its occurrences by at least `minShare` of the gold span (times 0,
 * quotes 0.5). The breakdowns use the same pairing, so their classes add up to the scorer's counts.
 */
export function pairSpans<G extends ScoredSpanItem, S extends ScoredSpanItem>(
  text: string, gold: readonly G[], sys: readonly S[], minShare: number,
): SpanPairing<G, S> {
  const used = new Set<number>();
  const pairs: [G, S][] = [];
  const missed: G[] = [];
  for (const g of gold) {
    const gs = occurrences(text, g.text);
    const j = sys.findIndex((s, k) => !used.has(k) &&
      gs.some((a) => rangesOf(text, s).some((b) => overlap(a, b) > 0 && overlap(a, b) >= minShare * (a[1] - a[0]))));
    if (j < 0) {
      missed.push(g);
      continue;
    }
    used.add(j);
    pairs.push([g, sys[j]!]);
  }
  return { pairs, missed };
}

/** Whether an entity has a name (a non-empty alias), not only descriptions. */
export const isNamed = (e: ScoredEntity): boolean => (e.aliases ?? []).some((a) => norm(a) !== '');
const surfaceForms = (e: ScoredEntity): Set<string> => new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));
const descriptionSet = (e: ScoredEntity): Set<string> => new Set((e.descriptions ?? []).map(norm).filter(Boolean));
/** Whether an entity lists a normalised form as a description, its name or an alias (the description scorer's hit). */
export const listsForm = (e: ScoredEntity, form: string): boolean => descriptionSet(e).has(form) || surfaceForms(e).has(form);

/** Greedy one-to-one alignment system id → gold id. */
export function align(gold: readonly ScoredEntity[], sys: readonly ScoredEntity[]): Map<string, string> {
  const map = new Map<string, string>();
  const used = new Set<string>();
  for (const s of sys) {
    const sForms = surfaceForms(s);
    const sAll = new Set([...sForms, ...descriptionSet(s)]);
    let best: ScoredEntity | null = null;
    let bestN = 0;
    for (const g of gold) {
      if (used.has(g.id)) continue;
      const named = isNamed(g);
      const gForms = named ? surfaceForms(g) : descriptionSet(g);
      let n = 0;
      for (const f of named ? sForms : sAll) if (gForms.has(f)) n++;
      if (n > bestN) {
        best = g;
        bestN = n;
      }
    }
    if (best) {
      map.set(s.id, best.id);
      used.add(best.id);
    }
  }
  return map;
}

const prf = ({ tp, fp, fn }: Tally): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: +p.toFixed(3), r: +r.toFixed(3), f1: +f.toFixed(3), tp, fp, fn };
};
const acc = ({ ok, n }: Counter): Acc => ({ acc: n ? +(ok / n).toFixed(3) : 0, n });

/** Scores documents; returns the metrics and one line per miss (what `--verbose` prints). */
export function scoreCorpus(items: readonly ScoreItem[]): { metrics: Metrics; misses: string[] } {
  const t = () => ({ tp: 0, fp: 0, fn: 0 });
  const c = () => ({ ok: 0, n: 0 });
  const T = {
    entities: t(), entitiesTyped: t(), descriptions: c(), times: t(), timeValue: c(), quotes: t(), quoteSpeaker: c(),
    events: t(), eventsPair: t(), eventDate: c(), eventModality: c(),
  };
  const misses: string[] = [];
  let missing = 0;
  const add = (x: Tally, r: Tally) => { x.tp += r.tp; x.fp += r.fp; x.fn += r.fn; };

  const matchSpans = <G extends ScoredSpanItem, S extends ScoredSpanItem>(
    id: string, kind: string, text: string, gold: readonly G[], sys: readonly S[], minShare: number, onMatch: (g: G, s: S) => void,
  ): Tally => {
    const { pairs, missed } = pairSpans(text, gold, sys, minShare);
    for (const g of missed) misses.push(`${id} ${kind} missed: "${String(g.text).slice(0, 60)}"`);
    for (const [g, s] of pairs) onMatch(g, s);
    return { tp: pairs.length, fp: sys.length - pairs.length, fn: gold.length - pairs.length };
  };

  for (const item of items) {
    const { id, text, gold } = item;
    if (!item.sys) missing++;
    const sys = item.sys ?? {};
    const gE = gold.entities ?? [];
    const sE = sys.entities ?? [];
    const emap = align(gE, sE);

    const gNamed = new Set(gE.filter(isNamed).map((g) => g.id));
    const sNamed = sE.filter(isNamed);
    const gType = new Map(gE.map((g) => [g.id, g.type]));
    const hit = sNamed.filter((s) => gNamed.has(emap.get(s.id) ?? ''));
    const typed = hit.filter((s) => gType.get(emap.get(s.id) ?? '') === s.type);
    add(T.entities, { tp: hit.length, fp: sNamed.length - hit.length, fn: gNamed.size - hit.length });
    add(T.entitiesTyped, { tp: typed.length, fp: sNamed.length - typed.length, fn: gNamed.size - typed.length });
    const found = new Set(hit.map((s) => emap.get(s.id)));
    for (const g of gE) if (gNamed.has(g.id) && !found.has(g.id)) misses.push(`${id} entity missed: ${g.name}`);
    for (const s of sNamed) if (!gNamed.has(emap.get(s.id) ?? '')) misses.push(`${id} entity spurious: ${s.name}`);
    const sysOf = new Map([...emap].map(([s, g]) => [g, sE.find((e) => e.id === s)]));
    for (const g of gE) {
      for (const d of g.descriptions ?? []) {
        T.descriptions.n++;
        const s = sysOf.get(g.id);
        if (s && listsForm(s, norm(d))) T.descriptions.ok++;
        else misses.push(`${id} description unresolved: "${d}" -> ${g.id}`);
      }
    }

    add(T.times, matchSpans(id, 'time', text, gold.times ?? [], sys.times ?? [], 0, (g, s) => {
      T.timeValue.n++;
      if (String(s.value) === String(g.value) && (s.mod ?? null) === (g.mod ?? null)) T.timeValue.ok++;
      else misses.push(`${id} time value: "${g.text}" gold ${String(g.value)}/${String(g.mod ?? '')} sys ${String(s.value)}/${String(s.mod ?? '')}`);
    }));

    add(T.quotes, matchSpans(id, 'quote', text, gold.quotes ?? [], sys.quotes ?? [], 0.5, (g, s) => {
      T.quoteSpeaker.n++;
      if (emap.get(s.speaker ?? '') === g.speaker) T.quoteSpeaker.ok++;
      else misses.push(`${id} quote speaker: "${String(g.text).slice(0, 40)}" gold ${g.speaker} sys ${s.speaker}`);
    }));

    const actor = (x: string | null | undefined): string => (x == null ? '-' : emap.get(x) ?? '?' + x);
    const strictKey = (ty: unknown, a: string, b: string) => `${String(ty)}|${a}|${b}`;
    const pairKey = (ty: unknown, a: string, b: string) => `${String(ty)}|${[a, b].sort().join('|')}`;
    const gV = gold.events ?? [];
    const sV = (sys.events ?? []).map((v) => ({
      v, k: strictKey(v.type, actor(v.source), actor(v.target)), p: pairKey(v.type, actor(v.source), actor(v.target)),
    }));
    const usedK = new Set<number>();
    const usedP = new Set<number>();
    let kTp = 0;
    let pTp = 0;
    for (const g of gV) {
      const k = strictKey(g.type, g.source ?? '-', g.target ?? '-');
      const j = sV.findIndex((s, i) => !usedK.has(i) && s.k === k);
      if (j >= 0) {
        usedK.add(j);
        kTp++;
        const sv = sV[j]!.v;
        T.eventDate.n++;
        if (String(sv.date ?? null) === String(g.date ?? null)) T.eventDate.ok++;
        T.eventModality.n++;
        if ((sv.modality ?? 'asserted') === (g.modality ?? 'asserted')) T.eventModality.ok++;
      } else misses.push(`${id} event missed: ${k}`);
      const p = pairKey(g.type, g.source ?? '-', g.target ?? '-');
      const jp = sV.findIndex((s, i) => !usedP.has(i) && s.p === p);
      if (jp >= 0) {
        usedP.add(jp);
        pTp++;
      }
    }
    add(T.events, { tp: kTp, fp: sV.length - kTp, fn: gV.length - kTp });
    add(T.eventsPair, { tp: pTp, fp: sV.length - pTp, fn: gV.length - pTp });
  }

  return {
    metrics: {
      docs: items.length, missingOutputs: missing,
      entities: prf(T.entities), entitiesTyped: prf(T.entitiesTyped), descriptions: acc(T.descriptions),
      times: prf(T.times), timeValue: acc(T.timeValue),
      quotes: prf(T.quotes), quoteSpeaker: acc(T.quoteSpeaker),
      events: prf(T.events), eventsUnordered: prf(T.eventsPair), eventDate: acc(T.eventDate), eventModality: acc(T.eventModality),
    },
    misses,
  };
}
