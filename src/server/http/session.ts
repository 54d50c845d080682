import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import type { Config } from '../config';
import type { Actor } from './actor';
import { AppError } from './errors';
import type { Permission } from './permissions';
import { SESSION_COOKIE, type SessionStore } from '../features/auth/auth.repo';
import type { SessionRow } from '../features/auth/auth.table';
import { loadActorUser } from '../features/auth/auth.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
    /**
     * How a state-changing request proves it comes from the site: the session's token in
     * `x-csrf-token` (the default), or, for a form that posts without script and without a
     * session, the browser's `Sec-Fetch-Site: same-origin` (or an `Origin` of the site itself).
     */
    csrf?: 'token' | 'same-origin';
  }
  interface FastifyRequest {
    actor: Actor;
    session: { id: string; row: SessionRow } | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * Whether the browser says the request comes from a page of this site: Fetch Metadata
 * (`Sec-Fetch-Site`, sent by every current browser whatever the referrer policy), else an
 * `Origin` naming this host. The site's pages send no referrer, so their forms' `Origin` is
 * often `null`: that alone is refused.
 */
function isSameOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'same-origin';
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return false;
  try {
    return new URL(origin).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}

export function setSessionCookie(reply: FastifyReply, config: Config, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.trustProxy || (config.publicUrl?.startsWith('https://') ?? false),
    maxAge: config.sessionTtlHours * 3600,
  });
}

/** Returns the request's session, creating an anonymous one (for the CSRF token) when there is none. */
export async function ensureSession(request: FastifyRequest, reply: FastifyReply, store: SessionStore, config: Config) {
  if (request.session) return request.session;
  const created = await store.create(null);
  setSessionCookie(reply, config, created.id);
  request.session = created;
  return created;
}

/**
 * Resolves the actor from the session cookie, enforces the route's declared permission at
 * the coarse level (signed in or not) and checks the CSRF token on every state-changing request.
 */
export function installSessions(app: FastifyInstance, db: Db, store: SessionStore): void {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    request.actor = { user: null, requestId: request.id };
    const permission = request.routeOptions.config.permission;
    if (!request.url.startsWith('/api/') || permission === undefined) return;
    const id = request.cookies[SESSION_COOKIE];
    if (!id) return;
    const row = await store.find(id);
    if (!row) return;
    request.session = { id, row };
    if (row.userId) request.actor = { user: await loadActorUser(db, row.userId), requestId: request.id };
  });

  // Before the body is read: a refused request costs no parsing, and learns nothing about what a
  // valid body looks like.
  app.addHook('preParsing', async (request, _reply, payload) => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) return payload;
    if (UNSAFE.has(request.method) && request.routeOptions.config.csrf === 'same-origin') {
      if (!isSameOrigin(request)) throw new AppError('CSRF_INVALID', 'The form did not come from this site. Open the page and send it again.');
    } else if (UNSAFE.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      const token = typeof header === 'string' ? header : '';
      if (!request.session || !token || !sameToken(token, request.session.row.csrfToken)) {
        throw new AppError('CSRF_INVALID', 'The form has expired or did not come from this site. Reload the page and try again.');
      }
    }
    if (permission !== 'public' && !request.actor.user) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    return payload;
  });
}
