import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { indicatorsApi } from '../../../shared/contracts/indicators';
import * as svc from './indicators.service';

const tags = ['indicators'];

export const indicatorRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, indicatorsApi.list, { tags, summary: 'The indicator catalogue', permission: 'public' },
    (req) => svc.listIndicators(db, req.query));

  route(app, indicatorsApi.get, { tags, summary: 'One indicator with its source and the span of its observations', permission: 'public' },
    (req) => svc.getIndicator(db, req.params.code));

  route(app, indicatorsApi.create, { tags, summary: 'Add an indicator', permission: { action: 'indicator.create', scope: 'platform' } },
    (req) => svc.createIndicator(db, req.actor, req.body));

  route(app, indicatorsApi.update, { tags, permission: { action: 'indicator.update', scope: 'platform' } },
    (req) => svc.updateIndicator(db, req.actor, req.params.code, req.body));

  route(app, indicatorsApi.remove, { tags, summary: 'Delete an indicator without observations or targets', permission: { action: 'indicator.delete', scope: 'platform' } }, async (req) => {
    await svc.deleteIndicator(db, req.actor, req.params.code);
    return { ok: true as const };
  });

  route(app, indicatorsApi.programmeStatistics, { tags, summary: "The programme's indicators, focus areas and reference areas", permission: 'public' },
    (req) => svc.getProgrammeStatistics(db, req.actor, req.params.id));

  route(app, indicatorsApi.updateProgrammeStatistics, {
    tags,
    summary: "Replace the programme's indicators, focus areas and reference areas",
    permission: { action: 'programme.manageStatistics', scope: 'programme' },
  }, (req) => svc.updateProgrammeStatistics(db, req.actor, req.params.id, req.body));
};
