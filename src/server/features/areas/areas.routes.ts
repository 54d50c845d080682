import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { areasApi } from '../../../shared/contracts/areas';
import * as svc from './areas.service';

const tags = ['areas'];

export const areaRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, areasApi.list, { tags, permission: 'public' }, (req) => svc.listAreas(db, req.query));

  route(app, areasApi.get, { tags, permission: 'public' }, (req) => svc.getArea(db, req.params.id));

  route(app, areasApi.create, { tags, permission: { action: 'area.create', scope: 'platform' } }, (req) => svc.createArea(db, req.actor, req.body));

  route(app, areasApi.update, { tags, permission: { action: 'area.update', scope: 'platform' } }, (req) => svc.updateArea(db, req.actor, req.params.id, req.body));

  route(app, areasApi.remove, { tags, permission: { action: 'area.delete', scope: 'platform' } }, async (req) => {
    await svc.deleteArea(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
