import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { isUnstorable, unstorableTextIn } from './text-guard';

/**
 * A NUL character or half a surrogate pair anywhere in a request: PostgreSQL cannot store either,
 * and the server answered 500. Now a 400 names the field, before anything reaches the database.
 */
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
});
afterAll(() => t.close());

const fieldOf = (res: { statusCode: number; json(): { code?: string; errors?: { path: string; code: string }[] } }) => [res.statusCode, res.json().code, res.json().errors?.[0]?.path, res.json().errors?.[0]?.code];

describe('text the database cannot store', () => {
  it('is a NUL character or a lone half of a surrogate pair, and not a whole pair', () => {
    expect(['a\u0000b', '\udc00', 'x\ud800', '\ud800y'].map(isUnstorable)).toEqual([true, true, true, true]);
    expect(['Bjørn 😀', 'æøå', ''].map(isUnstorable)).toEqual([false, false, false]);
    expect(unstorableTextIn({ name: { nb: 'ok', en: 'a\u0000' } })).toBe('name.en');
    expect(unstorableTextIn({ list: ['ok', { ['k\u0000']: 1 }] })).toBe('list.1.k\u0000');
    expect(unstorableTextIn({ n: 1, b: true, s: 'fine' })).toBeUndefined();
  });

  it('in a path parameter or a query answers 400 naming it, for anyone', async () => {
    expect(fieldOf(await t.app.inject({ method: 'GET', url: '/api/indicators/a%00b' }))).toEqual([400, 'VALIDATION_FAILED', 'code', 'unstorableText']);
    expect(fieldOf(await t.app.inject({ method: 'GET', url: '/api/programmes?q=x%00' }))).toEqual([400, 'VALIDATION_FAILED', 'q', 'unstorableText']);
  });

  it('in a JSON body answers 400 naming the field, and stores nothing', async () => {
    const nul = await admin.post('/api/organisations', { name: 'Nul\u0000 AS', kind: 'company' });
    expect(fieldOf(nul)).toEqual([400, 'VALIDATION_FAILED', 'name', 'unstorableText']);
    const lone = await admin.request({ method: 'POST', url: '/api/areas', payload: '{"code":"9999","kind":"municipality","name":"Halv \\udc00"}', headers: { 'content-type': 'application/json' } });
    expect(fieldOf(lone)).toEqual([400, 'VALIDATION_FAILED', 'name', 'unstorableText']);
    const listed = await admin.get('/api/organisations?q=Nul');
    expect(listed.json().total).toBe(0);
  });
});
