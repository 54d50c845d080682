import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildProgramme, buildUser } from '../testing/factories';
import { PUBLIC_READ } from './caching';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
  await buildProgramme(t.db, { isPublished: true });
});
afterAll(() => t.close());

describe('cache headers of API reads', () => {
  it('lets anyone keep an anonymous public read for a while, with an ETag that answers 304', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/programmes' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe(PUBLIC_READ);
    expect(String(first.headers.vary)).toMatch(/\bCookie\b/);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await t.app.inject({ method: 'GET', url: '/api/programmes', headers: { 'if-none-match': etag } });
    expect({ status: again.statusCode, body: again.body, cache: again.headers['cache-control'] }).toEqual({ status: 304, body: '', cache: PUBLIC_READ });
    // A changed answer gets a new tag.
    await buildProgramme(t.db, { isPublished: true });
    const changed = await t.app.inject({ method: 'GET', url: '/api/programmes', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('keeps what a signed-in user reads private, and never caches who is signed in', async () => {
    const admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
    expect((await admin.get('/api/programmes')).headers['cache-control']).toBe('private, no-cache');
    expect((await admin.get('/api/people')).headers['cache-control']).toBe('private, no-cache');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).headers['cache-control']).toBe('no-store');
  });

  it('caches no failure and no write', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/programmes/by-slug/finnes-ikke' });
    expect({ status: missing.statusCode, cache: missing.headers['cache-control'] }).toEqual({ status: 404, cache: undefined });
    const c = await t.client();
    const write = await c.post('/api/areas', { code: '0301', kind: 'municipality', name: 'Oslo' });
    expect(write.headers['cache-control']).toBeUndefined();
  });
});
