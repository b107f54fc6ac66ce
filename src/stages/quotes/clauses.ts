import type { QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { endsInEntry } from './lexicon.js';
import { isCap, isLower } from './case.js';

/** Sentence-final punctuation. */
export const TERMINAL: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Last token of a reported clause: sentence end, or before ", sagte …" / ", and he noted …". */
export function reportedEnd(c: QuoteContext, rs: number, b: number, cues: readonly Cue[], own: Cue): number {
  let re = b;
  const fronted = inFrontedSubordinate(c, own.first);
  for (let i = rs; i <= b; i++) {
    // "said the company was profitable and added that …": the speaker's next verb of saying ends the clause
    if (i > rs && c.inQuote[i] === -1 && c.lex.coordinators.has(c.toks[i]!.lower) && cues.some((o) => o !== own && o.kind === 'verb' && o.first === i + 1)) {
      re = i - 1;
      break;
    }
    if (!c.isComma(i)) continue;
    if (i > rs && (coordinatedReport(c, i, b, cues, own) || matrixPredicate(c, rs, i, b) || (fronted && mainClauseAfter(c, i)))) {
      re = i - 1;
      break;
    }
    const next = cues.find((o) => o !== own && o.first > i && o.first <= i + 4);
    // (a frame inside a relative clause of the report is part of it: "…its constitution, which Baku says contains …")
    if (next && c.words(i + 1, next.first - 1) <= 2 && !(next.first > i + 1 && opensRelative(c, i + 1))) {
      re = i - 1;
      break;
    }
  }
  while (re > rs && c.inQuote[re] === -1 && (TERMINAL.has(c.toks[re]!.text) || c.toks[re]!.text === ',')) re--;
  return re;
}

/**
 * The cue at token k stands in a subordinate clause that opens its sentence ("Nachdem X erklärt hatte, dass …, traten
 * …"): the first word of the sentence is a subordinator (`subordinators`) and no comma stands between it and the cue.
 */
function inFrontedSubordinate(c: QuoteContext, k: number): boolean {
  if (!c.lex.grammar.verbBracket) return false;
  const si = c.toks[k]?.sentence;
  let i = k;
  while (i > 0 && c.toks[i - 1]!.sentence === si && !c.isComma(i - 1)) i--;
  const first = c.toks[i]!;
  return (i === 0 || c.toks[i - 1]!.sentence !== si) && c.inQuote[i] === -1 && c.lex.subordinators.has(first.lower);
}

/**
 * After the comma at k the main clause of a sentence with a fronted subordinate clause opens: in verb-second order its
 * finite verb comes first, a lower-case word with a finite ending and of no closed class, outside quotes, not in
 * Konjunktiv ("…, dass die Reform scheitern werde, traten drei Abgeordnete aus").
 */
function mainClauseAfter(c: QuoteContext, k: number): boolean {
  const v = c.toks[k + 1];
  return !!v && v.kind === 'word' && isLower(v) && c.inQuote[k + 1] === -1 && c.mood(k + 1) === null && finiteVerbLike(c, v.lower);
}

/**
 * "said it stood with its ally, and a State Department spokesperson said Washington was …", "sagte, die
 * Lage sei ernst, und die Ministerin betonte, …": after the comma at k a coordinator (or a conjunction of
 * contrast, `contrastConjunctions`: "while", "während") opens a clause of its own whose subject, a few words
 * with no comma, stands before a speech verb that reports a clause: a second report, not part of the first.
 * (Not "and that …": a second clause of the same report.)
 */
function coordinatedReport(c: QuoteContext, k: number, b: number, cues: readonly Cue[], own: Cue): boolean {
  const j = c.toks[k + 1];
  if (!j || c.inQuote[k + 1] !== -1 || !(c.lex.coordinators.has(j.lower) || c.lex.contrastConjunctions.has(j.lower))) return false;
  if (c.lex.complementizers.has(c.toks[k + 2]?.lower ?? '')) return false;
  for (let i = k + 2; i <= Math.min(b, k + 8); i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind === 'punct') return false;
    const o = cues.find((x) => x !== own && x.first === i);
    if (o) return o.kind === 'verb' && o.complement !== 'none' && i > k + 2;
  }
  return false;
}

