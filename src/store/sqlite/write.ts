/**
 * Writing to the SQLite store: one article per transaction, entity and event merging, removal
 * with pruning of facts no document supports any more.
 */
import type Database from 'better-sqlite3';
import type { OutDoc, OutEvent } from '../../output/schema.js';
import { dateCompatibility, dayNumber, dayString, morePrecise, placeDay, timexRange } from '../dates.js';
import { nameKey, searchFold } from '../normalize.js';
import type { PutDocumentInput, PutResult, RemoveResult } from '../types.js';

/** The OutDoc without its text, as kept in `documents.layers` (the text has its own column). */
type Layers = Omit<OutDoc, 'text'>;

/** Days around a report's date (or publication) in which merge candidates are looked for. */
const CANDIDATE_WINDOW_DAYS = 40;

/**
 * Events a dated report may merge with: same type, actors and modality, placed on a day of the window
 * [@lo, @hi] or on no day, the oldest 200 first. Two index ranges joined instead of
 * "(day IS NULL OR day BETWEEN …)": with the OR, SQLite reads every event of the actor pair and type
 * (thousands in a store of a year's news) before it filters by day.
 */
export const MERGE_CANDIDATES_SQL = `SELECT id, date, day FROM (
    SELECT id, date, day FROM events WHERE type = @type AND source IS @source AND target IS @target AND modality = @modality
      AND day BETWEEN @lo AND @hi
    UNION ALL
    SELECT id, date, day FROM events WHERE type = @type AND source IS @source AND target IS @target AND modality = @modality
      AND day IS NULL)
  ORDER BY id LIMIT 200`;

