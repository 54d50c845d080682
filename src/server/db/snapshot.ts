import type pg from 'pg';
import type { Db } from './client';
import { poolOf } from '../jobs/pool';

/**
 * Runs `body` in a read-only, repeatable-read transaction on its own connection: the extent and
 * the rows come from one snapshot, so an import finishing half-way through an export cannot add
 * a cell outside the dimensions already written. The connection goes back to the pool however
 * the stream ends (finished, failed, or the download cancelled).
 */
export async function* inSnapshot<T>(db: Db, body: (client: pg.PoolClient) => AsyncGenerator<T>): AsyncGenerator<T> {
  const client = await poolOf(db).connect();
  let done = false;
  let broken = false;
  try {
    await client.query('begin transaction isolation level repeatable read read only');
    yield* body(client);
    await client.query('commit');
    done = true;
  } finally {
    if (!done) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
    }
    // A connection that could not even roll back is closed rather than handed to the next request.
    client.release(broken);
  }
}
