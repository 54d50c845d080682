// @vitest-environment node
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createTestDatabase } from '../testing/test-db';
import { exportTables } from '../testing/table-export';
import { loadDemoData } from '../demo/demo';
import { ROOT_DIR } from '../paths';
import { startEmbeddedPostgres } from '../db/embedded';
import { connect, migrateDatabase } from '../db/client';

/** The commands as an operator runs them: separate processes against test databases. */
type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
let source: TestDatabase;
let dir: string;
const created: TestDatabase[] = [];
const CLI = [path.join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT_DIR, 'src', 'server', 'cli', 'main.ts')];

function environment(database: { url: string } | { dataDir: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return 'url' in database ? { ...env, DATABASE_URL: database.url } : { ...env, DATA_DIR: database.dataDir };
}

function samordna(database: { url: string } | { dataDir: string }, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...CLI, ...args], { cwd: ROOT_DIR, env: environment(database), timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout, err: stderr }),
    );
  });
}

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('pgAdminUrl'), { isMigrated: false });
  created.push(database);
  return database;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'samordna-cli-backup-'));
  source = await createTestDatabase(inject('pgAdminUrl'));
  await loadDemoData(source.db);
}, 120_000);

afterAll(async () => {
  for (const database of created) await database.drop();
  await source?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe('samordna backup and restore', () => {
  it('backs up to a file and restores it into an empty database; refuses a database that holds rows', { timeout: 180_000 }, async () => {
    const file = path.join(dir, 'samordna.backup.gz');
    const backup = await samordna(source, 'backup', file);
    expect({ code: backup.code, err: backup.err }).toEqual({ code: 0, err: '' });
    expect(backup.out).toMatch(/^Backed up \d+ tables, [\d,]+ rows \(schema at \d+ migrations\) to .*samordna\.backup\.gz: [\d.]+ MB \([\d.]+ MB uncompressed\) in [\d.]+ s\.\n$/);
    expect(await readdir(dir)).toEqual(['samordna.backup.gz']);

    const target = await emptyDatabase();
    const restore = await samordna(target, 'restore', file);
    expect({ code: restore.code, err: restore.err }).toEqual({ code: 0, err: '' });
    expect(restore.out).toMatch(/^Restored \d+ tables, [\d,]+ rows from the backup of \d{4}-\d\d-\d\dT.* in [\d.]+ s\.\n$/);
    expect(await exportTables(target.pool)).toEqual(await exportTables(source.pool));

    const again = await samordna(target, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/samordna\.backup\.gz: The target database is not empty: tables .*areas.* hold rows\. Restore only into a new, empty database\. Nothing was restored\.\n$/);
  });

  it('streams through standard output and input', { timeout: 180_000 }, async () => {
    const target = await emptyDatabase();
    const code = await new Promise<[number | null, number | null, string]>((resolve) => {
      const backup = spawn(process.execPath, [...CLI, 'backup', '-', '--quiet'], { cwd: ROOT_DIR, env: environment(source), stdio: ['ignore', 'pipe', 'inherit'] });
      const restore = spawn(process.execPath, [...CLI, 'restore', '-'], { cwd: ROOT_DIR, env: environment(target), stdio: ['pipe', 'pipe', 'inherit'] });
      backup.stdout.pipe(restore.stdin);
      let out = '';
      restore.stdout.on('data', (d: Buffer) => (out += d.toString()));
      let backupCode: number | null = null;
      backup.on('close', (c) => (backupCode = c));
      restore.on('close', (c) => resolve([backupCode, c, out]));
    });
    expect(code.slice(0, 2)).toEqual([0, 0]);
    expect(code[2]).toMatch(/^Restored /);
    expect(await exportTables(target.pool)).toEqual(await exportTables(source.pool));
  });

  it('answers 2 to wrong usage and 1 to a failure, leaving no file behind', { timeout: 180_000 }, async () => {
    const none = await samordna(source, 'backup');
    expect(none.code).toBe(2);
    expect(none.err).toContain('Name the backup file.');
    const two = await samordna(source, 'restore', 'a', 'b');
    expect(two.code).toBe(2);
    expect(two.err).toContain('Name only one backup file.');
    const missing = await samordna(source, 'restore', path.join(dir, 'missing.gz'));
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('File not found') as unknown });
    const noFolder = await samordna(source, 'backup', path.join(dir, 'no', 'such', 'folder.gz'));
    expect(noFolder).toMatchObject({ code: 2, err: expect.stringContaining('does not exist') as unknown });

    const failing = await samordna({ url: source.url.replace(/\/[^/]+$/, '/samordna_no_such_database') }, 'backup', path.join(dir, 'failed.gz'));
    expect(failing.code).toBe(1);
    expect(failing.err).toMatch(/^The backup failed; no file was written: .*samordna_no_such_database/);
    expect((await readdir(dir)).filter((f) => f.includes('failed'))).toEqual([]);

    const good = path.join(dir, 'good.gz');
    expect((await samordna(source, 'backup', good, '-q')).out).toBe('');
    const cut = path.join(dir, 'cut.gz');
    const bytes = await readFile(good);
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await emptyDatabase();
    const truncated = await samordna(target, 'restore', cut);
    expect(truncated.code).toBe(1);
    expect(truncated.err).toMatch(/cut\.gz: The backup file (is damaged or cut short|ends too soon).* (in|at the start of|at the end of) table \w+.*Nothing was restored\.\n$/);
  });

  it('backs up the embedded database while a server runs on it, and restores into a new data folder', { timeout: 240_000 }, async () => {
    // Folders of their own in the temp folder: started as root, PostgreSQL runs as `postgres`, who must reach them.
    const serverDir = await mkdtemp(path.join(tmpdir(), 'samordna-cli-server-'));
    const restoreDir = await mkdtemp(path.join(tmpdir(), 'samordna-cli-restored-'));
    const server = await startEmbeddedPostgres(serverDir, pino({ level: 'silent' }));
    try {
      const database = connect(server.url, 2);
      await migrateDatabase(database.db);
      await database.pool.query(`insert into areas (code, kind, name) values ('0301', 'municipality', 'Oslo')`);
      const file = path.join(dir, 'embedded.gz');
      const backup = await samordna({ dataDir: serverDir }, 'backup', file, '-q');
      expect({ code: backup.code, err: backup.err }).toEqual({ code: 0, err: '' });
      // The server's database still runs: the command used it and did not start another.
      expect((await database.pool.query('select count(*)::int as n from areas')).rows).toEqual([{ n: 1 }]);
      await database.close();

      const restore = await samordna({ dataDir: restoreDir }, 'restore', file);
      expect({ code: restore.code, err: restore.err }).toEqual({ code: 0, err: '' });
      const again = await samordna({ dataDir: restoreDir }, 'restore', file);
      expect(again.err).toContain('table areas holds rows');
    } finally {
      await server.stop();
      await rm(serverDir, { recursive: true, force: true });
      await rm(restoreDir, { recursive: true, force: true });
    }
  });
});
