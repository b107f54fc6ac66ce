import type { Doc } from '../../doc/doc.js';
import type { VerbatimSpan } from '../../doc/types.js';
import { Attributor, type Attribution, type QuoteCandidate } from './attribution.js';
import { QuoteContext, type MentionRef } from './context.js';
import { absorbedReports, continuations } from './continuation.js';
import { findCues, isAdjunctParticiple, isParticipleCue, type Cue } from './cues.js';
import { attributeDirect } from './direct.js';
import type { QuoteLexicon } from './lexicon.js';
import { afterColonLead, isClauseStart, startsMainClauseInKonjunktiv, TERMINAL } from './clauses.js';
import { pickSpeaker } from './speaker.js';
import { isCap } from './case.js';
import { adjunctSubject, resolvePronoun } from './antecedent.js';
import { conventionalSpeaker } from './office.js';
import { anaphoricReports, asClause, cueAfter, cueBefore, framesDirectQuote, sourcePhrase } from './reported.js';

export type { QuoteCandidate } from './attribution.js';

/** A quote as the stage finds it, with the quoted passages inside a reported clause (see {@link verbatimIn}). */
export type ExtractedQuote = QuoteCandidate & { readonly verbatim: readonly VerbatimSpan[] };

/**
 * Finds every direct quote and reported-speech clause of a document and attributes it.
 * Per sentence in text order: reported speech (as-clauses, speech-verb frames after and before
 * the clause, source prepositions), then the direct quotes opening there (frame after, frame
 * before, colon introduction, a cue elsewhere in the sentence, the previous quote's speaker);
 * finally German Konjunktiv continuations.
 */
export function extractQuotes(doc: Doc, lex: QuoteLexicon): ExtractedQuote[] {
  const c = new QuoteContext(doc, lex);
  const att = new Attributor(c, c.sentTokens.map(([a, b]) => (a <= b ? findCues(c, a, b) : [])));
  const all: QuoteCandidate[] = [];
  let qi = 0;
  const paragraphs = doc.get('paragraphs');
  const sentences = doc.get('sentences');
  c.sentTokens.forEach(([a, b], si) => {
    if (a > b) return;
    // a headline reports nobody's clause: it is the editor's summary in headline grammar ("U.S. to impose tariff on
    // citrus, Pretoria vows WTO challenge"), which the article's body reports with its source; a quotation in it is kept
    const headline = paragraphs[sentences[si]?.paragraph ?? -1]?.zone === 'title';
    const reported = headline ? [] : reportedIn(att, si, a, b);
    const direct: number[] = [];
    while (qi < c.quotes.length && c.quotes[qi]!.open < c.toks[b]!.end) direct.push(qi++);
    // in text order, so that "the last speaker" is always the one before
    const items = [...direct.map((d) => ({ pos: c.quotes[d]!.start, d, q: null as QuoteCandidate | null })),
      ...reported.map((q) => ({ pos: q.start, d: -1, q }))].sort((x, y) => x.pos - y.pos);
    for (const it of items) {
      const q = it.q ?? attributeDirect(att, { qi: it.d });
      if (!q) continue;
      if (!it.q && reported.some((r) => r.start <= q.start && r.end >= q.end)) continue;
      all.push(q);
      const endSentence = it.q ? si : c.toks[c.tokenBefore(c.quotes[it.d]!.close)]?.sentence ?? si;
      if (q.speaker !== null || (!att.hasEntities && q.speakerSpan !== null)) {
        att.last = { speaker: q.speaker, speakerSpan: q.speakerSpan, sentence: endSentence };
      }
      if (q.speakerSpan !== null) att.lastPhrase = { speaker: q.speaker, speakerSpan: q.speakerSpan, sentence: endSentence };
    }
  });
  all.push(...anaphoricReports(att, all));
  all.sort((x, y) => x.start - y.start);
  // (a report framed inside a Konjunktiv clause right after a report goes on with that report as a whole sentence;
  // one the continuation pass does not take keeps its own report)
  const { quotes: cont, replaced } = continuations(att, all, absorbedReports(att, all));
  // a direct quote inside a reported clause is covered by it (corpus convention)
  const kept = all.filter((q) => !replaced.has(q) && (q.kind === 'indirect' || !cont.some((r) => r.start <= q.start && r.end >= q.end)));
  // two cues of one frame ("quoted him as saying") find the same clause once
  const out = [...kept, ...cont].sort((x, y) => x.start - y.start);
  return out.filter((q, i) => !out.slice(0, i).some((o) => o.start === q.start && o.end === q.end && o.kind === q.kind))
    .map((q) => ({ ...q, verbatim: verbatimIn(c, q) }));
}

