import { LagebildError } from '../../errors.js';
import { infixedInfinitive, type InfinitiveCues, type PatternElement, type TriggerEntry } from './lexicon.js';

/** A lexicon entry that matched a run of tokens of one sentence. */
export interface TriggerMatch {
  readonly entry: TriggerEntry;
  /** Token indices (into the sentence's token list) of the first and last matched element. */
  readonly first: number;
  readonly last: number;
  /** Token indices of every matched element, in order. */
  readonly positions: readonly number[];
  /** Characters of the first token before the matched compound head ("US-" of "US-Bombardierung"), 0 when the whole word matched. */
  readonly prefixChars: number;
  /** The pledge a vowed act was retyped from ("vowed to continue the offensive" → THREATEN): its actors stand in when the act names none. */
  readonly via?: TriggerMatch;
  /** A noun of the same act in the verb's clause, dropped for the verb: it stands in when the verb finds no actor. */
  readonly echo?: TriggerMatch;
  /** The accusation whose complement this act is ("accused Tajik forces of shelling villages"): done by the accused, suspected. */
  readonly accusedBy?: TriggerMatch;
}

/** The words of one sentence as the matcher sees them. */
export interface SentenceWords {
  /** Lower-cased token texts. */
  readonly words: readonly string[];
  /** Clause number of each token (gaps never cross a clause break). */
  readonly clause: readonly number[];
  /** Token texts as written (for letter case). */
  readonly raw: readonly string[];
}

const PREFIX_KEY = 3;
/** Letters at the end of a compound head by which heads are looked up. */
const HEAD_KEY = 3;

/** The longest separable particle that a pattern may find across a comma ("an", "ab", "auf", "ein", "vor"). */
const PARTICLE_MAX = 4;

/**
 * Whether clause `c` ends in a zu-infinitive ("zu liefern", "anzugreifen"): such a clause has no subject of its
 * own and continues the predicate of the clause before it ("weigerte sich, mit Südkorea zu verhandeln"). One pass over
 * the sentence: callers outside the matcher ask once per match, the matcher itself keeps the answer per sentence
 * ({@link ZuMemo}).
 */
export function zuClause(s: SentenceWords, c: number, inf: InfinitiveCues): boolean {
  if (inf.markers.size === 0 && inf.infixed.length === 0) return false;
  return zuClausesOf(s, inf).has(c);
}

/**
 * The zu-infinitive clauses of the sentence one `match` call reads, computed at the first question: the matcher asks
 * inside the gap loop of every pattern element, and a scan of the whole sentence per question made a sentence cost
 * O(words²). It lives for one call, so no state outlives the sentence.
 */
class ZuMemo {
  private clauses: ReadonlySet<number> | null = null;
  constructor(private readonly s: SentenceWords, private readonly inf: InfinitiveCues) {}

  /** Whether clause `c` of the sentence ends in a zu-infinitive (see {@link zuClause}). */
  has(c: number): boolean {
    if (this.inf.markers.size === 0 && this.inf.infixed.length === 0) return false;
    this.clauses ??= zuClausesOf(this.s, this.inf);
    return this.clauses.has(c);
  }
}

/** The clauses whose last letter-word is a lower-case zu-infinitive, in one pass over the sentence. */
function zuClausesOf(s: SentenceWords, inf: InfinitiveCues): Set<number> {
  const last = new Map<number, number>();
  for (let k = 0; k < s.words.length; k++) if (/^\p{L}/u.test(s.raw[k]!)) last.set(s.clause[k]!, k);
  const out = new Set<number>();
  for (const [c, k] of last) {
    if (k < 1 || !/^\p{Ll}/u.test(s.raw[k]!)) continue;
    if (inf.markers.has(s.words[k - 1]!) || infixedInfinitive(inf, s.words[k]!)) out.add(c);
  }
  return out;
}

/** The part of a hyphenated compound after its last hyphen ("us-bombardierung" → "bombardierung"), or null. */
export function compoundHead(w: string): string | null {
  const i = w.lastIndexOf('-');
  return i > 0 && i < w.length - 1 ? w.slice(i + 1) : null;
}

