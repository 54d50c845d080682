// @vitest-environment node
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../../testing/test-db';
import { migrateDatabase } from '../../db/client';
import { exportSchema, exportTables } from '../../testing/table-export';
import { loadDemoData } from '../../demo/demo';
import { writeBackup, writeBackupFile } from './backup';
import { restoreBackup } from './restore';
import { appliedMigrations, applyMigrations, buildMigrations } from './migrations';

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

let source: TestDatabase;
let dir: string;
let backupFile: string;
const created: TestDatabase[] = [];

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('pgAdminUrl'), { isMigrated: false });
  created.push(database);
  return database;
}

const restoreFile = (database: TestDatabase, file: string) => restoreBackup(database.url, createReadStream(file));

/** Rows in every table the demo leaves empty, with values COPY must escape. */
async function fillEveryTable(database: TestDatabase): Promise<void> {
  const q = (text: string, values: unknown[] = []) => database.pool.query(text, values);
  const user = (await q(`select id from users order by email limit 1`)).rows[0]!.id as string;
  const { rows: [obs] } = await q(`select indicator_id, area_id from observations limit 1`);
  const tricky = 'tab\there, newline\nhere, backslash \\ and \\. and \\N, quote " and æøå 👩‍👧';
  await q(`insert into audit_entries (action, entity_type, entity_id, before, after) values ('update', 'person', $1, $2, $3)`, [tricky, { name: tricky }, { name: null }]);
  await q(`insert into audit_entries (action, entity_type, entity_id) values ('delete', 'area', '\\.')`);
  await q(`insert into import_mappings (name, mapping, created_by) values ($1, '{"area":{"dimension":"Region"}}', $2)`, [tricky, user]);
  await q(
    `insert into observation_changes (indicator_id, area_id, period, breakdown, before_status, after_status) values ($1, $2, '2024', '', 'none', 'provisional')`,
    [obs.indicator_id, obs.area_id],
  );
  await q(`insert into outbox_emails (to_address, locale, template, subject, text_body, html_body, state) values ('a@example.org', 'nb', 'test', 'Hei', $1, '<p>Hei</p>', 'queued')`, [tricky]);
  await q(`insert into rate_limit_counters (bucket, key, window_start, count) values ('login', '127.0.0.1', now(), 3)`);
  await q(`insert into sessions (id_hash, csrf_token, expires_at, user_id) values ('hash', 'csrf', now() + interval '1 hour', $1)`, [user]);
  // A stored file whose chunks hold every byte value, and an empty chunk.
  const { rows: [file] } = await q(`insert into stored_files (purpose, size, checksum, is_complete) values ('statistics_upload', 256, 'abc', true) returning id`);
  await q(`insert into stored_file_chunks (file_id, seq, data) values ($1, 0, $2), ($1, 1, ''::bytea)`, [file.id, Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
  const { rows: [kase] } = await q(`select id from cases limit 1`);
  await q(`insert into case_attachments (case_id, file_id, name, content_type, size, checksum) values ($1, $2, $3, 'application/pdf', 256, 'abc')`, [kase.id, file.id, tricky]);
  const { rows: [application] } = await q(`select id from applications limit 1`);
  await q(`insert into application_files (application_id, field_key, file_id, name, type, size, checksum) values ($1, 'budget_file', $2, $3, 'pdf', 256, 'abc')`, [application.id, file.id, tricky]);
  await q(`insert into job_schedules (name, cron, next_run_at) values ('statistics-uploads-expire', '*/15 * * * *', now())`);
  const { rows: [upload] } = await q(
    `insert into statistics_uploads (file_name, size, checksum, format, file_id, inspection, drafts, expires_at, created_by)
     values ('t.px', 10, 'abc', 'px', $2, '{}', $3, now(), $1) returning id`,
    [user, file.id, { '0': { dataset: 0, sourceUrl: tricky } }],
  );
  await q(`insert into statistics_imports (file_name, checksum, size, format, mapping, upload_id) values ('t.px', 'abc', 10, 'px', '{}', $1)`, [upload.id]);
  // The demo cohort's evaluation is not open yet: one answer, and who gave it, kept apart.
  const { rows: [group] } = await q(`select id, cohort_id from participant_groups limit 1`);
  await q(`insert into evaluation_answers (cohort_id, group_id, ratings, comment) values ($1, $2, '[4, 5, 3, 4]', $3)`, [group.cohort_id, group.id, tricky]);
  await q(`insert into evaluation_answerers (cohort_id, user_id) values ($1, $2)`, [group.cohort_id, user]);
}

/** A table as the coming file store will be: files in bytea chunks, every byte value. */
const FILE_TABLE = `create table file_chunks (file_id int, seq int, data bytea, primary key (file_id, seq))`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'samordna-backup-'));
  source = await createTestDatabase(inject('pgAdminUrl'));
  await loadDemoData(source.db);
  await fillEveryTable(source);
  await source.pool.query(FILE_TABLE);
  await source.pool.query(`insert into file_chunks values (1, 0, $1), (1, 1, ''::bytea), (2, 0, null)`, [Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
  backupFile = path.join(dir, 'source.backup.gz');
  await writeBackupFile(source.url, backupFile);
}, 120_000);

