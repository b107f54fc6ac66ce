import type { QuoteContext } from './context.js';
import type { Attributor, QuoteCandidate } from './attribution.js';
import type { Cue } from './cues.js';
import type { Span } from '../../doc/types.js';
import { afterColonLead, hasQuote, isReportNoun, startsMainClauseInKonjunktiv, TERMINAL } from './clauses.js';
import { pickSpeaker } from './speaker.js';
import { sentenceSubject, subjectReferent } from './antecedent.js';
import { isUnspecifiedSpeaker } from './lexicon.js';
import { isCap, isLower } from './case.js';
import { conventionalSpeaker } from './office.js';

/** What {@link continuations} found, and which of the absorbed reports it took back as the account going on. */
export interface ContinuationResult {
  /** The continuation quotes, in text order. */
  quotes: QuoteCandidate[];
  /** The absorbed reports whose sentence a continuation covers: they give way to it. */
  replaced: Set<QuoteCandidate>;
}

/**
 * German reported speech goes on in Konjunktiv without a new speech verb: later sentences in Konjunktiv belong to the last speaker.
 * An absorbed report (see {@link absorbedReports}) is first read as part of such an account; when no continuation takes its
 * sentence, it stays a report of its own and the pass goes on from it, as from any report (one pass, in text order).
 */