/**
 * "Rubio erklärte, die Gespräche würden fortgesetzt, und reiste anschließend nach Kairo": where the mood
 * marks reports, a coordinated predicate after the comma at k with no subject of its own (a coordinator,
 * then an indicative finite verb, `finiteEndings`) and no Konjunktiv belongs to the speaker's clause, not
 * to a report in Konjunktiv before it ("…, und dass …" and "…, und die Lage sei …" stay in it).
 */
function matrixPredicate(c: QuoteContext, rs: number, k: number, b: number): boolean {
  if (!c.lex.grammar.subjunctiveReports || !c.lex.coordinators.has(c.toks[k + 1]?.lower ?? '') || c.inQuote[k + 1] !== -1) return false;
  const v = c.toks[k + 2];
  if (!v || v.kind !== 'word' || !isLower(v) || c.inQuote[k + 2] !== -1 || c.mood(k + 2) !== null) return false;
  if (!finiteVerbLike(c, v.lower)) return false;
  let e = k + 2;
  while (e < b && !c.isComma(e + 1) && !TERMINAL.has(c.toks[e + 1]!.text)) e++;
  return c.hasSubjunctive(rs, k - 1) && !c.hasSubjunctive(k + 2, e);
}

/** A lower-case word with an indicative finite ending (`finiteEndings`, after a stem of three letters) and of no closed class. */
function finiteVerbLike(c: QuoteContext, w: string): boolean {
  return c.lex.finiteEndings.some((e) => w.endsWith(e) && w.length > e.length + 2) && !closedClassWord(c, w);
}

/** A word of a closed class that is no finite verb: article, pronoun, preposition, conjunction, negation, infinitive marker. */
function closedClassWord(c: QuoteContext, w: string): boolean {
  const x = c.lex;
  return x.determiners.has(w) || x.pronouns.has(w) || x.prepositions.has(w) || x.relativePronouns.has(w) || x.coordinators.has(w) ||
    x.subordinators.has(w) || x.complementizers.has(w) || x.negations.has(w) || x.nonReporting.has(w) || x.infinitiveMarker.has(w);
}

/** [a, b] holds a lower-case content word (German: a verb can be there; "Kims Schwester, Kim Yo Jong" is a bare noun phrase). */
export function hasLowerWord(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind !== 'word' || !isLower(t)) continue;
    if (!c.lex.determiners.has(t.lower) && !c.lex.prepositions.has(t.lower) && !c.lex.coordinators.has(t.lower)) return true;
  }
  return false;
}

/** Token i can open a main clause: no relative pronoun, preposition, conjunction or verb of saying. */
export function isClauseStart(c: QuoteContext, i: number): boolean {
  const t = c.toks[i];
  // (a number may open a clause as its subject: "300 Menschen sind …", not "2024 in Berlin" or a date "3. Juni 2025")
  if (!t || t.kind !== 'word') return t !== undefined && (c.inQuote[i] !== -1 || (t.kind === 'number' && numberSubject(c, i)));
  const l = t.lower;
  return !isRelative(c, i) && !c.lex.prepositions.has(l) && !c.lex.nonReporting.has(l) && !c.lex.coordinators.has(l) && !c.lex.subordinators.has(l) && !c.lex.verbs.has(l);
}

/** A number followed by a noun and then no number: the head of a subject ("300 Menschen sind"). */
function numberSubject(c: QuoteContext, i: number): boolean {
  const n = c.toks[i + 1];
  const n2 = c.toks[i + 2];
  return n !== undefined && n.kind === 'word' && isCap(n) && n.sentence === c.toks[i]!.sentence && (!n2 || n2.kind !== 'number');
}

