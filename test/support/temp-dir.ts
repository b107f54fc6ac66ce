/**
 * Temp folders for tests that are removed when the test process exits, so a test run leaves
 * nothing behind in the system temp directory (hundreds of runs used to leave thousands of
 * folders). Node's runner starts one process per test file, so the exit hook runs per file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created: string[] = [];

function removeAll(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh folder under the system temp directory, removed at process exit. */
export function tempDir(prefix: string): string {
  if (created.length === 0) process.once('exit', removeAll);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
