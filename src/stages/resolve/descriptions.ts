import type { EntityType } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Cand } from './candidates.js';
import type { Clustering, Draft } from './cluster.js';
import { headOf, type Head, type ResolveLexicon } from './lexicon.js';
import type { DocView } from './view.js';

/** What description resolution needs. */
export interface DescResources {
  readonly kb: KnowledgeBase;
  readonly lex: ResolveLexicon;
  readonly lang: 'de' | 'en';
}

interface Np {
  readonly from: number;
  readonly to: number;
  readonly head: Head;
  readonly headWord: string;
  /** States named by adjectives, genitives or compound prefixes inside the phrase. */
  readonly states: string[];
  /** The person named in a genitive inside the phrase ("Kims Schwester"). */
  readonly person: string | null;
  readonly region: string | null;
  readonly possessive: boolean;
  readonly definite: boolean;
  readonly indefinite: boolean;
}

const compatible = (head: EntityType, ent: EntityType): boolean => (head === 'PER') === (ent === 'PER');

/**
 * Finds nominal descriptions and attaches them to entities: titles before a name ("Russlands
 * Außenminister Sergej Lawrow", "Major General Arturo Rojas"), appositions after a name
 * ("Robert M. Danin, a senior fellow at …") and before one ("Kims Schwester, Kim Yo Jong,"),
 * then later nominal references ("der russische Außenminister", "den russischen Gast", "the
 * administration", "des südamerikanischen Landes") by what the earlier ones taught: the same
 * phrase, the same head, a role of the named state, or the most salient entity of the type.
 * Roles learned from titles become role facts (source 'text').
 */
