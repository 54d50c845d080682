import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { benefitsApi } from '../../../shared/contracts/benefits';
import * as svc from './benefits.service';

const tags = ['benefits'];
const edit = { action: 'project.update', scope: 'programme' } as const;

/** Benefit realisation: each project's benefit plan and its figures, and the programme's overview for its board. */
export const benefitRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, benefitsApi.plan, {
    tags,
    summary: "A project's benefit plan, each benefit with its figures (with their provenance) and realisation status",
    description: 'Those who work in the programme or keep the project read it; the public when the project is published with the field "benefits".',
    permission: 'public',
  }, (req) => svc.getPlan(db, req.actor, req.params.id));
  route(app, benefitsApi.setPlan, {
    tags,
    summary: "Write the project's benefit plan whole",
    description:
      'A benefit named by `id` is kept with its entered measurements; the others are added, and those left out removed. An indicator measure names an indicator the programme follows (`benefits.N.indicatorId:notInProgramme`) and one of its areas (`benefits.N.areaId:notInProgramme`).',
    permission: edit,
  }, (req) => svc.setPlan(db, req.actor, req.params.id, req.body));
  route(app, benefitsApi.addMeasurement, { tags, summary: 'Enter a measurement of a manually measured benefit', permission: edit }, (req) => svc.addMeasurement(db, req.actor, req.params.id, req.body));
  route(app, benefitsApi.removeMeasurement, { tags, summary: 'Delete an entered measurement', permission: edit }, (req) => svc.removeMeasurement(db, req.actor, req.params.id));
  route(app, benefitsApi.overview, {
    tags,
    summary: "Realisation of benefits across the programme's portfolio: counts per goal and per project, and each benefit's latest figure against baseline and expected value",
    description: 'For the secretariat and the board members of the programme.',
    permission: { action: 'portfolio.readBenefits', scope: 'programme' },
  }, (req) => svc.overview(db, req.actor, req.params.id));
};
