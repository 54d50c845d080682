import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { organisationsApi } from '../../../shared/contracts/organisations';
import * as svc from './organisations.service';

const tags = ['organisations'];

export const organisationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, organisationsApi.list, { tags, permission: 'public' }, (req) => svc.listOrganisations(db, req.query));

  route(app, organisationsApi.get, { tags, permission: 'public' }, (req) => svc.getOrganisation(db, req.params.id));

  route(app, organisationsApi.create, { tags, permission: { action: 'organisation.create', scope: 'platform' } }, (req) => svc.createOrganisation(db, req.actor, req.body));

  route(app, organisationsApi.update, { tags, permission: { action: 'organisation.update', scope: 'organisation' } }, (req) => svc.updateOrganisation(db, req.actor, req.params.id, req.body));

  route(app, organisationsApi.remove, { tags, permission: { action: 'organisation.delete', scope: 'platform' } }, async (req) => {
    await svc.deleteOrganisation(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
