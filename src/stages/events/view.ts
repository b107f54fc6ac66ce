import type { Doc } from '../../doc/doc.js';
import type { Entity, EntityType, Mention, MentionKind, Timex, Token, ZoneKind } from '../../doc/types.js';
import type { KbKind } from '../../kb/types.js';
import { endsWithAny, type Cue, type EventCues } from './lexicon.js';
import type { SentenceWords } from './match.js';
import { leaderGroups, type LeaderGroup } from './summits.js';

/** Entity types that can act or be acted upon in an event. */
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'GPE']);
/** Who can be acted upon: the same types (vessels, places and named events are not actors). */
const TARGET_TYPES: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'GPE']);

/** Whether an entity type can be a source. */
export const canAct = (t: EntityType): boolean => ACTOR_TYPES.has(t);

/**
 * Whether the word at `k` opens a subordinate clause: a subordinator, except the comparison particle after a
 * comparative ("nach mehr als zwei Jahren", "länger als geplant"), which compares and opens no clause. Every
 * subordinator check of the stage goes through here. A comparative is read from its form: a lower-case word ending
 * in -er/-hr that is no function word of the cues, inside a phrase (not right after punctuation, so "…, aber als"
 * stays a clause). Only where nouns are capitalised (the verb-second languages here): English lower-case nouns end
 * in -er too ("the leader who").
 */
export function subordinatorAt(words: readonly string[], raw: readonly string[], k: number, cues: EventCues): boolean {
  const w = words[k];
  if (w === undefined || !cues.subordinators.has(w)) return false;
  if (!cues.verbSecond || k < 2) return true;
  const before = raw[k - 1]!;
  const word = words[k - 1]!;
  const comparative = /^\p{Ll}{2,}[eh]r$/u.test(before)
    && !/^\p{P}/u.test(raw[k - 2]!)
    && ![cues.determiners, cues.coordinators, cues.prepositions, cues.possessives, cues.firstPerson, cues.pronouns, cues.subordinators].some((set) => set.has(word));
  return !comparative;
}

/**
 * A run of adjacent mentions that form one noun phrase ("Russlands Außenminister Sergej Lawrow",
 * "Sudan’s government"), reduced to the actor it names, with the syntactic slot the phrase fills.
 */
export interface Chain {
  /** Sentence-token indices of the first and last token. */
  readonly first: number;
  readonly last: number;
  /** The actor's entity id (after the pronoun/description policy). */
  readonly entity: string;
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** `core` (subject or object), `gen` (genitive / of-attribute) or `pp:X` (object of preposition X). */
  readonly role: string;
  /** A first-person pronoun or possessive ("wir", "unser", "we"), whose actor is the quote's speaker. */
  readonly firstPerson: boolean;
  /**
   * The mention itself names a city or place (a capital standing for its state, a town the knowledge base knows), not
   * a state: "near Sanaa" places an act in Yemen, "near Saudi Arabia" or "near the Saudi border" does not.
   */
  readonly place?: boolean;
}

/** One sentence prepared for matching and argument search. */
export interface SentenceView extends SentenceWords {
  readonly index: number;
  readonly tokens: readonly Token[];
  /** Index of the sentence's first token in the tokens layer. */
  readonly tokenOffset: number;
  readonly chains: readonly Chain[];
  /** Original-case token texts. */
  readonly raw: readonly string[];
  /**
   * For each token inside the name of an actor that spans two or more tokens ("Rapid Support Forces", "Free
   * Democratic Party"), the index of that name's first token: a word of a name is no trigger.
   */
  readonly nameAt: ReadonlyMap<number, number>;
  /** Tokens of a leader-group noun (summits.ts): no act starts there ("The heads of state urged …" does not head anywhere). */
  readonly groupWords: ReadonlySet<number>;
}

/** How pronoun and description mentions of a person map to an actor. */
export type PronounPolicy = 'person' | 'state';

/** Per-document lookups the views need, built once per document. */
export interface DocIndex {
  readonly mentionsBySentence: ReadonlyMap<number, number[]>;
  /** Named actor mentions in text order, for resolving pronouns the entity layer left open. */
  readonly named: readonly Antecedent[];
  /** Lower-cased alias → entity id (for compound prefixes such as "US-"). */
  readonly aliases: ReadonlyMap<string, string>;
  /** Entity by id (the document's own lookup is a linear search). */
  readonly entities: ReadonlyMap<string, Entity>;
  /** Two different actors named together ("Russland und die Ukraine"), in text order: what "both sides" refers to. */
  readonly pairs: readonly Pair[];
  /** The first pair named together in the title or the lead (first body sentence): the two parties the article is about. */
  readonly articlePair: Pair | undefined;
  /** Whether a sentence is in the title or the lead (`leadSentences`). */
  readonly lead: (sentence: number) => boolean;
  /** Entities that some mention names (not only described): "the Chinese coast guard" without a name is its state's organ. */
  readonly namedEntities: ReadonlySet<string>;
  /** Adjective mentions of actors ("serbische", "kosovarische"), in text order: how often the text is about a party. */
  readonly adjectives: readonly { readonly start: number; readonly entity: string }[];
  /** Unnamed actors → the state or organisation they act for (see {@link unnamedBodies}). */
  readonly bodies: ReadonlyMap<string, string>;
  /** Unnamed state organs the entity layer made entities of their own, which events do not see (see {@link unnamedSeat}). */
  readonly unnamedSeats: ReadonlySet<string>;
  /** Leader groups that act for the organisation of the article's summit ("Die Staats- und Regierungschefs …", summits.ts), in text order. */
  readonly leaderGroups: readonly LeaderGroup[];
}

/** The two parties of the last meeting that took place before a sentence (source and target of an asserted CONSULT), with its sentence. */
export interface Meeting {
  readonly sentence: number;
  readonly a: string;
  readonly b: string;
}

/** Two actors coordinated in one sentence. */
interface Pair {
  readonly end: number;
  readonly sentence: number;
  readonly a: string;
  readonly b: string;
  /** The whole list the pair ends, when commas join more actors before it ("Burkina Faso, Mali and Niger"). */
  readonly list?: readonly string[];
}

/** A named actor mention a pronoun can refer back to. */
interface Antecedent {
  readonly start: number;
  readonly sentence: number;
  readonly entity: string;
  readonly type: EntityType;
  /** Subject or object, not inside a prepositional or genitive phrase: the salient antecedents. */
  readonly core: boolean;
  /** The first core actor of its sentence: the likely subject, preferred over objects. */
  readonly subject: boolean;
  /**
   * A person named after a feminine title ("seine Sprecherin Nino Beridse") or whom a feminine pronoun after the name
   * refers back to ("Dina Boluarte met her counterpart"): no antecedent of a masculine pronoun.
   */
  readonly feminine: boolean;
  readonly end?: number;
  /** A possessive name ("Turkey's"): an attribute of the noun phrase after it, not its sentence's subject. */
  readonly attribute?: boolean;
}

/** Whether `after`, the text right after a name, opens with a possessive clitic of the language ("Turkey's", "Reuters’"). */
function possessiveAfter(after: string, cues: EventCues): boolean {
  return cues.possessiveClitics.some((p) => after.startsWith(p) && !/[\p{L}\p{N}]/u.test(after[p.length] ?? ''));
}

/** A capitalised title with a feminine ending ("Sprecherin", "Präsidentin"; German). */
function feminineTitle(word: string, cues: EventCues): boolean {
  return /^\p{Lu}/u.test(word) && cues.feminineTitleSuffixes.some((sfx) => word.length > sfx.length + 2 && word.endsWith(sfx));
}

/** The person descriptions the entity layer resolved, with their sentence's mention indices. */
function* personDescriptions(doc: Doc, bySentence: ReadonlyMap<number, number[]>): Generator<{ list: readonly number[]; mi: number; m: Mention; e: string }> {
  const mentions = doc.get('mentions');
  for (const list of bySentence.values()) {
    for (const mi of list) {
      const m = mentions[mi]!;
      const e = m.kind === 'description' && m.type === 'PER' ? doc.entityOfMention(mi) : undefined;
      if (e !== undefined) yield { list, mi, m, e };
    }
  }
}

/**
 * Office-holders the article never names ("The Uzbek president met his Kazakh counterpart …"): by the corpus convention
 * for bare titles they act for the state their title names, and they are what a person pronoun after them refers
 * back to (else "He" in the next sentence fell to the named counterpart). Only a description outside a prepositional
 * or genitive phrase; feminine by its title (`feminineIds`).
 */
function bareTitles(doc: Doc, tokens: readonly Token[], bySentence: ReadonlyMap<number, number[]>, namedIds: ReadonlySet<string>, feminineIds: ReadonlySet<string>, cues: EventCues): Antecedent[] {
  const out: Antecedent[] = [];
  const mentions = doc.get('mentions');
  for (const { list, mi, m, e } of personDescriptions(doc, bySentence)) {
    if (namedIds.has(e)) continue;
    const inner = list.find((o) => o !== mi && mentions[o]!.start >= m.start && mentions[o]!.end <= m.end && (mentions[o]!.kind === 'adjective' || mentions[o]!.kind === 'name') && mentions[o]!.type === 'GPE');
    const state = inner === undefined ? undefined : doc.entityOfMention(inner);
    if (state === undefined) continue;
    const k = tokenAt(tokens, 0, tokens.length, m.start) - 1;
    const before = k >= 0 && tokens[k]!.sentence === m.sentence ? doc.text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase() : '';
    if (cues.prepositions.has(before) || cues.genitiveMarkers.has(before)) continue;
    out.push({ start: m.start, end: m.end, sentence: m.sentence, entity: state, type: 'PER', core: true, subject: false, feminine: feminineIds.has(e) });
  }
  return out;
}