export function resolveDescriptions(v: DocView, cands: readonly Cand[], cl: Clustering, title: Int8Array, r: DescResources): void {
  const n = v.texts.length;
  const used = new Int8Array(n);
  for (const c of cands) for (let k = c.from; k < c.to; k++) used[k] = 1;
  const inDesc = new Int8Array(n);
  const memo = new Map<string, string>();
  const headMemo = new Map<string, string>();
  const stateOfTok = (k: number): string | null => {
    const id = cl.tokenEntity[k];
    if (!id) return null;
    const d = cl.drafts.get(id);
    return d && (d.type === 'GPE' || d.kb?.kind === 'country') ? (d.state ?? d.id) : null;
  };
  const add = (d: Draft, from: number, to: number, rule: string, np: Np | null): void => {
    if (to <= from) return;
    const start = v.starts[from]!;
    const end = v.ends[to - 1]!;
    const text = v.doc.text.slice(start, end);
    if (!d.descs.some((x) => x.start === start && x.end === end)) d.descs.push({ start, end, sentence: v.sentence[from]!, text, rule });
    for (let k = from; k < to; k++) inDesc[k] = 1;
    memo.set(normPhrase(v, r.lex, from, to), d.id);
    if (np) {
      headMemo.set(np.headWord, d.id);
      d.heads.add(np.headWord);
      if (np.head.role && d.type === 'PER') {
        for (const st of np.states.length ? np.states : [null]) {
          if (!d.roles.some((x) => x.role === np.head.role && x.source === 'text' && (x.of ?? null) === st)) {
            d.roles.push({ role: np.head.role, ...(st ? { of: st } : {}), from: null, to: null, source: 'text', sentence: v.sentence[from]! });
          }
          if (st && !d.state) d.state = st;
        }
      }
    }
  };
  const npOf = (from: number, to: number): Np | null => {
    let head: Head | undefined;
    let headWord = '';
    const states: string[] = [];
    let person: string | null = null;
    let region: string | null = null;
    for (let k = from; k < to; k++) {
      const h = headOf(r.lex, v.lower[k]!) ?? (k + 1 < to ? r.lex.heads.get(`${v.lower[k]} ${v.lower[k + 1]}`) : undefined);
      if (h && !used[k]) {
        head = h;
        headWord = stripCase(v.lower[k]!);
      }
      const st = stateOfTok(k);
      if (st && !states.includes(st)) states.push(st);
      const id = cl.tokenEntity[k];
      if (id && cl.drafts.get(id)?.type === 'PER') person = id;
      if (!used[k] && v.texts[k]!.includes('-')) {
        for (const hit of r.kb.lookup(v.texts[k]!.split('-')[0]!)) if (hit.entity.kind === 'country' && !states.includes(hit.entity.id)) states.push(hit.entity.id);
      }
      const reg = regionOf(r.lex, v.lower[k]!);
      if (reg) region = reg;
    }
    if (!head) return null;
    const l0 = v.lower[from]!;
    return { from, to, head, headWord, states, person, region, possessive: r.lex.possessives.has(l0), definite: r.lex.definite.has(l0), indefinite: r.lex.determiners.has(l0) && !r.lex.definite.has(l0) };
  };

  const named = [...cl.drafts.values()].flatMap((d) => d.cands.map((ci) => ({ d, c: cands[ci]! }))).filter((x) => x.c.kind === 'name').sort((a, b) => a.c.start - b.c.start);

  // 1. titles right before a name
  for (const { d, c } of named) {
    const s0 = sentStart(v, c.from);
    const k0 = c.from - 1;
    if (k0 < s0 || r.lex.honorifics.has(v.lower[k0]!)) continue;
    if (!(title[k0] || (headOf(r.lex, v.lower[k0]!) && !used[k0]))) continue;
    let a = c.from;
    for (let k = k0; k >= s0; k--) {
      const l = v.lower[k]!;
      if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) { a = k; break; }
      if (title[k] || headOf(r.lex, l) || used[k] || adjLike(r, v, k) || (r.lang === 'en' && /^\p{Ll}/u.test(v.texts[k]!) && !r.lex.stopWords.has(l) && /^\p{L}+$/u.test(l))) { a = k; continue; }
      break;
    }
    // a leading name that is not a modifier (verb-less lists) stays out: trim English lower-case words before the first modifier
    while (a < c.from && r.lang === 'en' && !used[a] && !title[a] && !headOf(r.lex, v.lower[a]!) && !r.lex.determiners.has(v.lower[a]!) && /^\p{Ll}/u.test(v.texts[a]!) && !nextIsChainNoun(v, r, a, c.from)) a++;
    const np = npOf(a, c.from);
    if (!np || !compatible(np.head.type, d.type)) continue;
    // ranks form their own description ("Major General" apart from "Philippine Marine Corps Commandant")
    let segStart = a;
    let k = a;
    while (k < c.from) {
      const rl = rankAt(v, r.lex, k, c.from);
      if (rl > 0) {
        if (k > segStart) add(d, segStart, k, 'title', npOf(segStart, k));
        add(d, k, k + rl, 'rank', null);
        k += rl;
        segStart = k;
      } else k++;
    }
    if (segStart < c.from) add(d, segStart, c.from, 'title', npOf(segStart, c.from) ?? np);
  }

  // 2. appositions after a name: "Robert M. Danin, a senior fellow at …"
  for (const { d, c } of named) {
    let k = c.to;
    const se = v.sentEnd[c.from]!;
    if (k < se && v.texts[k] === '(') { while (k < se && v.texts[k] !== ')') k++; k++; }
    if (k >= se || v.texts[k] !== ',') continue;
    const a = k + 1;
    let b = a;
    while (b < se && b - a < 18 && !/^[,.;:!?"„“”»«()—–]$/.test(v.texts[b]!)) b++;
    if (b === a || b - a >= 18) continue;
    const l0 = v.lower[a]!;
    const startsNp = r.lex.determiners.has(l0) || l0 === 'one' || adjLike(r, v, a) || !!headOf(r.lex, l0) || title[a] === 1;
    if (!startsNp || (cl.tokenEntity[a] && !adjLike(r, v, a))) continue;
    if (r.lex.determiners.has(l0) && a + 1 < b && (r.lex.stopWords.has(v.lower[a + 1]!) || r.lex.determiners.has(v.lower[a + 1]!))) continue;
    let clause = false;
    for (let x = a; x < b; x++) if (r.lex.stopWords.has(v.lower[x]!) && /^(sagte|sagt|said|says|told|who|which|is|was|ist|war|hat|has|wird|will)$/.test(v.lower[x]!)) clause = true;
    if (clause) continue;
    // "executive vice president of X and a former U.S. ambassador to Israel": two descriptions
    const parts: [number, number][] = [];
    let p = a;
    for (let x = a + 1; x < b - 1; x++) {
      if ((v.lower[x] === 'and' || v.lower[x] === 'und') && r.lex.determiners.has(v.lower[x + 1]!)) { parts.push([p, x]); p = x + 1; }
    }
    parts.push([p, b]);
    for (const [x, y] of parts) {
      const np = npOf(x, y);
      if (np && compatible(np.head.type, d.type)) add(d, x, y, 'apposition', np);
    }
  }

  // 3. appositions before a name: "Kims Schwester, Kim Yo Jong,", "Sudan’s president, Omar Hassan al-Bashir"
  for (const { d, c } of named) {
    const s0 = sentStart(v, c.from);
    if (c.from - 2 < s0 || v.texts[c.from - 1] !== ',' || inDesc[c.from - 2]) continue;
    let a = c.from - 1;
    for (let k = c.from - 2; k >= s0; k--) {
      const l = v.lower[k]!;
      if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) {
        a = k;
        if (r.lex.genitiveLinks.has(l) && k > s0 && (headOf(r.lex, v.lower[k - 1]!) || (v.capital[k - 1] && r.lang === 'de'))) continue;
        break;
      }
      if (/^\p{P}$/u.test(v.texts[k]!) || r.lex.stopWords.has(l) || r.lex.locativePreps.has(l)) break;
      a = k;
    }
    if (a >= c.from - 1) continue;
    const np = npOf(a, c.from - 1);
    if (!np || !compatible(np.head.type, d.type) || np.person === d.id) continue;
    add(d, a, c.from - 1, 'apposition-before', np);
  }

  // 4. later nominal references
  for (let k = 0; k < n; k++) {
    if (used[k] || inDesc[k]) continue;
    const h = headOf(r.lex, v.lower[k]!) ?? (k + 1 < n ? r.lex.heads.get(`${v.lower[k]} ${v.lower[k + 1]}`) : undefined);
    if (!h) continue;
    const hEnd = r.lex.heads.has(`${v.lower[k]} ${v.lower[k + 1] ?? ''}`) && !headOf(r.lex, v.lower[k]!) ? k + 2 : k + 1;
    if (hEnd < v.sentEnd[k]! && (cl.tokenEntity[hEnd] || (v.capital[hEnd] && r.lang === 'en' && !v.startish[hEnd]))) continue;
    const s0 = sentStart(v, k);
    let a = k;
    for (let x = k - 1; x >= s0; x--) {
      const l = v.lower[x]!;
      if (r.lex.determiners.has(l) || r.lex.possessives.has(l)) { a = x; break; }
      if (inDesc[x]) break;
      if (adjLike(r, v, x) || (used[x] && (isGenitive(v, x, r.lang) || cl.tokenEntity[x] !== null && adjOwned(cands, cl, x))) || title[x]) { a = x; continue; }
      break;
    }
    const l0 = v.lower[a]!;
    const before = a > s0 ? v.lower[a - 1]! : '';
    if (before === 'als' || before === 'as') continue;
    const np = npOf(a, hEnd);
    if (!np) continue;
    if (a === k && !(v.startish[k] && v.capital[k] && h.type === 'PER')) continue;
    if (np.indefinite && h.type !== 'GPE') continue;
    const target = resolveNp(np, v, cl, r, memo, headMemo, normPhrase(v, r.lex, a, hEnd), v.starts[a]!);
    if (target) {
      const d = cl.drafts.get(target)!;
      if (!compatible(h.type, d.type) && !r.lex.governmentWords.has(np.headWord)) continue;
      add(d, a, hEnd, 'reference', r.lex.governmentWords.has(np.headWord) ? null : np);
      k = hEnd - 1;
    }
    void l0;
  }
}

