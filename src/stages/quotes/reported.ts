import type { Span } from '../../doc/types.js';
import type { MentionRef, QuoteContext } from './context.js';
import { isParticipleAt, isParticipleCue, type Cue } from './cues.js';
import type { Attributor, QuoteCandidate } from './attribution.js';
import { allQuoted, clauseStart, hasLowerWord, hasQuote, isClauseStart, isRelative, isReportNoun, nounGroupEnd, nounGroupStart, reportedEnd, reportedStart, TERMINAL } from './clauses.js';
import { pickSpeaker, type SpeakerPick } from './speaker.js';
import { isInstitution, phraseReferent, resolvePronoun, roleGender, sentenceSubject } from './antecedent.js';
import { isCap, isLower } from './case.js';
import { isClitic, possessiveAt } from './possessive.js';
import { isNegation, isUnspecifiedSpeaker } from './lexicon.js';
import { conventionalSpeaker } from './office.js';

/** A cue right after a direct quote ("…“, sagte X", "…,” said X", "…,” X said") or before "X sagte: „…“" frames that quote. */
export function framesDirectQuote(c: QuoteContext, cue: Cue, a: number, b: number): boolean {
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

/**
 * After token `after` (a verb that frames no clause), the next comma opens a clause of reason (`reasonSubordinators`:
 * "weil", "da") with a Konjunktiv I form before its end, outside quotes: "wies den Vorwurf zurück, weil er jeder
 * Grundlage entbehre" (German only; "…, weil er nicht zuständig ist" is the writer's reason).
 */
function konjunktivReasonAfter(c: QuoteContext, after: number, b: number): boolean {
  if (!c.lex.grammar.commaClauses || !c.lex.grammar.subjunctiveReports) return false;
  let k = after + 1;
  while (k <= b && !c.isComma(k) && !TERMINAL.has(c.toks[k]!.text) && c.inQuote[k] === -1) k++;
  if (k >= b || !c.isComma(k) || !c.lex.reasonSubordinators.has(c.toks[k + 1]!.lower) || c.inQuote[k + 1] !== -1) return false;
  for (let i = k + 2; i <= b && !c.isComma(i) && !TERMINAL.has(c.toks[i]!.text); i++) if (c.inQuote[i] === -1 && c.mood(i) === 'k1') return true;
  return false;
}

/**
 * Tokens [from, to] are a zu-infinitive group with no comma before it (German, as older spelling and quick writing leave
 * it out): at least three words, all outside quotes and none a punctuation mark, the last the infinitive ("zu verstärken",
 * "anzutreten"), the first no word that opens an adjunct ("um … zu", "ohne … zu": `nonReporting`).
 */
function commalessInfinitive(c: QuoteContext, from: number, to: number): boolean {
  if (to - from < 2 || c.lex.nonReporting.has(c.toks[from]!.lower)) return false;
  for (let i = from; i <= to; i++) if (c.inQuote[i] !== -1 || c.toks[i]!.kind === 'punct') return false;
  const last = c.toks[to]!;
  if (last.kind !== 'word' || !isLower(last)) return false;
  return c.lex.infinitiveMarker.has(c.toks[to - 1]!.lower) || c.hasInfinitive(to, to);
}

/**
 * The infinitive marker after a short object ("both sides to", "on Beijing to"): at most six words,
 * no punctuation, quote or clause opener between; followed by a lower-case verb. -1 when absent.
 */
function objectInfinitive(c: QuoteContext, from: number, b: number): number {
  let object = false;
  for (let i = from; i <= Math.min(b - 1, from + 6); i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind === 'punct' || c.lex.complementizers.has(t.lower) || c.lex.relativePronouns.has(t.lower)) return -1;
    const n = c.toks[i + 1]!;
    // ("asked not to be named": a negation is no object; the subject asks about itself)
    if (object && infinitiveAt(c, i, b)) return i;
    if (!c.lex.negations.has(t.lower)) object = true;
  }
  return -1;
}

/**
 * Token i is the infinitive marker before a lower-case verb, also one that opens a quotation ("to “educate
 * its fishermen”": the quoted fragment is covered by the report).
 */
function infinitiveAt(c: QuoteContext, i: number, b: number): boolean {
  const t = c.toks[i];
  if (!t || i + 1 > b || c.inQuote[i] !== -1 || !c.lex.infinitiveMarker.has(t.lower)) return false;
  const n = c.toks[i + 1]!;
  if (n.kind === 'word' && isLower(n) && c.inQuote[i + 1] === -1) return true;
  // (an opening mark: the word after it is inside the quote)
  const w = c.toks[i + 2];
  return n.kind === 'quote' && w !== undefined && i + 2 <= b && w.kind === 'word' && isLower(w) && c.inQuote[i + 2] !== -1;
}

/**
 * A clause without complementizer after an English speech verb ("confirmed the talks had stalled",
 * "told reporters he would …", "said Tuesday the decision was …"): a short subject with no punctuation,
 * preposition, relative pronoun or quote, then a finite auxiliary. Returns the clause start (the
 * subject opener closest to the auxiliary, else `from`), or -1 when a second noun phrase stands before it.
 */
function bareClause(c: QuoteContext, from: number, b: number): number {
  for (let j = from + 1; j <= Math.min(b, from + 6); j++) {
    const t = c.toks[j - 1]!;
    const l = t.lower;
    if (c.inQuote[j - 1] !== -1 || (t.kind === 'punct' && !isClitic(c.lex, t.text))) return -1;
    const n = c.toks[j]!;
    // "said at least five people had died", "said about 300 people were": a preposition before a number is part of the subject
    // ("said in a statement issued late on Monday": an indefinite article after an adjunct preposition opens its object, no quantity)
    const quantity = c.lex.prepositions.has(l) && (n.kind === 'number' || (c.lex.quantityWords.has(n.lower) && !(c.lex.adjunctPrepositions.has(l) && c.lex.indefiniteDeterminers.has(n.lower))));
    if ((c.lex.prepositions.has(l) && !quantity) || c.lex.relativePronouns.has(l) || c.lex.complementizers.has(l) || c.lex.nonReporting.has(l) || c.lex.verbs.has(l)) return -1;
    // a subject pronoun before a lower-case word is a clause whatever the tense ("insisted they knew")
    const pronounClause = c.lex.pronouns.has(l) && n.kind === 'word' && isLower(n) && !c.lex.prepositions.has(n.lower) && !c.lex.coordinators.has(n.lower) && !c.lex.complementizers.has(n.lower);
    // ("told Reuters the junta wanted to …": a regular past form after a short subject with its opener)
    const past = n.kind === 'word' && isLower(n) && n.lower.length > 4 && c.lex.pastEndings.some((e) => n.lower.endsWith(e)) && !c.lex.verbs.has(n.lower);
    if ((!c.lex.finiteAuxiliaries.has(n.lower) && !pronounClause && !past) || c.inQuote[j] !== -1) continue;
    let k = j - 1;
    // ("said Canberra respected …": a name right before the past form is its subject)
    const named = past && isCap(t) && !c.lex.determiners.has(l);
    if (named) while (k - 1 >= from && isCap(c.toks[k - 1]) && c.toks[k - 1]!.kind === 'word') k--;
    else while (k >= from && !c.lex.subjectOpeners.has(c.toks[k]!.lower)) k--;
    // ("said residents needed help": a one-word subject right after the verb)
    const bareSubject = past && j - 1 === from && isLower(t) && !c.lex.determiners.has(l);
    if (bareSubject) k = from;
    if (past && !named && !bareSubject && !c.lex.finiteAuxiliaries.has(n.lower) && !pronounClause && (k < from || j - k > 3)) continue;
    if (k < from) return from;
    // an object or time word may stand before the subject ("told reporters he …"), but a noun phrase
    // of its own means a reduced relative clause ("announced the plan he had drafted")
    for (let i = from; i < k; i++) if (c.lex.subjectOpeners.has(c.toks[i]!.lower)) return -1;
    return k;
  }
  return -1;
}

/**
 * End of a prepositional adjunct opening at token `from` ("in a statement", "on Tuesday", "at a
 * news conference"): the token after a preposition, an optional determiner and at most three
 * words that are no pronoun, verb, complementizer or punctuation. `from` when there is none.
 */
function adjunctEnd(c: QuoteContext, from: number, b: number): number {
  const p = c.toks[from];
  if (!p || !c.lex.adjunctPrepositions.has(p.lower) || c.inQuote[from] !== -1) return from;
  let j = from + 1;
  if (j <= b && (c.lex.determiners.has(c.toks[j]!.lower) || c.lex.possessives.has(c.toks[j]!.lower))) j++;
  const start = j;
  while (j <= b && j - start < 3) {
    const t = c.toks[j]!;
    if (c.inQuote[j] !== -1 || t.kind !== 'word' || c.lex.pronouns.has(t.lower) || c.lex.pronounAgreement.has(t.lower) || c.lex.subjectOpeners.has(t.lower) ||
      c.lex.complementizers.has(t.lower) || c.lex.verbs.has(t.lower) || c.lex.prepositions.has(t.lower) || c.lex.finiteAuxiliaries.has(t.lower)) break;
    j++;
  }
  return j > start ? j : from;
}

/** Token i follows a preposition or an article, so it is inside their noun phrase and opens no clause ("in a statement issued …"). */
function insidePhrase(c: QuoteContext, i: number): boolean {
  const p = c.toks[i - 1]?.lower ?? '';
  return c.lex.prepositions.has(p) || c.lex.determiners.has(p);
}

/** A clause without complementizer opens at one of tokens [from, to] outside a noun phrase ("said in a statement on Monday the army had …"). */
function clauseBetween(c: QuoteContext, from: number, to: number, b: number): boolean {
  for (let i = from; i <= to; i++) if (!insidePhrase(c, i) && bareClause(c, i, b) === i) return true;
  return false;
}

/** Token before mention start `i`, skipping articles ("von der Polizei", "seitens des Ministeriums"). */
function agentBefore(c: QuoteContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && c.lex.determiners.has(c.toks[k]!.lower)) k--;
  return k;
}

/** One of the (up to three) words right before the cue, back to `a` and outside quotes, passes `test`. */
function auxiliaryBefore(c: QuoteContext, cue: Cue, a: number, test: (k: number) => boolean): boolean {
  for (let k = cue.first - 1; k >= Math.max(a, cue.first - 3); k--) {
    if (c.toks[k]!.kind !== 'word' || c.inQuote[k] !== -1) return false;
    if (test(k)) return true;
  }
  return false;
}

/** A speech verb in the passive without agent ("werde vorgeworfen", "wurde ihm mitgeteilt"): an auxiliary of the passive up to three words before it. */
function isPassive(c: QuoteContext, cue: Cue, a: number): boolean {
  return auxiliaryBefore(c, cue, a, (k) => c.lex.passiveAuxiliaries.has(c.toks[k]!.lower));
}

/**
 * A prepositional phrase at `rs` followed by the finite verb of a main clause: a finite auxiliary
 * ("bis 2030 sollten", "in der Nacht zum Montag wurden") or the first lower-case word after the
 * phrase's noun (or its superlative: "am schlimmsten hat") that is no article, preposition or adjective before a noun ("im
 * Sommer beginnen die Bauarbeiten"); within eight tokens, before any punctuation or quote.
 */
function finiteAfterPhrase(c: QuoteContext, rs: number, b: number): boolean {
  let noun = false;
  const sup = c.lex.superlativeAdverbials;
  for (let i = rs + 1; i <= Math.min(b, rs + 8); i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind === 'punct') return false;
    // ("Am schlimmsten hat es das Dorf getroffen": a superlative after its preposition is the whole phrase; `superlativeAdverbials`)
    if (i === rs + 1 && sup.prepositions.has(c.toks[rs]!.lower) && isLower(t) && sup.endings.some((e) => t.lower.endsWith(e) && t.lower.length > e.length + 2)) {
      noun = true;
      continue;
    }
    const prev = c.toks[i - 1]!.lower;
    if (c.lex.finiteAuxiliaries.has(t.lower) && !c.lex.determiners.has(prev)) return true;
    if (t.kind === 'number' || c.lex.prepositions.has(t.lower) || c.lex.determiners.has(t.lower)) continue;
    if (isCap(t)) {
      noun = true;
      continue;
    }
    const n = c.toks[i + 1];
    // a lower-case adjective before its noun ("in der vergangenen Woche")
    if (n && n.kind === 'word' && isCap(n) && !noun) continue;
    return noun && !c.lex.coordinators.has(t.lower) && !c.lex.relativePronouns.has(t.lower) && !c.lex.complementizers.has(t.lower);
  }
  return false;
}

/** Tokens [from, to] hold the preposition of a passive agent outside quotes ("von", "seitens"). */
function hasAgent(c: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (c.inQuote[i] === -1 && c.lex.passiveAgent.has(c.toks[i]!.lower)) return true;
  return false;
}

/** A speech verb after a Konjunktiv auxiliary of its clause ("habe zugesagt", "habe betont"): up to three words before it. */
function reportedFrame(c: QuoteContext, cue: Cue, a: number): boolean {
  return auxiliaryBefore(c, cue, a, (k) => c.mood(k) === 'k1');
}

/** The cue at `at` stands in a relative clause opened after a comma ("Schmidt, der sagte, …", "Smith, who said …"). */
function inRelative(c: QuoteContext, a: number, at: number): boolean {
  for (let i = at - 1; i > a; i--) {
    if (c.inQuote[i] !== -1 || TERMINAL.has(c.toks[i]!.text)) return false;
    if (c.isComma(i - 1)) return c.lex.relativePronouns.has(c.toks[i]!.lower) && isRelative(c, i);
    if (c.isComma(i)) return false;
  }
  return false;
}