/**
 * Persons a description calls by a feminine title ("Die Präsidentin Perus, Dina Boluarte, …"): a capitalised word
 * with a feminine ending that no other mention covers (not "Berlin" in "der Bürgermeister von Berlin").
 */
function describedFeminine(doc: Doc, bySentence: ReadonlyMap<number, number[]>, cues: EventCues): Set<string> {
  const out = new Set<string>();
  if (cues.feminineTitleSuffixes.length === 0) return out;
  const mentions = doc.get('mentions');
  for (const { list, mi, m, e } of personDescriptions(doc, bySentence)) {
    if (out.has(e)) continue;
    for (const w of m.text.matchAll(/\p{Lu}\p{L}+/gu)) {
      const at = m.start + w.index;
      if (!feminineTitle(w[0], cues)) continue;
      if (list.some((o) => o !== mi && mentions[o]!.kind !== 'description' && mentions[o]!.start <= at && at < mentions[o]!.end)) continue;
      out.add(e);
      break;
    }
  }
  return out;
}

/**
 * Marks as feminine a named person whose first pronoun after the name, in its sentence and before the next named
 * actor, is feminine ("Peru's President Dina Boluarte met her counterpart Luis Arce": "He" in the next sentence is
 * the counterpart). Only a pronoun of one gender tells it (German "ihr" is also "their": the list is empty there).
 */
function markFeminine(doc: Doc, tokens: readonly Token[], named: Antecedent[], cues: EventCues): void {
  if (cues.femininePronouns.size === 0) return;
  for (let i = 0; i < named.length; i++) {
    const n = named[i]!;
    if (n.type !== 'PER' || n.feminine || n.end === undefined) continue;
    const next = named[i + 1];
    const stop = next && next.sentence === n.sentence ? next.start : Infinity;
    for (let k = tokenAt(tokens, 0, tokens.length, n.end); k < tokens.length && tokens[k]!.sentence === n.sentence && tokens[k]!.start < stop; k++) {
      const w = doc.text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase();
      if (cues.femininePronouns.has(w)) named[i] = { ...n, feminine: true };
      if (cues.femininePronouns.has(w) || cues.masculinePronouns.has(w)) break;
    }
  }
}

/**
 * Unnamed actors that act for a body (the spec: an actor the article never identifies counts as their state or
 * organisation): a person the article never names whose description holds a state or organisation ("a special envoy of
 * ASEAN", "Der Sondergesandte der ASEAN", "a Georgian official" — and so every later "The envoy"), and a group of a
 * state's agents (`stateAgentEndings`: "drei kosovarische Polizisten", "two French diplomats") whose description holds
 * its state. The entity's first such description decides. Private groups ("Die Demonstranten", "relatives") keep their
 * own entity.
 */
function unnamedBodies(doc: Doc, bySentence: ReadonlyMap<number, number[]>, entities: ReadonlyMap<string, Entity>, namedIds: ReadonlySet<string>, cues: EventCues): Map<string, string> {
  const out = new Map<string, string>();
  const mentions = doc.get('mentions');
  mentions.forEach((m, mi) => {
    const id = doc.entityOfMention(mi);
    if (id === undefined || m.kind !== 'description' || namedIds.has(id) || out.has(id)) return;
    const e = entities.get(id);
    if (!e || e.aliases.length > 0) return;
    const person = e.type === 'PER';
    if (!person && !(e.type === 'ORG' && endsWithAny(lastWord(m.text), cues.stateAgentEndings))) return;
    let body: { start: number; id: string } | null = null;
    // (a spokesperson speaks for the organ named in their title, not the state before it: "A U.S. State Department
    // spokesperson" acts for the State Department, as a named organ acts itself)
    const organ = person && cues.representativeNouns.has(lastWord(m.text));
    let named: string | null = null;
    for (const o of bySentence.get(m.sentence) ?? []) {
      const n = mentions[o]!;
      if (o === mi || n.start < m.start || n.end > m.end) continue;
      const b = doc.entityOfMention(o);
      const type = b === undefined ? undefined : entities.get(b)?.type;
      if (organ && b !== undefined && b !== id && type === 'ORG' && n.kind === 'name') named = b;
      if (body !== null && body.start <= n.start) continue;
      if (b !== undefined && b !== id && (type === 'GPE' || (person && type === 'ORG'))) body = { start: n.start, id: b };
    }
    if (named !== null) body = { start: m.start, id: named };
    if (body === null) body = genitiveBody(doc, m, bySentence.get(m.sentence) ?? [], entities, person, cues);
    // (a group of state agents with no state in its description serves where it stands: "five soldiers in Somalia",
    // "drei Polizisten in Kenia" — a state named right after a seat preposition in its own sentence, after the group)
    if (body === null && !person) {
      for (const o of bySentence.get(m.sentence) ?? []) {
        const n = mentions[o]!;
        const b = doc.entityOfMention(o);
        if (body !== null || n.start < m.end || n.kind !== 'name' || b === undefined || entities.get(b)?.kbKind !== 'country') continue;
        const before = doc.text.slice(Math.max(m.end, n.start - 6), n.start).trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
        if (cues.seatPrepositions.has(before)) body = { start: n.start, id: b };
      }
    }
    if (body !== null) out.set(id, body.id);
  });
  return out;
}

/**
 * The body named by a genitive attribute right after a description ("Drei Diplomaten der russischen Botschaft", "two
 * diplomats of the Russian embassy"), when the entity layer gave the attribute a mention of its own: the next mention
 * of the sentence, with nothing but a genitive marker ("of") between, that opens with a genitive determiner or is a
 * name in the genitive (German: "Drei Diplomaten Russlands") or follows the marker, and stands for a state (or, for a person, an organisation). Null otherwise.
 */
function genitiveBody(doc: Doc, m: Mention, sentence: readonly number[], entities: ReadonlyMap<string, Entity>, person: boolean, cues: EventCues): { start: number; id: string } | null {
  const mentions = doc.get('mentions');
  let next = -1;
  // (of the mentions the stages added, those that reach an entity: a tagger's span and the resolver's may both stand there)
  for (const o of sentence) {
    if (mentions[o]!.start >= m.end && doc.entityOfMention(o) !== undefined && (next < 0 || mentions[o]!.start < mentions[next]!.start)) next = o;
  }
  if (next < 0) return null;
  const n = mentions[next]!;
  const gap = doc.text.slice(m.end, n.start).toLowerCase().split(/\s+/u).filter((w) => w !== '');
  if (gap.length > 1 || (gap.length === 1 && !cues.genitiveMarkers.has(gap[0]!))) return null;
  // (German, no marker: the attribute opens with a genitive article, "der russischen Botschaft", or is a name in the
  // genitive, "Russlands")
  const genitiveName = n.kind === 'name' && cues.nameGenitiveEndings.length > 0 && endsWithAny(n.text.toLowerCase(), cues.nameGenitiveEndings);
  if (gap.length === 0 && !genitiveName && !cues.genitiveDeterminers.has(n.text.split(/\s/u, 1)[0]!.toLowerCase())) return null;
  const b = doc.entityOfMention(next);
  const type = b === undefined ? undefined : entities.get(b)?.type;
  return b !== undefined && (type === 'GPE' || (person && type === 'ORG')) ? { start: n.start, id: b } : null;
}

/** The last word of a phrase, lower-cased. */
function lastWord(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  return words?.[words.length - 1] ?? '';
}

