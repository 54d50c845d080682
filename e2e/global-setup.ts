import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';
import { createTestDatabase } from '../src/server/testing/test-db';
import { startTestIdentityProvider } from '../src/server/testing/oidc-provider';

async function waitForReady(url: string, server: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/**
 * Starts what the journeys need: a fresh database, a local OpenID Connect provider and the
 * built server (`npm run build` first) with the demo data. Returns the teardown.
 */
export default async function globalSetup() {
  if (!existsSync('dist/server/main.js') || !existsSync('dist/client/index.html')) {
    throw new Error('Build first: npm run build');
  }
  const port = Number(process.env.E2E_PORT ?? 3199);
  const base = `http://localhost:${port}`;
  const admin = await resolveAdminUrl();
  const database = await createTestDatabase(admin.url);
  await database.close();
  // Journeys that need figures the demo lacks write them here (statistics-layout.spec.ts).
  process.env.E2E_DATABASE_URL = database.url;
  const idp = await startTestIdentityProvider([`${base}/api/auth/oidc/callback`]);
  process.env.E2E_OIDC_ISSUER = idp.issuer;

  const server = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DATABASE_URL: database.url,
      SAMORDNA_DEMO: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '1000',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_SCOPES: 'openid email profile',
      OIDC_USER_CLAIM: 'email',
      OIDC_ALLOW_INSECURE: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForReady(`${base}/readyz`, server);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await idp.close();
    await database.drop();
    await admin.stop();
  };
}
