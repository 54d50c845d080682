import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { anonymousSession, requestWith, signInRaw, type RawSession } from '../testing/raw-session';

/**
 * Every state-changing request of every registered route needs the session's CSRF token. The
 * requests come from a signed-in platform admin, who may do anything: only the CSRF check stands
 * between them and the handler. Path parameters are filled with ids that match nothing, so a
 * request that slips through changes nothing either.
 */
const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

let t: TestApp;
let admin: RawSession;
/** A token that is valid, but for another session. */
let othersToken: string;

beforeAll(async () => {
  t = await buildTestApp();
  admin = (await signInRaw(t.app, (await buildUser(t.db, { isPlatformAdmin: true })).email)).after;
  othersToken = (await anonymousSession(t.app)).csrfToken;
});
afterAll(() => t.close());

const fill = (url: string) => url.replace(/:(\w+)/g, () => randomUUID());
const stateChanging = () => t.app.registeredRoutes.filter((r) => (STATE_CHANGING as readonly string[]).includes(r.method));

describe('CSRF protection of every state-changing route', () => {
  it('finds routes of every state-changing method to sweep', () => {
    expect(new Set(stateChanging().map((r) => r.method))).toEqual(new Set(STATE_CHANGING));
  });

  const attempts: Record<string, () => string | undefined> = {
    'without the token': () => undefined,
    'with an empty token': () => '',
    'with a made-up token': () => randomBytes(32).toString('base64url'),
    "with another session's token": () => othersToken,
  };
  for (const [how, token] of Object.entries(attempts)) {
    it(`refuses every POST, PUT, PATCH and DELETE ${how} with 403 CSRF_INVALID`, async () => {
      for (const r of stateChanging()) {
        const res = await requestWith(t.app, admin.id, token(), { method: r.method as 'POST', url: fill(r.url) });
        expect({ route: `${r.method} ${r.url}`, status: res.statusCode, code: res.json().code }).toEqual({ route: `${r.method} ${r.url}`, status: 403, code: 'CSRF_INVALID' });
      }
    });
  }

  it('lets the same requests through to the handler with the right token', async () => {
    const res = await requestWith(t.app, admin.id, admin.csrfToken, { method: 'DELETE', url: `/api/areas/${randomUUID()}` });
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});