/**
 * The speaker's own words inside a reported clause: every top-level quoted span that lies within it
 * ('man sei zu „Verbündeten“ geworden', 'er werde „alles Nötige tun“'). The convention covers such a
 * passage by the reported clause, so it is no direct quote of its own; here it is kept with the
 * clause, so that the output still says which words were verbatim. A span that is exactly a name
 * (not a person's: a newspaper, a ship, an operation in quotation marks) is a title, not wording.
 * A direct quote has none: all of it is verbatim.
 */
function verbatimIn(c: QuoteContext, q: QuoteCandidate): VerbatimSpan[] {
  if (q.kind === 'direct') return [];
  const out: VerbatimSpan[] = [];
  for (const s of c.quotes) {
    if (s.start >= q.end) break;
    if (s.start < q.start || s.end > q.end || s.end <= s.start || isQuotedName(c, s.start, s.end)) continue;
    out.push({ start: s.start, end: s.end, text: c.doc.text.slice(s.start, s.end) });
  }
  return out;
}

/** The quoted span [start, end) is exactly a name mention of something other than a person ("die „Bild“", "„Ever Given“"). */
function isQuotedName(c: QuoteContext, start: number, end: number): boolean {
  const si = c.toks[c.tokenAt(start)]?.sentence;
  if (si === undefined) return false;
  return (c.mentionsBySentence[si] ?? []).some((m) => m.mention.kind === 'name' && m.type !== 'PER' && m.mention.start === start && m.mention.end === end);
}

/**
 * The clause a verb reports after a colon opens with a source phrase of its own ("Er verwies auf eine Serie von
 * Zwischenfällen: Nach Angaben des Grenzschutzes versuchten …", "He pointed to the figures: according to the border
 * guard, …"): the source the clause names is its speaker, so the verb's reading gives way to the source phrase's.
 */
function sourcedAfterColon(c: QuoteContext, q: QuoteCandidate, cues: readonly Cue[]): boolean {
  const rs = c.tokenAt(q.start);
  if (rs <= 0 || c.toks[rs - 1]!.text !== ':') return false;
  return cues.some((o) => o.kind === 'source-prep' && o.first === rs);
}

