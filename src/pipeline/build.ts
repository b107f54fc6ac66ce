import { performance } from 'node:perf_hooks';
import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/types.js';
import { LagebildError } from '../errors.js';
import { ResourceLoader } from '../resources/loader.js';
import { checkStageOptions, type StageOptionOverrides } from './options.js';
import type { PipelineDecl, StageFactory, StageRun } from './stage.js';

/** A built stage, ready to run. */
export interface BuiltStage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly adds: readonly LayerName[];
  readonly run: StageRun;
}

/** Wall time spent per stage (milliseconds), accumulated over runs. */
export type StageTimings = Map<string, number>;

/** A pipeline built from its declaration; `run` applies every stage in order. */
export interface Pipeline {
  readonly decl: PipelineDecl;
  readonly stages: readonly BuiltStage[];
  /** Runs every stage; with `timings` given, adds each stage's time to it. */
  run(doc: Doc, timings?: StageTimings): Doc;
}

/** Layers every document has before the first stage runs (added by ingestion). */
export const INGESTED_LAYERS: readonly LayerName[] = ['paragraphs'];

/** Options for building a pipeline. */
export interface BuildOptions {
  readonly resources?: ResourceLoader;
  readonly dataDir?: string | null;
  /** User settings per stage name, over the declaration's options (checked; see `STAGE_OPTIONS`). */
  readonly stageOptions?: StageOptionOverrides;
}

/**
 * Checks a declaration against the stage catalogue and builds it: every stage must exist, appear
 * once, and find the layers it requires added by ingestion or by an earlier stage.
 */
export function buildPipeline(decl: PipelineDecl, catalogue: Readonly<Record<string, StageFactory>>, opts: BuildOptions = {}): Pipeline {
  const available = new Set<LayerName>(INGESTED_LAYERS);
  const seen = new Set<string>();
  const resources = opts.resources ?? new ResourceLoader(decl.lang);
  const stages: BuiltStage[] = [];
  const overrides = checkStageOptions(opts.stageOptions ?? {});
  for (const stage of Object.keys(overrides)) {
    if (!decl.stages.some((s) => s.stage === stage)) throw new LagebildError('USAGE', `option for stage "${stage}", which the ${decl.lang} pipeline does not have`);
  }
  for (const entry of decl.stages) {
    const factory = catalogue[entry.stage];
    if (!factory) throw new LagebildError('PIPELINE_INVALID', `unknown stage "${entry.stage}" in the ${decl.lang} pipeline`);
    if (seen.has(entry.stage)) throw new LagebildError('PIPELINE_INVALID', `stage "${entry.stage}" appears twice in the ${decl.lang} pipeline`);
    seen.add(entry.stage);
    const missing = factory.requires.filter((l) => !available.has(l));
    if (missing.length) {
      throw new LagebildError('PIPELINE_INVALID', `stage "${entry.stage}" requires ${missing.join(', ')}, which no earlier stage adds (${decl.lang} pipeline)`);
    }
    for (const l of factory.adds) available.add(l);
    const run = factory.create({ lang: decl.lang, resources, options: { ...entry.options, ...overrides[entry.stage] }, dataDir: opts.dataDir ?? null });
    stages.push({ name: factory.name, requires: factory.requires, adds: factory.adds, run });
  }
  return {
    decl,
    stages,
    run(doc, timings) {
      for (const s of stages) {
        if (timings) {
          const t0 = performance.now();
          s.run(doc);
          timings.set(s.name, (timings.get(s.name) ?? 0) + performance.now() - t0);
        } else {
          s.run(doc);
        }
      }
      return doc;
    },
  };
}
