import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../testing/test-app';
import { count } from 'drizzle-orm';
import { buildProgramme, buildUser } from '../../testing/factories';
import { sessions } from './auth.table';
import { requestWith, signInRaw } from '../../testing/raw-session';
import { acrSatisfies } from './oidc';

let t: TestApp;
let email: string;
/** A platform admin, so that a live session reads the people register (200) and a dead one gets 401. */
let admin: { email: string };

beforeAll(async () => {
  t = await buildTestApp({ LOGIN_RATE_LIMIT: '5' });
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

  it('limits sign-in attempts with a clear message', async () => {
    const c = await t.client();
    let last = await c.post('/api/auth/login', { email, password: 'nope nope nope' });
    for (let i = 0; i < 10 && last.statusCode !== 429; i++) last = await c.post('/api/auth/login', { email, password: 'nope nope nope' });
    expect(last.statusCode).toBe(429);
    expect(last.json().code).toBe('RATE_LIMITED');
    expect(last.json().detail).toMatch(/Wait \d+ minutes/);
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
