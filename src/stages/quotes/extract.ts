import type { Doc } from '../../doc/doc.js';
import type { QuoteKind, Span } from '../../doc/types.js';
import { QuoteContext, type MentionRef } from './context.js';
import { findCues, type Cue } from './cues.js';
import type { QuoteLexicon } from './lexicon.js';
import { phraseSpeaker, pickSpeaker, type SpeakerPick } from './speaker.js';

/** A quote as found, before it becomes a `Quote` annotation (kept for evaluation: the speaker span). */
export interface QuoteCandidate {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Entity id of the speaker, or null. */
  readonly speaker: string | null;
  /** The mention the speaker was read from (for span-level evaluation), or null. */
  readonly speakerSpan: Span | null;
  readonly cue: { readonly text: string; readonly start: number; readonly end: number } | null;
  readonly addressee: string | null;
  readonly date: string | null;
  readonly fragment: boolean;
  readonly rule: string;
  readonly confidence: number;
}

interface Attribution {
  speaker: string | null;
  speakerSpan: Span | null;
  cue: Cue | null;
  addressee: string | null;
  /** Token range of the speech frame (for the date). */
  frame: [number, number];
}

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * Finds every direct quote and reported-speech clause of a document and attributes it.
 * Order: reported speech per sentence (speech-verb frames before and after the clause, source
 * prepositions), then direct quotes (frame after, frame before, colon introduction, a cue
 * elsewhere in the sentence, the previous quote's speaker), then German Konjunktiv continuations.
 */
export function extractQuotes(doc: Doc, lex: QuoteLexicon): QuoteCandidate[] {
  const c = new QuoteContext(doc, lex);
  const ex = new Extractor(c);
  return ex.run();
}

class Extractor {
  private readonly c: QuoteContext;
  private readonly cuesBySentence: Cue[][];
  private readonly hasEntities: boolean;
  /** Attribution of the last quote, for pronouns without an entity and for follow-on quotes. */
  private last: { speaker: string | null; speakerSpan: Span | null; sentence: number } | null = null;

  constructor(c: QuoteContext) {
    this.c = c;
    this.cuesBySentence = c.sentTokens.map(([a, b]) => (a <= b ? findCues(c, a, b) : []));
    this.hasEntities = c.doc.get('entities').length > 0;
  }

  run(): QuoteCandidate[] {
    const c = this.c;
    const all: QuoteCandidate[] = [];
    let qi = 0;
    c.sentTokens.forEach(([a, b], si) => {
      if (a > b) return;
      const reported = this.reportedIn(si, a, b);
      const direct: number[] = [];
      while (qi < c.quotes.length && c.quotes[qi]!.open < c.toks[b]!.end) direct.push(qi++);
      // in text order, so that "the last speaker" is always the one before
      const items = [...direct.map((d) => ({ pos: c.quotes[d]!.start, d, q: null as QuoteCandidate | null })),
        ...reported.map((q) => ({ pos: q.start, d: -1, q }))].sort((x, y) => x.pos - y.pos);
      for (const it of items) {
        const q = it.q ?? this.attributeDirect({ qi: it.d });
        if (!q) continue;
        if (!it.q && reported.some((r) => r.start <= q.start && r.end >= q.end)) continue;
        all.push(q);
        if (q.speaker !== null || (!this.hasEntities && q.speakerSpan !== null)) {
          const endSentence = it.q ? si : c.toks[c.tokenBefore(c.quotes[it.d]!.close)]?.sentence ?? si;
          this.last = { speaker: q.speaker, speakerSpan: q.speakerSpan, sentence: endSentence };
        }
      }
    });
    const cont = this.continuations(all);
    // a direct quote inside a reported clause is covered by it (corpus convention)
    const kept = all.filter((q) => q.kind === 'indirect' || !cont.some((r) => r.start <= q.start && r.end >= q.end));
    return [...kept, ...cont].sort((x, y) => x.start - y.start);
  }

  // ---------------------------------------------------------------- reported speech

  private reportedIn(si: number, a: number, b: number): QuoteCandidate[] {
    const c = this.c;
    const out: QuoteCandidate[] = [];
    const cues = this.cuesBySentence[si]!;
    let claimedUntil = a - 1;
    for (const cue of cues) {
      if (cue.first <= claimedUntil) continue;
      if (this.framesDirectQuote(cue, a, b)) continue;
      let found: QuoteCandidate[];
      if (cue.kind === 'source-prep' || cue.kind === 'source-post') found = this.sourcePhrase(si, a, b, cue);
      else {
        // "Wie die Polizei mitteilte, …" / "…, as the ministry said."
        found = cue.kind === 'verb' ? this.asClause(si, a, b, cue, cues) : [];
        // "P, warnte er, da R" is both: the part before the frame and the Konjunktiv tail after it
        if (!found.length) found = this.cueAfter(si, a, b, cue, cues);
        if (!found.length && cue.kind === 'verb') {
          const before = this.cueBefore(si, a, b, cue, cues);
          if (before) found = [before];
        }
      }
      for (const q of found) {
        out.push(q);
        claimedUntil = Math.max(claimedUntil, c.tokenBefore(q.end));
      }
    }
    return out;
  }

  /** A cue right after a direct quote ("…“, sagte X", "…,” said X", "…,” X said") or before "X sagte: „…“" frames that quote. */
  private framesDirectQuote(cue: Cue, a: number, b: number): boolean {
    const c = this.c;
    const commaClauses = c.lex.grammar.commaClauses;
    // after a quote: only punctuation (German "…“, sagte X") or a short subject after a comma
    // (English "…,” X said") between the closing mark and the cue
    let k = cue.first - 1;
    let words = 0;
    while (k >= a && c.inQuote[k] === -1 && words <= 6) {
      const t = c.toks[k]!;
      if (t.kind === 'word' || t.kind === 'number') words++;
      if (TERMINAL.has(t.text) || t.text === ';' || t.text === ':') break;
      k--;
    }
    if (k >= a && c.inQuote[k] !== -1) {
      const q = c.quotes[c.inQuote[k]!]!;
      // only a quote that opens its clause is framed by the cue ("Die Pläne seien „…“, warnte X" is reported speech)
      const open = c.tokenAt(q.open);
      const pre = c.toks[open - 1];
      const opensClause = open <= a || !pre || pre.sentence !== c.toks[open]!.sentence || [':', ',', ';', '–', '—', '-'].includes(pre.text) || (c.inQuote[open - 1] !== -1);
      if (!opensClause) return false;
      const between = c.toks.slice(k + 1, cue.first);
      const commaInside = c.doc.text.slice(q.end, q.close).includes(',');
      const commaFirst = between[0]?.text === ',' || commaInside;
      if (commaClauses ? words === 0 : commaFirst && !between.slice(1).some((t) => t.text === ',')) return true;
    }
    // before a quote: "sagte Leavitt: „…“", "X sagte: …"
    for (let i = cue.last + 1; i <= b; i++) {
      const t = c.toks[i]!;
      if (c.inQuote[i] !== -1) return false;
      if (t.text === ':') return c.inQuote[i + 1] !== undefined && c.inQuote[i + 1] !== -1;
      if (TERMINAL.has(t.text)) return false;
    }
    return false;
  }

  /** "X erklärte, REPORTED." / "X said (that) REPORTED" */
  private cueBefore(si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate | null {
    const c = this.c;
    if (cue.complement === 'none') return null;
    const commaClauses = c.lex.grammar.commaClauses;
    const after = Math.max(cue.last, cue.particle);
    let rs = -1;
    let hasThat = false;
    if (commaClauses) {
      for (let i = after + 1; i <= b; i++) {
        const t = c.toks[i]!;
        if (c.inQuote[i] !== -1) return null;
        // "Der Minister erklärte: Die Lage sei ernst." (no quotation marks after the colon)
        if (t.text === ':' && c.inQuote[i + 1] === -1 && i < b) {
          rs = i + 1;
          break;
        }
        if (t.text === ':' || t.text === ';' || TERMINAL.has(t.text)) return null;
        if (cues.some((o) => o !== cue && o.first === i)) return null;
        if (t.text === ',') {
          rs = i + 1;
          break;
        }
      }
      if (rs < 0) return null;
    } else {
      rs = after + 1;
      for (let i = after + 1; i <= Math.min(b, after + 10); i++) {
        const t = c.toks[i]!;
        if (c.inQuote[i] !== -1 || t.kind === 'punct' && t.text !== '’s') break;
        if (c.lex.complementizers.has(t.lower)) {
          rs = i + 1;
          hasThat = true;
          break;
        }
      }
      if (!hasThat && cue.complement !== 'bare') return null;
    }
    const first = c.toks[rs];
    if (!first) return null;
    if (commaClauses && c.lex.complementizers.has(first.lower)) {
      hasThat = true;
      rs++;
    }
    const f = c.toks[rs];
    if (!f || rs > b) return null;
    if (c.lex.nonReporting.has(f.lower)) return null;
    if (!hasThat && c.lex.infinitiveMarker.has(f.lower)) return null;
    // "in denen …" (relative) or "in a statement" reports nothing; "von den USA … zu verlangen" does
    if (!hasThat && c.lex.prepositions.has(f.lower)) {
      const n = c.toks[rs + 1];
      if (!commaClauses || !n || this.isRelative(rs + 1)) return null;
      if (!c.hasInfinitive(rs, b)) return null;
    }
    // a relative clause ("der in weiten Teilen …", "which …") reports nothing; an article before
    // its noun ("die Beziehungen … seien") opens a reported clause
    if (!hasThat && c.lex.relativePronouns.has(f.lower) && (!commaClauses || this.isRelative(rs))) return null;
    if (!commaClauses && !hasThat && (f.kind === 'punct' || c.lex.infinitiveMarker.has(f.lower))) return null;
    // "the waterway claimed almost entirely by Beijing": a participle with its agent is no report
    if (!commaClauses && !hasThat) for (let i = rs; i <= Math.min(b, rs + 2); i++) if (c.lex.passiveAgent.has(c.toks[i]!.lower)) return null;
    const re = this.reportedEnd(rs, b, cues, cue);
    if (re < rs) return null;
    if (this.allQuoted(rs, re)) return null;
    // German reported clauses are mostly Konjunktiv, but news also reports in the indicative after
    // a plain verb of saying ("Er sagte, die Lage ist ernst"): enough words and no relative opener
    const accept = hasThat || c.hasInfinitive(rs, re) || (cue.complement === 'bare' && (c.words(rs, re) >= 3 && (!commaClauses || c.hasSubjunctive(rs, re) || this.isClauseStart(rs))));
    if (!accept) return null;
    const clauseStart = this.clauseStart(a, cue.first);
    let pick = pickSpeaker(c, si, clauseStart, rs - 1, cue.first, cue.last);
    // "…’s Likud party, which tried … by saying that …": the relative pronoun's antecedent speaks
    for (let i = cue.first - 1; i > a; i--) {
      if (c.inQuote[i] !== -1 || TERMINAL.has(c.toks[i]!.text)) break;
      if (c.isComma(i - 1) && c.lex.relativePronouns.has(c.toks[i]!.lower) && this.isRelative(i)) {
        const ante = [...(c.mentionsBySentence[si] ?? [])].reverse().find((m) => m.last < i - 1 && m.last >= i - 4 && m.entity !== undefined);
        if (ante) pick = { mention: ante, addressee: pick.addressee };
        break;
      }
      if (c.isComma(i)) break;
    }
    return this.candidate('indirect', rs, re, si, cue, pick, [clauseStart, rs - 1], 'reported-after-cue', 0.8);
  }

  /** "REPORTED, sagte X." / "REPORTED, X said." / "REPORTED, so X." */
  private cueAfter(si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate[] {
    const c = this.c;
    const commaClauses = c.lex.grammar.commaClauses;
    let comma = -1;
    if (commaClauses || cue.kind === 'inverted') {
      if (c.isComma(cue.first - 1)) comma = cue.first - 1;
    } else {
      for (let i = cue.first - 1; i >= Math.max(a, cue.first - 14); i--) {
        const t = c.toks[i]!;
        if (c.inQuote[i] !== -1 || TERMINAL.has(t.text) || t.text === ':' || t.text === ';') break;
        if (c.lex.complementizers.has(t.lower) || c.lex.relativePronouns.has(t.lower)) break;
        if (t.text === ',') {
          comma = i;
          break;
        }
      }
      // ", a press kit said" is fine; ", which …" or ", in a statement, …" is not a subject
      const s = c.toks[comma + 1];
      if (comma >= 0 && s && (c.lex.prepositions.has(s.lower) || c.lex.subordinators.has(s.lower))) comma = -1;
    }
    if (comma < 0 || cue.complement === 'none') return [];
    if (!commaClauses && cue.kind === 'verb') {
      // ", X said." / ", said X, a senior fellow …": after the cue only a short adjunct, no that-clause
      let w = 0;
      for (let i = cue.last + 1; i <= b && !c.isComma(i) && !TERMINAL.has(c.toks[i]!.text); i++) {
        if (c.lex.complementizers.has(c.toks[i]!.lower) || c.inQuote[i] !== -1) return [];
        w++;
      }
      if (w > 8) return [];
    }
    // the reported part runs from the clause start to the comma
    const ps = this.clauseStart(a, comma);
    let pe = comma - 1;
    if (pe < ps) return [];
    if (this.allQuoted(ps, pe)) return [];
    // a quote opening the part is the content of the cue ("“Now …” to hold up on …, Indyk said")
    if (!commaClauses && c.inQuote[ps] !== -1) return [];
    if (cues.some((o) => o !== cue && o.first >= ps && o.first < comma && o.kind === 'verb' && o.complement !== 'none')) return [];
    // German: Konjunktiv, or an indicative main clause before an inverted plain speech verb ("…, sagte er")
    const inverted = cue.kind === 'inverted' || cue.complement === 'bare';
    const accept = commaClauses ? c.hasSubjunctive(ps, pe) || (inverted && c.words(ps, pe) >= 4 && this.isClauseStart(ps) && this.hasLowerWord(ps, pe)) : c.words(ps, pe) >= 4;
    if (!accept) return [];
    while (pe > ps && c.toks[pe]!.kind === 'punct' && c.inQuote[pe] === -1) pe--;
    // the speaker frame: after the cue (inversion) or between comma and cue; a further
    // Konjunktiv clause after it (", warnte er, da sie … öffne") is reported speech as well
    let fe = b;
    let tail: [number, number] | null = null;
    for (let i = cue.last + 1; i <= b; i++) {
      if (!c.isComma(i)) continue;
      const re = this.reportedEnd(i + 1, b, cues, cue);
      if (commaClauses && re > i && c.hasSubjunctive(i + 1, re) && !c.lex.relativePronouns.has(c.toks[i + 1]!.lower)) {
        fe = i - 1;
        tail = [i + 1, re];
        break;
      }
    }
    const from = commaClauses || cue.kind === 'inverted' ? cue.last + 1 : comma + 1;
    const pick = pickSpeaker(c, si, from, fe, cue.first, cue.last);
    const out = [this.candidate('indirect', ps, pe, si, cue, pick, [comma + 1, fe], cue.kind === 'inverted' ? 'reported-so' : 'reported-before-cue', 0.8)];
    if (tail) out.push(this.candidate('indirect', tail[0], tail[1], si, cue, pick, [comma + 1, fe], 'reported-after-frame', 0.7));
    return out;
  }

  /** "Wie die Polizei mitteilte, REPORTED." / "REPORTED, wie X sagte." / "As X said, REPORTED." */
  private asClause(si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate[] {
    const c = this.c;
    let w = cue.first - 1;
    while (w >= a && !c.isComma(w) && c.inQuote[w] === -1 && !c.lex.asClauses.has(c.toks[w]!.lower)) w--;
    if (w < a || !c.lex.asClauses.has(c.toks[w]!.lower) || c.inQuote[w] !== -1) return [];
    if (w > a && !c.isComma(w - 1)) return [];
    // the as-clause ends at the next comma or the sentence end
    let e = Math.max(cue.last, cue.particle) + 1;
    while (e <= b && !c.isComma(e) && !TERMINAL.has(c.toks[e]!.text)) e++;
    let rs: number;
    let re: number;
    if (w === a) {
      if (!c.isComma(e)) return [];
      rs = e + 1;
      re = this.reportedEnd(rs, b, cues, cue);
    } else {
      rs = this.clauseStart(a, w);
      re = w - 2;
      while (re > rs && c.toks[re]!.kind === 'punct' && c.inQuote[re] === -1) re--;
    }
    if (re < rs || c.words(rs, re) < 3 || this.allQuoted(rs, re)) return [];
    const pick = pickSpeaker(c, si, w + 1, e - 1, cue.first, cue.last);
    return [this.candidate('indirect', rs, re, si, cue, pick, [w + 1, e - 1], 'reported-as-clause', 0.75)];
  }

  /** "Laut X REPORTED", "X zufolge REPORTED", "REPORTED, according to X." */
  private sourcePhrase(si: number, a: number, b: number, cue: Cue): QuoteCandidate[] {
    const c = this.c;
    const list = c.mentionsBySentence[si] ?? [];
    let src: MentionRef | undefined;
    let ps: number;
    let pe: number;
    if (cue.kind === 'source-prep') {
      src = list.find((m) => m.first > cue.last && m.first <= cue.last + 3);
      pe = src ? src.last : this.nounGroupEnd(cue.last + 1, b);
      ps = cue.first;
    } else {
      src = [...list].reverse().find((m) => m.last < cue.first && m.last >= cue.first - 2);
      ps = src ? src.first : this.nounGroupStart(cue.first - 1, a);
      while (ps > a && c.lex.determiners.has(c.toks[ps - 1]!.lower)) ps--;
      pe = cue.last;
    }
    let rs: number;
    let re: number;
    const cs = this.clauseStart(a, ps);
    if (ps <= cs + 1) {
      rs = pe + 1;
      if (c.isComma(rs)) rs++;
      re = this.reportedEnd(rs, b, this.cuesBySentence[si]!, cue);
    } else {
      rs = cs;
      re = ps - 1;
      while (re > rs && c.toks[re]!.kind === 'punct') re--;
    }
    if (re < rs || c.words(rs, re) < 3) return [];
    const pick: SpeakerPick = { mention: src ?? null, addressee: null };
    const q = this.candidate('indirect', rs, re, si, cue, pick, [ps, pe], `reported-${cue.kind}`, 0.75);
    if (q.speakerSpan || cue.kind !== 'source-prep') return [q];
    // "laut Polizei": the noun group after the preposition is the source
    const ns = cue.last + 1;
    const ne = this.nounGroupEnd(ns, b);
    return ne >= ns && ns <= b ? [{ ...q, speakerSpan: { start: c.toks[ns]!.start, end: c.toks[ne]!.end } }] : [q];
  }

  /** Last token of a reported clause: sentence end, or before ", sagte …" / ", and he noted …". */
  private reportedEnd(rs: number, b: number, cues: readonly Cue[], own: Cue): number {
    const c = this.c;
    let re = b;
    for (let i = rs; i <= b; i++) {
      if (!c.isComma(i)) continue;
      const next = cues.find((o) => o !== own && o.first > i && o.first <= i + 4);
      if (next && c.words(i + 1, next.first - 1) <= 2) {
        re = i - 1;
        break;
      }
    }
    while (re > rs && c.inQuote[re] === -1 && (TERMINAL.has(c.toks[re]!.text) || c.toks[re]!.text === ',')) re--;
    return re;
  }

  /** [a, b] holds a lower-case content word (German: a verb can be there; "Kims Schwester, Kim Yo Jong" is a bare noun phrase). */
  private hasLowerWord(a: number, b: number): boolean {
    const c = this.c;
    for (let i = a; i <= b; i++) {
      const t = c.toks[i]!;
      if (c.inQuote[i] !== -1 || t.kind !== 'word' || t.text !== t.lower) continue;
      if (!c.lex.determiners.has(t.lower) && !c.lex.prepositions.has(t.lower) && !c.lex.coordinators.has(t.lower)) return true;
    }
    return false;
  }

  /** Token i can open a main clause: no relative pronoun, preposition, conjunction or verb of saying. */
  private isClauseStart(i: number): boolean {
    const c = this.c;
    const t = c.toks[i];
    if (!t || t.kind !== 'word') return t !== undefined && c.inQuote[i] !== -1;
    const l = t.lower;
    return !this.isRelative(i) && !c.lex.prepositions.has(l) && !c.lex.nonReporting.has(l) && !c.lex.coordinators.has(l) && !c.lex.subordinators.has(l) && !c.lex.verbs.has(l);
  }

  /** A relative pronoun, not an article: no noun follows ("der in weiten Teilen …", "denen er …"). */
  private isRelative(i: number): boolean {
    const c = this.c;
    const t = c.toks[i];
    const n = c.toks[i + 1];
    if (!t || !c.lex.relativePronouns.has(t.lower)) return false;
    return !n || n.kind !== 'word' || n.text === n.lower;
  }

  private clauseStart(a: number, before: number): number {
    const s = this.rawClauseStart(a, before);
    const c = this.c;
    // "Während X …, warnte Y, …": a leading subordinate clause is not the speech verb's clause
    if (c.lex.subordinators.has(c.toks[s]?.lower ?? '')) {
      for (let i = s + 1; i < before; i++) if (c.isComma(i)) return i + 1;
    }
    return s;
  }

  private rawClauseStart(a: number, before: number): number {
    const c = this.c;
    for (let i = before - 1; i >= a; i--) {
      const t = c.toks[i]!;
      // a closing mark ends a clause only when a comma or colon follows ("„…“, sagte X, …")
      if (c.inQuote[i] !== -1 && c.quotes[c.inQuote[i]!]!.close <= c.toks[i]!.end && i < before - 1) {
        const n = c.toks[i + 1]!;
        if (n.text === ',' || n.text === ':') return i + 2;
      }
      if (c.inQuote[i] === -1 && (t.text === ':' || t.text === ';' || t.text === '—' && i === a + 1)) return i + 1;
    }
    return a;
  }

  private allQuoted(a: number, b: number): boolean {
    const c = this.c;
    for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.toks[i]!.kind !== 'punct') return false;
    return true;
  }

  private nounGroupEnd(i: number, b: number): number {
    const c = this.c;
    while (i < b && c.toks[i + 1]!.kind === 'word' && c.toks[i + 1]!.text[0] !== c.toks[i + 1]!.lower[0]) i++;
    return i;
  }

  private nounGroupStart(i: number, a: number): number {
    const c = this.c;
    while (i > a && c.toks[i - 1]!.kind === 'word' && c.toks[i - 1]!.text[0] !== c.toks[i - 1]!.lower[0]) i--;
    return i;
  }

  // ---------------------------------------------------------------- direct quotes

  private attributeDirect(d: { qi: number }): QuoteCandidate | null {
    const c = this.c;
    const q = c.quotes[d.qi]!;
    if (q.end <= q.start) return null;
    const openTok = c.tokenAt(q.open);
    const closeTok = q.runsOn ? c.tokenBefore(q.close) : c.tokenAt(q.close - 1);
    if (openTok < 0 || closeTok < 0) return null;
    const innerFirst = c.tokenAt(q.start);
    const innerLast = c.tokenBefore(q.end);
    const words = innerLast >= innerFirst ? c.words(innerFirst, innerLast) : 0;
    if (words === 0) return null;
    if (this.isTitle(openTok, closeTok, innerFirst, innerLast, words)) return null;
    const fragment = words <= 2;
    const si = c.toks[openTok]!.sentence;
    const sc = c.toks[closeTok]!.sentence;
    let att: Attribution | null = null;
    let rule = '';
    // 1./2. the frame after the closing mark or before the opening mark; the nearer cue wins,
    // an inverted frame right after the quote ("…“, sagte X") always
    let after: { cue: Cue; from: number; to: number; dist: number } | null = null;
    if (!q.runsOn) {
      const [sa, b] = c.sentTokens[sc]!;
      let fe = closeTok;
      while (fe < b && c.inQuote[fe + 1] === -1) fe++;
      const cue = this.cuesBySentence[sc]!.find((k) => k.first > closeTok && k.last <= fe && k.kind !== 'source-post' && k.kind !== 'source-prep');
      if (cue && cue.first - closeTok <= 12) {
        let cs = openTok;
        while (cs > sa && c.inQuote[cs - 1] === -1 && !c.isComma(cs - 1)) cs--;
        after = { cue, from: closeTok + 1, to: fe, dist: cue.first - closeTok };
        // nobody named after the quote ("was in Caracas als „…“ verurteilt wurde"): the clause before it
        if (!pickSpeaker(c, sc, closeTok + 1, fe, cue.first, cue.last).mention && cs < openTok && sc === si) after.from = cs;
      }
    }
    let before: { cue: Cue | null; sent: number; from: number; to: number; dist: number } | null = null;
    {
      const [a] = c.sentTokens[si]!;
      let fs = openTok;
      while (fs > a && c.inQuote[fs - 1] === -1) fs--;
      let fe = openTok - 1;
      let fsent = si;
      if (fe < fs) {
        // quote opens the sentence: a preceding sentence that ends in ":" introduces it
        const prev = c.sentTokens[si - 1];
        if (prev && prev[0] <= prev[1] && c.toks[prev[1]]!.text === ':') {
          fsent = si - 1;
          fs = prev[0];
          fe = prev[1];
        }
      }
      if (fe >= fs) {
        const lastTok = c.toks[fe]!;
        const cue = [...this.cuesBySentence[fsent]!].reverse().find((k) => k.first >= fs && k.last <= fe && k.kind === 'verb');
        if (cue && (lastTok.text === ':' || lastTok.text === ',' || fe - cue.last <= 3)) {
          before = { cue, sent: fsent, from: fs, to: fe, dist: openTok - cue.last };
        } else if (lastTok.text === ':') {
          before = { cue: null, sent: fsent, from: fs, to: fe, dist: 99 };
        }
      }
    }
    const invertedAfter = after !== null && c.toks[closeTok + 1]?.text === ',' && after.cue.first <= closeTok + 3;
    if (after && (!before || invertedAfter || after.dist <= before.dist)) {
      att = this.attribution(sc, after.from, after.to, after.cue);
      rule = 'direct-frame-after';
    } else if (before?.cue) {
      att = this.attribution(before.sent, before.from, before.to, before.cue);
      rule = 'direct-frame-before';
    } else if (before) {
      const pick = pickSpeaker(c, before.sent, before.from, before.to, -1, -1);
      if (pick.mention) {
        att = this.toAttribution(pick, null, [before.from, before.to]);
        rule = 'direct-colon';
      }
    }
    // 3. a cue elsewhere in the sentence ("verteidigte den Einsatz als „…“", "calling … a “stern warning”")
    if (!att) {
      const cues = this.cuesBySentence[si]!.filter((k) => k.kind === 'verb');
      if (cues.length) {
        const cue = cues.reduce((x, y) => (Math.abs(y.first - openTok) < Math.abs(x.first - openTok) ? y : x));
        const [a, b] = c.sentTokens[si]!;
        const cs = this.clauseStart(a, Math.min(cue.first, openTok));
        att = this.attribution(si, cs, b, cue);
        rule = 'direct-in-sentence';
      }
    }
    // 4. the previous quote's speaker (a quote continuing the same speech)
    if ((!att || (att.speaker === null && att.speakerSpan === null)) && !fragment && this.last) {
      const gap = si - this.last.sentence;
      if ((gap >= 0 && gap <= 1) || q.continued) {
        att = { speaker: this.last.speaker, speakerSpan: this.last.speakerSpan, cue: null, addressee: null, frame: [openTok, openTok - 1] };
        rule = 'direct-follow-on';
      }
    }
    if (att && att.cue) att = this.withPhrase(att);
    if (fragment && (!att || (att.speaker === null && att.speakerSpan === null))) return null;
    if (!att) {
      if (words < 4) return null;
      att = { speaker: null, speakerSpan: null, cue: null, addressee: null, frame: [openTok, openTok - 1] };
      rule = 'direct-unattributed';
    }
    const conf = rule === 'direct-frame-after' || rule === 'direct-frame-before' ? 0.9 : rule === 'direct-unattributed' ? 0.4 : 0.7;
    return this.make('direct', q.start, q.end, si, att, fragment ? `${rule}-fragment` : rule, conf, fragment);
  }

  /** Quoted titles: after "Buch", "Operation", "titled" …, or a quoted name the NER already knows. */
  private isTitle(openTok: number, closeTok: number, innerFirst: number, innerLast: number, words: number): boolean {
    const c = this.c;
    const prev = c.toks[openTok - 1];
    const matchesNoun = (w: string): boolean => c.lex.titleNouns.some((n) => w === n || (w.endsWith(n) && w.length - n.length >= 3) || (w.startsWith(n) && w.length - n.length <= 2));
    if (prev && prev.sentence === c.toks[openTok]!.sentence && prev.kind === 'word') {
      if (c.lex.titleMarkers.has(prev.lower) || matchesNoun(prev.lower)) return true;
    }
    const next = c.toks[closeTok + 1];
    if (words <= 3 && next && next.kind === 'word' && next.sentence === c.toks[closeTok]!.sentence && c.lex.grammar.titleNounAfterQuote && matchesNoun(next.lower)) return true;
    const si = c.toks[innerFirst]!.sentence;
    const a = c.toks[innerFirst]!.start;
    const b = c.toks[innerLast]!.end;
    return (c.mentionsBySentence[si] ?? []).some((m) => m.mention.kind === 'name' && m.mention.type !== 'PER' && m.mention.start <= a && m.mention.end >= b);
  }

  private attribution(si: number, from: number, to: number, cue: Cue): Attribution {
    return this.speakerFor(si, from, to, cue, pickSpeaker(this.c, si, from, to, cue.first, cue.last));
  }

  /**
   * Attribution of a cue: the word right next to the speech verb decides when it is a personal
   * pronoun ("sagte er", "he added": the last speaker when the resolver left it unlinked) or a
   * capitalised name the article knows ("Indyk said"); otherwise the scored mention pick.
   */
  private speakerFor(si: number, from: number, to: number, cue: Cue, pick: SpeakerPick): Attribution {
    const c = this.c;
    const adjacent = [cue.first - 1, cue.last + 1].filter((i) => i >= from && i <= to && c.inQuote[i] === -1);
    const inMention = (i: number): MentionRef | undefined => (c.mentionsBySentence[si] ?? []).find((m) => m.first <= i && m.last >= i);
    for (const i of adjacent) {
      const t = c.toks[i]!;
      const m = inMention(i);
      if (m && m === pick.mention) break;
      if (c.lex.pronouns.has(t.lower) && !m?.entity) {
        const r = this.pronounReferent(si);
        // the span stays the pronoun: it is where the text names the speaker
        return { speaker: r.speaker, speakerSpan: r.speaker !== null || !this.hasEntities ? { start: t.start, end: t.end } : null, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
      if (t.kind === 'word' && t.text[0] !== t.lower[0] && !m?.entity) {
        // a capitalised run next to the verb: "Indyk said", "sagte Hong Min"
        let a = i;
        let b = i;
        while (a - 1 >= from && c.toks[a - 1]!.kind === 'word' && c.toks[a - 1]!.text[0] !== c.toks[a - 1]!.lower[0] && c.inQuote[a - 1] === -1) a--;
        while (b + 1 <= to && c.toks[b + 1]!.kind === 'word' && c.toks[b + 1]!.text[0] !== c.toks[b + 1]!.lower[0] && c.inQuote[b + 1] === -1) b++;
        const id = c.entityBySurface(c.doc.text.slice(c.toks[a]!.start, c.toks[b]!.end)) ?? c.entityBySurface(t.text);
        if (id) return { speaker: id, speakerSpan: { start: c.toks[a]!.start, end: c.toks[b]!.end }, cue, addressee: pick.addressee?.entity ?? null, frame: [from, to] };
      }
    }
    return this.toAttribution(pick, cue, [from, to]);
  }

  /** The speaker phrase of a frame when no mention fits (see {@link phraseSpeaker}); a phrase naming an entity of the article gives it. */
  private withPhrase(att: Attribution): Attribution {
    if (att.speakerSpan || !att.cue) return att;
    const span = phraseSpeaker(this.c, att.frame[0], att.frame[1], att.cue.first, att.cue.last);
    if (!span) return att;
    const text = this.c.doc.text.slice(span.start, span.end);
    const speaker = this.c.entityBySurface(text) ?? this.c.entityByHead(text) ?? null;
    return { ...att, speakerSpan: span, speaker };
  }

  /**
   * Who an unlinked personal pronoun next to a speech verb refers to: the speaker of a quote in
   * the last two sentences ("he added"), else the first person named in the nearest sentence before.
   */
  private pronounReferent(si: number): { speaker: string | null; speakerSpan: Span | null } {
    if (this.last && si - this.last.sentence <= 2) return { speaker: this.last.speaker, speakerSpan: this.last.speakerSpan };
    const p = this.c.recentPerson(si, 3);
    return p ? { speaker: p.entity ?? null, speakerSpan: { start: p.mention.start, end: p.mention.end } } : { speaker: null, speakerSpan: null };
  }

  private toAttribution(pick: SpeakerPick, cue: Cue | null, frame: [number, number]): Attribution {
    const m = pick.mention;
    let speaker = m?.entity ?? null;
    let speakerSpan: Span | null = m ? { start: m.mention.start, end: m.mention.end } : null;
    if (m && speaker === null && m.mention.kind === 'pronoun') {
      speaker = this.pronounReferent(this.c.toks[m.first]!.sentence).speaker;
    }
    if (m && speaker === null && m.mention.kind === 'description') speaker = this.c.entityByHead(m.mention.text) ?? null;
    return { speaker, speakerSpan, cue, addressee: pick.addressee?.entity ?? null, frame };
  }

  // ---------------------------------------------------------------- continuation

  /** German reported speech goes on in Konjunktiv without a new speech verb: later sentences in Konjunktiv belong to the last speaker. */
  private continuations(found: readonly QuoteCandidate[]): QuoteCandidate[] {
    const c = this.c;
    const out: QuoteCandidate[] = [];
    const bySentence = new Map<number, QuoteCandidate>();
    for (const q of found) {
      // an unframed direct quote inside a sentence does not end a Konjunktiv report
      if (q.kind === 'direct' && q.cue === null && q.rule !== 'direct-colon') continue;
      if (q.kind === 'direct' && q.fragment) continue;
      const s = c.toks[c.tokenBefore(q.end)]?.sentence ?? q.sentence;
      bySentence.set(s, q);
      if (q.sentence !== s && !bySentence.has(q.sentence)) bySentence.set(q.sentence, q);
    }
    const paragraphs = c.doc.get('paragraphs');
    const sentences = c.doc.get('sentences');
    let prev: QuoteCandidate | null = null;
    c.sentTokens.forEach(([a, b], si) => {
      const own = bySentence.get(si);
      if (own) {
        prev = own;
        return;
      }
      const p = paragraphs[sentences[si]!.paragraph];
      const cont = prev;
      prev = null;
      // a sentence that reports a statement without quoting it ("Der Minister äußerte sich zur
      // Lage.") is a source for the Konjunktiv sentences after it
      const verbCue = a <= b ? this.cuesBySentence[si]!.find((k) => k.kind === 'verb') : undefined;
      if (verbCue && !this.startsMainClauseInKonjunktiv(a, b)) {
        const pick = pickSpeaker(c, si, a, b, verbCue.first, verbCue.last);
        const att = this.withPhrase(this.speakerFor(si, a, b, verbCue, pick));
        if (att.speaker !== null || (!this.hasEntities && att.speakerSpan !== null)) {
          prev = { kind: 'indirect', start: c.toks[a]!.start, end: c.toks[a]!.start, sentence: si, speaker: att.speaker, speakerSpan: att.speakerSpan,
            cue: null, addressee: null, date: null, fragment: false, rule: 'source', confidence: 0 };
        }
        return;
      }
      if (!cont || a > b || (cont.speaker === null && cont.speakerSpan === null) || p?.zone === 'heading' || p?.zone === 'title') return;
      if (this.cuesBySentence[si]!.some((k) => k.kind === 'verb')) return;
      if (!this.startsMainClauseInKonjunktiv(a, b)) return;
      let re = b;
      while (re > a && c.inQuote[re] === -1 && TERMINAL.has(c.toks[re]!.text)) re--;
      // the same statement goes on: it keeps the speaker, addressee and date of the one before
      const q: QuoteCandidate = {
        kind: 'indirect', start: c.toks[a]!.start, end: c.toks[re]!.end, sentence: si, speaker: cont.speaker,
        speakerSpan: cont.speakerSpan, cue: null, addressee: cont.addressee, date: cont.date, fragment: false, rule: 'reported-continuation', confidence: 0.6,
      };
      out.push(q);
      prev = q;
    });
    return out;
  }

  /** The sentence's first clause (up to the first comma) holds a Konjunktiv verb outside quotes. */
  private startsMainClauseInKonjunktiv(a: number, b: number): boolean {
    const c = this.c;
    let e = a;
    while (e < b && !c.isComma(e)) e++;
    return c.hasSubjunctive(a, e);
  }

  // ---------------------------------------------------------------- output

  private candidate(kind: QuoteKind, rs: number, re: number, si: number, cue: Cue, pick: SpeakerPick, frame: [number, number], rule: string, conf: number): QuoteCandidate {
    const att = cue.kind === 'verb' || cue.kind === 'inverted' ? this.speakerFor(si, frame[0], frame[1], cue, pick) : this.toAttribution(pick, cue, frame);
    return this.make(kind, this.c.toks[rs]!.start, this.c.toks[re]!.end, si, this.withPhrase(att), rule, conf, false);
  }

  private make(kind: QuoteKind, start: number, end: number, si: number, att: Attribution, rule: string, confidence: number, fragment: boolean): QuoteCandidate {
    const c = this.c;
    const cue = att.cue ? {
      text: c.doc.text.slice(c.toks[att.cue.first]!.start, c.toks[att.cue.last]!.end),
      start: c.toks[att.cue.first]!.start, end: c.toks[att.cue.last]!.end,
    } : null;
    return {
      kind, start, end, sentence: si, speaker: att.speaker, speakerSpan: att.speakerSpan, cue, addressee: att.addressee,
      date: this.dateIn(att.frame, att.cue), fragment, rule, confidence,
    };
  }

  /**
   * TIMEX value of when it was said: a time expression in the speech frame near the cue
   * ("erklärte am Dienstag (29.7.)", "said late Thursday"), with a calendar value (not PAST_REF),
   * not a possessive that modifies a noun ("Monday’s drills").
   */
  private dateIn([a, b]: [number, number], cue: Cue | null): string | null {
    const c = this.c;
    if (b < a || !c.doc.has('times')) return null;
    const from = cue ? Math.max(a, cue.first - 8) : a;
    const to = cue ? Math.min(b, cue.last + 12) : b;
    if (to < from) return null;
    const s = c.toks[from]!.start;
    const e = c.toks[to]!.end;
    const frameEnd = c.toks[b]!.end;
    let best: string | null = null;
    let bestDist = Infinity;
    for (const x of c.doc.get('times')) {
      if (x.start < s || x.start >= e || x.end > frameEnd || x.value === null || !/^\d/u.test(x.value) || x.type === 'DURATION' || x.type === 'SET') continue;
      const after = c.doc.text.slice(x.end, x.end + 2);
      if (/[’']s$/u.test(x.text) || after === '’s' || after === "'s") continue;
      const dist = cue ? Math.abs(c.tokenAt(x.start) - cue.first) : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = x.value;
      }
    }
    return best;
  }
}
