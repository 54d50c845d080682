import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found upward from this file so tests run from any cwd. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above the statistics parsers');
    dir = up;
  }
  return dir;
}

/**
 * Path of a shared test file (see shared/data/PROVENANCE.md). The files live beside the
 * repository, not in it, so their licences and provenance stay in one place.
 */
export function sharedDataPath(...parts: string[]): string {
  return path.resolve(repoRoot(), '..', 'shared', 'data', ...parts);
}
