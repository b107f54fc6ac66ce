import { Doc } from './doc/doc.js';
import type { Lang, Paragraph } from './doc/types.js';
import { LagebildError } from './errors.js';
import type { IngestedText } from './ingest/types.js';
import { buildPipeline, type Pipeline, type StageTimings } from './pipeline/build.js';
import { stageCatalogue } from './pipeline/catalogue.js';
import type { StageOptionOverrides } from './pipeline/options.js';
import { PIPELINES } from './pipeline/pipelines.js';

/** Options of an engine (one per process or server; it owns the built pipelines). */
export interface EngineOptions {
  /** The user's data folder, for user aliases and actors. */
  readonly dataDir?: string | null;
  /** Stage options set by the user (`--option stage.name=value`), over the pipelines' own. */
  readonly stageOptions?: StageOptionOverrides;
}

/** Per-document overrides given by the user. */
export interface AnalyzeOptions {
  readonly id: string;
  /** Overrides the detected publication date (YYYY-MM-DD). */
  readonly published?: string | null;
  /** Overrides the detected language. */
  readonly lang?: Lang | null;
  readonly address?: string | null;
  /** Accumulates per-stage time when given. */
  readonly timings?: StageTimings;
}

/** Builds the Doc of an ingested text: the text plus its paragraphs layer (from the zones). */
export function docFromIngested(ing: IngestedText, opts: AnalyzeOptions, lang: Lang): Doc {
  const doc = new Doc(ing.text, {
    id: opts.id,
    title: ing.title,
    published: opts.published ?? ing.published,
    language: lang,
    source: ing.source,
    address: opts.address ?? null,
  });
  const paragraphs: Paragraph[] = ing.zones.map((z) => ({ start: z.start, end: z.end, zone: z.zone, stage: 'ingest', rule: z.rule }));
  doc.add('paragraphs', paragraphs, 'ingest');
  return doc;
}

/**
 * The analysis engine: builds each language's pipeline on first use and runs it. Holds no
 * per-document state, so one engine serves a whole batch or a server.
 */
export class Engine {
  private readonly pipelines = new Map<Lang, Pipeline>();
  private readonly options: EngineOptions;

  constructor(options: EngineOptions = {}) {
    this.options = options;
  }

  /** The built pipeline of a language. */
  pipeline(lang: Lang): Pipeline {
    let p = this.pipelines.get(lang);
    if (!p) {
      p = buildPipeline(PIPELINES[lang], stageCatalogue(), { dataDir: this.options.dataDir ?? null, stageOptions: this.options.stageOptions ?? {} });
      this.pipelines.set(lang, p);
    }
    return p;
  }

  /** Analyses an ingested text; throws LANGUAGE_UNSUPPORTED when its language is unknown and not overridden. */
  analyze(ing: IngestedText, opts: AnalyzeOptions): Doc {
    const lang = opts.lang ?? (ing.language === 'unknown' ? null : ing.language);
    if (!lang) throw new LagebildError('LANGUAGE_UNSUPPORTED', 'language not recognised as German or English; skipped (use --lang to force)', opts.address ?? opts.id);
    const doc = docFromIngested(ing, opts, lang);
    return this.pipeline(lang).run(doc, opts.timings);
  }
}