export function continuations(ax: Attributor, found: readonly QuoteCandidate[], absorbed: ReadonlySet<QuoteCandidate> = new Set()): ContinuationResult {
  const c = ax.c;
  const out: QuoteCandidate[] = [];
  const replaced = new Set<QuoteCandidate>();
  const bySentence = new Map<number, QuoteCandidate>();
  // (an absorbed report holds its sentence alone and ends in it: one per sentence)
  const absorbedAt = new Map<number, QuoteCandidate>();
  for (const q of absorbed) absorbedAt.set(q.sentence, q);
  for (const q of found) {
    if (absorbed.has(q)) continue;
    // an unframed direct quote inside a sentence does not end a Konjunktiv report
    // (a quote that goes on from the previous one, or follows its speaker's sentence, as a sentence of its own does: „…“ „…“ Die Lage sei …)
    const ownSentence = (q.rule === 'direct-follow-on' || q.rule === 'direct-after-subject') && c.tokenAt(q.start) - 1 <= (c.sentTokens[q.sentence]?.[0] ?? -1);
    if (q.kind === 'direct' && q.cue === null && q.rule !== 'direct-colon' && !ownSentence) continue;
    if (q.kind === 'direct' && q.fragment) continue;
    const s = c.toks[c.tokenBefore(q.end)]?.sentence ?? q.sentence;
    bySentence.set(s, q);
    if (q.sentence !== s && !bySentence.has(q.sentence)) bySentence.set(q.sentence, q);
  }
  const paragraphs = c.doc.get('paragraphs');
  const sentences = c.doc.get('sentences');
  let prev: QuoteCandidate | null = null;
  // the last report with a speaker and its sentence, kept over one sentence of another kind
  let recent: { q: QuoteCandidate; si: number } | null = null;
  /** Sentence si, which holds no report of its own: a continuation, a free indirect report or a source for the next. */
  function goOn(a: number, b: number, si: number): void {
    const p = paragraphs[sentences[si]!.paragraph];
    const cont = prev;
    prev = null;
    // a sentence that reports a statement without quoting it ("Der Minister äußerte sich zur
    // Lage.") is a source for the Konjunktiv sentences after it
    const verbCue = a <= b ? ax.cuesBySentence[si]!.find((k) => k.kind === 'verb') : undefined;
    if (verbCue && !startsMainClauseInKonjunktiv(c, a, b)) {
      const pick = pickSpeaker(c, si, a, b, verbCue.first, verbCue.last);
      const att = ax.withPhrase(ax.speakerFor(si, a, b, verbCue, pick));
      // (a specific phrase the layer did not link counts too, as it does for a report: "Der Deutsche
      // Wetterdienst warnt vor Starkregen. Es könne …"; not an unspecified group)
      const phrase = att.speakerSpan !== null && !isUnspecifiedSpeaker(c.doc.text.slice(att.speakerSpan.start, att.speakerSpan.end), c.lex);
      if (att.speaker !== null || phrase) {
        // (by the same conventions as a report: an unnamed office-holder speaks for its organisation)
        const speaker = conventionalSpeaker(c, att.speaker, att.speakerSpan);
        prev = { kind: 'indirect', start: c.toks[a]!.start, end: c.toks[a]!.start, sentence: si, speaker, speakerSpan: att.speakerSpan,
          cue: null, addressee: null, date: null, fragment: false, rule: 'source', confidence: 0 };
        // (and across one sentence of another kind, as after a report: "Die Polizei sprach von einer ruhigen Nacht. In 40
        // Autos wurde Feuer gelegt. In einer Garage seien drei Busse zerstört worden." — see afterGap)
        if (speaker !== null && plainStatement(c, a, verbCue, att.speakerSpan)) recent = { q: prev, si };
      }
      return;
    }
    if (a > b || p?.zone === 'heading' || p?.zone === 'title') return;
    if (!cont || (cont.speaker === null && cont.speakerSpan === null)) {
      // "Präsident X ging in seiner Rede auf die Krise ein. Die Lage sei ernst.": a Konjunktiv main
      // clause right after a sentence (same paragraph, no quote) that names a statement and whose
      // subject is a named person reports what that person said
      const q = freeIndirect(c, ax, si, a, b, bySentence) ?? afterGap(c, ax, si, a, b, recent) ?? beforeFramedReport(c, ax, si, a, b, bySentence);
      if (q) {
        out.push(q);
        prev = q;
        recent = { q, si };
      }
      return;
    }
    // a verb of saying after the Konjunktiv verb of a sentence that reports no clause of its own ("Die
    // Landesregierung habe die Bitte abgelehnt") is part of the account; a finite verb of saying before
    // it ("forderte dessen Gesandter konkretere Schritte") makes the sentence a statement of its own
    const firstVerbCue = ax.cuesBySentence[si]!.find((k) => k.kind === 'verb');
    if (firstVerbCue && !(startsMainClauseInKonjunktiv(c, a, b) && firstMood(c, a, b) < firstVerbCue.first)) return;
    // "Mehr als 300 Menschen wurden demnach verletzt.": an adverb that points back to the source goes on with it, in any mood
    // ("Die Truppen sollen mehrere Kämpfer festgenommen haben.": the modal of hearsay goes on with it as well)
    if (!startsMainClauseInKonjunktiv(c, a, b) && !hasReportAdverb(c, a, b) && !laterMainClauseInK1(c, a, b) && !hearsay(c, a, b)) return;
    // "Es wäre das erste Mal seit 1990, dass …": only singular Konjunktiv II with a distinct Konjunktiv I is the writer's hypothesis
    if (!hasReportAdverb(c, a, b) && onlyHypothetical(c, a, b)) return;
    // (a new paragraph that opens with the report framed in its next sentence is that report's: "…, sagte X.¶ Das
    // Abkommen bedeute …. Beide profitierten davon, so Y.")
    const ahead = sentences[cont.sentence]?.paragraph !== sentences[si]!.paragraph ? beforeFramedReport(c, ax, si, a, b, bySentence) : null;
    if (ahead) {
      out.push(ahead);
      prev = ahead;
      recent = { q: ahead, si };
      return;
    }
    let re = b;
    while (re > a && c.inQuote[re] === -1 && TERMINAL.has(c.toks[re]!.text)) re--;
    // the same statement goes on: it keeps the speaker, addressee and date of the one before
    const q: QuoteCandidate = {
      kind: 'indirect', start: c.toks[afterColonLead(c, a, re)]!.start, end: c.toks[re]!.end, sentence: si, speaker: cont.speaker,
      speakerSpan: cont.speakerSpan, cue: null, addressee: cont.addressee, date: cont.date, fragment: false, rule: 'reported-continuation', confidence: 0.6,
    };
    out.push(q);
    prev = q;
    recent = { q, si };
  }
  c.sentTokens.forEach(([a, b], si) => {
    const own = bySentence.get(si);
    if (own) {
      prev = own;
      if (own.speaker !== null || own.speakerSpan !== null) recent = { q: own, si };
      return;
    }
    const held = absorbedAt.get(si);
    const before = out.length;
    goOn(a, b, si);
    if (!held) return;
    if (out.length > before) {
      replaced.add(held);
      return;
    }
    // no continuation takes the sentence: the absorbed report is restored as a report of its own
    bySentence.set(si, held);
    prev = held;
    if (held.speaker !== null || held.speakerSpan !== null) recent = { q: held, si };
  });
  return { quotes: out, replaced };
}

