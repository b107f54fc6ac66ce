import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc } from '../../../src/doc/doc.js';
import type { Entity, EntityType, Lang, Mention, MentionKind, Paragraph, Quote, RoleFact, Timex } from '../../../src/doc/types.js';
import { defaultIngestLexicon, type Zone } from '../../../src/ingest/index.js';
import { markMetadata } from '../../../src/ingest/metadata.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { quotesStage } from '../../../src/stages/quotes/index.js';
import { loadQuoteLexicon } from '../../../src/stages/quotes/lexicon.js';
import { findQuotedSpans } from '../../../src/stages/quotes/marks.js';
import { segmentStage } from '../../../src/stages/segment/index.js';

/** An entity of a test passage: its id, type and the surface forms (with mention kind) that refer to it. */
export interface EntitySpec {
  readonly id: string;
  readonly type: EntityType;
  readonly forms: readonly (readonly [string, MentionKind])[];
  /** The type the tagger gave its mentions, when it differs from the entity's ("Araqchi" read as PER, resolved as MISC). */
  readonly mentionType?: EntityType;
  /** Its mentions may hold other entities' mentions, as the entity layer's description of an unnamed office does ("A U.S. State Department spokesperson"). */
  readonly nested?: boolean;
  /** Roles the entity layer gave it ("president" of a state), none when left out. */
  readonly roles?: readonly RoleFact[];
}

/** A hand-made time expression (value given) for the date of a quote. */
export interface TimeSpec { readonly text: string; readonly value: string }

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Builds a Doc by hand the way the pipeline would: one paragraph per line (metadata lines and a
 * dateline prefix marked as ingestion marks them), the segment stage,
 * then mentions at every word-bounded occurrence of each entity form (longest forms first,
 * no overlaps), the entities, optional times, and finally the quotes stage.
 */
export function runQuotes(text: string, lang: Lang, entities: readonly EntitySpec[], times: readonly TimeSpec[] = []): { doc: Doc; quotes: readonly Quote[] } {
  const doc = new Doc(text, { id: 't', title: null, published: '2025-01-01', language: lang, source: null, address: null });
  const lines: Zone[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start, end: start + line.length, zone: 'body', rule: 'line' });
    start += line.length + 1;
  }
  // every line is a body paragraph, except the metadata ingestion marks at the top (a dateline
  // opening the first paragraph, "Berlin, 02.06.2025 – …", becomes a zone of its own); the passage
  // has no title line, so a stand-in takes the title's place for markMetadata and is dropped after
  const title: Zone = { start: 0, end: 0, zone: 'title', rule: 'none' };
  const { zones } = markMetadata(text, [title, ...lines], defaultIngestLexicon());
  const paragraphs: Paragraph[] = zones.slice(1).map((z) => ({ start: z.start, end: z.end, zone: z.zone, stage: 'test', rule: z.rule }));
  doc.add('paragraphs', paragraphs, 'test');
  const ctx = { lang, resources: new ResourceLoader(lang), options: {}, dataDir: null };
  segmentStage.create(ctx)(doc);
  const forms = entities.flatMap((e) => e.forms.map(([f, kind]) => ({ f, kind, e })));
  forms.sort((a, b) => b.f.length - a.f.length);
  const found: { start: number; end: number; kind: MentionKind; e: EntitySpec }[] = [];
  for (const { f, kind, e } of forms) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
      const j = i + f.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[j])) continue;
      if (found.some((m) => m.start < j && i < m.end && !m.e.nested && !e.nested)) continue;
      found.push({ start: i, end: j, kind, e });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = found.map((m) => ({
    start: m.start, end: m.end, text: text.slice(m.start, m.end), type: m.e.mentionType ?? m.e.type, kind: m.kind,
    sentence: doc.sentenceAt(m.start), confidence: 1, stage: 'test', rule: 'hand',
  }));
  doc.add('mentions', mentions, 'test');
  const ents: Entity[] = entities.map((e) => ({
    id: e.id, type: e.type, name: e.id, aliases: e.forms.filter(([, k]) => k === 'name').map(([f]) => f),
    descriptions: e.forms.filter(([, k]) => k === 'description').map(([f]) => f), wikidata: null, roles: e.roles ?? [],
    mentions: found.flatMap((m, i) => (m.e === e ? [i] : [])), stage: 'test', rule: 'hand',
  }));
  doc.add('entities', ents, 'test');
  if (times.length) {
    const tx: Timex[] = times.map((t) => {
      const s = text.indexOf(t.text);
      const si = doc.sentenceAt(s);
      const sent = doc.get('sentences')[si]!;
      return { start: s, end: s + t.text.length, text: t.text, type: 'DATE', value: t.value, mod: null, sentence: si, clause: { start: sent.start, end: sent.end }, stage: 'test', rule: 'hand' };
    });
    doc.add('times', tx, 'test');
  }
  quotesStage.create(ctx)(doc);
  return { doc, quotes: doc.get('quotes') };
}

/** One row of a speaker table: a passage and the quotes expected from it, as [text, speaker] pairs in order. */
export type SpeakerCase = readonly [text: string, expected: readonly (readonly [string, string | null])[]];

/** Registers one test per passage that compares the quotes' texts and speakers (the rules that fired are shown on failure). */
export function speakerTable(name: string, lang: Lang, entities: readonly EntitySpec[], cases: readonly SpeakerCase[]): void {
  for (const [text, expected] of cases) {
    test(`${name}: ${text.slice(0, 110)}`, () => {
      const { quotes } = runQuotes(`${text}\n`, lang, entities);
      assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), expected, JSON.stringify(quotes.map((q) => [q.text, q.speaker, q.rule])));
    });
  }
}

let germanPairs: readonly (readonly [string, string])[] | undefined;

/** The quoted spans `findQuotedSpans` finds in a text with one paragraph per line (German quotation marks lexicon). */
export function quotedSpans(text: string): string[] {
  germanPairs ??= loadQuoteLexicon(new ResourceLoader('de')).pairs;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    paragraphs.push({ start, end: start + line.length, zone: 'body', stage: 't', rule: 't' });
    start += line.length + 1;
  }
  return findQuotedSpans(text, paragraphs, germanPairs).map((q) => text.slice(q.start, q.end));
}