function elementMatches(el: PatternElement, w: string): boolean {
  if (el.exact.has(w)) return true;
  for (const p of el.prefixes) if (w.startsWith(p)) return true;
  for (const s of el.suffixes) if (w.endsWith(s)) return true;
  return false;
}

/**
 * Finds every trigger entry that matches in a sentence. The first element of each entry is looked up
 * in hash maps (exact forms, 3-letter keys of stems, a short list of compound heads), so the cost per
 * token does not grow with the lexicon; later elements are checked left to right with bounded gaps,
 * taking the nearest fit (no backtracking).
 */
export class TriggerMatcher {
  private readonly exact = new Map<string, TriggerEntry[]>();
  private readonly stems = new Map<string, { stem: string; entry: TriggerEntry }[]>();
  private readonly heads: { head: string; entry: TriggerEntry }[] = [];
  /** Compound heads by their last `HEAD_KEY` letters, in lexicon order (a word is tested only against heads it can end in). */
  private readonly headsByEnd = new Map<string, { head: string; entry: TriggerEntry }[]>();

  /**
   * `inf`: the language's infinitive particle, across whose clause break a pattern's gap may run (none by default).
   * `bracket`: the language closes a main clause with the second part of its verb (German: the separable particle, "nahm
   * … fest", or the participle or infinitive after an auxiliary), so a verb pattern's last element is also found beyond
   * its gap when it is the clause's last word (the middle field has no length limit: "Die Polizei nahm am Samstag in
   * Belgrad nach Angaben des Ministeriums 37 Demonstranten fest").
   */
  constructor(entries: readonly TriggerEntry[], private readonly inf: InfinitiveCues = { markers: new Set(), infixed: [] }, private readonly bracket = false) {
    for (const e of entries) {
      const el = e.elements[0]!;
      for (const w of el.exact) push(this.exact, w, e);
      for (const p of el.prefixes) {
        if (p.length < PREFIX_KEY) throw new LagebildError('RESOURCE_INVALID', `trigger ${e.id}: stem "${p}*" shorter than ${PREFIX_KEY} letters`, 'event-triggers.json');
        push(this.stems, p.slice(0, PREFIX_KEY), { stem: p, entry: e });
      }
      for (const s of el.suffixes) this.heads.push({ head: s, entry: e });
    }
    for (const h of this.heads) {
      if (h.head.length < HEAD_KEY) throw new LagebildError('RESOURCE_INVALID', `trigger ${h.entry.id}: compound head "*${h.head}" shorter than ${HEAD_KEY} letters`, 'event-triggers.json');
      push(this.headsByEnd, h.head.slice(-HEAD_KEY), h);
    }
  }

