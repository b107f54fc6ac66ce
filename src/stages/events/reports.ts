import type { Doc } from '../../doc/doc.js';
import type { Event } from '../../doc/types.js';
import { answeredCharges, exchangeTargets, judgedDeeds } from './answers.js';
import { headlineSentence, leadSentences } from './view.js';

/**
 * Document-level handling of reports: dating speech acts by their occasion, the manual's
 * sentence rules, and merging repeated reports of one act.
 */

/** Reactions voiced at a meeting (threats and agreements are reported as news of their own). */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['SUPPORT', 'REQUEST', 'ACCUSE', 'REJECT']);

/**
 * Statements are made at an occasion: an asserted speech act that its own sentence does not date
 * takes the date of the last dated meeting or session reported before it ("nutzten am Montag eine
 * Dringlichkeitssitzung …" dates what the envoys said there). In the meeting's paragraph that holds
 * for every speaker; in later paragraphs only for acts by or towards a party to the meeting (a third
 * party's criticism two paragraphs on, "Opposition leader X accused …", was made elsewhere and stays
 * undated). A section heading ends the occasion; reactions in the title take the first meeting date
 * of the article. Meetings in `background` (told in a relative clause) are no occasion.
 */
export function occasionDates(events: Event[], doc: Doc, reported: ReadonlySet<Event>, background: ReadonlySet<Event> = new Set()): Event[] {
  let occasion: { date: string; paragraph: number; parties: ReadonlySet<string> } | null = null;
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  let lastParagraph = -1;
  return events.map((e) => {
    // a section heading starts a new topic: the occasion does not carry over it
    const para = sentences[e.sentence]?.paragraph ?? -1;
    for (let p = lastParagraph + 1; p <= para && lastParagraph >= 0; p++) if (paragraphs[p]?.zone === 'heading') occasion = null;
    lastParagraph = Math.max(lastParagraph, para);
    // (a meeting told in a relative clause, "Japarov, who met Rahmon in March, condemned …", describes a party: no occasion)
    if (e.type === 'CONSULT' && e.date !== null && e.modality === 'asserted' && !background.has(e)) {
      occasion = { date: e.date, paragraph: para, parties: new Set([e.source, e.target].filter((x): x is string => x !== null)) };
    }
    if (e.date !== null || occasion === null || e.modality !== 'asserted' || !SPEECH_ACTS.has(e.type) || reported.has(e)) return e;
    const { date, paragraph, parties } = occasion;
    const party = (id: string | null): boolean => id !== null && parties.has(id);
    return para === paragraph || party(e.source) || party(e.target) ? { ...e, date } : e;
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
 * a MOBILIZE reported with an ASSAULT is part of the assault ("military units … were activated and
 * returned fire on the rebels": the mobilised forces' own fighting, told by a predicate). An assault only
 * named by a noun (`nominal`: "after the bombing", "in response to the rocket attacks", "amid fears of a
 * terrorist attack") is the act the mobilisation answers, fears or is dated by, not its context:
 * "Police were put on alert after the bombing" is a mobilisation.
 */
export function manualRules(out: Event[], sentenceStart: number, nominal: ReadonlySet<Event> = new Set()): void {
  const here = out.slice(sentenceStart);
  const drop = (e: Event): boolean =>
    (e.type === 'REQUEST' && here.some((p) => p.type === 'PROTEST'))
    || (e.type === 'MOBILIZE' && here.some((a) => a.type === 'ASSAULT' && a.modality === e.modality && !nominal.has(a)));
  const kept = here.filter((e) => !drop(e));
  out.splice(sentenceStart, here.length, ...kept);
}

/** Acts whose two parties act together: a report may name them in either order. */
const MUTUAL: ReadonlySet<string> = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * One event per real-world act: a repeated report (same type, actors and modality, no conflicting
 * date) is merged into the first, which takes the date if it had none; a report that leaves out an
 * actor another nearby report of the same act names ("Nordkorea schickt Munition" in a heading, the
 * full sentence below) is dropped, unless it counts patients of its own (`counted`: "wurden 43 Menschen
 * festgenommen"). A rejection or threat still without addressee then answers the charge or continues the exchange its
 * side is in (`answers.ts`).
 */
export function mergeReports(events: Event[], doc: Doc, counted: (e: Event) => string | null = () => null, lead: (sentence: number) => boolean = leadSentences(doc)): Event[] {
  const sentences = doc.get('sentences');
  const headline = (e: Event): boolean => headlineSentence(doc, e.sentence);
  // a headline act the body reports again is coded from the body, which states it more fully
  const body = events.filter((e) => !headline(e));
  // (a headline that leaves out an actor, names the state of the person the body names ("Russland verurteilt …",
  // "Lawrow verurteilte …"), or names the parties of a joint act in the other order, reports the same act)
  const stateOf = new Map<string, string>();
  for (const ent of doc.has('entities') ? doc.get('entities') : []) {
    const of = ent.type === 'PER' ? ent.roles.find((r) => r.of)?.of : undefined;
    if (of) stateOf.set(ent.id, of);
  }
  const same = (body: string | null, head: string | null): boolean => head === null || body === head || (body !== null && stateOf.get(body) === head);
  const covers = (b: Event, e: Event): boolean => b.type === e.type && (
    (same(b.source, e.source) && same(b.target, e.target))
    || (MUTUAL.has(e.type) && b.source === e.target && b.target === e.source));
  const ordered = events.filter((e) => !headline(e) || !body.some((b) => covers(b, e)));
  const kept: Event[] = [];
  for (const e of ordered) {
    // restatements follow each other closely ("empfing … bewirtete"); the same act type between the
    // same actors further on is another report, and two triggers in one sentence are two acts. A statement in the next
    // sentence is a statement of its own ("summoned the chargé. … saying Poland is to blame", "has accused … . Last
    // month, Sudan filed a new complaint"): each statement is an event (dev README, background states)
    // (two counts of patients are two acts: "43 Menschen … in Gewahrsam genommen. … 34 Personen festgenommen")
    const own = counted(e);
    const i = SPEECH_ACTS.has(e.type) ? -1 : kept.findIndex((k) => (own === null || counted(k) === null || own === counted(k)) && k.type === e.type && k.source === e.source && k.target === e.target && k.modality === e.modality && e.sentence !== k.sentence && e.sentence - k.sentence <= 2 && (k.date === null || e.date === null || k.date === e.date));
    if (i < 0) kept.push(e);
    else if (kept[i]!.date === null && e.date !== null) kept[i] = { ...kept[i]!, date: e.date };
  }
  const near = (a: Event, b: Event): boolean => Math.abs(a.sentence - b.sentence) <= 3 || sentences[a.sentence]?.paragraph === sentences[b.sentence]?.paragraph;
  // ("Sánchez wies die Drohung zurück. »Spanien lässt sich nicht erpressen«, sagte er": the state a person speaks for
  // is the same actor as the person in a nearby report of the act)
  const sameSource = (o: string | null, e: string): boolean => o === e || (o !== null && stateOf.get(o) === e);
  // (an act that counts its own patients, "wurden 43 Menschen festgenommen", is another act than one on a named person)
  const merged = kept.filter((e) => counted(e) !== null || !kept.some((o) => o !== e && o.type === e.type && o.modality === e.modality && near(o, e) && (
    (e.target === null && e.source !== null && sameSource(o.source, e.source) && o.target !== null)
    || (e.source === null && e.target !== null && o.target === e.target && o.source !== null))));
  const persons = new Set<string>();
  const named = new Set<string>();
  for (const ent of doc.has('entities') ? doc.get('entities') : []) {
    if (ent.type === 'PER') persons.add(ent.id);
    if (ent.aliases.length > 0) named.add(ent.id);
  }
  const side = (id: string): string | null => stateOf.get(id) ?? (persons.has(id) ? null : id);
  const isNamed = (id: string): boolean => named.has(id);
  // (the article's main pair, which these steps leave to counterpartTargets, is read as it reads it: the lead's pair first)
  return judgedDeeds(exchangeTargets(answeredCharges(merged, side), side, isNamed, lead), side, isNamed, lead);
}
