import type { Doc } from '../../doc/doc.js';
import type { Event, Quote, Timex } from '../../doc/types.js';
import { findArguments } from './actors.js';
import { eventDate, eventValue, timesBySentence } from './date.js';
import type { EventCues, EventLexicon } from './lexicon.js';
import type { TriggerMatcher } from './match.js';
import { modalityOf } from './modality.js';
import { selectMatches } from './select.js';
import { buildView, indexDoc, type PronounPolicy, type SentenceView } from './view.js';

/** Stage name recorded on every event. */
export const STAGE = 'events';

/** Uses of force whose agentless passives continue an operation reported before. */
const MATERIAL_CONFLICT: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);

/** Calendar values that compare as strings: YYYY, YYYY-MM, YYYY-MM-DD. */
const CALENDAR_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** Zones whose sentences can report events (not datelines or bylines). */
const EVENT_ZONES = new Set(['title', 'heading', 'body']);

/** Token index ranges [first, end) of each sentence. */
function sentenceRanges(doc: Doc): [number, number][] {
  const ranges: [number, number][] = doc.get('sentences').map(() => [0, 0]);
  const tokens = doc.get('tokens');
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i]!.sentence;
    let j = i;
    while (j < tokens.length && tokens[j]!.sentence === s) j++;
    if (ranges[s]) ranges[s] = [i, j];
    i = j;
  }
  return ranges;
}

