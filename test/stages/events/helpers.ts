import assert from 'node:assert/strict';
import { Doc } from '../../../src/doc/doc.js';
import type { Entity, EntityType, Event, Lang, Mention, MentionKind, Timex } from '../../../src/doc/types.js';
import { docFromIngested, Engine } from '../../../src/engine.js';
import { ingestPlainText } from '../../../src/ingest/index.js';
import { buildPipeline } from '../../../src/pipeline/build.js';
import { stageCatalogue } from '../../../src/pipeline/catalogue.js';
import type { StageRun } from '../../../src/pipeline/stage.js';
import { ResourceLoader } from '../../../src/resources/loader.js';
import { eventsStage } from '../../../src/stages/events/index.js';
import { loadEventLexicon, type EventLexicon } from '../../../src/stages/events/lexicon.js';

/** An actor of a hand-built document: id, type and the surface forms that mention it. */
export interface ActorSpec {
  readonly id: string;
  readonly type: EntityType;
  readonly forms: readonly (string | readonly [string, MentionKind])[];
  readonly roles?: Entity['roles'];
  /** The knowledge-base kind the entity layer would give it ("country", "org", …); none by default. */
  readonly kbKind?: Entity['kbKind'];
}

/** A time of a hand-built document: its text and TIMEX3 value. */
export interface TimeSpec { readonly text: string; readonly value: string; readonly type?: Timex['type'] }

const runners = new Map<string, StageRun>();

/** The events stage of a language, built once per test process. */
export function eventsRunner(lang: Lang, options: Record<string, unknown> = {}): StageRun {
  const key = `${lang}:${JSON.stringify(options)}`;
  let r = runners.get(key);
  if (!r) {
    r = eventsStage.create({ lang, resources: new ResourceLoader(lang), options, dataDir: null });
    runners.set(key, r);
  }
  return r;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A document segmented by the real segmenter, with mention, entity and time layers built by hand
 * (every occurrence of each surface form at word boundaries; longer forms first), then the events
 * stage run on it. The text's first line is the title.
 */
export function codeText(lang: Lang, text: string, actors: readonly ActorSpec[], times: readonly TimeSpec[] = [], published = '2025-07-31', options: Record<string, unknown> = {}): readonly Event[] {
  const doc: Doc = docFromIngested(ingestPlainText(text, lang), { id: 't', published }, lang);
  buildPipeline({ lang, stages: [{ stage: 'segment' }] }, stageCatalogue()).run(doc);
  const found: { start: number; end: number; actor: number; kind: MentionKind }[] = [];
  actors.forEach((a, ai) => {
    for (const f of a.forms) {
      const [form, kind]: readonly [string, MentionKind] = typeof f === 'string' ? [f, 'name'] : f;
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        if (!isWordChar(text[i - 1]) && !isWordChar(text[i + form.length])) found.push({ start: i, end: i + form.length, actor: ai, kind });
      }
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  const owner: number[] = [];
  let last = -1;
  for (const f of found) {
    if (f.start < last) continue;
    last = f.end;
    const a = actors[f.actor]!;
    mentions.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), type: a.type, kind: f.kind, sentence: doc.sentenceAt(f.start), confidence: 1, stage: 'test', rule: 'test' });
    owner.push(f.actor);
  }
  doc.add('mentions', mentions, 'test');
  doc.add('entities', actors.map((a, ai): Entity => ({
    id: a.id, type: a.type, name: a.id, aliases: a.forms.flatMap((f) => (typeof f === 'string' ? [f] : [])), descriptions: [], wikidata: null, roles: a.roles ?? [], kbKind: a.kbKind ?? null,
    mentions: owner.flatMap((o, mi) => (o === ai ? [mi] : [])), stage: 'test', rule: 'test',
  })), 'test');
  const sentences = doc.get('sentences');
  const tx: Timex[] = [];
  for (const t of times) {
    const i = text.indexOf(t.text);
    if (i < 0) throw new Error(`time "${t.text}" not in text`);
    const si = doc.sentenceAt(i);
    const s = sentences[si]!;
    tx.push({ start: i, end: i + t.text.length, text: t.text, type: t.type ?? 'DATE', value: t.value, mod: null, sentence: si, clause: { start: s.start, end: s.end }, stage: 'test', rule: 'test' });
  }
  tx.sort((a, b) => a.start - b.start);
  doc.add('times', tx, 'test');
  eventsRunner(lang, options)(doc);
  return doc.get('events');
}

/** Compact form of an event for assertions: "TYPE source>target modality". */
export const brief = (e: Event): string => `${e.type} ${e.source ?? '-'}>${e.target ?? '-'} ${e.modality}`;

/** Asserts that the events (in `brief` form or shorter) include `want`, listing them otherwise. */
export function assertHas(got: readonly string[], want: string): void {
  assert.ok(got.includes(want), `want ${want}; got: ${got.join(', ') || '-'}`);
}

/** Asserts that no event (in `brief` form or shorter) matches `bad`. */
export function assertLacks(got: readonly string[], bad: RegExp): void {
  assert.ok(!got.some((e) => bad.test(e)), `unwanted ${bad}; got: ${got.join(', ') || '-'}`);
}

let engine: Engine | undefined;

/** The whole engine, built once per test process (its models and lexicons load once). */
export function sharedEngine(): Engine {
  engine ??= new Engine();
  return engine;
}

/** The events of a whole text through the shared engine (`lang` null: detected, as the CLI does). */
export function engineEvents(text: string, published: string, lang: Lang | null = null, id = 't'): readonly Event[] {
  return sharedEngine().analyze(ingestPlainText(text, lang), { id, published }).get('events');
}

/** Options of `sentenceCoder`: times, publication date, stage options and the title line ("Titel"/"Title" by language). */
export interface CoderOptions {
  readonly times?: readonly TimeSpec[];
  readonly published?: string;
  readonly title?: string;
  readonly options?: Record<string, unknown>;
}

/**
 * A coder of one sentence with a fixed actor list: `codeText` of the sentence after a title line, in `brief` form.
 * The tests of one topic share it instead of repeating the call; `times` given to the coder replace the default.
 */
export function sentenceCoder(lang: Lang, actors: readonly ActorSpec[], o: CoderOptions = {}): (s: string, times?: readonly TimeSpec[]) => string[] {
  const title = o.title ?? (lang === 'de' ? 'Titel' : 'Title');
  return (s, times = o.times ?? []) => codeText(lang, `${title}\n${s}`, actors, times, o.published, o.options).map(brief);
}

const lexicons = new Map<Lang, EventLexicon>();

/** The event lexicon of a language, loaded once per test process. */
export function eventLexicon(lang: Lang): EventLexicon {
  let l = lexicons.get(lang);
  if (!l) {
    l = loadEventLexicon(new ResourceLoader(lang));
    lexicons.set(lang, l);
  }
  return l;
}

/**
 * A coder of one sentence through the whole engine: the sentence after a title line ("Titel"/"Title"), published on
 * `published`, its events in `brief` form. The session test files share it instead of each defining `de`/`en`.
 */
export function engineCoder(lang: Lang, published = '2026-11-20'): (s: string) => string[] {
  const title = lang === 'de' ? 'Titel' : 'Title';
  return (s) => engineEvents(`${title}\n${s}\n`, published, lang).map(brief);
}
