// `npm start`: builds when the build is missing or older than the sources, then runs the
// server in this process (so Ctrl-C reaches it directly).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stamp = 'dist/.built';
const stale =
  !existsSync(stamp) ||
  statSync(stamp).mtimeMs < Math.max(newestMtime('src'), statSync('index.html').mtimeMs, statSync('package-lock.json').mtimeMs);
if (stale) {
  console.log('Building Samordna (first start, or the sources changed)…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import(path.resolve('dist/server/main.js'));
