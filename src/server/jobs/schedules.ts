import cronParser from 'cron-parser';
import type pg from 'pg';
import type { Clock } from './clock';

/**
 * Recurring jobs on the queue in PostgreSQL, due by a clock that tests can set. Each schedule is
 * a row of `job_schedules`; `tick()` (every TICK_MS on every node, or called by a test) claims the
 * rows that have fallen due by the clock, moves each to its next time and queues its job, all in
 * one transaction, with `skip locked` so that two nodes ticking at once queue a job once.
 */
export const TICK_MS = 30_000;

/** The first time after `after` that the cron expression (UTC) names. */
export function nextRun(cron: string, after: Date): Date {
  return cronParser.parseExpression(cron, { currentDate: after, tz: 'UTC' }).next().toDate();
}

/** Throws on a cron expression that names no time. */
export function checkCron(cron: string): void {
  nextRun(cron, new Date(0));
}

export interface ScheduledRun {
  name: string;
  /** When the run was due. */
  dueAt: Date;
}

export interface Scheduler {
  /** Records a schedule; its next run is kept while the expression is unchanged. */
  register(name: string, cron: string): Promise<void>;
  /** Queues every registered schedule due by the clock; returns what it queued. */
  tick(): Promise<ScheduledRun[]>;
}

export function createScheduler(pool: pg.Pool, clock: Clock, send: (name: string, data: { dueAt: string }) => Promise<string>): Scheduler {
  const names = new Set<string>();
  return {
    async register(name, cron) {
      checkCron(cron);
      names.add(name);
      await pool.query(
        `insert into job_schedules (name, cron, next_run_at) values ($1, $2, $3)
         on conflict (name) do update set cron = excluded.cron, next_run_at = excluded.next_run_at, updated_at = now()
          where job_schedules.cron is distinct from excluded.cron`,
        [name, cron, nextRun(cron, clock.now())],
      );
    },
    async tick() {
      if (names.size === 0) return [];
      const now = clock.now();
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        // Only the schedules this node knows: a node running older code queues none of the new.
        const { rows } = await client.query<{ name: string; cron: string; next_run_at: Date }>(
          'select name, cron, next_run_at from job_schedules where next_run_at <= $1 and name = any($2) order by next_run_at for update skip locked',
          [now, [...names]],
        );
        const runs: ScheduledRun[] = [];
        for (const row of rows) {
          // A schedule missed several times (no node ran) is run once, then follows its cron from now.
          await client.query('update job_schedules set next_run_at = $2, last_run_at = $3, updated_at = now() where name = $1', [row.name, nextRun(row.cron, now), now]);
          // Queued before the claim commits: if queueing fails, the claim rolls back and the next tick tries again.
          await send(row.name, { dueAt: row.next_run_at.toISOString() });
          runs.push({ name: row.name, dueAt: row.next_run_at });
        }
        await client.query('commit');
        return runs;
      } catch (error) {
        broken = true;
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release(broken);
      }
    },
  };
}
