import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { createJobs, type Jobs } from './jobs';

/** pg-boss itself, against the test database: queues, retries, giving up, stopping. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const started: Jobs[] = [];

function jobs(): Jobs {
  const j = createJobs({ pool: database.pool, log: silent, pollingIntervalSeconds: 0.5, stopTimeoutMs: 2000 });
  started.push(j);
  return j;
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
});
afterAll(async () => {
  for (const j of started) await j.stop();
  await database.drop();
});

describe('background jobs', () => {
  it('runs a sent job in the background, starting the queue on first use', async () => {
    const j = jobs();
    const seen: unknown[] = [];
    j.define<{ n: number }>({ name: 'test-echo', handler: async (data) => void seen.push(data) });
    expect(j.isStarted).toBe(false);
    const id = await j.send('test-echo', { n: 1 });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(j.isStarted).toBe(true);
    await until(() => seen.length === 1);
    expect(seen).toEqual([{ n: 1 }]);
    await j.stop();
    expect(await j.start().catch((e: Error) => e.message)).toBe('The jobs have been stopped');
  });

  it('retries a failed job, and hands it to onGiveUp once every attempt has failed', async () => {
    const j = jobs();
    let attempts = 0;
    const givenUp: unknown[] = [];
    j.define<{ id: string }>({
      name: 'test-flaky',
      retryLimit: 1,
      retryDelaySeconds: 0,
      handler: async () => {
        attempts++;
        throw new Error('always fails');
      },
      onGiveUp: async (data) => void givenUp.push(data),
    });
    await j.send('test-flaky', { id: 'x' });
    await until(() => givenUp.length === 1);
    expect(attempts).toBe(2);
    expect(givenUp).toEqual([{ id: 'x' }]);
    await j.stop();
  });

  it('aborts a running handler when stopping, and the job runs again on the next start', async () => {
    const first = jobs();
    let running = false;
    let sawAbort = false;
    first.define<object>({
      name: 'test-long',
      retryDelaySeconds: 0,
      handler: (_data, { signal }) =>
        new Promise((_resolve, reject) => {
          running = true;
          signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(new Error('stopped'));
          });
        }),
    });
    await first.send('test-long', {});
    await until(() => running);
    const stopping = Date.now();
    await first.stop();
    expect(sawAbort).toBe(true);
    expect(Date.now() - stopping).toBeLessThan(10_000);

    const second = jobs();
    let resumed = 0;
    second.define<object>({ name: 'test-long', retryDelaySeconds: 0, handler: async () => void resumed++ });
    await second.start();
    await until(() => resumed === 1);
    await second.stop();
  });

  it('runs a clean-up once at start when asked to', async () => {
    const j = jobs();
    let runs = 0;
    j.define<object>({ name: 'test-cleanup', cron: '*/15 * * * *', runOnStart: true, handler: async () => void runs++ });
    await j.start();
    await until(() => runs === 1);
    await j.stop();
  });

  it('does not count a start that failed as started', async () => {
    const url = new URL(database.url);
    url.pathname = '/samordna_no_such_database';
    const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
    pool.on('error', () => undefined);
    const j = createJobs({ pool, log: silent });
    j.define<object>({ name: 'test-never', handler: async () => undefined });
    await expect(j.start()).rejects.toThrow(/does not exist/);
    expect(j.isStarted).toBe(false);
    await expect(j.send('test-never', {})).rejects.toThrow(/does not exist/);
    await j.stop();
    await pool.end();
  });
});