/**
 * Reports framed inside a Konjunktiv main clause right after a report of the same paragraph ("X sagte, die Lage
 * sei ernst. Er könne nicht ausschließen, dass …", "Die Regierung müsse jetzt erklären, wie …"): the Konjunktiv
 * verb before the verb of saying makes the whole sentence the account going on, not a report of its own (the same
 * test {@link continuations} applies to a sentence with a cue). Returned so that the continuation pass covers such
 * sentences whole; a sentence it does not take keeps its report.
 */
export function absorbedReports(ax: Attributor, found: readonly QuoteCandidate[]): Set<QuoteCandidate> {
  const c = ax.c;
  const out = new Set<QuoteCandidate>();
  if (!c.lex.grammar.subjunctiveReports) return out;
  const sentences = c.doc.get('sentences');
  const endSentence = (q: QuoteCandidate): number => c.toks[c.tokenBefore(q.end)]?.sentence ?? q.sentence;
  for (const q of found) {
    if (q.kind !== 'indirect' || q.rule !== 'reported-after-cue' || !q.cue) continue;
    const si = q.sentence;
    const range = c.sentTokens[si];
    if (!range || si === 0 || endSentence(q) !== si) continue;
    const [a, b] = range;
    // (a modal or future auxiliary in Konjunktiv before the verb: "müsse erklären", "werde bekanntgeben"; a perfect
    // auxiliary makes the frame a report of its own, "Sie habe betont, …", by the corpus convention)
    const mood = firstMood(c, a, b);
    if (!startsMainClauseInKonjunktiv(c, a, b) || mood >= c.tokenAt(q.cue.start) || !c.lex.reportModals.has(c.toks[mood]!.lower)) continue;
    // (the sentence holds this report only, and the one before ends a report with a source, in the same paragraph)
    if (found.some((o) => o !== q && (o.sentence === si || endSentence(o) === si))) continue;
    const before = found.find((o) => endSentence(o) === si - 1 && (o.kind === 'indirect' || o.cue !== null) && (o.speaker !== null || o.speakerSpan !== null));
    if (!before || sentences[si - 1]?.paragraph !== sentences[si]?.paragraph) continue;
    out.add(q);
  }
  return out;
}

/**
 * "X sagte, die Lage sei ernst. Am Abend trafen neue Helfer ein. Die Regierung habe …": a main clause
 * in Konjunktiv I (not only a Konjunktiv II form, not a question) or with the modal of hearsay and a perfect infinitive
 * ("… sollen verletzt worden sein", see {@link hearsay}) with no cue of its own, one
 * sentence after a report — the sentence between has neither a cue nor a quote nor a subject who
 * is someone else, the three lie in one paragraph or the report closes the paragraph before — goes
 * on with that report's speaker.
 */
function afterGap(c: QuoteContext, ax: Attributor, si: number, a: number, b: number, recent: { q: QuoteCandidate; si: number } | null): QuoteCandidate | null {
  if (!recent || si - recent.si !== 2) return null;
  const sentences = c.doc.get('sentences');
  const between = c.sentTokens[si - 1];
  if (!between || between[0] > between[1] || ax.cuesBySentence[si - 1]!.length > 0 || hasQuote(c, between[0], between[1])) return null;
  if (sentences[si - 1]!.paragraph !== sentences[si]!.paragraph || sentences[si]!.paragraph - sentences[recent.si]!.paragraph > 1) return null;
  if (ax.cuesBySentence[si]!.length > 0 || hasQuote(c, a, b) || c.toks[b]!.text === '?' || c.toks[b]!.text === '!') return null;
  // (or the modal of hearsay with a perfect infinitive, which reports in any mood: "Außerdem sollen zehn Menschen verletzt worden sein")
  if (!(startsMainClauseInKonjunktiv(c, a, b) && hasK1(c, a, b)) && !hearsay(c, a, b)) return null;
  // (the sentence between may not be about someone else: "X sagte, … Y reiste nach Brüssel. Dort wolle er …" is Y's)
  const topic = sentenceSubject(c, si - 1);
  if (topic && topic.speaker !== recent.q.speaker) return null;
  let re = b;
  while (re > a && TERMINAL.has(c.toks[re]!.text)) re--;
  const q = recent.q;
  return {
    kind: 'indirect', start: c.toks[afterColonLead(c, a, re)]!.start, end: c.toks[re]!.end, sentence: si, speaker: q.speaker, speakerSpan: q.speakerSpan,
    cue: null, addressee: q.addressee, date: q.date, fragment: false, rule: 'reported-continuation-gap', confidence: 0.45,
  };
}