/** Builds the per-document lookups. */
export function indexDoc(doc: Doc, cues: EventCues): DocIndex {
  const entities = new Map<string, Entity>();
  for (const e of doc.get('entities')) if (!entities.has(e.id)) entities.set(e.id, e);
  const unnamedSeats = new Set<string>();
  for (const e of entities.values()) if (unnamedSeat(e, cues)) unnamedSeats.add(e.id);
  const entityType = (_d: Doc, id: string): EntityType | undefined => entities.get(id)?.type;
  const mentionsBySentence = new Map<number, number[]>();
  const named: Antecedent[] = [];
  const tokens = doc.get('tokens');
  const namedIds = new Set<string>();
  const adjectives: { start: number; entity: string }[] = [];
  doc.get('mentions').forEach((m, i) => {
    const e = doc.entityOfMention(i);
    if (e !== undefined && m.kind === 'name') namedIds.add(e);
    if (e !== undefined && m.kind === 'adjective') adjectives.push({ start: m.start, entity: e });
  });
  doc.get('mentions').forEach((m, i) => {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(i);
    else mentionsBySentence.set(m.sentence, [i]);
    const e = doc.entityOfMention(i);
    // a description the entity layer resolved ("the junta", "die Regierung") is as good an antecedent as a name
    if (e === undefined || unnamedSeats.has(e) || (m.kind !== 'name' && (m.kind !== 'description' || m.type === 'PER')) || !ACTOR_TYPES.has(m.type)) return;
    let k = tokenAt(tokens, 0, tokens.length, m.start) - 1;
    while (k >= 0 && tokens[k]!.sentence === m.sentence && cues.determiners.has(doc.text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase())) k--;
    // (the word before the name and its articles: a preposition, a genitive marker or a person's title)
    const title = k >= 0 && tokens[k]!.sentence === m.sentence ? doc.text.slice(tokens[k]!.start, tokens[k]!.end) : '';
    const before = title.toLowerCase();
    const type = entityType(doc, e) ?? m.type;
    // (German: a name right after a noun is its genitive, "der Präsident Frankreichs"; a person's name there follows
    // a title, "Außenminister Lawrow", and is the actor)
    const nounBefore = cues.nounGenitive && type !== 'PER' && k > 0 && tokens[k]!.sentence === m.sentence && tokens[k - 1]!.sentence === m.sentence && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(doc.text[tokens[k]!.start]!) && tokens[k - 1]!.kind === 'word';
    // (a name that is the hyphenated prefix of a noun, "Uno-Sondergesandte Hanna Tetteh", "US-Präsident", only
    // qualifies that noun: the person named with it is the clause's actor, and what "sie"/"er" refers back to)
    const prefix = /^[-‐‑]\p{L}/u.test(doc.text.slice(m.end, m.end + 2));
    const core = !cues.prepositions.has(before) && !cues.genitiveMarkers.has(before) && !nounBefore && !prefix;
    const feminine = feminineTitle(title, cues);
    // (a possessive name, "Turkey's foreign minister Hakan Fidan", is an attribute of the phrase after it: never the subject)
    // (German: a genitive name before a noun, "Kasachstans Präsident Tokajew")
    const after = doc.text.slice(m.end, m.end + 3);
    const attribute = possessiveAfter(after, cues) || (cues.nounGenitive && cues.nameGenitiveEndings.some((g) => m.text.endsWith(g)) && /^ \p{Lu}/u.test(after));
    named.push({ start: m.start, end: m.end, sentence: m.sentence, entity: e, type, core, subject: false, feminine, attribute });
  });
  const feminineIds = describedFeminine(doc, mentionsBySentence, cues);
  named.push(...bareTitles(doc, tokens, mentionsBySentence, namedIds, feminineIds, cues));
  // (a leader group is what "sie"/"they" after it refers back to: "Die Staats- und Regierungschefs … Zugleich beschlossen sie …")
  const groups = leaderGroups(doc, tokens, cues);
  for (const g of groups) named.push({ start: g.start, end: g.end, sentence: g.sentence, entity: g.entity, type: entities.get(g.entity)?.type ?? 'ORG', core: !g.governed, subject: false, feminine: false });
  named.sort((a, b) => a.start - b.start);
  for (let i = 0; i < named.length; i++) if (feminineIds.has(named[i]!.entity) && !named[i]!.feminine) named[i] = { ...named[i]!, feminine: true };
  markFeminine(doc, tokens, named, cues);
  const sentenceHasSubject = new Set<number>();
  for (let i = 0; i < named.length; i++) {
    const n = named[i]!;
    if (!n.core || n.attribute === true || sentenceHasSubject.has(n.sentence)) continue;
    sentenceHasSubject.add(n.sentence);
    named[i] = { ...n, subject: true };
  }
  // "X und Y", "X, Y": adjacent named actors with only coordinators, commas or determiners between
  const pairs: Pair[] = [];
  // the longest mention at each start (several stages may mark nested spans)
  const mentionAt = new Map<number, { start: number; end: number }>();
  for (const m of doc.get('mentions')) if ((mentionAt.get(m.start)?.end ?? -1) < m.end) mentionAt.set(m.start, m);
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1]!;
    if (a.sentence !== b.sentence || a.entity === b.entity) continue;
    const am = mentionAt.get(a.start);
    const bm = mentionAt.get(b.start);
    if (!am || !bm) continue;
    // (the words between the two mentions, read from the tokens layer)
    const between: string[] = [];
    for (let k = tokenAt(tokens, 0, tokens.length, am.end); k < tokens.length && tokens[k]!.start < bm.start; k++) {
      if (tokens[k]!.start >= am.end) between.push(doc.text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase());
    }
    if (between.length === 0 || between.length > 3 || !between.some((w) => cues.coordinators.has(w))) continue;
    // (the preposition of the first conjunct repeated after the coordinator: "mit Japarov und mit Rachmon")
    const pk = tokenAt(tokens, 0, tokens.length, am.start) - 1;
    const prep = pk >= 0 && tokens[pk]!.sentence === a.sentence ? doc.text.slice(tokens[pk]!.start, tokens[pk]!.end).toLowerCase() : undefined;
    const repeated = (w: string, j: number): boolean => w === prep && cues.prepositions.has(w) && j > 0 && cues.coordinators.has(between[j - 1]!);
    // (a complementizer that is also a determiner opens a new clause: "to meet Lutnick and that the EU remained ready")
    if (between.every((w, j) => cues.coordinators.has(w) || (cues.determiners.has(w) && !cues.complementMarkers.has(w)) || w === ',' || repeated(w, j))) {
      // ("Burkina Faso, Mali and Niger": named actors before it joined by commas alone belong to the list)
      const list = [b.entity, a.entity];
      for (let k = i - 1; k >= 0; k--) {
        const x = named[k]!;
        const xm = mentionAt.get(x.start);
        const next = mentionAt.get(named[k + 1]!.start);
        if (x.sentence !== a.sentence || !xm || !next || list.includes(x.entity) || doc.text.slice(xm.end, next.start).trim() !== ',') break;
        list.push(x.entity);
      }
      pairs.push({ end: bm.end, sentence: a.sentence, a: a.entity, b: b.entity, ...(list.length > 2 ? { list: list.reverse() } : {}) });
    }
  }
  // built on first use: only a hyphenated compound prefix ("US-Präsident") needs it, and lower-casing every alias of
  // every entity cost more than the rest of the index on one-sentence documents
  let aliases: Map<string, string> | null = null;
  const entityList = doc.get('entities');
  // (the title and lead, and in them the first pair named together: what the article is about, "Philippines and Japan
  // sign defense pact", whatever else it names more often later)
  const lead = leadSentences(doc);
  return {
    mentionsBySentence, named, entities, pairs, namedEntities: namedIds, adjectives, articlePair: pairs.find((p) => lead(p.sentence)), lead,
    bodies: unnamedBodies(doc, mentionsBySentence, entities, namedIds, cues),
    unnamedSeats,
    leaderGroups: groups,
    get aliases(): ReadonlyMap<string, string> {
      if (aliases === null) {
        aliases = new Map<string, string>();
        for (const e of entityList) {
          if (!ACTOR_TYPES.has(e.type)) continue;
          for (const a of e.aliases) if (!aliases.has(a.toLowerCase())) aliases.set(a.toLowerCase(), e.id);
        }
      }
      return aliases;
    },
  };
}

/** First index in `tokens[from, to)` whose end is after `offset`. */
function tokenAt(tokens: readonly Token[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The state a person acts for (the first role with an `of`), or null. */
export function stateOf(idx: DocIndex, id: string): string | null {
  const e = idx.entities.get(id);
  if (!e || e.type !== 'PER') return null;
  for (const r of e.roles) if (r.of) return r.of;
  return null;
}

/** Whether an actor is on the side of `ids`: one of them or their state, or a person of one of them or of their state. */
export function sideOf(idx: DocIndex, ids: readonly string[]): (id: string) => boolean {
  const own = new Set(ids.flatMap((id) => [id, stateOf(idx, id) ?? id]));
  return (id) => own.has(id) || own.has(stateOf(idx, id) ?? id);
}

/**
 * The knowledge-base kind the entity layer resolved an entity by ("country", "org", "city", "place", …); null for
 * an entity the knowledge base does not know.
 */
export function kbKind(idx: DocIndex, id: string): KbKind | null {
  return idx.entities.get(id)?.kbKind ?? null;
}

interface Piece { first: number; last: number; entity: string; type: EntityType; kind: MentionKind; firstPerson: boolean; text: string; place?: boolean }

/**
 * Builds a sentence view: lower-cased words, clause numbers (a new clause after every clause-break
 * punctuation mark or quotation mark) and the actor chains with their slots. `times` are the sentence's
 * time expressions (see `timesBySentence`).
 */
export function buildView(doc: Doc, si: number, tokenRange: readonly [number, number], idx: DocIndex, cues: EventCues, policy: PronounPolicy, times: readonly Timex[], seatOf: (id: string) => string | null = () => null, allied: (a: string, b: string) => boolean = () => false, met: () => Meeting | undefined = () => undefined): SentenceView {
  const [t0, t1] = tokenRange;
  const tokens = doc.get('tokens').slice(t0, t1);
  const text = doc.text;
  // (plain loops: this runs once per sentence, and one-sentence documents spend most of the stage here; the parts are
  // functions of their own, because V8's optimising compiler takes far longer over one big function, and recompiles
  // all of it whenever one rare branch is first taken)
  const raw: string[] = [];
  const words: string[] = [];
  for (const t of tokens) {
    const w = text.slice(t.start, t.end);
    raw.push(w);
    words.push(w.toLowerCase());
  }
  const d: Draft = { doc, si, t0, t1, tokens, raw, words, clause: clauseNumbers(tokens, raw, cues, times), cues, idx, times, policy, seatOf, covered: new Uint8Array(tokens.length), pieces: [] };
  mentionPieces(d);
  const leaders = leaderPieces(d);
  titledNames(d);
  const pluralAt = pluralPronouns(d);
  pronounPieces(d);
  const pieces = d.pieces;
  pieces.sort((a, b) => a.first - b.first);
  joinListClauses(d);
  const chains = unnamedForBody(chainPieces(pieces, raw, words, tokens, cues, idx), idx, words, cues);
  chains.push(...pairAnaphorChains(d, pluralAt, allied, met));
  chains.sort((a, b) => a.first - b.first);
  const nameAt = new Map<number, number>();
  for (const p of pieces) if (p.kind === 'name' && p.last > p.first) for (let k = p.first; k <= p.last; k++) nameAt.set(k, p.first);
  const groupWords = new Set<number>();
  for (const p of leaders) for (let k = p.first; k <= p.last; k++) groupWords.add(k);
  return { index: si, tokens, tokenOffset: t0, words, raw, clause: d.clause, chains, nameAt, groupWords };
}

/** The zones whose sentences are headlines (their own style: bare participles, commas for "and"). */
export const HEADLINE_ZONES: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['title', 'heading']);

/** Whether sentence `si` stands in a headline zone. */
export function headlineSentence(doc: Doc, si: number): boolean {
  const zone = doc.get('paragraphs')[doc.get('sentences')[si]?.paragraph ?? -1]?.zone;
  return zone !== undefined && HEADLINE_ZONES.has(zone);
}

/** A sentence view under construction: what the parts of {@link buildView} share. */
interface Draft {
  readonly doc: Doc;
  readonly si: number;
  /** The sentence's token range in the tokens layer. */
  readonly t0: number;
  readonly t1: number;
  readonly tokens: readonly Token[];
  readonly raw: readonly string[];
  readonly words: readonly string[];
  /** Clause number of each token (list commas are joined at the end). */
  readonly clause: number[];
  readonly cues: EventCues;
  readonly idx: DocIndex;
  readonly times: readonly Timex[];
  readonly policy: PronounPolicy;
  readonly seatOf: (id: string) => string | null;
  /** Tokens inside a mention or taken by a plural pronoun (1), by index. */
  readonly covered: Uint8Array;
  readonly pieces: Piece[];
}

/** Clause numbers: a new clause after every clause-break punctuation mark. */
function clauseNumbers(tokens: readonly Token[], raw: readonly string[], cues: EventCues, times: readonly Timex[]): number[] {
  const clause: number[] = [];
  let c = 0;
  // a short parenthesis of words only ("Der Internationale Gerichtshof (IGH) hat …", "the Rapid Support Forces (RSF)")
  // or of a date ("Die Polizei nahm am Samstag (14.3.) in Belgrad … fest", "on Tuesday (July 29)") glosses the phrase
  // before it and does not break its clause
  const inTime = (k: number): boolean => times.some((x) => x.start <= tokens[k]!.start && tokens[k]!.end <= x.end);
  let gloss: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (raw[i] !== '(') continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 4 && raw[k] !== ')' && (tokens[k]!.kind === 'word' || inTime(k))) k++;
    if (k > i + 1 && raw[k] === ')') (gloss ??= new Set<number>()).add(i).add(k);
  }
  for (let i = 0; i < tokens.length; i++) {
    // quotation marks do not end a clause: "said he was “appalled” that …" goes on
    const breaks = tokens[i]!.kind === 'punct' && cues.clauseBreaks.has(raw[i]!) && !(gloss !== null && gloss.has(i));
    if (breaks) c++;
    clause.push(c);
    if (breaks) c++;
  }
  return clause;
}

