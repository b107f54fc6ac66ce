import { mulberry32 } from './perceptron.js';

/**
 * Distributional word clusters for tagger features, learned from unlabelled text: each frequent
 * word is described by the positive PMI of its left and right neighbours (among the most frequent
 * context words), and spherical k-means groups the words at two granularities. Words that occur in
 * the same contexts ("Moskau", "Pjöngjang") share a cluster, so a weight learned for one transfers
 * to the others — the main help when the labelled data is small. A cheap stand-in for Brown clusters.
 */

/** Settings of {@link learnClusters}. */
export interface ClusterOptions {
  /** Words seen fewer times get no cluster. */
  readonly minCount: number;
  /** Number of most frequent words used as context dimensions (per side). */
  readonly contexts: number;
  readonly coarse: number;
  readonly fine: number;
  readonly iterations: number;
  readonly seed: number;
  /** Also use the words two to the left and right (weaker, more topical evidence). */
  readonly wide?: boolean;
}

type SparseVec = { idx: Int32Array; val: Float32Array };

/** Word (lower-cased) → "coarse|fine" cluster id. */
export function learnClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Map<string, string> {
  const sents: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const low = s.map((w) => w.toLowerCase());
    sents.push(low);
    for (const w of low) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map(byFreq.slice(0, opts.contexts).map(([w], i) => [w, i]));
  const words = byFreq.filter(([, c]) => c >= opts.minCount).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const C = opts.contexts + 1; // slot C-1: unknown word or sentence boundary
  const D = (opts.wide ? 4 : 2) * C;
  // co-occurrence counts, sparse per word
  const co = words.map(() => new Map<number, number>());
  const ctxTotal = new Float64Array(D);
  let total = 0;
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const wi = wordIndex.get(s[i]!);
      if (wi === undefined) continue;
      const slot = (j: number): number => (j >= 0 && j < s.length ? (ctxIndex.get(s[j]!) ?? C - 1) : C - 1);
      const dims = [slot(i - 1), C + slot(i + 1)];
      if (opts.wide) dims.push(2 * C + slot(i - 2), 3 * C + slot(i + 2));
      for (const d of dims) {
        const m = co[wi]!;
        m.set(d, (m.get(d) ?? 0) + 1);
        ctxTotal[d]! += 1;
        total++;
      }
    }
  }
  const vecs: SparseVec[] = co.map((m) => {
    let wTotal = 0;
    for (const c of m.values()) wTotal += c;
    const idx: number[] = [];
    const val: number[] = [];
    for (const [d, c] of m) {
      const pmi = Math.log((c * total) / (wTotal * ctxTotal[d]!));
      if (pmi > 0) {
        idx.push(d);
        val.push(pmi);
      }
    }
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val, (v) => v / norm) };
  });
  const coarse = kmeans(vecs, D, opts.coarse, opts.iterations, opts.seed);
  const fine = kmeans(vecs, D, opts.fine, opts.iterations, opts.seed + 1);
  const out = new Map<string, string>();
  words.forEach((w, i) => out.set(w, `${coarse[i]!}|${fine[i]!}`));
  return out;
}

/** Spherical k-means over sparse unit vectors; returns the cluster of each vector. */
function kmeans(vecs: readonly SparseVec[], D: number, k: number, iterations: number, seed: number): Int32Array {
  const rnd = mulberry32(seed);
  const K = Math.min(k, vecs.length);
  const cent = new Float32Array(K * D);
  // initialise with distinct random words
  const picked = new Set<number>();
  for (let c = 0; c < K; c++) {
    let v = Math.floor(rnd() * vecs.length);
    while (picked.has(v)) v = (v + 1) % vecs.length;
    picked.add(v);
    const x = vecs[v]!;
    for (let j = 0; j < x.idx.length; j++) cent[c * D + x.idx[j]!] = x.val[j]!;
  }
  const assign = new Int32Array(vecs.length);
  for (let it = 0; it < iterations; it++) {
    vecs.forEach((x, i) => {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < K; c++) {
        let dot = 0;
        const base = c * D;
        for (let j = 0; j < x.idx.length; j++) dot += cent[base + x.idx[j]!]! * x.val[j]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    });
    cent.fill(0);
    vecs.forEach((x, i) => {
      const base = assign[i]! * D;
      for (let j = 0; j < x.idx.length; j++) cent[base + x.idx[j]!]! += x.val[j]!;
    });
    for (let c = 0; c < K; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[c * D + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) cent[c * D + d]! /= norm;
    }
  }
  return assign;
}
