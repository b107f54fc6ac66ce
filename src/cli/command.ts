import type { Writable } from 'node:stream';

/** Parsed command-line arguments: positionals and `--flag value` / `--flag` options. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** Where a command writes; injected so tests can capture output. */
export interface CommandIO {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
}

/** Declaration of one flag: whether it takes a value, and its help text. */
export interface FlagSpec {
  readonly value: boolean;
  readonly help: string;
  /** May be given several times (values are then joined with "\u0000" in ParsedArgs). */
  readonly repeatable?: boolean;
}

/**
 * One CLI command. `run` returns the exit code; expected failures are thrown as LagebildError
 * and mapped to exit codes by the CLI entry (see `src/errors.ts`).
 */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
  run(args: ParsedArgs, io: CommandIO): Promise<number>;
}
