import type { EntityType } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { KbHit } from '../../kb/types.js';
import { stateOf, type Cand } from './candidates.js';
import { matchAt, type TokenIndex } from './gazetteer.js';
import { headOf, type ResolveLexicon } from './lexicon.js';
import type { DocView } from './view.js';

/** What the scanner needs besides the document. */
export interface ScanResources {
  readonly kb: KnowledgeBase;
  readonly index: TokenIndex;
  readonly lex: ResolveLexicon;
  /** Lower-case month and weekday words (never names on their own). */
  readonly calendar: ReadonlySet<string>;
  readonly lang: 'de' | 'en';
}

/** Arabic name particles written with a hyphen ("al-Bashir", "bin-Salman"). */
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u;
const isInitial = (s: string): boolean => /^(\p{Lu}\.)+$/u.test(s);
const isAcronym = (s: string): boolean => /^\p{Lu}{2,5}$/u.test(s) && !/^[IVX]+$/.test(s);
const hasCJK = (s: string): boolean => /[\u3400-\u9fff]/u.test(s);

/**
 * Finds name and adjective candidates: knowledge-base matches first (longest match, with
 * hyphen parts, state institutions and regime names), then names the knowledge base does not
 * know (given names, family-first names, a description head before a name, capitalised runs in
 * English, acronyms, tagger mentions), then repeats of names found so far (surnames, second
 * occurrences). Returns candidates sorted by position; `title[i]` marks title and rank phrases.
 */
