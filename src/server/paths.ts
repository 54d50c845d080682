import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json: the same whether running from src/ (tsx) or dist/ (built). */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const ROOT_DIR = findRoot();
export const MIGRATIONS_DIR = path.join(ROOT_DIR, 'src/server/db/migrations');
export const CLIENT_DIST_DIR = path.join(ROOT_DIR, 'dist/client');
/** Real statistics and geography files kept beside the repository (see README). */
export const SHARED_DATA_DIR = path.resolve(ROOT_DIR, '../shared/data');