/**
 * "Die Felder verbrauchten zu viel Wasser, der Aralsee sei dafür ein Mahnmal": a main clause after a
 * comma of [a, b] (a pronoun, or an article with its capitalised noun, or a capitalised name, then
 * the verb in second place, as no relative clause has it) whose verb is Konjunktiv I; the first
 * clause's verb may be a form indicative and Konjunktiv II share.
 */
function laterMainClauseInK1(c: QuoteContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!c.isComma(k) || c.inQuote[k] !== -1) continue;
    let j = k + 1;
    const t = c.toks[j];
    if (!t || t.kind !== 'word') continue;
    if (c.lex.pronouns.has(t.lower)) j++;
    else {
      if (c.lex.determiners.has(t.lower)) j++;
      if (!isCap(c.toks[j])) continue;
      while (j <= b && isCap(c.toks[j])) j++;
    }
    if (j <= b && c.inQuote[j] === -1 && c.mood(j) === 'k1') return true;
  }
  return false;
}

/**
 * A statement sentence that may reach over a sentence between (see {@link afterGap}): its verb of saying stands in
 * the main clause (no comma before it: not "…, obwohl sich Anleger gemeldet hatten") and its speaker phrase right
 * before or right after it ("Die Gewerkschaft verteidigte …", "Scharfe Kritik übte die Gewerkschaft"), not a name
 * elsewhere in the sentence ("… forderte ein Sturm, der den Norden der Philippinen traf").
 */
function plainStatement(c: QuoteContext, a: number, cue: Cue, span: Span | null): boolean {
  if (span === null) return false;
  for (let i = a; i < cue.first; i++) if (c.isComma(i) || c.inQuote[i] !== -1) return false;
  const first = c.tokenAt(span.start);
  const last = c.tokenBefore(span.end);
  return last === cue.first - 1 || first === cue.last + 1;
}

/** A Konjunktiv I form (not only Konjunktiv II) outside quotes in [a, b]. */
function hasK1(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.mood(i) === 'k1') return true;
  return false;
}

/**
 * "Der Kapitän soll die Warnungen ignoriert haben.": the first clause of [a, b] (up to a comma or the
 * end) has a modal of hearsay (`hearsayModals`) and closes with a participle and a perfect infinitive
 * (`perfectInfinitives`); "Er soll am Montag nach Madrid reisen" is a plan, no hearsay.
 */
function hearsay(c: QuoteContext, a: number, b: number): boolean {
  let end = a;
  while (end < b && !c.isComma(end + 1) && !TERMINAL.has(c.toks[end + 1]!.text)) end++;
  let modal = false;
  for (let i = a; i <= end && !modal; i++) modal = c.inQuote[i] === -1 && c.lex.hearsayModals.has(c.toks[i]!.lower);
  if (!modal) return false;
  return c.lex.perfectInfinitives.some((words) => {
    const first = end - words.length + 1;
    const participle = c.toks[first - 1];
    return first - 1 > a && participle !== undefined && participle.kind === 'word' && isLower(participle) && c.inQuote[first - 1] === -1 &&
      words.every((w, k) => c.toks[first + k]?.lower === w && c.inQuote[first + k] === -1);
  });
}

/** The sentence holds an adverb that points back to the source ("demnach", "demzufolge") outside quotes. */
function hasReportAdverb(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.lex.reportAdverbs.has(c.toks[i]!.lower)) return true;
  return false;
}

/** Every Konjunktiv form of [a, b] outside quotes is a singular Konjunktiv II whose Konjunktiv I differs ("wäre", "hätte"). */
function onlyHypothetical(c: QuoteContext, a: number, b: number): boolean {
  let any = false;
  for (let i = a; i <= b; i++) {
    if (c.inQuote[i] !== -1 || !c.mood(i)) continue;
    if (!c.lex.subjunctive.hypothetical.has(c.toks[i]!.lower)) return false;
    any = true;
  }
  return any;
}

/** First token of [a, b] outside quotes in Konjunktiv, or b + 1. */
function firstMood(c: QuoteContext, a: number, b: number): number {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.mood(i)) return i;
  return b + 1;
}

/**
 * A Konjunktiv sentence without a report before it, attributed to the subject of the sentence
 * before — a named person, or a state or organisation — when that sentence names a statement
 * (see {@link continuations}). The sentence before lies in the same paragraph, or closes the
 * paragraph before when this sentence opens its own ("… gab am Abend eine Erklärung ab.¶ Die Lage sei …").
 */
