import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { usersApi } from '../../../shared/contracts/users';
import * as svc from './users.service';
import { originOf } from '../../http/origin';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, outbox, config }) => {
  route(app, usersApi.list, { tags, permission: { action: 'user.read', scope: 'programme' } }, (req) => svc.listUsers(db, req.actor, req.query));

  route(app, usersApi.get, { tags, permission: { action: 'user.read', scope: 'programme' } }, (req) => svc.getUser(db, req.actor, req.params.id));

  route(app, usersApi.create, { tags, permission: { action: 'user.create', scope: 'platform' } }, (req) => svc.createUser(db, outbox, req.actor, req.body, originOf(req, config.publicUrl)));

  route(app, usersApi.update, { tags, permission: { action: 'user.update', scope: 'platform' } }, (req) => svc.updateUser(db, req.actor, req.params.id, req.body, req.session?.row.idHash));

  route(app, usersApi.assignRole, { tags, summary: "Grant or change the user's role in a programme", permission: { action: 'role.manage', scope: 'programme' } },
    (req) => svc.assignRole(db, req.actor, req.params.id, req.body));

  route(app, usersApi.revokeRole, { tags, permission: { action: 'role.manage', scope: 'programme' } }, async (req) => {
    await svc.revokeRole(db, req.actor, req.params.id, req.params.programmeId);
    return { ok: true as const };
  });
};