function resolveNp(np: Np, v: DocView, cl: Clustering, r: DescResources, memo: ReadonlyMap<string, string>, headMemo: ReadonlyMap<string, string>, phrase: string, at: number): string | null {
  const seen = [...cl.drafts.values()].filter((d) => d.first < at);
  const mostRecent = (pred: (d: Draft) => boolean): Draft | null => {
    let best: Draft | null = null;
    for (const d of seen) {
      if (!pred(d)) continue;
      const last = lastBefore(v, cl, d, at);
      if (!best || last > lastBefore(v, cl, best, at)) best = d;
    }
    return best;
  };
  const mostSalient = (pred: (d: Draft) => boolean): Draft | null => {
    let best: Draft | null = null;
    let bestN = -1;
    for (const d of seen) {
      if (!pred(d)) continue;
      const c = d.cands.filter((ci) => ci >= 0).length;
      if (c > bestN) { best = d; bestN = c; }
    }
    return best;
  };
  const remembered = memo.get(phrase);
  if (remembered) return remembered;
  const h = np.head;
  const isGov = r.lex.governmentWords.has(np.headWord);
  if (isGov) {
    if (np.states.length) return np.states[0]!;
    if (np.possessive) {
      const p = mostRecent((d) => d.type === 'PER' && d.state !== null);
      return p?.state ?? null;
    }
    if (np.definite) {
      const reg = mostRecent((d) => d.rule === 'regime');
      if (reg) return reg.id;
      return mostSalient((d) => d.kb?.kind === 'country')?.id ?? null;
    }
    return null;
  }
  if (h.type === 'PER') {
    if (h.kin) return null;
    if (h.generic) {
      if (!np.states.length) return null;
      return mostRecent((d) => d.type === 'PER' && (d.state === np.states[0] || d.roles.some((x) => x.of === np.states[0])))?.id ?? null;
    }
    const byHead = headMemo.get(np.headWord);
    if (byHead) {
      const d = cl.drafts.get(byHead)!;
      if (!np.states.length || d.state === np.states[0] || d.roles.some((x) => x.of === np.states[0])) return byHead;
    }
    if (h.role) {
      const withRole = mostRecent((d) => d.type === 'PER' && d.roles.some((x) => x.role === h.role && (!np.states.length || x.of === np.states[0])));
      if (withRole) return withRole.id;
    }
    return null;
  }
  if (h.type === 'GPE') {
    if (h.direction) {
      const dir = r.lang === 'de' ? (h.direction === 'north' ? 'Nord' : 'Süd') : h.direction === 'north' ? 'North' : 'South';
      return mostSalient((d) => d.kb?.kind === 'country' && (d.name.startsWith(h.direction === 'north' ? 'North' : 'South') || d.kb.names.some((x) => x.startsWith(dir))))?.id ?? null;
    }
    if (np.region) return mostSalient((d) => d.kb?.kind === 'country' && (d.kb.region ?? '').split('|').includes(np.region!))?.id ?? null;
    if (np.states.length) return null;
    if (/^(land|landes|country|nation|staat|staates)$/.test(np.headWord)) return mostSalient((d) => d.kb?.kind === 'country')?.id ?? null;
    return headMemo.get(np.headWord) ?? null;
  }
  const byHead = headMemo.get(np.headWord);
  if (byHead) return byHead;
  if (h.type === 'ORG' && (np.definite || np.possessive) && /organisation|organization|gremium|body/.test(np.headWord)) return mostRecent((d) => d.type === 'ORG')?.id ?? null;
  return null;
}