/** "X erklärte, REPORTED." / "X said (that) REPORTED" */
export function cueBefore(att: Attributor, si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate | null {
  const c = att.c;
  const commaClauses = c.lex.grammar.commaClauses;
  const after = Math.max(cue.last, cue.particle);
  // ("wies den Vorwurf zurück, weil er jeder Grundlage entbehre": a verb that frames no clause still gives its reason in
  // Konjunktiv I, the reason the speaker gave)
  if (cue.complement === 'none' && !konjunktivReasonAfter(c, after, b)) return null;
  let rs = -1;
  let hasThat = false;
  let control = -1;
  let bare = -1;
  if (commaClauses) {
    for (let i = after + 1; i <= b; i++) {
      const t = c.toks[i]!;
      if (c.inQuote[i] !== -1) return null;
      // "Der Minister erklärte: Die Lage sei ernst." (no quotation marks after the colon)
      if (t.text === ':' && c.inQuote[i + 1] === -1 && i < b) {
        rs = i + 1;
        break;
      }
      // ("hatte angekündigt bei der Wahl erneut anzutreten": a zu-infinitive group that closes the sentence is the content,
      // also where no comma sets it off)
      // (not a semi-modal: "Das Abkommen droht damit zu scheitern"; `infinitiveModals`; and only after a cue whose last word
      // closes the verb — a form, its particle, "kündigte an" — not a phrase that ends in a noun and leaves the bracket open:
      // "kam zum Schluss der Sitzung auf das Urteil zu sprechen")
      const closes = cue.particle >= 0 || isLower(c.toks[cue.last]!);
      if (TERMINAL.has(t.text) && cue.complement !== 'none' && i === b && closes && !c.lex.infinitiveModals.has(cue.lemma.toLowerCase()) && commalessInfinitive(c, after + 1, i - 1)) {
        rs = after + 1;
        break;
      }
      if (t.text === ':' || t.text === ';' || TERMINAL.has(t.text)) return null;
      // "Li sagte laut Xinhua, …": a source preposition after the verb names the channel, not another report
      if (cues.some((o) => o !== cue && o.first === i && o.kind !== 'source-prep')) return null;
      if (t.text === ',') {
        rs = i + 1;
        break;
      }
    }
    if (rs < 0) return null;
    // "sagte am Dienstag, 3. Juni 2025, die Lage sei ernst": a date apposition between commas is no clause
    let k = rs;
    while (k <= b && k - rs < 5 && !c.isComma(k) && !TERMINAL.has(c.toks[k]!.text) && c.inQuote[k] === -1 && !(c.toks[k]!.kind === 'word' && isLower(c.toks[k]))) k++;
    if (k > rs && k < b && c.isComma(k) && c.toks.slice(rs, k).some((t) => t.kind === 'number')) rs = k + 1;
    rs = apposedAfterSubject(c, after, rs, b);
  } else {
    rs = after + 1;
    // ("said in a statement issued late on Monday after a meeting of … that …": the verb's own adjunct may
    // put its that-clause further off, unless a clause of its own opens in between)
    const reach = adjunctEnd(c, after + 1, b) > after + 1 ? 20 : 10;
    for (let i = after + 1; i <= Math.min(b, after + reach); i++) {
      const t = c.toks[i]!;
      if (i > after + 10 && c.lex.complementizers.has(t.lower) && clauseBetween(c, after + 2, i - 1, b)) break;
      // "said, according to a transcript, that …": a parenthetical between the verb and its that-clause
      if (i === after + 1 && c.isComma(i)) {
        let j = i + 1;
        while (j <= Math.min(b, i + 8) && !c.isComma(j) && !TERMINAL.has(c.toks[j]!.text) && c.inQuote[j] === -1) j++;
        if (c.isComma(j) && c.lex.complementizers.has(c.toks[j + 1]?.lower ?? '')) {
          rs = j + 2;
          hasThat = true;
          break;
        }
      }
      if (c.inQuote[i] !== -1 || t.kind === 'punct' && !isClitic(c.lex, t.text)) break;
      // "said the company was profitable and added that …": the "that" belongs to the next speech verb
      if (cues.some((o) => o !== cue && o.first === i && o.kind === 'verb')) break;
      // ("told a news briefing later that day.": a "that" with one word before the clause ends is a demonstrative)
      if (c.lex.complementizers.has(t.lower) && wordsUpTo(c, i + 1, b, 2) < 2) continue;
      if (c.lex.complementizers.has(t.lower)) {
        rs = i + 1;
        hasThat = true;
        // "said the deal showed that …": a plain verb of saying followed by an article opens its clause
        // there; the "that" belongs to a verb inside it (not after a time phrase: "said the next day that")
        if (cue.complement === 'bare' && i > after + 2 && c.lex.determiners.has(c.toks[after + 1]!.lower) && !timeIn(c, after + 1, i - 1)) rs = after + 1;
        // "announced a referendum on changes that would …": after an object noun phrase "that" opens a
        // relative clause or the noun's own clause, unless the verb takes an object and a that-clause ("warned the government that …")
        else if (cue.complement === 'that' && i > after + 1 && c.lex.determiners.has(c.toks[after + 1]!.lower) && !timeIn(c, after + 1, i - 1)) {
          if (!c.lex.objectThatVerbs.has(cue.lemma)) return null;
          // ("called it a plan that would …": a finite auxiliary right after "that" makes it a relative pronoun)
          if (c.lex.finiteAuxiliaries.has(c.toks[i + 1]?.lower ?? '')) return null;
        }
        break;
      }
    }
    // "urged both sides to resolve …", "called on Beijing to release …": the infinitive is the content
    if (!hasThat && c.lex.objectControl.has(cue.lemma)) control = objectInfinitive(c, after + 1, b);
    // "promised to sign a peace treaty", "threatened to close the border": the infinitive right after the verb is the content
    if (!hasThat && control < 0 && c.lex.infinitiveReports.has(cue.lemma) && infinitiveAt(c, after + 1, b)) control = after + 1;
    if (control >= 0) rs = control;
    else if (!hasThat) {
      bare = bareClause(c, after + 1, b);
      // "told the BBC the pact would …", "told the broadcaster it would …": the addressee of a verb of
      // telling stands between the verb and the clause as a noun phrase of its own
      if (bare < 0 && c.lex.addresseeMarkers.has(c.toks[cue.last]!.lower)) {
        let k = after + 1;
        if (c.lex.determiners.has(c.toks[k]?.lower ?? '')) k++;
        const name = k;
        while (k <= b && c.toks[k]!.kind === 'word' && isCap(c.toks[k]) && c.inQuote[k] === -1) k++;
        // (a lower-case addressee is a person, office or organisation noun: "told the story he …" reports nothing)
        if (k === name && k <= b && c.toks[k]!.kind === 'word' && isLower(c.toks[k]) && (roleGender(c, k) !== undefined || isInstitution(c, k) || c.lex.genericSpeakers.has(c.toks[k]!.lower))) k++;
        if (k > name && k <= b) bare = bareClause(c, k, b);
      }
      // "said in a statement it would …", "told a news conference on Monday he …": an adjunct between verb and clause
      for (let i = after + 1; bare < 0 && i <= Math.min(b, after + 5); i++) {
        const t = c.toks[i]!;
        if (c.inQuote[i] !== -1 || t.kind === 'punct' || c.lex.complementizers.has(t.lower)) break;
        const pp = adjunctEnd(c, i, b);
        if (pp > i && bareClause(c, pp, b) === pp) bare = pp;
      }
      if (bare >= 0) rs = bare;
      else if (cue.complement !== 'bare' || c.lex.emptyObjects.has(c.toks[after + 1]?.lower ?? '')) return null;
    }
  }
  const first = c.toks[rs];
  if (!first) return null;
  if (commaClauses && c.lex.complementizers.has(first.lower)) {
    hasThat = true;
    rs++;
  }
  // "did not say whether …", "sagte nicht, ob …": an open question under a negated verb asserts nothing
  // (also one opened by a question word the clause keeps: "did not say how voting would take place")
  if ((hasThat && c.lex.questionComplementizers.has(c.toks[rs - 1]?.lower ?? '')) || c.lex.questionComplementizers.has(c.toks[rs]?.lower ?? '')) {
    for (let k = Math.max(a, cue.first - 3); k < rs - 1; k++) {
      const w = c.toks[k]!.lower;
      if (c.inQuote[k] === -1 && isNegation(c.lex, w)) return null;
    }
  }
  const f = c.toks[rs];
  if (!f || rs > b) return null;
  let ppClause = false;
  // "…, um die Lage zu beruhigen" reports nothing; "…, ohne die Einsparungen sei der Haushalt nicht
  // genehmigungsfähig" is a Konjunktiv clause that opens with a prepositional phrase
  if (c.lex.nonReporting.has(f.lower)) {
    let e = rs;
    while (e < b && !c.isComma(e + 1)) e++;
    if (c.hasInfinitive(rs, e) || !c.hasSubjunctive(rs, e)) return null;
  }
  // "Anwohner beklagen den Lärm, seit die Straße gebaut wurde": an indicative subordinate clause after the comma is an
  // adjunct of the frame, not what was said ("…, wenn die Regierung nicht handle, werde man streiken" has its Konjunktiv)
  if (!hasThat && control < 0 && commaClauses && c.lex.grammar.subjunctiveReports && c.lex.subordinators.has(f.lower) && !c.hasSubjunctive(rs, reportedEnd(c, rs, b, cues, cue))) return null;
  // (German "…, zu spät reagiert zu haben", "…, zu lügen" is the infinitive clause itself; "zu dem Treffen" is no clause)
  const zuClause = commaClauses && c.toks[rs + 1]?.kind === 'word' && isLower(c.toks[rs + 1]) && !c.lex.determiners.has(c.toks[rs + 1]!.lower) &&
    !c.lex.prepositions.has(c.toks[rs + 1]!.lower) && !c.lex.pronouns.has(c.toks[rs + 1]!.lower);
  if (!hasThat && control < 0 && c.lex.infinitiveMarker.has(f.lower) && !zuClause) return null;
  // "kündigte Streiks an, sollten die Arbeitgeber nicht einlenken": a clause that opens with its
  // finite verb is a condition, not what was said
  if (!hasThat && commaClauses && c.lex.conditionalVerbs.has(f.lower)) return null;
  // "in denen …" (relative) or "in a statement" reports nothing; "von den USA … zu verlangen" does
  if (!hasThat && control < 0 && bare < 0 && c.lex.prepositions.has(f.lower)) {
    const n = c.toks[rs + 1];
    if (!commaClauses || !n || isRelative(c, rs + 1)) return null;
    // "…, gegen den Mann werde ermittelt": a Konjunktiv clause may open with a prepositional phrase,
    // and so may a main clause whose finite verb follows the phrase ("teilte mit, bis 2030 sollten …")
    ppClause = c.lex.grammar.verbSecond && finiteAfterPhrase(c, rs, b);
    if (!c.hasInfinitive(rs, b) && !c.hasSubjunctive(rs, reportedEnd(c, rs, b, cues, cue)) && !ppClause) return null;
  }
  // a relative clause ("der in weiten Teilen …", "which …") reports nothing; an article before
  // its noun ("die Beziehungen … seien") opens a reported clause
  // (a question word that also opens relative clauses right after the comma of a verb of asking asks: "fragte, was die
  // Regierung tut"; after another verb it is a free relative, "begrüßte, was beschlossen wurde")
  const asks = commaClauses && c.lex.askingVerbs.has(cue.lemma.toLowerCase()) && rs - 1 === after + 1 && c.isComma(after + 1) && c.lex.questionComplementizers.has(f.lower);
  if (!hasThat && !asks && c.lex.relativePronouns.has(f.lower) && (!c.lex.grammar.relativeArticles || isRelative(c, rs))) return null;
  if (!commaClauses && !hasThat && control < 0 && (f.kind === 'punct' || c.lex.infinitiveMarker.has(f.lower))) return null;
  // "the waterway claimed almost entirely by Beijing": a participle with its agent is no report
  // ("said they stood by Warsaw", "said Washington stood by its ally": a subject pronoun, name or
  // article opens a clause, whatever follows)
  if (!commaClauses && !hasThat && isLower(f) && !c.lex.pronouns.has(f.lower) && !c.lex.determiners.has(f.lower)) for (let i = rs; i <= Math.min(b, rs + 2); i++) if (c.lex.passiveAgent.has(c.toks[i]!.lower)) return null;
  let re = reportedEnd(c, rs, b, cues, cue);
  // ("Mit der Begründung, die Kosten seien zu hoch, lehnte der Stadtrat den Antrag ab": the clause ends before the main clause's verb)
  const fronted = frontedPhraseVerb(c, cue, a, rs, b);
  const isFronted = fronted > rs + 1;
  if (isFronted) re = Math.min(re, fronted - 2);
  // "Schmidt, der sagte, die Lage sei ernst, verließ …" / "Smith, who said …, left": a frame inside a
  // relative clause reports up to the clause's closing comma
  if (inRelative(c, a, cue.first)) for (let i = rs + 1; i <= re; i++) if (c.isComma(i)) {
    re = i - 1;
    break;
  }
  if (re < rs) return null;
  if (allQuoted(c, rs, re)) return null;
  // "Ihm werde vorgeworfen, …, teilte die Behörde mit": a passive frame without agent is part of
  // what the later frame reports
  // "Scholz habe zugesagt, die Hilfe fortzusetzen, berichtete die „Bild“": a frame in Konjunktiv is
  // itself reported; the later frame reports the whole (nested reports are not recorded)
  if ((isPassive(c, cue, a) || reportedFrame(c, cue, a)) && cues.some((o) => o !== cue && o.kind === 'verb' && o.first > re)) return null;
  // "Es wird erwartet, dass …": an impersonal passive frame without its agent ("von der Polizei")
  // names nobody ("Ihm wird vorgeworfen, …" has an accuser the text names elsewhere)
  if (commaClauses && isPassive(c, cue, a)) {
    const fs = clauseStart(c, a, cue.first);
    if (c.lex.impersonalSubjects.has(c.toks[fs]!.lower) && !hasAgent(c, fs, rs - 1)) return null;
  }
  // German reported clauses are mostly Konjunktiv, but news also reports in the indicative after
  // a plain verb of saying ("Er sagte, die Lage ist ernst"): enough words, no relative opener and a
  // lower-case word a verb can be (not an apposed name: "Das erklärte die Verhandlungsführerin, Vera Grabe, am Dienstag")
  // a verb that otherwise wants "dass" reports a main clause in Konjunktiv as well ("prognostizierte, die Ampel werde scheitern")
  // (and a clause of reason in Konjunktiv, the reason the speaker gave: "bezeichnete die Zahlen als vorläufig, da noch nicht
  // alle Orte erreicht worden seien"; `reasonSubordinators` — a condition, "lehnte ab, solange diese erpressen wolle", is the frame's)
  const konjunktivClause = c.lex.grammar.subjunctiveReports && (cue.complement === 'that' || cue.complement === 'none') && c.words(rs, re) >= 3 && (isClauseStart(c, rs) || c.lex.reasonSubordinators.has(f.lower)) && c.hasSubjunctive(rs, re);
  const question = commaClauses && (indirectQuestion(c, cue, rs, re) || (asks && c.words(rs, re) >= 3));
  const accept = hasThat || control >= 0 || bare >= 0 || konjunktivClause || question || ppClause || c.hasInfinitive(rs, re) || (cue.complement === 'bare' && (c.words(rs, re) >= 3 && (!commaClauses || c.hasSubjunctive(rs, re) || (isClauseStart(c, rs) && hasLowerWord(c, rs, re)))));
  if (!accept) return null;
  const cs = clauseStart(c, a, cue.first);
  // ("Der Betriebsrat wies das Angebot mit der Begründung zurück, …": a nominal frame in mid-clause has the clause's subject)
  // (a fronted phrase frame: the subject of the main clause after the reported one, inverted after its finite verb)
  const sc = isFronted ? { ...cue, first: fronted, last: fronted, particle: -1 } : clauseVerbCue(c, cue, cs);
  let pick = isFronted ? pickSpeaker(c, si, fronted, b, fronted, fronted) : pickSpeaker(c, si, cs, rs - 1, sc.first, sc.last);
  // "…’s Likud party, which tried … by saying that …": the relative pronoun's antecedent speaks
  for (let i = cue.first - 1; i > a; i--) {
    if (c.inQuote[i] !== -1 || TERMINAL.has(c.toks[i]!.text)) break;
    if (c.isComma(i - 1) && c.lex.relativePronouns.has(c.toks[i]!.lower) && isRelative(c, i)) {
      const ante = (c.mentionsBySentence[si] ?? []).findLast((m) => m.last < i - 1 && m.last >= i - 4 && m.entity !== undefined);
      if (ante) pick = { mention: ante, addressee: pick.addressee };
      break;
    }
    if (c.isComma(i)) break;
  }
  // "Vom Innenministerium wurde mitgeteilt, …": the agent of a passive frame speaks
  if (isPassive(c, cue, a)) {
    const agent = (c.mentionsBySentence[si] ?? []).find((m) => m.first >= cs && m.last < rs && m.entity !== undefined && c.inQuote[m.first] === -1 &&
      c.lex.passiveAgent.has(c.toks[agentBefore(c, m.first)]?.lower ?? ''));
    if (agent) pick = { mention: agent, addressee: pick.addressee };
  }
  const q = isFronted ? att.candidate('indirect', rs, re, si, sc, pick, [fronted, b], 'reported-fronted-phrase', 0.7)
    : att.candidate('indirect', rs, re, si, sc, pick, [cs, rs - 1], 'reported-after-cue', 0.8);
  return sc === cue ? q : { ...q, cue: { text: c.doc.text.slice(c.toks[cue.first]!.start, c.toks[cue.last]!.end), start: c.toks[cue.first]!.start, end: c.toks[cue.last]!.end } };
}

/**
 * "Sie fragte, warum die Regierung nicht gehandelt hat", "Er wollte wissen, wie viel das Projekt kostet": a clause
 * [rs, re] after a verb that wants "dass"/"ob" (`that`), opened by a question word (`questionComplementizers`, not a
 * complementizer itself), is an indirect question, reported in any mood as an ob-clause is. A word that also opens
 * relative clauses ("was", "wo", "welche"; `relativePronouns`) does not count here: after an object it refers back to it
 * ("kritisierte die Entscheidung, was …"); right after the comma of a verb of asking it asks (`askingVerbs`; `asks` in {@link cueBefore}).
 */
function indirectQuestion(c: QuoteContext, cue: Cue, rs: number, re: number): boolean {
  const f = c.toks[rs];
  if (!f || cue.complement !== 'that' || c.inQuote[rs] !== -1 || c.words(rs, re) < 3) return false;
  return c.lex.questionComplementizers.has(f.lower) && !c.lex.complementizers.has(f.lower) && !c.lex.relativePronouns.has(f.lower);
}

/**
 * "Der Betriebsrat wies das Angebot mit der Begründung zurück, …", "Am Montag lehnte der Minister den Antrag mit dem
 * Hinweis ab, …": a phrase cue that opens with a preposition stands in mid-clause after the finite verb, so the speaker is
 * read as the subject of that verb (the phrase before it, or the one right after it), not from the object before the
 * phrase. Returns the cue moved to the clause's finite verb — in a verb-second language the first lower-case word after
 * the fronted phrase (its articles and inflected adjectives before a capitalised word skipped) — or the cue itself.
 */
function clauseVerbCue(c: QuoteContext, cue: Cue, cs: number): Cue {
  if (!c.lex.grammar.verbSecond || cue.kind !== 'verb' || cue.first <= cs + 1) return cue;
  const opener = cue.lemma.split(' ')[0] ?? '';
  if (!cue.lemma.includes(' ') || !c.lex.prepositions.has(opener) || c.toks[cue.first]!.lower !== opener) return cue;
  let k = cs;
  let attribute = false;
  for (; k < cue.first; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || c.inQuote[k] !== -1) return cue;
    const article = c.lex.determiners.has(t.lower);
    // (an inflected adjective between an article and its noun: "Der neue Betriebsrat")
    const adjective: boolean = attribute && isLower(t) && isCap(c.toks[k + 1]);
    if (k > cs && isLower(t) && !article && !adjective) break;
    attribute = article || adjective;
  }
  if (k >= cue.first - 1 || c.lex.prepositions.has(c.toks[k]!.lower)) return cue;
  return { ...cue, first: k, last: k, particle: -1 };
}