/** The pronoun's own clause: back to a clause break or a subordinator ("said that they had briefed"). */
function clauseStartOf(d: Draft, i: number): number {
  const { clause, words, raw, cues } = d;
  let k = i;
  while (k > 0 && clause[k - 1] === clause[i] && !subordinatorAt(words, raw, k - 1, cues)) k--;
  return d.tokens[k]!.start;
}

/**
 * Where a personal pronoun's antecedent may start: before its clause ("the US imposed measures against it"), but a
 * pronoun opening a reported clause may be the speaker ("The United States said it stood by …"). (A time expression
 * between the verb and its clause belongs to the report: "Rio Tinto said on Monday it would …")
 */
function pronounFrom(d: Draft, i: number): number {
  const { words, tokens, cues } = d;
  const inTime = (k: number): boolean => d.times.some((x) => x.start <= tokens[k]!.start && tokens[k]!.end <= x.end);
  let said = i - 1;
  if (said >= 0 && cues.complementMarkers.has(words[said]!)) said--;
  while (said >= 0 && inTime(said)) said--;
  return said >= 0 && cues.reportingVerbs.has(words[said]!) ? tokens[i]!.start : clauseStartOf(d, i);
}

/**
 * Whether the mention at tokens `first`..`last` (ending at offset `end`) names a ship's flag state
 * (`EventCues.flagStates`): a marker right after it ("Panama-flagged", "Liberian-flagged"), a flag noun right after it
 * with a preposition before it ("under the Liberian flag", "unter panamaischer Flagge"), or a flag noun before it after
 * such a preposition ("unter der Flagge Panamas"). The flag is an attribute of the vessel, not whom an act against it
 * concerns.
 */
function flagAttribute(d: Draft, first: number, last: number, end: number): boolean {
  const { words, cues } = d;
  const f = cues.flagStates;
  if (f.markers.size === 0 && f.nouns.size === 0) return false;
  // (a hyphenated compound may be one token: "Panama-flagged"; the mention then ends inside it)
  const rest = d.doc.text.slice(end, d.tokens[last]!.end).toLowerCase().replace(/^-/u, '');
  let n = last + 1;
  if (words[n] === '-') n++;
  const next = rest !== '' ? rest : (words[n] ?? '').replace(/^-/u, '');
  if (f.markers.has(next)) return true;
  const back = (k: number): number => {
    let j = k;
    while (j >= 0 && (cues.determiners.has(words[j]!) || cues.genitiveMarkers.has(words[j]!))) j--;
    return j;
  };
  const p = back(first - 1);
  if (f.nouns.has(next)) return f.prepositions.has(words[p] ?? '');
  return f.nouns.has(words[p] ?? '') && f.prepositions.has(words[back(p - 1)] ?? '');
}

/** The pieces of the mentions that reach an entity (or a pronoun the view resolves), in text order. */
function mentionPieces(d: Draft): void {
  const { doc, si, t0, t1, tokens, idx, cues, policy, seatOf, covered, pieces } = d;
  const all = doc.get('tokens');
  const mentions = doc.get('mentions');
  // several stages may add mentions (a tagger, then the resolver): only those that reach an entity
  // count, and of nested or repeated spans the longest one
  const ms = (idx.mentionsBySentence.get(si) ?? [])
    .map((mi) => ({ mi, m: mentions[mi]!, entity: seatless(idx, doc.entityOfMention(mi)) }))
    .filter((x) => x.entity !== null || x.m.kind === 'pronoun')
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end || Number(b.entity !== null) - Number(a.entity !== null));
  let lastEnd = -1;
  for (const { m, entity: owner } of ms) {
    if (m.start < lastEnd) {
      // nested inside the previous mention; "the German ambassador", an office-holder the article never names,
      // acts for the state its nationality adjective names (the corpus convention for bare titles)
      const prev = pieces[pieces.length - 1];
      const state = owner !== null && (m.kind === 'adjective' || m.kind === 'name') && idx.entities.get(owner)?.type === 'GPE' ? owner : null;
      if (prev && state && prev.kind === 'description' && prev.type === 'PER' && !idx.namedEntities.has(prev.entity) && prev.entity !== state) {
        pieces[pieces.length - 1] = { ...prev, entity: seatOf(state) ?? state, type: 'GPE' };
      }
      continue;
    }
    const first = tokenAt(all, t0, t1, m.start) - t0;
    const last = tokenAt(all, t0, t1, m.end - 1) - t0;
    if (first < 0 || first >= tokens.length) continue;
    lastEnd = m.end;
    for (let k = first; k <= last; k++) covered[k] = 1;
    if (flagAttribute(d, first, last, m.end)) continue;
    let entity = owner;
    if (entity === null && m.kind === 'pronoun') entity = resolvePronoun(idx, m.start, si, pronounTypes(cues, m.text), pronounFrom(d, first), cues.masculinePronouns.has(m.text.toLowerCase()));
    if (entity === null) continue;
    entity = idx.bodies.get(entity) ?? entity;
    const type = idx.entities.get(entity)?.type ?? m.type;
    if (!TARGET_TYPES.has(type)) continue;
    if (policy === 'state' && (m.kind === 'pronoun' || m.kind === 'description')) entity = stateOf(idx, entity) ?? entity;
    // (told by the mention's own entity, before a seat is mapped to its state)
    const kind = kbKind(idx, entity);
    const place = m.kind === 'name' && (seatOf(entity) !== null || kind === 'city' || kind === 'place');
    entity = seatOf(entity) ?? entity;
    pieces.push({ first, last, entity, type, kind: m.kind, firstPerson: m.kind === 'pronoun' && cues.firstPerson.has(m.text.toLowerCase()), text: m.text, place });
  }
}

/**
 * Leader groups of the sentence (summits.ts) as pieces of the organisation they act for, where no mention covers them;
 * returns those pieces, whose words start no act (`SentenceView.groupWords`).
 */
function leaderPieces(d: Draft): Piece[] {
  const { doc, si, t0, t1, tokens, idx, covered, pieces } = d;
  const out: Piece[] = [];
  if (idx.leaderGroups.length === 0) return out;
  const all = doc.get('tokens');
  for (const g of idx.leaderGroups) {
    if (g.sentence !== si) continue;
    const first = tokenAt(all, t0, t1, g.start) - t0;
    const last = tokenAt(all, t0, t1, g.end - 1) - t0;
    if (first < 0 || last >= tokens.length || covered.subarray(first, last + 1).some((c) => c === 1)) continue;
    covered.fill(1, first, last + 1);
    const type = idx.entities.get(g.entity)?.type ?? 'ORG';
    const piece: Piece = { first, last, entity: g.entity, type, kind: 'description', firstPerson: false, text: doc.text.slice(g.start, g.end) };
    pieces.push(piece);
    out.push(piece);
  }
  return out;
}

/**
 * Whether an entity is a state organ the article never names, told only by a bare organ noun (cue `seatNouns`): the
 * entity layer makes "die Polizei" in a report from Leipzig an organisation of its own (rule `unnamed`, descriptions
 * only, "Leipzig police") so that its statements have a speaker, while the event convention counts an unnamed organ
 * acting in a place as that place's state.
 */
