import type { EntityType, RoleFact } from '../../doc/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { entityIdFor, normaliseName } from '../../kb/normalise.js';
import type { KbEntity, KbKind } from '../../kb/types.js';
import { stateOf, type Cand } from './candidates.js';
import { aliasCueAfter, headOf, nameGenitiveBase, type ResolveLexicon } from './lexicon.js';
import { OPENING_QUOTE, type DocView } from './view.js';

/** An entity while a document is resolved. */
export interface Draft {
  readonly id: string;
  type: EntityType;
  name: string;
  readonly wikidata: string | null;
  readonly kb: KbEntity | null;
  /** The state the entity belongs to or acts for (itself for a state). */
  state: string | null;
  /** Candidate indices (names and adjectives) in text order. */
  readonly cands: number[];
  /** Descriptions: character spans with their text; a `variant` is another written form of a description kept as a mention (listed, no mention of its own). */
  readonly descs: { start: number; end: number; sentence: number; text: string; rule: string; variant?: boolean }[];
  readonly roles: RoleFact[];
  /** Lower-case description heads seen for this entity ("außenminister"). */
  readonly heads: Set<string>;
  /** Character offset of the first and of the latest mention. */
  first: number;
  last: number;
  count: number;
  /** Normalised surnames (PER) for short-form matching: the last name, and for family-first names also the first ("Hong Min", "Pham Thu Hang"). */
  surnames: string[];
  rule: string;
  /** The knowledge-base kind when the draft was made from a knowledge-base entry by that entry (published as `Entity.kbKind`). */
  readonly kbKind: KbKind | null;
  /** Cache of the normalised name (see `normOf`). */
  norm?: { name: string; key: string };
}

/** The entities of one document, with the owner of every candidate. */
export interface Clustering {
  readonly drafts: Map<string, Draft>;
  /** Entity id of each candidate (or null when dropped). */
  readonly owner: (string | null)[];
  /** Entity id of each token that is part of a name or adjective mention. */
  readonly tokenEntity: (string | null)[];
  /** The lower-case words of each candidate's text (split at spaces and hyphens), computed once for the reference passes. */
  readonly candWords: readonly (readonly string[])[];
}

/** What clustering needs from the stage. */
export interface ClusterResources {
  readonly kb: KnowledgeBase;
  readonly lex: ResolveLexicon;
  /** Knowledge-base entities by normalised name (transliteration-aware). */
  readonly byNorm: ReadonlyMap<string, KbEntity>;
  /** Normalised East Asian family names ("nguyen"): a two-word name ending in one ("Tau Nguyen") is also called by its first word. */
  readonly familyNorm?: ReadonlySet<string>;
}

const active = (e: KbEntity, date: string | null): boolean =>
  date !== null && e.roles.some((r) => (r.from ?? '0000') <= date && (r.to === null || r.to === undefined || r.to >= date));

/**
 * Groups candidates into entities in text order: knowledge-base matches by id (ambiguous short
 * forms such as "Kim" go to the most salient candidate at that point), capitals and seats to their
 * state unless the place itself is meant, unknown names by their normalised form, surnames to the
 * latest person with that surname (two people who share a surname stay two entities).
 */