/**
 * "Mit der Begründung, die Kosten seien zu hoch, lehnte der Stadtrat den Antrag ab", "Mit dem Hinweis, …, hat die Ministerin
 * … abgelehnt": a phrase frame that opens with a preposition and fills the clause's first place alone has the reported
 * clause between commas after it, and the main clause goes on with its finite verb right after the closing comma, its
 * subject after the verb. Returns that verb's token (the first comma after rs followed by a lower-case word that opens no
 * clause of its own: no article, pronoun, conjunction or preposition), or -1 when the cue is no such fronted phrase.
 */
function frontedPhraseVerb(c: QuoteContext, cue: Cue, a: number, rs: number, b: number): number {
  if (!c.lex.grammar.verbSecond || cue.kind !== 'verb' || cue.first !== a || !cue.lemma.includes(' ')) return -1;
  // (the clause right after the comma, or after its complementizer: "Mit der Begründung, dass …")
  const opened = cue.last + 2 === rs || (cue.last + 3 === rs && c.lex.complementizers.has(c.toks[rs - 1]!.lower));
  if (!c.lex.prepositions.has(c.toks[cue.first]!.lower) || !c.isComma(cue.last + 1) || !opened) return -1;
  const l = c.lex;
  for (let k = rs + 1; k < b; k++) {
    if (c.inQuote[k] !== -1 || !c.isComma(k)) continue;
    const v = c.toks[k + 1]!;
    if (v.kind !== 'word' || !isLower(v) || c.inQuote[k + 1] !== -1) continue;
    if (l.determiners.has(v.lower) || l.relativePronouns.has(v.lower) || l.subordinators.has(v.lower) || l.complementizers.has(v.lower)
      || l.coordinators.has(v.lower) || l.prepositions.has(v.lower) || l.nonReporting.has(v.lower) || l.pronouns.has(v.lower) || c.lex.contrastConjunctions.has(v.lower)) continue;
    return k + 1;
  }
  return -1;
}

/**
 * "Dabei sagte Karl Huber, der Vorsitzende des Vereins, die Mitglieder seien zufrieden": an office phrase apposed between
 * commas to the inverted subject (a capitalised word after the verb closes it before the first comma) is no reported
 * clause; the clause starts after the apposition's closing comma, also after a short adverbial stretch there ("…, aber
 * auch, dass …"). `rs` is the token after the first comma; returns the clause's first token (rs when there is none).
 */
function apposedAfterSubject(c: QuoteContext, after: number, rs: number, b: number): number {
  const subject = c.toks[rs - 2];
  if (!c.lex.grammar.verbSecond || rs - 2 <= after || !subject || subject.kind !== 'word' || !isCap(subject) || !c.lex.determiners.has(c.toks[rs]?.lower ?? '')) return rs;
  const close = nextCommaAfter(c, rs, b + 1);
  if (close > b || close - rs > 8 || !verblessNounPhrase(c, rs, close - 1) || !hasOffice(c, rs, close - 1)) return rs;
  // (an adverbial stretch of at most three lower-case words before the next comma: "aber auch", "zudem")
  const next = nextCommaAfter(c, close + 1, b + 1);
  let adverbs = next <= b && next - close - 1 <= 3 && next > close + 1;
  for (let k = close + 1; adverbs && k < next; k++) {
    const t = c.toks[k]!;
    adverbs = t.kind === 'word' && isLower(t) && c.inQuote[k] === -1 && c.mood(k) === null && !c.lex.verbs.has(t.lower) && !c.lex.determiners.has(t.lower) && !c.lex.complementizers.has(t.lower);
  }
  return adverbs ? next + 1 : close + 1;
}

/** Tokens [a, b] are only a name with its title (capitalised words, determiners): "Economy Minister Marcelo Ebrard". */
function nameOnly(c: QuoteContext, a: number, b: number): boolean {
  if (b < a) return false;
  for (let i = a; i <= b; i++) {
    const t = c.toks[i]!;
    if (t.kind !== 'word' || (isLower(t) && !c.lex.determiners.has(t.lower))) return false;
  }
  return true;
}

/**
 * Tokens [a, b] are a German noun phrase with no verb: a determiner or capitalised word first, and
 * every lower-case word a determiner, preposition or inflected adjective (not a Konjunktiv form, an
 * auxiliary or a speech verb): "Ein führendes Mitglied der aufgelösten Partei PNDS".
 */
function verblessNounPhrase(c: QuoteContext, a: number, b: number): boolean {
  if (b < a || !(c.lex.determiners.has(c.toks[a]!.lower) || isCap(c.toks[a]))) return false;
  for (let i = a; i <= b; i++) {
    const t = c.toks[i]!;
    if (t.kind !== 'word' || c.inQuote[i] !== -1) return false;
    if (!isLower(t) || c.lex.determiners.has(t.lower) || c.lex.prepositions.has(t.lower)) continue;
    if (c.mood(i) !== null || c.lex.finiteAuxiliaries.has(t.lower) || c.lex.verbs.has(t.lower) || !c.lex.adjectiveEndings.some((e) => t.lower.endsWith(e))) return false;
  }
  return true;
}

/**
 * Tokens [a, b] are only noun phrases (an English subject with its apposition): every lower-case
 * word is a determiner, preposition, coordinator, role or institution noun; nothing else.
 */
function nounPhraseOnly(c: QuoteContext, a: number, b: number): boolean {
  const office = (k: number): boolean => roleGender(c, k) !== undefined || isInstitution(c, k);
  for (let i = a; i <= b; i++) {
    const t = c.toks[i]!;
    if (t.kind === 'punct' && t.text === ',') continue;
    // (the possessive ending of a name: "Tajikistan's state agency")
    if (isClitic(c.lex, t.text) && i > a) continue;
    if (t.kind !== 'word' || c.inQuote[i] !== -1) return false;
    if (!isLower(t)) continue;
    if (c.lex.determiners.has(t.lower) || c.lex.prepositions.has(t.lower) || c.lex.coordinators.has(t.lower) || c.lex.possessives.has(t.lower)) continue;
    if (office(i)) continue;
    // a modifier of the role noun right after it ("Australia's foreign minister", "the former prime minister")
    if (!c.lex.verbs.has(t.lower) && i + 1 <= b && (office(i + 1) || (i + 2 <= b && isLower(c.toks[i + 1]) && office(i + 2)))) continue;
    return false;
  }
  return true;
}

/**
 * "REPORTED, the interior minister, Marcin Kierwiński, has announced, …": when only auxiliaries stand
 * between the comma and the speech verb and no subject follows the verb, the subject is the noun
 * phrase (with its apposition, at most two comma-separated parts) before that comma; returns the
 * comma that closes the reported part, or `comma` unchanged.
 */
