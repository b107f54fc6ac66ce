#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asLagebildError, exitCodeOf, formatError, LagebildError } from '../errors.js';
import { GLOBAL_FLAGS, parseArgs } from './args.js';
import type { Command, CommandIO } from './command.js';
import { commandTable } from './commands/index.js';

/** Help text for the whole CLI or one command. */
export function helpText(cmd?: Command): string {
  if (cmd) {
    const flags = Object.entries({ ...cmd.flags, ...GLOBAL_FLAGS })
      .map(([n, f]) => `  --${n}${f.value ? ' VALUE' : ''}`.padEnd(28) + f.help)
      .join('\n');
    return `usage: lagebild ${cmd.usage}\n\n${cmd.summary}\n\noptions:\n${flags}\n`;
  }
  const cmds = Object.values(commandTable())
    .map((c) => `  ${c.name.padEnd(11)}${c.summary}`)
    .join('\n');
  return `lagebild — a sourced situation picture from news articles (German, English)\n\nusage: lagebild COMMAND [options]\n\ncommands:\n${cmds}\n\nRun "lagebild COMMAND --help" for a command's options.\n`;
}

/**
 * Runs the CLI and returns the exit code: 0 all fine, 1 some inputs failed, 2 usage error.
 * Expected failures print one line (never a stack trace unless --debug).
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('lagebild 0.1.0\n');
    return 0;
  }
  const cmd = commandTable()[name];
  if (!cmd) {
    io.stderr.write(`lagebild: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  const debug = rest.includes('--debug');
  try {
    const args = parseArgs(rest, cmd.flags);
    if (args.flags.get('help') === true) {
      io.stdout.write(helpText(cmd));
      return 0;
    }
    return await cmd.run(args, io);
  } catch (err) {
    const e = asLagebildError(err);
    io.stderr.write(`lagebild ${name}: ${formatError(e)}\n`);
    if (e.code === 'USAGE') io.stderr.write(`usage: lagebild ${cmd.usage}\n`);
    if (debug && !(err instanceof LagebildError) && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    return exitCodeOf(e.code);
  }
}

/** Entry point for the `lagebild` binary. */
export async function main(): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `lagebild … | head` closes the pipe early: not an error of ours
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) void main();
