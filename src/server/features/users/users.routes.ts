import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import { RoleAssign, RoleParams, User, UserCreate, UserPage, UserQuery, UserUpdate } from '../../../shared/contracts/users';
import * as svc from './users.service';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/users', {
    schema: { tags, querystring: UserQuery, response: { 200: UserPage } },
    config: { permission: { action: 'user.read', scope: 'programme' } },
  }, (req) => svc.listUsers(db, req.actor, req.query));

  app.get('/api/users/:id', {
    schema: { tags, params: IdParams, response: { 200: User } },
    config: { permission: { action: 'user.read', scope: 'programme' } },
  }, (req) => svc.getUser(db, req.actor, req.params.id));

  app.post('/api/users', {
    schema: { tags, body: UserCreate, response: { 201: User } },
    config: { permission: { action: 'user.create', scope: 'platform' } },
  }, async (req, reply) => reply.status(201).send(await svc.createUser(db, req.actor, req.body)));

  app.patch('/api/users/:id', {
    schema: { tags, params: IdParams, body: UserUpdate, response: { 200: User } },
    config: { permission: { action: 'user.update', scope: 'platform' } },
  }, (req) => svc.updateUser(db, req.actor, req.params.id, req.body));

  app.put('/api/users/:id/roles', {
    schema: { tags, summary: "Grant or change the user's role in a programme", params: IdParams, body: RoleAssign, response: { 200: User } },
    config: { permission: { action: 'role.manage', scope: 'programme' } },
  }, (req) => svc.assignRole(db, req.actor, req.params.id, req.body));

  app.delete('/api/users/:id/roles/:programmeId', {
    schema: { tags, params: RoleParams, response: { 200: OkResponse } },
    config: { permission: { action: 'role.manage', scope: 'programme' } },
  }, async (req) => {
    await svc.revokeRole(db, req.actor, req.params.id, req.params.programmeId);
    return { ok: true as const };
  });
};
