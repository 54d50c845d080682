import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { authApi } from '../../../shared/contracts/auth';
import { AppError } from '../../http/errors';
import { ensureSession, setSessionCookie } from '../../http/session';
import { SESSION_COOKIE } from './auth.repo';
import { describeMe, loadActorUser, signInWithPassword } from './auth.service';
import type { PendingLogin } from './oidc';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db, sessions, config, oidc } = deps;

  // A visitor who only reads gets no session: no row, no cookie. The first form they send asks
  // for a token (GET /api/auth/csrf), which starts one.
  route(app, authApi.me, { tags, summary: 'Who is signed in, and the CSRF token of the session if there is one', permission: 'public' }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return describeMe(db, req.actor.user, req.session?.row.csrfToken ?? null, oidc !== undefined);
  });

  route(app, authApi.csrf, { tags, summary: 'The CSRF token for forms, starting a session when there is none', permission: 'public' }, async (req, reply) => {
    const s = await ensureSession(req, reply, sessions, config);
    reply.header('cache-control', 'no-store');
    return { csrfToken: s.row.csrfToken };
  });

  route(app, authApi.login, { tags, summary: 'Sign in with e-mail and password', permission: 'public' }, async (req, reply) => {
    const user = await signInWithPassword(db, config, req.body.email, req.body.password, req.ip);
    // A fresh session id on sign-in: an id planted before login is worth nothing after it.
    if (req.session) await sessions.destroy(req.session.id);
    const s = await sessions.create(user.id);
    setSessionCookie(reply, config, s.id);
    return describeMe(db, await loadActorUser(db, user.id), s.row.csrfToken, oidc !== undefined);
  });

  route(app, authApi.logout, { tags, permission: 'authenticated' }, async (req, reply) => {
    if (req.session) await sessions.destroy(req.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  const redirectUri = (host: string | undefined) => `${config.publicUrl ?? `http://${host ?? 'localhost'}`}/api/auth/oidc/callback`;

  // The OpenID Connect routes answer with redirects: their descriptors are links.
  route(app, authApi.oidcLogin, { tags, summary: 'Start sign-in with the configured OpenID Connect provider', permission: 'public' }, async (req, reply) => {
    if (!oidc) throw new AppError('OIDC_NOT_CONFIGURED', 'Sign-in with an identity provider is not set up on this installation');
    const s = await ensureSession(req, reply, sessions, config);
    const { url, pending } = await oidc.begin(redirectUri(req.headers.host), req.query.returnTo ?? '/admin');
    await sessions.setData(s.id, { ...s.row.data, oidc: pending });
    return reply.redirect(url, 302);
  });

  route(app, authApi.oidcCallback, { tags, summary: 'Where the identity provider returns to', permission: 'public' }, async (req, reply) => {
    if (!oidc) throw new AppError('OIDC_NOT_CONFIGURED', 'Sign-in with an identity provider is not set up on this installation');
    const pending = req.session?.row.data.oidc as PendingLogin | undefined;
    if (!req.session || !pending) return reply.redirect('/logg-inn?error=OIDC_FAILED', 302);
    const url = new URL(req.url, redirectUri(req.headers.host));
    try {
      const user = await oidc.finish(db, url, pending);
      await sessions.destroy(req.session.id);
      const s = await sessions.create(user.id);
      setSessionCookie(reply, config, s.id);
      return reply.redirect(pending.returnTo, 302);
    } catch (e) {
      req.log.warn({ err: e }, 'OpenID Connect sign-in failed');
      await sessions.setData(req.session.id, { ...req.session.row.data, oidc: undefined });
      return reply.redirect(`/logg-inn?error=OIDC_FAILED`, 302);
    }
  });
};
