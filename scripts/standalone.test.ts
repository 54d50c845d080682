import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../src/server/paths';

/**
 * Samordna is cloned with nothing beside it: no source, test, script or document may read a
 * path outside the repository, nor an absolute path of one machine.
 */
const SKIP_DIRS = new Set(['.git', 'node_modules', 'dist', 'data', 'coverage', 'test-results', 'playwright-report', '.tmp']);
const SKIP_FILES = new Set(['package-lock.json']);
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|css|sh|ya?ml|txt)$|^\.ci\/run$|^bin\//;
const THIS_FILE = path.relative(ROOT_DIR, new URL(import.meta.url).pathname);

function* repositoryFiles(dir = ROOT_DIR): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(ROOT_DIR, full);
    if (entry.isDirectory()) {
      // Fixture files are data, not code: they may hold any text.
      if (!SKIP_DIRS.has(entry.name) && rel !== path.join('test', 'fixtures', 'statistics')) yield* repositoryFiles(full);
    } else if (entry.isFile() && !SKIP_FILES.has(entry.name) && TEXT.test(rel) && rel !== THIS_FILE && statSync(full).size < 2_000_000) {
      yield rel;
    }
  }
}

/** The folder beside the repository that holds its design notes and data while it is built. */
const WORKBENCH = [
  /\.\.\/shared\/(data|seeds|design|tools|hooks)\b/,
  /['"`]\.\.\/shared['"`/]?$/,
  /['"]\.\.['"]\s*,\s*['"]shared['"]/,
  /\bshared\/data\/(geo|px|jsonstat|pxwebapi-v2|synthetic|oslo)\b/,
];
const MACHINE_PATH = /(^|[\s'"`(=:])(\/(work|home|Users|root|mnt|srv)\/[\w.-]|[A-Z]:\\\\(Users|work)\b)/;
const SPECIFIER = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

interface Hit {
  where: string;
  text: string;
}

function scan(): { outside: Hit[]; machine: Hit[]; escaping: Hit[] } {
  const outside: Hit[] = [];
  const machine: Hit[] = [];
  const escaping: Hit[] = [];
  for (const rel of repositoryFiles()) {
    const lines = readFileSync(path.join(ROOT_DIR, rel), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const where = `${rel}:${i + 1}`;
      if (WORKBENCH.some((re) => re.test(line))) outside.push({ where, text: line.trim() });
      if (MACHINE_PATH.test(line)) machine.push({ where, text: line.trim() });
      for (const [, specifier] of line.matchAll(SPECIFIER)) {
        const target = path.resolve(ROOT_DIR, path.dirname(rel), specifier!);
        if (!target.startsWith(ROOT_DIR + path.sep)) escaping.push({ where, text: specifier! });
      }
    });
  }
  return { outside, machine, escaping };
}

describe('the repository stands alone', () => {
  const { outside, machine, escaping } = scan();

  it('reads nothing from the workbench beside it', () => {
    expect(outside).toEqual([]);
  });

  it('holds no absolute path of one machine', () => {
    expect(machine).toEqual([]);
  });

  it('imports nothing from outside the repository', () => {
    expect(escaping).toEqual([]);
  });

  it('scans the sources, tests, scripts and documents', () => {
    const files = [...repositoryFiles()];
    for (const expected of ['README.md', 'scripts/test.mjs', 'e2e/imports.spec.ts', 'packages/statistics-formats/src/index.ts', 'src/server/paths.ts', 'src/client/main.tsx', 'bench/run.ts', '.ci/run']) {
      expect(files).toContain(expected);
    }
  });
});