function freeIndirect(c: QuoteContext, ax: Attributor, si: number, a: number, b: number, bySentence: ReadonlyMap<number, QuoteCandidate>): QuoteCandidate | null {
  const sentences = c.doc.get('sentences');
  const before = c.sentTokens[si - 1];
  if (si === 0 || !before || before[0] > before[1] || bySentence.has(si - 1)) return null;
  const pb = sentences[si - 1]!.paragraph;
  const p = sentences[si]!.paragraph;
  if (pb !== p && !(pb === p - 1 && c.doc.get('paragraphs')[pb]?.zone === 'body')) return null;
  // ("Die Polizei hat ihren Jahresbericht vorgelegt. Demnach ist die Zahl der Einbrüche gesunken.": an adverb that points
  // back to the statement reports the sentence in any mood, as it does after a report)
  const adverb = hasReportAdverb(c, a, b);
  if (ax.cuesBySentence[si]!.length > 0 || !(adverb || startsMainClauseInKonjunktiv(c, a, b)) || hasQuote(c, a, b) || (!adverb && onlyHypothetical(c, a, b))) return null;
  // (a sentence of the paragraph's Konjunktiv account only: not a question or an exclamation)
  if (c.toks[b]!.text === '?' || c.toks[b]!.text === '!') return null;
  // the sentence before names a statement ("in seiner Rede", "in einem Interview"): an account of
  // something else ("Am Abend reiste Engel ab.") does not make the person the source
  let statement = false;
  for (let i = before[0]; i <= before[1] && !statement; i++) statement = c.inQuote[i] === -1 && isReportNoun(c, i);
  if (!statement) return null;
  const subj = subjectReferent(c, si - 1, ax.last);
  if (!subj) return null;
  let re = b;
  while (re > a && TERMINAL.has(c.toks[re]!.text)) re--;
  return {
    kind: 'indirect', start: c.toks[afterColonLead(c, a, re)]!.start, end: c.toks[re]!.end, sentence: si, speaker: subj.speaker, speakerSpan: subj.span,
    cue: null, addressee: null, date: null, fragment: false, rule: 'reported-free', confidence: 0.5,
  };
}

/**
 * "Die Lage im Norden sei ernst. Man müsse jetzt handeln, sagte X.": a Konjunktiv I main clause with no
 * report before it, no cue and no quote of its own, right before a sentence of the same paragraph that
 * opens with a clause reported before its frame ("…, sagte X", "…, so X") or is reported by an anaphoric frame after it
 * ("Man werde nichts zahlen. Das erklärte X."), is the start of that report: it has that report's speaker. (Only Konjunktiv I, not the writer's Konjunktiv II, and no question.)
 */
function beforeFramedReport(c: QuoteContext, ax: Attributor, si: number, a: number, b: number, bySentence: ReadonlyMap<number, QuoteCandidate>): QuoteCandidate | null {
  const next = bySentence.get(si + 1);
  const range = c.sentTokens[si + 1];
  if (!next || !range || next.sentence !== si + 1 || (next.speaker === null && next.speakerSpan === null)) return null;
  // (or the sentence an anaphoric frame after it reports: "Die Entscheidung sei endgültig. Man werde nichts zahlen. Das
  // erklärte die Regierungschefin.")
  if (next.rule !== 'reported-before-cue' && next.rule !== 'reported-so' && next.rule !== 'reported-anaphoric') return null;
  const sentences = c.doc.get('sentences');
  if (sentences[si]!.paragraph !== sentences[si + 1]!.paragraph || c.tokenAt(next.start) !== range[0]) return null;
  if (ax.cuesBySentence[si]!.length > 0 || !startsMainClauseInKonjunktiv(c, a, b) || hasQuote(c, a, b) || onlyHypothetical(c, a, b)) return null;
  if (c.toks[b]!.text === '?' || c.toks[b]!.text === '!') return null;
  let re = b;
  while (re > a && TERMINAL.has(c.toks[re]!.text)) re--;
  return {
    kind: 'indirect', start: c.toks[afterColonLead(c, a, re)]!.start, end: c.toks[re]!.end, sentence: si, speaker: next.speaker, speakerSpan: next.speakerSpan,
    cue: null, addressee: next.addressee, date: next.date, fragment: false, rule: 'reported-before-frame', confidence: 0.5,
  };
}
