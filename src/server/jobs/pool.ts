import type pg from 'pg';
import type { Db } from '../db/client';

/**
 * The node-postgres pool under a Drizzle handle (Drizzle keeps it as `$client`). Bulk work needs
 * the driver itself: a dedicated connection for COPY, and pg-boss shares the pool.
 */
export function poolOf(db: Db): pg.Pool {
  const client = (db as unknown as { $client?: pg.Pool }).$client;
  if (!client || typeof client.connect !== 'function') throw new Error('The database handle has no connection pool');
  return client;
}
