/**
 * Helpers for the store commands' tests: run the CLI in-process with captured output, and
 * write small original articles (German and English) into a temp folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

/** Runs `lagebild ARGS` and returns exit code, stdout and stderr. */
export async function cli(args: string[], tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = Object.assign(new Writable({ write(c, _e, cb) { out += String(c); cb(); } }), { isTTY: tty });
  const stderr = Object.assign(new Writable({ write(c, _e, cb) { err += String(c); cb(); } }), { isTTY: tty, columns: 100 });
  const code = await runCli(args, { stdout, stderr });
  return { code, out, err };
}

/** Articles written for the tests (not copied from anywhere). */
export const ARTICLES: Record<string, string> = {
  'de-hafen.txt': 'Streik im Hamburger Hafen\nDie Gewerkschaft hat am Montag zu einem Warnstreik im Hamburger Hafen aufgerufen. Nach Angaben der Hafenverwaltung wurden die meisten Terminals bestreikt. Der Senat forderte beide Seiten auf, schnell an den Verhandlungstisch zurückzukehren.',
  'en-bridge.txt': 'City council approves new bridge\nThe city council approved the construction of a new bridge over the river on Tuesday. The mayor said the project would be finished within three years. Opposition members criticised the cost and asked for an independent review.',
  'de-wahl.txt': 'Bürgermeisterwahl in Kiel\nIn Kiel haben die Bürger am Sonntag einen neuen Bürgermeister gewählt. Die Wahlbeteiligung lag nach Angaben der Stadt bei knapp fünfzig Prozent. Der Sieger kündigte an, sich zuerst um den Wohnungsbau zu kümmern.',
};

/** Writes the articles (and optionally a broken file) to `dir`. */
export function writeArticles(dir: string, withBad = false): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text + '\n');
  if (withBad) writeFileSync(join(dir, 'kaputt.txt'), Buffer.from([0x00, 0xff, 0x00, 0x13, 0x37, 0x00, 0x00, 0x01, 0xfe, 0x00]));
}
