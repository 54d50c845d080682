import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Readable } from 'node:stream';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { projectsApi } from '../../../shared/contracts/projects';
import * as svc from './projects.service';
import { listPortfolio, portfolioCsv, portfolioXlsx } from './portfolio.service';

const tags = ['portfolio'];
const manage = { action: 'portfolio.manage', scope: 'programme' } as const;
const edit = { action: 'project.update', scope: 'programme' } as const;

/** The programme's portfolio: projects with partners, budget, milestones, goals, efforts and reach. */
export const projectRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, projectsApi.list, {
    tags,
    summary: "The programme's portfolio, filtered, with budget sums per currency",
    description: 'Those who work in the programme read every project; others the published ones, with the fields each project makes public.',
    permission: 'public',
  }, (req) => listPortfolio(db, req.actor, req.params.id, req.query));
  route(app, projectsApi.exportCsv, { tags, summary: 'The filtered portfolio as CSV (UTF-8 with BOM, semicolons), for Excel', permission: 'public' }, async (req, reply) => {
    const body = await portfolioCsv(db, req.actor, req.params.id, req.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="portfolio-${new Date().toISOString().slice(0, 10)}.csv"`)
      .send(Readable.from(body));
  });
  route(app, projectsApi.exportXlsx, { tags, summary: 'The filtered portfolio as a spreadsheet (.xlsx), streamed', permission: 'public' }, async (req, reply) => {
    const body = await portfolioXlsx(db, req.actor, req.params.id, req.query);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="portfolio-${new Date().toISOString().slice(0, 10)}.xlsx"`)
      .send(Readable.from(body));
  });
  route(app, projectsApi.create, { tags, summary: 'Add a project to the portfolio', permission: manage }, (req) => svc.createProject(db, req.actor, req.params.id, req.body));
  route(app, projectsApi.get, { tags, summary: 'A project with its parts (the public reads the published fields of a published one)', permission: 'public' }, (req) =>
    svc.getProject(db, req.actor, req.params.id),
  );
  route(app, projectsApi.update, {
    tags,
    summary: "Change a project's facts, phase, public fields or publication",
    description: 'The secretariat and the contributors of the owner organisation change a project; only the secretariat publishes it or hands it to another owner.',
    permission: edit,
  }, (req) => svc.updateProject(db, req.actor, req.params.id, req.body));
  route(app, projectsApi.remove, { tags, summary: 'Delete a project', permission: manage }, async (req) => {
    await svc.deleteProject(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, projectsApi.setPartners, { tags, summary: "Write the project's partners whole (registered organisations, or named with their country)", permission: edit }, (req) =>
    svc.setPartners(db, req.actor, req.params.id, req.body),
  );
  route(app, projectsApi.setBudget, {
    tags,
    summary: "Write the project's budget lines whole (year × source × kind)",
    description: 'One line per year, source and kind, within the project period; when a granted total is set the granted lines add up to it (`grantedTotal:budgetSum`).',
    permission: edit,
  }, (req) => svc.setBudget(db, req.actor, req.params.id, req.body));
  route(app, projectsApi.setMilestones, { tags, summary: "Write the project's milestones whole", permission: edit }, (req) => svc.setMilestones(db, req.actor, req.params.id, req.body));
  route(app, projectsApi.setLinks, { tags, summary: 'Write the goals and efforts the project carries and whom it reaches (counts only)', permission: edit }, (req) =>
    svc.setLinks(db, req.actor, req.params.id, req.body),
  );
};