export function unnamedSeat(e: Entity, cues: EventCues): boolean {
  if (e.rule !== 'unnamed' || e.type !== 'ORG' || e.aliases.length > 0 || e.descriptions.length === 0) return false;
  return e.descriptions.every((x) => cues.seatNouns.has(lastWord(x)));
}

/**
 * The entity of a mention as events see it: none for an unnamed state organ (`unnamedSeat`), so that "Die Polizei" is
 * a bare organ noun whose acts are its place's state's (placeAuthority), as before the entity layer named it.
 */
function seatless(idx: DocIndex, id: string | undefined): string | null {
  return id === undefined || idx.unnamedSeats.has(id) ? null : id;
}

/** Most capitalised title words between a nationality adjective and the name it qualifies ("Saudi Crown Prince"). */
const TITLE_WORDS = 3;

/**
 * "met Saudi Crown Prince Mohammed bin Salman", "traf den saudischen Kronprinzen Mohammed bin Salman": a nationality
 * adjective before a title the entity layer did not make a description, right before a person's name, only says whose
 * office it is: the person is the actor, so the adjective's piece is dropped ("Saudi jets struck …" keeps it: a
 * lower-case word stands between).
 */
function titledNames(d: Draft): void {
  const { pieces, tokens, raw, words, idx, cues } = d;
  const title = (k: number): boolean => tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(raw[k]!)
    && (cues.titleEndings.length === 0 || endsWithAny(words[k]!, cues.titleEndings));
  for (let i = pieces.length - 2; i >= 0; i--) {
    const a = pieces[i]!;
    const n = pieces[i + 1]!;
    if (a.kind !== 'adjective' || n.kind !== 'name' || idx.entities.get(n.entity)?.type !== 'PER' || n.first - a.last - 1 > TITLE_WORDS) continue;
    let titled = true;
    for (let k = a.last + 1; k < n.first && titled; k++) titled = title(k);
    if (titled) pieces.splice(i, 1);
  }
}

/** "Russia and Ukraine … They swapped prisoners": a plural pronoun right after two parties named together is both (their tokens). */
function pluralPronouns(d: Draft): number[] {
  const { words, tokens, cues, idx, si, covered } = d;
  const pluralAt: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] === 1 || !cues.pluralPronouns.has(w)) continue;
    // German "sie" is plural only with a plural verb next to it ("sie forderten", "forderten sie")
    if (cues.verbSecond && !pluralVerbAt(words, tokens, i - 1, cues) && !pluralVerbAt(words, tokens, i + 1, cues)) continue;
    const pair = lastPair(idx, tokens[i]!.start);
    if (pair && pair.sentence >= si - 1) {
      pluralAt.push(i);
      covered[i] = 1;
    }
  }
  return pluralAt;
}

/**
 * The coordinator that opens a second predicate of the clause before token `i` ("und bat ihn", "and urged him"): a
 * coordinator right before a lower-case word that is no article, preposition, possessive or pronoun; -1 when none
 * stands between the clause's start and `i`.
 */
function secondPredicateAt(d: Draft, i: number): number {
  const { words, raw, clause, cues } = d;
  for (let k = i - 2; k > 0 && clause[k] === clause[i]; k--) {
    if (!cues.coordinators.has(words[k]!)) continue;
    const w = words[k + 1]!;
    if (/^\p{Ll}/u.test(raw[k + 1]!) && !cues.determiners.has(w) && !cues.prepositions.has(w) && !cues.possessives.has(w) && !cues.pronouns.has(w)) return k;
  }
  return -1;
}

/** Personal pronouns the mention layer did not mark: resolved to the last salient named actor before them. */
function pronounPieces(d: Draft): void {
  const { words, raw, tokens, clause, cues, idx, si, policy, covered, pieces } = d;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] === 1) continue;
    const fp = cues.firstPerson.has(w);
    const types = cues.pronouns.get(w) ?? cues.possessives.get(w);
    if (!types && !fp) continue;
    // "US" is a state, not "us" (tested after the lookups: upper-casing every word of every sentence costs more)
    if (raw[i]!.length > 1 && raw[i] === raw[i]!.toUpperCase()) continue;
    // "soll es einen weiteren Austausch geben": a pronoun of things with a verb of existence is a placeholder
    if (types !== undefined && !types.includes('PER') && cues.expletiveVerbs.size > 0 && words.some((x, k) => clause[k] === clause[i] && cues.expletiveVerbs.has(x))) continue;
    // a personal pronoun is never its own clause's earlier actor ("the US imposed measures against it"); a possessive can be ("Netanyahu … his vow")
    let from = cues.possessives.has(w) ? tokens[i]!.start : pronounFrom(d, i);
    // "telefonierte mit Putin und bat ihn, …", "met Museveni and urged him to …": an object pronoun after a second
    // predicate of its clause's subject is not that subject; the first predicate may name it
    const second = !fp && cues.objectPronouns.has(w) ? secondPredicateAt(d, i) : -1;
    const subject = second >= 0 ? pieces.find((p) => clause[p.first] === clause[i] && p.last < second)?.entity ?? null : null;
    if (subject !== null) from = tokens[second]!.start;
    let entity = fp ? null : resolvePronoun(idx, tokens[i]!.start, si, types, from, cues.masculinePronouns.has(w), subject);
    // "seized a Vietnamese boat and detained its crew": a possessive of a state or organisation refers
    // to the nearest actor before it in the sentence (the boat's state), named or adjectival
    if (!fp && cues.possessives.has(w) && types !== undefined && !types.includes('PER')) {
      // the clause's first actor is its likely subject: "Russia withdrew its troops" resolves the usual way
      const opener = pieces.find((p) => clause[p.first] === clause[i]);
      const near = pieces.findLast((p) => p.last < i && p !== opener && p.entity !== '' && types.includes(p.type));
      if (near) entity = near.entity;
    }
    // cataphora: "In his September 2013 address …, Obama hailed …" — a possessive in a fronted phrase
    // names the person who opens the main clause
    if (!fp && cues.possessives.has(w) && clause[i] === clause[0] && !pieces.some((p) => p.last < i)) {
      const firstBreak = clause.findIndex((c) => c !== clause[0]);
      const ahead = firstBreak > 0 ? pieces.find((p) => p.first >= firstBreak && p.kind === 'name' && p.type === 'PER' && types?.includes('PER')) : undefined;
      if (ahead) entity = ahead.entity;
    }
    if (entity === null && !fp) continue;
    // the same policy as for the pronouns the mention layer marked
    if (policy === 'state' && entity !== null) entity = stateOf(idx, entity) ?? entity;
    pieces.push({ first: i, last: i, entity: entity ?? '', type: 'PER', kind: 'pronoun', firstPerson: fp, text: raw[i]! });
  }
}

/**
 * A comma inside a list of actors ("Australian, British, Japanese and South Korean") is not a clause break: actor,
 * actor, … and/or actor; nor are the commas around an apposition. Renumbers `d.clause` (pieces sorted).
 */
function joinListClauses(d: Draft): void {
  const { doc, si, raw, words, clause, cues, pieces } = d;
  // (filled by loops: a Map built from an iterable of pairs costs more than the rest of the view)
  const startAt = new Map<number, Piece>();
  const endAt = new Map<number, Piece>();
  for (const p of pieces) {
    startAt.set(p.first, p);
    endAt.set(p.last, p);
  }
  // headlines use a comma for "and" ("US, Manila launch war games")
  const headline = headlineSentence(doc, si);
  // English: "In Cairo, Israel and Hamas agreed": a sentence that opens with a preposition before the first name and
  // goes on with a verb after the last one has a fronted phrase, not a list (a fronted list ends in a comma:
  // "With Russia, China and Iran, the EU …"); German fronts without a comma, so only where the verb is not second
  const fronted = (i: number, last: number): boolean => {
    if (cues.verbSecond || !cues.prepositions.has(words[0] ?? '')) return false;
    for (let k = 1; k < i; k++) if (raw[k] === ',' || cues.coordinators.has(words[k]!)) return false;
    return /^\p{Ll}/u.test(raw[last + 1] ?? '');
  };
  const listComma = (i: number): boolean => {
    if (raw[i] !== ',' || !endAt.has(i - 1)) return false;
    if (headline && startAt.has(i + 1)) return true;
    let p = startAt.get(i + 1);
    while (p) {
      const n = p.last + 1;
      if (raw[n] === ',') p = startAt.get(n + 1);
      else if (cues.coordinators.has(words[n] ?? '')) {
        const end = startAt.get(n + 1) ?? (cues.determiners.has(words[n + 1] ?? '') ? startAt.get(n + 2) : undefined);
        return end !== undefined && !fronted(i, end.last);
      } else return false;
    }
    return false;
  };
  // "den Gouverneur von Santa Cruz, Luis Fernando Camacho, festgenommen": a name set off by commas right after a
  // description of the same actor is its apposition, inside the clause (both commas)
  const apposition = (open: number): boolean => {
    const a = endAt.get(open - 1);
    const b = startAt.get(open + 1);
    // (not before a coordinator: "…, Omar al-Bashir, and a new round of sanctions" goes on with a list)
    return raw[open] === ',' && a !== undefined && b !== undefined && b.kind === 'name' && a.entity !== '' && a.entity === b.entity && raw[b.last + 1] === ','
      && !cues.coordinators.has(words[b.last + 2] ?? '');
  };
  const appositionComma = (i: number): boolean => apposition(i) || (raw[i] === ',' && endAt.has(i - 1) && apposition(endAt.get(i - 1)!.first - 1));
  let shift = 0;
  for (let i = 0; i < clause.length; i++) {
    const lc = listComma(i) || (raw[i] === ',' && appositionComma(i));
    if (lc) shift += 2;
    clause[i] = lc ? clause[i - 1]! : clause[i]! - shift;
  }
}

