import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the running server code: `src/server` from the sources (tsx, tests), `dist/server`
 * when built (every entry point is bundled into that folder). Files the server reads at run time
 * live below it, and the build copies them (see SERVER_ASSETS in scripts/build.mjs), so a built
 * server never reads `src/`.
 */
const SERVER_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The folder holding package.json: the same whether running from src/ (tsx) or dist/ (built). */
function findRoot(): string {
  let dir = SERVER_DIR;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + SERVER_DIR);
    dir = up;
  }
  return dir;
}

export const ROOT_DIR = findRoot();
export const MIGRATIONS_DIR = path.join(SERVER_DIR, 'db', 'migrations');
export const CLIENT_DIST_DIR = path.join(ROOT_DIR, 'dist', 'client');
/** Map outlines the demo loads (sources and licences in PROVENANCE.md beside them). */
export const DEMO_GEO_DIR = path.join(SERVER_DIR, 'demo', 'geo');