/** Reported speech of sentence si (tokens [a, b]), one cue after the other; a cue inside an earlier report is skipped. */
function reportedIn(att: Attributor, si: number, a: number, b: number): QuoteCandidate[] {
  const c = att.c;
  const out: QuoteCandidate[] = [];
  const cues = att.cuesBySentence[si]!;
  let claimedUntil = a - 1;
  const ownSourced = new Set<QuoteCandidate>();
  for (const cue of cues) {
    if (cue.first <= claimedUntil) continue;
    if (framesDirectQuote(c, cue, a, b)) continue;
    const quoted = quotedAsSaying(att, si, a, b, cue, cues);
    if (quoted !== undefined) {
      out.push(quoted);
      claimedUntil = Math.max(claimedUntil, c.tokenBefore(quoted.end));
      continue;
    }
    let found: QuoteCandidate[];
    // "He said China had no plans …, according to a U.S. official": a clause already reported keeps its speaker; the source names the channel
    if (cue.kind === 'source-prep' || cue.kind === 'source-post') {
      found = sourcePhrase(att, si, a, b, cue).filter((q) => c.tokenAt(q.start) > claimedUntil);
      if (ownSourceCue(c, cue)) for (const q of found) ownSourced.add(q);
    }
    else {
      // "Wie die Polizei mitteilte, …" / "…, as the ministry said."
      found = cue.kind === 'verb' ? asClause(att, si, a, b, cue, cues) : [];
      // "P, warnte er, da R" is both: the part before the frame and the Konjunktiv tail after it
      if (!found.length) found = cueAfter(att, si, a, b, cue, cues);
      // a frame after the clause that names nobody ("Petrov, who …, said the talks …"): the clause follows the verb
      if (found.length && found.every((q) => q.speaker === null && q.speakerSpan === null)) found = [];
      if (!found.length && cue.kind === 'verb') {
        const before = cueBefore(att, si, a, b, cue, cues);
        if (before && !sourcedAfterColon(c, before, cues)) found = [before];
      }
    }
    if (isAdjunctParticiple(c, cue)) found = found.map((q) => adjunctSpeaker(att, si, out, q));
    for (const q of found) {
      out.push(q);
      claimedUntil = Math.max(claimedUntil, c.tokenBefore(q.end));
      if (q.speaker !== null) att.sentenceLast = { speaker: q.speaker, speakerSpan: q.speakerSpan, sentence: si };
    }
  }
  // ("Ihrer Meinung nach sei die Lage ernst, sagte X": a source named by a possessive inside a clause a frame reports is
  // the frame's speaker's own view, part of that report, not a report of its own)
  if (ownSourced.size) {
    const inner = out.filter((q) => ownSourced.has(q) && out.some((r) => !ownSourced.has(r) && r.start <= q.start && r.end >= q.end));
    for (const q of inner) out.splice(out.indexOf(q), 1);
  }
  const colon = colonReport(att, si, a, b, claimedUntil);
  if (colon) out.push(colon);
  const stance = claimedUntil < a ? stanceReport(att, si, a, b) : null;
  if (stance) out.push(stance);
  // "Die Forderung der Gewerkschaft, dass …, lehnten die Arbeitgeber ab": the noun's clause, not a clause the verb frames
  const nominal = contentClauses(att, si, a, b);
  if (!nominal.length) return out;
  return [...out.filter((q) => !nominal.some((n) => n.start < q.end && q.start < n.end)), ...nominal].sort((x, y) => x.start - y.start);
}

/**
 * A source cue that names its source by a possessive or own-word: before the report noun of a postposition ("Ihrer
 * Meinung nach", "eigenen Angaben zufolge") or after a preposition ("nach seinen Worten", "laut eigenen Angaben").
 */
function ownSourceCue(c: QuoteContext, cue: Cue): boolean {
  const own = (k: number): boolean => {
    const t = c.toks[k];
    return !!t && c.inQuote[k] === -1 && (c.lex.possessives.has(t.lower) || c.lex.ownWords.has(t.lower));
  };
  return cue.kind === 'source-post' ? own(cue.first - 2) : cue.last > cue.first + 1 && own(cue.first + 1);
}

/**
 * "Für die Ministerin ist klar, dass die Reform kommt", "Klar ist für X, dass …", "Für X steht fest, dass …": a settled view
 * framed by a preposition of its holder (`stancePrepositions`) and a phrase of certainty (`stanceFrames`, finite verb and
 * predicate, in either order; "ist es klar" too) at the sentence start reports the clause after the comma as the holder's
 * thought. The clause opens with a complementizer or is a main clause in Konjunktiv; it runs to the sentence end. The
 * holder is the mention right after the preposition (its article allowed before it); a group with no mention names nobody.
 */
function stanceReport(att: Attributor, si: number, a: number, b: number): QuoteCandidate | null {
  const c = att.c;
  if (!c.lex.stanceFrames.length || !c.lex.stancePrepositions.has(c.toks[a]!.lower)) return stanceInverted(att, si, a, b);
  const m = holderAt(c, si, a + 1);
  if (!m) return null;
  // ("For the minister, it is clear that …": where clauses are not marked by commas, one closes the fronted phrase)
  const after = !c.lex.grammar.commaClauses && c.isComma(m.last + 1) ? m.last + 2 : m.last + 1;
  const k = frameWords(c, after, b, false);
  return k < 0 ? null : stanceClause(att, si, a, b, m, k);
}

/** "Klar ist für X, dass …", "Fest steht für X, dass …": the phrase of certainty inverted before the holder. */
function stanceInverted(att: Attributor, si: number, a: number, b: number): QuoteCandidate | null {
  const c = att.c;
  if (!c.lex.stanceFrames.length) return null;
  const p = frameWords(c, a, b, true);
  if (p < 0 || p > b || !c.lex.stancePrepositions.has(c.toks[p]!.lower)) return null;
  const m = holderAt(c, si, p + 1);
  if (!m || !c.isComma(m.last + 1)) return null;
  return stanceClause(att, si, a, b, m, m.last + 1);
}

