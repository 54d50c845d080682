#!/usr/bin/env node
// The `samordna` command: runs the built CLI (npm run build first), see README.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/server/cli.js');
if (!existsSync(cli)) {
  console.error('samordna: the CLI is not built yet. Run `npm run build` first, or use `npm run samordna -- <command>`.');
  process.exit(2);
}
await import(cli);
