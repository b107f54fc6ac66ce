import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures its output. */
export async function cli(argv: string[], opts: { tty?: boolean } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = Object.assign(new Writable({ write(c: Buffer, _e, cb) { out += c.toString(); cb(); } }), { isTTY: opts.tty ?? false });
  const stderr = Object.assign(new Writable({ write(c: Buffer, _e, cb) { err += c.toString(); cb(); } }), { isTTY: false });
  const code = await runCli(argv, { stdout, stderr });
  return { code, out, err };
}