/**
 * The mention at token i of sentence si, or after an article and up to two capitalised words there (a title the
 * mention leaves out: "For Senator John Thune", "Für Ministerin Anna Berg"), the one reaching furthest; or undefined.
 */
function holderAt(c: QuoteContext, si: number, i: number): MentionRef | undefined {
  const at = [i];
  let k = i;
  if (c.lex.determiners.has(c.toks[k]?.lower ?? '')) at.push(++k);
  for (let n = 0; n < 2 && c.toks[k]?.kind === 'word' && isCap(c.toks[k]) && c.inQuote[k] === -1; n++) at.push(++k);
  // (of several, the one reaching furthest: "Senator" alone is a description of its own before "John Thune")
  let best: MentionRef | undefined;
  for (const x of c.mentionsBySentence[si] ?? []) {
    if (at.includes(x.first) && x.mention.kind !== 'adjective' && (!best || x.last > best.last)) best = x;
  }
  return best;
}

/**
 * The phrase of certainty at token i: in main-clause order ("ist klar", "ist es klar", "steht fest") followed by a
 * comma, whose token it returns; where clauses are not marked by commas ("it is clear that …"), followed by a
 * complementizer, returning the phrase's last word (the token before the clause); or, `inverted`, predicate before
 * verb ("Klar ist", "Fest steht"), returning the token after it. -1 when no listed phrase stands there.
 */
function frameWords(c: QuoteContext, i: number, b: number, inverted: boolean): number {
  for (const [verb, ...pred] of c.lex.stanceFrames) {
    if (verb === undefined || !pred.length) continue;
    const words = inverted ? [...pred, verb] : [verb, ...pred];
    let k = i;
    let ok = true;
    for (const [n, w] of words.entries()) {
      // ("Für X ist es klar, dass …": the expletive after the verb, `stanceExpletives`)
      if (!inverted && n === 1 && c.lex.stanceExpletives.has(c.toks[k]?.lower ?? '')) k++;
      if (k > b || c.toks[k]!.lower !== w || c.inQuote[k] !== -1) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok && (inverted || c.isComma(k))) return k;
    if (ok && !c.lex.grammar.commaClauses && c.lex.complementizers.has(c.toks[k]?.lower ?? '') && c.inQuote[k] === -1) return k - 1;
  }
  return -1;
}

/** The clause after the comma at token k, said (thought) by the holder m: a dass-clause or a Konjunktiv main clause of three words or more. */
function stanceClause(att: Attributor, si: number, a: number, b: number, m: MentionRef, k: number): QuoteCandidate | null {
  const c = att.c;
  let rs = k + 1;
  const hasThat = c.lex.complementizers.has(c.toks[rs]?.lower ?? '');
  if (hasThat) rs++;
  let re = b;
  while (re > rs && TERMINAL.has(c.toks[re]!.text)) re--;
  if (re <= rs || c.words(rs, re) < 3 || c.inQuote[rs] !== -1) return null;
  if (!hasThat && !(isClauseStart(c, rs) && startsMainClauseInKonjunktiv(c, rs, re))) return null;
  const x = att.toAttribution({ mention: m, addressee: null }, null, [a, k - 1]);
  return att.make('indirect', c.toks[rs]!.start, c.toks[re]!.end, si, x, 'reported-stance', 0.55, false);
}

/**
 * "Die Forderung der Gewerkschaft, dass die Löhne steigen, …": a content noun (`contentNouns`) with a genitive or
 * "von" attribute that names a speaker (a mention in it) and a clause opened by a complementizer ("dass", "ob") right
 * after its comma reports that clause,
 * said by the attribute's owner; the clause runs to the next comma or the sentence end.
 */