export function cluster(v: DocView, cands: readonly Cand[], r: ClusterResources, published: string | null): Clustering {
  const drafts = new Map<string, Draft>();
  const owner: (string | null)[] = cands.map(() => null);
  const tokenEntity: (string | null)[] = new Array<string | null>(v.texts.length).fill(null);
  // how often each knowledge-base entity is named in full in the whole document (forward evidence for "Kim" in a headline)
  const fullCount = new Map<string, number>();
  for (const c of cands) for (const h of c.hits) if (h.form === 'name' && c.hits.length === 1) fullCount.set(h.entity.id, (fullCount.get(h.entity.id) ?? 0) + 1);
  let lastCitySense = -10;

  const ensure = (id: string, make: () => Draft): Draft => {
    let d = drafts.get(id);
    if (!d) {
      d = make();
      drafts.set(id, d);
    }
    return d;
  };
  const fromKb = (e: KbEntity): Draft => ensure(e.id, () => ({
    id: e.id, type: e.type, name: e.name, wikidata: e.wikidata, kb: e, state: stateOf(e), cands: [], descs: [], roles: [...e.roles], heads: new Set(),
    first: Infinity, last: -1, count: 0, surnames: e.kind === 'actor' ? (e.short.length ? e.short : [e.name.split(' ').at(-1) ?? e.name]).map(normaliseName) : [], rule: `kb:${e.kind}`, kbKind: e.kind,
  }));
  const assign = (ci: number, d: Draft): void => {
    const c = cands[ci]!;
    owner[ci] = d.id;
    d.cands.push(ci);
    d.first = Math.min(d.first, c.start);
    d.last = c.start;
    d.count++;
    for (let k = c.from; k < c.to; k++) if (tokenEntity[k] === null) tokenEntity[k] = d.id;
  };

  const alt = alternativeNames(v, cands, r.lex);
  // ids of the alternative names given so far, so that a later bare use of one ("the ELN" after
  // "National Liberation Army (ELN)") joins the entity it named rather than making a second one
  const altIds = new Map<string, Draft>();
  const acronymIds = new Set<string>();
  cands.forEach((cand, ci) => {
    let c = cand;
    const same = alt.get(ci);
    const sameDraft = same !== undefined && owner[same] ? drafts.get(owner[same]!) : undefined;
    if (sameDraft && !c.hits.length) {
      const altText = v.doc.text.slice(c.start, c.end).replace(/[’']s?$/u, '');
      const altId = entityIdFor(altText);
      if (!altIds.has(altId)) altIds.set(altId, sameDraft);
      if (/^\p{Lu}{2,6}$/u.test(altText)) acronymIds.add(altId);
      assign(ci, sameDraft);
      return;
    }
    if (c.fixed) {
      const f = c.fixed;
      const d = ensure(f.id, () => ({ id: f.id, type: f.type, name: f.name, wikidata: r.kb.get(f.id)?.wikidata ?? null, kb: r.kb.get(f.id) ?? null, state: f.state, cands: [], descs: [], roles: [], heads: new Set(), first: Infinity, last: -1, count: 0, surnames: [], rule: c.source, kbKind: null }));
      assign(ci, d);
      return;
    }
    // a bare surname of a known actor needs support: the full name in the article or an office held at its date
    const hits = c.hits.filter((h) => h.form !== 'short' || h.entity.kind !== 'actor' || (fullCount.get(h.entity.id) ?? 0) > 0 || drafts.has(h.entity.id) || published === null || active(h.entity, published));
    if (c.hits.length && !hits.length) {
      c = { ...c, hits: [], type: 'PER' };
    } else if (hits.length < c.hits.length) c = { ...c, hits };
    if (c.hits.length) {
      let e = pick(c, drafts, fullCount, published);
      if (c.kind === 'adjective' || c.hits.every((h) => h.form === 'adjective')) {
        let st = e.kind === 'country' || e.kind === 'place' || e.kind === 'city' ? e : r.kb.get(stateOf(e) ?? '') ?? e;
        // "die Moskauer Führung": the adjective of a capital before a government word is the state
        const next = c.to < v.texts.length ? v.lower[c.to]! : '';
        if (st.kind === 'city' && st.seat && st.state && (r.lex.governmentWords.has(next) || [...r.lex.governmentWords].some((g) => g.length > 5 && next.endsWith(g)))) st = r.kb.get(st.state) ?? st;
        assign(ci, fromKb(st));
        return;
      }
      if ((e.kind === 'city' || e.seat) && e.state && r.kb.get(e.state)) {
        const place = placeSense(v, c, r.lex, lastCitySense);
        if (place) {
          lastCitySense = c.to;
          assign(ci, fromKb(e));
        } else {
          // (a seat that acts for a body other than its state: "Brüssel" for the EU)
          e = (e.actsFor ? r.kb.get(e.actsFor) : undefined) ?? r.kb.get(e.state)!;
          assign(ci, fromKb(e));
        }
        return;
      }
      assign(ci, fromKb(e));
      return;
    }
    // names the knowledge base does not know
    const text = v.doc.text.slice(c.start, c.end).replace(/[’']s?$/u, '');
    const norm = normaliseName(text);
    const kbe = r.byNorm.get(norm);
    if (kbe) {
      assign(ci, fromKb(kbe));
      return;
    }
    const words = norm.split(' ');
    const linked = linkToEarlier(v, r.lex, c, norm, words, drafts);
    if (linked) {
      assign(ci, linked);
      return;
    }
    const id = entityIdFor(text);
    const existing = drafts.get(id) ?? altIds.get(id);
    if (existing) {
      assign(ci, existing);
      return;
    }
    const d = ensure(id, () => ({
      id, type: c.type, name: text, wikidata: null, kb: null, state: null, cands: [], descs: [], roles: [], heads: new Set(),
      first: Infinity, last: -1, count: 0, surnames: c.type === 'PER' && words.length > 1 ? surnamesOf(words, c.source === 'family-first' || (words.length === 2 && !!r.familyNorm?.has(words[1]!))) : [], rule: c.source, kbKind: null,
    }));
    assign(ci, d);
  });
  mergeForward(drafts, owner, tokenEntity, cands);
  // an alternative name used before it was introduced (a headline's "ELN" before the body's
  // "National Liberation Army (ELN)") is the entity it names
  for (const [altId, target] of altIds) {
    const early = drafts.get(altId);
    if (early && early !== target && !early.kb && early.type !== 'PER' && drafts.get(target.id) === target) mergeInto(drafts, early, target, owner, tokenEntity, cands);
  }
  // an organisation the text abbreviates in parentheses is known by its abbreviation ("eln", as
  // "dpa" or "nato"), which stays the same whether or not the full name is found whole
  let out = drafts;
  for (const [altId, target] of altIds) {
    if (!acronymIds.has(altId) || target.kb || target.type !== 'ORG' || out.get(target.id) !== target || out.has(altId)) continue;
    const renamed: Draft = { ...target, id: altId };
    out = new Map([...out].map(([k, d]) => (d === target ? [altId, renamed] : [k, d])));
    for (let ci = 0; ci < owner.length; ci++) if (owner[ci] === target.id) owner[ci] = altId;
    for (let k = 0; k < tokenEntity.length; k++) if (tokenEntity[k] === target.id) tokenEntity[k] = altId;
  }
  const candWords = cands.map((c) => v.doc.text.slice(c.start, c.end).toLowerCase().split(/[\s-]+/u));
  return { drafts: out, owner, tokenEntity, candWords };
}

/** The normalised name of an entity, computed once and kept on the draft. */
function normOf(d: Draft): string {
  if (d.norm === undefined || d.norm.name !== d.name) d.norm = { name: d.name, key: normaliseName(d.name) };
  return d.norm.key;
}

/** Short forms of a person's name: the last word (initials aside), and the first word of a family-first name. */
function surnamesOf(words: readonly string[], familyFirst: boolean): string[] {
  const last = words.filter((w) => w.length > 1).at(-1) ?? words[words.length - 1]!;
  return familyFirst ? [...new Set([words[0]!, last])] : [last];
}

/**
 * An earlier entity an unknown name refers to: a person whose surname it is (the latest one, so
 * that two people sharing a surname stay apart and each later mention goes to the nearer one;
 * a name genitive "Moncadas" too), an earlier name it ends ("Datu Cabaylo" after "BRP Datu
 * Cabaylo"), or a place name it begins ("Thitu" after "Thitu Island").
 */
function linkToEarlier(v: DocView, lex: ResolveLexicon, c: Cand, norm: string, words: readonly string[], drafts: ReadonlyMap<string, Draft>): Draft | null {
  let best: Draft | null = null;
  const raw = v.doc.text.slice(c.start, c.end);
  const acronym = /^\p{Lu}{2,6}$/u.test(raw) ? raw.toLowerCase() : null;
  const syllabic = /^\p{Lu}{4,10}$/u.test(raw) ? raw.toLowerCase() : null;
  // the genitive is normalised without its ending ("Kipianis" → the form of "Kipiani", whose final i the normaliser spells y)
  const genBase = words.length === 1 ? nameGenitiveBase(lex, raw) : null;
  const genitive = genBase !== null ? normaliseName(genBase) : null;
  for (const d of drafts.values()) {
    let ok = false;
    if (words.length === 1 && d.type === 'PER' && (d.surnames.includes(norm) || (genitive !== null && d.surnames.includes(genitive)))) ok = true;
    // a multi-word surname ("Bin Laden" after "Osama bin Laden")
    else if (words.length >= 2 && d.type === 'PER' && !d.kb && normOf(d).endsWith(' ' + norm)) ok = true;
    // an acronym of an earlier name ("ICC" after "International Criminal Court"), also of its syllables ("CENTCOM" after
    // "U.S. Central Command", "EUCOM" after "U.S. European Command")
    else if (acronym && d.type !== 'PER' && initials(d.name) === acronym) ok = true;
    else if (syllabic && d.type === 'ORG' && spelledBySyllables(d.name, syllabic)) ok = true;
    else if (!d.kb && d.type !== 'PER') {
      const dn = normOf(d);
      if (dn !== norm && words.length >= 2 && dn.endsWith(' ' + norm)) ok = true;
      if (dn !== norm && d.type === 'LOC' && dn.startsWith(norm + ' ') && dn.split(' ').length === words.length + 1) ok = true;
      // a company's name without its organisation keywords ("Navitas" after "Navitas Petroleum", "Zijin" after "Zijin
      // Mining Group"), when the short form is typed no person or place ("Sinaloa" after "the Sinaloa Cartel")
      if (dn !== norm && d.type === 'ORG' && (c.type === 'ORG' || c.type === 'MISC') && dn.startsWith(norm + ' ') && keywordTail(lex, d.name, words.length)) ok = true;
    }
    if (ok && (!best || d.last > best.last)) best = d;
  }
  // a person's given name alone ("Ingrid said" after "Ingrid Volkova"), when one person named before has it and no one
  // has it as a surname
  if (!best && words.length === 1 && c.type === 'PER') {
    const forms = genitive !== null ? [norm, genitive] : [norm];
    const owners = [...drafts.values()].filter((d) => d.type === 'PER' && d.first < c.start && normOf(d).split(' ').length >= 2 && forms.includes(normOf(d).split(' ')[0]!));
    if (owners.length === 1 && !owners[0]!.surnames.some((s) => forms.includes(s))) return owners[0]!;
  }
  return best;
}

/** Whether the words of `name` after its first `from` are all organisation keywords ("Petroleum", "Mining Group"). */
function keywordTail(lex: ResolveLexicon, name: string, from: number): boolean {
  const tail = name.split(/\s+/u).slice(from);
  return tail.length > 0 && tail.every((w) => lex.typeKeywords.get(w.toLowerCase()) === 'ORG');
}

/**
 * Whether an acronym spells a name by the first letters of its words in order, one word giving two or more ("centcom":
 * CENTral COMmand; "africom": AFRIca COMmand), two words at least; up to two words of the name may give none (a state's
 * abbreviation before it, a connector: "U.S. Africa Command").
 */
export function spelledBySyllables(name: string, acronym: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/u).map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 0);
  const go = (a: number, w: number, used: number, skipped: number, long: boolean): boolean => {
    if (a === acronym.length) return used >= 2 && long && w === words.length;
    if (w >= words.length) return false;
    const word = words[w]!;
    for (let len = Math.min(word.length, acronym.length - a); len >= 1; len--) {
      if (word.slice(0, len) === acronym.slice(a, a + len) && go(a + len, w + 1, used + 1, skipped, long || len >= 2)) return true;
    }
    return skipped < 2 && go(a, w + 1, used, skipped + 1, long);
  };
  return words.length >= 2 && words.length <= 8 && go(0, 0, 0, 0, false);
}

/**
 * Unknown names given as another name of the name before them: in parentheses right after it
 * ("Thitu Island (Jhongye Island, 中業島)"), after ", or" ("Kamandag, or Venom,") or after a cue of
 * `aliasCues` ("…, known as Irro,").
 */
function alternativeNames(v: DocView, cands: readonly Cand[], lex: ResolveLexicon): Map<number, number> {
  const out = new Map<number, number>();
  const endingAt = new Map<number, number>();
  cands.forEach((c, ci) => {
    const t = v.texts;
    // "Abdirahman Mohamed Abdullahi, known as Irro,", "…, genannt Irro": also a person's other name
    // (also with the other name in quotation marks: "known as \"Barbecue\"")
    const q = c.from > 0 && OPENING_QUOTE.test(t[c.from - 1]!) ? 1 : 0;
    const cue = lex.aliasCues.find((w) => aliasCueAfter(lex, v.lower, c.from - q - w.length - 1) === w);
    const named = cue ? endingAt.get(c.from - q - cue.length - 1) : undefined;
    if (named !== undefined && !c.hits.length && v.sentence[cands[named]!.from] === v.sentence[c.from]) {
      out.set(ci, named);
      endingAt.set(c.to, ci);
      return;
    }
    let prev: number | undefined;
    if (t[c.from - 1] === '(') prev = endingAt.get(c.from - 1);
    else if (t[c.from - 1] === ',' && out.has(endingAt.get(c.from - 1) ?? -1)) prev = out.get(endingAt.get(c.from - 1)!);
    else if (v.lower[c.from - 1] === 'or' && t[c.from - 2] === ',' && t[c.to] === ',') prev = endingAt.get(c.from - 2);
    // (a dateline's outlet is no other name of its city: "Bangkok (SRF) –", "LIMA (AFP) -")
    const dateline = prev !== undefined && t[c.from - 1] === '(' && t[c.to] === ')' && /^[-–—]$/u.test(t[c.to + 1] ?? '') && v.startish[cands[prev]!.from];
    if (prev !== undefined && t[c.from - 1] === '(' && !dateline) prev = bracketOwner(v, cands, lex, endingAt, prev, c);
    if (prev !== undefined && !dateline && !c.hits.length && cands[prev]!.type !== 'PER' && c.type !== 'PER') out.set(ci, prev);
    endingAt.set(c.to, ci);
  });
  return out;
}

/**
 * The candidate an abbreviation in brackets names, given the name `prev` right before the bracket. A state's name there
 * owns it only when the abbreviation spells that name; otherwise the state closes a longer organisation's name ("the
 * Front for Change and Concord in Chad (FACT)", "die Front für Wandel und Eintracht im Tschad (FACT)"), and an
 * organisation right before the seat preposition owns it; with none, no one does (a rebel group's abbreviation is no
 * other name of Chad).
 */
function bracketOwner(v: DocView, cands: readonly Cand[], lex: ResolveLexicon, endingAt: ReadonlyMap<number, number>, prev: number, c: Cand): number | undefined {
  const p = cands[prev]!;
  if (!p.hits.length || !p.hits.every((h) => h.entity.kind === 'country')) return prev;
  const surface = v.doc.text.slice(c.start, c.end);
  if (!/^\p{Lu}{2,}$/u.test(surface)) return prev;
  const acronym = surface.toLowerCase();
  const name = v.doc.text.slice(p.start, p.end);
  if (initials(name) === acronym || p.hits.some((h) => initials(h.entity.name) === acronym || h.entity.names.some((a) => a.toLowerCase() === acronym || initials(a) === acronym))) return prev;
  const k = p.from - 1;
  if (k < 1 || !lex.seatPrepositions.has(v.lower[k]!) || v.sentence[k] !== v.sentence[p.from]) return undefined;
  const org = endingAt.get(k);
  return org !== undefined && cands[org]!.type === 'ORG' ? org : undefined;
}

/** Lower-case initials of the capitalised words of a name ("International Criminal Court" → "icc"). */
function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase()).join('');
}

