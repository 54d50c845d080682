import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { requestWith, signInRaw } from '../testing/raw-session';

/**
 * Two app nodes on one database, as behind a load balancer: each with its own connection pool
 * and memory, sharing only PostgreSQL. A session made on one is honoured by the other, a write
 * on one is read on the other, and signing out on one ends the session on both.
 */
let one: TestApp;
let two: TestApp;

beforeAll(async () => {
  one = await buildTestApp();
  two = await buildTestApp({}, { nodeOf: one });
});
afterAll(async () => {
  await two.close();
  await one.close();
});

describe('two app nodes on one database', () => {
  it('signs in on one, writes on the other, and signs out on one for both', async () => {
    const admin = await buildUser(one.db, { isPlatformAdmin: true });
    const { after: session } = await signInRaw(one.app, admin.email);

    const created = await requestWith(two.app, session.id, session.csrfToken, { method: 'POST', url: '/api/organisations', payload: { name: 'Laget på node to', kind: 'ngo' } });
    expect(created.statusCode).toBe(201);
    const read = await requestWith(one.app, session.id, undefined, { method: 'GET', url: `/api/organisations/${created.json().id}` });
    expect(read.json().name).toBe('Laget på node to');

    expect((await requestWith(one.app, session.id, session.csrfToken, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    // The session is gone everywhere: a write is refused (its form token has no session left),
    // and so is a read that needs a signed-in user.
    const refused = await requestWith(two.app, session.id, session.csrfToken, { method: 'POST', url: '/api/organisations', payload: { name: 'Etter utlogging', kind: 'ngo' } });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'CSRF_INVALID']);
    const read2 = await requestWith(two.app, session.id, undefined, { method: 'GET', url: '/api/people' });
    expect([read2.statusCode, read2.json().code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await requestWith(two.app, session.id, undefined, { method: 'GET', url: '/api/auth/me' })).json().user).toBeNull();
  });
});
