import { indexAt, type Doc } from '../../doc/doc.js';
import type { Timex } from '../../doc/types.js';
import type { EventCues } from './lexicon.js';
import type { SentenceView } from './view.js';

/**
 * Whether a quote span holds the speaker's own words at an edge: a quotation mark token (the segmenter's,
 * from the languages' quote-mark data) at its edge or right outside it. Direct speech, and reported speech
 * that ends or opens in quoted words ("Russland werde darauf „angemessen antworten“"), whose words are the act.
 */
function quotedWords(doc: Doc, q: { readonly start: number; readonly end: number }): boolean {
  const tokens = doc.get('tokens');
  return [q.start - 1, q.start, q.end - 1, q.end].some((at) => {
    const i = at >= 0 ? indexAt(tokens, at) : -1;
    return i >= 0 && tokens[i]!.kind === 'quote';
  });
}

/** Times of a document grouped by sentence, built once per document. */
export type TimesBySentence = ReadonlyMap<number, readonly Timex[]>;

/** Groups the times layer by sentence. */
export function timesBySentence(doc: Doc): TimesBySentence {
  const m = new Map<number, Timex[]>();
  for (const t of doc.get('times')) {
    const l = m.get(t.sentence);
    if (l) l.push(t);
    else m.set(t.sentence, [t]);
  }
  return m;
}

/**
 * The date value a time expression gives an event, or null when it dates nothing: durations and
 * sets are not points, FUTURE_REF/PAST_REF are too vague, PRESENT_REF ("nun", "heute") is the
 * publication month. Clock times keep their day.
 */
export function eventValue(t: Timex, published: string | null): string | null {
  if (t.type === 'DURATION' || t.type === 'SET' || t.value === null) return null;
  if (t.value === 'PRESENT_REF') return published ? published.slice(0, 7) : null;
  if (t.value.endsWith('_REF')) return null;
  const i = t.value.indexOf('T');
  return i > 0 ? t.value.slice(0, i) : t.value;
}

/** Inputs of {@link eventDate}. */
export interface DateQuery {
  readonly sentence: number;
  /** Offset of the trigger. */
  readonly at: number;
  /** Whether the clause marks the act as ongoing ("weiter", "continues"): then the publication month dates it. */
  readonly ongoing: boolean;
  /** Offset of the complementizer that opens the trigger's reported clause ("said Thursday that …"), or -1: times before it date the report, not the act. */
  readonly reportedFrom: number;
  /** Whether an earlier sentence of the paragraph may govern (a narrative that continues). */
  readonly carry: boolean;
  /** The quote the trigger stands in, if any: only times inside it date the act; with none there, the report's times do (direct speech). */
  readonly within: { readonly start: number; readonly end: number } | null;
  /** The trigger's clause as the events stage sees it. */
  readonly clause: { readonly start: number; readonly end: number };
  /** Offset where the sentence's first word ends: a time that opens the sentence governs all of it. */
  readonly opening: number;
  /** Offsets of subordinators and relative pronouns in the sentence: a time beyond one belongs to another clause. */
  readonly boundaries: readonly number[];
}

/**
 * An event's date: the time expression in the trigger's clause; else one that opens the sentence
 * ("In 1991, when …"); else the nearest one in the sentence that no subordinate or relative clause
 * separates from the trigger; else (with `carry`) the last one of the nearest earlier sentence of
 * the paragraph; else, for an ongoing act, the publication month; else null. Never the publication
 * date by default. An act inside a quote is dated by the quote's times; with none there, by its
 * report's ("„Wer Gewalt sät, …“, sagte er am Dienstagabend": the threat is the saying).
 */
export function eventDate(doc: Doc, times: TimesBySentence, q: DateQuery): string | null {
  const published = doc.meta.published;
  const valued = (times.get(q.sentence) ?? []).flatMap((t) => {
    const v = eventValue(t, published);
    return v === null ? [] : [{ t, v }];
  });
  const inQuote = valued.filter(({ t }) => q.within === null || (t.end > q.within.start && t.start < q.within.end));
  // an act told only inside a quote, with no time of its own there, is dated by its report ("„Wer Gewalt
  // sät, wird die Härte des Gesetzes spüren“, sagte er am Mittwochvormittag": the threat is the saying)
  // (quoted words only, which are the act: "Germany will deliver …, the minister announced on Tuesday"
  // reports a plan, which the announcement does not date)
  const byReport = q.within !== null && inQuote.length === 0 && quotedWords(doc, q.within);
  const own = (byReport ? valued : inQuote).filter(({ t }) => t.end > q.reportedFrom);
  // (the quote's own clauses do not part the act from its report: "„… wenn …“, sagte er am Dienstag")
  const within = q.within;
  const boundaries = byReport && within ? q.boundaries.filter((b) => b < within.start || b >= within.end) : q.boundaries;
  const dist = (t: Timex): number => (q.at < t.start ? t.start - q.at : Math.max(0, q.at - t.end));
  // the stage's own clause (punctuation-bounded) decides; the time layer's clause spans can be the whole sentence
  const inClause = own.filter(({ t }) => t.start >= q.clause.start && t.end <= q.clause.end);
  const opening = own.filter(({ t }) => t.start <= q.opening);
  // no subordinate or relative clause starts between the time and the trigger
  // (a boundary may be the comma right after the time: "…, which voted in May, praised …")
  const sameDomain = own.filter(({ t }) => !boundaries.some((b) => (b >= t.end && b < q.at) || (b > q.at && b < t.start)));
  const pick = (l: typeof own): string | null => {
    let best: (typeof own)[number] | null = null;
    for (const x of l) if (!best || dist(x.t) < dist(best.t)) best = x;
    return best ? best.v : null;
  };
  const domain = new Set(sameDomain);
  const direct = pick(inClause.filter((x) => domain.has(x))) ?? pick(opening) ?? pick(sameDomain);
  if (direct !== null) return direct;

  const sentences = doc.get('sentences');
  const para = sentences[q.sentence]?.paragraph;
  for (let s = q.sentence - 1; q.carry && s >= 0 && sentences[s]?.paragraph === para; s--) {
    const l = times.get(s) ?? [];
    for (let k = l.length - 1; k >= 0; k--) {
      const v = eventValue(l[k]!, published);
      if (v !== null) return v;
    }
  }
  if (q.ongoing && published) return published.slice(0, 7);
  return null;
}

/** DATE expressions that start after `after`. */
export function ownTimesAfter(times: readonly Timex[], after: number): Timex[] {
  return times.filter((t) => t.start >= after && t.type === 'DATE');
}

/** Two or more dates after the trigger joined by a coordinator ("2018 und … 2019"), or null. */
export function coordinatedDates(view: SentenceView, times: readonly Timex[], cues: EventCues, published: string | null): (string | null)[] | null {
  const values = times.map((t) => ({ t, v: eventValue(t, published) })).filter((x) => x.v !== null);
  if (values.length < 2) return null;
  for (let i = 1; i < values.length; i++) {
    const between = view.tokens.filter((tk) => tk.start >= values[i - 1]!.t.end && tk.end <= values[i]!.t.start).map((tk) => view.words[view.tokens.indexOf(tk)]!);
    if (!between.some((w) => cues.coordinators.has(w))) return null;
  }
  const distinct = [...new Set(values.map((x) => x.v))];
  return distinct.length >= 2 ? distinct : null;
}