function appositionSubject(c: QuoteContext, a: number, comma: number, cue: Cue, b: number): number {
  for (let i = comma + 1; i < cue.first; i++) if (!c.lex.finiteAuxiliaries.has(c.toks[i]!.lower)) return comma;
  const n = c.toks[cue.last + 1];
  if (n && cue.last + 1 <= b && !c.isComma(cue.last + 1) && !TERMINAL.has(n.text) && (!isLower(n) || c.lex.determiners.has(n.lower) || c.lex.pronouns.has(n.lower))) return comma;
  let k = comma;
  let out = comma;
  for (let parts = 0; parts < 2; parts++) {
    let p = k - 1;
    while (p > a && !c.isComma(p) && c.inQuote[p] === -1 && !TERMINAL.has(c.toks[p]!.text)) p--;
    if (!c.isComma(p) || p + 1 > k - 1 || c.words(p + 1, k - 1) > 6 || !(nounPhraseOnly(c, p + 1, k - 1) || titlePhrase(c, p + 1, k - 1))) break;
    out = p;
    k = p;
  }
  return out;
}

/** Tokens [a, b] are a determiner, lower-case words and a role noun: "the interior minister", "the trade commissioner". */
function titlePhrase(c: QuoteContext, a: number, b: number): boolean {
  if (b - a > 4 || !c.lex.determiners.has(c.toks[a]!.lower) || roleGender(c, b) === undefined) return false;
  for (let i = a + 1; i < b; i++) {
    const t = c.toks[i]!;
    if (t.kind !== 'word' || c.inQuote[i] !== -1 || c.lex.verbs.has(t.lower)) return false;
  }
  return true;
}

/** How many words (up to `max`; quoted ones count) stand from token `from` on before a comma or sentence end outside quotes, or token b + 1. */
function wordsUpTo(c: QuoteContext, from: number, b: number, max: number): number {
  let n = 0;
  for (let k = from; k <= b && n < max; k++) {
    const t = c.toks[k]!;
    if (c.inQuote[k] === -1 && (c.isComma(k) || TERMINAL.has(t.text))) break;
    if (t.kind === 'word') n++;
  }
  return n;
}

/** A time expression of the times layer overlaps tokens [a, b]. */
function timeIn(c: QuoteContext, a: number, b: number): boolean {
  if (!c.doc.has('times')) return false;
  const s = c.toks[a]!.start;
  const e = c.toks[b]!.end;
  return c.doc.get('times').some((x) => x.start < e && s < x.end);
}

/**
 * The end of a date attached to the source phrase ending at pe ("… der Polizei vom Montag", `sourceDateLinks`): the
 * last token of the time expression (times layer) that starts at the link or right after it; pe when there is none.
 */
function datedSourceEnd(c: QuoteContext, pe: number, b: number): number {
  const link = c.toks[pe + 1];
  if (!link || pe + 2 > b || !c.lex.sourceDateLinks.has(link.lower) || c.inQuote[pe + 1] !== -1 || !c.doc.has('times')) return pe;
  const after = c.toks[pe + 2]!;
  const t = c.doc.get('times').find((x) => x.start >= link.start && x.start <= after.start);
  if (!t) return pe;
  let k = pe + 2;
  while (k + 1 <= b && c.toks[k + 1]!.end <= t.end) k++;
  return k;
}

/** A comma outside quotes in [a, b]. */
function hasCommaIn(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.isComma(i)) return true;
  return false;
}

