/**
 * Shared harness of the events benchmarks (`bench-events.ts`, `dev-plover-manual.ts`): runs a language's
 * pipeline up to the events stage (whatever stages exist today), adds empty layers for anything the stage
 * needs that no stage provides yet, and runs the stage with `requireActors: false` so that type accuracy
 * does not depend on the entity layer.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import type { Event, Lang, LayerName } from '../src/doc/types.js';
import { docFromIngested } from '../src/engine.js';
import { ingestPlainText } from '../src/ingest/index.js';
import { buildPipeline, type Pipeline } from '../src/pipeline/build.js';
import { stageCatalogue } from '../src/pipeline/catalogue.js';
import { PIPELINES } from '../src/pipeline/pipelines.js';
import type { StageRun } from '../src/pipeline/stage.js';
import { ResourceLoader } from '../src/resources/loader.js';
import { eventsStage } from '../src/stages/events/index.js';
import { loadEventLexicon, type EventLexicon } from '../src/stages/events/lexicon.js';

/** The project root (the folder above `scripts/`). */
export const root = join(fileURLToPath(import.meta.url), '..', '..');

/** Old PLOVER 0.5b1 names folded into the current 16 types (the data's SOURCE.md, the manual's CAMEO table). */
export const FOLD: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

/** The pipeline before the events stage and two builds of the stage (project default, PLOVER manual's future rule). */
export interface Prepared { readonly before: Pipeline; readonly events: StageRun; readonly eventsPlover: StageRun }

const prepared = new Map<Lang, Prepared>();

/** Builds (once per language) the stages before events and the events stage without required actors. */
export function prepare(lang: Lang): Prepared {
  let p = prepared.get(lang);
  if (!p) {
    const stages = PIPELINES[lang].stages.filter((s) => s.stage !== 'events');
    // colleagues' stages may be mid-change: use the longest prefix of the pipeline that builds
    let before: Pipeline | null = null;
    for (let n = stages.length; n >= 1 && !before; n--) {
      try {
        before = buildPipeline({ lang, stages: stages.slice(0, n) }, stageCatalogue());
        if (n < stages.length) console.log(`(${lang}: running ${stages.slice(0, n).map((s) => s.stage).join(', ')}; ${stages[n]!.stage} does not build: skipped)`);
      } catch (err) {
        if (n === 1) throw err;
      }
    }
    if (!before) throw new Error('no pipeline');
    const events = eventsStage.create({ lang, resources: new ResourceLoader(lang), options: { requireActors: false }, dataDir: null });
    // the PLOVER manual's coding of future acts (planned cooperation → AGREE, planned retreat → CONCEDE)
    const eventsPlover = eventsStage.create({ lang, resources: new ResourceLoader(lang), options: { requireActors: false, ploverFuture: true }, dataDir: null });
    p = { before, events, eventsPlover };
    prepared.set(lang, p);
  }
  return p;
}

/** Runs every stage before events and fills layers the events stage needs that none provides. */
export function docBeforeEvents(text: string, lang: Lang, id: string, published: string | null): Doc {
  const doc = docFromIngested(ingestPlainText(text, lang), { id, published }, lang);
  prepare(lang).before.run(doc);
  for (const layer of eventsStage.requires as readonly LayerName[]) if (!doc.has(layer)) doc.add(layer, [], 'bench');
  return doc;
}

let english: EventLexicon | null = null;
/** The English event lexicon, loaded and validated once (the stage's own loader). */
function englishLexicon(): EventLexicon {
  english ??= loadEventLexicon(new ResourceLoader('en'));
  return english;
}

let verbRules: Set<string> | null = null;
/** Whether an event came from a verb entry of the English trigger lexicon. */
function isVerbRule(rule: string): boolean {
  verbRules ??= new Set(englishLexicon().triggers.filter((t) => t.pos === 'verb').map((t) => t.id));
  return verbRules.has(rule.split('#')[0]!);
}

/** The first event of a sentence by the benchmark's rule: the first verb trigger, else the first noun trigger. */
export function mainEvent(doc: Doc): Event | undefined {
  const byPos = doc.get('events').slice().sort((a, b) => a.trigger.start - b.trigger.start);
  return byPos.find((e) => isVerbRule(e.rule)) ?? byPos[0];
}

let nominalMarkers: Set<string> | null = null;
/**
 * Whether an event's trigger is used as a verb: it comes from a verb entry and does not stand right after an
 * article, a possessive or a preposition ("after the attack", "Russia's invasion" are nouns).
 */
function usedAsVerb(doc: Doc, e: Event): boolean {
  if (!isVerbRule(e.rule)) return false;
  if (!nominalMarkers) {
    const cues = englishLexicon().cues;
    nominalMarkers = new Set([...cues.determiners, ...cues.prepositions].filter((w) => !cues.complementMarkers.has(w)));
  }
  const before = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, e.trigger.start - 40), e.trigger.start))?.[1] ?? '';
  return !/(’s|'s|s’|s')$/u.test(before) && !nominalMarkers.has(before.toLowerCase());
}

/**
 * The main predicate by use: the first event whose trigger is used as a verb, else the first event. Reported next to
 * the benchmark's entry-based rule ({@link mainEvent}), which counts "after the attack" as a verb.
 */
export function mainEventByUse(doc: Doc): Event | undefined {
  const byPos = doc.get('events').slice().sort((a, b) => a.trigger.start - b.trigger.start);
  return byPos.find((e) => usedAsVerb(doc, e)) ?? byPos[0];
}

/** The sentence's event type: that of its main predicate (see {@link mainEvent}), or NONE. */
export function mainType(doc: Doc): string {
  return mainEvent(doc)?.type ?? 'NONE';
}

/**
 * One English sentence as the body of a plain-text document. Plain-text ingestion takes the first non-empty line as
 * the title (a leading empty line does not make one), and a headline is read as a headline (it reports no clause), so
 * the sentence follows a neutral title line.
 */
export function sentenceBody(text: string): string {
  return `Title\n${text}`;
}

/** Codes one English sentence (as the body of a plain-text document) and returns its type by both codings. */
export function codeSentence(text: string, id: string): { type: string; typePlover: string; typeByUse: string; modality: string; doc: Doc } {
  const doc = docBeforeEvents(sentenceBody(text), 'en', id, null);
  const docP = docBeforeEvents(sentenceBody(text), 'en', id, null);
  prepare('en').events(doc);
  prepare('en').eventsPlover(docP);
  const main = mainEvent(doc);
  return { type: main?.type ?? 'NONE', typePlover: mainType(docP), typeByUse: mainEventByUse(doc)?.type ?? 'NONE', modality: main?.modality ?? 'none', doc };
}
