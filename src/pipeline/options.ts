import { LagebildError } from '../errors.js';

/** One option a stage accepts: its kind, its allowed values and what it does. */
export type StageOptionSpec =
  | { readonly kind: 'boolean'; readonly help: string }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly help: string }
  | { readonly kind: 'number'; readonly min: number; readonly max: number; readonly help: string };

/** A stage's option value after parsing. */
export type StageOptionValue = string | number | boolean;

/** Options per stage name, as given by a user (`--option events.pronounActors=state`). */
export type StageOptionOverrides = Readonly<Record<string, Readonly<Record<string, StageOptionValue>>>>;

/**
 * The options users may set per stage, as data. Each stage reads its own options from
 * `StageContext.options`; this table says which exist so that a misspelt one is an error rather
 * than silently ignored. Kept beside the pipeline declarations rather than in each stage folder
 * because both are what the pipeline builder checks.
 */
export const STAGE_OPTIONS: Readonly<Record<string, Readonly<Record<string, StageOptionSpec>>>> = {
  time: {
    anchor: {
      kind: 'enum',
      values: ['publication', 'narrative'],
      help: 'what relative dates count from: the publication date (news, default) or the last date the text gives (histories, narratives)',
    },
  },
  ner: {
    minConfidence: { kind: 'number', min: 0, max: 1, help: 'drop names the tagger is less sure of (0–1; default 0)' },
  },
  events: {
    pronounActors: {
      kind: 'enum',
      values: ['person', 'state'],
      help: 'actor of an act whose subject is a pronoun or bare title: the person (default, as the gold spec) or their state (as the dev README); a speech act read from a quote keeps the quote\'s speaker',
    },
    requireActors: { kind: 'boolean', help: 'keep only events whose actors the entity layer found (default true; false keeps type-only events, for benchmarks)' },
    dateCarry: { kind: 'boolean', help: 'an earlier sentence of the paragraph may date an event (default false)' },
    occasionDates: { kind: 'boolean', help: 'undated speech acts take the date of the last dated meeting (default true)' },
    ploverFuture: { kind: 'boolean', help: 'the PLOVER manual rule: planned cooperation is AGREE, a planned retreat CONCEDE (default false)' },
    untargetedEvaluations: { kind: 'boolean', help: 'keep an evaluation of an act whose doer is not reported ("condemned the pact") with a null target (default true)' },
    counterpartTargets: { kind: 'boolean', help: 'give an accusation, refusal or threat (plover.json addressed) with no addressee in its sentence the other side of the article\'s main pair of actors (default true)' },
    openAddressees: { kind: 'boolean', help: 'keep an accusation, refusal or threat whose sentence names no addressee until the document steps (exchange, main pair of at least 4 events) can give it one; dropped when they do not (default true)' },
  },
};

/** Checks one value against its spec; returns the parsed value or throws USAGE naming the option. */
function checkValue(stage: string, name: string, spec: StageOptionSpec, raw: StageOptionValue): StageOptionValue {
  const where = `option ${stage}.${name}`;
  if (spec.kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new LagebildError('USAGE', `${where} must be true or false (got "${String(raw)}")`);
  }
  if (spec.kind === 'enum') {
    if (typeof raw === 'string' && spec.values.includes(raw)) return raw;
    throw new LagebildError('USAGE', `${where} must be one of ${spec.values.join(', ')} (got "${String(raw)}")`);
  }
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isFinite(n) && n >= spec.min && n <= spec.max) return n;
  throw new LagebildError('USAGE', `${where} must be a number from ${spec.min} to ${spec.max} (got "${String(raw)}")`);
}

/**
 * Validates user overrides against {@link STAGE_OPTIONS}: every stage and option must exist and
 * every value fit. Returns them with values parsed to their kinds.
 */
export function checkStageOptions(overrides: StageOptionOverrides): StageOptionOverrides {
  const out: Record<string, Record<string, StageOptionValue>> = {};
  for (const [stage, opts] of Object.entries(overrides)) {
    const specs = STAGE_OPTIONS[stage];
    if (!specs) throw new LagebildError('USAGE', `no stage "${stage}" takes options (stages with options: ${Object.keys(STAGE_OPTIONS).join(', ')})`);
    const parsed: Record<string, StageOptionValue> = {};
    for (const [name, raw] of Object.entries(opts)) {
      const spec = specs[name];
      if (!spec) throw new LagebildError('USAGE', `stage "${stage}" has no option "${name}" (it has: ${Object.keys(specs).join(', ')})`);
      parsed[name] = checkValue(stage, name, spec, raw);
    }
    out[stage] = parsed;
  }
  return out;
}

/**
 * Parses `stage.option=value` strings (the CLI's repeatable `--option`) into checked overrides.
 * Later settings of the same option win.
 */
export function parseStageOptions(settings: readonly string[]): StageOptionOverrides {
  const raw: Record<string, Record<string, string>> = {};
  for (const s of settings) {
    const eq = s.indexOf('=');
    const dot = s.indexOf('.');
    if (dot <= 0 || eq <= dot + 1 || eq === s.length - 1) {
      throw new LagebildError('USAGE', `--option takes stage.option=value, e.g. events.pronounActors=state (got "${s}")`);
    }
    const stage = s.slice(0, dot);
    (raw[stage] ??= {})[s.slice(dot + 1, eq)] = s.slice(eq + 1);
  }
  return checkStageOptions(raw);
}
