import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestClient } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { nestingDepth } from './body-parsing';

/**
 * A request body is read only after the checks that can refuse the request without it, and a
 * body nested deeper than any route takes is refused before it is parsed: a 1 MB body nested
 * 500,000 levels cost about a second of the event loop per request, even from anonymous clients.
 */
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.signIn((await buildUser(t.db, { isPlatformAdmin: true })).email);
});
afterAll(() => t.close());

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('nesting depth', () => {
  it('counts brackets outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":2}]}')).toEqual({ depth: 3, at: 8 });
    expect(nestingDepth('{"a":"[[[[{{{{\\"[["}').depth).toBe(1);
    expect(nestingDepth('42').depth).toBe(0);
    expect(nestingDepth(nested(100), 32)).toEqual({ depth: 33, at: 32 });
  });

  it('refuses a body nested deeper than 32 levels, saying where, before it is parsed', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/organisations', payload: nested(500_000), headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', position: 'character 33' });
    expect(res.json().errors).toEqual([expect.objectContaining({ path: '', code: 'nestingTooDeep' })]);
  });

  it('takes a body nested as deep as the routes need', async () => {
    const res = await admin.post('/api/organisations', { name: 'Dyp nok', kind: 'ngo', extra: { a: { b: { c: [[[1]]] } } } });
    expect(res.statusCode).toBe(201);
  });
});

describe('the order of checks', () => {
  it('refuses a request without a session or CSRF token before reading its body', async () => {
    const anon = await t.app.inject({ method: 'POST', url: '/api/organisations', payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect([anon.statusCode, anon.json().code]).toEqual([403, 'CSRF_INVALID']);
    const c = await t.client();
    const signedOut = await c.request({ method: 'POST', url: '/api/organisations', payload: nested(500_000), headers: { 'content-type': 'application/json' } });
    expect([signedOut.statusCode, signedOut.json().code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('still reads the body of a public form and says what is wrong with it', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'POST', url: '/api/auth/login', payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect([res.statusCode, res.json().code]).toEqual([400, 'MALFORMED_JSON']);
  });
});
