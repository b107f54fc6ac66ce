/**
 * Hand-made analysed articles for the server and UI tests: the OutDocs are built directly (offsets
 * found in the text), so the API tests do not depend on the extraction stages and stay exact.
 */
import type { EntityType, PloverType, QuadClass } from '../../src/doc/types.js';
import type { OutDoc, OutEntity, OutEvent, OutQuote, OutTime } from '../../src/output/schema.js';
import { contentHash } from '../../src/store/hash.js';
import type { Store } from '../../src/store/types.js';
import { normaliseName } from '../../src/kb/normalise.js';

interface EntitySpec { id: string; type: EntityType; name: string; surfaces: string[]; roles?: OutEntity['roles'] }
interface EventSpec { type: PloverType; source: string | null; target: string | null; trigger: string; sentence: string; date: string | null; weight: number; quad: QuadClass }
interface QuoteSpec { speaker: string | null; text: string }
interface TimeSpec { text: string; value: string }

/** What an article is made of. */
export interface ArticleSpec {
  id: string;
  title: string;
  published: string;
  language: 'de' | 'en';
  body: string[];
  entities: EntitySpec[];
  events: EventSpec[];
  quotes: QuoteSpec[];
  times: TimeSpec[];
}

function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function allAt(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push({ start: i, end: i + needle.length });
  return out;
}

/** Builds the OutDoc of an article spec. */
export function buildDoc(a: ArticleSpec): OutDoc {
  const text = [a.title, ...a.body].join('\n');
  const sentences: OutDoc['sentences'] = [];
  let pos = 0;
  for (const [i, line] of [a.title, ...a.body].entries()) {
    sentences.push({ start: pos, end: pos + line.length, zone: i === 0 ? 'title' : 'body' });
    pos += line.length + 1;
  }
  const sentenceOf = (off: number): number => Math.max(0, sentences.findIndex((s) => off >= s.start && off <= s.end));
  const entities: OutEntity[] = a.entities.map((e) => ({
    id: e.id, key: normaliseName(e.name), type: e.type, name: e.name, aliases: e.surfaces, descriptions: [], wikidata: null, roles: e.roles ?? [],
    mentions: e.surfaces.flatMap((s) => allAt(text, s)).sort((x, y) => x.start - y.start)
      .map((sp) => ({ ...sp, text: text.slice(sp.start, sp.end), kind: 'name', sentence: sentenceOf(sp.start) })),
    rule: 'fixture',
  }));
  const events: OutEvent[] = a.events.map((v) => {
    const ev = at(text, v.sentence);
    const tr = at(text, v.trigger, ev.start);
    return {
      type: v.type, source: v.source, target: v.target, date: v.date, modality: 'asserted', trigger: v.trigger, evidence: v.sentence,
      start: ev.start, end: ev.end, sentence: sentenceOf(ev.start), triggerStart: tr.start, triggerEnd: tr.end,
      cameo: null, quad: v.quad, weight: v.weight, confidence: 0.9, rule: 'fixture',
    };
  });
  const quotes: OutQuote[] = a.quotes.map((q) => {
    const sp = at(text, q.text);
    return { speaker: q.speaker, kind: 'direct', text: q.text, ...sp, sentence: sentenceOf(sp.start), cue: null, addressee: null, date: null, fragment: false, verbatim: [], confidence: 0.9, rule: 'fixture' };
  });
  const times: OutTime[] = a.times.map((x) => {
    const sp = at(text, x.text);
    return { text: x.text, type: 'DATE', value: x.value, mod: null, ...sp, sentence: sentenceOf(sp.start), rule: 'fixture' };
  });
  return { version: 1, id: a.id, language: a.language, published: a.published, source: 'Fixture News', title: a.title, address: null, text, sentences, entities, times, quotes, events };
}

