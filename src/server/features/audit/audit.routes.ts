import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { AuditPage, AuditQuery } from '../../../shared/contracts/audit';
import { listAudit } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/audit', {
    schema: { tags: ['audit'], summary: 'Who changed what, newest first', querystring: AuditQuery, response: { 200: AuditPage } },
    config: { permission: { action: 'audit.read', scope: 'programme' } },
  }, (req) => listAudit(db, req.actor, req.query));
};
