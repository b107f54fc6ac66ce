/**
 * Conversion of store results into API response types. The API is a public contract and the
 * store an internal interface; keeping the mapping here lets either change without the other.
 */
import type * as A from '../api/index.js';
import type * as S from '../store/types.js';

/** An entity reference. */
export function actorRef(e: S.EntityRef): A.ActorRef {
  return { id: e.id, name: e.name, type: e.type };
}

/** A document reference. */
export function docRef(d: S.DocRef): A.DocRef {
  return { id: d.id, title: d.title, published: d.published, source: d.source, address: d.address, language: d.language };
}

/** An event with its reports. */
export function eventItem(e: S.EventRecord): A.EventItem {
  return {
    id: e.id, type: e.type,
    source: e.source ? actorRef(e.source) : null,
    target: e.target ? actorRef(e.target) : null,
    date: e.date, day: e.day, modality: e.modality, quad: e.quad, weight: e.weight, confidence: e.confidence,
    reports: e.reports.map((r) => ({
      doc: docRef(r.doc), index: r.index, start: r.start, end: r.end, trigger: r.trigger,
      triggerStart: r.triggerStart, triggerEnd: r.triggerEnd, evidence: r.evidence, date: r.date, modality: r.modality,
    })),
  };
}

/** A quote. */
export function quoteItem(q: S.QuoteRecord): A.QuoteItem {
  return {
    id: q.id, doc: docRef(q.doc), index: q.index, speaker: q.speaker ? actorRef(q.speaker) : null, addressee: q.addressee ? actorRef(q.addressee) : null,
    kind: q.kind, text: q.text, cue: q.cue, date: q.date, start: q.start, end: q.end, confidence: q.confidence,
    verbatim: q.verbatim.map((v) => ({ start: v.start, end: v.end, text: v.text })),
  };
}

/** An entity in a list. */
export function entityItem(e: S.EntitySummary): A.EntityItem {
  return {
    id: e.id, type: e.type, name: e.name, aliases: [...e.aliases], wikidata: e.wikidata,
    documents: e.documents, mentions: e.mentions, events: e.events, quotes: e.quotes,
  };
}

/** An actor pair aggregate. */
export function pairItem(p: S.PairStat): A.PairItem {
  return { a: actorRef(p.a), b: actorRef(p.b), count: p.count, cooperation: p.cooperation, conflict: p.conflict, firstDay: p.firstDay, lastDay: p.lastDay };
}

function minDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function maxDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Aggregates events into actor pairs (unordered: a→b and b→a are one pair). Cooperation sums the
 * positive weights, conflict the absolute negative ones, as the store's series do.
 */
export function pairsOf(events: readonly S.EventRecord[]): A.PairItem[] {
  const pairs = new Map<string, A.PairItem>();
  for (const e of events) {
    if (!e.source || !e.target || e.source.id === e.target.id) continue;
    const [a, b] = e.source.id < e.target.id ? [e.source, e.target] : [e.target, e.source];
    const key = `${a.id}\u0000${b.id}`;
    let p = pairs.get(key);
    if (!p) {
      p = { a: actorRef(a), b: actorRef(b), count: 0, cooperation: 0, conflict: 0, firstDay: null, lastDay: null };
      pairs.set(key, p);
    }
    p.count++;
    if (e.weight > 0) p.cooperation += e.weight;
    else p.conflict += -e.weight;
    p.firstDay = minDay(p.firstDay, e.day);
    p.lastDay = maxDay(p.lastDay, e.day);
  }
  return [...pairs.values()].sort((x, y) => y.count - x.count || (y.cooperation + y.conflict) - (x.cooperation + x.conflict));
}