/** A readable name for an id no entity layer described ("north-korea" → "North Korea"). */
function nameFromId(id: string): string {
  return id.split(/[-_]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || id;
}

/**
 * Prepared statements and the write transactions. Built once per open store: better-sqlite3
 * statements are compiled once and reused, which is most of the ingest speed.
 */
export class SqliteWriter {
  private readonly db: Database.Database;
  private readonly s;
  /** Runs `putTx` inside a transaction (rolled back on any throw). */
  readonly put: (input: PutDocumentInput) => PutResult;
  /** Runs `removeTx` inside a transaction. */
  readonly remove: (id: string) => RemoveResult;

  constructor(db: Database.Database) {
    this.db = db;
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      docByHash: p('SELECT pk, id FROM documents WHERE content_hash = ?'),
      docsByAddress: p('SELECT pk, id FROM documents WHERE address = ?'),
      docById: p('SELECT pk FROM documents WHERE id = ?'),
      insertDoc: p(`INSERT INTO documents (id, title, language, published, source, address, content_hash, fetched_at, stored_at, text, layers,
        n_sentences, n_entities, n_times, n_quotes, n_events) VALUES (@id, @title, @language, @published, @source, @address, @hash, @fetchedAt,
        @storedAt, @text, @layers, @nSentences, @nEntities, @nTimes, @nQuotes, @nEvents)`),
      deleteDoc: p('DELETE FROM documents WHERE pk = ?'),
      insertSentence: p('INSERT INTO sentences (doc, idx, start, "end", zone) VALUES (?, ?, ?, ?, ?)'),
      entity: p('SELECT id, placeholder FROM entities WHERE id = ?'),
      redirect: p('SELECT to_id FROM entity_redirects WHERE from_id = ?'),
      entityByKey: p('SELECT id FROM entities WHERE name_key = ? AND type = ? AND placeholder = 0 ORDER BY n_docs DESC LIMIT 1'),
      insertEntity: p('INSERT INTO entities (id, type, name, name_key, wikidata, placeholder) VALUES (?, ?, ?, ?, ?, ?)'),
      upgradeEntity: p('UPDATE entities SET type = ?, name = ?, name_key = ?, wikidata = ?, placeholder = 0 WHERE id = ?'),
      insertRedirect: p('INSERT OR REPLACE INTO entity_redirects (from_id, to_id) VALUES (?, ?)'),
      insertDocEntity: p('INSERT OR IGNORE INTO doc_entities (doc, entity, local_id, type, name, wikidata, placeholder) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      bumpEntity: p('UPDATE entities SET n_docs = n_docs + ?, n_mentions = n_mentions + ? WHERE id = ?'),
      insertName: p('INSERT INTO entity_names (doc, entity, kind, text, key, lang) VALUES (?, ?, ?, ?, ?, ?)'),
      countAlias: p(`INSERT INTO entity_aliases (entity, kind, text, lang, n, first) VALUES (?, ?, ?, ?, 1, ?)
        ON CONFLICT (entity, kind, text, lang) DO UPDATE SET n = n + 1`),
      uncountAliases: p(`UPDATE entity_aliases AS a SET n = a.n - x.c FROM (SELECT entity, kind, text, lang, COUNT(*) AS c FROM entity_names
        WHERE doc = ? GROUP BY entity, kind, text, lang) AS x WHERE a.entity = x.entity AND a.kind = x.kind AND a.text = x.text AND a.lang = x.lang`),
      dropUnusedAliases: p('DELETE FROM entity_aliases WHERE entity = ? AND n <= 0'),
      deleteAliases: p('DELETE FROM entity_aliases WHERE entity = ?'),
      insertAbout: p('INSERT OR IGNORE INTO quote_about (entity, quote) VALUES (?, ?)'),
      insertKey: p('INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)'),
      insertRole: p('INSERT INTO roles (doc, entity, role, "of", "from", "to", source, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      insertMention: p('INSERT INTO mentions (doc, entity, start, "end", text, kind, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertTime: p('INSERT INTO times (doc, idx, text, type, value, mod, start, "end", sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertQuote: p(`INSERT INTO quotes (doc, idx, speaker, addressee, kind, text, cue, date, fragment, start, "end", sentence, confidence, rule, verbatim)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuoteFts: p('INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)'),
      insertDocFts: p('INSERT INTO documents_fts (rowid, body) VALUES (?, ?)'),
      deleteDocFts: p('DELETE FROM documents_fts WHERE rowid = ?'),
      quoteIdsOfDoc: p('SELECT id FROM quotes WHERE doc = ?'),
      deleteQuoteFts: p('DELETE FROM quotes_fts WHERE rowid = ?'),
      candidates: p(MERGE_CANDIDATES_SQL),
      candidatesAnyDay: p('SELECT id, date, day FROM events WHERE type = ? AND source IS ? AND target IS ? AND modality = ? ORDER BY id DESC LIMIT 200'),
      insertEvent: p(`INSERT INTO events (type, source, target, date, day, modality, quad, weight, cameo, confidence, n_reports, first_published)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)`),
      eventAgg: p('SELECT date, day, confidence, first_published FROM events WHERE id = ?'),
      addReportToEvent: p('UPDATE events SET date = ?, day = ?, confidence = ?, n_reports = n_reports + 1, first_published = ? WHERE id = ?'),
      // without date and day in the SET list: SQLite rewrites the entries of every index on a
      // column the UPDATE sets, even to the same value, and four event indexes hold `day`
      countReport: p('UPDATE events SET confidence = ?, n_reports = n_reports + 1, first_published = ? WHERE id = ?'),
      insertReport: p(`INSERT INTO event_reports (event, doc, idx, sentence, start, "end", trigger, trigger_start, trigger_end, evidence, date, modality, confidence, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      reportsOfEvent: p(`SELECT r.date, r.confidence, d.published FROM event_reports r JOIN documents d ON d.pk = r.doc WHERE r.event = ? ORDER BY r.id`),
      updateEvent: p('UPDATE events SET date = ?, day = ?, confidence = ?, n_reports = ?, first_published = ? WHERE id = ?'),
      deleteEvent: p('DELETE FROM events WHERE id = ?'),
      eventIdsOfDoc: p('SELECT event FROM event_reports WHERE doc = ? ORDER BY idx'),
      entitiesOfDoc: p('SELECT entity FROM doc_entities WHERE doc = ?'),
      entitySupport: p('SELECT type, name, wikidata, placeholder FROM doc_entities WHERE entity = ? ORDER BY placeholder, doc LIMIT 1'),
      docCount: p('SELECT COUNT(*) AS n FROM doc_entities WHERE entity = ?'),
      mentionsOfDoc: p('SELECT entity, COUNT(*) AS n FROM mentions WHERE doc = ? GROUP BY entity'),
      // n_mentions is kept by difference: mentions have no index by entity (schema 6), and every
      // mention row was counted into its entity's n_mentions when it was written
      setEntity: p('UPDATE entities SET type = ?, name = ?, name_key = ?, wikidata = ?, placeholder = ?, n_docs = ?, n_mentions = MAX(0, n_mentions - ?) WHERE id = ?'),
      deleteEntity: p('DELETE FROM entities WHERE id = ?'),
      deleteRedirectsTo: p('DELETE FROM entity_redirects WHERE to_id = ? OR from_id = ?'),
      deleteKeys: p('DELETE FROM entity_keys WHERE entity = ?'),
      aliasTexts: p('SELECT DISTINCT text FROM entity_aliases WHERE entity = ?'),
    };
    this.put = db.transaction((input: PutDocumentInput) => this.putTx(input));
    this.remove = db.transaction((id: string) => {
      const row = this.s.docById.get(id) as { pk: number } | undefined;
      if (!row) return { removed: false, eventsRemoved: 0, entitiesRemoved: 0 };
      return this.removeTx(row.pk);
    });
  }

  private putTx(input: PutDocumentInput): PutResult {
    const { doc } = input;
    const same = this.s.docByHash.get(input.contentHash) as { pk: number; id: string } | undefined;
    if (same) {
      const eventIds = (this.s.eventIdsOfDoc.all(same.pk) as { event: number }[]).map((r) => r.event);
      return { status: 'unchanged', docId: same.id, replacedId: null, eventIds };
    }
    let replacedId: string | null = null;
    if (input.address) {
      for (const old of this.s.docsByAddress.all(input.address) as { pk: number; id: string }[]) {
        this.removeTx(old.pk);
        replacedId ??= old.id;
      }
    }
    const docId = this.freeId(doc.id);
    const { text, ...rest } = doc;
    const layers: Layers = { ...rest, id: docId, address: input.address ?? doc.address };
    const pk = Number(this.s.insertDoc.run({
      id: docId, title: doc.title, language: doc.language, published: doc.published, source: doc.source,
      address: input.address, hash: input.contentHash, fetchedAt: input.fetchedAt, storedAt: new Date().toISOString(),
      text, layers: JSON.stringify(layers), nSentences: doc.sentences.length, nEntities: doc.entities.length,
      nTimes: doc.times.length, nQuotes: doc.quotes.length, nEvents: doc.events.length,
    }).lastInsertRowid);
    this.s.insertDocFts.run(pk, searchFold(text));
    doc.sentences.forEach((s, i) => this.s.insertSentence.run(pk, i, s.start, s.end, s.zone));

    const ids = this.putEntities(pk, doc);
    const ref = (id: string | null): string | null => (id === null ? null : this.referenced(pk, id, ids));

    doc.times.forEach((t, i) => this.s.insertTime.run(pk, i, t.text, t.type, t.value, t.mod, t.start, t.end, t.sentence));
    doc.quotes.forEach((q, i) => {
      const speaker = ref(q.speaker);
      const addressee = ref(q.addressee);
      const qid = Number(this.s.insertQuote.run(pk, i, speaker, addressee, q.kind, q.text, q.cue, q.date, q.fragment ? 1 : 0,
        q.start, q.end, q.sentence, q.confidence, q.rule, JSON.stringify(q.verbatim ?? [])).lastInsertRowid);
      this.s.insertQuoteFts.run(qid, searchFold(q.text));
      // what the quote is about: entities named inside it, and its addressee — never its speaker
      const about = new Set<string>();
      if (addressee) about.add(addressee);
      for (const e of doc.entities) {
        if (e.mentions.some((m) => m.start >= q.start && m.end <= q.end)) about.add(ids.get(e.id) ?? e.id);
      }
      if (speaker) about.delete(speaker);
      for (const id of about) this.s.insertAbout.run(id, qid);
    });
    const eventIds = doc.events.map((ev, i) => {
      const source = ref(ev.source);
      const target = ref(ev.target);
      const eventId = this.mergeEvent(ev, source, target, doc.published);
      this.s.insertReport.run(eventId, pk, i, ev.sentence, ev.start, ev.end, ev.trigger, ev.triggerStart, ev.triggerEnd, ev.evidence,
        ev.date, ev.modality, ev.confidence, ev.rule);
      this.addToEvent(eventId, ev, doc.published);
      return eventId;
    });
    return { status: replacedId ? 'replaced' : 'inserted', docId, replacedId, eventIds };
  }

  /** `id`, or `id-2`, `id-3`… when another document (another input with the same file name) has it. */
  private freeId(id: string): string {
    if (!this.s.docById.get(id)) return id;
    for (let n = 2; ; n++) {
      const cand = `${id}-${n}`;
      if (!this.s.docById.get(cand)) return cand;
    }
  }

  /** Store id of an entity id: itself, where it was redirected to, or null when unknown. */
  private known(id: string): string | null {
    const r = this.s.redirect.get(id) as { to_id: string } | undefined;
    if (r) return r.to_id;
    return this.s.entity.get(id) ? id : null;
  }

  /**
   * Stores the document's entities and returns local id → store id. Stable ids merge across
   * articles by themselves; an id never seen before whose name key and type match a known
   * entity is redirected to it (the same unknown name spelled alike in two articles).
   */
  private putEntities(pk: number, doc: OutDoc): Map<string, string> {
    const ids = new Map<string, string>();
    for (const e of doc.entities) {
      const key = nameKey(e.name);
      let id = this.known(e.id);
      if (id === null) {
        const byKey = key ? (this.s.entityByKey.get(key, e.type) as { id: string } | undefined) : undefined;
        if (byKey) {
          id = byKey.id;
          this.s.insertRedirect.run(e.id, id);
        } else {
          id = e.id;
          this.s.insertEntity.run(id, e.type, e.name, key, e.wikidata, 0);
        }
      } else {
        const row = this.s.entity.get(id) as { placeholder: number } | undefined;
        if (row?.placeholder) this.s.upgradeEntity.run(e.type, e.name, key, e.wikidata, id);
      }
      ids.set(e.id, id);
      const fresh = this.s.insertDocEntity.run(pk, id, e.id, e.type, e.name, e.wikidata, 0).changes;
      this.s.bumpEntity.run(fresh, e.mentions.length, id);
      if (key) this.s.insertKey.run(key, id);
      this.s.insertName.run(pk, id, 'name', e.name, key, doc.language);
      this.s.countAlias.run(id, 'name', e.name, doc.language, pk);
      for (const a of e.aliases) this.putName(pk, id, 'alias', a, doc.language);
      for (const d of e.descriptions) this.putName(pk, id, 'description', d, doc.language);
      for (const r of e.roles) this.s.insertRole.run(pk, id, r.role, r.of ?? null, r.from ?? null, r.to ?? null, r.source, (r as { sentence?: number }).sentence ?? null);
      for (const m of e.mentions) this.s.insertMention.run(pk, id, m.start, m.end, m.text, m.kind, m.sentence);
    }
    return ids;
  }

  private putName(pk: number, entity: string, kind: string, text: string, lang: string): void {
    const key = nameKey(text);
    this.s.insertName.run(pk, entity, kind, text, key, lang);
    this.s.countAlias.run(entity, kind, text, lang, pk);
    if (key) this.s.insertKey.run(key, entity);
  }

  /**
   * Store id for an id a quote or event refers to. Ids the document's entity layer did not
   * describe still get an entity (a placeholder named after the id) so every actor is queryable,
   * and a doc_entities row so removal knows which document supported it.
   */
  private referenced(pk: number, id: string, ids: Map<string, string>): string {
    const mapped = ids.get(id);
    if (mapped) return mapped;
    let store = this.known(id);
    if (store === null) {
      store = id;
      const name = nameFromId(id);
      this.s.insertEntity.run(id, 'MISC', name, nameKey(name), null, 1);
      this.s.insertKey.run(nameKey(name), id);
    }
    const fresh = this.s.insertDocEntity.run(pk, store, id, 'MISC', nameFromId(id), null, 1).changes;
    if (fresh) this.s.bumpEntity.run(1, 0, store);
    ids.set(id, store);
    return store;
  }

  /**
   * The event a report belongs to: an existing event of the same type, actors and modality with
   * a compatible date (see `dateCompatibility`), the best-matching one; else a new event. Reports
   * with neither actor never merge (nothing says they are the same action).
   */
  private mergeEvent(ev: OutEvent, source: string | null, target: string | null, published: string | null): number {
    if (source !== null || target !== null) {
      const range = timexRange(ev.date);
      const pub = published ? dayNumber(published) : null;
      let rows: { id: number; date: string | null; day: string | null }[];
      const lo = range ? range.start : pub;
      const hi = range ? range.end : pub;
      if (lo !== null && hi !== null) {
        rows = this.s.candidates.all({
          type: ev.type, source, target, modality: ev.modality, lo: dayString(lo - CANDIDATE_WINDOW_DAYS), hi: dayString(hi + CANDIDATE_WINDOW_DAYS),
        }) as typeof rows;
      } else {
        rows = this.s.candidatesAnyDay.all(ev.type, source, target, ev.modality) as typeof rows;
      }
      let best: number | null = null;
      let bestScore = Infinity;
      for (const r of rows) {
        const score = dateCompatibility(r.date, ev.date, r.day, published);
        if (score !== null && score < bestScore) {
          best = r.id;
          bestScore = score;
        }
      }
      if (best !== null) return best;
    }
    return Number(this.s.insertEvent.run(ev.type, source, target, ev.date, placeDay(ev.date, published), ev.modality, ev.quad, ev.weight,
      ev.cameo, ev.confidence).lastInsertRowid);
  }

  /** Folds one new report into its event's aggregates (incremental: events may have thousands of reports). */
  private addToEvent(id: number, ev: OutEvent, published: string | null): void {
    const e = this.s.eventAgg.get(id) as { date: string | null; day: string | null; confidence: number; first_published: string | null };
    const date = morePrecise(e.date, ev.date);
    const first = published && (e.first_published === null || published < e.first_published) ? published : e.first_published;
    const day = placeDay(date, first);
    const confidence = Math.max(e.confidence, ev.confidence);
    if (date === e.date && day === e.day) this.s.countReport.run(confidence, first, id);
    else this.s.addReportToEvent.run(date, day, confidence, first, id);
  }

  /** Recomputes an event's date, day, confidence and report count from its reports; deletes it when none is left. */
  private refreshEvent(id: number): boolean {
    const reports = this.s.reportsOfEvent.all(id) as { date: string | null; confidence: number; published: string | null }[];
    if (reports.length === 0) {
      this.s.deleteEvent.run(id);
      return false;
    }
    let date: string | null = null;
    let confidence = 0;
    let firstPublished: string | null = null;
    for (const r of reports) {
      date = morePrecise(date, r.date);
      confidence = Math.max(confidence, r.confidence);
      if (r.published && (firstPublished === null || r.published < firstPublished)) firstPublished = r.published;
    }
    this.s.updateEvent.run(date, placeDay(date, firstPublished), confidence, reports.length, firstPublished, id);
    return true;
  }

  /**
   * Deletes a document (its facts cascade), then events left without a report and entities no
   * remaining document supports; surviving entities get their name, type and counts from what
   * still supports them.
   */
  private removeTx(pk: number): RemoveResult {
    const events = new Set((this.s.eventIdsOfDoc.all(pk) as { event: number }[]).map((r) => r.event));
    const entities = (this.s.entitiesOfDoc.all(pk) as { entity: string }[]).map((r) => r.entity);
    const removedMentions = new Map((this.s.mentionsOfDoc.all(pk) as { entity: string; n: number }[]).map((r) => [r.entity, r.n]));
    for (const q of this.s.quoteIdsOfDoc.all(pk) as { id: number }[]) this.s.deleteQuoteFts.run(q.id);
    this.s.uncountAliases.run(pk);
    this.s.deleteDocFts.run(pk);
    this.s.deleteDoc.run(pk);
    let eventsRemoved = 0;
    for (const id of events) if (!this.refreshEvent(id)) eventsRemoved++;
    let entitiesRemoved = 0;
    for (const id of entities) {
      const sup = this.s.entitySupport.get(id) as { type: string; name: string; wikidata: string | null; placeholder: number } | undefined;
      if (!sup) {
        this.s.deleteEntity.run(id);
        this.s.deleteRedirectsTo.run(id, id);
        this.s.deleteKeys.run(id);
        this.s.deleteAliases.run(id);
        entitiesRemoved++;
        continue;
      }
      const docs = (this.s.docCount.get(id) as { n: number }).n;
      this.s.setEntity.run(sup.type, sup.name, nameKey(sup.name), sup.wikidata, sup.placeholder, docs, removedMentions.get(id) ?? 0, id);
      this.s.dropUnusedAliases.run(id);
      this.s.deleteKeys.run(id);
      const keys = new Set([nameKey(sup.name), ...(this.s.aliasTexts.all(id) as { text: string }[]).map((r) => nameKey(r.text))]);
      for (const k of keys) if (k) this.s.insertKey.run(k, id);
    }
    return { removed: true, eventsRemoved, entitiesRemoved };
  }

  /** The database handle (for the reader sharing it). */
  get handle(): Database.Database {
    return this.db;
  }
}
