import { LagebildError } from '../../errors.js';
import { DATA_FLAG, openForWrite } from '../../store/cli.js';
import type { Command } from '../command.js';

/** `lagebild remove DOC...`: deletes documents and every fact only they supported. */
export const removeCommand: Command = {
  name: 'remove',
  usage: 'remove DOC... [--data DIR]',
  summary: 'remove documents (by id) and every fact only they supported',
  flags: { ...DATA_FLAG },
  async run(args, io) {
    if (args.positionals.length === 0) throw new LagebildError('USAGE', 'give the id of at least one document');
    const store = openForWrite(args);
    let missing = 0;
    try {
      for (const id of args.positionals) {
        const r = await store.removeDocument(id);
        if (!r.removed) {
          missing++;
          io.stderr.write(`lagebild remove: ${id}: no such document [NOT_FOUND]\n`);
          continue;
        }
        io.stdout.write(`removed ${id} (${r.eventsRemoved} event(s) and ${r.entitiesRemoved} entit${r.entitiesRemoved === 1 ? 'y' : 'ies'} left without support)\n`);
      }
    } finally {
      await store.close();
    }
    return missing ? 1 : 0;
  },
};