/**
 * A relative pronoun, not an article: no noun follows ("der in weiten Teilen …", "denen er …"), nor
 * an inflected adjective with its noun ("die philippinischen Boote seien …" is an article).
 */
export function isRelative(c: QuoteContext, i: number): boolean {
  const t = c.toks[i];
  const n = c.toks[i + 1];
  if (!t || !c.lex.relativePronouns.has(t.lower)) return false;
  if (!n || n.kind !== 'word') return true;
  if (!isLower(n)) return false;
  // "sagte, das sei möglich", "die seien gescheitert": a finite verb (Konjunktiv or auxiliary) right after the pronoun,
  // with the clause going on, is the verb in second place of a main clause with a demonstrative subject; a relative
  // clause puts its verb last ("Ruto, der sagte, …")
  const after = c.toks[i + 2];
  if (c.inQuote[i + 1] === -1 && (c.mood(i + 1) !== null || c.lex.finiteAuxiliaries.has(n.lower)) && after?.kind === 'word' && after.sentence === t.sentence) return false;
  return !articleBeforeVerb(c, i + 1);
}

/**
 * Token k opens "adjective Noun verb …" of a main clause: a lower-case inflected adjective, a
 * capitalised noun, then a finite verb (Konjunktiv or auxiliary) that does not end the clause
 * ("die philippinischen Boote seien illegal eingedrungen"); a relative clause puts its verb last
 * ("die illegale Netze benutzten", "die neue Boote haben,").
 */
function articleBeforeVerb(c: QuoteContext, k: number): boolean {
  const t = c.toks[k]!;
  const n = c.toks[k + 1];
  const v = c.toks[k + 2];
  const w = c.toks[k + 3];
  if (!n || !v || n.kind !== 'word' || !isCap(n) || v.kind !== 'word' || v.sentence !== t.sentence) return false;
  if (c.inQuote[k] !== -1 || c.inQuote[k + 2] !== -1) return false;
  const l = t.lower;
  if (c.lex.prepositions.has(l) || c.lex.determiners.has(l) || c.lex.pronouns.has(l) || c.lex.verbs.has(l) || l.length < 4) return false;
  if (!c.lex.adjectiveEndings.some((e) => l.endsWith(e))) return false;
  // "…, den russischen Botschafter einzubestellen", "…, die neuen Regeln zu prüfen": a zu-infinitive after the
  // noun makes the clause an infinitive clause with an article, not a relative clause (that puts a finite verb last)
  let e = k + 2;
  while (c.toks[e + 1] && c.toks[e + 1]!.sentence === t.sentence && c.toks[e + 1]!.kind === 'word' && c.inQuote[e + 1] === -1) e++;
  // (the clause closes on the infinitive: "zu prüfen", "einzubestellen")
  if (isLower(c.toks[e]) && (c.lex.infinitiveMarker.has(c.toks[e - 1]!.lower) || c.hasInfinitive(e, e))) return true;
  if (!w || w.sentence !== t.sentence || w.kind !== 'word') return false;
  // (a prepositional attribute may stand between the noun and the verb: "die internationale Besorgnis wegen dieser Stoffe
  // resultiere …"; only a Konjunktiv or auxiliary counts after it, as a relative clause may end on an indicative there)
  const f = c.lex.prepositions.has(v.lower) ? afterAttribute(c, k + 2) : -1;
  if (f > 0) return c.mood(f) !== null || c.lex.finiteAuxiliaries.has(c.toks[f]!.lower);
  return c.mood(k + 2) !== null || c.lex.finiteAuxiliaries.has(v.lower) || indicativeSecond(c, k + 2);
}

/**
 * The token after a prepositional attribute at p: the preposition, then determiners and lower-case adjectives up to a
 * capitalised noun (at most four tokens, outside quotes, in the sentence); -1 when there is none.
 */