  /** Every match in the sentence, in token order. */
  match(s: SentenceWords): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    const seen: TriggerEntry[] = [];
    const zu = new ZuMemo(s, this.inf);
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      seen.length = 0;
      this.candidates(w, 0, seen, s, i, out, zu);
      const head = compoundHead(w);
      if (head !== null) this.candidates(head, w.length - head.length, seen, s, i, out, zu);
    }
    return out;
  }

  /** Tries every entry whose first element fits `w` (each entry once per token; `seen` is tiny, so a list beats a set). */
  private candidates(w: string, prefixChars: number, seen: TriggerEntry[], s: SentenceWords, i: number, out: TriggerMatch[], zu: ZuMemo): void {
    const exact = this.exact.get(w);
    if (exact) {
      for (const e of exact) {
        if (seen.includes(e)) continue;
        seen.push(e);
        this.extend(e, s, i, prefixChars, out, zu);
      }
    }
    const stems = w.length >= PREFIX_KEY ? this.stems.get(w.slice(0, PREFIX_KEY)) : undefined;
    if (stems) {
      for (const { stem, entry } of stems) {
        if (!w.startsWith(stem) || seen.includes(entry)) continue;
        seen.push(entry);
        this.extend(entry, s, i, prefixChars, out, zu);
      }
    }
    // a compound head leaves the rest of the word as a prefix ("us-" of "us-militäreinsatz"); the letter case is
    // that of the word the head closes, not of the head: a German noun compound is capitalised at its start and its
    // head is lower-case inside it ("Wirtschaftssanktionen"), so the case is read after the last hyphen before the
    // head, or at the token's first letter
    const heads = w.length >= HEAD_KEY ? this.headsByEnd.get(w.slice(-HEAD_KEY)) : undefined;
    if (heads) for (const { head, entry } of heads) {
      if (w.length < head.length || !w.endsWith(head) || seen.includes(entry)) continue;
      seen.push(entry);
      const at = w.length - head.length;
      this.extend(entry, s, i, prefixChars + at, out, zu, prefixChars + w.lastIndexOf('-', at - 1) + 1);
    }
  }

  /**
   * Matches entry `e` from token `start`; `caseAt` is the character of that token whose letter case the entry's
   * `letterCase` is checked against (the start of the matched word part); `zu` answers for the sentence's zu-infinitives.
   */
  private extend(e: TriggerEntry, s: SentenceWords, start: number, prefixChars: number, out: TriggerMatch[], zu: ZuMemo, caseAt = prefixChars): void {
    if (e.letterCase !== null) {
      const c = s.raw[start]!.charAt(caseAt);
      const upper = c !== c.toLowerCase();
      if (upper !== (e.letterCase === 'upper')) return;
    }
    const positions = [start];
    let pos = start;
    let own = s.clause[start]!;
    for (let k = 1; k < e.elements.length; k++) {
      const el = e.elements[k]!;
      let found = -1;
      let opened = false;
      for (let j = pos + 1; j <= pos + 1 + el.gapBefore && j < s.words.length; j++) {
        // an element that names the word opening the next clause carries the pattern into that clause ("warnte, dass
        // Polen reagieren werde": "… dass …"); the later elements then stay in it
        opened = s.clause[j] === own + 2 && s.clause[j - 1] === own + 1 && elementMatches(el, s.words[j]!);
        if (s.clause[j] === own + 1 && s.clause[j + 1] === own + 2 && elementMatches(el, s.words[j + 1] ?? '')) continue;
        // a gap stays in its clause, except across one break (its own clause number) into a zu-infinitive right
        // after it, which continues the predicate ("weigerte sich, mit Südkorea zu verhandeln")
        if (s.clause[j] !== own && !opened && !(s.clause[j]! <= own + 2 && zu.has(own + 2))) break;
        // (a short last element in that infinitive clause with a word after it is a preposition there, no particle of the
        // verb before the comma: "drohte, die Lieferungen an Bulgarien einzustellen" does not read "drohte … an")
        if (k === e.elements.length - 1 && s.clause[j] !== own && s.words[j]!.length <= PARTICLE_MAX && s.clause[j + 1] === s.clause[j] && /^\p{L}/u.test(s.raw[j + 1] ?? '')) continue;
        if (elementMatches(el, s.words[j]!)) {
          found = j;
          break;
        }
      }
      if (found < 0 && this.bracket && e.pos === 'verb' && k === e.elements.length - 1) found = closingParticle(el, s, pos + 2 + el.gapBefore, own);
      if (found < 0) return;
      if (opened) own = s.clause[found]!;
      positions.push(found);
      pos = found;
    }
    out.push({ entry: e, first: start, last: pos, positions, prefixChars });
  }
}

/**
 * The position of the word closing clause `own` (the word after it, if any, is punctuation or in another clause) when it
 * matches `el`, searched from `from` on within that clause; -1 otherwise.
 */
function closingParticle(el: PatternElement, s: SentenceWords, from: number, own: number): number {
  for (let j = from; j < s.words.length && s.clause[j] === own; j++) {
    const closes = j + 1 >= s.words.length || s.clause[j + 1] !== own || !/^\p{L}/u.test(s.raw[j + 1] ?? '');
    if (closes) return elementMatches(el, s.words[j]!) ? j : -1;
  }
  return -1;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
