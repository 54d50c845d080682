import type pg from 'pg';
import { qualified, readCatalog } from '../db/backup/catalog';

/**
 * Every application table's rows as text (each row's PostgreSQL text form, generated columns
 * included), sorted byte-wise: two databases holding the same data give equal exports.
 */
export async function exportTables(pool: pg.Pool): Promise<Record<string, string[]>> {
  const client = await pool.connect();
  try {
    const { tables } = await readCatalog(client);
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`select x::text as r from ${qualified(name)} x order by x::text collate "C"`);
      out[name] = rows.map((row) => row.r);
    }
    return out;
  } finally {
    client.release();
  }
}
