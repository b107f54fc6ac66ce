import { LagebildError } from '../../errors.js';
import { STAGE_OPTIONS, type StageOptionSpec } from '../../pipeline/options.js';
import type { Command } from '../command.js';

/** The allowed values of an option, in a few words. */
function valuesOf(spec: StageOptionSpec): string {
  if (spec.kind === 'boolean') return 'true|false';
  if (spec.kind === 'enum') return spec.values.join('|');
  return `${spec.min}–${spec.max}`;
}

/** `lagebild options`: lists the stage options that `--option stage.name=value` can set. */
export const optionsCommand: Command = {
  name: 'options',
  usage: 'options',
  summary: 'list the stage options that analyze and eval accept as --option stage.name=value',
  flags: {},
  async run(args, io) {
    if (args.positionals.length) throw new LagebildError('USAGE', 'options takes no arguments');
    for (const [stage, specs] of Object.entries(STAGE_OPTIONS)) {
      for (const [name, spec] of Object.entries(specs)) {
        io.stdout.write(`${`${stage}.${name}=${valuesOf(spec)}`.padEnd(42)} ${spec.help}\n`);
      }
    }
    return 0;
  },
};