/** "REPORTED, sagte X." / "REPORTED, X said." / "REPORTED, so X." */
export function cueAfter(att: Attributor, si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate[] {
  const c = att.c;
  const commaClauses = c.lex.grammar.commaClauses;
  // "The levies, announced by Prime Minister X in March, took effect …": a participle with its passive
  // agent after a comma modifies the noun before it; it frames nothing
  // (English: a German frame may name its speaker with "von", ", sagte von der Leyen")
  if (!commaClauses && c.isComma(cue.first - 1) && c.lex.passiveAgent.has(c.toks[Math.max(cue.last, cue.particle) + 1]?.lower ?? '')) return [];
  let comma = -1;
  let markComma = false;
  // ("…, hatte ein Sprecher der Armee gesagt": a perfect frame, its auxiliary in the verb's place)
  const perfect = c.lex.grammar.verbBracket && cue.kind === 'verb' && !c.isComma(cue.first - 1) ? perfectFrameComma(c, a, b, cue) : -1;
  if (perfect >= 0) comma = perfect;
  else if (commaClauses || cue.kind === 'inverted') {
    if (c.isComma(cue.first - 1)) comma = cue.first - 1;
  } else {
    for (let i = cue.first - 1; i >= Math.max(a, cue.first - 14); i--) {
      const t = c.toks[i]!;
      // "His forces would “never leave Khartoum,” he said": a comma inside the closing mark of a
      // quote that closes the reported part (the part then ends with the mark)
      if (c.inQuote[i] !== -1 && t.kind === 'quote' && c.quotes[c.inQuote[i]!]!.close === t.end && c.toks[i - 1]?.text === ',' && c.inQuote[i - 1] === c.inQuote[i]) {
        comma = i;
        markComma = true;
        break;
      }
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
    if (comma >= 0 && cue.kind === 'verb') comma = appositionSubject(c, a, comma, cue, b);
  }
  if (comma < 0 || cue.complement === 'none') return [];
  // ("Kambodschas Regierungschef Hun Manet, sein Sohn, sagte, die Beziehungen seien stabil": a verb right
  // before a comma has its subject before it — an apposition, no reported clause — and reports what follows)
  // (also a perfect frame with nothing between its auxiliary and participle: "Der Nachfolger X, Karl Huber, hat
  // angekündigt, …" — a frame after a reported clause names its subject there, "…, hatte Huber angekündigt")
  if (commaClauses && cue.kind === 'verb' && (comma === cue.first - 1 || (comma === perfect && perfect + 2 === cue.first)) && c.isComma(cue.last + 1)) return [];
  // "…, saying the country takes advantage": a participle after the comma opens an adjunct of the
  // clause before it, whose subject speaks what follows; it is no inverted frame
  if (cue.kind === 'verb' && comma === cue.first - 1 && isParticipleCue(c, cue)) return [];
  if (!commaClauses && cue.kind === 'verb') {
    // ", X said." / ", said X, a senior fellow …": after the cue only a short adjunct, no that-clause
    let w = 0;
    for (let i = cue.last + 1; i <= b && !c.isComma(i) && !TERMINAL.has(c.toks[i]!.text); i++) {
      // (not a demonstrative "that" with one word before the clause ends: "told a news briefing later that day")
      if ((c.lex.complementizers.has(c.toks[i]!.lower) && wordsUpTo(c, i + 1, b, 2) >= 2) || c.inQuote[i] !== -1) return [];
      w++;
    }
    // (long adjuncts are still a frame: ", the two countries said in a joint statement after a meeting of their
    // foreign ministers"; but not one with a clause of its own after them: "said on Monday in its report the government should …")
    // (longer ones only when they open with the frame's own adjunct: ", the ministry said in a statement issued late
    // on Monday after a meeting of …" — that adjunct is never what was said)
    if (w > 14 && adjunctEnd(c, cue.last + 1, b) === cue.last + 1) return [];
    // (a noun phrase right after a preposition is its object, no subject, nor does a clause open after an
    // article: "in a statement issued …")
    if (w > 8 && clauseBetween(c, cue.last + 2, cue.last + w, b)) return [];
    // "A ministry official, speaking on condition of anonymity, said Tokyo was …": the verb opens a clause of its own
    if (bareClause(c, cue.last + 1, b) === cue.last + 1) return [];
  }
  // the reported part runs from the clause start to the comma
  const ps = reportedStart(c, a, comma);
  let pe = markComma ? comma : comma - 1;
  if (pe < ps) return [];
  if (allQuoted(c, ps, pe)) return [];
  // "Minister X, who is leading the talks, said he …" / "Dänemark, das die Hoheitsrechte ausübt, kritisierte …":
  // a relative clause apposed to the subject is no reported clause
  if (!c.lex.grammar.relativeArticles && c.lex.relativePronouns.has(c.toks[clauseStart(c, ps, comma)]!.lower)) return [];
  // ("Ein führendes Mitglied der Partei PNDS, das anonym bleiben wollte, sagte …": a German noun phrase with its adjectives)
  for (let i = ps; i < pe; i++) if (c.isComma(i) && c.lex.relativePronouns.has(c.toks[i + 1]!.lower) && (!c.lex.grammar.relativeArticles || isRelative(c, i + 1)) && !hasCommaIn(c, i + 1, pe) && (nameOnly(c, ps, i - 1) || (c.lex.grammar.capitalisedNouns && verblessNounPhrase(c, ps, i - 1)))) return [];
  // ("Ein Sprecher der FLNKS, Dominique Fochi, sagte der Nachrichtenagentur AFP, …": a noun phrase with an office
  // and a name apposed right before the verb is its subject, not a clause the verb frames)
  if (commaClauses && comma === cue.first - 1) {
    // (the comma that opens the apposition: the last one before the verb's)
    let i = comma - 2;
    while (i > ps && !c.isComma(i)) i--;
    if (i > ps && nameOnly(c, i + 1, comma - 1) && verblessNounPhrase(c, ps, i - 1) && hasOffice(c, ps, i - 1)) return [];
    // (and the other order, the name first: "Ali Hassan, der Vorsitzende der Wahlkommission, sagte in Abuja, …")
    if (i > ps && nameOnly(c, ps, i - 1) && verblessNounPhrase(c, i + 1, comma - 1)) return [];
  }
  // "In an interview with Reuters, X said …": a prepositional adjunct is no reported clause
  // ("At least twelve people were injured …, the office said": a quantity, not an adjunct)
  const q1 = c.toks[ps + 1];
  const quantity = q1 !== undefined && (q1.kind === 'number' || (c.lex.quantityWords.has(q1.lower) && !c.lex.indefiniteDeterminers.has(q1.lower)));
  if (!commaClauses && c.lex.prepositions.has(c.toks[ps]!.lower) && !quantity && !hasCommaIn(c, ps, pe)) return [];
  // "Speaking to parliament in Colombo, he said the burden …": a part that opens with a participle is an adjunct of
  // the frame's subject when a clause follows the verb ("Rising prices hurt the poor, he said." keeps its part)
  if (!commaClauses && isParticipleAt(c, ps) && !hasCommaIn(c, ps, pe) && c.lex.subjectOpeners.has(c.toks[cue.last + 1]?.lower ?? '')) return [];
  // "A ministry spokesperson, He Yadong, said …": a noun phrase with its apposition is the subject
  // (not when the frame interrupts the clause: "The police, Montero said, were overstretched")
  if (!commaClauses && nounPhraseOnly(c, ps, pe) && parentheticalEnd(c, ps, pe, cue, b, cues) < 0) return [];
  // a quote opening the part is the content of the cue ("“Now …” to hold up on …, Indyk said")
  if (!commaClauses && c.inQuote[ps] !== -1) return [];
  // (a verb that wants "dass" or a zu-infinitive and has neither in the part frames nothing there:
  // "Ohne Reform drohten hohe Defizite, warnte X" — "drohten" is no verb of saying here)
  const framesInPart = (o: Cue): boolean => {
    // ("Die Banden hätten dem Staat den Krieg erklärt, sagte X": a verb that closes the part has nothing after it to frame)
    if (commaClauses && Math.max(o.last, o.particle) === comma - 1 && o.first > ps) return false;
    if (!commaClauses || o.complement !== 'that') return true;
    for (let k = Math.max(o.last, o.particle) + 1; k < comma; k++) {
      if (c.isComma(k) || c.lex.complementizers.has(c.toks[k]!.lower) || c.inQuote[k] !== -1 || c.lex.infinitiveMarker.has(c.toks[k]!.lower)) return true;
    }
    return c.hasInfinitive(o.last + 1, comma - 1);
  };
  if (cues.some((o) => o !== cue && o.first >= ps && o.first < comma && o.kind === 'verb' && o.complement !== 'none' && !isPassive(c, o, ps) && !reportedFrame(c, o, ps) && framesInPart(o))) return [];
  // "Auf die Frage, ob er … wolle, antwortete X, …": a prepositional phrase with only a dependent
  // clause after its comma is no clause of its own (the question is not what X said)
  if (c.lex.prepositions.has(c.toks[ps]!.lower)) {
    let k = ps;
    while (k < pe && !c.isComma(k)) k++;
    const n = c.toks[k + 1];
    if (k < pe && n && (c.lex.complementizers.has(n.lower) || c.lex.subordinators.has(n.lower)) && !hasCommaIn(c, k + 1, pe)) return [];
  }
  const parenthetical = parentheticalEnd(c, ps, pe, cue, b, cues);
  if (parenthetical >= 0) {
    // "Die Gespräche, sagte Petrow, seien gescheitert." / "The talks, Petrov said, had failed.":
    // the frame interrupts the reported clause, which is recorded as one span
    // an indicative clause counts around an inverted plain frame as it does before one ("Die Ermittlungen, so Bremer, dauern an")
    const indicative = (cue.kind === 'inverted' || cue.complement === 'bare') && c.words(ps, parenthetical) >= 4 && isClauseStart(c, ps) && hasLowerWord(c, ps, parenthetical);
    const ok = commaClauses ? c.hasSubjunctive(ps, parenthetical) || indicative : c.words(ps, parenthetical) >= 4;
    if (!ok) return [];
    // (the frame ends at its closing comma, also right after the verb: "The dispute, officials said, began when …")
    let fe = cue.last;
    while (fe < b && !c.isComma(fe + 1)) fe++;
    const from = commaClauses || cue.kind === 'inverted' ? cue.last + 1 : comma + 1;
    const pick = pickSpeaker(c, si, from, fe, cue.first, cue.last);
    return [att.candidate('indirect', ps, parenthetical, si, cue, pick, [comma + 1, fe], 'reported-around-frame', 0.7)];
  }
  // German: Konjunktiv, or an indicative main clause before an inverted plain speech verb ("…, sagte er")
  // (a verb that otherwise wants "dass" frames an indicative clause as well when it follows the comma
  // with its subject after it: "Ohne Reform drohten hohe Defizite, warnte der Arbeitgeberverband")
  const subjectAfter = (k: number): boolean => {
    const t = c.toks[k];
    return t !== undefined && k <= b && t.kind === 'word' && c.inQuote[k] === -1 && (c.lex.determiners.has(t.lower) || c.lex.pronouns.has(t.lower) || isCap(t));
  };
  // (and the frame closes the sentence: "…, riefen das Gremium dazu auf, …" is a clause of its own)
  const frameEnds = (): boolean => {
    for (let k = Math.max(cue.last, cue.particle) + 1; k <= Math.min(b, cue.last + 7); k++) {
      if (c.isComma(k) || c.inQuote[k] !== -1) return false;
      if (TERMINAL.has(c.toks[k]!.text)) return true;
    }
    return false;
  };
  const inverted = cue.kind === 'inverted' || cue.complement === 'bare' || (cue.complement === 'that' && (perfect >= 0 || (cue.first === comma + 1 && subjectAfter(cue.last + 1) && frameEnds())));
  // (an indicative clause may open with a prepositional phrase before its verb: "Im Sommer beginnen die Arbeiten, sagte X")
  // (a kept leading subordinate clause: the main clause after it opens the part — see `reportedStart`)
  const main = clauseStart(c, a, comma);
  const opens = isClauseStart(c, ps) || (main > ps && isClauseStart(c, main)) || (!c.hasInfinitive(ps, pe) && (c.lex.prepositions.has(c.toks[ps]!.lower) || c.lex.nonReporting.has(c.toks[ps]!.lower)) && finiteAfterPhrase(c, ps, pe));
  const accept = commaClauses ? c.hasSubjunctive(ps, pe) || (inverted && c.words(ps, pe) >= 4 && opens && hasLowerWord(c, ps, pe)) : c.words(ps, pe) >= 4;
  if (!accept) return [];
  while (pe > ps && c.toks[pe]!.kind === 'punct' && c.inQuote[pe] === -1) pe--;
  // the speaker frame: after the cue (inversion) or between comma and cue; a further
  // Konjunktiv clause after it (", warnte er, da sie … öffne") is reported speech as well
  // (a perfect frame with a coordinated predicate after its participle ends there: what follows is no frame)
  let fe = perfect >= 0 && c.lex.coordinators.has(c.toks[cue.last + 1]?.lower ?? '') ? cue.last : b;
  let tail: [number, number] | null = null;
  for (let i = cue.last + 1; i <= fe; i++) {
    if (!c.isComma(i)) continue;
    const re = reportedEnd(c, i + 1, b, cues, cue);
    if (c.lex.grammar.subjunctiveReports && re > i && c.hasSubjunctive(i + 1, re) && !c.lex.relativePronouns.has(c.toks[i + 1]!.lower)) {
      fe = i - 1;
      tail = [i + 1, re];
      break;
    }
  }
  // English: the subject stands before the verb or right after it (", said X, a senior fellow …");
  // a clause after the next comma (", after a soldier was stabbed near X") names no speaker
  if (!commaClauses) for (let i = cue.last + 1; i < fe; i++) if (c.isComma(i)) {
    // (a name apposed to the speaker phrase stays: "…, said the ministry’s spokesperson, Maria Lopez.")
    let j = i + 1;
    while (j <= fe && !c.isComma(j) && !TERMINAL.has(c.toks[j]!.text)) j++;
    fe = j - 1 > i && nameOnly(c, i + 1, j - 1) && c.words(i + 1, j - 1) <= 4 ? j - 1 : i - 1;
    break;
  }
  const from = (commaClauses && perfect < 0) || cue.kind === 'inverted' ? cue.last + 1 : comma + 1;
  const pick = pickSpeaker(c, si, from, fe, cue.first, cue.last);
  const out = [att.candidate('indirect', ps, pe, si, cue, pick, [comma + 1, fe], cue.kind === 'inverted' ? 'reported-so' : 'reported-before-cue', 0.8)];
  if (tail) out.push(att.candidate('indirect', tail[0], tail[1], si, cue, pick, [comma + 1, fe], 'reported-after-frame', 0.7));
  return out;
}

/**
 * How many tokens a perfect frame may hold between its auxiliary and the participle: the verb bracket takes the subject
 * and any adjuncts of time, place and occasion ("…, hatte X bei seinem Treffen mit dem Präsidenten Y in Moskau im
 * Vorfeld des Gipfels gesagt"); the frame still ends at the first comma, quote or coordinator, so the span only bounds
 * the scan.
 */
const PERFECT_FRAME_SPAN = 30;

/**
 * "…, hatte ein Sprecher der Armee vergangene Woche gesagt.", "…, hat Tokajew erklärt.": a frame after
 * the reported clause in a perfect tense — a perfect auxiliary (`perfectAuxiliaries`) right after the
 * comma, the speech verb's participle closing the frame (before the sentence's end, a comma or a coordinator) with no
 * comma, quote or coordinator between. The comma's token, or -1.
 */
function perfectFrameComma(c: QuoteContext, a: number, b: number, cue: Cue): number {
  if (cue.particle >= 0) return -1;
  const n = c.toks[cue.last + 1];
  // (a coordinated predicate may follow: "…, hatte X erklärt und weitere Schritte angekündigt")
  if (cue.last < b && n && !TERMINAL.has(n.text) && !c.isComma(cue.last + 1) && !c.lex.coordinators.has(n.lower)) return -1;
  for (let k = cue.first - 1; k > a && k >= cue.first - PERFECT_FRAME_SPAN; k--) {
    // (a coordinated predicate is a verb of its own: "…, hat X mitgeteilt und Truppen angekündigt")
    if (c.inQuote[k] !== -1 || TERMINAL.has(c.toks[k]!.text) || c.lex.coordinators.has(c.toks[k]!.lower)) return -1;
    if (c.isComma(k - 1)) return c.lex.perfectAuxiliaries.has(c.toks[k]!.lower) ? k - 1 : -1;
  }
  return -1;
}

/** A role noun (an office or a person noun, see `roleGender`) stands among tokens [a, b]. */
function hasOffice(c: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (roleGender(c, k) !== undefined) return true;
  return false;
}

/** "Wie die Polizei mitteilte, REPORTED." / "REPORTED, wie X sagte." / "As X said, REPORTED." */
export function asClause(att: Attributor, si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate[] {
  const c = att.c;
  let w = cue.first - 1;
  // ("Wie der Leiter des Stabes, Karl Huber, mitteilte, …", "…, wie Karl Huber, Leiter des Stabes, betonte": a noun
  // phrase apposed between commas belongs to the as-clause's subject; at most two such commas)
  for (let skips = 0; ; skips++) {
    while (w >= a && !c.isComma(w) && c.inQuote[w] === -1 && !c.lex.asClauses.has(c.toks[w]!.lower)) w--;
    if (skips >= 2 || w < a || !c.isComma(w)) break;
    const p = apposedBefore(c, a, w);
    if (p < 0) break;
    w = p;
  }
  if (w < a || !c.lex.asClauses.has(c.toks[w]!.lower) || c.inQuote[w] !== -1) return [];
  if (w > a && !c.isComma(w - 1)) return [];
  // the as-clause ends at the next comma or the sentence end
  let e = Math.max(cue.last, cue.particle) + 1;
  while (e <= b && !c.isComma(e) && !TERMINAL.has(c.toks[e]!.text)) e++;
  let rs: number;
  let re: number;
  if (w === a) {
    // ("Wie aus einem Dokument hervorgeht, das der Agentur AP vorliegt, sollen …": a relative clause on the
    // as-clause's source belongs to it)
    while (c.isComma(e) && c.inQuote[e + 1] === -1 && c.lex.relativePronouns.has(c.toks[e + 1]?.lower ?? '') && (!c.lex.grammar.relativeArticles || isRelative(c, e + 1))) {
      e++;
      while (e <= b && !c.isComma(e) && !TERMINAL.has(c.toks[e]!.text)) e++;
    }
    if (!c.isComma(e)) return [];
    rs = e + 1;
    re = reportedEnd(c, rs, b, cues, cue);
  } else {
    rs = clauseStart(c, a, w);
    re = w - 2;
    while (re > rs && c.toks[re]!.kind === 'punct' && c.inQuote[re] === -1) re--;
    // "Die Kanzlerin sei, wie es hieß, verärgert gewesen": the as-clause interrupts the report, which
    // goes on in lower case after its comma
    const n = c.toks[e + 1];
    if (c.isComma(e) && n && n.kind === 'word' && isLower(n) && isClauseStart(c, e + 1) && !c.lex.complementizers.has(n.lower)) re = reportedEnd(c, e + 1, b, cues, cue);
  }
  if (re < rs || c.words(rs, re) < 3 || allQuoted(c, rs, re)) return [];
  const pick = pickSpeaker(c, si, w + 1, e - 1, cue.first, cue.last);
  return [att.candidate('indirect', rs, re, si, cue, pick, [w + 1, e - 1], 'reported-as-clause', 0.75)];
}

/**
 * The comma at `comma` closes or opens an apposition of a name or noun phrase: the words back from it to the previous
 * comma or as-word (`asClauses`), at most eight, are a name, a verbless noun phrase or an office phrase, outside quotes.
 * The token before those words (that comma or as-word), or -1.
 */
function apposedBefore(c: QuoteContext, a: number, comma: number): number {
  let p = comma - 1;
  while (p >= a && comma - p <= 9 && !c.isComma(p) && c.inQuote[p] === -1 && !c.lex.asClauses.has(c.toks[p]!.lower) && !TERMINAL.has(c.toks[p]!.text)) p--;
  if (p < a || p + 1 > comma - 1 || c.inQuote[p] !== -1 || !(c.isComma(p) || c.lex.asClauses.has(c.toks[p]!.lower))) return -1;
  return nameOnly(c, p + 1, comma - 1) || verblessNounPhrase(c, p + 1, comma - 1) || nounPhraseOnly(c, p + 1, comma - 1) ? p : -1;
}

/** "Laut X REPORTED", "X zufolge REPORTED", "REPORTED, according to X." */
export function sourcePhrase(att: Attributor, si: number, a: number, b: number, cue: Cue): QuoteCandidate[] {
  const c = att.c;
  const list = c.mentionsBySentence[si] ?? [];
  let src: MentionRef | undefined;
  let ps: number;
  let pe: number;
  let genitive: { first: number; last: number } | null = null;
  if (cue.kind === 'source-prep') {
    // "Laut Polizei hatte der Mann …": a capitalised noun right after the preposition is the source, not a mention after it
    // (a generic group noun there is a phrase of its own, not the first word of a name: "nach Angaben von Augenzeugen
    // Dutzende Menschen getötet" — the group is the source, not the mention after it)
    // (also after a preposition or article that opens the source: "von Augenzeugen")
    let g0 = cue.last + 1;
    while (g0 <= Math.min(b, cue.last + 2) && c.toks[g0]?.kind === 'word' && isLower(c.toks[g0]!)) g0++;
    const generic = c.toks[g0]?.kind === 'word' && isCap(c.toks[g0]) && c.lex.genericSpeakers.has(c.toks[g0]!.lower) && c.inQuote[g0] === -1;
    const nounEnd = generic ? g0 : c.toks[cue.last + 1]?.kind === 'word' && isCap(c.toks[cue.last + 1]) ? nounGroupEnd(c, cue.last + 1, b) : b;
    // (a description mention may start at the article that ends the cue: "nach Angaben | des Unternehmens")
    // (not a possessor, which only modifies the noun that follows: "citing her government's failure to …" gives a reason)
    src = list.find((m) => m.last > cue.last && m.first > cue.first && m.first <= cue.last + 3 && m.first <= nounEnd && !possessiveAt(c.lex, c.doc.text, m.mention.end));
    pe = src ? src.last : generic ? g0 : nounGroupEnd(c, cue.last + 1, b);
    // "Nach Polizeiangaben wurden …", "Nach Informationen der „Zeit“ …": the cue ends in its own
    // noun; only a capitalised genitive after it ("nach Angaben Moskaus") belongs to the source
    const own = c.toks[cue.last]!;
    const nx = c.toks[cue.last + 1];
    // ("nach seinen Worten": always; the possessive names the source)
    const named = cue.last > cue.first + 1 && (c.lex.possessives.has(c.toks[cue.first + 1]!.lower) || c.lex.ownWords.has(c.toks[cue.first + 1]!.lower));
    // ("nach Ansicht vieler Experten", "Nach Angaben westlicher Diplomaten": an article-less genitive
    // plural, its adjective in -er, is the source — a group, so nothing is recorded)
    const nn = c.toks[cue.last + 2];
    // (not an article that happens to end so: "nach Angaben einer Sprecherin der Stadt" is a genitive singular, read below)
    const genitivePlural = !named && cue.last > cue.first && isCap(own) && nx?.kind === 'word' && isLower(nx) && c.lex.genitivePluralEndings.some((e) => nx.lower.endsWith(e)) && nx.lower.length > 3 &&
      !c.lex.determiners.has(nx.lower) &&
      nn?.kind === 'word' && isCap(nn) && c.inQuote[cue.last + 1] === -1 && c.lex.grammar.capitalisedNouns;
    if (genitivePlural) {
      pe = nounGroupEnd(c, cue.last + 2, b);
      src = list.find((m) => m.first >= cue.last + 1 && m.last <= pe);
    } else if (named || cue.last > cue.first && isCap(own) && (!nx || nx.kind !== 'word' || !isCap(nx) || unnamedSourceCue(c, cue))) {
      pe = cue.last;
      src = undefined;
    }
    // ("Nach Bergs Angaben": a name in the genitive between the preposition and its report noun is the source)
    const possessor = !named && cue.last === cue.first + 2 ? list.find((m) => m.first === cue.first + 1 && m.last === cue.first + 1 && m.entity !== undefined) : undefined;
    if (possessor) {
      src = possessor;
      pe = cue.last;
    }
    // "Laut Polizeisprecher Frank Heil …": a title and the name after it are one source
    for (let next = src && list.find((m) => m.first === pe + 1); src && next && next.entity !== undefined && next.entity === src.entity; next = list.find((m) => m.first === pe + 1)) {
      pe = next.last;
      src = next;
    }
    // "Laut Transparency International Georgia wären …": in German the finite verb follows the source
    // phrase; capitalised words between the source's mention and it are the rest of its name
    if (src && c.lex.grammar.verbSecond) {
      let k = pe + 1;
      while (k <= b && k - pe <= 3 && c.toks[k]!.kind === 'word' && isCap(c.toks[k]) && c.inQuote[k] === -1 && !c.lex.determiners.has(c.toks[k]!.lower)) k++;
      if (k > pe + 1 && k <= b && c.toks[k]!.kind === 'word' && isLower(c.toks[k])) pe = k - 1;
    }
    ps = cue.first;
    // "Laut einem Bericht der „Zeit“ …": the genitive after a report noun names the source
    if (!src) {
      // ("according to a statement from Hamas": the report noun after its article)
      let g = genitiveSource(c, pe, b);
      for (let k = cue.last + 1; !g && k <= Math.min(b, cue.last + 3); k++) if (isReportNoun(c, k)) g = genitiveSource(c, k, b);
      if (g) {
        pe = g.last;
        genitive = g;
        // (a description mention starts at the article: "des Unternehmens")
        src = list.find((m) => m.first >= g.first - 1 && m.last <= g.last && m.entity !== undefined);
      }
    }
    // "Nach Angaben der Internationalen Arbeitsorganisation (ILO) …": a bracketed short name right
    // after the source belongs to it, and names it when the layer knows only the short name
    const br = bracketedAfter(c, pe, b);
    if (br) {
      const inner = list.find((m) => m.first >= br.open && m.last <= br.close && m.entity !== undefined);
      if (inner && !src?.entity) src = inner;
      if (genitive) genitive = { first: genitive.first, last: br.close };
      pe = br.close;
    }
    // "Nach Angaben der Polizei vom Montag wurden …": a date attached to the source is part of its phrase
    if (c.lex.grammar.verbSecond) pe = datedSourceEnd(c, pe, b);
    // "Nach Aussage des Zeugen Karl Bauer war …", "Laut dem Sprecher der Feuerwehr Hamburg brach …": the finite verb
    // follows a German source phrase, so a name apposed to its role noun or a genitive attribute before it is the source's
    if (c.lex.grammar.verbSecond) {
      const tail = sourceTail(c, list, pe, b, cue.first <= clauseStart(c, a, cue.first) + 1);
      if (tail.end > pe) {
        pe = tail.end;
        if (tail.name && (!src || src.entity === undefined)) src = tail.name;
      }
    }
    // "According to the civil defense agency, 68 people …": an English source phrase runs to its comma
    // ("According to the Bougainville government, …": a name that only modifies the source's noun)
    // ("According to the IRNA news agency, …": up to three lower-case words closed by an institution noun)
    let modEnd = -1;
    for (let k = pe + 1; src !== undefined && k <= Math.min(b - 1, pe + 3) && c.toks[k]?.kind === 'word' && isLower(c.toks[k]!) && c.inQuote[k] === -1 && !c.lex.verbs.has(c.toks[k]!.lower); k++) {
      if (isInstitution(c, k) && c.isComma(k + 1)) modEnd = k;
    }
    if (!c.lex.grammar.closedCompounds && modEnd < 0 && src !== undefined && !c.lex.grammar.verbSecond) modEnd = attributeToComma(c, pe, b);
    if (!c.lex.grammar.closedCompounds && modEnd > pe) pe = modEnd;
    else if (!c.lex.grammar.verbSecond && !src) {
      for (let i = cue.last + 1; i <= Math.min(b, cue.last + 10); i++) {
        const t = c.toks[i]!;
        // (or to the end of the sentence: "…, according to the ministry.")
        if (TERMINAL.has(t.text) && c.inQuote[i] === -1 && i > cue.last + 1) {
          pe = i - 1;
          break;
        }
        if (c.inQuote[i] !== -1 || TERMINAL.has(t.text) || c.lex.verbs.has(t.lower)) break;
        if (c.isComma(i)) {
          pe = i - 1;
          break;
        }
      }
    }
    // ("according to initial reports, …": a report noun that names no source, only lower-case words before it, closed by the
    // comma or the sentence's end, is the whole phrase; no mention after the comma is its source)
    const bare = bareSourceEnd(c, cue, b);
    if (bare > 0) {
      pe = bare;
      src = undefined;
      genitive = null;
    } else if (!c.lex.grammar.verbSecond) {
      // ("according to police reports, …": the report noun after the source's name closes the phrase)
      const k = pe + 1;
      if (k < b && c.toks[k]!.kind === 'word' && isLower(c.toks[k]!) && c.inQuote[k] === -1 && (isReportNoun(c, k) || c.lex.unnamedSourceNouns.has(c.toks[k]!.lower)) && (c.isComma(k + 1) || TERMINAL.has(c.toks[k + 1]!.text))) pe = k;
    }
  } else {
    const rel = relativeSource(c, list, cue);
    if (rel) return relativeSourceReport(att, si, b, cue, rel);
    src = list.findLast((m) => m.last < cue.first && m.last >= cue.first - 2);
    ps = src ? src.first : nounGroupStart(c, cue.first - 1, a);
    // (an adjective of one's own belongs to the source: "eigenen Angaben zufolge"; and a possessive, which names it: "seiner Meinung nach")
    while (ps > a && (c.lex.determiners.has(c.toks[ps - 1]!.lower) || c.lex.ownWords.has(c.toks[ps - 1]!.lower) || c.lex.possessives.has(c.toks[ps - 1]!.lower))) ps--;
    // "Den Angaben von X zufolge …": a phrase that opens the sentence without a comma is the source
    // (not one after the finite verb: "Im Hafen lagen der Reederei zufolge drei Schiffe fest" reports the whole clause)
    const open = clauseStart(c, a, ps);
    if (cue.kind !== 'inverted' && ps > open && !hasCommaIn(c, open, ps - 1) && !(c.lex.grammar.verbSecond && finiteBefore(c, open, ps))) ps = open;
    pe = cue.last;
  }
  // "Laut dem Sprecher des Ministeriums, Max Kall, wurden …": a person's name apposed between commas to the source
  // phrase is the source; the report starts after the closing comma
  const apposed = cue.kind === 'source-prep' ? apposedName(c, list, pe, b) : undefined;
  if (apposed) {
    pe = apposed.last + 1;
    src = apposed;
    genitive = null;
  }
  let rs: number;
  let re: number;
  const cs = clauseStart(c, a, ps);
  if (ps <= cs + 1) {
    rs = pe + 1;
    // "Laut der „Zeit“ sprach …": the closing mark of a quoted source name is not reported
    let marks = 0;
    for (let i = ps; i <= Math.min(pe, b); i++) if (c.toks[i]?.kind === 'quote') marks++;
    if (marks % 2 === 1 && rs < b && c.toks[rs]?.kind === 'quote') rs++;
    if (c.isComma(rs)) rs++;
    re = reportedEnd(c, rs, b, att.cuesBySentence[si]!, cue);
    // "Laut Regierungssprecher X sagte Scholz, …": a verb of saying in the clause reports it; the source names the channel
    if (c.lex.grammar.commaClauses && att.cuesBySentence[si]!.some((o) => o.kind === 'verb' && o.complement !== 'none' && o.first >= rs && o.first <= Math.min(re, rs + 3) && hasCommaIn(c, o.last + 1, Math.min(re, o.last + 6)))) return [];
    // "According to IRNA, Foreign Minister X said the talks would …": English puts the subject first, so a verb of saying
    // after a short subject that opens the clause (no comma, no relative or subordinate word before it) reports the rest;
    // not a passive before an infinitive ("officers said to be close to the case had found …")
    if (!c.lex.grammar.commaClauses && att.cuesBySentence[si]!.some((o) => o.kind === 'verb' && o.complement !== 'none' && o.first > rs && o.first <= Math.min(re, rs + 5) &&
      plainSubject(c, si, rs, o.first - 1) && !c.lex.infinitiveMarker.has(c.toks[o.last + 1]?.lower ?? ''))) return [];
  } else if ((cue.kind === 'source-prep' || cue.kind === 'source-post') && !c.isComma(ps - 1) && c.lex.grammar.commaClauses && !verbInSegment(att, si, cue)) {
    // "Steinmeier will das Gesetz nach Angaben des Präsidialamtes prüfen", "Die Firma hat dem Bericht zufolge 200
    // Stellen gestrichen": a source phrase inside the clause; the whole clause is reported — from the last comma
    // before the phrase when one stands between ("Die Wahl fand im Mai statt, bei der laut X …", "…, im Jahr darauf
    // war die Gruppe nach eigener Aussage am Ziel"; a German clause boundary is marked by a comma)
    rs = lastCommaBefore(c, cs, ps) + 1;
    re = reportedEnd(c, pe + 1, b, att.cuesBySentence[si]!, cue);
    // (a relative or subordinate clause opened at that comma ends at the next one: "Der Plan, der laut X scheitern
    // werde, wurde abgelehnt")
    if (rs > cs && subordinateAt(c, rs)) re = Math.min(re, nextCommaAfter(c, pe + 1, re + 1) - 1);
  } else {
    rs = cs;
    re = ps - 1;
    while (re > rs && c.toks[re]!.kind === 'punct') re--;
    // ("Tajikistan's state agency Khovar, citing a local official, said …": a subject before a parenthetical source reports nothing)
    if (!c.lex.grammar.commaClauses && nounPhraseOnly(c, rs, re)) return [];
  }
  if (re < rs || c.words(rs, re) < 3) return [];
  // "Wie die Agentur PTI unter Berufung auf die Polizei meldete, …": a source phrase inside the
  // clause of a verb of saying names that verb's source; the verb reports
  if (cue.kind === 'source-prep' && verbInSegment(att, si, cue)) return [];
  const pick: SpeakerPick = { mention: src ?? null, addressee: null };
  let q = att.candidate('indirect', rs, re, si, cue, pick, [ps, pe], `reported-${cue.kind}`, 0.75);
  // ("Laut einem Beamten im Innenministerium …": an unnamed office-holder's phrase runs over the attribute the source
  // phrase took in, which says whose office it is)
  if (src?.entity !== undefined && q.speaker === src.entity && cue.kind === 'source-prep' && pe > src.last) {
    const wide = conventionalSpeaker(c, src.entity, { start: src.mention.start, end: c.toks[pe]!.end });
    if (wide !== null && wide !== q.speaker) q = { ...q, speaker: wide };
  }
  const through = cue.kind === 'source-prep' ? possessiveSource(att, si, cue) : !src ? pronounBeforePostposition(att, si, ps, cue) : null;
  if (through) return through.speaker !== null || !att.hasEntities ? [{ ...q, speaker: through.speaker, speakerSpan: through.span }] : [];
  if (genitive && !src) {
    // (an institution that names no entity refers back: "a statement from the bloc" after the bloc was named)
    const g = genitive;
    const first = c.lex.determiners.has(c.toks[g.first]!.lower) ? g.first : g.first - 1;
    const speaker = q.speaker ?? (isInstitution(c, g.last) && !isCap(c.toks[g.last]) ? phraseReferent(c, si, first, g.last, att.last) : null);
    return [{ ...q, speaker, speakerSpan: { start: c.toks[g.first]!.start, end: c.toks[g.last]!.end } }];
  }
  // ("According to the statement, …", "Laut der Mitteilung …": a definite document an earlier frame named is its speaker's)
  const doc = cue.kind === 'source-prep' && q.speaker === null && pe > cue.last ? att.documentSpeaker(si, [cue.last + 1, pe], cue) : undefined;
  if (doc) return [{ ...q, speaker: doc.speaker, speakerSpan: doc.speakerSpan }];
  // ("Den Angaben zufolge waren 60 Menschen an Bord", "Laut den Angaben …": a definite report noun with
  // nothing attached points back to the last source, as "demnach" does)
  const [ns0, ne0] = cue.kind === 'source-post' ? [ps, cue.first - 1] : [cue.last + 1, pe];
  const last = att.last;
  if (q.speaker === null && last !== null && last.speaker !== null && si - last.sentence <= 1 && ne0 === ns0 + 1 && isReportNoun(c, ne0) &&
    c.lex.determiners.has(c.toks[ns0]!.lower) && !c.lex.indefiniteDeterminers.has(c.toks[ns0]!.lower) && !c.lex.possessives.has(c.toks[ns0]!.lower)) {
    return [{ ...q, speaker: last.speaker, speakerSpan: { start: c.toks[ns0]!.start, end: c.toks[ne0]!.end } }];
  }
  // ("Berichten zufolge", "ersten Angaben zufolge": a report noun that names no source is the phrase of an unnamed,
  // unspecified source, which the source policy leaves out; the bare noun, "Angaben zufolge", is a source phrase as "nach
  // Angaben" is)
  if (!q.speakerSpan && cue.kind === 'source-post' && ne0 >= ns0 && (isUnspecifiedSpeaker(c.doc.text.slice(c.toks[ns0]!.start, c.toks[ne0]!.end), c.lex) ||
    (ne0 === ns0 && c.lex.unnamedSourceNouns.has(c.toks[ns0]!.lower)))) {
    return [{ ...q, speakerSpan: { start: c.toks[ns0]!.start, end: c.toks[ne0]!.end } }];
  }
  if (q.speakerSpan || cue.kind !== 'source-prep') return [q];
  // "Nach Polizeiangaben": the cue's own noun names the source ("Nach UN-Angaben": its first part may name an entity)
  if (pe === cue.last) {
    const own = c.toks[cue.last]!;
    const h = own.text.indexOf('-');
    const named = h > 0 ? c.entityBySurface(own.text.slice(0, h)) : undefined;
    // ("Nach ersten Untersuchungen": the words before a noun that names no source are part of the phrase, an unspecified one)
    const from = unnamedSourceCue(c, cue) ? c.toks[cue.first + 1]!.start : own.start;
    return [{ ...q, speaker: named ?? q.speaker, speakerSpan: { start: from, end: own.end } }];
  }
  // "laut Polizei": the noun group after the preposition is the source
  const ns = cue.last + 1;
  const ne = pe;
  // (only a group that can name a source: "citing four crashes" gives a reason, not a source)
  // ("According to initial reports, …": a report noun that names no source is an unnamed, unspecified source, which the
  // source policy leaves out)
  if (ne >= ns && ns <= b && !sourceLike(c, ns, ne)) {
    const span = { start: c.toks[ns]!.start, end: c.toks[ne]!.end };
    return c.lex.unnamedSourceNouns.has(c.toks[ne]!.lower) && isUnspecifiedSpeaker(c.doc.text.slice(span.start, span.end), c.lex) ? [{ ...q, speakerSpan: span }] : [];
  }
  // (an institution that names no entity refers back, like a speaker phrase: "According to the prosecutor's office, …")
  return ne >= ns && ns <= b ? [{ ...q, speaker: q.speaker ?? phraseReferent(c, si, ns, ne, att.last), speakerSpan: { start: c.toks[ns]!.start, end: c.toks[ne]!.end } }] : [q];
}

/**
 * The last token of an English source phrase of a report noun that names no source (`unnamedSourceNouns`), or of an
 * unspecified group (`genericSpeakers`), right after the source preposition or after at most two lower-case words, and
 * closed by a comma or the sentence's end: "according to reports, …", "according to initial reports, …", "…, according
 * to preliminary findings."; -1 when there is none (and in German, whose source phrases close at the finite verb).
 */
function bareSourceEnd(c: QuoteContext, cue: Cue, b: number): number {
  if (c.lex.grammar.verbSecond) return -1;
  for (let k = cue.last + 1; k <= Math.min(b, cue.last + 3); k++) {
    const t = c.toks[k]!;
    // (no article or possessive, "the reports" points back; no institution or person noun, "police reports" names its source)
    if (t.kind !== 'word' || !isLower(t) || c.inQuote[k] !== -1 || c.lex.determiners.has(t.lower) || c.lex.possessives.has(t.lower)) return -1;
    if (isInstitution(c, k) || roleGender(c, k) !== undefined) return -1;
    const next = c.toks[k + 1];
    const closed = !next || c.isComma(k + 1) || TERMINAL.has(next.text);
    if (closed) return c.lex.unnamedSourceNouns.has(t.lower) || c.lex.genericSpeakers.has(t.lower) ? k : -1;
  }
  return -1;
}

/** A source-phrase cue whose noun names no source ("Nach ersten Untersuchungen"; see `cues.ts` `unnamedSourceEnd`). */
function unnamedSourceCue(c: QuoteContext, cue: Cue): boolean {
  return cue.kind === 'source-prep' && cue.last > cue.first + 1 && c.lex.unnamedSourceNouns.has(c.toks[cue.last]!.lower) &&
    c.toks.slice(cue.first + 1, cue.last).every((t) => t.kind === 'word' && isLower(t));
}

/**
 * The rest of a German source phrase that opens its clause, after token pe and before the finite verb: a name
 * apposed to the role noun at pe ("des Zeugen | Karl Bauer"; the source's only right after that noun), genitive attributes ("dem Sprecher | der Feuerwehr
 * Hamburg", "von Experten | des Ifo-Instituts"), at most two steps. Its last token (pe when there is none) and the
 * apposed name; only when a lower-case word (the finite verb) follows, outside quotes.
 */
function sourceTail(c: QuoteContext, list: readonly MentionRef[], pe: number, b: number, fronted: boolean): { end: number; name: MentionRef | undefined } {
  let k = pe + 1;
  let name: MentionRef | undefined;
  for (let step = 0; step < 2 && k <= b && c.inQuote[k] === -1; step++) {
    // ("Laut einem Beamten im Innenministerium wurden …": a fronted source phrase fills the field before the finite verb,
    // so a prepositional attribute there is the source's too)
    if (fronted && isLower(c.toks[k]) && c.lex.sourceAttributePrepositions.has(c.toks[k]!.lower)) {
      let j = k + 1;
      while (j <= b && j <= k + 3 && c.toks[j]!.kind === 'word' && isLower(c.toks[j]) && c.inQuote[j] === -1 && (c.lex.determiners.has(c.toks[j]!.lower) || c.lex.adjectiveEndings.some((e) => c.toks[j]!.lower.endsWith(e)))) j++;
      if (j > b || c.toks[j]!.kind !== 'word' || !isCap(c.toks[j]) || c.inQuote[j] !== -1) break;
      k = nounGroupEnd(c, j, b) + 1;
      continue;
    }
    // (a name after a genitive attribute is apposed to that attribute's noun, not to the source: "der Familie des Opfers Karl X")
    const m = step === 0 && isCap(c.toks[k - 1]) ? list.find((x) => x.first === k && x.mention.kind === 'name' && x.type === 'PER') : undefined;
    if (m) {
      name = m;
      k = m.last + 1;
      continue;
    }
    if (!c.lex.sourceGenitives.has(c.toks[k]!.lower)) break;
    let j = k + 1;
    while (j <= b && j <= k + 3 && c.toks[j]!.kind === 'word' && isLower(c.toks[j]) && c.inQuote[j] === -1 && c.lex.adjectiveEndings.some((e) => c.toks[j]!.lower.endsWith(e))) j++;
    if (j > b || c.toks[j]!.kind !== 'word' || !isCap(c.toks[j]) || c.inQuote[j] !== -1) break;
    k = nounGroupEnd(c, j, b) + 1;
  }
  const v = c.toks[k];
  const verb = k > pe + 1 && k <= b && v !== undefined && v.kind === 'word' && isLower(v) && c.inQuote[k] === -1 && !c.lex.sourceGenitives.has(v.lower);
  return verb ? { end: k - 1, name } : { end: pe, name: undefined };
}

/**
 * "According to an official at the interior ministry, 20 people …", "according to a senior officer in the capital, …": a
 * prepositional attribute after the source's mention (ending at token pe) that runs to a comma belongs to the source
 * phrase; the token before that comma, or -1 when the stretch holds a verb, a quotation or the sentence's end, or is
 * longer than {@link ATTRIBUTE_REACH} words.
 */
function attributeToComma(c: QuoteContext, pe: number, b: number): number {
  const p = c.toks[pe + 1];
  if (!p || p.kind !== 'word' || !isLower(p) || !c.lex.sourceAttributePrepositions.has(p.lower)) return -1;
  for (let k = pe + 2; k <= Math.min(b - 1, pe + 1 + ATTRIBUTE_REACH); k++) {
    const t = c.toks[k]!;
    if (c.isComma(k)) return k > pe + 2 ? k - 1 : -1;
    if (c.inQuote[k] !== -1 || TERMINAL.has(t.text) || c.lex.verbs.has(t.lower) || c.lex.complementizers.has(t.lower)) return -1;
  }
  return -1;
}

/** Words a prepositional attribute of an English source phrase may run to its comma ("at the interior ministry in the capital"). */
const ATTRIBUTE_REACH = 8;

/**
 * A person's name apposed to the source phrase ending at token pe: a comma, a PER name mention, a comma, and
 * then the clause in lower case ("Laut dem Sprecher des Ministeriums, Max Kall, wurden …"; English "According to
 * the ministry's spokesman, Max Kall, three people …"). Undefined when the stretch is anything else (an
 * enumeration "Laut Polizei, Feuerwehr und …", a relative clause "…, die am Montag …").
 */
function apposedName(c: QuoteContext, list: readonly MentionRef[], pe: number, b: number): MentionRef | undefined {
  // (a genitive attribute the source phrase did not take in may stand before the comma: "Laut der Sprecherin | der Stadt, Anna Berg, …")
  let k = pe + 1;
  if (c.lex.sourceGenitives.has(c.toks[k]?.lower ?? '') && c.inQuote[k] === -1) {
    k++;
    while (k <= Math.min(b, pe + 5) && c.toks[k]!.kind === 'word' && c.inQuote[k] === -1 && !c.lex.verbs.has(c.toks[k]!.lower)) k++;
  }
  if (!c.isComma(k)) return undefined;
  const m = list.find((x) => x.first === k + 1 && x.type === 'PER' && x.mention.kind === 'name');
  if (!m || m.last + 2 > b || !c.isComma(m.last + 1) || c.inQuote[m.first] !== -1) return undefined;
  const n = c.toks[m.last + 2]!;
  return n.kind === 'word' && isLower(n) ? m : undefined;
}

/** "(ILO)": an opening bracket right after token pe, closed within four tokens of the sentence (up to b); its tokens, or null. */
function bracketedAfter(c: QuoteContext, pe: number, b: number): { open: number; close: number } | null {
  if (c.toks[pe + 1]?.text !== '(' || c.inQuote[pe + 1] !== -1) return null;
  for (let k = pe + 2; k <= Math.min(b, pe + 5); k++) if (c.toks[k]!.text === ')') return k > pe + 2 ? { open: pe + 2, close: k } : null;
  return null;
}

/**
 * Tokens [a, b] can name a source: a capitalised word (not an English report noun: "according to
 * preliminary figures" names nobody), a role or institution noun, or a generic group ("officials").
 */
function sourceLike(c: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || c.inQuote[k] !== -1) continue;
    if (isReportNoun(c, k) && !c.lex.grammar.capitalisedNouns) continue;
    if (isCap(t) || roleGender(c, k) !== undefined || isInstitution(c, k) || c.lex.genericSpeakers.has(t.lower)) return true;
  }
  return false;
}

/**
 * The source of "nach seinen Worten" / "nach eigenen Angaben" (a possessive or own-word right after
 * the preposition): the referent of the possessive, or the subject of the sentence. Null when the
 * cue has no such word; a null speaker when nobody fits (the span is still the word that names them).
 */
function possessiveSource(att: Attributor, si: number, cue: Cue): { speaker: string | null; span: Span } | null {
  const c = att.c;
  const k = cue.first + 1;
  const t = c.toks[k];
  if (!t || k >= cue.last) return null;
  const span = { start: t.start, end: t.end };
  const agr = c.lex.possessives.get(t.lower);
  if (agr !== undefined) return { speaker: resolvePronoun(c, si, k, agr, att.last)?.speaker ?? null, span };
  return ownSource(att, si, k);
}

/**
 * "nach eigenen Angaben", "eigenen Angaben zufolge": an adjective of one's own (`ownWords`) at token k makes the
 * subject of sentence si the source (its span; the word's own span when the subject is not found); null for any other word.
 */
function ownSource(att: Attributor, si: number, k: number): { speaker: string | null; span: Span } | null {
  const c = att.c;
  const t = c.toks[k]!;
  if (!c.lex.ownWords.has(t.lower)) return null;
  const subj = sentenceSubject(c, si);
  return subj ? { speaker: subj.speaker, span: subj.span } : { speaker: null, span: { start: t.start, end: t.end } };
}

/**
 * The source of "Ihm zufolge" / "Seinen Angaben zufolge": an object pronoun or possessive in the
 * phrase [ps, cue) before the postposition, resolved like a pronoun, or an adjective of one's own ("eigenen Angaben
 * zufolge": the sentence subject, {@link ownSource}). Null when there is none.
 */
function pronounBeforePostposition(att: Attributor, si: number, ps: number, cue: Cue): { speaker: string | null; span: Span } | null {
  const c = att.c;
  for (let k = ps; k < cue.first; k++) {
    const t = c.toks[k]!;
    const agr = c.lex.possessives.get(t.lower) ?? c.lex.objectPronouns.get(t.lower);
    if (agr !== undefined && c.inQuote[k] === -1) return { speaker: resolvePronoun(c, si, k, agr, att.last)?.speaker ?? null, span: { start: t.start, end: t.end } };
    const own = c.inQuote[k] === -1 ? ownSource(att, si, k) : null;
    if (own) return own;
  }
  return null;
}

/**
 * "Die Zahlen stammen von der Behörde Destatis, der zufolge die Preise gestiegen sind": a lower-case relative pronoun in the
 * dative (`relativeDatives`) right before a postposition and right after a comma stands for the mention that ends right before the comma; null otherwise.
 */
function relativeSource(c: QuoteContext, list: readonly MentionRef[], cue: Cue): MentionRef | null {
  const r = c.toks[cue.first - 1];
  if (!r || r.kind !== 'word' || !isLower(r) || !c.lex.relativeDatives.has(r.lower) || !c.isComma(cue.first - 2)) return null;
  return list.find((m) => m.last === cue.first - 3 && c.inQuote[m.first] === -1) ?? null;
}

/** The rest of the relative clause after "…, der zufolge" (see {@link relativeSource}), reported by the antecedent `src`. */
function relativeSourceReport(att: Attributor, si: number, b: number, cue: Cue, src: MentionRef): QuoteCandidate[] {
  const c = att.c;
  const rs = cue.last + 1;
  if (rs > b) return [];
  let re = reportedEnd(c, rs, b, att.cuesBySentence[si]!, cue);
  // (the relative clause ends at its comma: "…, dem zufolge die Reform zu spät komme, und von den Verbänden")
  for (let k = rs; k < re; k++) {
    if (c.isComma(k) && c.inQuote[k] === -1) {
      re = k - 1;
      break;
    }
  }
  if (re < rs || c.words(rs, re) < 3) return [];
  return [att.candidate('indirect', rs, re, si, cue, { mention: src, addressee: null }, [cue.first - 1, cue.last], `reported-${cue.kind}`, 0.75)];
}

/**
 * A finite verb stands in tokens [open, before) of a verb-second clause, so a phrase at `before` lies in its middle
 * field ("Im Hafen lagen | der Reederei zufolge …", "Die Firma hat | eigenen Angaben zufolge …") rather than opening
 * it ("Den Angaben von Experten | zufolge"): a lower-case word after the first token, outside quotes, that is a finite
 * auxiliary or modal, or that is no article, preposition, coordinator or number and stands before no capitalised word
 * or quotation mark (an adjective before its noun: "Den jüngsten Angaben", "die regierende „…“").
 */
function finiteBefore(c: QuoteContext, open: number, before: number): boolean {
  for (let i = open + 1; i < before; i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind !== 'word' || !isLower(t)) continue;
    if (c.lex.finiteAuxiliaries.has(t.lower)) return true;
    if (c.lex.determiners.has(t.lower) || c.lex.prepositions.has(t.lower) || c.lex.coordinators.has(t.lower)) continue;
    const n = c.toks[i + 1];
    if (n && ((n.kind === 'word' && isCap(n)) || n.kind === 'quote' || n.kind === 'number') && !afterNoun(c, open, i)) continue;
    return true;
  }
  return false;
}

