import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type pg from 'pg';
import { MIGRATIONS_DIR } from '../../paths';

/**
 * The schema version of a database is the list of migrations applied to it, as the app's
 * migrator (drizzle) records them in `drizzle.__drizzle_migrations`: the SHA-256 of each
 * migration's SQL and its `when` from the journal. A backup carries that list; restore compares
 * it with the migrations of the build that runs it.
 */
export interface MigrationRecord {
  hash: string;
  createdAt: number;
  /** The migration's file name without `.sql`, when the build that wrote the record knows it. */
  tag: string | null;
}

export interface BuildMigration extends MigrationRecord {
  tag: string;
  statements: string[];
}

const MIGRATIONS_TABLE = '"drizzle"."__drizzle_migrations"';

/** The migrations this build ships, in the order they apply. */
export function buildMigrations(folder = MIGRATIONS_DIR): BuildMigration[] {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({
    hash: m.hash,
    createdAt: m.folderMillis,
    tag: journal.entries[i]!.tag,
    statements: m.sql,
  }));
}

/** The migrations applied to the database, oldest first; none when it was never migrated. */
export async function appliedMigrations(client: pg.ClientBase, known = buildMigrations()): Promise<MigrationRecord[]> {
  const exists = await client.query<{ found: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as found`);
  if (!exists.rows[0]!.found) return [];
  const { rows } = await client.query<{ hash: string; created_at: string }>(`select hash, created_at from ${MIGRATIONS_TABLE} order by created_at, id`);
  const tags = new Map(known.map((m) => [m.hash, m.tag]));
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at), tag: tags.get(r.hash) ?? null }));
}

/** How a migration is named to an operator: its file name, or its date and hash when this build does not know it. */
export function describeMigration(m: MigrationRecord): string {
  return m.tag ?? `a migration of ${new Date(m.createdAt).toISOString().slice(0, 10)} (${m.hash.slice(0, 12)}…)`;
}

/**
 * Applies those of `migrations` that are newer than the last one recorded, and records them,
 * exactly as drizzle's migrator does (so the server's own `migrate` later finds nothing to do),
 * but on the caller's connection and in the caller's transaction.
 */
export async function applyMigrations(client: pg.ClientBase, migrations: readonly BuildMigration[]): Promise<number> {
  await client.query('create schema if not exists "drizzle"');
  await client.query(`create table if not exists ${MIGRATIONS_TABLE} (id serial primary key, hash text not null, created_at bigint)`);
  const { rows } = await client.query<{ created_at: string }>(`select created_at from ${MIGRATIONS_TABLE} order by created_at desc limit 1`);
  const last = rows[0] ? Number(rows[0].created_at) : undefined;
  let applied = 0;
  for (const m of migrations) {
    if (last !== undefined && m.createdAt <= last) continue;
    for (const statement of m.statements) await client.query(statement);
    await client.query(`insert into ${MIGRATIONS_TABLE} (hash, created_at) values ($1, $2)`, [m.hash, m.createdAt]);
    applied++;
  }
  return applied;
}