afterAll(async () => {
  for (const database of created) await database.drop();
  await source?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table of the demo data into a new database, row for row', async () => {
    const before = await exportTables(source.pool);
    expect(Object.entries(before).filter(([, rows]) => rows.length === 0).map(([t]) => t)).toEqual([]);

    const target = await emptyDatabase();
    // The file table is not in the migrations: the target needs it too, as a future migration would make it.
    await target.pool.query(FILE_TABLE);
    const summary = await restoreFile(target, backupFile);
    expect(summary.tables).toBe(Object.keys(before).length);
    expect(await exportTables(target.pool)).toEqual(before);
    // The constraints and indexes set aside during the load are back as they were.
    expect(await exportSchema(target.pool)).toEqual(await exportSchema(source.pool));

    // Restored at the source's migrations, recorded as drizzle records them: the server finds nothing to migrate.
    await migrateDatabase(target.db);
    const client = await target.pool.connect();
    try {
      expect((await appliedMigrations(client)).map((m) => m.tag)).toEqual(buildMigrations().map((m) => m.tag));
    } finally {
      client.release();
    }
    // Sequences go on after the restored ids.
    const { rows } = await target.pool.query<{ id: string }>(`insert into audit_entries (action, entity_type, entity_id) values ('create', 'area', 'x') returning id`);
    const { rows: max } = await source.pool.query<{ id: string }>(`select max(id) as id from audit_entries`);
    expect(Number(rows[0]!.id)).toBeGreaterThan(Number(max[0]!.id));
  });

  it('names every table of the catalog in the header, so none can be skipped', async () => {
    const header = JSON.parse(gunzipSync(await readFile(backupFile)).toString('utf8').split('\n')[1]!) as { tables: { name: string; rows: number }[] };
    expect(header.tables.map((t) => t.name).sort()).toEqual(Object.keys(await exportTables(source.pool)).sort());
    expect(header.tables.map((t) => t.name).indexOf('areas')).toBeLessThan(header.tables.map((t) => t.name).indexOf('observations'));
  });

  it('refuses a database that holds rows, naming the table, and changes nothing', async () => {
    const target = await createTestDatabase(inject('pgAdminUrl'));
    created.push(target);
    await target.pool.query(`insert into areas (code, kind, name) values ('0301', 'municipality', 'Oslo')`);
    await expect(restoreFile(target, backupFile)).rejects.toThrow(/not empty: table areas holds rows/);
    const after = await exportTables(target.pool);
    expect(Object.entries(after).filter(([, rows]) => rows.length > 0).map(([t, rows]) => [t, rows.length])).toEqual([['areas', 1]]);
  });

  it('refuses a backup made by a newer Samordna, naming its migration, before touching the database', async () => {
    const newer = await createTestDatabase(inject('pgAdminUrl'));
    created.push(newer);
    await newer.pool.query(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('${'f'.repeat(64)}', 4102444800000)`);
    const file = path.join(dir, 'newer.backup.gz');
    await writeBackupFile(newer.url, file);
    const target = await emptyDatabase();
    await expect(restoreFile(target, file)).rejects.toThrow(/made by a newer Samordna.*a migration of 2100-01-01 \(ffffffffffff…\)/);
    const { rows } = await target.pool.query(`select to_regclass('drizzle.__drizzle_migrations') as t, to_regclass('public.areas') as a`);
    expect(rows[0]).toEqual({ t: null, a: null });
  });

  it('restores a backup of an older version at its own migrations, then applies the later ones; refuses a target migrated beyond it', async () => {
    const build = buildMigrations();
    const older = await emptyDatabase();
    const client = await older.pool.connect();
    try {
      await applyMigrations(client, build.slice(0, -1));
    } finally {
      client.release();
    }
    await older.pool.query(`insert into areas (code, kind, name) values ('0301', 'municipality', 'Oslo')`);
    const file = path.join(dir, 'older.backup.gz');
    await writeBackupFile(older.url, file);

    const target = await emptyDatabase();
    expect(await restoreFile(target, file)).toMatchObject({ migratedAfter: 1 });
    const { rows } = await target.pool.query(`select hash, created_at::bigint as "createdAt" from drizzle.__drizzle_migrations order by id`);
    expect(rows.map((r: { hash: string; createdAt: string }) => [r.hash, Number(r.createdAt)])).toEqual(build.map((m) => [m.hash, m.createdAt]));
    expect((await target.pool.query(`select code from areas`)).rows).toEqual([{ code: '0301' }]);

    const current = await createTestDatabase(inject('pgAdminUrl'));
    created.push(current);
    await expect(restoreFile(current, file)).rejects.toThrow(`already migrated beyond the backup (${build.at(-1)!.tag})`);
  });

  it('refuses a cut-off or damaged file, saying where, and leaves the database empty', async () => {
    const whole = await readFile(backupFile);
    const text = gunzipSync(whole);
    /** Restores damaged bytes: refused, with no rows loaded, and (once migrated) every constraint and index in place. */
    const attempt = async (name: string, bytes: Buffer, isMigrated = true) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      const target = await emptyDatabase();
      await target.pool.query(FILE_TABLE);
      const error = await restoreFile(target, file).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      const filled = Object.entries(await exportTables(target.pool)).filter(([, rows]) => rows.length > 0);
      expect(filled).toEqual([]);
      if (isMigrated) expect(await exportSchema(target.pool)).toEqual(await exportSchema(source.pool));
      return error?.message;
    };
    // Cut in the middle of the observations: the restore gets that far, then finds the end.
    const observationsAt = text.indexOf('COPY "public"."observations"');
    expect(await attempt('cut.gz', gzipSync(text.subarray(0, observationsAt + 5000)))).toMatch(/ends too soon, in table observations \(after \d+ of 1,095 rows\)/);
    // A compressed file cut off: gzip's own stream breaks off.
    expect(await attempt('cut-compressed.gz', whole.subarray(0, Math.floor(whole.length * 0.6)))).toMatch(/damaged or cut short|ends too soon/);
    // One character of one row changed, recompressed: only the checksum can tell.
    const changed = Buffer.from(text);
    const at = changed.indexOf('Bydel Sagene');
    changed[at] = 'b'.charCodeAt(0);
    expect(await attempt('changed.gz', gzipSync(changed))).toMatch(/damaged in table (\w+): its rows do not match their checksum/);
    // The end marker missing.
    const lastLine = text.lastIndexOf('\n', text.length - 2);
    expect(await attempt('no-end.gz', gzipSync(text.subarray(0, lastLine + 1)))).toMatch(/ends too soon, at its end marker/);
    // Not a backup at all.
    expect(await attempt('plain.txt', Buffer.from('hello\n'), false)).toMatch(/not a Samordna backup/);
  });

  it("stops with the output's own error when the output fails half-way (a full disk)", async () => {
    let written = 0;
    const full = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        callback(written > 8 * 1024 ? Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }) : null);
      },
    });
    await expect(writeBackup(source.url, full)).rejects.toThrow('ENOSPC');
    // Its connection was closed: the database has no backup session left.
    const { rows } = await source.pool.query(`select count(*)::int as n from pg_stat_activity where application_name = 'samordna backup'`);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('takes one consistent snapshot: a transaction committed during the backup is wholly out of it', async () => {
    const db = await createTestDatabase(inject('pgAdminUrl'));
    created.push(db);
    // Two tables far apart in the backup's order, written together by each transaction.
    const writePair = async (code: string) => {
      const client = await db.pool.connect();
      try {
        await client.query('begin');
        await client.query(`insert into areas (code, kind, name) values ($1, 'municipality', $1)`, [code]);
        await client.query(`insert into rate_limit_counters (bucket, key, window_start, count) values ('pair', $1, now(), 1)`, [code]);
        await client.query('commit');
      } finally {
        client.release();
      }
    };
    await writePair('1000');
    let during = 0;
    const file = path.join(dir, 'concurrent.backup.gz');
    await writeBackupFile(db.url, file, async (p) => {
      // After areas is copied and before rate_limit_counters is: commit a pair.
      if (p.isTableDone && p.table === 'areas') await writePair(String(1001 + during++));
    });
    expect(during).toBe(1);
    const target = await emptyDatabase();
    await restoreFile(target, file);
    const { rows } = await target.pool.query(`select (select array_agg(code order by code) from areas) as areas, (select array_agg(key order by key) from rate_limit_counters) as counters`);
    expect(rows[0]).toEqual({ areas: ['1000'], counters: ['1000'] });
    const { rows: live } = await db.pool.query(`select count(*)::int as n from areas`);
    expect(live[0]!.n).toBe(2);
  });
});