/**
 * The word at i follows a noun of the clause that opens at `open`: a capitalised word after the clause's first token,
 * or that token when it is no article, preposition or possessive. An attributive adjective follows an article or
 * preposition, not a noun, so a lower-case word there is the finite verb even before a bare noun ("Im Hafen lagen |
 * Berichten zufolge …", "Der Vorgänger warf | Medienberichten zufolge …").
 */
function afterNoun(c: QuoteContext, open: number, i: number): boolean {
  const p = c.toks[i - 1];
  if (!p || p.kind !== 'word' || !isCap(p) || c.inQuote[i - 1] !== -1) return false;
  return i - 1 > open || !(c.lex.determiners.has(p.lower) || c.lex.prepositions.has(p.lower) || c.lex.possessives.has(p.lower));
}

/** The first comma outside quotes in tokens [from, before), or before when there is none. */
function nextCommaAfter(c: QuoteContext, from: number, before: number): number {
  for (let i = from; i < before; i++) if (c.isComma(i) && c.inQuote[i] === -1) return i;
  return before;
}

/** Token k opens a subordinate clause: a subordinator or relative pronoun, also after a preposition ("bei denen"). */
function subordinateAt(c: QuoteContext, k: number): boolean {
  const w = c.toks[k]?.lower ?? '';
  const n = c.toks[k + 1]?.lower ?? '';
  return c.lex.subordinators.has(w) || c.lex.relativePronouns.has(w) || (c.lex.prepositions.has(w) && c.lex.relativePronouns.has(n));
}

