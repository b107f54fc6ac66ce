import { Engine } from '../../engine.js';
import { formatError, LagebildError } from '../../errors.js';
import type { Lang } from '../../doc/types.js';
import { DATA_FLAG, dataDirOf, openForWrite } from '../../store/cli.js';
import { Ingestor, subjectOf, tasksOf, type IngestTask } from '../../store/ingest.js';
import { flagDate, flagEnum, flagInt } from '../args.js';
import type { Command, CommandIO } from '../command.js';

/**
 * A progress line on stderr (only on a terminal): done/total, rate, ETA. Redrawn at most ten
 * times a second so a fast batch is not slowed by terminal writes.
 */
class Progress {
  private readonly t0 = Date.now();
  private last = 0;
  constructor(private readonly io: CommandIO, private readonly on: boolean) {}

  update(done: number, total: number, current: string, force = false): void {
    if (!this.on) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 && total > done ? fmtDuration((total - done) / rate) : '—';
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const cols = (this.io.stderr as { columns?: number }).columns ?? 100;
    const head = `${bar} ${done}/${total} ${rate.toFixed(1)}/s ETA ${eta} `;
    const tail = current.length > cols - head.length - 1 ? '…' + current.slice(-(cols - head.length - 2)) : current;
    this.io.stderr.write(`\r\x1b[2K${head}${tail}`);
  }

  /** Clears the line (before printing a message, and at the end). */
  clear(): void {
    if (this.on) this.io.stderr.write('\r\x1b[2K');
  }
}

function fmtDuration(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * `lagebild ingest FILE|DIR|URL|FEED...`: analyses and stores. Each article is one transaction;
 * unchanged content is skipped before analysis; a bad input is named and the batch goes on (exit 1).
 */
export const ingestCommand: Command = {
  name: 'ingest',
  usage: 'ingest FILE|DIR|URL|FEED... [--data DIR] [--date YYYY-MM-DD] [--lang de|en] [--timeout S] [--max-bytes N] [--ignore-robots]',
  summary: 'analyse articles, pages and feeds and add them to the store',
  flags: {
    ...DATA_FLAG,
    date: { value: true, help: 'publication date YYYY-MM-DD (overrides the detected one)' },
    lang: { value: true, help: 'de or en (overrides language detection)' },
    timeout: { value: true, help: 'seconds to wait for each URL (default 20)' },
    'max-bytes': { value: true, help: 'size limit of each fetched page or feed (default 5 MB)' },
    quiet: { value: false, help: 'no progress bar and no per-input lines' },
    'ignore-robots': { value: false, help: "fetch pages a site's robots.txt excludes (only for sites you may fetch)" },
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new LagebildError('USAGE', 'give at least one file, folder, URL or feed');
    const lang: Lang | null = flagEnum(args, 'lang', ['de', 'en'] as const) ?? null;
    const published = flagDate(args, 'date') ?? null;
    const timeout = flagInt(args, 'timeout', 1, 600);
    const maxBytes = flagInt(args, 'max-bytes', 1024);
    const quiet = args.flags.get('quiet') === true;
    const fetch = { ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}), ...(maxBytes !== undefined ? { maxBytes } : {}) };

    // list first (paths only) so the progress bar knows the total; feeds add their items as they are read
    const queue: IngestTask[] = [];
    for await (const t of tasksOf(args.positionals)) queue.push(t);
    const store = openForWrite(args);
    const ingestor = new Ingestor(store, new Engine({ dataDir: dataDirOf(args) }), { lang, published, fetch, robots: args.flags.get('ignore-robots') === true ? 'ignore' : 'obey' });
    const progress = new Progress(io, !quiet && io.stderr.isTTY === true);
    const counts = { inserted: 0, replaced: 0, unchanged: 0, failed: 0 };
    let total = queue.length;
    let done = 0;
    try {
      for (let i = 0; i < queue.length; i++) {
        const task = queue[i]!;
        progress.update(done, total, subjectOf(task));
        const r = await ingestor.run(task);
        if (r.status === 'feed') {
          queue.push(...r.more);
          total += r.more.length - 1;
          if (!quiet) {
            progress.clear();
            io.stderr.write(`lagebild ingest: ${r.subject}: feed with ${r.more.length} item(s)\n`);
          }
          continue;
        }
        done++;
        counts[r.status]++;
        if (r.error) {
          progress.clear();
          io.stderr.write(`lagebild ingest: ${formatError(r.error)}\n`);
        }
      }
    } finally {
      progress.update(done, total, '', true);
      progress.clear();
      await store.close();
    }
    if (done === 0 && counts.failed === 0) throw new LagebildError('NOT_FOUND', 'no article files found in the given paths');
    const parts = [`${counts.inserted} new`, `${counts.replaced} replaced`, `${counts.unchanged} unchanged`];
    if (counts.failed) parts.push(`${counts.failed} failed`);
    io.stderr.write(`lagebild ingest: ${done} input(s): ${parts.join(', ')} → ${store.path}\n`);
    return counts.failed ? 1 : 0;
  },
};
