import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { count, inArray, sql } from 'drizzle-orm';
import { rateLimitCounters } from '../../db/rate-limits.table';
import { PURGE_SESSIONS_QUEUE } from './auth.jobs';
import { buildProgramme, buildUser, TEST_PASSWORD } from '../../testing/factories';
import { sessions } from './auth.table';
import { requestWith, signInRaw } from '../../testing/raw-session';
import { acrSatisfies } from './oidc';

let t: TestApp;
let email: string;
/** A platform admin, so that a live session reads the people register (200) and a dead one gets 401. */
let admin: { email: string };

beforeAll(async () => {
  t = await buildTestApp({ LOGIN_RATE_LIMIT: '5', LOGIN_ADDRESS_LIMIT: '8' });
  email = (await buildUser(t.db)).email;
  admin = await buildUser(t.db, { isPlatformAdmin: true });
});
afterAll(() => t.close());

describe('sign-in with a password', () => {
  it('gives a new session id on sign-in, with HttpOnly and SameSite=Lax, and leaves the old id signed out', async () => {
    const { before, after, res } = await signInRaw(t.app, admin.email.toUpperCase());
    expect(res.json().user.email).toBe(admin.email);
    const set = res.cookies.find((k) => k.name === 'samordna_sid')!;
    expect(set).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Session fixation: whoever planted or read the cookie before sign-in must not ride on it after.
    expect(after.id).not.toBe(before.id);
    expect(after.csrfToken).not.toBe(before.csrfToken);
    expect((await requestWith(t.app, before.id, undefined, { method: 'GET', url: '/api/auth/me' })).json().user).toBeNull();
    const replayed = await requestWith(t.app, before.id, undefined, { method: 'GET', url: '/api/people' });
    expect({ status: replayed.statusCode, code: replayed.json().code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await requestWith(t.app, after.id, undefined, { method: 'GET', url: '/api/people' })).statusCode).toBe(200);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS', async () => {
    const c = await t.client();
    const res = await c.post('/api/auth/login', { email, password: 'wrong password here' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('signs out and forgets the session on the server: the old cookie, replayed, is signed out', async () => {
    const { after: session } = await signInRaw(t.app, admin.email);
    expect((await requestWith(t.app, session.id, undefined, { method: 'GET', url: '/api/people' })).statusCode).toBe(200);
    const out = await requestWith(t.app, session.id, session.csrfToken, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((k) => k.name === 'samordna_sid')?.value).toBe('');
    const replayed = await requestWith(t.app, session.id, session.csrfToken, { method: 'GET', url: '/api/people' });
    expect({ status: replayed.statusCode, code: replayed.json().code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await requestWith(t.app, session.id, undefined, { method: 'GET', url: '/api/auth/me' })).json().user).toBeNull();
  });

  it('counts failed sign-ins per account, and says when to try again', async () => {
    const target = await buildUser(t.db);
    const c = await t.client();
    const fail = (remoteAddress: string) => c.request({ method: 'POST', url: '/api/auth/login', payload: { email: target.email, password: 'nope nope nope' }, remoteAddress });
    // Five failures, from changing addresses: the account is held, even with the right password.
    for (let i = 0; i < 5; i++) expect((await fail(`10.1.0.${i}`)).statusCode).toBe(401);
    const held = await c.request({ method: 'POST', url: '/api/auth/login', payload: { email: target.email.toUpperCase(), password: TEST_PASSWORD }, remoteAddress: '10.1.0.99' });
    expect(held.statusCode).toBe(429);
    expect(held.json()).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(held.json().retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(held.json().retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(Number(held.headers['retry-after'])).toBe(held.json().retryAfterSeconds);
    expect(held.json().detail).toMatch(/Try again in 15 minutes/);
    // Other accounts from the same addresses are not held.
    expect((await c.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, remoteAddress: '10.1.0.1' })).statusCode).toBe(200);
  });

  it('does not count successful sign-ins: an office behind one address can sign in all day', async () => {
    const users = await Promise.all(Array.from({ length: 4 }, () => buildUser(t.db)));
    for (let round = 0; round < 4; round++) {
      for (const u of users) {
        const c = await t.client();
        const res = await c.request({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: TEST_PASSWORD }, remoteAddress: '10.2.0.1' });
        expect(res.statusCode).toBe(200);
      }
    }
  });

  it('counts failed sign-ins per address across accounts', async () => {
    const c = await t.client();
    for (let i = 0; i < 8; i++) {
      const res = await c.request({ method: 'POST', url: '/api/auth/login', payload: { email: `finnes.ikke.${i}@example.org`, password: 'nope nope nope' }, remoteAddress: '10.3.0.1' });
      expect(res.statusCode).toBe(401);
    }
    const held = await c.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, remoteAddress: '10.3.0.1' });
    expect([held.statusCode, held.json().code]).toEqual([429, 'RATE_LIMITED']);
    // Counted in the database: another app on the same database holds the address too.
    const other = await buildTestApp({ LOGIN_RATE_LIMIT: '5', LOGIN_ADDRESS_LIMIT: '8' }, { nodeOf: t });
    try {
      const res = await (await other.client()).request({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD }, remoteAddress: '10.3.0.1' });
      expect(res.statusCode).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('sends a Content-Security-Policy without unsafe-inline', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const api = await t.app.inject({ method: 'GET', url: '/api/programmes' });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses OIDC sign-in when no provider is configured', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('OIDC_NOT_CONFIGURED');
  });
});

describe('minimum authentication level', () => {
  it('ranks ID-porten levels and their older names alike', () => {
    expect(acrSatisfies('idporten-loa-high', 'idporten-loa-substantial')).toBe(true);
    expect(acrSatisfies('Level4', 'idporten-loa-substantial')).toBe(true);
    expect(acrSatisfies('idporten-loa-low', 'Level3')).toBe(false);
    expect(acrSatisfies(undefined, 'Level3')).toBe(false);
    expect(acrSatisfies('something-else', 'idporten-loa-high')).toBe(false);
    expect(acrSatisfies(undefined, undefined)).toBe(true);
  });
});

describe('visitors who only read', () => {
  const sessionCount = async () => (await t.db.select({ n: count() }).from(sessions))[0]!.n;

  it('get no session: no row and no cookie, until a first form asks for a token', async () => {
    const published = await buildProgramme(t.db, { isPublished: true });
    const before = await sessionCount();
    for (const url of ['/api/auth/me', '/api/programmes', `/api/programmes/by-slug/${published.slug}`, '/api/areas']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode, cookie: res.headers['set-cookie'] }).toEqual({ url, status: 200, cookie: undefined });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).json()).toMatchObject({ user: null, csrfToken: null });
    expect(await sessionCount()).toBe(before);

    const token = await t.app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const id = token.cookies.find((c) => c.name === 'samordna_sid')?.value;
    expect(id).toBeTruthy();
    expect(token.headers['cache-control']).toBe('no-store');
    expect(await sessionCount()).toBe(before + 1);
    // The same session answers with the same token.
    const me = await requestWith(t.app, id, undefined, { method: 'GET', url: '/api/auth/me' });
    expect(me.json().csrfToken).toBe(token.json().csrfToken);
    const again = await requestWith(t.app, id, undefined, { method: 'GET', url: '/api/auth/csrf' });
    expect({ token: again.json().csrfToken, cookie: again.headers['set-cookie'] }).toEqual({ token: token.json().csrfToken, cookie: undefined });
    // A state-changing request passes the CSRF check with the token (and only then meets the next check).
    const withToken = await requestWith(t.app, id, token.json().csrfToken, { method: 'POST', url: '/api/auth/logout' });
    const without = await requestWith(t.app, id, undefined, { method: 'POST', url: '/api/auth/logout' });
    expect([withToken.json().code, without.json().code]).toEqual(['UNAUTHENTICATED', 'CSRF_INVALID']);
  });
});

