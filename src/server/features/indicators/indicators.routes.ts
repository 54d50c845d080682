import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import {
  Indicator,
  IndicatorCodeParams,
  IndicatorCreate,
  IndicatorPage,
  IndicatorQuery,
  IndicatorUpdate,
  ProgrammeStatistics,
  ProgrammeStatisticsUpdate,
} from '../../../shared/contracts/indicators';
import * as svc from './indicators.service';

const tags = ['indicators'];

export const indicatorRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/indicators', {
    schema: { tags, summary: 'The indicator catalogue', querystring: IndicatorQuery, response: { 200: IndicatorPage } },
    config: { permission: 'public' },
  }, (req) => svc.listIndicators(db, req.query));

  app.get('/api/indicators/:code', {
    schema: { tags, summary: 'One indicator with its source and the span of its observations', params: IndicatorCodeParams, response: { 200: Indicator } },
    config: { permission: 'public' },
  }, (req) => svc.getIndicator(db, req.params.code));

  app.post('/api/indicators', {
    schema: { tags, summary: 'Add an indicator', body: IndicatorCreate, response: { 201: Indicator } },
    config: { permission: { action: 'indicator.create', scope: 'platform' } },
  }, async (req, reply) => reply.status(201).send(await svc.createIndicator(db, req.actor, req.body)));

  app.patch('/api/indicators/:code', {
    schema: { tags, params: IndicatorCodeParams, body: IndicatorUpdate, response: { 200: Indicator } },
    config: { permission: { action: 'indicator.update', scope: 'platform' } },
  }, (req) => svc.updateIndicator(db, req.actor, req.params.code, req.body));

  app.delete('/api/indicators/:code', {
    schema: { tags, summary: 'Delete an indicator without observations or targets', params: IndicatorCodeParams, response: { 200: OkResponse } },
    config: { permission: { action: 'indicator.delete', scope: 'platform' } },
  }, async (req) => {
    await svc.deleteIndicator(db, req.actor, req.params.code);
    return { ok: true as const };
  });

  app.get('/api/programmes/:id/statistics', {
    schema: { tags, summary: "The programme's indicators, focus areas and reference areas", params: IdParams, response: { 200: ProgrammeStatistics } },
    config: { permission: 'public' },
  }, (req) => svc.getProgrammeStatistics(db, req.actor, req.params.id));

  app.put('/api/programmes/:id/statistics', {
    schema: { tags, summary: "Replace the programme's indicators, focus areas and reference areas", params: IdParams, body: ProgrammeStatisticsUpdate, response: { 200: ProgrammeStatistics } },
    config: { permission: { action: 'programme.manageStatistics', scope: 'programme' } },
  }, (req) => svc.updateProgrammeStatistics(db, req.actor, req.params.id, req.body));
};
