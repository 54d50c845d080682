import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import { Person, PersonCreate, PersonPage, PersonQuery, PersonUpdate } from '../../../shared/contracts/people';
import * as svc from './people.service';

const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/people', {
    schema: { tags, querystring: PersonQuery, response: { 200: PersonPage } },
    config: { permission: { action: 'person.read', scope: 'organisation' } },
  }, (req) => svc.listPeople(db, req.actor, req.query));

  app.get('/api/people/:id', {
    schema: { tags, params: IdParams, response: { 200: Person } },
    config: { permission: { action: 'person.read', scope: 'organisation' } },
  }, (req) => svc.getPerson(db, req.actor, req.params.id));

  app.post('/api/people', {
    schema: { tags, body: PersonCreate, response: { 201: Person } },
    config: { permission: { action: 'person.create', scope: 'organisation' } },
  }, async (req, reply) => reply.status(201).send(await svc.createPerson(db, req.actor, req.body)));

  app.patch('/api/people/:id', {
    schema: { tags, params: IdParams, body: PersonUpdate, response: { 200: Person } },
    config: { permission: { action: 'person.update', scope: 'organisation' } },
  }, (req) => svc.updatePerson(db, req.actor, req.params.id, req.body));

  app.delete('/api/people/:id', {
    schema: { tags, params: IdParams, response: { 200: OkResponse } },
    config: { permission: { action: 'person.delete', scope: 'organisation' } },
  }, async (req) => {
    await svc.deletePerson(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
