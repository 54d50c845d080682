import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real statistics files the tests read are kept once for the whole repository, in
 * `test/fixtures/statistics` at its root (sources and licences in `test/fixtures/PROVENANCE.md`),
 * because the app's import and end-to-end tests read the same files. Found by walking up from
 * here, so the tests run alike from the repository root and from this package's folder.
 */
function findFixturesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'test', 'fixtures', 'statistics');
    if (existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('test/fixtures/statistics not found above this package');
    dir = up;
  }
}

const FIXTURES_DIR = findFixturesDir();

/** Path of a statistics file under `test/fixtures/statistics`, e.g. `statisticsFixture('px', 'x.px')`. */
export function statisticsFixture(...parts: string[]): string {
  return path.join(FIXTURES_DIR, ...parts);
}