/** German: whether token `j` is a plural finite verb form next to "sie" (letters only, a `pluralVerbEndings` ending, no determiner). */
function pluralVerbAt(words: readonly string[], tokens: readonly Token[], j: number, cues: EventCues): boolean {
  const n = words[j];
  if (n === undefined || tokens[j]!.kind !== 'word' || cues.determiners.has(n)) return false;
  for (const e of cues.verbForms.pluralVerbEndings) if (n.length > e.length && n.endsWith(e) && LOWER_LETTERS.test(n)) return true;
  return false;
}

const LOWER_LETTERS = /^\p{Ll}+$/u;

/** The last two actors named together before an offset. */
function lastPair(idx: DocIndex, at: number): Pair | undefined {
  for (let k = idx.pairs.length - 1; k >= 0; k--) if (idx.pairs[k]!.end <= at) return idx.pairs[k];
  return undefined;
}

/**
 * The sentences of the title and the lead (the first sentence of the body, and any heading before it): where an
 * article says what it is about.
 */
export function leadSentences(doc: Doc): (si: number) => boolean {
  const sentences = doc.get('sentences');
  const paragraphs = doc.get('paragraphs');
  const zoneOf = (si: number): ZoneKind | undefined => paragraphs[sentences[si]?.paragraph ?? -1]?.zone;
  let lead = -1;
  for (let si = 0; si < sentences.length && lead < 0; si++) if (zoneOf(si) === 'body') lead = si;
  return (si) => {
    if (si === lead) return true;
    const zone = zoneOf(si);
    return (lead < 0 || si < lead) && zone !== undefined && HEADLINE_ZONES.has(zone);
  };
}

/**
 * The two parties an article is about (states or organisations such as the EU), as a pair for "each side" /
 * "beide Länder": the pair its title or lead names together (`articlePair`), else the two named most often before the
 * anaphor, when the second is named at least twice and at least a third as often as the first, and no third state is
 * named as often as the second. (A third state the article is about a dispute with is often named more often than the
 * partner of the pact the title names: "Philippines and Japan sign pact … China condemned … The two countries will
 * hold joint exercises".)
 */
function mainStates(idx: DocIndex, at: number, si: number): Pair | undefined {
  // (states and organisations the knowledge base knows: not a city, nor an electoral commission in a domestic dispute)
  const party = (id: string): boolean => kbKind(idx, id) === 'country' || kbKind(idx, id) === 'org';
  const lead = idx.articlePair;
  if (lead !== undefined && lead.end <= at && party(lead.a) && party(lead.b)) return { end: at, sentence: si, a: lead.a, b: lead.b };
  const count = new Map<string, number>();
  for (const n of idx.named) if (n.start < at && (n.type === 'GPE' || n.type === 'ORG') && party(n.entity)) count.set(n.entity, (count.get(n.entity) ?? 0) + 1);
  // (a party the text names mostly by its adjective counts by it too: "serbische Sicherheitskräfte", "kosovarische Polizisten")
  for (const n of idx.adjectives) if (n.start < at && party(n.entity)) count.set(n.entity, (count.get(n.entity) ?? 0) + 1);
  const [first, second, third] = [...count].sort((x, y) => y[1] - x[1]);
  if (!first || !second || second[1] < 2 || second[1] * 3 < first[1] || (third && third[1] === second[1])) return undefined;
  return { end: at, sentence: si, a: first[0], b: second[0] };
}

/**
 * The two persons "the two ministers" refers to before an offset: the last two persons named together ("Scholz und
 * Macron"), when that pair is no older than the last two different persons named, or in the three sentences
 * before the anaphor (`si`); else those last two persons.
 */
function lastPersons(idx: DocIndex, at: number, si: number): Pair | undefined {
  const named = lastNamedPersons(idx, at);
  for (let k = idx.pairs.length - 1; k >= 0; k--) {
    const p = idx.pairs[k]!;
    if (p.end > at || idx.entities.get(p.a)?.type !== 'PER' || idx.entities.get(p.b)?.type !== 'PER') continue;
    if (p.sentence >= si - 3 || (named !== undefined && p.sentence >= named.sentence)) return p;
    break;
  }
  return named;
}

/** The last two different persons named before an offset (within the named antecedents), as a pair. */
function lastNamedPersons(idx: DocIndex, at: number): Pair | undefined {
  let b: (typeof idx.named)[number] | undefined;
  for (let k = idx.named.length - 1; k >= 0; k--) {
    const n = idx.named[k]!;
    if (n.start >= at || n.type !== 'PER') continue;
    if (!b) b = n;
    else if (n.entity !== b.entity) return { end: b.start, sentence: b.sentence, a: n.entity, b: b.entity };
  }
  return undefined;
}

/**
 * The two sides "both sides", "beide Seiten" refers to at token `i`: the last two actors named together before it in
 * this or the three previous sentences, except a pair in its own clause ("The AU and the Arab League urged both sides":
 * the urging parties are not the sides) and a pair that acted together on a third party (`allied`: "The AU and the
 * Arab League backed Somalia. Turkey urged both sides …").
 */
function lastSides(idx: DocIndex, tokens: readonly Token[], clause: readonly number[], i: number, si: number, allied: (a: string, b: string) => boolean): Pair | undefined {
  const at = tokens[i]!.start;
  for (let k = idx.pairs.length - 1; k >= 0; k--) {
    const p = idx.pairs[k]!;
    if (p.end > at) continue;
    if (p.sentence < si - 3) return undefined;
    const end = p.sentence === si ? tokens.findIndex((t) => t.end === p.end) : -1;
    if (end >= 0 && clause[end] === clause[i]) continue;
    if (allied(p.a, p.b)) continue;
    return p;
  }
  return undefined;
}

/**
 * The two sides of the dispute at token `i` of a sentence view, as "both sides" would name them there: the last two
 * actors named together (this or the three previous sentences, not in the token's own clause, not two allies), else the
 * two states the article is about; each mapped to the state its seat stands for. Empty when neither is found.
 */
export function disputeSides(idx: DocIndex, view: SentenceView, i: number, si: number, seatOf: (id: string) => string | null, allied: (a: string, b: string) => boolean): string[] {
  const pair = lastSides(idx, view.tokens, view.clause, i, si, allied) ?? mainStates(idx, view.tokens[i]!.start, si);
  if (!pair) return [];
  return [...new Set([pair.a, pair.b].map((id) => seatOf(id) ?? id))];
}

/**
 * "both sides", "beide Seiten", "the two countries": the last two actors named together (this or the
 * three previous sentences), as two chains over the same words, which count as coordinated.
 */
function pairAnaphorChains(d: Draft, pluralAt: readonly number[], allied: (a: string, b: string) => boolean, met: () => Meeting | undefined): Chain[] {
  const { idx, si, tokens, raw, words, cues, covered, seatOf, clause } = d;
  const out: Chain[] = [];
  for (let i = 0; i < words.length; i++) {
    const plural = pluralAt.includes(i);
    if (covered[i] === 1 && !plural) continue;
    if (!plural && !cues.pairAnaphorStarts.has(words[i]!)) continue;
    // "the two ministers": the last two persons named (a meeting of two people is rarely written as "X and Y")
    const personCue = plural ? undefined : cueAt(cues.personPairAnaphors, words, i);
    const cue = plural ? [words[i]!] : personCue ?? cueAt(cues.pairAnaphors, words, i);
    if (!cue) continue;
    // a one-word cue before a capitalised word is a determiner or opens a coordination ("ließ beide Geiseln frei", "both
    // Russia and Ukraine"), no pronoun for the pair
    if (!plural && cue.length === 1 && tokens[i + 1]?.kind === 'word' && /^\p{Lu}/u.test(raw[i + 1]!)) continue;
    // (a plural pronoun is whoever was named together last, allies included: "Lithuania and Latvia said they stood by …")
    const named = personCue ? lastPersons(idx, tokens[i]!.start, si) : plural ? lastPair(idx, tokens[i]!.start) : lastSides(idx, tokens, clause, i, si, allied);
    // "Rachmon telefonierte mit Dschaparow. Beide vereinbarten …", "Yunus met Modi … The two leaders agreed": with no
    // pair named together nearby, the two who met in this or the three sentences before are the two (a meeting of two is
    // rarely written "X and Y"; a pair named together still wins: "Armenien und Aserbaidschan … Putin traf Aliyev … beide
    // Seiten"). The same window as for a pair named together: "X met Y … It was their third meeting. Z invited both sides
    // to Geneva" (until session 30 only the sentence before, where "both sides" fell to the article's two main states)
    const meeting = met();
    // (not for a plural pronoun, which may be anyone's: "Officials … They said")
    const recent = !plural && meeting !== undefined && meeting.sentence >= si - 3 && (named === undefined || named.sentence < si - 3)
      && (!personCue || (idx.entities.get(meeting.a)?.type === 'PER' && idx.entities.get(meeting.b)?.type === 'PER'));
    const near = recent ? { end: tokens[i]!.start, sentence: meeting.sentence, a: meeting.a, b: meeting.b } : named;
    // "each side", "the two countries" with no pair named together nearby: the two states the article is about
    const pair = near && near.sentence >= si - 3 ? near : personCue ? undefined : mainStates(idx, tokens[i]!.start, si);
    if (!pair) continue;
    const last = i + cue.length - 1;
    const role = roleOf(i, raw, words, tokens, cues);
    // ("travel to Bishkek and Dushanbe … Both sides agreed a ceasefire": capitals named together stand for their states)
    // (a plural pronoun after a list is all of it: "Burkina Faso, Mali and Niger announced that they would leave …")
    const members = plural && pair === near ? pair.list ?? [pair.a, pair.b] : [pair.a, pair.b];
    const ids = [...new Set(members.map((id) => seatOf(id) ?? id))];
    if (ids.length < 2) continue;
    for (const id of ids) {
      // (a state a seat stands for need not be named itself: a GPE)
      const type = idx.entities.get(id)?.type ?? 'GPE';
      out.push({ first: i, last, entity: id, type, kind: 'description', role, firstPerson: false });
    }
    i = last;
  }
  return out;
}

