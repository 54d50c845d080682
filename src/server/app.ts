import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Db } from './db/client';
import type { AppDeps } from './http/deps';
import { PgFileStore } from './files/pg-file-store';
import type { Permission } from './http/permissions';
import { installErrorHandler } from './http/error-handler';
import { installSessions } from './http/session';
import { serveClient } from './http/client-pages';
import { installSecurityHeaders } from './http/security-headers';
import { loadBuiltRenderer } from './http/page-rendering';
import { RequestLog } from './http/request-log';
import type { CreatePageRenderer } from '../shared/contracts/site';
import { installCaching } from './http/caching';
import { sessionStore } from './features/auth/auth.repo';
import { oidcClient } from './features/auth/oidc';
import { authRoutes } from './features/auth/auth.routes';
import { healthRoutes } from './features/health/health.routes';
import { programmeRoutes } from './features/programmes/programmes.routes';
import { organisationRoutes } from './features/organisations/organisations.routes';
import { areaRoutes } from './features/areas/areas.routes';
import { peopleRoutes } from './features/people/people.routes';
import { userRoutes } from './features/users/users.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { indicatorRoutes } from './features/indicators/indicators.routes';
import { importRoutes } from './features/imports/imports.routes';
import { defineImportJobs } from './features/imports/imports.jobs';
import { defineAuthJobs } from './features/auth/auth.jobs';
import { defineEmailJobs } from './features/email/email.jobs';
import { emailRoutes } from './features/email/email.routes';
import { profileRoutes } from './features/profiles/profiles.routes';
import { goalRoutes } from './features/goals/goals.routes';
import { bodyRoutes } from './features/governance/governance.routes';
import { meetingRoutes } from './features/governance/meetings.routes';
import { governanceDocumentRoutes } from './features/governance/documents.routes';
import { actionProgrammeRoutes } from './features/governance/action-programmes.routes';
import { projectRoutes } from './features/portfolio/projects.routes';
import { projectChangeRoutes } from './features/portfolio/project-changes.routes';
import { partnerSearchRoutes } from './features/portfolio/partner-searches.routes';
import { contentRoutes } from './features/content/content.routes';
import { eventRoutes } from './features/events/events.routes';
import { standardRoutes } from './features/standards/standards.routes';
import { developmentRoutes } from './features/development/development.routes';
import { attachmentRoutes } from './features/governance/attachments.routes';
import { callRoutes } from './features/calls/calls.routes';
import { reviewRoutes } from './features/reviews/reviews.routes';
import { benefitRoutes } from './features/benefits/benefits.routes';
import { defineGovernanceJobs } from './features/governance/governance.jobs';
import { defineCallJobs } from './features/calls/calls.jobs';
import { defineReportJobs } from './features/reports/reports.jobs';
import { reportRoutes } from './features/reports/reports.routes';
import { siteRoutes } from './features/site/site.routes';
import { documentRoutes } from './features/documents/documents.routes';
import { defineDocumentJobs } from './features/documents/documents.jobs';
import { defineDevelopmentJobs } from './features/development/development.jobs';
import { CLIENT_DIST_DIR } from './paths';
import { createJobs, type Jobs } from './jobs/jobs';
import { systemClock, type Clock } from './jobs/clock';
import { refuseUnstorableText } from './http/text-guard';
import { installJsonBodyParser } from './http/body-parsing';
import { poolOf } from './jobs/pool';

export interface RouteInfo {
  method: string;
  url: string;
  permission: Permission | undefined;
  /** The route's schema as registered (Zod schemas): a test holds it against the contracts' descriptors. */
  schema: FastifySchema | undefined;
}

export interface BuildOptions {
  config: Config;
  db: Db;
  /** Log destination; tests pass false to keep output clean. */
  logger?: boolean | object;
  clientDir?: string;
  /**
   * Renders the site's pages on the server. By default the build's bundle beside the client
   * (dist/ssr); tests pass the sources' own.
   */
  createPageRenderer?: CreatePageRenderer;
  /** The time recurring jobs fall due by: the system clock unless a test sets one. */
  clock?: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, with its declared permission: the authorization test walks it. */
    registeredRoutes: RouteInfo[];
    /** Background jobs (pg-boss); started by serve(), or by the first job sent. */
    jobs: Jobs;
  }
}

