// @vitest-environment node
import { spawn } from 'node:child_process';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './testing/test-db';
import { ROOT_DIR } from './paths';
import { users } from './features/users/users.table';

/** The server as an operator starts it: its own process, its log on stdout, stopped with SIGTERM. */
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function startServer(env: Record<string, string>): Promise<{ log: string; code: number | null }> {
  database = await createTestDatabase(inject('pgAdminUrl'));
  const inherited = { ...process.env };
  delete inherited.SAMORDNA_DEMO;
  const child = spawn(process.execPath, [path.join(ROOT_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT_DIR, 'src', 'server', 'main.ts')], {
    cwd: ROOT_DIR,
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: database.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (log.includes('Samordna is running')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`the server stopped before it was ready:\n${log}`));
    });
  });
  await ready;
  child.kill('SIGTERM');
  return { log, code: await exited };
}

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'a'.repeat(40) };
const userCount = async () => (await database!.db.select({ n: count() }).from(users))[0]!.n;

describe('starting the server', () => {
  it('in production leaves the demo out unless SAMORDNA_DEMO=true is set', async () => {
    const { log, code } = await startServer(PRODUCTION);
    expect(code).toBe(0);
    expect(await userCount()).toBe(0);
    expect(log).not.toMatch(/demo/i);
  });

  it('in production with SAMORDNA_DEMO=true loads the demo and warns that its accounts have a published password', async () => {
    const { log, code } = await startServer({ ...PRODUCTION, SAMORDNA_DEMO: 'true' });
    expect(code).toBe(0);
    expect(await userCount()).toBeGreaterThan(0);
    const warning = log.split('\n').find((line) => line.includes('"level":40'));
    expect(warning).toMatch(/SAMORDNA_DEMO=true in production: the demo accounts are loaded, and their password is published/);
  });

  it('outside production loads the demo without a warning', async () => {
    const { log } = await startServer({ NODE_ENV: 'development' });
    expect(await userCount()).toBeGreaterThan(0);
    expect(log).not.toContain('"level":40');
  });
});