/** The first cue of `list` whose words stand at `i` (a function of its own: a closure over the loop index would allocate on every word). */
function cueAt(list: readonly Cue[], words: readonly string[], i: number): Cue | undefined {
  for (const c of list) {
    let k = 0;
    while (k < c.length && words[i + k] === c[k]) k++;
    if (k === c.length) return c;
  }
  return undefined;
}

function pronounTypes(cues: EventCues, text: string): readonly string[] | undefined {
  const w = text.toLowerCase();
  return cues.pronouns.get(w) ?? cues.possessives.get(w);
}

/**
 * Most recent salient named actor of an allowed type that ends before `before` (the start of the
 * pronoun's clause, or the pronoun itself for possessives), within the three previous sentences;
 * subjects and objects are preferred over names inside prepositional or genitive phrases.
 */
function resolvePronoun(idx: DocIndex, offset: number, si: number, types: readonly string[] | undefined, before: number = offset, masculine = false, skip: string | null = null): string | null {
  if (!types) return null;
  const named = idx.named;
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.start < before) lo = mid + 1;
    else hi = mid;
  }
  let core: string | null = null;
  let any: string | null = null;
  for (let k = lo - 1; k >= 0; k--) {
    const n = named[k]!;
    if (n.sentence < si - 3) break;
    if (!types.includes(n.type) || (masculine && n.feminine) || n.entity === skip) continue;
    // the nearest subject in the current or previous sentence wins; else the nearest core actor
    if (n.subject && n.sentence >= si - 1) return n.entity;
    if (n.core) core ??= n.entity;
    any ??= n.entity;
  }
  return core ?? any;
}

const GLUE = /^[\s\-‐‑’'s‘“”„"]*$/u;

function chainPieces(pieces: readonly Piece[], raw: readonly string[], words: readonly string[], tokens: readonly Token[], cues: EventCues, idx: DocIndex): Chain[] {
  const chains: Chain[] = [];
  // tokens that are wholly a mention (not "US-Bombardierung", whose prefix only names an actor)
  const whole = (p: Piece): boolean => p.text.endsWith(raw[p.last]!);
  const mentioned = new Set<number>();
  for (const p of pieces) if (whole(p)) for (let t = p.first; t <= p.last; t++) mentioned.add(t);
  const inMention = (t: number): boolean => mentioned.has(t);
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    // extend over adjacent pieces: nothing but spaces, hyphens or a possessive between them, or
    // (German) one adjective after a genitive name ("Südkoreas neuem Präsident")
    while (j + 1 < pieces.length) {
      const a = pieces[j]!;
      const b = pieces[j + 1]!;
      if (b.first <= a.last + 1) {
        if (separateActors(a, b, cues)) break;
        // "traf in Paris (den Präsidenten) Emmanuel Macron": a place named after a preposition ends that phrase; a person
        // named right after it, or described with an article, is another phrase ("with US President Biden" stays one;
        // "Frankreichs Präsident Macron", "Iran's Khamenei" join with more than a space)
        if (j === i && a.kind === 'name' && a.type === 'GPE' && b.type === 'PER' && (b.kind === 'name' || (b.kind === 'description' && cues.determiners.has(words[b.first]!))) && b.first === a.last + 1
          && tokens[b.first]!.start > tokens[a.last]!.end && roleOf(a.first, raw, words, tokens, cues).startsWith('pp:')) break;
        j++;
        continue;
      }
      const gap = b.first - a.last - 1;
      const between = raw.slice(a.last + 1, b.first).join(' ');
      // (a pronoun never follows a genitive in its phrase: "Hamas ließ ihre" is a name, a verb and a possessive)
      const genAdj = cues.nounGenitive && gap === 1 && /s$/u.test(a.text) && a.kind === 'name' && /^\p{Ll}/u.test(raw[a.last + 1]!) && b.type === 'PER' && b.kind !== 'pronoun';
      if (GLUE.test(between) || genAdj) j++;
      else break;
    }
    const group = pieces.slice(i, j + 1);
    const head = pickHead(group, idx.namedEntities);
    if (head.entity !== '' || head.firstPerson) {
      chains.push({
        first: group[0]!.first, last: group[group.length - 1]!.last, entity: head.entity, type: head.type, kind: head.kind,
        // (an actor adjective modifies the noun after it, "Putin den türkischen Präsidenten": its slot stays as it was)
        role: whole(group[group.length - 1]!) && group.every((p) => p.kind !== 'adjective') ? roleOf(group[0]!.first, raw, words, tokens, cues, inMention, group[group.length - 1]!.last) : roleOf(group[0]!.first, raw, words, tokens, cues),
        firstPerson: head.firstPerson,
        place: group.length === 1 && head.place === true,
      });
    }
    i = j + 1;
  }
  return chains;
}

/**
 * Whether two adjacent mentions are two actors rather than one noun phrase: a personal pronoun
 * never modifies a name ("Dort traf er Macron", "warnte er Deutschland"), and two different
 * states or two different people side by side are subject and object ("dass China Russland
 * unterstütze", "als Scholz Macron traf"), as are a person and a state or organisation named after
 * them ("forderte Wadephul Pakistan auf"). A state before a person or organisation stays one phrase ("US President
 * Trump", "US Navy").
 */
function separateActors(a: Piece, b: Piece, cues: EventCues): boolean {
  const personal = (p: Piece): boolean => p.kind === 'pronoun' && !p.firstPerson && cues.pronouns.has(p.text.toLowerCase()) && !cues.possessives.has(p.text.toLowerCase());
  if (personal(a) || personal(b)) return true;
  // a description that opens with its own article after a name is another noun phrase: "hat Indien dem Nachbarland
  // Pakistan … vorgeworfen" (subject, then dative object); an apposition would stand after a comma. So is one of the
  // same entity: "hat in Peking die chinesische Führung … aufgefordert" names the place, then the object
  if (a.kind === 'name' && b.kind === 'description' && cues.determiners.has(b.text.split(/\s/u, 1)[0]!.toLowerCase())) return true;
  // so is a description of another actor after a description, unless it opens with a genitive article: "Am Samstag nahm
  // die Polizei in Minsk zwei Journalisten fest" names the subject, then the object (V2 inversion); "die Truppen der
  // Regierung" is one phrase
  if (a.kind === 'description' && b.kind === 'description' && a.entity !== b.entity && a.entity !== '' && b.entity !== '') {
    const opener = b.text.split(/\s/u, 1)[0]!.toLowerCase();
    if (cues.determiners.has(opener) && !cues.genitiveDeterminers.has(opener)) return true;
  }
  // a person's name is never modified by a name after it: "forderte Wadephul Pakistan und Indien auf" names the
  // subject and then the object (V2 inversion)
  if (a.kind === 'name' && b.kind === 'name' && a.type === 'PER' && (b.type === 'GPE' || b.type === 'ORG') && a.entity !== b.entity && a.entity !== '' && b.entity !== '') return true;
  return a.kind === 'name' && b.kind === 'name' && a.entity !== b.entity && a.entity !== '' && b.entity !== '' && a.type === b.type && (a.type === 'GPE' || a.type === 'PER');
}

/**
 * The head of a noun phrase of mentions: the last person or organisation, named or described
 * ("Sudan’s president" is the president), else the last name, else the last mention. An organ the
 * article never names, described with a nationality ("the Chinese coast guard", "die russische
 * Armee"), acts for its state.
 */
function pickHead(group: readonly Piece[], named: ReadonlySet<string>): Piece {
  for (let k = group.length - 1; k >= 0; k--) {
    const p = group[k]!;
    if ((p.kind === 'name' || p.kind === 'description') && (p.type === 'PER' || p.type === 'ORG')) {
      if (p.kind === 'description' && p.type === 'ORG' && !named.has(p.entity)) {
        const state = group.slice(0, k).findLast((q) => q.type === 'GPE' && (q.kind === 'adjective' || q.kind === 'name'));
        if (state) return state;
      }
      return p;
    }
  }
  for (let k = group.length - 1; k >= 0; k--) if (group[k]!.kind === 'name') return group[k]!;
  return group[group.length - 1]!;
}

/**
 * "durch die Armee von Myanmar", "the army of Myanmar": a described state organ right before an `organPrepositions`
 * phrase naming another state or organisation is that one's organ, whatever the description was resolved to (the
 * subject's own army, when the mention layer read "die Armee" alone).
 */
function organsOf(chains: Chain[], words: readonly string[], cues: EventCues): Chain[] {
  if (cues.organPrepositions.size === 0) return chains;
  return chains.map((c) => {
    if (c.kind !== 'description' || (c.type !== 'GPE' && c.type !== 'ORG') || !cues.organPrepositions.has(words[c.last + 1] ?? '')) return c;
    let j = c.last + 2;
    while (j < words.length && cues.determiners.has(words[j]!)) j++;
    const x = chains.find((y) => y.first === j && (y.type === 'GPE' || y.type === 'ORG') && y.kind === 'name' && y.entity !== '' && y.entity !== c.entity);
    return x ? { ...c, entity: x.entity, type: x.type } : c;
  });
}