describe('clean-up of what signing in leaves behind', () => {
  it('removes expired sessions and long-passed rate-limit counters on its schedule, and keeps the live ones', async () => {
    const past = new Date(Date.now() - 3600_000);
    await t.db.insert(sessions).values([
      { idHash: 'expired-session', csrfToken: 'x', expiresAt: past },
      { idHash: 'live-session', csrfToken: 'y', expiresAt: new Date(Date.now() + 3600_000) },
    ]);
    await t.db.insert(rateLimitCounters).values([
      { bucket: 'sign-in:address', key: 'old', windowStart: new Date(Date.now() - 2 * 24 * 3600_000), count: 3 },
      { bucket: 'sign-in:address', key: 'recent', windowStart: new Date(), count: 3 },
    ]);
    const jobId = await t.app.jobs.send(PURGE_SESSIONS_QUEUE, {});
    const left = async () => ({
      sessions: (await t.db.select({ id: sessions.idHash }).from(sessions).where(inArray(sessions.idHash, ['expired-session', 'live-session']))).map((r) => r.id),
      counters: (await t.db.select({ key: rateLimitCounters.key }).from(rateLimitCounters).where(inArray(rateLimitCounters.key, ['old', 'recent']))).map((r) => r.key),
    });
    await expect.poll(left, { timeout: 20_000 }).toEqual({ sessions: ['live-session'], counters: ['recent'] });
    // The job that was sent has finished too (the clean-up at start may have been first).
    const stateOf = async () => (await t.db.execute<{ state: string }>(sql`select state from pgboss.job where id = ${jobId}`)).rows[0]?.state;
    await expect.poll(stateOf, { timeout: 20_000 }).toBe('completed');
  });
});