function contentClauses(att: Attributor, si: number, a: number, b: number): QuoteCandidate[] {
  const c = att.c;
  const out: QuoteCandidate[] = [];
  if (!c.lex.contentNouns.size) return out;
  for (let i = a; i < b; i++) {
    const t = c.toks[i]!;
    if (c.inQuote[i] !== -1 || t.kind !== 'word' || !isCap(t) || !c.lex.contentNouns.has(t.lower) || !c.lex.sourceGenitives.has(c.toks[i + 1]!.lower)) continue;
    // the attribute: at most six words up to the comma, with no preposition ("Die Forderung der Gewerkschaft mit dem
    // Hinweis ab, dass …" is a frame in mid-clause, not the noun's clause; a verb particle may close it: "… zurück, dass")
    let k = i + 2;
    while (k <= b && k - i <= 7 && c.inQuote[k] === -1 && c.toks[k]!.kind === 'word' && attributeWord(c, k)) k++;
    if (k >= b || !c.isComma(k)) continue;
    const that = c.lex.complementizers.has(c.toks[k + 1]!.lower);
    const m = (c.mentionsBySentence[si] ?? []).find((x) => x.first >= i + 2 && x.last < k && x.mention.kind !== 'pronoun');
    if (!m) continue;
    const rs = that ? k + 2 : k + 1;
    let re = rs;
    while (re < b && !(c.inQuote[re + 1] === -1 && (c.isComma(re + 1) || TERMINAL.has(c.toks[re + 1]!.text)))) re++;
    if (c.words(rs, re) < 2) continue;
    // ("Die Forderung der SPD, die Bank zu boykottieren", "Das Eingeständnis der Ministerin, ihre Entscheidung sei falsch
    // gewesen": the content may also be a zu-infinitive clause or a main clause in Konjunktiv I, not a relative clause)
    if (!that && !(c.lex.grammar.commaClauses && (infinitiveClause(c, rs, re) || konjunktivMainClause(c, rs, re)))) continue;
    const x = att.toAttribution({ mention: m, addressee: null }, null, [i, k - 1]);
    out.push(att.make('indirect', c.toks[rs]!.start, c.toks[re]!.end, si, x, 'reported-content-noun', 0.6, false));
    i = re;
  }
  return out;
}

/** Tokens [rs, re] are a German zu-infinitive clause: at least two words, the last the infinitive ("die Bank zu boykottieren", "einzulenken"). */
function infinitiveClause(c: QuoteContext, rs: number, re: number): boolean {
  const last = c.toks[re]!;
  // (an article may open it, "die Bank …": a relative clause closes on its finite verb, not on an infinitive)
  if (re - rs < 1 || last.kind !== 'word' || c.inQuote[re] !== -1 || c.lex.nonReporting.has(c.toks[rs]!.lower)) return false;
  return c.lex.infinitiveMarker.has(c.toks[re - 1]!.lower) || c.hasInfinitive(re, re);
}

/** Tokens [rs, re] open a main clause (no relative or subordinate opener) with a Konjunktiv I form outside quotes ("ihre Entscheidung sei falsch gewesen"). */
function konjunktivMainClause(c: QuoteContext, rs: number, re: number): boolean {
  if (!isClauseStart(c, rs)) return false;
  for (let i = rs + 1; i <= re; i++) if (c.inQuote[i] === -1 && c.mood(i) === 'k1') return true;
  return false;
}

/** Token k can stand between a content noun's attribute and its comma: no preposition, which opens a phrase of the verb's ("mit dem Hinweis ab, dass …"). */
function attributeWord(c: QuoteContext, k: number): boolean {
  return !c.lex.prepositions.has(c.toks[k]!.lower);
}

/**
 * "The broadcaster VBTC quoted the health minister, X, as saying hospitals were …": an active verb of
 * quoting followed later in its sentence by "as" and a participle of saying reports what follows the
 * participle, said by the verb's object (see `pickSpeaker`), not the noun phrase after the verb.
 * Undefined when the cue is no such verb or nothing is reported after the participle.
 */
function quotedAsSaying(att: Attributor, si: number, a: number, b: number, cue: Cue, cues: readonly Cue[]): QuoteCandidate | undefined {
  const c = att.c;
  if (cue.kind !== 'verb' || !c.lex.quotingVerbs.has(cue.lemma)) return undefined;
  const part = cues.find((o) => o.first > cue.last + 1 && o.kind === 'verb' && isParticipleCue(c, o) && c.lex.asClauses.has(c.toks[o.first - 1]?.lower ?? ''));
  if (!part) return undefined;
  // (nothing after the participle: the clause stands before the frame, "…, KCNA quoted him as saying")
  const q = cueBefore(att, si, a, b, part, cues);
  if (!q) return undefined;
  const end = part.first - 2;
  const x = att.speakerFor(si, a, end, cue, pickSpeaker(c, si, a, end, cue.first, cue.last));
  return att.make(q.kind, q.start, q.end, si, x, 'reported-quoted-as', 0.75, false);
}

