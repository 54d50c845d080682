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

/** The `public` schema's constraints and indexes, as PostgreSQL would re-create them, sorted. */
export async function exportSchema(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ line: string }>(
    `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || case when convalidated then '' else ' NOT VALID' end as line
       from pg_constraint where connamespace = 'public'::regnamespace
     union all
     select indexdef from pg_indexes where schemaname = 'public'
     order by 1`,
  );
  return rows.map((r) => r.line);
}
