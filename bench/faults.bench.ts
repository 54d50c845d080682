/**
 * `npm run bench -- faults`: the built server (production mode, demo data) when its database goes
 * away and comes back. The server reaches PostgreSQL through a TCP relay in this process; the
 * relay drops every connection and refuses new ones for OUTAGE_SECONDS (default 10), then lets
 * them through again. Meanwhile `/api/programmes` is asked every 50 ms:
 *
 * - `outage.answers_503`, `outage.answers_500`, `outage.other`: answers during the outage (goal:
 *   every one 503 with Retry-After, none 500);
 * - `outage.with_retry_after`: how many of the 503s said when to try again;
 * - `recovery_ms`: from the database being reachable again to the first 200 (goal: seconds);
 * - `after.answers_200`: answers in the 5 s after recovery that were 200 (all of them).
 */
import net from 'node:net';
import { benchPort, demoDatabase, ensureBuilt, startServer, stop } from './built-server';

const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS ?? 10) * 1000;

/** A TCP relay that can cut every connection and refuse new ones, and let them through again. */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

async function ask(url: string): Promise<{ status: number; retryAfter: boolean }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(40_000) });
    await res.arrayBuffer();
    return { status: res.status, retryAfter: res.headers.has('retry-after') };
  } catch {
    return { status: 0, retryAfter: false };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const benchmark = {
  name: 'faults',
  async run(): Promise<Record<string, number>> {
    ensureBuilt();
    const database = await demoDatabase();
    const direct = new URL(database.url);
    const gate = relay({ host: direct.hostname, port: Number(direct.port || 5432) });
    const through = new URL(database.url);
    through.port = String(await gate.listen());
    const port = benchPort();
    // Fresh answers every time: a kept public answer would hide the database.
    const server = await startServer(through.toString(), port, { PUBLIC_CACHE_MS: '0', LOG_LEVEL: 'fatal' });
    const url = `http://127.0.0.1:${port}/api/programmes`;
    const figures: Record<string, number> = { outage_seconds: OUTAGE_MS / 1000 };
    try {
      if ((await ask(url)).status !== 200) throw new Error('the server does not answer before the outage');
      gate.cut();
      const during = { answers_503: 0, answers_500: 0, other: 0, with_retry_after: 0 };
      const outageEnds = Date.now() + OUTAGE_MS;
      while (Date.now() < outageEnds) {
        const r = await ask(url);
        if (r.status === 503) during.answers_503++;
        else if (r.status === 500) during.answers_500++;
        else during.other++;
        if (r.status === 503 && r.retryAfter) during.with_retry_after++;
        await sleep(50);
      }
      for (const [k, v] of Object.entries(during)) figures[`outage.${k}`] = v;
      gate.restore();
      const back = performance.now();
      for (;;) {
        if ((await ask(url)).status === 200) break;
        if (performance.now() - back > 120_000) throw new Error('the server did not recover within 2 minutes');
        await sleep(50);
      }
      figures.recovery_ms = Math.round(performance.now() - back);
      let ok = 0;
      let all = 0;
      const afterEnds = Date.now() + 5000;
      while (Date.now() < afterEnds) {
        all++;
        if ((await ask(url)).status === 200) ok++;
        await sleep(50);
      }
      figures['after.answers_200'] = ok;
      figures['after.answers'] = all;
    } finally {
      await stop(server);
      await gate.close();
      await database.drop();
    }
    return figures;
  },
};