export function scanCandidates(v: DocView, r: ScanResources, nerMentions: readonly { index: number; start: number; end: number; type: EntityType; kind: string; confidence: number }[]): { cands: Cand[]; title: Int8Array } {
  const n = v.texts.length;
  const title = markTitles(v, r.lex);
  const owner = new Int32Array(n).fill(-1);
  const cands: Cand[] = [];
  const push = (c: Cand): void => {
    cands.push(c);
    for (let k = c.from; k < c.to; k++) owner[k] = cands.length - 1;
  };

  // 1. knowledge base
  for (let i = 0; i < n; ) {
    const m0 = matchAt(r.index, v.texts, v.starts, v.ends, i, v.sentEnd[i]!, v.startish[i]!);
    // a known surname inside a longer unknown name is someone else ("Bill Clinton" without Bill in the base, "Kim Yo Jong")
    const m = m0 && m0.hits.every((h) => h.form === 'short') && partOfLongerName(v, r, m0.from, m0.to) ? null : m0;
    if (m && !(m.to - m.from === 1 && title[i] && !v.capital[i])) {
      const next = m.to < v.sentEnd[i]! ? m.to : -1;
      const actor = m.hits.find((h) => h.entity.kind === 'actor');
      const country = m.hits.find((h) => h.entity.kind === 'country' && h.form === 'name');
      const inst = country && next >= 0 ? institutionAt(v, r.lex, next) : null;
      const regimeWord = next >= 0 ? v.lower[next]!.replace(/[’']s?$/u, '') : '';
      if (actor && next >= 0 && r.lex.regimeWords.has(regimeWord) && stateOf(actor.entity)) {
        const st = r.kb.get(stateOf(actor.entity)!)!;
        push({ from: i, to: next + 1, start: m.start, end: v.starts[next]! + regimeWord.length, sentence: v.sentence[i]!, kind: 'name', source: 'regime', hits: [], type: 'GPE', fixed: { id: st.id, name: st.name, type: st.type, state: st.id }, confidence: 0.9 });
        i = next + 1;
        continue;
      }
      if (inst && country && !inst.inst.description) {
        push(stateCand(v, country, i, m.to, m.start, m.end, 'kb'));
        const st = country.entity;
        cands.push({ from: next, to: inst.to, start: v.starts[next]!, end: v.ends[inst.to - 1]!, sentence: v.sentence[i]!, kind: 'name', source: 'institution', hits: [], type: inst.inst.type, fixed: { id: `${st.id === 'usa' ? 'us' : st.id}-${inst.inst.key}`, name: inst.inst.name.replace('{state}', st.name), type: inst.inst.type, state: st.id }, confidence: 0.9 });
        for (let k = next; k < inst.to; k++) owner[k] = cands.length - 1;
        i = inst.to;
        continue;
      }
      const adjOnly = m.hits.every((h) => h.form === 'adjective');
      push({ from: m.from, to: m.to, start: m.start, end: m.end, sentence: v.sentence[i]!, kind: adjOnly ? 'adjective' : 'name', source: 'kb', hits: m.hits, type: m.hits[0]!.entity.type, confidence: 0.95 });
      i = m.to;
      continue;
    }
    if (v.texts[i]!.includes('-') && v.texts[i]!.length > 2) hyphenParts(v, r, i, push);
    i++;
  }

  // 2. names the knowledge base does not know
  const free = (k: number): boolean => k < n && owner[k] === -1 && !title[k];
  const adjAt = (k: number): boolean => k < n && owner[k]! >= 0 && cands[owner[k]!]!.kind === 'adjective' && cands[owner[k]!]!.to === k + 1;
  for (let i = 0; i < n; i++) {
    if (!free(i) || !v.capital[i]) continue;
    const se = v.sentEnd[i]!;
    const w = v.texts[i]!;
    // given name + capitalised words
    if (r.lex.givenNames.has(w) && i + 1 < se && free(i + 1) && (v.capital[i + 1] || isInitial(v.texts[i + 1]!))) {
      let j = i + 1;
      while (j < se && free(j) && (v.capital[j] || isInitial(v.texts[j]!) || PARTICLE_PREFIX.test(v.texts[j]!) || (r.lex.nameConnectors.has(v.lower[j]!) && v.lower[j] !== 'and' && v.lower[j] !== 'of' && v.lower[j] !== 'for' && v.lower[j] !== 'on' && v.lower[j] !== 'the' && v.lower[j] !== 'für' && j + 1 < se && v.capital[j + 1]))) j++;
      if (r.lang === 'de') j = trimCommonNouns(v, r, i + 1, j);
      if (j > i + 1) {
        push(plain(v, i, j, 'given', 'PER', 0.8));
        i = j - 1;
        continue;
      }
    }
    // family name first: "Hong Min", "Lee Jae-myung"
    if (r.lex.familyFirst.has(w) && i + 1 < se && free(i + 1) && v.capital[i + 1]) {
      let j = i + 2;
      if (j < se && free(j) && v.capital[j] && !(j + 1 < se && v.capital[j + 1])) j++;
      const after = j < se ? v.texts[j]! : '';
      if (j === i + 3 || v.texts[i + 1]!.includes('-') || !/^\p{Lu}/u.test(after)) {
        if (!(r.lang === 'de' && headOf(r.lex, v.lower[i + 1]!))) {
          push(plain(v, i, j, 'family-first', 'PER', 0.7));
          i = j - 1;
          continue;
        }
      }
    }
  }
  // a description head right before an unknown capitalised name: "die Charterfluggesellschaft Nordwind"
  for (let i = 0; i + 1 < n; i++) {
    if (title[i] && !(title[i] === 1 && !v.capital[i])) continue;
    const h = headOf(r.lex, v.lower[i]!);
    if (!h || h.type === 'PER' || h.type === 'GPE') continue;
    const se = v.sentEnd[i]!;
    let j = i + 1;
    const quoted = j < se && /^["„“”»«]$/.test(v.texts[j]!);
    if (quoted) j++;
    const from = j;
    while (j < se && free(j) && v.capital[j] && !headOf(r.lex, v.lower[j]!) && !r.lex.determiners.has(v.lower[j]!) && !r.lex.stopWords.has(v.lower[j]!) && j - from < 3) j++;
    if (r.lang === 'de') j = trimCommonNouns(v, r, from, j);
    if (j > from) push(plain(v, from, j, 'head-apposition', h.type, 0.7));
  }
  // German: an organisation keyword with "für" + a capitalised word: "Institut für Wiedervereinigung"
  for (let i = 0; i + 2 < n; i++) {
    if (!free(i) || !v.capital[i] || !r.lex.nameConnectors.has(v.lower[i + 1]!) || r.lang !== 'de' || v.lower[i + 1] !== 'für') continue;
    const kw = typeKeyword(r.lex, v.lower[i]!, true);
    if (kw !== 'ORG' || !free(i + 2) || !v.capital[i + 2] || i + 2 >= v.sentEnd[i]!) continue;
    push(plain(v, i, i + 3, 'org-name', 'ORG', 0.75));
  }
  // English: runs of capitalised words ("Council on Foreign Relations", "BRP Datu Cabaylo")
  if (r.lang === 'en') {
    const headline = titleCaseSentences(v);
    for (let i = 0; i < n; i++) {
      if (!(free(i) || adjAt(i)) || !v.capital[i] || headline.has(v.sentence[i]!)) continue;
      // a capitalised "The" inside a sentence starts a name ("at The Hague")
      const theName = v.texts[i] === 'The' && !v.startish[i] && i + 1 < v.sentEnd[i]! && free(i + 1) && v.capital[i + 1] && !isStopCap(v, r, i + 1);
      if (isStopCap(v, r, i) && !theName) continue;
      const se = v.sentEnd[i]!;
      let j = i + 1;
      let linked = false;
      while (j < se) {
        if ((free(j) || adjAt(j)) && (v.capital[j] || isInitial(v.texts[j]!) || PARTICLE_PREFIX.test(v.texts[j]!)) && !isStopCap(v, r, j)) { j++; continue; }
        const lw = v.lower[j]!;
        if (free(j) && r.lex.nameConnectors.has(lw) && lw !== 'the' && (lw !== 'and' || linked) && j + 1 < se && free(j + 1) && v.capital[j + 1]) { linked = linked || lw !== 'and'; j++; continue; }
        break;
      }
      let a = i;
      let b = j;
      const tagged = (x: number, y: number): boolean => nerMentions.some((m) => m.kind === 'name' && m.start === v.starts[x] && m.end === v.ends[y - 1]);
      const kw = runKeyword(v, r, a, b);
      // adjectives stay apart unless the name has a keyword ("Philippine Marine Corps")
      if (!kw) {
        while (a < b && adjAt(a)) a++;
        while (b > a && adjAt(b - 1)) b--;
      }
      while (b > a && r.lex.nameConnectors.has(v.lower[b - 1]!)) b--;
      // an organisation's abbreviation before an organisation name belongs to it ("U.N. General Assembly")
      if (kw === 'ORG' && a > 0 && owner[a - 1]! >= 0) {
        const prev = cands[owner[a - 1]!]!;
        if (prev.to === a && prev.from === a - 1 && prev.hits.some((h) => h.entity.kind === 'org') && /^[\p{Lu}.]+$/u.test(v.texts[a - 1]!)) {
          cands[owner[a - 1]!] = { ...prev, to: -1 };
          owner[a - 1] = -1;
          a--;
        }
      }
      if (b <= a) { i = j - 1; continue; }
      const single = b - a === 1;
      const w = v.texts[a]!;
      // a lone capitalised word before a title belongs to the title ("Foreign Office Minister", "Deputy Prime Minister")
      if (single && (v.startish[a] || r.calendar.has(v.lower[a]!) || (w.length > 5 && w === w.toUpperCase()) || (b < n && title[b] && !tagged(a, b)))) { i = j - 1; continue; }
      for (let k = a; k < b; k++) if (owner[k] !== -1) cands[owner[k]!] = { ...cands[owner[k]!]!, to: -1 };
      const tag = nerMentions.find((m) => m.kind === 'name' && m.start === v.starts[a] && m.end === v.ends[b - 1]);
      // after a personal title ("Mayor Vitali Klitschko") a name is a person
      const afterTitle = a > 0 && title[a - 1] === 1 && !kw;
      const type: EntityType = kw ?? (r.lex.givenNames.has(w) || afterTitle || v.texts.slice(a, b).some(isInitial) ? 'PER' : tag ? tag.type : single && isAcronym(w) ? 'ORG' : 'MISC');
      push(plain(v, a, b, 'caps-run', type, 0.6));
      i = j - 1;
    }
  }
  // tagger mentions not covered by the rules above
  for (const m of nerMentions) {
    if (m.kind !== 'name') continue;
    const from = tokenAt(v, m.start);
    let to = from;
    while (to < n && v.ends[to]! <= m.end) to++;
    if (from < 0 || to <= from) continue;
    let clash = false;
    for (let k = from; k < to; k++) if (owner[k] !== -1 || title[k]) clash = true;
    if (clash) continue;
    if (!plausibleTaggerName(v, r, from, to, m.type, m.confidence)) continue;
    push({ ...plain(v, from, to, 'ner', m.type, 0.6), existing: m.index, start: m.start, end: m.end });
  }
  // acronyms (German; English acronyms are runs), also as the first part of a compound ("APEC-Gipfel")
  for (let i = 0; i < n; i++) {
    if (owner[i] !== -1 || r.lex.stopWords.has(v.lower[i]!)) continue;
    const w = v.texts[i]!;
    if (isAcronym(w) && !title[i]) push(plain(v, i, i + 1, 'acronym', 'ORG', 0.6));
    else if (w.includes('-') && isAcronym(w.slice(0, w.indexOf('-'))) && !r.lex.stopWords.has(w.slice(0, w.indexOf('-')).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(w.slice(w.indexOf('-') + 1)) && !r.kb.lookup(w.slice(0, w.indexOf('-'))).length) {
      push({ ...plain(v, i, i + 1, 'acronym', 'ORG', 0.5), end: v.starts[i]! + w.indexOf('-') });
    }
  }
  // parenthesised alternative names: "Thitu Island (Jhongye Island, 中業島)"
  for (let i = 0; i + 1 < n; i++) {
    if (v.texts[i] !== '(' || i === 0 || owner[i - 1] === -1) continue;
    for (let k = i + 1; k < v.sentEnd[i]! && v.texts[k] !== ')'; k++) if (free(k) && hasCJK(v.texts[k]!)) push(plain(v, k, k + 1, 'caps-run', cands[owner[i - 1]!]!.type, 0.5));
  }

  // 3. repeats: surnames and second occurrences of names found by the rules above
  const live = cands.filter((c) => c.to > 0);
  const known = new Map<string, { type: EntityType }>();
  for (const c of live) {
    if (c.hits.length || c.fixed) continue;
    const toks = v.texts.slice(c.from, c.to);
    known.set(toks.join(' '), { type: c.type });
    if (c.type === 'PER' && toks.length > 1) {
      const last = toks[toks.length - 1]!;
      known.set(c.source === 'family-first' ? toks[0]! : last, { type: 'PER' });
    } else if (toks.length > 1 && c.type === 'LOC' && r.lex.typeKeywords.get(toks[toks.length - 1]!.toLowerCase()) === 'LOC') {
      known.set(toks.slice(0, -1).join(' '), { type: c.type });
    } else if (toks.length > 2 && isAcronym(toks[0]!)) {
      known.set(toks.slice(1).join(' '), { type: c.type });
    }
  }
  const out = live;
  const taken = new Int8Array(n);
  for (const c of out) for (let k = c.from; k < c.to; k++) taken[k] = 1;
  for (let i = 0; i < n; i++) {
    if (taken[i] || title[i] || !v.capital[i]) continue;
    for (let len = Math.min(4, v.sentEnd[i]! - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) if (taken[k]) ok = false;
      if (!ok) continue;
      let key = v.texts.slice(i, i + len).join(' ');
      let end = v.ends[i + len - 1]!;
      let hit = known.get(key);
      if (!hit && /[’']s?$/u.test(key)) {
        const bare = key.replace(/[’']s?$/u, '');
        hit = known.get(bare);
        end -= key.length - bare.length;
        key = bare;
      }
      if (!hit && r.lang === 'de' && key.endsWith('s')) {
        hit = known.get(key.slice(0, -1));
        if (hit?.type !== 'PER') hit = undefined;
      }
      if (hit) {
        out.push({ from: i, to: i + len, start: v.starts[i]!, end, sentence: v.sentence[i]!, kind: 'name', source: 'repeat', hits: [], type: hit.type, confidence: 0.6 });
        for (let k = i; k < i + len; k++) taken[k] = 1;
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { cands: out, title };
}

/**
 * Whether a tagger mention is kept. The tagger's German model takes many capitalised common
 * nouns for names; German non-person mentions are kept only when they do not look like
 * nouns (no hyphenated compounds, no noun suffixes, no lower-case words inside) and are confident.
 */
function plausibleTaggerName(v: DocView, r: ScanResources, from: number, to: number, type: EntityType, confidence: number): boolean {
  const first = v.lower[from]!;
  if (!v.capital[from] || r.lex.stopWords.has(first) || r.lex.notNames.has(first) || r.lex.determiners.has(first) || r.lex.possessives.has(first) || r.calendar.has(first.replace(/[’']s$/u, ''))) return false;
  for (let k = from; k < to; k++) if (!v.capital[k] && !r.lex.nameConnectors.has(v.lower[k]!) && !/^\d/.test(v.texts[k]!)) return false;
  if (r.lang === 'en') return true;
  for (let k = from; k < to; k++) {
    if (headOf(r.lex, v.lower[k]!) || /(ung|heit|keit|schaft|tion|ismus|tät|nisse?|ungen|chen|lich)$/.test(v.lower[k]!)) return false;
  }
  // single German words are often nouns: a person needs a confident tagger, anything else a very confident one
  if (type === 'PER') return to - from > 1 || confidence >= 0.95;
  return confidence >= 0.99 && !v.texts.slice(from, to).some((t) => t.includes('-'));
}

/** Sentences written in title case (headlines: most words capitalised), where capitals say nothing. */
function titleCaseSentences(v: DocView): Set<number> {
  const caps = new Map<number, [number, number]>();
  for (let i = 0; i < v.texts.length; i++) {
    if (!/^\p{L}/u.test(v.texts[i]!) || v.texts[i]!.length < 4) continue;
    const s = v.sentence[i]!;
    const e = caps.get(s) ?? [0, 0];
    e[0] += v.capital[i] ? 1 : 0;
    e[1]++;
    caps.set(s, e);
  }
  const out = new Set<number>();
  for (const [s, [c, t]] of caps) if (t >= 3 && c / t > 0.7) out.add(s);
  return out;
}

function plain(v: DocView, from: number, to: number, source: Cand['source'], type: EntityType, confidence: number): Cand {
  // an English possessive is not part of the name ("Luzon’s north coast", "the Philippines’ island")
  const last = v.texts[to - 1]!;
  const cut = /\p{L}[’']s$/u.test(last) ? 2 : /s[’']$/u.test(last) ? 1 : 0;
  return { from, to, start: v.starts[from]!, end: v.ends[to - 1]! - cut, sentence: v.sentence[from]!, kind: 'name', source, hits: [], type, confidence };
}

function stateCand(v: DocView, hit: KbHit, from: number, to: number, start: number, end: number, source: Cand['source']): Cand {
  return { from, to, start, end, sentence: v.sentence[from]!, kind: hit.form === 'adjective' ? 'adjective' : 'name', source, hits: [hit], type: hit.entity.type, confidence: 0.9 };
}

function tokenAt(v: DocView, offset: number): number {
  let lo = 0;
  let hi = v.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < v.starts.length && v.starts[lo]! <= offset ? lo : -1;
}

/** Whether a knowledge-base surname at `[from, to)` is part of a longer name the base does not know. */
function partOfLongerName(v: DocView, r: ScanResources, from: number, to: number): boolean {
  const prev = from > 0 && v.sentence[from - 1] === v.sentence[from] ? v.texts[from - 1]! : '';
  if (prev && r.lex.givenNames.has(prev) && !r.kb.lookup(`${prev} ${v.texts.slice(from, to).join(' ')}`).length) return true;
  if (to - from !== 1 || !r.lex.familyFirst.has(v.texts[from]!)) return false;
  const next = to < v.sentEnd[from]! ? v.texts[to]! : '';
  return /^\p{Lu}\p{Ll}/u.test(next) && !headOf(r.lex, next.toLowerCase()) && !r.kb.lookup(next).length && !r.lex.stopWords.has(next.toLowerCase());
}

/** Marks title, rank and honorific phrases ("Prime Minister", "Major General", "Mr.") by their length at their first token. */
function markTitles(v: DocView, lex: ResolveLexicon): Int8Array {
  const n = v.texts.length;
  const title = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    for (let len = Math.min(lex.maxPhrase, v.sentEnd[i]! - i); len >= 1; len--) {
      const key = len === 1 ? v.lower[i]! : v.lower.slice(i, i + len).join(' ');
      const h = len === 1 ? headOf(lex, key) : lex.heads.get(key);
      // "General Assembly", "Secretary General" of an organisation name are not titles
      const nextKw = i + len < v.sentEnd[i]! && v.capital[i + len] ? lex.typeKeywords.get(v.lower[i + len]!) : undefined;
      if (((h && h.type === 'PER') || lex.ranks.has(key) || lex.honorifics.has(key)) && !(nextKw && nextKw !== 'MISC' && v.capital[i])) {
        for (let k = i; k < i + len; k++) title[k] = 1;
        i += len - 1;
        break;
      }
    }
  }
  return title;
}

/** An institution phrase at token `i` ("Marines", "Coast Guard", "Justizministeriums"). */
function institutionAt(v: DocView, lex: ResolveLexicon, i: number): { to: number; inst: { key: string; name: string; description: boolean; type: EntityType } } | null {
  for (let len = Math.min(3, v.sentEnd[i]! - i); len >= 1; len--) {
    const key = v.lower.slice(i, i + len).join(' ');
    const inst = lex.institutions.get(key) ?? lex.institutions.get(key.replace(/e?s$/, ''));
    if (inst) return { to: i + len, inst: { ...inst, type: /embass/.test(key) ? 'FAC' : 'ORG' } };
  }
  return null;
}

/** Hyphenated compounds: "US-Präsident" (state "US"), "US-Küstenwache" (institution), "Kim-Regime" (state), "Israeli-Palestinian". */
function hyphenParts(v: DocView, r: ScanResources, i: number, push: (c: Cand) => void): void {
  const w = v.texts[i]!;
  const parts = w.split('-');
  if (parts.length < 2) return;
  const first = parts[0]!;
  const rest = parts.slice(1).join('-');
  const base = v.starts[i]!;
  const hits = r.kb.lookup(first);
  const actor = hits.find((h) => h.entity.kind === 'actor');
  if (actor && r.lex.regimeWords.has(rest.toLowerCase()) && stateOf(actor.entity)) {
    const st = r.kb.get(stateOf(actor.entity)!)!;
    push({ from: i, to: i + 1, start: base, end: v.ends[i]!, sentence: v.sentence[i]!, kind: 'name', source: 'regime', hits: [], type: 'GPE', fixed: { id: st.id, name: st.name, type: st.type, state: st.id }, confidence: 0.85 });
    return;
  }
  const country = hits.find((h) => h.entity.kind === 'country' && h.form === 'name');
  const restLower = rest.toLowerCase();
  const inst = r.lex.institutions.get(restLower) ?? r.lex.institutions.get(restLower.replace(/e?s$/, ''));
  if (country && inst && !inst.description) {
    const st = country.entity;
    push({ from: i, to: i + 1, start: base, end: v.ends[i]!, sentence: v.sentence[i]!, kind: 'name', source: 'institution', hits: [], type: 'ORG', fixed: { id: `${st.id === 'usa' ? 'us' : st.id}-${inst.key}`, name: inst.name.replace('{state}', st.name), type: 'ORG', state: st.id }, confidence: 0.85 });
    return;
  }
  // each part that is a state, organisation or adjective, as a part of the token
  let off = 0;
  for (const p of parts) {
    const ph = r.kb.lookup(p).filter((h) => h.entity.kind !== 'actor' && (h.entity.kind === 'country' || h.entity.kind === 'org' || h.form === 'adjective' || h.entity.kind === 'city'));
    if (ph.length && p.length > 1) {
      push({ from: i, to: i + 1, start: base + off, end: base + off + p.length, sentence: v.sentence[i]!, kind: ph.every((h) => h.form === 'adjective') ? 'adjective' : 'name', source: 'hyphen', hits: ph, type: ph[0]!.entity.type, confidence: 0.85 });
    }
    off += p.length + 1;
  }
}

/** German: drop trailing words that look like common nouns (a capitalised word after a name is usually one). */
function trimCommonNouns(v: DocView, r: ScanResources, from: number, to: number): number {
  let j = to;
  while (j > from && (headOf(r.lex, v.lower[j - 1]!) || /(ung|heit|keit|schaft|tion|ismus|tät|nisse?|ungen|chen|lich)$/.test(v.lower[j - 1]!))) j--;
  return j;
}

function typeKeyword(lex: ResolveLexicon, lower: string, compound: boolean): EntityType | undefined {
  const t = lex.typeKeywords.get(lower);
  if (t || !compound) return t;
  for (let i = 1; i <= lower.length - 4; i++) {
    const s = lex.typeKeywords.get(lower.slice(i));
    if (s) return s;
  }
  return undefined;
}

function runKeyword(v: DocView, r: ScanResources, a: number, b: number): EntityType | undefined {
  for (let k = b - 1; k >= a; k--) {
    const t = r.lex.typeKeywords.get(v.lower[k]!);
    if (t) return t;
  }
  return undefined;
}

function isStopCap(v: DocView, r: ScanResources, i: number): boolean {
  const l = v.lower[i]!;
  return r.lex.stopWords.has(l) || r.lex.notNames.has(l) || r.lex.determiners.has(l) || r.lex.possessives.has(l) || r.calendar.has(l.replace(/[’']s$/u, ''));
}
