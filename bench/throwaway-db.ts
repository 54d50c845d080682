/**
 * A benchmark's own database: created on the local PostgreSQL (or the embedded one
 * `resolveAdminUrl` starts), migrated, handed to `body` with its address and a pool of ten, and
 * dropped afterwards however `body` ends.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, migrateDatabase } from '../src/server/db/client';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';

export async function withThrowawayDatabase<T>(body: (url: string, database: ReturnType<typeof connect>) => Promise<T>): Promise<T> {
  const admin = await resolveAdminUrl();
  const name = `samordna_bench_${randomBytes(4).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin.url });
  await adminClient.connect();
  await adminClient.query(`create database ${name}`);
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), 10);
  try {
    await migrateDatabase(database.db);
    return await body(url.toString(), database);
  } finally {
    await database.close();
    await adminClient.query(`drop database if exists ${name} with (force)`);
    await adminClient.end();
    await admin.stop();
  }
}
