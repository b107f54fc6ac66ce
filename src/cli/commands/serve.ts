import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LagebildError } from '../../errors.js';
import type { Ingester } from '../../server/api.js';
import { generateToken, MIN_TOKEN_LENGTH } from '../../server/auth.js';
import { isLoopback } from '../../server/security.js';
import { DEFAULT_DATA_DIR } from '../../store/types.js';
import { flagBool, flagInt, flagString } from '../args.js';
import type { Command } from '../command.js';

/** The built UI: `web/dist` two levels above this module (src/cli/commands or dist/cli/commands → ../../..). */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'dist');
}

/**
 * `lagebild serve`: the HTTP API and web UI over a store. Listens on 127.0.0.1 unless `--host` is
 * given; ingest over HTTP is off unless `--allow-ingest`, and then needs the token printed at start.
 * Runs until SIGINT/SIGTERM, then closes the server and the store.
 */
export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--data DIR] [--port 8080] [--host 127.0.0.1] [--allow-ingest] [--token T]',
  summary: 'serve the HTTP API and the web UI over the store',
  flags: {
    data: { value: true, help: `data folder (default ${DEFAULT_DATA_DIR})` },
    port: { value: true, help: 'port (default 8080; 0 picks a free one)' },
    host: { value: true, help: 'address to listen on (default 127.0.0.1)' },
    'allow-ingest': { value: false, help: 'accept POST /api/ingest (with the token)' },
    token: { value: true, help: `ingest token (at least ${MIN_TOKEN_LENGTH} characters; default: generated and printed)` },
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw new LagebildError('USAGE', `unexpected argument "${args.positionals[0]}"`);
    const dataDir = flagString(args, 'data') ?? DEFAULT_DATA_DIR;
    const port = flagInt(args, 'port', 0, 65535) ?? 8080;
    const host = flagString(args, 'host') ?? '127.0.0.1';
    const allowIngest = flagBool(args, 'allow-ingest');
    const given = flagString(args, 'token');
    if (given !== undefined && !allowIngest) throw new LagebildError('USAGE', '--token needs --allow-ingest');
    if (given !== undefined && given.length < MIN_TOKEN_LENGTH) throw new LagebildError('USAGE', `--token must have at least ${MIN_TOKEN_LENGTH} characters`);
    const token = allowIngest ? given ?? generateToken() : null;
    const webRoot = defaultWebRoot();
    if (!existsSync(join(webRoot, 'index.html'))) io.stderr.write(`lagebild serve: the web UI is not built (${webRoot}); run "npm run build:web". The API works.\n`);

    // loaded here, not at import: other commands must not pay for (or depend on) SQLite and the
    // server, and a read-only server does not load the analysis pipeline at all
    const [{ openStore }, { startServer }] = await Promise.all([import('../../store/index.js'), import('../../server/app.js')]);
    // only an ingesting server creates the store; a read-only one must find it
    const store = await openStore({ dataDir, readonly: !allowIngest });
    let ingester: Ingester | null = null;
    if (allowIngest) {
      const [{ makeIngester }, { Engine }] = await Promise.all([import('../../server/ingest.js'), import('../../engine.js')]);
      ingester = makeIngester(store, new Engine({ dataDir }));
    }
    const running = await startServer({
      store,
      ingester,
      version: '0.1.0',
      webRoot,
      host,
      token,
      log: (line) => io.stderr.write(line + '\n'),
    }, port).catch(async (err: unknown) => {
      await store.close();
      throw err;
    });
    io.stdout.write(`lagebild serve: ${running.url} (data ${dataDir})\n`);
    if (!isLoopback(host)) io.stderr.write(`lagebild serve: listening on ${host}, reachable from other machines\n`);
    if (token !== null) io.stdout.write(`lagebild serve: ingest enabled; token: ${token}\n`);
    await new Promise<void>((done) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        done();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await running.close();
    await store.close();
    return 0;
  },
};
