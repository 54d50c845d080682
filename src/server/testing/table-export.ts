import type pg from 'pg';

/**
 * Every table of the `public` schema with its rows as text (each row's PostgreSQL text form,
 * generated columns included), sorted byte-wise: two databases holding the same data give equal
 * exports. Tables are listed from `pg_tables`, independently of the backup's own catalog code.
 */
export async function exportTables(pool: pg.Pool): Promise<Record<string, string[]>> {
  const client = await pool.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
    const out: Record<string, string[]> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ r: string }>(`select x::text as r from public."${name.replace(/"/g, '""')}" x order by x::text collate "C"`);
      out[name] = rows.map((row) => row.r);
    }
    return out;
  } finally {
    client.release();
  }
}
