import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { SettableClock } from './clock';
import type { Db } from '../db/client';
import { createTestDatabase } from './test-db';
import { connect } from '../db/client';
import { TEST_PASSWORD } from './factories/users';
import type { CreatePageRenderer } from '../../shared/contracts/site';

// The application as tests drive it: built on a fresh database of its own, reached through
// `app.inject()` by clients that keep their cookie. Records come from ./factories.

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** The clock recurring jobs fall due by: set it, then `app.jobs.tick()`. */
  clock: SettableClock;
  /** The database's address, for a second app node on the same database (`opts.nodeOf`). */
  databaseUrl: string;
  close(): Promise<void>;
  /** A client that keeps its cookie and sends the CSRF token, like the browser does. */
  client(): Promise<TestClient>;
  signIn(email: string, password?: string): Promise<TestClient>;
}

export interface TestClient {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  csrfToken: string;
}

/**
 * `opts.nodeOf`: another app node on that app's database (a pool of its own, as on another
 * machine); closing it leaves the database to the first.
 */
export async function buildTestApp(env: Record<string, string> = {}, opts: { clientDir?: string; createPageRenderer?: CreatePageRenderer; nodeOf?: TestApp } = {}): Promise<TestApp> {
  const database = opts.nodeOf ? { ...connect(opts.nodeOf.databaseUrl, 5), url: opts.nodeOf.databaseUrl, drop: undefined } : await createTestDatabase(inject('pgAdminUrl'));
  // Factories write to the database directly, behind the server's back: tests that keep public
  // answers in memory say so (PUBLIC_CACHE_MS).
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', PUBLIC_CACHE_MS: '0', ...env });
  // Recurring jobs fall due by this clock, which the test sets (and then calls app.jobs.tick()).
  const clock = new SettableClock();
  const app = await buildApp({ config, db: database.db, logger: false, clientDir: opts.clientDir ?? '/nonexistent', createPageRenderer: opts.createPageRenderer, clock });
  await app.ready();

  async function client(): Promise<TestClient> {
    let cookie = '';
    const remember = (res: LightMyRequestResponse) => {
      const set = res.cookies.find((c) => c.name === 'samordna_sid');
      if (set) cookie = set.value ? `samordna_sid=${set.value}` : '';
    };
    // As the browser does before its first form: a token, and with it a session.
    const token = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
    remember(token);
    const c: TestClient = {
      csrfToken: token.json().csrfToken as string,
      async request(opts) {
        const res = await app.inject({
          ...opts,
          headers: { ...(cookie ? { cookie } : {}), 'x-csrf-token': c.csrfToken, ...(opts.headers ?? {}) },
        });
        remember(res);
        return res;
      },
      get: (url) => c.request({ method: 'GET', url }),
      post: (url, body) => c.request({ method: 'POST', url, payload: body as object }),
      patch: (url, body) => c.request({ method: 'PATCH', url, payload: body as object }),
      put: (url, body) => c.request({ method: 'PUT', url, payload: body as object }),
      delete: (url) => c.request({ method: 'DELETE', url }),
    };
    return c;
  }

  return {
    app,
    db: database.db,
    config,
    databaseUrl: database.url,
    clock,
    client,
    async signIn(email, password = TEST_PASSWORD) {
      const c = await client();
      const res = await c.post('/api/auth/login', { email, password });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      c.csrfToken = res.json().csrfToken as string;
      return c;
    },
    async close() {
      await app.close();
      if (database.drop) await database.drop();
      else await database.close();
    },
  };
}
