import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildArea, buildProgramme, buildUser } from '../testing/factories';
import { PUBLIC_READ, publicReadCache } from './caching';
import { vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { areas } from '../db/schema';

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

describe('public answers kept in memory', () => {
  let kept: TestApp;
  beforeAll(async () => {
    kept = await buildTestApp({ PUBLIC_CACHE_MS: '60000' });
  });
  afterAll(() => kept.close());
  const names = async (res: { json(): unknown }) => (res.json() as { name: { nb: string } }[]).map((p) => p.name.nb);

  it('sends an anonymous reader the kept answer until a change goes through the server', async () => {
    await buildProgramme(kept.db, { name: { nb: 'Først' } });
    expect(await names(await kept.app.inject({ method: 'GET', url: '/api/programmes' }))).toEqual(['Først']);
    // Written behind the server's back: the kept answer is still sent…
    await buildProgramme(kept.db, { name: { nb: 'Bakveien' } });
    const again = await kept.app.inject({ method: 'GET', url: '/api/programmes' });
    expect(await names(again)).toEqual(['Først']);
    expect(again.headers['cache-control']).toBe(PUBLIC_READ);
    expect(again.headers.etag).toMatch(/^W\//);
    // …but a signed-in user reads the database,
    const admin = await kept.signIn((await buildUser(kept.db, { isPlatformAdmin: true })).email);
    expect((await names(await admin.get('/api/programmes'))).sort()).toEqual(['Bakveien', 'Først']);
    // and a change through the server empties the memory.
    expect((await admin.post('/api/areas', { code: '0301', kind: 'municipality', name: 'Oslo' })).statusCode).toBe(201);
    expect((await names(await kept.app.inject({ method: 'GET', url: '/api/programmes' }))).sort()).toEqual(['Bakveien', 'Først']);
  });

  it("sends a kept file again with its name (the area profile's PDF)", async () => {
    const programme = await buildProgramme(kept.db);
    const area = await buildArea(kept.db, { code: '4601', kind: 'municipality', name: 'Bergen' });
    const url = `/api/programmes/${programme.id}/profile/4601/pdf`;
    const first = await kept.app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    // Renamed behind the server's back: a new rendering would say so, the kept file does not.
    await kept.db.update(areas).set({ name: 'Bjørgvin' }).where(eq(areas.id, area.id));
    const again = await kept.app.inject({ method: 'GET', url });
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(again.headers['content-type']).toBe('application/pdf');
    expect(again.headers['content-disposition']).toMatch(/^attachment; filename="profil-.+-4601-\d{4}-\d{2}-\d{2}\.pdf"$/);
  });

  it('keeps no private answer and no failure', async () => {
    const me = await kept.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.headers['cache-control']).toBe('no-store');
    const missing = await kept.app.inject({ method: 'GET', url: '/api/programmes/by-slug/kommer-snart' });
    expect(missing.statusCode).toBe(404);
    await buildProgramme(kept.db, { slug: 'kommer-snart' });
    expect((await kept.app.inject({ method: 'GET', url: '/api/programmes/by-slug/kommer-snart' })).statusCode).toBe(200);
  });
});

describe('the memory under a burst of readers', () => {
  const answer = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

  it('lets one reader ask while the others wait for its answer, and renews a kept answer behind the others', async () => {
    vi.useFakeTimers();
    try {
      const cache = publicReadCache(2_000);
      expect(cache.lookup('/a').kind).toBe('renew');
      const second = cache.lookup('/a');
      expect(second.kind).toBe('wait');
      cache.settle('/a', answer('1'));
      await (second as { done: Promise<void> }).done;
      expect(cache.lookup('/a')).toMatchObject({ kind: 'fresh', kept: { body: '1' } });
      vi.advanceTimersByTime(2_500);
      // Old: one reader renews it, the rest get the kept answer meanwhile.
      expect(cache.lookup('/a').kind).toBe('renew');
      expect(cache.lookup('/a')).toMatchObject({ kind: 'stale', kept: { body: '1' } });
      cache.settle('/a', answer('2'));
      expect(cache.lookup('/a')).toMatchObject({ kind: 'fresh', kept: { body: '2' } });
      // Too old to stand in: the next reader asks, the others wait.
      vi.advanceTimersByTime(61_000);
      expect(cache.lookup('/a').kind).toBe('renew');
      expect(cache.lookup('/a').kind).toBe('wait');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps no answer read before a change, and no one waits on an address whose answer is not kept', () => {
    const cache = publicReadCache(2_000);
    expect(cache.lookup('/b').kind).toBe('renew');
    cache.clear();
    cache.settle('/b', answer('before the change'));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.lookup('/b').kind).toBe('miss');
    expect(cache.lookup('/b').kind).toBe('miss');
  });

  it('does not leave readers waiting on one who went away', () => {
    vi.useFakeTimers();
    try {
      const cache = publicReadCache(2_000);
      expect(cache.lookup('/c').kind).toBe('renew');
      expect(cache.lookup('/c').kind).toBe('wait');
      vi.advanceTimersByTime(6_000);
      expect(cache.lookup('/c').kind).toBe('renew');
    } finally {
      vi.useRealTimers();
    }
  });
});
