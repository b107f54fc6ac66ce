/**
 * `npm run bench:web`: how fast the web UI shows a large store. It builds a store of 10,000
 * documents analysed by every stage (the variants of the example articles that `bench:store`
 * ingests, see scripts/lib/example-variants.ts), serves it with the project's server and the
 * built UI, and drives Debian's headless Chromium (playwright-core, no browser download) through
 * the overview: the first visit with an empty browser cache and a number of reloads. It prints the
 * overview API's latency and the time from the start of each navigation until the overview's
 * lists are on screen (the page's own clock, so driver round trips are not counted), then, for
 * information, the same for the events list, the network, the documents list and the page of the
 * most active actor.
 *
 * Target (issue 8): the overview of a store with 10,000 documents is on screen in under 1 s.
 * Usage: npm run bench:web [-- --docs N] [-- --store DIR] [-- --reloads K]
 *   --store DIR  measure an existing store (e.g. one kept by `npm run bench:store -- --keep DIR`)
 *                instead of building one; --docs is then ignored.
 * Exit code 1 when the overview misses its target on the first visit or on the median reload.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { Engine } from '../src/engine.js';
import { startServer } from '../src/server/app.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
// the browser tests' set-up (Debian's Chromium, a throw-away profile, the UI built when stale) serves the benchmark too
import { CHROMIUM, ensureWebBuilt, launch, WEB_ROOT } from '../test/e2e/browser.js';
import { analyseVariant } from './lib/example-variants.js';

// node's own parser: an unknown or misspelt option is an error, not a silently ignored word
const { values: opts } = parseArgs({ options: { docs: { type: 'string' }, reloads: { type: 'string' }, store: { type: 'string' } } });
const N = Number(opts.docs ?? 10_000);
const RELOADS = Number(opts.reloads ?? 5);
const given = opts.store;
const TARGET_MS = 1000;

if (!existsSync(CHROMIUM)) {
  console.log(`bench:web skipped: ${CHROMIUM} not found (apt-get install chromium)`);
  process.exit(0);
}
if (given && !existsSync(given)) throw new Error(`bench:web: --store ${given} does not exist`);

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number): string => `${x.toFixed(0)} ms`;

/** Builds the benchmark store in `dir` (the same documents as bench:store) and reports how long it took. */
async function buildStore(dir: string): Promise<void> {
  const store = SqliteStore.open({ dataDir: dir });
  const engine = new Engine();
  const t0 = performance.now();
  try {
    for (let i = 0; i < N; i++) {
      const v = analyseVariant(engine, i);
      store.putSync({ doc: v.out, contentHash: v.contentHash, address: v.address, fetchedAt: '2025-11-01T00:00:00Z' });
      if (process.stderr.isTTY && i % 250 === 0) process.stderr.write(`\rbuilding the store: ${i}/${N}`);
    }
  } finally {
    await store.close();
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  console.log(`store: ${N} documents analysed and stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** Milliseconds from the start of the page's navigation until `selectors` are all on screen. */
async function onScreen(page: Page, selectors: readonly string[]): Promise<number> {
  for (const s of selectors) await page.waitForSelector(s, { timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

const dir = given ?? mkdtempSync(join(tmpdir(), 'lagebild-bench-web-'));
if (!given) await buildStore(dir);
ensureWebBuilt();
const store = SqliteStore.open({ dataDir: dir });
const server = await startServer({ store, ingester: null, version: 'bench', webRoot: WEB_ROOT, host: '127.0.0.1', token: null, log: () => undefined }, 0);
let missed = false;
try {
  const overview = await store.overview();
  console.log(`store: ${overview.documents} documents, ${overview.entities} entities, ${overview.events} events, ${overview.quotes} quotes`);

  // the API the overview page calls, as the page calls it
  const api: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}api/overview?top=10&days=90`);
    await res.json();
    api.push(performance.now() - t0);
  }
  console.log(`overview API: median ${ms(median(api))}, slowest ${ms(Math.max(...api))} over ${api.length} requests`);

  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const overviewLists = ['ul.events li.event', 'table.pairs'];
    await page.goto('about:blank');
    await page.goto(server.url, { waitUntil: 'commit' });
    const first = await onScreen(page, overviewLists);
    const reloads: number[] = [];
    for (let i = 0; i < RELOADS; i++) {
      await page.reload({ waitUntil: 'commit' });
      reloads.push(await onScreen(page, overviewLists));
    }
    const verdict = (x: number): string => (x < TARGET_MS ? 'met' : 'MISSED');
    console.log(`overview on screen: first visit ${ms(first)} (${verdict(first)}); reloads median ${ms(median(reloads))} (${verdict(median(reloads))}), ${reloads.map((x) => x.toFixed(0)).join(' / ')} ms; target under ${TARGET_MS} ms`);
    missed = first >= TARGET_MS || median(reloads) >= TARGET_MS;

    // the other pages, for information (no target): a fresh navigation to each, twice
    const top = (await store.overview({ top: 1 })).topActors[0]?.entity.id;
    const pages: [string, string, readonly string[]][] = [
      ['events', '#/events', ['ul.events li.event']],
      ['network', '#/network', ['.graph canvas']],
      ['documents', '#/documents', ['table.docs tbody tr']],
      ...(top ? [['actor (most active)', `#/actor/${encodeURIComponent(top)}`, ['.actor-page']] as [string, string, readonly string[]]] : []),
    ];
    for (const [label, hash, selectors] of pages) {
      const times: number[] = [];
      for (let i = 0; i < 2; i++) {
        await page.goto('about:blank');
        await page.goto(`${server.url}${hash}`, { waitUntil: 'commit' });
        times.push(await onScreen(page, selectors));
      }
      console.log(`${label.padEnd(20)} on screen in ${times.map((x) => x.toFixed(0)).join(' / ')} ms`);
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
  await store.close();
  if (!given) rmSync(dir, { recursive: true, force: true });
}
if (missed) process.exitCode = 1;
