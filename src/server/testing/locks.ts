import pg from 'pg';
import type { Db } from '../db/client';
import { poolOf } from '../jobs/pool';

/**
 * A database session of the test's own, holding locks the code under test needs, as another
 * session would. The code then stops at a known point and the test looks at what everyone else
 * sees meanwhile. Waiting until the code waits for the lock is waiting for a state that lasts
 * until the test lets go, so the outcome does not depend on how fast anything runs.
 */
export interface LockSession {
  /** Runs a statement in this session: `begin`, `lock table …`, `select pg_advisory_lock(…)`, `commit`. */
  query(text: string, values?: unknown[]): Promise<void>;
  /** Resolves once other sessions wait for a lock this one holds, with their process ids. */
  waitUntilBlocking(): Promise<number[]>;
  close(): Promise<void>;
}

export async function openLockSession(db: Db): Promise<LockSession> {
  const pool = poolOf(db);
  const client = new pg.Client({ connectionString: pool.options.connectionString });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  const pid = rows[0]!.pid;
  return {
    async query(text, values = []) {
      await client.query(text, values);
    },
    async waitUntilBlocking() {
      // Asked over another connection, so this session's transaction is left as it is.
      for (;;) {
        const waiting = await pool.query<{ pid: number }>(
          'select pid from pg_locks where not granted and $1 = any(pg_blocking_pids(pid)) group by pid order by pid',
          [pid],
        );
        if (waiting.rows.length > 0) return waiting.rows.map((r) => r.pid);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => client.end(),
  };
}
