/**
 * Fails when a module imports itself through others: a cycle in the import graph of `src`,
 * `e2e`, `bench` and `scripts`. Modules that lean on each other cannot be understood, tested or
 * moved one at a time, and an import cycle can run a module before the one it needs has loaded.
 * Lists each cycle as a path (`a.ts → b.ts → a.ts`) and exits with 1.
 *
 *   npx tsx scripts/check-cycles.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilerOptions } from './i18n-keys';
import { findCycles, importGraph, sourceFiles } from './import-graph';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = sourceFiles(['src', 'e2e', 'bench', 'scripts'].map((d) => path.join(root, d)));
const cycles = findCycles(importGraph(files, compilerOptions(path.join(root, 'tsconfig.json'))));
const show = (file: string) => path.relative(root, file);

if (cycles.length) {
  console.error(`${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}:`);
  for (const cycle of cycles) console.error(`  ${cycle.map(show).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${files.length} files.`);
