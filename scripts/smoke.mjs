// Starts the built server exactly as `npm start` does — embedded PostgreSQL in a fresh data
// folder, demo data — checks /healthz, /readyz and the front page, stops it with SIGTERM and
// checks that no PostgreSQL process is left. The server runs from a copy of dist/ with
// package.json and node_modules beside it and no src/: a built server must not read the sources.
// Started as root, it also checks that a data folder the `postgres` user cannot reach stops the
// start with a message naming the folder. Prints the start-up times it measured.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const work = mkdtempSync(path.join(os.tmpdir(), 'samordna-smoke-'));
// As root, PostgreSQL runs as the `postgres` user, who must pass through this folder.
chmodSync(work, 0o711);
const appDir = path.join(work, 'app');
const dataDir = path.join(work, 'data');
mkdirSync(appDir);
cpSync('dist', path.join(appDir, 'dist'), { recursive: true });
cpSync('package.json', path.join(appDir, 'package.json'));
symlinkSync(path.resolve('node_modules'), path.join(appDir, 'node_modules'), 'dir');
const port = 3000 + Math.floor(Math.random() * 500) + 400;
const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SAMORDNA_DEMO: 'true', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
delete env.NODE_ENV;

const startServer = (extraEnv = {}, stdio = ['ignore', 'pipe', 'inherit']) =>
  spawn(process.execPath, ['dist/server/main.js'], { cwd: appDir, env: { ...env, ...extraEnv }, stdio });

function postgresFor(dir) {
  try {
    // execFile, not a shell: a shell's own command line would match the pattern.
    return execFileSync('pgrep', ['-f', '--', `bin/postgres -D ${path.join(dir, 'pg')} `], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function startOnce(label) {
  const t = Date.now();
  const child = startServer();
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label}: the server exited with ${child.exitCode}\n${out}`);
    if (Date.now() > deadline) throw new Error(`${label}: not ready within 120 s\n${out}`);
    try {
      const r = await fetch(`http://localhost:${port}/readyz`);
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const ms = Date.now() - t;
  for (const url of ['/healthz', '/readyz', '/', '/api/programmes']) {
    const r = await fetch(`http://localhost:${port}${url}`);
    if (!r.ok) throw new Error(`${label}: ${url} answered ${r.status}`);
  }
  const programmes = await (await fetch(`http://localhost:${port}/api/programmes`)).json();
  if (!Array.isArray(programmes) || programmes.length < 4) throw new Error(`${label}: demo data missing`);
  if (!out.includes(`http://localhost:${port}`)) throw new Error(`${label}: the URL was not printed`);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  for (let i = 0; i < 25 && postgresFor(dataDir); i++) await new Promise((r) => setTimeout(r, 200));
  const left = postgresFor(dataDir);
  if (left) throw new Error(`${label}: PostgreSQL still running after SIGTERM (pid ${left})`);
  console.log(`${label}: ready in ${ms} ms, stopped cleanly`);
  return ms;
}

async function crashLeavesNothing() {
  const child = startServer({}, 'ignore');
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/readyz`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  for (let i = 0; i < 50 && postgresFor(dataDir); i++) await new Promise((r) => setTimeout(r, 200));
  const left = postgresFor(dataDir);
  if (left) throw new Error(`after SIGKILL of the server PostgreSQL is still running (pid ${left})`);
  console.log('crash (SIGKILL): PostgreSQL stopped by the watchdog');
}

async function privateFolderIsNamed() {
  const privateDir = path.join(work, 'private');
  mkdirSync(privateDir, { mode: 0o700 });
  const child = startServer({ DATA_DIR: path.join(privateDir, 'data') }, ['ignore', 'pipe', 'pipe']);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise((r) => child.once('exit', r));
  if (code === 0 || !out.includes(`cannot pass through ${privateDir} (mode 0700)`) || !out.includes('DATABASE_URL')) {
    throw new Error(`started as root with its data in a private folder, the server should stop and name the folder (exit ${code}):\n${out}`);
  }
  console.log('as root, a data folder out of the postgres user\'s reach: the start stops and names the folder');
}

try {
  if (process.getuid?.() === 0) await privateFolderIsNamed();
  const first = await startOnce('first start');
  const second = await startOnce('second start');
  await crashLeavesNothing();
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/startup.json', JSON.stringify({ 'startup.first_ms': first, 'startup.second_ms': second, at: new Date().toISOString() }, null, 2));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
