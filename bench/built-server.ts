/**
 * The built server as the benchmarks run it: production mode, the demo data, a throwaway
 * database on the local PostgreSQL (or an embedded one). Not a benchmark itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';
import { createTestDatabase } from '../src/server/testing/test-db';

export async function waitFor(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Builds when there is no build (or no server-rendering bundle). */
export function ensureBuilt(): void {
  if (existsSync('dist/server/main.js') && existsSync('dist/ssr/server-entry.js')) return;
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the build failed');
}

export interface DemoDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function demoDatabase(): Promise<DemoDatabase> {
  const admin = await resolveAdminUrl();
  const database = await createTestDatabase(admin.url);
  await database.close();
  return {
    url: database.url,
    async drop() {
      await database.drop();
      await admin.stop();
    },
  };
}

/** Starts `node dist/server/main.js` on the database (the demo is loaded on first start). */
export async function startServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SAMORDNA_DEMO: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/readyz`, server);
  return server;
}

/** A free-looking port in a range the tests do not use. */
export function benchPort(): number {
  return 3600 + Math.floor(Math.random() * 300);
}