const RU: EntitySpec = { id: 'russia', type: 'GPE', name: 'Russia', surfaces: ['Russland', 'Russia', 'Moskau'] };
const NATO: EntitySpec = { id: 'nato', type: 'ORG', name: 'NATO', surfaces: ['NATO', 'Nato'] };
const DE: EntitySpec = { id: 'germany', type: 'GPE', name: 'Germany', surfaces: ['Deutschland', 'Germany', 'Berlin'] };
const PH: EntitySpec = { id: 'philippines', type: 'GPE', name: 'Philippines', surfaces: ['Philippines', 'Manila'] };
const JP: EntitySpec = { id: 'japan', type: 'GPE', name: 'Japan', surfaces: ['Japan', 'Tokyo'] };
const LAVROV: EntitySpec = {
  id: 'sergey-lavrov', type: 'PER', name: 'Sergey Lavrov', surfaces: ['Sergej Lawrow', 'Lawrow', 'Sergey Lavrov'],
  roles: [{ role: 'Außenminister', of: 'russia', from: '2004-03-09', to: null, source: 'kb' }],
};

/** Three small articles (German and English) with events between the same actors on different days. */
export const ARTICLES: readonly ArticleSpec[] = [
  {
    id: 'de-ostsee',
    title: 'Nato-Manöver in der Ostsee',
    published: '2025-07-28',
    language: 'de',
    body: [
      'Russland hat am Sonntag der NATO mit Gegenmaßnahmen gedroht.',
      '„Wir werden darauf antworten“, sagte Sergej Lawrow in Moskau.',
      'Deutschland sagte der NATO weitere Unterstützung zu.',
    ],
    entities: [RU, NATO, DE, LAVROV],
    events: [
      { type: 'THREATEN', source: 'russia', target: 'nato', trigger: 'gedroht', sentence: 'Russland hat am Sonntag der NATO mit Gegenmaßnahmen gedroht.', date: '2025-07-27', weight: -7, quad: 'verbal-conflict' },
      { type: 'SUPPORT', source: 'germany', target: 'nato', trigger: 'Unterstützung', sentence: 'Deutschland sagte der NATO weitere Unterstützung zu.', date: '2025-07-28', weight: 5, quad: 'verbal-cooperation' },
    ],
    quotes: [{ speaker: 'sergey-lavrov', text: 'Wir werden darauf antworten' }],
    times: [{ text: 'am Sonntag', value: '2025-07-27' }],
  },
  {
    id: 'en-manila-tokyo',
    title: 'Manila and Tokyo sign defence pact',
    published: '2025-07-08',
    language: 'en',
    body: [
      'The Philippines and Japan signed a reciprocal access agreement on Monday.',
      '"This is a milestone," said a spokesman in Tokyo.',
    ],
    entities: [PH, JP],
    events: [
      { type: 'AGREE', source: 'philippines', target: 'japan', trigger: 'signed', sentence: 'The Philippines and Japan signed a reciprocal access agreement on Monday.', date: '2025-07-07', weight: 6, quad: 'verbal-cooperation' },
    ],
    quotes: [{ speaker: null, text: 'This is a milestone,' }],
    times: [{ text: 'on Monday', value: '2025-07-07' }],
  },
  {
    id: 'en-baltic',
    title: 'Russia accuses NATO over Baltic drills',
    published: '2025-08-12',
    language: 'en',
    body: [
      'Russia accused NATO of provocations in the Baltic Sea on Tuesday.',
      'Sergey Lavrov said the drills were "a dangerous escalation".',
    ],
    entities: [RU, NATO, LAVROV],
    events: [
      { type: 'ACCUSE', source: 'russia', target: 'nato', trigger: 'accused', sentence: 'Russia accused NATO of provocations in the Baltic Sea on Tuesday.', date: '2025-08-12', weight: -4, quad: 'verbal-conflict' },
    ],
    quotes: [{ speaker: 'sergey-lavrov', text: 'a dangerous escalation' }],
    times: [{ text: 'on Tuesday', value: '2025-08-12' }],
  },
];

/** Stores the fixture articles. */
export async function fillStore(store: Store): Promise<void> {
  for (const a of ARTICLES) {
    const doc = buildDoc(a);
    await store.putDocument({ doc, contentHash: contentHash(doc.text), address: `fixture:${a.id}`, fetchedAt: '2025-08-13T00:00:00Z' });
  }
}
