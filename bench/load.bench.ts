/**
 * `npm run bench -- load`: the public site under load. Starts the built server (`npm run build`
 * first; built here when missing) in production mode with the demo data on a throwaway database,
 * and a bare Fastify app that answers the same bytes; then, for the front page, the programme
 * list (`/api/programmes`) and an area profile page, 200 connections for LOAD_SECONDS (default
 * 20) against each, one after the other:
 *
 * - `<target>.rps` and `<target>.bare_rps`: requests per second answered;
 * - `<target>.ratio`: Samordna against bare Fastify (goal ≥ 0.5);
 * - `<target>.p99_ms`, `<target>.bare_p99_ms`: the 99th percentile of latency;
 * - `<target>.errors`: connection errors, timeouts and answers other than 2xx (goal 0);
 * - `<target>.uncached_rps`, `<target>.uncached_p99_ms`: the same with PUBLIC_CACHE_MS=0, every
 *   request rendered or read from the database (what a burst of different pages costs).
 *
 * Anonymous readers, no compression asked for (the same bytes on both sides). The load generator
 * runs in this process on the same machine: the figures are for comparison, not capacity.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';
import { createTestDatabase } from '../src/server/testing/test-db';

const TARGETS = {
  front: '/',
  programmes: '/api/programmes',
  areaProfile: '/program/oppvekst-og-utdanning/statistikk/omrade/030103',
} as const;
const CONNECTIONS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

async function waitFor(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function startSamordna(databaseUrl: string, port: number, cacheMs: number): Promise<ChildProcess> {
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
      PUBLIC_CACHE_MS: String(cacheMs),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/readyz`, server);
  return server;
}

export const benchmark = {
  name: 'load',
  async run(): Promise<Record<string, number>> {
    if (!existsSync('dist/server/main.js') || !existsSync('dist/ssr/server-entry.js')) {
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
      if (built.status !== 0) throw new Error('the build failed');
    }
    const admin = await resolveAdminUrl();
    const database = await createTestDatabase(admin.url);
    await database.close();
    const figures: Record<string, number> = { connections: CONNECTIONS, seconds: SECONDS, cpus: os.cpus().length };
    const port = 3600 + Math.floor(Math.random() * 300);
    const barePort = port + 1;
    let server = await startSamordna(database.url, port, 2000);
    let bare: ChildProcess | undefined;
    try {
      // The bytes each target answers, for the bare app to answer too.
      const routes: Record<string, { type: string; body: string }> = {};
      for (const target of Object.values(TARGETS)) {
        const res = await fetch(`http://127.0.0.1:${port}${target}`);
        if (!res.ok) throw new Error(`${target} answered ${res.status}`);
        routes[target] = { type: res.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await res.arrayBuffer()).toString('base64') };
        figures[`${nameOf(target)}.bytes`] = Buffer.from(routes[target]!.body, 'base64').length;
      }
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'samordna-bare-')), 'routes.json');
      writeFileSync(file, JSON.stringify(routes));
      bare = spawn(process.execPath, ['bench/bare-server.mjs', file, String(barePort)], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        bare!.stdout!.once('data', () => resolve());
        bare!.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
      });

      for (const [name, target] of Object.entries(TARGETS)) {
        await load(`http://127.0.0.1:${port}${target}`, 2); // warm-up
        const ours = await load(`http://127.0.0.1:${port}${target}`, SECONDS);
        await load(`http://127.0.0.1:${barePort}${target}`, 2);
        const floor = await load(`http://127.0.0.1:${barePort}${target}`, SECONDS);
        Object.assign(figures, {
          [`${name}.rps`]: ours.rps,
          [`${name}.bare_rps`]: floor.rps,
          [`${name}.ratio`]: Math.round((ours.rps / floor.rps) * 100) / 100,
          [`${name}.p99_ms`]: ours.p99,
          [`${name}.bare_p99_ms`]: floor.p99,
          [`${name}.errors`]: ours.errors,
        });
      }

      await stop(server);
      server = await startSamordna(database.url, port, 0);
      for (const [name, target] of Object.entries(TARGETS)) {
        await load(`http://127.0.0.1:${port}${target}`, 2);
        const uncached = await load(`http://127.0.0.1:${port}${target}`, SECONDS);
        Object.assign(figures, { [`${name}.uncached_rps`]: uncached.rps, [`${name}.uncached_p99_ms`]: uncached.p99, [`${name}.uncached_errors`]: uncached.errors });
      }
    } finally {
      await stop(server);
      if (bare) await stop(bare);
      await database.drop();
      await admin.stop();
    }
    return figures;
  },
};

function nameOf(target: string): string {
  return Object.entries(TARGETS).find(([, t]) => t === target)![0];
}
