import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../features/auth/auth.repo';
import { TEST_PASSWORD } from './factories';

/**
 * Sessions as an attacker holds them: the bare cookie value and the CSRF token, sent by hand.
 * Unlike TestClient, nothing is remembered between requests, so a test can replay an old cookie.
 */
export interface RawSession {
  id: string;
  csrfToken: string;
}

/** The session id a response sets, if it sets one. */
export function sessionIdOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

/** Sends a request with exactly this cookie and, when given, this CSRF token. */
export function requestWith(app: FastifyInstance, sessionId: string | undefined, csrfToken: string | undefined, opts: InjectOptions) {
  return app.inject({
    ...opts,
    headers: { ...(sessionId ? { cookie: `${SESSION_COOKIE}=${sessionId}` } : {}), ...(csrfToken !== undefined ? { 'x-csrf-token': csrfToken } : {}), ...(opts.headers ?? {}) },
  });
}

/** The anonymous session a visitor gets before a first form, as GET /api/auth/csrf hands it out. */
export async function anonymousSession(app: FastifyInstance): Promise<RawSession> {
  const res = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const id = sessionIdOf(res);
  if (!id) throw new Error('GET /api/auth/csrf set no session cookie');
  return { id, csrfToken: res.json().csrfToken as string };
}

/**
 * Signs in from the session `before` (a fresh anonymous one when not given). `after` is the
 * session the browser holds afterwards: the new cookie, or the old one if none was set.
 */
export async function signInRaw(app: FastifyInstance, email: string, before?: RawSession): Promise<{ before: RawSession; after: RawSession; res: LightMyRequestResponse }> {
  const from = before ?? (await anonymousSession(app));
  const res = await requestWith(app, from.id, from.csrfToken, { method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  return { before: from, after: { id: sessionIdOf(res) ?? from.id, csrfToken: res.json().csrfToken as string }, res };
}