/** Builds the HTTP application without listening; tests use app.inject(). */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config, db } = opts;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimit,
    genReqId: () => crypto.randomUUID(),
    logController: new RequestLog(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routes: RouteInfo[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const permission = (route.config as { permission?: Permission } | undefined)?.permission;
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      routes.push({ method, url: route.url, permission, schema: route.schema });
    }
  });

  const jobs = createJobs({ pool: poolOf(db), log: app.log, clock: opts.clock });
  app.decorate('jobs', jobs);
  app.addHook('onClose', () => jobs.stop());

  const deps: AppDeps = {
    db,
    config,
    jobs,
    // The sending job is defined with the outbox, when there is an SMTP server to send through.
    outbox: defineEmailJobs(db, jobs, config.mail, app.log),
    files: new PgFileStore(db),
    clock: opts.clock ?? systemClock,
    sessions: sessionStore(db, config.sessionSecret, config.sessionTtlHours),
    oidc: config.oidc ? oidcClient(config.oidc) : undefined,
    isDatabaseReady: async () => {
      try {
        await db.execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
  };

  // Queue workers are defined here, where the app is assembled, and not inside a routes plugin:
  // a feature's background work must not hinge on how or whether its routes are registered.
  defineImportJobs(deps, app.log);
  defineAuthJobs(deps, app.log);
  defineGovernanceJobs(deps, app.log);
  defineCallJobs(deps, app.log);
  defineReportJobs(deps, app.log);
  defineDocumentJobs(deps, app.log);
  defineDevelopmentJobs(deps, app.log);

  installSecurityHeaders(app, config);
  installJsonBodyParser(app);
  app.addHook('preValidation', refuseUnstorableText);
  await app.register(cookie, { secret: config.sessionSecret });
  // Before ETags and compression: an answer sent again from memory gets both like any other.
  installCaching(app, { ttlMs: config.publicCacheMs });
  // ETags of the answers as written, before compression: a 304 when the reader has this version.
  await app.register(etag, { weak: true });
  // Answers the browser may take compressed are (JSON, the pages); built files come compressed.
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
  installErrorHandler(app);
  installSessions(app, db, deps.sessions);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samordna API',
        version: '0.1.0',
        description: 'Programmes, organisations, areas, people and accounts; indicators, official statistics and their imports, area profiles, goals and targets. Errors are application/problem+json with a stable `code`. State-changing requests need the `x-csrf-token` header from GET /api/auth/csrf.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: true } });
  // The documentation routes come from the plugin; they are public by nature.
  for (const r of routes) if (r.url.startsWith('/api/docs')) r.permission = 'public';
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(programmeRoutes, deps);
  await app.register(organisationRoutes, deps);
  await app.register(areaRoutes, deps);
  await app.register(peopleRoutes, deps);
  await app.register(userRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(emailRoutes, deps);
  await app.register(indicatorRoutes, deps);
  await app.register(importRoutes, deps);
  await app.register(profileRoutes, deps);
  await app.register(goalRoutes, deps);
  await app.register(bodyRoutes, deps);
  await app.register(meetingRoutes, deps);
  await app.register(governanceDocumentRoutes, deps);
  await app.register(actionProgrammeRoutes, deps);
  await app.register(projectRoutes, deps);
  await app.register(projectChangeRoutes, deps);
  await app.register(partnerSearchRoutes, deps);
  await app.register(contentRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(standardRoutes, deps);
  await app.register(developmentRoutes, deps);
  await app.register(attachmentRoutes, deps);
  await app.register(callRoutes, deps);
  await app.register(reviewRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(benefitRoutes, deps);
  await app.register(documentRoutes, deps);
  await app.register(siteRoutes, deps);

  const clientDir = opts.clientDir ?? CLIENT_DIST_DIR;
  if (existsSync(path.join(clientDir, 'index.html'))) {
    const before = routes.length;
    const createRenderer = opts.createPageRenderer ?? (await loadBuiltRenderer(clientDir));
    await serveClient(app, clientDir, { createRenderer, publicUrl: config.publicUrl });
    // Built assets are public files; their routes come from the plugin.
    for (const r of routes.slice(before)) r.permission ??= 'public';
  }

  for (const r of routes) {
    if (r.permission === undefined && !r.url.startsWith('/api/docs')) {
      throw new Error(`Route ${r.method} ${r.url} declares no permission`);
    }
  }
  return app;
}
