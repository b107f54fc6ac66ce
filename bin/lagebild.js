#!/usr/bin/env node
// The `lagebild` command. The TypeScript sources are compiled to dist/ by `npm ci` (the
// package's prepare script); run `npm run build` after changing src/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('lagebild: dist/ is missing; run "npm ci" or "npm run build" first\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main();