/** The last comma outside quotes in tokens [from, before), or from - 1 when there is none. */
function lastCommaBefore(c: QuoteContext, from: number, before: number): number {
  for (let i = before - 1; i >= from; i--) if (c.isComma(i) && c.inQuote[i] === -1) return i;
  return from - 1;
}

/** A verb of saying (that reports a clause) in the comma-free stretch of sentence si around the cue. */
function verbInSegment(att: Attributor, si: number, cue: Cue): boolean {
  const c = att.c;
  const [a, b] = c.sentTokens[si]!;
  let s = cue.first;
  // (a colon closes the clause before it: "Er verwies auf X: Nach Angaben des Grenzschutzes versuchten …")
  while (s > a && !c.isComma(s - 1) && !(c.toks[s - 1]!.text === ':' && c.inQuote[s - 1] === -1)) s--;
  let e = cue.last;
  while (e < b && !c.isComma(e + 1)) e++;
  // (a passive speech verb names no speaker of its own: "Nach Angaben der Staatsanwaltschaft wird ihm Mord vorgeworfen")
  return att.cuesBySentence[si]!.some((o) => o.kind === 'verb' && o.complement !== 'none' && o.first >= s && o.last <= e && !passiveInStretch(c, o, s));
}

/**
 * The speech verb is a participle (not its infinitive, "wird … erklären") after a passive auxiliary
 * anywhere before it from token s on, outside quotes: German puts the auxiliary second in its
 * clause, the participle last ("wird ihm unter anderem Mord vorgeworfen").
 */