/** Everything about an entity, with its relations to other actors derived from its timeline. */
export function entityDetail(e: S.EntityDetail): A.EntityDetail {
  const names = (r: S.AliasRecord): A.NameRecord => ({ text: r.text, languages: [...r.languages], count: r.count });
  return {
    id: e.id, type: e.type, name: e.name, wikidata: e.wikidata,
    documents: e.documents, mentions: e.mentions, events: e.events, quotes: e.quotes,
    names: e.aliasRecords.map(names),
    descriptions: e.descriptions.map(names),
    roles: e.roles.map((r) => ({ role: r.role, of: r.of, from: r.from, to: r.to, source: r.source, docId: r.docId })),
    timeline: e.timeline.map(eventItem),
    quotesBy: e.quotesBy.map(quoteItem),
    quotesAbout: e.quotesAbout.map(quoteItem),
    relations: pairsOf(e.timeline),
    documentRefs: e.documentRefs.map(docRef),
  };
}

/** A document in a list. */
export function documentItem(d: S.DocumentSummary): A.DocumentItem {
  return {
    id: d.id, title: d.title, published: d.published, language: d.language, source: d.source, address: d.address,
    storedAt: d.storedAt, counts: { ...d.counts },
  };
}

/** A document with every layer. */
export function documentDetail(d: S.DocumentDetail): A.DocumentDetail {
  const o = d.doc;
  return {
    ...documentItem(d),
    doc: {
      id: o.id, language: o.language, published: o.published, source: o.source, title: o.title, address: o.address, text: o.text,
      sentences: o.sentences.map((s) => ({ start: s.start, end: s.end, zone: s.zone })),
      entities: o.entities.map((e) => ({
        id: e.id, type: e.type, name: e.name, aliases: [...e.aliases],
        mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, sentence: m.sentence })),
      })),
      times: o.times.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod, sentence: t.sentence })),
      quotes: o.quotes.map((q) => ({
        start: q.start, end: q.end, speaker: q.speaker, kind: q.kind, text: q.text, sentence: q.sentence, cue: q.cue, addressee: q.addressee, date: q.date,
      })),
      events: o.events.map((v) => ({
        start: v.start, end: v.end, type: v.type, source: v.source, target: v.target, date: v.date, modality: v.modality,
        trigger: v.trigger, evidence: v.evidence, sentence: v.sentence, triggerStart: v.triggerStart, triggerEnd: v.triggerEnd,
        quad: v.quad, weight: v.weight, confidence: v.confidence,
      })),
      speechActs: (o.speechActs ?? []).map((a) => ({
        start: a.start, end: a.end, speaker: a.speaker, speakerStart: a.speakerStart, speakerEnd: a.speakerEnd,
        cue: a.cue, lemma: a.lemma, cueStart: a.cueStart, cueEnd: a.cueEnd,
        topic: a.topic ? { start: a.topic.start, end: a.topic.end, text: a.topic.text } : null,
        text: a.text, sentence: a.sentence, confidence: a.confidence,
      })),
    },
    eventIds: [...d.eventIds],
    quoteIds: [...d.quoteIds],
  };
}

/** A relation series with the events behind it. */
export function relationSeries(r: S.RelationSeries): A.RelationSeries {
  return {
    a: actorRef(r.a), b: actorRef(r.b), by: r.by,
    points: r.points.map((p) => ({
      period: p.period, start: p.start, cooperation: p.cooperation, conflict: p.conflict, net: p.net, count: p.count, eventIds: [...p.eventIds],
    })),
    undatedEventIds: [...r.undatedEventIds],
    events: r.events.map(eventItem),
  };
}

/** A full-text hit. */
export function searchHit(h: S.SearchHit): A.SearchHit {
  return { kind: h.kind, doc: docRef(h.doc), quoteId: h.quoteId, speaker: h.speaker ? actorRef(h.speaker) : null, snippet: h.snippet };
}

/** The overview. */
export function overview(o: S.Overview): A.Overview {
  return {
    documents: o.documents, entities: o.entities, events: o.events, reports: o.reports, quotes: o.quotes,
    topActors: o.topActors.map((t) => ({ entity: actorRef(t.entity), events: t.events })),
    latestEvents: o.latestEvents.map(eventItem),
    eventsPerDay: o.eventsPerDay.map((d) => ({ day: d.day, count: d.count })),
    cooperativePairs: o.cooperativePairs.map(pairItem),
    conflictualPairs: o.conflictualPairs.map(pairItem),
  };
}
