import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, buildUser, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { acrSatisfies } from './oidc';

let t: TestApp;
let email: string;

beforeAll(async () => {
  t = await buildTestApp({ LOGIN_RATE_LIMIT: '5' });
  email = (await buildUser(t.db)).email;
});
afterAll(() => t.close());

describe('sign-in with a password', () => {
  it('gives a new session id on sign-in, with HttpOnly and SameSite=Lax', async () => {
    const c = await t.client();
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    const anonCookie = anon.cookies.find((k) => k.name === 'samordna_sid')!;
    expect(anonCookie.httpOnly).toBe(true);
    expect(anonCookie.sameSite).toBe('Lax');
    const res = await c.post('/api/auth/login', { email: email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((k) => k.name === 'samordna_sid')!;
    expect(fresh.value).not.toBe(anonCookie.value);
    expect(res.json().user.email).toBe(email);
    expect(res.json().csrfToken).not.toBe(c.csrfToken);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS', async () => {
    const c = await t.client();
    const res = await c.post('/api/auth/login', { email, password: 'wrong password here' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('signs out and forgets the session', async () => {
    const c = await t.signIn(email);
    expect((await c.get('/api/auth/me')).json().user.email).toBe(email);
    expect((await c.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).json().user).toBeNull();
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
