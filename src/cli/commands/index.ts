import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';
import { ingestCommand } from './ingest.js';
import { removeCommand } from './remove.js';
import { entitiesCommand } from './entities.js';
import { entityCommand } from './entity.js';
import { eventsCommand } from './events.js';
import { quotesCommand } from './quotes.js';
import { relationsCommand } from './relations.js';
import { searchCommand } from './search.js';
import { exportCommand } from './export.js';
import { optionsCommand } from './options.js';

/**
 * Every CLI command, by name. A literal built on call (no registry filled at import time):
 * adding a command means importing it here.
 */
export function commandTable(): Readonly<Record<string, Command>> {
  return {
    [analyzeCommand.name]: analyzeCommand,
    [evalCommand.name]: evalCommand,
    [serveCommand.name]: serveCommand,
    [ingestCommand.name]: ingestCommand,
    [removeCommand.name]: removeCommand,
    [entitiesCommand.name]: entitiesCommand,
    [entityCommand.name]: entityCommand,
    [eventsCommand.name]: eventsCommand,
    [quotesCommand.name]: quotesCommand,
    [relationsCommand.name]: relationsCommand,
    [searchCommand.name]: searchCommand,
    [exportCommand.name]: exportCommand,
    [optionsCommand.name]: optionsCommand,
  };
}
