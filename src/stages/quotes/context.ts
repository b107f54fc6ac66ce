import type { Doc } from '../../doc/doc.js';
import type { Mention, Token } from '../../doc/types.js';
import { endsInEntry, type QuoteLexicon } from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { moodOf, type Mood } from './subjunctive.js';
import { isCap, isLower, startsUpper } from './case.js';
import { isPossessiveMark } from './possessive.js';

/** A token with its text, as the rules read it. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly kind: Token['kind'];
  readonly sentence: number;
}

/** A mention the speaker rules may pick, with its token range. */
export interface MentionRef {
  readonly index: number;
  readonly mention: Mention;
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly entity: string | undefined;
  /** Entity type when known (the entity's type, else the mention's). */
  readonly type: Mention['type'];
}

/**
 * Per-document working data of the quotes stage: tokens with text, which top-level direct quote
 * each token belongs to, each sentence's token range, the Konjunktiv mood of each token and the
 * usable mentions by sentence. Built once per document, thrown away after.
 */
export class QuoteContext {
  readonly doc: Doc;
  readonly lex: QuoteLexicon;
  readonly toks: Tok[];
  /** Index of the direct quote (in `quotes`) a token lies in, or -1 (marks included). */
  readonly inQuote: Int32Array;
  readonly quotes: QuotedSpan[];
  /** [first, last] token index of each sentence; first > last for an empty sentence. */
  readonly sentTokens: [number, number][];
  /** Konjunktiv mood per token, computed when first asked (most sentences never are). */
  private readonly moodCache: (Mood | undefined)[];
  /** Role-noun gender per token, coded by `roleGender` (antecedent.ts); 0 = not yet computed (asked many times per token). */
  readonly roleCodes: Int8Array;
  /** Mentions per sentence, outer mentions only (an inner name inside a resolved description is dropped). */
  readonly mentionsBySentence: MentionRef[][];
  private readonly bySurface: Map<string, { id: string; type: Mention['type'] }>;
  private readonly types: Map<string, Mention['type']>;
  /** Entities the article names (with at least one alias) and states, not groups it only describes ("Die Demonstranten"). */
  private readonly withName: Set<string>;
  private readonly genders = new Map<string, 'm' | 'f' | null>();
  private readonly memos = new Map<string, unknown>();