/**
 * Merges a bare surname that came before the full name ("Leavitt stellt …" in a heading, then
 * "Karoline Leavitt") into the one person with that surname, when there is exactly one.
 */
function mergeForward(drafts: Map<string, Draft>, owner: (string | null)[], tokenEntity: (string | null)[], cands: readonly Cand[]): void {
  for (const d of [...drafts.values()]) {
    // (an untyped capitalised word, as in a headline's "after Lai's stopover", is the person whose surname it is)
    if (d.kb || (d.type !== 'PER' && d.type !== 'MISC') || normOf(d).includes(' ')) continue;
    const key = normOf(d);
    const full = [...drafts.values()].filter((x) => x !== d && x.type === 'PER' && x.surnames.includes(key));
    if (full.length !== 1) continue;
    const target = full[0]!;
    for (const ci of d.cands) {
      owner[ci] = target.id;
      target.cands.push(ci);
      for (let k = cands[ci]!.from; k < cands[ci]!.to; k++) if (tokenEntity[k] === d.id) tokenEntity[k] = target.id;
    }
    target.cands.sort((a, b) => a - b);
    target.first = Math.min(target.first, d.first);
    target.count += d.count;
    drafts.delete(d.id);
  }
}

/** Moves every candidate of `from` to `target` and drops `from`. */
function mergeInto(drafts: Map<string, Draft>, from: Draft, target: Draft, owner: (string | null)[], tokenEntity: (string | null)[], cands: readonly Cand[]): void {
  for (const ci of from.cands) {
    owner[ci] = target.id;
    target.cands.push(ci);
    for (let k = cands[ci]!.from; k < cands[ci]!.to; k++) if (tokenEntity[k] === from.id) tokenEntity[k] = target.id;
  }
  target.cands.sort((a, b) => a - b);
  target.first = Math.min(target.first, from.first);
  target.last = Math.max(target.last, from.last);
  target.count += from.count;
  drafts.delete(from.id);
}

