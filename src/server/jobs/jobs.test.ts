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

/**
 * A promise the test awaits and a handler resolves: tests wait for the handler to get somewhere,
 * never for a length of time (the test's own timeout bounds a handler that never gets there).
 */
function arrival<T = void>(): { promise: Promise<T>; arrive(value: T): void } {
  let arrive!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (arrive = resolve));
  return { promise, arrive };
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
    const seen = arrival<unknown>();
    j.define<{ n: number }>({ name: 'test-echo', handler: async (data) => seen.arrive(data) });
    expect(j.isStarted).toBe(false);
    const id = await j.send('test-echo', { n: 1 });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(j.isStarted).toBe(true);
    expect(await seen.promise).toEqual({ n: 1 });
    await j.stop();
    expect(await j.start().catch((e: Error) => e.message)).toBe('The jobs have been stopped');
  });

  it('retries a failed job, and hands it to onGiveUp once every attempt has failed', async () => {
    const j = jobs();
    let attempts = 0;
    const givenUp = arrival<unknown>();
    j.define<{ id: string }>({
      name: 'test-flaky',
      retryLimit: 1,
      retryDelaySeconds: 0,
      handler: async () => {
        attempts++;
        throw new Error('always fails');
      },
      onGiveUp: async (data) => givenUp.arrive(data),
    });
    await j.send('test-flaky', { id: 'x' });
    expect(await givenUp.promise).toEqual({ id: 'x' });
    expect(attempts).toBe(2);
    await j.stop();
  });

  it('aborts a running handler when stopping, waits for it to give up, and the job runs again on the next start', async () => {
    const first = jobs();
    const running = arrival();
    const events: string[] = [];
    first.define<object>({
      name: 'test-long',
      retryDelaySeconds: 0,
      handler: (_data, { signal }) =>
        new Promise((_resolve, reject) => {
          running.arrive();
          signal.addEventListener('abort', () => {
            events.push('aborted');
            // Giving up takes the handler a round trip to the database: stop must wait for it.
            void database.pool.query('select 1').then(() => {
              events.push('handler gave up');
              reject(new Error('stopped'));
            });
          });
        }),
    });
    await first.send('test-long', {});
    await running.promise;
    await first.stop();
    events.push('stopped');
    expect(events).toEqual(['aborted', 'handler gave up', 'stopped']);

    const second = jobs();
    const resumed = arrival();
    second.define<object>({ name: 'test-long', retryDelaySeconds: 0, handler: async () => resumed.arrive() });
    await second.start();
    await resumed.promise;
    await second.stop();
  });

  it('runs a clean-up once at start when asked to, and schedules it', async () => {
    const j = jobs();
    const runs: string[] = [];
    const notAsked: string[] = [];
    const cron = '30 2 * * *';
    j.define<object>({ name: 'test-cleanup', cron, runOnStart: true, handler: async (_data, { jobId }) => void runs.push(jobId) });
    j.define<object>({ name: 'test-scheduled', cron, handler: async (_data, { jobId }) => void notAsked.push(jobId) });
    await j.start();
    // stop() waits for handlers run at start, so nothing is still on its way.
    await j.stop();
    expect(runs).toEqual(['start']);
    expect(notAsked).toEqual([]);
    const schedules = await database.pool.query<{ name: string; cron: string }>("select name, cron from job_schedules where name like 'test-%' order by name");
    expect(schedules.rows).toEqual([
      { name: 'test-cleanup', cron },
      { name: 'test-scheduled', cron },
    ]);
    // pg-boss keeps no schedule of its own: only ours queues the job.
    expect((await database.pool.query('select name from pgboss.schedule')).rows).toEqual([]);
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
