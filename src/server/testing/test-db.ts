import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, migrateDatabase, type Database } from '../db/client';

/** Creates an empty database with every migration applied (unless `isMigrated: false`); `drop()` removes it. */
export async function createTestDatabase(adminUrl: string, { isMigrated = true } = {}): Promise<Database & { url: string; drop(): Promise<void> }> {
  const name = `samordna_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), 5);
  if (isMigrated) await migrateDatabase(database.db);
  return {
    ...database,
    url: url.toString(),
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
