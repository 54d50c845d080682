import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { SettableClock } from '../testing/clock';
import { createJobs, type Jobs } from './jobs';
import { nextRun } from './schedules';

/** Recurring jobs due by a clock the test sets: once per time, once across nodes, missed runs made up once. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const started: Jobs[] = [];

function node(clock: SettableClock): Jobs {
  // The interval is long: every tick in these tests is the test's own.
  const j = createJobs({ pool: database.pool, log: silent, pollingIntervalSeconds: 0.5, stopTimeoutMs: 2000, clock, tickMs: 3_600_000 });
  started.push(j);
  return j;
}

/** Resolves when `runs` has `n` entries (the test's timeout bounds a wait that never ends). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

beforeAll(async () => {
  database = await createTestDatabase(inject('pgAdminUrl'));
});
afterAll(async () => {
  for (const j of started) await j.stop();
  await database.drop();
});

describe('recurring jobs', () => {
  it('names the next time of a cron expression in UTC', () => {
    expect(nextRun('0 2 * * *', new Date('2026-12-02T01:59:00Z')).toISOString()).toBe('2026-12-02T02:00:00.000Z');
    expect(nextRun('0 2 * * *', new Date('2026-12-02T02:00:00Z')).toISOString()).toBe('2026-12-03T02:00:00.000Z');
    expect(nextRun('*/15 * * * *', new Date('2026-12-02T10:07:00Z')).toISOString()).toBe('2026-12-02T10:15:00.000Z');
  });

  it('runs a job when the clock reaches its time, once, with the time it was due and the clock', async () => {
    const clock = new SettableClock(new Date('2026-12-02T01:00:00Z'));
    const j = node(clock);
    const runs: { dueAt: unknown; now: string }[] = [];
    j.define<{ dueAt?: string }>({ name: 'nightly-reminder', cron: '0 2 * * *', handler: async (data, { now }) => void runs.push({ dueAt: data.dueAt, now: now.toISOString() }) });
    await j.start();
    expect(await j.tick()).toEqual([]);
    clock.set(new Date('2026-12-02T01:59:59Z'));
    expect(await j.tick()).toEqual([]);
    clock.set(new Date('2026-12-02T02:00:30Z'));
    expect((await j.tick()).map((r) => r.name)).toEqual(['nightly-reminder']);
    expect(await j.tick()).toEqual([]);
    await until(() => runs.length === 1);
    expect(runs).toEqual([{ dueAt: '2026-12-02T02:00:00.000Z', now: '2026-12-02T02:00:30.000Z' }]);
    const [row] = (await database.pool.query("select next_run_at from job_schedules where name = 'nightly-reminder'")).rows as { next_run_at: Date }[];
    expect(row!.next_run_at.toISOString()).toBe('2026-12-03T02:00:00.000Z');
  });

  it('makes up runs missed while no node ran once, and queues a due job once when two nodes tick together', async () => {
    const clock = new SettableClock(new Date('2026-12-02T00:00:00Z'));
    const one = node(clock);
    const two = node(clock);
    const runs: string[] = [];
    for (const j of [one, two]) j.define<object>({ name: 'hourly-cleanup', cron: '0 * * * *', handler: async (_d, { jobId }) => void runs.push(jobId) });
    await one.start();
    await two.start();
    // Five hours pass with nobody ticking: one run makes up for them.
    clock.set(new Date('2026-12-02T05:30:00Z'));
    const [a, b] = await Promise.all([one.tick(), two.tick()]);
    expect(a.length + b.length).toBe(1);
    await until(() => runs.length === 1);
    expect(await one.tick()).toEqual([]);
    clock.set(new Date('2026-12-02T06:00:00Z'));
    const [c, d] = await Promise.all([one.tick(), two.tick()]);
    expect(c.length + d.length).toBe(1);
    await until(() => runs.length === 2);
  });

  it('keeps a run that fell due while the nodes were down when they start again, and moves it when the cron changes', async () => {
    const clock = new SettableClock(new Date('2026-12-02T10:00:00Z'));
    const first = node(clock);
    first.define<object>({ name: 'daily-digest', cron: '0 8 * * *', handler: async () => undefined });
    await first.start();
    await first.stop();
    const next = async () => ((await database.pool.query("select next_run_at from job_schedules where name = 'daily-digest'")).rows[0] as { next_run_at: Date }).next_run_at.toISOString();
    expect(await next()).toBe('2026-12-03T08:00:00.000Z');
    // Down over the time it was due: starting again keeps that time, so the run is made up at start.
    clock.set(new Date('2026-12-03T09:00:00Z'));
    const again = node(clock);
    const runs: unknown[] = [];
    again.define<{ dueAt?: string }>({ name: 'daily-digest', cron: '0 8 * * *', handler: async (data) => void runs.push(data.dueAt) });
    await again.start();
    await until(() => runs.length === 1);
    expect(runs).toEqual(['2026-12-03T08:00:00.000Z']);
    expect(await next()).toBe('2026-12-04T08:00:00.000Z');
    await again.stop();
    const changed = node(clock);
    changed.define<object>({ name: 'daily-digest', cron: '0 8 * * 1', handler: async () => undefined });
    await changed.start();
    expect(await next()).toBe('2026-12-07T08:00:00.000Z');
  });
});
