import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres } from '../db/embedded';

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 500 });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

/**
 * The PostgreSQL server tests create their databases on: TEST_DATABASE_URL or DATABASE_URL if
 * set, else the server at 127.0.0.1:5432 if one answers, else an embedded one in a temp folder.
 */
export async function resolveAdminUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  if (await answers('127.0.0.1', 5432)) {
    return { url: 'postgres://postgres@127.0.0.1:5432/postgres', stop: async () => undefined };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-test-pg-'));
  const pg = await startEmbeddedPostgres(dir, pino({ level: 'warn' }));
  return {
    url: pg.url.replace(/\/samordna$/, '/postgres'),
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