function afterAttribute(c: QuoteContext, p: number): number {
  const s = c.toks[p]!.sentence;
  for (let i = p + 1; i <= p + 4; i++) {
    const t = c.toks[i];
    if (!t || t.sentence !== s || t.kind !== 'word' || c.inQuote[i] !== -1) return -1;
    if (isCap(t)) return c.toks[i + 1]?.sentence === s && c.toks[i + 1]!.kind === 'word' ? i + 1 : -1;
    if (!c.lex.determiners.has(t.lower) && !c.lex.adjectiveEndings.some((e) => t.lower.endsWith(e))) return -1;
  }
  return -1;
}

/**
 * Token v is an indicative finite verb in second place ("die vorgelegten Beweise reichten nicht aus"): a
 * lower-case word with a finite ending (`finiteEndings`) that is no function word, and the clause goes on
 * after it without closing on a verb — a relative clause ends with its verb or verb cluster ("die hohen
 * Steuern heute kritisierten", "die neue Gesetze erlassen hatte").
 */
function indicativeSecond(c: QuoteContext, v: number): boolean {
  const t = c.toks[v]!;
  const x = c.lex;
  if (!finiteVerbLike(c, t.lower)) return false;
  let end = v;
  while (c.toks[end + 1] && c.toks[end + 1]!.sentence === t.sentence && !c.isComma(end + 1) && !TERMINAL.has(c.toks[end + 1]!.text)) end++;
  if (end === v) return false;
  const last = c.toks[end]!;
  if (last.kind !== 'word' || c.inQuote[end] !== -1) return end > v;
  return !(isLower(last) && (x.finiteAuxiliaries.has(last.lower) || x.finiteEndings.some((e) => last.lower.endsWith(e))));
}

/**
 * Token i opens a relative clause: see {@link isRelative}; in English a relative pronoun that is no
 * complementizer ("which", "who") does so before any word ("which Baku says").
 */
function opensRelative(c: QuoteContext, i: number): boolean {
  const l = c.toks[i]?.lower ?? '';
  if (!c.lex.grammar.relativeArticles && c.lex.relativePronouns.has(l) && !c.lex.complementizers.has(l)) return true;
  return isRelative(c, i);
}

/** Token where the clause that ends before token `before` starts (sentence start, after a colon, a framed quote or a leading subordinate clause). */
export function clauseStart(c: QuoteContext, a: number, before: number): number {
  const s = rawClauseStart(c, a, before);
  // "Während X …, warnte Y, …": a leading subordinate clause is not the speech verb's clause
  if (c.lex.subordinators.has(c.toks[s]?.lower ?? '')) {
    for (let i = s + 1; i < before; i++) if (c.isComma(i)) return i + 1;
  }
  return s;
}

/**
 * The start of a reported clause that ends before `before` (a frame after it): as {@link clauseStart},
 * but a leading subordinate clause stays when it is the reported main clause's own — in a verb-second
 * language the main clause after the fronted subordinate clause opens with its finite verb ("Wenn die
 * Regierung nicht einlenke, werde man streiken, sagte X"), and the subordinate clause closes with its
 * verb before the comma. "Während X …, warnte Y" keeps only what follows.
 */
export function reportedStart(c: QuoteContext, a: number, before: number): number {
  const ps = clauseStart(c, a, before);
  const s = rawClauseStart(c, a, before);
  if (!c.lex.grammar.verbSecond || ps <= s || !c.isComma(ps - 1) || !c.lex.subordinators.has(c.toks[s]!.lower)) return ps;
  const v = c.toks[ps]!;
  const last = c.toks[ps - 2];
  if (!last || last.kind !== 'word' || !isLower(last) || c.inQuote[ps - 2] !== -1) return ps;
  if (v.kind !== 'word' || !isLower(v) || c.inQuote[ps] !== -1) return ps;
  return closedClassWord(c, v.lower) ? ps : s;
}

function rawClauseStart(c: QuoteContext, a: number, before: number): number {
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

/** Every word of [a, b] is inside a direct quote. */
export function allQuoted(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.toks[i]!.kind !== 'punct') return false;
  return true;
}

/** Some token of [a, b] lies inside a direct quote. */
export function hasQuote(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.inQuote[i] !== -1) return true;
  return false;
}

