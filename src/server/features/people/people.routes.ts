import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { peopleApi } from '../../../shared/contracts/people';
import * as svc from './people.service';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, peopleApi.list, { tags, permission: { action: 'person.read', scope: 'organisation' } }, (req) => svc.listPeople(db, req.actor, req.query));

  route(app, peopleApi.get, { tags, permission: { action: 'person.read', scope: 'organisation' } }, (req) => svc.getPerson(db, req.actor, req.params.id));

  route(app, peopleApi.create, { tags, permission: { action: 'person.create', scope: 'organisation' } }, (req) => svc.createPerson(db, req.actor, req.body));

  route(app, peopleApi.update, { tags, permission: { action: 'person.update', scope: 'organisation' } }, (req) => svc.updatePerson(db, req.actor, req.params.id, req.body));

  route(app, peopleApi.remove, { tags, permission: { action: 'person.delete', scope: 'organisation' } }, async (req) => {
    await svc.deletePerson(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
