import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import { Organisation, OrganisationCreate, OrganisationPage, OrganisationQuery, OrganisationUpdate } from '../../../shared/contracts/organisations';
import * as svc from './organisations.service';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/organisations', {
    schema: { tags, querystring: OrganisationQuery, response: { 200: OrganisationPage } },
    config: { permission: 'public' },
  }, (req) => svc.listOrganisations(db, req.query));

  app.get('/api/organisations/:id', {
    schema: { tags, params: IdParams, response: { 200: Organisation } },
    config: { permission: 'public' },
  }, (req) => svc.getOrganisation(db, req.params.id));

  app.post('/api/organisations', {
    schema: { tags, body: OrganisationCreate, response: { 201: Organisation } },
    config: { permission: { action: 'organisation.create', scope: 'platform' } },
  }, async (req, reply) => reply.status(201).send(await svc.createOrganisation(db, req.actor, req.body)));

  app.patch('/api/organisations/:id', {
    schema: { tags, params: IdParams, body: OrganisationUpdate, response: { 200: Organisation } },
    config: { permission: { action: 'organisation.update', scope: 'organisation' } },
  }, (req) => svc.updateOrganisation(db, req.actor, req.params.id, req.body));

  app.delete('/api/organisations/:id', {
    schema: { tags, params: IdParams, response: { 200: OkResponse } },
    config: { permission: { action: 'organisation.delete', scope: 'platform' } },
  }, async (req) => {
    await svc.deleteOrganisation(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