/**
 * The first clause of [a, b] (up to its first comma outside quotes) holds a Konjunktiv verb outside
 * quotes; when [a, b] opens with a subordinate or infinitive clause ("Wenn der Bund nicht handelt,
 * müssten …", "Statt bei Kitas zu kürzen, solle …") or a verb-first condition ("Sollte die Lage sich
 * verschärfen, werde man …"), the main clause after its comma counts as well.
 */
export function startsMainClauseInKonjunktiv(c: QuoteContext, a: number, b: number): boolean {
  let e = a;
  while (e < b && !c.isComma(e)) e++;
  if (c.hasSubjunctive(a, e)) return true;
  // "Organisationen, die … erhielten, müssten sich registrieren": a subject with its relative clause,
  // then the finite verb of the main clause right after the relative clause's comma
  const r = c.toks[e + 1];
  if (e < b && r && isLower(r) && c.lex.relativePronouns.has(r.lower) && e > a) {
    let f = e + 1;
    while (f < b && !c.isComma(f)) f++;
    if (f < b && c.inQuote[f + 1] === -1 && c.mood(f + 1) !== null) return true;
  }
  const first = c.toks[a];
  // (also a condition with its verb first: "Sollte sich die Lage verschärfen, werde man …")
  // (or a free relative clause as the subject: "Wer Verträge nicht einhalte, könne …")
  if (!first || e >= b || !(c.lex.subordinators.has(first.lower) || c.lex.nonReporting.has(first.lower) || c.lex.conditionalVerbs.has(first.lower) || c.lex.freeRelatives.has(first.lower))) return false;
  let f = e + 1;
  while (f < b && !c.isComma(f)) f++;
  return c.hasSubjunctive(e + 1, f);
}

/** Last token of the capitalised run after token i. */
export function nounGroupEnd(c: QuoteContext, i: number, b: number): number {
  while (i < b && c.toks[i + 1]!.kind === 'word' && isCap(c.toks[i + 1])) i++;
  return i;
}

/** First token of the capitalised run before token i. */
export function nounGroupStart(c: QuoteContext, i: number, a: number): number {
  while (i > a && c.toks[i - 1]!.kind === 'word' && isCap(c.toks[i - 1])) i--;
  return i;
}

/**
 * "Sein Fazit: Die Reform sei gescheitert.": the first token of what is said when sentence [a, b] opens with a short
 * phrase (at most five words, no comma) headed by a statement noun (`colonNouns`, also as a compound's end) and a colon
 * outside quotes; else a. The phrase names the statement, not its content.
 */
export function afterColonLead(c: QuoteContext, a: number, b: number): number {
  for (let k = a + 1; k <= Math.min(b - 1, a + 5); k++) {
    const t = c.toks[k]!;
    if (c.inQuote[k] !== -1 || t.text === ',') return a;
    if (t.text !== ':') continue;
    if (c.inQuote[k + 1] !== -1) return a;
    for (let i = a; i < k; i++) if (isColonNoun(c, i)) return k + 1;
    return a;
  }
  return a;
}

function isColonNoun(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word' || (c.lex.grammar.capitalisedNouns && isLower(t))) return false;
  return c.lex.colonNouns.has(t.lower) || (c.lex.grammar.closedCompounds && endsInEntry(t.lower, c.lex.colonNouns, 6));
}

/** A report noun at token k, also as the end of a German compound ("Pressemitteilung", "Stellungnahme"). */
export function isReportNoun(c: QuoteContext, k: number): boolean {
  const t = c.toks[k];
  if (!t || t.kind !== 'word') return false;
  // (German nouns are capitalised: "das Schreiben", not "schreiben")
  if (c.lex.grammar.capitalisedNouns && isLower(t)) return false;
  if (c.lex.reportNouns.has(t.lower)) return true;
  if (!c.lex.grammar.closedCompounds) return false;
  return endsInEntry(t.lower, c.lex.reportNouns, 6);
}
