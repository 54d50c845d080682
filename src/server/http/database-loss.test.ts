import pg from 'pg';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';

/**
 * When the database goes away, the API answered 500 for as long as it was gone. Now it answers
 * 503 NOT_READY with Retry-After, and serves again by itself once the database is back. The
 * loss is real: every connection of the app's database is ended and new ones are refused.
 */
let t: TestApp;
const name = () => new URL(t.databaseUrl).pathname.slice(1);

async function admin<T>(sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await admin(`alter database ${name()} allow_connections true`);
  await t.close();
});

describe('losing the database', () => {
  it('answers 503 with Retry-After while it is gone, and serves again when it is back', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/areas' })).statusCode).toBe(200);
    await admin(`alter database ${name()} allow_connections false`);
    await admin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name()}' and pid <> pg_backend_pid()`);

    const gone = await t.app.inject({ method: 'GET', url: '/api/areas' });
    expect([gone.statusCode, gone.json().code]).toEqual([503, 'NOT_READY']);
    expect(gone.headers['retry-after']).toBe('5');
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    // The liveness check does not ask the database: the process itself is fine.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    await admin(`alter database ${name()} allow_connections true`);
    const back = await t.app.inject({ method: 'GET', url: '/api/areas' });
    expect(back.statusCode).toBe(200);
  });
});
