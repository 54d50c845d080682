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
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { benchPort, demoDatabase, ensureBuilt, startServer, stop } from './built-server';

const TARGETS = {
  front: '/',
  programmes: '/api/programmes',
  areaProfile: '/program/oppvekst-og-utdanning/statistikk/omrade/030103',
} as const;
const CONNECTIONS = 200;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export const benchmark = {
  name: 'load',
  async run(): Promise<Record<string, number>> {
    ensureBuilt();
    const database = await demoDatabase();
    const figures: Record<string, number> = { connections: CONNECTIONS, seconds: SECONDS, cpus: os.cpus().length };
    const port = benchPort();
    const barePort = port + 1;
    let server = await startServer(database.url, port, { PUBLIC_CACHE_MS: '2000' });
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
      server = await startServer(database.url, port, { PUBLIC_CACHE_MS: '0' });
      for (const [name, target] of Object.entries(TARGETS)) {
        await load(`http://127.0.0.1:${port}${target}`, 2);
        const uncached = await load(`http://127.0.0.1:${port}${target}`, SECONDS);
        Object.assign(figures, { [`${name}.uncached_rps`]: uncached.rps, [`${name}.uncached_p99_ms`]: uncached.p99, [`${name}.uncached_errors`]: uncached.errors });
      }
    } finally {
      await stop(server);
      if (bare) await stop(bare);
      await database.drop();
    }
    return figures;
  },
};

function nameOf(target: string): string {
  return Object.entries(TARGETS).find(([, t]) => t === target)![0];
}