/**
 * "Der Sondergesandte des Staatenbundes ASEAN traf …": a person the article never names is, as an actor, the body or
 * state in the genitive right after the description (the spec: an unidentified individual counts as their state or
 * organisation).
 */
function unnamedForBody(chains: Chain[], idx: DocIndex, words: readonly string[], cues: EventCues): Chain[] {
  chains = organsOf(chains, words, cues);
  // (right after the description, or after a genitive article there: "Der Sondergesandte der ASEAN"; a genitive
  // further on belongs to another noun: "Der Sprecher kritisierte die Angriffe der Armee")
  const genitive = (c: Chain, x: Chain): boolean => (x.role === 'gen' && x.first === c.last + 1) || (x.first === c.last + 2 && cues.genitiveDeterminers.has(words[c.last + 1]!));
  if (!chains.some((c) => c.kind === 'description' && c.type === 'PER' && !idx.namedEntities.has(c.entity))) return chains;
  return chains.map((c) => {
    if (c.kind !== 'description' || c.type !== 'PER' || idx.namedEntities.has(c.entity)) return c;
    const g = chains.find((x) => x.first > c.last && genitive(c, x) && (x.type === 'ORG' || x.type === 'GPE') && x.entity !== '');
    return g ? { ...c, entity: g.entity, type: g.type } : c;
  });
}

/** No token is inside a mention (the default of {@link roleOf}; one function, not a new closure per call). */
const NO_MENTION = (): boolean => false;

/** What governs a chain: the first word left of it that is not a determiner. */
function roleOf(first: number, raw: readonly string[], words: readonly string[], tokens: readonly Token[], cues: EventCues, inMention: (i: number) => boolean = NO_MENTION, last = first): string {
  let k = first - 1;
  let adjectives = 0;
  while (k >= 0) {
    const adjective = adjectives < 2 && /^\p{Ll}/u.test(raw[k]!) && endsWithAny(words[k]!, cues.adjectiveSuffixes) && !cues.prepositions.has(words[k]!);
    if (!cues.determiners.has(words[k]!) && tokens[k]!.kind !== 'number' && !adjective) break;
    if (adjective) adjectives++;
    k--;
  }
  if (k < 0) return 'core';
  // "einen Stützpunkt der mit der Regierung verbündeten 444. Brigade": an extended attribute (a prepositional phrase
  // before the participle) between a genitive article and the name; the name is that article's genitive
  if (cues.nounGenitive && extendedAttribute(adjectives > 0 ? k : attributeAt(k, raw, words, cues) ? k - 1 : -1, raw, words, tokens, cues)) return 'gen';
  const w = words[k]!;
  // "Während Präsident Macron …": a subordinator opening a clause is not a preposition
  if (subordinatorAt(words, raw, k, cues) && (k === 0 || tokens[k - 1]!.kind === 'punct')) return 'core';
  // "Kritik an der Führung in Teheran", "the government in Kabul": the place of a government noun stands for that
  // government, in its slot (German nouns are capitalised: "in" after a lower-case word is no seat)
  if (cues.seatPrepositions.has(w) && k > 0 && cues.seatNouns.has(words[k - 1]!) && (!cues.nounGenitive || /^\p{Lu}/u.test(raw[k - 1]!))) {
    // "to the foreign ministry in Tokyo": modifiers between the article and the seat noun belong to the noun phrase
    let head = k - 1;
    for (let i = k - 2; i >= 0 && i >= k - 4 && tokens[i]!.kind === 'word' && !cues.prepositions.has(words[i]!); i--) {
      if (cues.determiners.has(words[i]!)) { head = i + 1; break; }
    }
    // "die serbische Polizei in Subotica": a noun phrase that names its actor itself (an actor adjective or name before
    // the noun) is that actor's; the place after it only says where it acted, no seat and no slot of its own
    for (let i = head; i < k - 1; i++) if (inMention(i)) return `pp:${cues.contractions.get(w) ?? w}`;
    return roleOf(head, raw, words, tokens, cues);
  }
  // "a spokesman for China's foreign ministry": the body a spokesperson speaks for fills the spokesperson's slot
  if (cues.representativePrepositions.has(w) && k > 0 && cues.representativeNouns.has(words[k - 1]!)) return roleOf(k - 1, raw, words, tokens, cues);
  // "in die Nähe von Taiwan": a place's part joined by a genitive preposition stands for the place, as a genitive does
  if (cues.genitivePrepositions.has(w)) {
    const region = regionRole(k - 1, raw, words, tokens, cues);
    if (region) return region;
  }
  if (cues.prepositions.has(w)) return `pp:${cues.contractions.get(w) ?? w}`;
  if (cues.genitiveMarkers.has(w)) return regionRole(k - 1, raw, words, tokens, cues) ?? 'gen';
  if (cues.nounGenitive && k > 0 && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(raw[k]!) && tokens[k - 1]!.kind !== 'quote' && tokens[k - 1]!.kind !== 'punct') {
    // a name is no head noun of a genitive ("traf in Paris den Präsidenten Macron": Paris is a phrase of its own)
    if (inMention(k)) return 'core';
    // a title right before a name without an article or a genitive -s is an apposition ("den Präsidenten Macron",
    // "Außenminister Lawrow"): the name fills the title's slot; a genitive has one ("der Angriff Russlands",
    // "der Beitritt der Ukraine")
    // (a mention may open with its article: "des Auslandsgeheimdienstes CIA")
    const article = words.slice(k + 1, first + 1).some((x) => cues.determiners.has(x));
    // "haben Sicherheitskräfte den Gouverneur … festgenommen": an article that no genitive takes opens a phrase of its own
    const opener = words.slice(k + 1, first + 1).find((x) => cues.determiners.has(x));
    // (a noun phrase or name: an adjective keeps its old reading, "den türkischen Präsidenten Erdogan" is one phrase whose
    // head is the name)
    const phrase = cues.determiners.has(words[first]!) || /^\p{Lu}/u.test(raw[first]!);
    if (phrase && opener !== undefined && cues.genitiveDeterminers.size > 0 && !cues.genitiveDeterminers.has(opener)) return 'core';
    // (only for a title after its own article, adjectives between allowed: "den saudischen Kronprinzen Mohammed bin
    // Salman"; "am Dienstag Kiew", "seit Wochen ukrainische Städte" stay as they were)
    if (!article && !/(s|’|')$/u.test(raw[last]!) && k > 0 && cues.determiners.has(words[beforeAttributes(k - 1, raw, words, cues)] ?? '')) return roleOf(k, raw, words, tokens, cues, inMention, last);
    return regionRole(k, raw, words, tokens, cues) ?? 'gen';
  }
  return 'core';
}

/** Most words of the prepositional phrase inside an extended attribute ("mit der Regierung", "mit dem Kreml"). */
const EXTENDED_PHRASE_WORDS = 3;

/**
 * German: whether the words ending at `k` (right before an attributive participle) are a prepositional phrase that opens
 * after a genitive article following a capitalised head noun ("Stützpunkt der | mit der Regierung | verbündeten …"):
 * the phrase is an extended attribute, and the noun after the participle is the head noun's genitive.
 */
function extendedAttribute(k: number, raw: readonly string[], words: readonly string[], tokens: readonly Token[], cues: EventCues): boolean {
  if (k < 0) return false;
  let i = k;
  while (i >= 0 && k - i < EXTENDED_PHRASE_WORDS && tokens[i]!.kind === 'word' && !cues.prepositions.has(words[i]!)
    && (cues.determiners.has(words[i]!) || /^\p{Lu}/u.test(raw[i]!))) i--;
  if (i < 2 || i === k || !cues.prepositions.has(words[i]!)) return false;
  const article = i - 1;
  return cues.genitiveDeterminers.has(words[article]!) && tokens[article - 1]!.kind === 'word' && /^\p{Lu}/u.test(raw[article - 1]!);
}

/** German: whether word `k` is an inflected attributive participle or adjective (`attributeEndings`: "verbündeten"). */
function attributeAt(k: number, raw: readonly string[], words: readonly string[], cues: EventCues): boolean {
  return /^\p{Ll}/u.test(raw[k]!) && endsWithAny(words[k]!, cues.attributeEndings) && !cues.prepositions.has(words[k]!) && !cues.determiners.has(words[k]!);
}

/** Most attributive words between an article and its noun that {@link beforeAttributes} skips ("den neuen saudischen Kronprinzen"). */
const ATTRIBUTES_BEFORE_NOUN = 2;

/**
 * German (every noun capitalised): the index left of up to {@link ATTRIBUTES_BEFORE_NOUN} lower-case words ending at `k`
 * that are no preposition, determiner or coordinator — between an article and a capitalised noun such words are its
 * adjectives or participles (`k` itself when there are none).
 */
function beforeAttributes(k: number, raw: readonly string[], words: readonly string[], cues: EventCues): number {
  let i = k;
  while (i >= 0 && k - i < ATTRIBUTES_BEFORE_NOUN && /^\p{Ll}/u.test(raw[i]!)
    && !cues.prepositions.has(words[i]!) && !cues.determiners.has(words[i]!) && !cues.coordinators.has(words[i]!)) i--;
  return i;
}

/**
 * "im Süden Armeniens", "in the south of Ukraine": a place's part after a preposition stands for the place; so do an
 * actor's members or assets ("gegen zwei Banken Myanmars", `memberNouns`).
 */
function regionRole(k: number, raw: readonly string[], words: readonly string[], tokens: readonly Token[], cues: EventCues): string | null {
  if (k < 1 || tokens[k]?.kind !== 'word' || !(cues.regionNouns.has(words[k]!) || cues.memberNouns.has(words[k]!))) return null;
  const role = roleOf(k, raw, words, tokens, cues);
  return role.startsWith('pp:') ? role : null;
}