/** Codes the events of one document (the body of the stage). */
export function codeEvents(doc: Doc, lex: EventLexicon, matcher: TriggerMatcher, opts: CodeOptions): Event[] {
  const policy = opts.pronounActors;
  const out: Event[] = [];
  const paragraphs = doc.get('paragraphs');
  const sentences = doc.get('sentences');
  const idx = indexDoc(doc, lex.cues);
  const times = timesBySentence(doc);
  const quotes: readonly Quote[] = doc.has('quotes') ? doc.get('quotes') : [];
  const ranges = sentenceRanges(doc);
  const cues = lex.cues;
  /** Events a quote reports on behalf of someone else: not said at the occasion of the quote. */
  const reported = new Set<Event>();
  /** Definite noun reports, dropped when the act was reported before. */
  const anaphoric = new Set<Event>();
  /** Act nouns used as time references, dropped when the act is reported anywhere else. */
  const timeReference = new Set<Event>();
  /** The last actor reported using force (for agentless passives that continue its operation). */
  let lastForce: { source: string; sentence: number } | null = null;
  sentences.forEach((s, si) => {
    const zone = paragraphs[s.paragraph]?.zone ?? 'body';
    const range = ranges[si];
    if (!EVENT_ZONES.has(zone) || !range || range[1] <= range[0]) return;
    const view = buildView(doc, si, range, idx, cues, policy, opts.seatOf);
    const matches = selectMatches(view, matcher.match(view), cues);
    const seen = new Set<string>();
    const sentenceStart = out.length;
    for (const m of matches) {
      const e = m.entry;
      let args = findArguments({ view, cues, idx, quotes, verbSecond: cues.verbSecond }, m);
      // an agentless passive of force ("waren … festgenommen … worden") was done by whoever carried
      // out the operation reported just before
      if (args.sources.length === 0 && args.how.startsWith('passive:') && MATERIAL_CONFLICT.has(e.type) && lastForce && si - lastForce.sentence <= 2) {
        args = { ...args, sources: [lastForce.source], targets: args.targets.filter((t) => t !== lastForce!.source), how: `${args.how}+operation` };
      }
      if (e.needsActor && args.sources.length + args.targets.length === 0) continue;
      // an act nobody does is not a fact for the picture; a noun without both actors is usually a topic ("ein Treffen")
      // (the output format requires a source: an act whose doer the text never names is not coded)
      if (opts.requireActors && (args.sources.length === 0 || (!e.partial && args.targets.length === 0))) continue;
      const first = view.tokens[m.first]!;
      const last = view.tokens[e.triggerAll ? m.last : m.first]!;
      const trigger = { text: doc.text.slice(first.start, last.end), start: first.start, end: last.end };
      const clauseNo = view.clause[m.first]!;
      let ongoing = false;
      for (let k = 0; k < view.words.length; k++) if (view.clause[k] === clauseNo && cues.ongoing.has(view.words[k]!)) ongoing = true;
      let reportedFrom = -1;
      for (let k = m.first - 1; k >= 0; k--) {
        if (cues.complementMarkers.has(view.words[k]!) && cues.subordinators.has(view.words[k]!)) {
          reportedFrom = view.tokens[k]!.start;
          break;
        }
      }
      // a time outside the quote that reports the act dates the saying, not the act
      const quote = quotes.find((q) => q.start <= first.start && first.end <= q.end) ?? null;
      let c0 = m.first;
      while (c0 > 0 && view.clause[c0 - 1] === clauseNo) c0--;
      let c1 = m.first;
      while (c1 + 1 < view.words.length && view.clause[c1 + 1] === clauseNo) c1++;
      // "this month, when the United States hopes …": a clause right after a time elaborates it and is no boundary
      const ownTimes = times.get(si) ?? [];
      const afterTime = (k: number): boolean => ownTimes.some((t) => t.end <= view.tokens[k]!.start && view.tokens[k]!.start - t.end <= 3);
      const boundaries = view.words.flatMap((w, k) => (cues.subordinators.has(w) && k > 0 && !afterTime(k) ? [view.tokens[k]!.start] : []));
      const date = eventDate(doc, times, {
        sentence: si, at: first.start, ongoing, reportedFrom, carry: opts.dateCarry, within: quote,
        clause: { start: view.tokens[c0]!.start, end: view.tokens[c1]!.end }, opening: view.tokens[Math.min(1, view.tokens.length - 1)]!.end, boundaries,
      });
      let modality = modalityOf(view, m, cues);
      // an act dated after the publication is announced, not done
      if (modality === 'asserted' && date !== null && CALENDAR_DATE.test(date) && doc.meta.published !== null && date > doc.meta.published.slice(0, date.length)) modality = 'planned';
      // drills several actors hold together are joint exercises, material cooperation between them
      let type = e.type;
      let srcIds = args.sources;
      let tgtIds = args.targets;
      if (type === 'MOBILIZE' && srcIds.length > 1 && tgtIds.length === 0) {
        type = 'COOPERATE';
        tgtIds = srcIds.slice(1);
        srcIds = srcIds.slice(0, 1);
      }
      // a definite noun ("die Beschlagnahme", "the seizure") may point back to an act reported before
      let k = m.first - 1;
      while (k >= 0 && view.tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(view.raw[k]!) && !cues.definiteArticles.has(view.words[k]!) && m.first - k <= 3) k--;
      const definite = e.pos === 'noun' && k >= 0 && cues.definiteArticles.has(view.words[k]!);
      // "nach Tanker-Stürmung", "after the attack": the act dates another one and is reported elsewhere
      const kk = definite ? k - 1 : k;
      const temporal = e.pos === 'noun' && kk >= 0 && cues.temporalPrepositions.has(view.words[kk]!);
      const info = lex.plover[type];
      const sources = srcIds.length ? srcIds : [null];
      const targets = tgtIds.length ? tgtIds : [null];
      // "getroffen: in Singapur 2018 und in Vietnam 2019": coordinated dates after the trigger are one act each
      const dates = coordinatedDates(view, ownTimesAfter(times.get(si) ?? [], first.end), cues, doc.meta.published) ?? [date];
      const confidence = Math.min(0.9, 0.4 + 0.25 * Number(args.sources.length > 0) + 0.25 * Number(args.targets.length > 0));
      for (const source of sources) {
        for (const target of targets) {
          for (const date of dates) {
          const key = `${type}|${source}|${target}|${date}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            type, source, target, date, modality, trigger,
            evidence: doc.text.slice(s.start, s.end), sentence: si, start: s.start, end: s.end,
            cameo: info.cameo[0] ?? null, quad: info.quad, weight: info.weight, confidence,
            stage: STAGE, rule: `${e.id}#${args.how}`,
          });
          if (quote && quote.speaker !== null && quote.speaker !== source) reported.add(out[out.length - 1]!);
          if (definite) anaphoric.add(out[out.length - 1]!);
          if (temporal) timeReference.add(out[out.length - 1]!);
          }
        }
      }
    }
    manualRules(out, sentenceStart);
    for (const ev of out.slice(sentenceStart)) if (ev.source !== null && MATERIAL_CONFLICT.has(ev.type) && ev.modality === 'asserted') lastForce = { source: ev.source, sentence: si };
  });
  // "Nach der Beschlagnahme eines Öltankers …" after the seizure was reported: the same act again
  const fresh = out.filter((e, i) => (!anaphoric.has(e) || !out.slice(0, i).some((o) => o.type === e.type && o.sentence < e.sentence && (e.target === null || o.target === e.target)))
    && (!timeReference.has(e) || !out.some((o) => o !== e && o.type === e.type && !timeReference.has(o))));
  return mergeReports(opts.occasionDates ? occasionDates(fresh, doc, reported) : fresh, doc);
}

/** Reactions voiced at a meeting (threats and agreements are reported as news of their own). */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT']);

/**
 * Statements are made at an occasion: an asserted speech act that its own sentence does not date
 * takes the date of the last dated meeting or session reported before it ("nutzten am Montag eine
 * Dringlichkeitssitzung …" dates what the envoys said there); a section heading ends the occasion;
 * reactions in the title take the first meeting date of the article.
 */
