import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { auditApi } from '../../../shared/contracts/audit';
import { listAudit } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, auditApi.list, { tags: ['audit'], summary: 'Who changed what, newest first', permission: { action: 'audit.read', scope: 'programme' } },
    (req) => listAudit(db, req.actor, req.query));
};
