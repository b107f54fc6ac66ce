/**
 * Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (no browser
 * download), a temp store, the built UI and a server on a free port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/app.js';
import type { Store } from '../../src/store/types.js';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';
/** Why the browser tests are skipped, or false when they can run. */
export const SKIP_BROWSER: string | false = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found (apt-get install chromium); browser tests skipped`;

/** Project root and the built UI. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'web', 'dist');
/** Screenshots go here (gitignored). */
export const RESULTS = join(ROOT, 'test-results');

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function upToDate(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return built >= newest(join(ROOT, 'web', 'src')) && built >= newest(join(ROOT, 'src', 'api'));
}

/**
 * Builds the UI when `web/dist` is missing or older than its sources, so the browser tests test
 * the code as it is. Test files run in parallel processes: a lock folder lets one build at a time.
 */
export function ensureWebBuilt(): void {
  if (upToDate()) return;
  const lock = join(ROOT, 'web', '.build-lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`web build lock ${lock} held for 2 minutes; remove it if no build runs`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (upToDate()) return;
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build web failed');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A fresh temp folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Starts the server over a store on a free loopback port. */
export function serve(store: Store): Promise<RunningServer> {
  return startServer({ store, ingester: null, version: 'test', webRoot: WEB_ROOT, host: '127.0.0.1', token: null, log: () => undefined }, 0);
}

/** Launches headless Chromium with a fresh profile; `close()` also removes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = tempDir('lagebild-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 800 },
    locale: 'en-US',
  });
  mkdirSync(RESULTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