function occasionDates(events: Event[], doc: Doc, reported: ReadonlySet<Event>): Event[] {
  let occasion: string | null = null;
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  let lastParagraph = -1;
  return events.map((e) => {
    // a section heading starts a new topic: the occasion does not carry over it
    const para = sentences[e.sentence]?.paragraph ?? -1;
    for (let p = lastParagraph + 1; p <= para && lastParagraph >= 0; p++) if (paragraphs[p]?.zone === 'heading') occasion = null;
    lastParagraph = Math.max(lastParagraph, para);
    if (e.type === 'CONSULT' && e.date !== null && e.modality === 'asserted') occasion = e.date;
    if (e.date === null && occasion !== null && e.modality === 'asserted' && SPEECH_ACTS.has(e.type) && !reported.has(e)) return { ...e, date: occasion };
    return e;
  }).map((e, _i, all) => {
    // a headline sums up the article's occasion: its reactions take the first meeting date of the body
    const zone = paragraphs[sentences[e.sentence]?.paragraph ?? -1]?.zone;
    if (e.date !== null || zone !== 'title' || e.modality !== 'asserted' || !SPEECH_ACTS.has(e.type)) return e;
    const first = all.find((o) => o.type === 'CONSULT' && o.date !== null && o.modality === 'asserted');
    return first ? { ...e, date: first.date } : e;
  });
}

/**
 * Two coding rules of the PLOVER manual, applied to the events of one sentence (from
 * `sentenceStart` on): the topic of a protest, typically a REQUEST, is not an event of its own;
 * a MOBILIZE reported with an ASSAULT is part of the assault.
 */
function manualRules(out: Event[], sentenceStart: number): void {
  const here = out.slice(sentenceStart);
  const drop = (e: Event): boolean =>
    (e.type === 'REQUEST' && here.some((p) => p.type === 'PROTEST'))
    || (e.type === 'MOBILIZE' && here.some((a) => a.type === 'ASSAULT' && a.modality === e.modality));
  const kept = here.filter((e) => !drop(e));
  out.splice(sentenceStart, here.length, ...kept);
}

function ownTimesAfter(times: readonly Timex[], after: number): Timex[] {
  return times.filter((t) => t.start >= after && t.type === 'DATE');
}

/** Two or more dates after the trigger joined by a coordinator ("2018 und … 2019"), or null. */
function coordinatedDates(view: SentenceView, times: readonly Timex[], cues: EventCues, published: string | null): (string | null)[] | null {
  const values = times.map((t) => ({ t, v: eventValue(t, published) })).filter((x) => x.v !== null);
  if (values.length < 2) return null;
  for (let i = 1; i < values.length; i++) {
    const between = view.tokens.filter((tk) => tk.start >= values[i - 1]!.t.end && tk.end <= values[i]!.t.start).map((tk) => view.words[view.tokens.indexOf(tk)]!);
    if (!between.some((w) => cues.coordinators.has(w))) return null;
  }
  const distinct = [...new Set(values.map((x) => x.v))];
  return distinct.length >= 2 ? distinct : null;
}

/** Options of {@link codeEvents}. */
export interface CodeOptions {
  readonly pronounActors: PronounPolicy;
  /** The state a seat of government stands for when it acts (capitals, "Kremlin"), or null. */
  readonly seatOf: (entityId: string) => string | null;
  /** Drop events without any actor, and noun events without both (false for type-only benchmarks). */
  readonly requireActors: boolean;
  /** Let a time of an earlier sentence of the paragraph date an event whose sentence has none. */
  readonly dateCarry: boolean;
  /** Date undated speech acts by the last dated meeting before them. */
  readonly occasionDates: boolean;
}

/**
 * One event per real-world act: a repeated report (same type, actors and modality, no conflicting
 * date) is merged into the first, which takes the date if it had none; a report that leaves out an
 * actor another nearby report of the same act names ("Nordkorea schickt Munition" in a heading, the
 * full sentence below) is dropped.
 */
export function mergeReports(events: Event[], doc: Doc): Event[] {
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  const headline = (e: Event): boolean => {
    const z = paragraphs[sentences[e.sentence]?.paragraph ?? -1]?.zone;
    return z === 'title' || z === 'heading';
  };
  // a headline act the body reports again is coded from the body, which states it more fully
  const body = events.filter((e) => !headline(e));
  const ordered = events.filter((e) => !headline(e) || !body.some((b) => b.type === e.type && b.source === e.source && b.target === e.target));
  const kept: Event[] = [];
  for (const e of ordered) {
    // restatements follow each other closely ("empfing … bewirtete"); the same act type between the
    // same actors further on is another report, and two triggers in one sentence are two acts
    const i = kept.findIndex((k) => k.type === e.type && k.source === e.source && k.target === e.target && k.modality === e.modality && e.sentence !== k.sentence && e.sentence - k.sentence <= 2 && (k.date === null || e.date === null || k.date === e.date));
    if (i < 0) kept.push(e);
    else if (kept[i]!.date === null && e.date !== null) kept[i] = { ...kept[i]!, date: e.date };
  }
  const near = (a: Event, b: Event): boolean => Math.abs(a.sentence - b.sentence) <= 3 || sentences[a.sentence]?.paragraph === sentences[b.sentence]?.paragraph;
  return kept.filter((e) => !kept.some((o) => o !== e && o.type === e.type && o.modality === e.modality && near(o, e) && (
    (e.target === null && e.source !== null && o.source === e.source && o.target !== null)
    || (e.source === null && e.target !== null && o.target === e.target && o.source !== null))));
}
