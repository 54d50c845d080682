import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import { Area, AreaCreate, AreaPage, AreaQuery, AreaUpdate } from '../../../shared/contracts/areas';
import * as svc from './areas.service';

const tags = ['areas'];

export const areaRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/areas', {
    schema: { tags, querystring: AreaQuery, response: { 200: AreaPage } },
    config: { permission: 'public' },
  }, (req) => svc.listAreas(db, req.query));

  app.get('/api/areas/:id', {
    schema: { tags, params: IdParams, response: { 200: Area } },
    config: { permission: 'public' },
  }, (req) => svc.getArea(db, req.params.id));

  app.post('/api/areas', {
    schema: { tags, body: AreaCreate, response: { 201: Area } },
    config: { permission: { action: 'area.create', scope: 'platform' } },
  }, async (req, reply) => reply.status(201).send(await svc.createArea(db, req.actor, req.body)));

  app.patch('/api/areas/:id', {
    schema: { tags, params: IdParams, body: AreaUpdate, response: { 200: Area } },
    config: { permission: { action: 'area.update', scope: 'platform' } },
  }, (req) => svc.updateArea(db, req.actor, req.params.id, req.body));

  app.delete('/api/areas/:id', {
    schema: { tags, params: IdParams, response: { 200: OkResponse } },
    config: { permission: { action: 'area.delete', scope: 'platform' } },
  }, async (req) => {
    await svc.deleteArea(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
