import { resolve } from 'node:path';
import { LagebildError } from '../../errors.js';
import { DATA_FLAG, openForWrite } from '../../store/cli.js';
import type { Command } from '../command.js';

/** `lagebild remove DOC...`: deletes documents (by id, or by the file path or URL they came from) and every fact only they supported. */
export const removeCommand: Command = {
  name: 'remove',
  usage: 'remove DOC|FILE|URL... [--data DIR]',
  summary: 'remove documents (by id, file path or URL) and every fact only they supported',
  flags: { ...DATA_FLAG },
  async run(args, io) {
    if (args.positionals.length === 0) throw new LagebildError('USAGE', 'give the id of at least one document');
    const store = openForWrite(args);
    let missing = 0;
    try {
      for (const arg of args.positionals) {
        const byAddress = (await store.getDocument(arg)) ? null : (await store.findByAddress(arg)) ?? (await store.findByAddress(resolve(arg)));
        const id = byAddress?.id ?? arg;
        const r = await store.removeDocument(id);
        if (!r.removed) {
          missing++;
          io.stderr.write(`lagebild remove: ${arg}: no such document [NOT_FOUND]\n`);
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
