import type { QuoteContext } from './context.js';
import type { Attributor, QuoteCandidate } from './attribution.js';
import { startsMainClauseInKonjunktiv, TERMINAL } from './clauses.js';
import { pickSpeaker } from './speaker.js';

/** German reported speech goes on in Konjunktiv without a new speech verb: later sentences in Konjunktiv belong to the last speaker. */
export function continuations(ax: Attributor, found: readonly QuoteCandidate[]): QuoteCandidate[] {
  const c = ax.c;
  const out: QuoteCandidate[] = [];
  const bySentence = new Map<number, QuoteCandidate>();
  for (const q of found) {
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
    const verbCue = a <= b ? ax.cuesBySentence[si]!.find((k) => k.kind === 'verb') : undefined;
    if (verbCue && !startsMainClauseInKonjunktiv(c, a, b)) {
      const pick = pickSpeaker(c, si, a, b, verbCue.first, verbCue.last);
      const att = ax.withPhrase(ax.speakerFor(si, a, b, verbCue, pick));
      if (att.speaker !== null || (!ax.hasEntities && att.speakerSpan !== null)) {
        prev = { kind: 'indirect', start: c.toks[a]!.start, end: c.toks[a]!.start, sentence: si, speaker: att.speaker, speakerSpan: att.speakerSpan,
          cue: null, addressee: null, date: null, fragment: false, rule: 'source', confidence: 0 };
      }
      return;
    }
    if (!cont || a > b || (cont.speaker === null && cont.speakerSpan === null) || p?.zone === 'heading' || p?.zone === 'title') return;
    // a verb of saying after the Konjunktiv verb of a sentence that reports no clause of its own ("Die
    // Landesregierung habe die Bitte abgelehnt") is part of the account; a finite verb of saying before
    // it ("forderte dessen Gesandter konkretere Schritte") makes the sentence a statement of its own
    const firstVerbCue = ax.cuesBySentence[si]!.find((k) => k.kind === 'verb');
    if (firstVerbCue && !(startsMainClauseInKonjunktiv(c, a, b) && firstMood(c, a, b) < firstVerbCue.first)) return;
    // "Mehr als 300 Menschen wurden demnach verletzt.": an adverb that points back to the source goes on with it, in any mood
    if (!startsMainClauseInKonjunktiv(c, a, b) && !hasReportAdverb(c, a, b)) return;
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

/** The sentence holds an adverb that points back to the source ("demnach", "demzufolge") outside quotes. */
function hasReportAdverb(c: QuoteContext, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.lex.reportAdverbs.has(c.toks[i]!.lower)) return true;
  return false;
}

/** First token of [a, b] outside quotes in Konjunktiv, or b + 1. */
function firstMood(c: QuoteContext, a: number, b: number): number {
  for (let i = a; i <= b; i++) if (c.inQuote[i] === -1 && c.mood(i)) return i;
  return b + 1;
}
