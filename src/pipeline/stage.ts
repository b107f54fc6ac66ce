import type { Doc } from '../doc/doc.js';
import type { Lang, LayerName } from '../doc/types.js';
import type { ResourceLoader } from '../resources/loader.js';

/** What a stage factory gets when a pipeline is built: its language, its lexicons and its options. */
export interface StageContext {
  readonly lang: Lang;
  /** Lexicons of this language (`resources/<lang>/`) and the common ones (`resources/common/`). */
  readonly resources: ResourceLoader;
  /** The stage's options from the pipeline declaration. */
  readonly options: Readonly<Record<string, unknown>>;
  /** The user's data folder (for user aliases and actors), or null. */
  readonly dataDir: string | null;
}

/** The function a built stage runs on each document. It only appends layers to the doc. */
export type StageRun = (doc: Doc) => void;

/**
 * A named stage: what it needs, what it adds, and how to build its runner. Building loads and
 * validates the stage's lexicons once; running is per document and must not keep per-document state.
 */
export interface StageFactory {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly adds: readonly LayerName[];
  create(ctx: StageContext): StageRun;
}

/** One entry of a pipeline declaration. */
export interface StageDecl {
  readonly stage: string;
  readonly options?: Readonly<Record<string, unknown>>;
}

/** A per-language pipeline, declared as plain data. */
export interface PipelineDecl {
  readonly lang: Lang;
  readonly stages: readonly StageDecl[];
}
