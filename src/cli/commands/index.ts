import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';

/**
 * Every CLI command, by name. A literal built on call (no registry filled at import time):
 * adding a command means importing it here.
 */
export function commandTable(): Readonly<Record<string, Command>> {
  return {
    [analyzeCommand.name]: analyzeCommand,
    [evalCommand.name]: evalCommand,
    [serveCommand.name]: serveCommand,
  };
}