  constructor(doc: Doc, lex: QuoteLexicon) {
    this.doc = doc;
    this.lex = lex;
    const text = doc.text;
    this.toks = doc.get('tokens').map((t) => {
      const s = text.slice(t.start, t.end);
      return { start: t.start, end: t.end, text: s, lower: s.toLowerCase(), kind: t.kind, sentence: t.sentence };
    });
    const sentences = doc.get('sentences');
    this.sentTokens = sentences.map(() => [Number.MAX_SAFE_INTEGER, -1] as [number, number]);
    this.toks.forEach((t, i) => {
      const r = this.sentTokens[t.sentence];
      if (!r) return;
      if (i < r[0]) r[0] = i;
      if (i > r[1]) r[1] = i;
    });
    // a quoted name in the speaker or addressee slot ("Die „Frankfurter Allgemeine Zeitung“
    // berichtete", "sagte der „Bild“") is a name, not a direct quote
    this.quotes = findQuotedSpans(text, doc.get('paragraphs'), lex.pairs).filter((q) => !this.isNameQuote(q));
    this.inQuote = new Int32Array(this.toks.length).fill(-1);
    let qi = 0;
    this.toks.forEach((t, i) => {
      while (qi < this.quotes.length && this.quotes[qi]!.close <= t.start) qi++;
      const q = this.quotes[qi];
      if (q && t.start >= q.open && t.end <= Math.max(q.close, q.end)) this.inQuote[i] = qi;
    });
    this.moodCache = new Array<Mood | undefined>(this.toks.length);
    this.roleCodes = new Int8Array(this.toks.length);
    this.mentionsBySentence = sentences.map(() => []);
    const mentions = doc.get('mentions');
    const refs: MentionRef[] = [];
    const bySurface = surfaceIndex(doc);
    this.bySurface = bySurface;
    const entityType = new Map(doc.get('entities').map((e) => [e.id, e.type] as const));
    this.types = entityType;
    // (a state counts even where a passage only describes it: "Das Außenministerium in Manila")
    this.withName = new Set(doc.get('entities').filter((e) => e.aliases.length > 0 || e.type === 'GPE').map((e) => e.id));
    // a dateline or byline ("NEW YORK, March 4 (Reuters) –", which ingestion splits off the paragraph
    // it opens) names no speaker or antecedent
    const paragraphs = doc.get('paragraphs');
    const offZone = new Set<number>();
    sentences.forEach((s, si) => {
      const z = paragraphs[s.paragraph]?.zone;
      if (z === 'dateline' || z === 'byline') offZone.add(si);
    });
    mentions.forEach((m, index) => {
      const first = this.tokenAt(m.start);
      // (a possessor that ends inside its token, "Fiji" of "Fiji's", covers that token; a hyphen
      // compound's first part, "Uno" of "Uno-Mission", names no mention of its own here)
      const before = this.tokenBefore(m.end);
      const possessor = before < first && first >= 0 && isPossessiveMark(lex, doc.text.slice(m.end, this.toks[first]!.end));
      const last = possessor ? first : before;
      if (first < 0 || last < first || first < (this.sentTokens[this.toks[first]!.sentence]?.[0] ?? 0) || offZone.has(this.toks[first]!.sentence)) return;
      let entity = doc.entityOfMention(index);
      let type = entity !== undefined ? entityType.get(entity) ?? m.type : m.type;
      // a name the resolver left alone or typed as no speaker ("Indyk" as MISC) may still name a
      // person, organisation or state of the article: look its surface form up
      if (m.kind === 'name' && (entity === undefined || !SPEAKER_TYPES.has(type))) {
        // (the last-name lookup only for a name-shaped span: a tagger span running over a clause,
        // "The Sudanese ambassador met Secretary of State John Kerry", is no name of Kerry)
        const hit = bySurface.get(norm(m.text)) ?? (nameShaped(m.text, lex.nameParticles) ? bySurface.get(`#${lastWord(m.text)}`) : undefined);
        if (hit) {
          entity = hit.id;
          type = hit.type;
        }
      }
      // "Araqchi told state television": a name the tagger read as a person and the resolver typed as no
      // speaker (MISC), with no other entity of that name, is the person
      if (m.kind === 'name' && entity !== undefined && !SPEAKER_TYPES.has(type) && m.type === 'PER' && nameShaped(m.text, lex.nameParticles)) type = 'PER';
      // "Trade Commissioner Valdis Dombrovskis" tagged as one MISC name: a title before a name is a person
      // "The Chinese Embassy" tagged as a building: an institution speaks
      // ("The prison authority, SNAI, said" typed as a facility: a description headed by an institution noun as well)
      if ((m.kind === 'name' || m.kind === 'description') && !SPEAKER_TYPES.has(type) && lex.institutionNouns.has(this.toks[last]!.lower)) type = 'ORG';
      if (m.kind === 'name' && !SPEAKER_TYPES.has(type) && this.titledName(first, last)) {
        type = 'PER';
        // the person the article names without the title ("Khan" → the person entity)
        const w = lastWord(m.text);
        const hit = bySurface.get(`#${w}`) ?? bySurface.get(w);
        if (hit && hit.type === 'PER') entity = hit.id;
      }
      // "Its secretary-general, Mirza Fakhrul Islam Alamgir, told …" tagged MISC: a name apposed after a comma to a person noun is a person
      if (m.kind === 'name' && !SPEAKER_TYPES.has(type) && nameShaped(m.text, lex.nameParticles) && this.apposedToRole(first, last)) type = 'PER';
      refs.push({ index, mention: m, first, last, entity, type });
    });
    // personal pronouns the resolver did not record are still subjects ("Zugleich verteidigte sie …")
    const covered = new Set<number>();
    for (const r of refs) for (let i = r.first; i <= r.last; i++) covered.add(i);
    this.toks.forEach((t, i) => {
      if (t.kind !== 'word' || covered.has(i) || !lex.pronouns.has(t.lower)) return;
      const mention: Mention = { start: t.start, end: t.end, text: t.text, type: 'PER', kind: 'pronoun', sentence: t.sentence, confidence: 0.5, stage: 'quotes', rule: 'pronoun' };
      refs.push({ index: -1, mention, first: i, last: i, entity: undefined, type: 'PER' });
    });
    // a mention without entity that overlaps one with an entity is tagger noise ("Beijing considers Taiwan")
    // (overlapping mentions share a sentence, so compare within sentences only)
    const bySent = new Map<number, MentionRef[]>();
    for (const r of refs) {
      const k = this.toks[r.first]!.sentence;
      const l = bySent.get(k);
      if (l) l.push(r);
      else bySent.set(k, [r]);
    }
    const noisy = (r: MentionRef): boolean => r.entity === undefined &&
      (bySent.get(this.toks[r.first]!.sentence) ?? []).some((o) => o.entity !== undefined && o.mention.start < r.mention.end && r.mention.start < o.mention.end);
    const clean = refs.filter((r) => !noisy(r));
    refs.length = 0;
    refs.push(...clean);
    // keep outer mentions; of two with the same span (the resolver re-adds refined copies of the
    // tagger's mentions) the one with an entity, else the later one
    const covers = (o: MentionRef, r: MentionRef): boolean => {
      if (o === r || o.mention.start > r.mention.start || o.mention.end < r.mention.end) return false;
      if (o.entity === undefined && r.entity !== undefined) return false;
      const same = o.mention.start === r.mention.start && o.mention.end === r.mention.end;
      if (!same) return true;
      if (o.entity !== undefined && r.entity === undefined) return true;
      return o.index > r.index;
    };
    refs.sort((x, y) => x.mention.start - y.mention.start || y.mention.end - x.mention.end);
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i]!;
      let covered = false;
      // candidates covering r start at or before it; scan the neighbourhood only (spans are short)
      for (let j = i - 1; j >= 0 && !covered && refs[j]!.mention.end > r.mention.start - 200; j--) covered = covers(refs[j]!, r);
      for (let j = i + 1; j < refs.length && !covered && refs[j]!.mention.start === r.mention.start; j++) covered = covers(refs[j]!, r);
      if (covered) continue;
      const list = this.mentionsBySentence[this.toks[r.first]!.sentence];
      if (list) list.push(r);
    }
  }

  /**
   * A short quoted name that stands where a speaker or addressee stands, not quoted speech: at most
   * five words, first and last capitalised, after a determiner (and at most one adjective), and
   * framed as a source — a speech verb, source postposition or hyphen compound right after the
   * closing mark ("„Bild“-Zeitung"), or a speech verb, as-clause word or source preposition right
   * before the determiner ("sagte der „Süddeutschen Zeitung“", "Wie die „Welt“ …", "laut der „Times“").
   */
  private isNameQuote(q: QuotedSpan): boolean {
    const first = this.tokenAt(q.start);
    const last = this.tokenBefore(q.end);
    const open = first - 1;
    if (first < 1 || last < first || last - first > 5 || q.runsOn || q.continued) return false;
    const cap = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'word' && isCap(t);
    if (!cap(this.toks[first]) || !cap(this.toks[last])) return false;
    for (let i = first; i <= last; i++) {
      const t = this.toks[i]!;
      if (t.kind !== 'word' && t.kind !== 'number' && t.text !== '-' && t.text !== '.') return false;
    }
    const s = this.toks[first]!.sentence;
    let d = open - 1;
    const lowerWord = (t: Tok | undefined): boolean => t !== undefined && t.kind === 'word' && isLower(t);
    if (lowerWord(this.toks[d]) && !this.lex.determiners.has(this.toks[d]!.lower) && this.lex.determiners.has(this.toks[d - 1]?.lower ?? '')) d--;
    const det = this.toks[d];
    if (!det || det.sentence !== s || !this.lex.determiners.has(det.lower)) return false;
    const closeTok = this.tokenAt(q.close - 1);
    const after = this.toks[closeTok + 1];
    const after2 = this.toks[closeTok + 2];
    const cueWord = (t: Tok | undefined): boolean => t !== undefined && t.sentence === s && t.kind === 'word' &&
      (this.lex.verbs.has(t.lower) || this.lex.sourcePostpositions.has(t.lower));
    const pre = this.toks[d - 1];
    // the subject before its verb opens the clause ("Die „Frankfurter Allgemeine Zeitung“ berichtete");
    // inside a clause the verb after a quote is verb-final ("hatte die „Zeitenwende“ verkündet")
    const opensClause = pre === undefined || pre.sentence !== s || [',', ':', ';', '(', '–', '—'].includes(pre.text) || this.lex.coordinators.has(pre.lower);
    // or the addressee before the final verb of an as-clause ("…, wie er der „Süddeutschen Zeitung“ sagte")
    let asClause = false;
    for (let k = d - 1; k >= Math.max(0, d - 4) && !asClause; k--) {
      const t = this.toks[k]!;
      if (t.sentence !== s || t.kind !== 'word') break;
      asClause = this.lex.asClauses.has(t.lower);
    }
    if ((cueWord(after) && (opensClause || asClause)) || (after?.text === '-' && cap(after2) && after2?.start === after.end)) return true;
    if (pre === undefined || pre.sentence !== s || pre.kind !== 'word') return false;
    // "Wie die „Welt“ …", "laut der „Times“", "einem Bericht der „Zeit“ zufolge"
    if (this.lex.asClauses.has(pre.lower) || this.lex.sourcePrepositionsByFirst.has(pre.lower) || (this.lex.reportNouns.has(pre.lower) && this.lex.sourceGenitives.has(det.lower))) return true;
    // the addressee after the verb ("sagte der „Süddeutschen Zeitung“, …"): a dative article and
    // the end of the clause; an object of the verb ("lobte die „Waffenbrüderschaft“ als …") stays a quote
    if (d !== open - 1 || after === undefined || after.sentence !== s || ![',', '.', ';', ':'].includes(after.text)) return false;
    // the inverted subject of a frame after the report ("…, berichtete die „Bild“.")
    const before = this.toks[d - 2];
    if (this.lex.verbs.has(pre.lower) && before !== undefined && before.sentence === s && before.text === ',') return true;
    if (!this.lex.addresseeDeterminers.has(det.lower)) return false;
    // the verb comes first, its subject may stand between ("sagte Minister Boris Pistorius der „Welt“")
    for (let k = d - 1; k >= Math.max(0, d - 6); k--) {
      const t = this.toks[k]!;
      if (t.sentence !== s || t.kind !== 'word') return false;
      if (this.lex.verbs.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * Tokens [first, last] are a title and a name: a capitalised word that is a listed role noun (or,
   * in German, a compound ending in one), followed by two or more capitalised words.
   */
  private titledName(first: number, last: number): boolean {
    if (last - first < 2) return false;
    const cap = (t: Tok): boolean => t.kind === 'word' && isCap(t);
    for (let i = first; i <= last - 2; i++) {
      const t = this.toks[i]!;
      if (!cap(t)) return false;
      const role = this.lex.roleNouns.has(t.lower) || (this.lex.grammar.closedCompounds && endsInEntry(t.lower, this.lex.roleNouns, 5));
      if (role) return cap(this.toks[i + 1]!) && (cap(this.toks[last]!) || particleName(this.toks[last]!.text, this.lex.nameParticles)) && !this.lex.roleNouns.has(this.toks[last]!.lower);
    }
    return false;
  }

  /**
   * Tokens [first, last] (two words at least) stand between commas, or a comma and the sentence's end, right after
   * a noun for one person ("the group's executive director, Irungu Houghton."): an apposition naming that person.
   */
  private apposedToRole(first: number, last: number): boolean {
    if (last <= first || !this.isComma(first - 1)) return false;
    const role = this.toks[first - 2];
    const after = this.toks[last + 1];
    if (!role || role.kind !== 'word' || role.sentence !== this.toks[first]!.sentence || !this.lex.roleNouns.has(role.lower)) return false;
    return !after || after.sentence !== role.sentence || after.text === ',' || after.text === '.';
  }

  /**
   * The speaker-capable entity a surface form names (an alias, or a person's unique last name; a
   * single word also as a person's unique first word, for names written family name first: "Cho's
   * office" → Cho Hyun).
   */
  entityBySurface(text: string): string | undefined {
    const k = norm(text);
    return (this.bySurface.get(k) ?? this.bySurface.get(`#${lastWord(text)}`) ?? (k.includes(' ') ? undefined : this.bySurface.get(`^${k}`)))?.id;
  }

  /** Type of an entity of the article. */
  entityType(id: string): Mention['type'] | undefined {
    return this.types.get(id);
  }

  /** Whether the entity is a state or one the article names (it has an alias), not a group it only describes. */
  hasName(id: string): boolean {
    return this.withName.has(id);
  }

  /**
   * Per-document memo of a derived value; while it is being computed the key reads as
   * `pending`, so a recursive lookup of the same key ends there.
   */
  memo<T>(key: string, pending: T, f: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    this.memos.set(key, pending);
    const v = f();
    this.memos.set(key, v);
    return v;
  }

  /**
   * Token i lies in a time expression of the times layer ("vergangene Woche", "am Montag"); false when no time stage
   * ran. The token marks are built once per document.
   */
  inTime(i: number): boolean {
    const marks = this.memo('inTime', new Uint8Array(0), () => {
      const m = new Uint8Array(this.toks.length);
      if (!this.doc.has('times')) return m;
      for (const x of this.doc.get('times')) {
        const f = this.tokenAt(x.start);
        for (let k = f; k >= 0 && k < this.toks.length && this.toks[k]!.start < x.end; k++) m[k] = 1;
      }
      return m;
    });
    return marks[i] === 1;
  }

  /** Per-document memo of an entity's gender (computed by the pronoun resolver). */
  memoGender(id: string, f: () => 'm' | 'f' | null): 'm' | 'f' | null {
    const hit = this.genders.get(id);
    if (hit !== undefined) return hit;
    const g = f();
    this.genders.set(id, g);
    return g;
  }

  /** The organisation a definite description's head noun names ("the bureau" → the one Bureau of the article). */
  entityByHead(text: string): string | undefined {
    return this.bySurface.get(`@${lastWord(text)}`)?.id;
  }

  /** First person (with entity, outside quotes) of the nearest sentence before `si` that names one, within `window` sentences. */
  recentPerson(si: number, window: number): MentionRef | null {
    for (let s = si - 1; s >= Math.max(0, si - window); s--) {
      const m = (this.mentionsBySentence[s] ?? []).find((r) => r.type === 'PER' && r.entity !== undefined && r.mention.kind !== 'pronoun' && this.inQuote[r.first] === -1);
      if (m) return m;
    }
    return null;
  }

  /** Index of the first token starting at or after `offset`, or -1. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.toks.length ? lo : -1;
  }

  /** Index of the last token ending at or before `offset`, or -1. */
  tokenBefore(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Whether token i is a comma outside any direct quote. */
  isComma(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.text === ',' && this.inQuote[i] === -1;
  }

  /** Konjunktiv mood of token i. */
  mood(i: number): Mood {
    const hit = this.moodCache[i];
    if (hit !== undefined) return hit;
    const t = this.toks[i];
    let m: Mood = null;
    if (t && t.kind === 'word') {
      const prev = this.toks[i - 1];
      const next = this.toks[i + 1];
      const prevWord = prev && prev.sentence === t.sentence && prev.kind === 'word' ? prev.lower : '';
      // after a noun that is not the sentence's first word ("Die Industrie brauche Planungssicherheit")
      // an -e form is the verb, whatever follows; before a capitalised word it is otherwise an adjective
      const afterNoun = prev !== undefined && prev.sentence === t.sentence && prev.kind === 'word' && !isLower(prev) &&
        this.toks[i - 2]?.sentence === t.sentence && !this.lex.determiners.has(prev.lower) ||
        // or after a personal pronoun subject ("Er schaffe Arbeitsplätze")
        prev !== undefined && prev.sentence === t.sentence && this.lex.pronouns.has(prev.lower) ||
        // or after a name that opens the sentence ("Moskau finanziere …": the verb slot of a main clause)
        prev !== undefined && prev.sentence === t.sentence && this.opensWithName(i - 1);
      const nextWord = next && next.sentence === t.sentence && next.kind === 'word' ? next.text : '';
      m = moodOf(t.text, prevWord, nextWord, this.lex.subjunctive, afterNoun);
      if (m !== null && this.inIdiom(i)) m = null;
    }
    this.moodCache[i] = m;
    return m;
  }

  /** Whether [a, b] holds a Konjunktiv form outside direct quotes. */
  hasSubjunctive(a: number, b: number): boolean {
    for (let i = a; i <= b; i++) if (this.inQuote[i] === -1 && this.mood(i)) return true;
    return false;
  }

  /** Token k is the last word of a name mention that opens its sentence. */
  private opensWithName(k: number): boolean {
    const s = this.toks[k]!.sentence;
    const start = this.sentTokens[s]?.[0];
    return (this.mentionsBySentence[s] ?? []).some((m) => m.first === start && m.last === k && m.mention.kind === 'name');
  }

  /**
   * The Konjunktiv form at token i belongs to a fixed phrase that reports nothing ("es sei denn",
   * "wie dem auch sei"; at a clause start "sei es …", "Es lebe …"): see subjunctive.json.
   */
  private inIdiom(i: number): boolean {
    const sj = this.lex.subjunctive;
    const w = this.toks[i]!.lower;
    const s = this.toks[i]!.sentence;
    const at = (phrase: readonly string[], clause: boolean): boolean => {
      for (let p = phrase.indexOf(w); p >= 0; p = phrase.indexOf(w, p + 1)) {
        const a = i - p;
        if (!phrase.every((x, k) => this.toks[a + k]?.sentence === s && this.toks[a + k]!.lower === x)) continue;
        const before = this.toks[a - 1];
        if (!clause || !before || before.sentence !== s || this.isComma(a - 1) || before.text === ':' || before.text === '–' || before.text === '—' || before.text === '-') return true;
      }
      return false;
    };
    return sj.idioms.some((x) => at(x, false)) || sj.clauseIdioms.some((x) => at(x, true));
  }

  /** Whether [a, b] holds a zu-/to-infinitive outside direct quotes ("zu verurteilen", "anzupassen"). */
  hasInfinitive(a: number, b: number): boolean {
    for (let i = a; i <= b; i++) {
      if (this.inQuote[i] !== -1) continue;
      const t = this.toks[i]!;
      const n = this.toks[i + 1];
      if (this.lex.infinitiveMarker.has(t.lower) && n && i + 1 <= b && n.kind === 'word' && isLower(n)) return true;
      if (t.kind === 'word' && isLower(t) && this.infixInfinitive(t.lower)) return true;
    }
    return false;
  }

  /** A separable verb with the infinitive marker inside: prefix + marker + at least "-en" ("aufzustocken"). */
  private infixInfinitive(w: string): boolean {
    if (!w.endsWith('n')) return false;
    for (const p of this.lex.separablePrefixes) {
      if (!w.startsWith(p)) continue;
      for (const m of this.lex.infinitiveMarker) if (w.startsWith(m, p.length) && w.length >= p.length + m.length + 3) return true;
    }
    return false;
  }

  /** Number of word tokens in [a, b]. */
  words(a: number, b: number): number {
    let n = 0;
    for (let i = a; i <= b; i++) if (this.toks[i]!.kind === 'word' || this.toks[i]!.kind === 'number') n++;
    return n;
  }
}

/** Entity types that can speak. */
export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'GPE']);

const norm = (x: string): string => x.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
const lastWord = (x: string): string => norm(x).split(' ').pop() ?? '';
/** A name particle joined by a hyphen to a capitalised name ("al-Mashhadani", "el-Sisi"). */
const particleName = (w: string, particles: ReadonlySet<string>): boolean => {
  const h = w.indexOf('-');
  return h > 0 && particles.has(w.slice(0, h)) && startsUpper(w.slice(h + 1));
};
/** At most four words, each capitalised or a name particle of the lexicon ("Ursula von der Leyen", "Mahmoud al-Mashhadani"). */
const nameShaped = (x: string, particles: ReadonlySet<string>): boolean => {
  const w = x.trim().split(/\s+/u);
  return w.length <= 4 && w.every((p) => startsUpper(p) || particles.has(p) || particleName(p, particles));
};

/**
 * Surface forms of the article's speaker-capable entities: every alias, and (prefixed "#") the
 * last word of a person's aliases when only one person has it ("Indyk" → Martin Indyk), likewise
 * (prefixed "^") the first word.
 */
function surfaceIndex(doc: Doc): Map<string, { id: string; type: Mention['type'] }> {
  const out = new Map<string, { id: string; type: Mention['type'] }>();
  const lastWords = new Map<string, { id: string; type: Mention['type'] } | null>();
  for (const e of doc.get('entities')) {
    if (!SPEAKER_TYPES.has(e.type)) continue;
    for (const a of [e.name, ...e.aliases]) {
      const k = norm(a);
      if (k && !out.has(k)) out.set(k, { id: e.id, type: e.type });
      if (e.type === 'PER' && k.includes(' ')) {
        const w = `#${lastWord(a)}`;
        const prev = lastWords.get(w);
        lastWords.set(w, prev === undefined || prev?.id === e.id ? { id: e.id, type: e.type } : null);
        const f = `^${k.split(' ')[0]!}`;
        const pf = lastWords.get(f);
        lastWords.set(f, pf === undefined || pf?.id === e.id ? { id: e.id, type: e.type } : null);
      }
    }
  }
  for (const [w, v] of lastWords) if (v) out.set(w, v);
  // "the bureau", "die Behörde": a head noun that occurs in exactly one organisation's name
  const heads = new Map<string, { id: string; type: Mention['type'] } | null>();
  for (const e of doc.get('entities')) {
    if (e.type !== 'ORG') continue;
    for (const a of e.aliases) {
      for (const w of norm(a).split(/[\s-]+/u)) {
        if (w.length < 4) continue;
        const prev = heads.get(`@${w}`);
        heads.set(`@${w}`, prev === undefined || prev?.id === e.id ? { id: e.id, type: e.type } : null);
      }
    }
  }
  for (const [w, v] of heads) if (v) out.set(w, v);
  return out;
}