/**
 * ", he said, adding that …", "The union announced strikes, saying it would …": a participle after a
 * comma shares the subject of its clause — the speaker of the report before it in the sentence, else
 * the subject of the sentence (see {@link adjunctSubject}); otherwise the clause as attributed.
 */
function adjunctSpeaker(att: Attributor, si: number, before: readonly QuoteCandidate[], q: QuoteCandidate): QuoteCandidate {
  const prev = before.findLast((o) => o.sentence === si && (o.speaker !== null || o.speakerSpan !== null));
  if (prev) return { ...q, speaker: prev.speaker, speakerSpan: prev.speakerSpan };
  const subj = adjunctSubject(att.c, si, att.last, q.start);
  return subj ? { ...q, speaker: subj.speaker, speakerSpan: subj.span } : q;
}

/**
 * "Lang traf Macron in Paris. Sein Fazit: Die Gespräche seien gut verlaufen.": a sentence that opens with a possessive and
 * a statement noun before the colon at k (`colonNouns`) reports what the possessor said, the possessive resolved as a
 * pronoun (a person, office-holder or group of the last sentences); null when the lead is another phrase or nobody fits.
 */
function possessorLead(att: Attributor, si: number, a: number, k: number, re: number): Attribution | null {
  const c = att.c;
  const agr = c.lex.possessives.get(c.toks[a]!.lower);
  if (agr === undefined || c.lex.determiners.has(c.toks[a]!.lower) || afterColonLead(c, a, re) !== k + 1) return null;
  const r = resolvePronoun(c, si, a, agr, att.last);
  return r?.speaker ? { speaker: r.speaker, speakerSpan: r.span, cue: null, addressee: null, frame: [a, k - 1] } : null;
}

/**
 * "Dobrindt verteidigte das Vorhaben: Die Zahl der Anträge müsse sinken.": a clause in Konjunktiv
 * after a colon reports what the subject of the clause before said, whatever its verb. Only
 * German (the mood marks the report); the subject must be a person or organisation mention.
 */
function colonReport(att: Attributor, si: number, a: number, b: number, claimedUntil: number): QuoteCandidate | null {
  const c = att.c;
  if (!c.lex.grammar.subjunctiveReports) return null;
  let k = Math.max(a, claimedUntil + 1);
  while (k < b && !(c.toks[k]!.text === ':' && c.inQuote[k] === -1)) k++;
  if (k >= b || c.inQuote[k + 1] !== -1 || k - a < 2) return null;
  let re = b;
  while (re > k && TERMINAL.has(c.toks[re]!.text)) re--;
  if (c.words(k + 1, re) < 3 || !startsMainClauseInKonjunktiv(c, k + 1, re) || !isClauseStart(c, k + 1)) return null;
  const owner = possessorLead(att, si, a, k, re);
  if (owner) return att.make('indirect', c.toks[k + 1]!.start, c.toks[re]!.end, si, { ...owner, speaker: conventionalSpeaker(c, owner.speaker, owner.speakerSpan) }, 'reported-after-colon', 0.55, false);
  const pick = pickSpeaker(c, si, a, k - 1, -1, -1);
  if (!pick.mention || pick.mention.mention.kind === 'adjective') return null;
  const x = att.toAttribution(pick, null, [a, k - 1]);
  if (x.speaker === null) return null;
  // (the conventions on speakers hold here as for a report with a speech verb: "Ein Sprecher der Staatsanwaltschaft …
  // Er erteilte der Forderung eine Absage: Eine Freilassung komme nicht in Frage" is the office's state, not the
  // unnamed spokesperson the entity layer made an entity of)
  const speaker = conventionalSpeaker(c, x.speaker, x.speakerSpan);
  return att.make('indirect', c.toks[k + 1]!.start, c.toks[re]!.end, si, { ...x, speaker }, 'reported-after-colon', 0.6, false);
}
