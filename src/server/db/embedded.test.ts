import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EmbeddedPostgresError, runningEmbeddedPostgres, startEmbeddedPostgres } from './embedded';
import { findBinaries, isRoot } from './embedded-runtime';

const log = pino({ level: 'silent' });
const folders: string[] = [];
function tempFolder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the embedded PostgreSQL', () => {
  it('creates a cluster on the first start, keeps its data over a restart, and leaves no process behind', async () => {
    const dataDir = tempFolder('samordna-embedded-');
    const first = await startEmbeddedPostgres(dataDir, log);
    const pid = postmasterPid(dataDir);
    await query(first.url, "create table t (name text); insert into t values ('Østensjø'), ('Alna'), ('Ånes')");
    const sorted = await query<{ name: string }>(first.url, 'select name from t order by name collate "nb-NO-x-icu"');
    expect(sorted.map((r) => r.name)).toEqual(['Alna', 'Østensjø', 'Ånes']);
    await first.stop();
    expect(alive(pid)).toBe(false);

    const second = await startEmbeddedPostgres(dataDir, log);
    expect(await query<{ n: number }>(second.url, 'select count(*)::int as n from t')).toEqual([{ n: 3 }]);
    await second.stop();
  });

  it("is found running on its data folder by a second process, which need not start (and so stop) it", async () => {
    const dataDir = tempFolder('samordna-embedded-running-');
    expect(await runningEmbeddedPostgres(dataDir)).toBeUndefined();
    const server = await startEmbeddedPostgres(dataDir, log);
    try {
      const found = await runningEmbeddedPostgres(dataDir);
      expect(new URL(found!).port).toBe(new URL(server.url).port);
      expect(await query<{ one: number }>(found!, 'select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await server.stop();
    }
    expect(await runningEmbeddedPostgres(dataDir)).toBeUndefined();
  });

  it('says when the server ends by itself, and not when it is stopped', async () => {
    const dataDir = tempFolder('samordna-embedded-');
    const stopped = await startEmbeddedPostgres(dataDir, log);
    const quiet = vi.fn();
    stopped.onUnexpectedExit(quiet);
    await stopped.stop();
    expect(quiet).not.toHaveBeenCalled();

    const killed = await startEmbeddedPostgres(dataDir, log);
    const reason = new Promise<string>((resolve) => killed.onUnexpectedExit(resolve));
    process.kill(postmasterPid(dataDir), 'SIGKILL');
    expect(await reason).toMatch(/signal SIGKILL/);
    await killed.stop();
  });

  // PostgreSQL refuses to run as root; only a root process runs it as the `postgres` user.
  it.skipIf(!isRoot())('started as root from a private folder, stops with a message naming the folder and the ways out', async () => {
    const privateFolder = tempFolder('samordna-private-');
    const dataDir = path.join(privateFolder, 'data');
    const start = startEmbeddedPostgres(dataDir, log);
    await expect(start).rejects.toBeInstanceOf(EmbeddedPostgresError);
    const message = await start.catch((e: Error) => e.message);
    expect(message).toContain(`cannot pass through ${privateFolder} (mode 0700)`);
    for (const wayOut of [`chmod o+x ${privateFolder}`, 'DATA_DIR=', 'a user other than root', 'DATABASE_URL']) expect(message).toContain(wayOut);
    expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
  });

  it.skipIf(!isRoot())('started as root with its binaries in a private folder, runs them from a copy in the data folder', async () => {
    const installed = await findBinaries();
    const privateFolder = tempFolder('samordna-private-bin-');
    cpSync(installed.dir, path.join(privateFolder, 'native'), { recursive: true, verbatimSymlinks: true });
    const dataDir = tempFolder('samordna-embedded-');
    const db = await startEmbeddedPostgres(dataDir, log, { binaries: { dir: path.join(privateFolder, 'native'), version: installed.version } });
    try {
      expect(await query<{ ok: number }>(db.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
      const copy = path.join(dataDir, 'runtime', `postgresql-${installed.version}`);
      expect(readFileSync(`/proc/${postmasterPid(dataDir)}/cmdline`, 'utf8').split('\0')[0]).toBe(path.join(copy, 'bin', 'postgres'));
    } finally {
      await db.stop();
    }
  });
});
