/**
 * Shared set-up of the browser tests: Debian's Chromium driven by playwright-core (no browser
 * download), a temp store, the built UI and a server on a free port.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Builds the UI when `web/dist` is missing (a fresh checkout without `npm ci`). */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build web failed');
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
