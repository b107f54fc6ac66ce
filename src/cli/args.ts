import { LagebildError } from '../errors.js';
import { parseStageOptions, type StageOptionOverrides } from '../pipeline/options.js';
import type { FlagSpec, ParsedArgs } from './command.js';

/** Flags every command accepts. */
export const GLOBAL_FLAGS: Readonly<Record<string, FlagSpec>> = {
  help: { value: false, help: 'show help for the command' },
  debug: { value: false, help: 'print what each stage added (analyze) and stack traces of internal errors' },
};

/**
 * Parses `--flag value`, `--flag=value` and `--switch` against a command's flag table. Unknown
 * flags and missing values are usage errors (exit code 2).
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>): ParsedArgs {
  const all = { ...GLOBAL_FLAGS, ...spec };
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a.length === 2) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    const f = all[name];
    if (!f) throw new LagebildError('USAGE', `unknown option --${name}`);
    if (!f.value) {
      if (eq > 0) throw new LagebildError('USAGE', `option --${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new LagebildError('USAGE', `option --${name} needs a value`);
    const prev = flags.get(name);
    flags.set(name, f.repeatable && typeof prev === 'string' ? `${prev}\u0000${value}` : value);
  }
  return { positionals, flags };
}

/** A string flag's value, or undefined. */
export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable flag's values. */
export function flagList(args: ParsedArgs, name: string): string[] {
  const v = flagString(args, name);
  return v === undefined ? [] : v.split('\u0000');
}

/** Whether a switch is on. */
export function flagBool(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

/** A value from a fixed set, or undefined; anything else is a usage error. */
export function flagEnum<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[]): T | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new LagebildError('USAGE', `--${name} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

/** A YYYY-MM-DD date flag (validated as a real calendar date), or undefined. */
export function flagDate(args: ParsedArgs, name: string): string | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  if (!isIsoDate(v)) throw new LagebildError('USAGE', `--${name} must be a date YYYY-MM-DD (got "${v}")`);
  return v;
}

/** A positive integer flag, or undefined. */
export function flagInt(args: ParsedArgs, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new LagebildError('USAGE', `--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The repeatable `--option stage.name=value` flag of the commands that run the pipeline. */
export const STAGE_OPTION_FLAG: Readonly<Record<string, FlagSpec>> = {
  option: {
    value: true,
    repeatable: true,
    help: 'set a stage option, e.g. events.pronounActors=state or time.anchor=narrative (repeatable; see `lagebild options`)',
  },
};

/** The checked stage options of `--option` flags (USAGE error for an unknown stage, option or value). */
export function stageOptionsOf(args: ParsedArgs): StageOptionOverrides {
  return parseStageOptions(flagList(args, 'option'));
}