function lastBefore(v: DocView, cl: Clustering, d: Draft, at: number): number {
  let last = -1;
  for (const x of d.descs) if (x.start < at && x.start > last) last = x.start;
  return Math.max(last, d.last < at ? d.last : firstBefore(d, at));
  void v;
  void cl;
}

function firstBefore(d: Draft, at: number): number {
  return d.first < at ? d.first : -1;
}

function sentStart(v: DocView, i: number): number {
  let k = i;
  while (k > 0 && v.sentence[k - 1] === v.sentence[i]) k--;
  return k;
}

/** German adjectives (inflected, not verbs in -te/-ten) and knowledge-base adjectives. */
function adjLike(r: DescResources, v: DocView, k: number): boolean {
  const l = v.lower[k]!;
  if (!/^\p{Ll}/u.test(v.texts[k]!) || r.lex.stopWords.has(l) || r.lex.determiners.has(l)) return false;
  if (r.lang === 'de') return /(e|en|er|es|em)$/.test(l) && !/(te|ten|tet)$/.test(l) || /(ische[nmrs]?|isch)$/.test(l);
  return !r.lex.determiners.has(l);
}

function adjOwned(cands: readonly Cand[], cl: Clustering, k: number): boolean {
  return cands.some((c, i) => c.from <= k && k < c.to && cl.owner[i] !== null);
}

function isGenitive(v: DocView, k: number, lang: 'de' | 'en'): boolean {
  const t = v.texts[k]!;
  return lang === 'de' ? /s$/.test(t) || t.includes('-') : /[’']s?$/u.test(t) || t.includes('-');
}

function nextIsChainNoun(v: DocView, r: DescResources, a: number, to: number): boolean {
  for (let k = a + 1; k < to; k++) if (headOf(r.lex, v.lower[k]!) || /^\p{Lu}/u.test(v.texts[k]!)) return true;
  return false;
}

function rankAt(v: DocView, lex: ResolveLexicon, k: number, to: number): number {
  for (let len = Math.min(3, to - k); len >= 1; len--) if (lex.ranks.has(v.lower.slice(k, k + len).join(' ')) && v.capital[k]) return len;
  return 0;
}

function stripCase(l: string): string {
  const dash = l.lastIndexOf('-');
  return dash >= 0 ? l.slice(dash + 1) : l;
}

function regionOf(lex: ResolveLexicon, l: string): string | null {
  for (const [stem, region] of lex.regionAdjectives) if (l.startsWith(stem)) return region;
  return null;
}

/** Comparison form of a phrase: lower case, without a leading determiner. */
function normPhrase(v: DocView, lex: ResolveLexicon, from: number, to: number): string {
  let a = from;
  if (lex.determiners.has(v.lower[a]!) && a + 1 < to) a++;
  return v.lower.slice(a, to).join(' ');
}