function passiveInStretch(c: QuoteContext, cue: Cue, s: number): boolean {
  if (c.toks[cue.first]!.lower === cue.lemma) return false;
  for (let k = s; k < cue.first; k++) if (c.inQuote[k] === -1 && c.lex.passiveAuxiliaries.has(c.toks[k]!.lower)) return true;
  return false;
}

/**
 * The genitive attribute after the source noun ending at token `pe` ("einem Bericht der „Zeit“",
 * "nach Informationen des Senders NDR"): a genitive article, then capitalised words and the marks
 * of a quoted name. Its token range without the article, or null.
 */
function genitiveSource(c: QuoteContext, pe: number, b: number): { first: number; last: number } | null {
  const head = c.toks[pe];
  const art = c.toks[pe + 1];
  if (!head || !art || pe + 2 > b || !isReportNoun(c, pe) || !c.lex.sourceGenitives.has(art.lower)) return null;
  const cap = (i: number): boolean => c.toks[i]!.kind === 'word' && isCap(c.toks[i]);
  const mark = (i: number): boolean => c.toks[i]!.kind === 'quote' && c.inQuote[i] === -1;
  let k = pe + 2;
  while (k <= b && c.toks[k]!.kind === 'word' && !cap(k) && k - pe < 4) {
    // "a statement from the bloc", "a report by the ministry": a lower-case institution noun (English) heads it
    if (k > pe + 2 && c.lex.determiners.has(c.toks[pe + 2]!.lower) && isInstitution(c, k)) return { first: pe + 2, last: k };
    k++;
  }
  if (k > b || (!cap(k) && !mark(k))) return null;
  let last = k;
  // (a genitive marker inside the name: "the Times of Israel"; in verb-second order any genitive article, since the
  // finite verb follows the fronted phrase: "Nach Angaben eines Sprechers der Regierung steigen …")
  const genitive = (w: string): boolean => c.lex.genitiveMarkers.has(w) || (c.lex.grammar.verbSecond && c.lex.sourceGenitives.has(w));
  while (last + 1 <= b && (cap(last + 1) || mark(last + 1) || (last + 2 <= b && genitive(c.toks[last + 1]!.lower) && cap(last + 2)))) last += cap(last + 1) || mark(last + 1) ? 1 : 2;
  if (!cap(last) && !mark(last)) return null;
  return { first: pe + 2, last };
}

/**
 * End of a reported clause that a parenthetical frame interrupts ("The talks, Petrov said, had
 * failed"): the part before the frame is a bare noun phrase (no lower-case content word, or at most
 * three words) and the
 * part after the frame's closing comma goes on in lower case without opening a new clause.
 * @returns the last token of the whole clause, or -1
 */
function parentheticalEnd(c: QuoteContext, ps: number, pe: number, cue: Cue, b: number, cues: readonly Cue[]): number {
  // (English nouns are lower case: there a short part before the frame counts as a noun phrase)
  if (hasLowerWord(c, ps, pe) && c.words(ps, pe) > 3) return -1;
  let k = Math.max(cue.last, cue.particle) + 1;
  while (k <= b && !c.isComma(k) && !TERMINAL.has(c.toks[k]!.text) && k - cue.last <= 8) k++;
  if (!c.isComma(k)) return -1;
  // the frame names its speaker inside the commas: after the verb ("sagte Petrow") or before it
  // ("Petrov said"); "Der Sprecher, Max Müller, sagte, es gebe …" has its subject before the first comma
  const after = k > Math.max(cue.last, cue.particle) + 1;
  const before = !c.lex.grammar.verbSecond && !c.isComma(cue.first - 1);
  if (!after && !before) return -1;
  const n = c.toks[k + 1];
  if (!n || n.kind !== 'word' || !isLower(n) || !(isClauseStart(c, k + 1) || finiteNonCue(c, k + 1, cues)) || c.lex.complementizers.has(n.lower)) return -1;
  return reportedEnd(c, k + 1, b, cues, cue);
}

/**
 * Token i is a form of a speech verb that is no cue here: a particle verb without its particle goes on with the
 * clause the frame interrupted as its finite verb ("Die Verhandlungen, sagte X, gehen am Montag weiter" — no
 * "gehen … aus"), while a cue there opens a frame of its own.
 */
function finiteNonCue(c: QuoteContext, i: number, cues: readonly Cue[]): boolean {
  const l = c.toks[i]?.lower ?? '';
  return c.lex.verbs.has(l) && !cues.some((o) => o.first <= i && i <= o.last) && !isRelative(c, i) && !c.lex.prepositions.has(l) && !c.lex.coordinators.has(l) && !c.lex.subordinators.has(l) && !c.lex.nonReporting.has(l);
}

/**
 * "Das erklärte Ziel der Regierung ist …", "Das betonte Interesse …": a past form right after the article that is the
 * attributive participle of its noun (German nouns capitalised: a capitalised word right after it that opens no mention
 * of a named entity), not the finite verb of "Das erklärte der Minister", "Das betonte Merz".
 */
function attributiveParticiple(c: QuoteContext, verb: number): boolean {
  const n = c.toks[verb + 1];
  if (!c.lex.grammar.capitalisedNouns || !n || n.kind !== 'word' || !isCap(n) || n.sentence !== c.toks[verb]!.sentence) return false;
  // (a title before the name is the subject too: "Das erklärte Innenminister X", "Dies bestätigte Polizeisprecher Y")
  if (c.lex.determiners.has(n.lower) || c.lex.pronouns.has(n.lower) || roleGender(c, verb + 1) !== undefined) return false;
  return !(c.mentionsBySentence[n.sentence] ?? []).some((m) => m.first === verb + 1 && m.entity !== undefined);
}

/**
 * "Die Zahl der Toten stieg auf 300. Das teilte die Behörde am Dienstag mit.": a sentence that
 * opens with an anaphoric pronoun right before a verb of reporting and reports no clause of its
 * own points back to the sentence before (same paragraph, body text, no quote found there, not a
 * question), which is then the reported speech of the frame's speaker.
 */
export function anaphoricReports(att: Attributor, found: readonly QuoteCandidate[]): QuoteCandidate[] {
  const c = att.c;
  const out: QuoteCandidate[] = [];
  if (!c.lex.anaphoricReports.size) return out;
  const sentences = c.doc.get('sentences');
  const paragraphs = c.doc.get('paragraphs');
  const claimed = new Set<number>();
  for (const q of found) {
    claimed.add(q.sentence);
    claimed.add(c.toks[c.tokenBefore(q.end)]?.sentence ?? q.sentence);
  }
  c.sentTokens.forEach(([a, b], si) => {
    if (si === 0 || a > b || claimed.has(si) || claimed.has(si - 1)) return;
    if (!c.lex.anaphoricReports.has(c.toks[a]!.lower) || c.inQuote[a] !== -1) return;
    const cue = att.cuesBySentence[si]!.find((k) => k.kind === 'verb' && k.first === a + 1 && c.lex.anaphoricReportVerbs.has(k.lemma));
    if (!cue || attributiveParticiple(c, a + 1)) return;
    const [pa, pb] = c.sentTokens[si - 1]!;
    const ps = sentences[si - 1];
    if (pa > pb || !ps || ps.paragraph !== sentences[si]!.paragraph || paragraphs[ps.paragraph]?.zone !== 'body') return;
    let re = pb;
    if (c.toks[re]!.text === '?' || c.toks[re]!.text === ':') return;
    while (re > pa && c.inQuote[re] === -1 && TERMINAL.has(c.toks[re]!.text)) re--;
    if (c.words(pa, re) < 4 || hasQuote(c, pa, re)) return;
    const pick = pickSpeaker(c, si, a + 1, b, cue.first, cue.last);
    out.push(att.candidate('indirect', pa, re, si - 1, cue, pick, [a, b], 'reported-anaphoric', 0.6));
  });
  return out;
}

/**
 * Tokens [a, b] of sentence si are a plain subject noun phrase that can speak: at most five words, no comma, quote,
 * relative pronoun, subordinator, preposition or known verb among them, and a person, organisation or state named in
 * them or a role noun ("Foreign Minister X", "the minister"; not "the man who", nor "the bill" of "the bill adds …").
 */
function plainSubject(c: QuoteContext, si: number, a: number, b: number): boolean {
  if (b < a || b - a > 4) return false;
  let speaks = false;
  for (let k = a; k <= b; k++) {
    const t = c.toks[k]!;
    if (t.kind !== 'word' || c.inQuote[k] !== -1) return false;
    if (c.lex.relativePronouns.has(t.lower) || c.lex.subordinators.has(t.lower) || c.lex.verbs.has(t.lower) || c.lex.prepositions.has(t.lower)) return false;
    if (roleGender(c, k) !== undefined) speaks = true;
  }
  return speaks || (c.mentionsBySentence[si] ?? []).some((m) => m.first >= a && m.last <= b && m.entity !== undefined && (m.type === 'PER' || m.type === 'ORG' || m.type === 'GPE'));
}