/** Among a candidate's knowledge-base readings, the most salient one at this point. */
function pick(c: Cand, drafts: ReadonlyMap<string, Draft>, fullCount: ReadonlyMap<string, number>, published: string | null): KbEntity {
  if (c.hits.length === 1) return c.hits[0]!.entity;
  let best = c.hits[0]!.entity;
  let bestScore = -1;
  for (const h of c.hits) {
    const e = h.entity;
    const d = drafts.get(e.id);
    let s = 0;
    if (d) s += 1000 + d.count * 10;
    s += (fullCount.get(e.id) ?? 0) * 5;
    if (active(e, published)) s += 3;
    if (h.form === 'name') s += 1;
    if (s > bestScore) { best = e; bestScore = s; }
  }
  return best;
}

/**
 * Whether a capital or seat names the place itself rather than its state: after a locative
 * preposition ("nach Moskau", "in Manila", "im Weißen Haus"), in a dateline, after "Hauptstadt",
 * or coordinated with such a place — unless a statement or reaction word around it shows the
 * government acting ("Reaktionen in Kopenhagen", "in Caracas … verurteilt").
 */
function placeSense(v: DocView, c: Cand, lex: ResolveLexicon, lastCitySense: number): boolean {
  const i = c.from;
  if (v.zone[i] === 'dateline' || v.zone[i] === 'byline') return true;
  if (v.startish[i] && c.to < v.texts.length && /^[—–]$/.test(v.texts[c.to]!)) return true;
  // a capital in capitals is a dateline ("KIEW/MOSKAU (AFP) -", "HANOI, Sept 12")
  const surface = v.doc.text.slice(c.start, c.end);
  if (surface.length >= 3 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface)) return true;
  const prev = i > 0 && v.sentence[i - 1] === v.sentence[i] ? v.lower[i - 1]! : '';
  // "der grönländischen Hauptstadt Nuuk", "Khartoum, the capital,"
  if (prev && headOf(lex, prev)?.city) return true;
  const se = v.sentEnd[i]!;
  if (c.to + 1 < se && v.texts[c.to] === ',') {
    const k = lex.determiners.has(v.lower[c.to + 1]!) ? c.to + 2 : c.to + 1;
    if (k < se && headOf(lex, v.lower[k]!)?.city) return true;
  }
  const coordinated = (prev === 'und' || prev === 'and') && lastCitySense === i - 1;
  if (!lex.locativePreps.has(prev) && !coordinated) return false;
  const before = i > 1 && v.sentence[i - 2] === v.sentence[i] ? v.lower[i - 2]! : '';
  if (lex.statementWords.has(before)) return false;
  // "China's embassy in Port Vila said", "der Botschafter in Berlin": a building or a posted office is in the city,
  // whoever speaks
  const bh = before ? headOf(lex, before) : undefined;
  if (bh && (bh.type === 'FAC' || (bh.role !== null && lex.postedRoles.has(bh.role)) || lex.institutions.get(before)?.key === 'embassy')) return true;
  for (let k = c.to; k < v.sentEnd[i]! && k < c.to + 12; k++) {
    if (v.texts[k] === ',' || v.texts[k] === ';') break;
    if (lex.statementWords.has(v.lower[k]!)) return false;
  }
  return true;
}
