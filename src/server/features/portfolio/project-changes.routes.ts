import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { projectChangesApi } from '../../../shared/contracts/project-changes';
import * as svc from './project-changes.service';

const tags = ['portfolio'];
const manage = { action: 'portfolio.manage', scope: 'programme' } as const;
const edit = { action: 'project.update', scope: 'programme' } as const;
const read = { action: 'programme.readInternal', scope: 'programme' } as const;

/** Changes of a granted project beyond the programme's thresholds, asked of the board, and the thresholds. */
export const projectChangeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, projectChangesApi.thresholds, { tags, summary: "The programme's thresholds for changes that go to the board", permission: read }, (req) => svc.getThresholds(db, req.actor, req.params.id));
  route(app, projectChangesApi.setThresholds, {
    tags,
    summary: 'Set how far a granted project may change before the board decides',
    description: "A change of a granted project's granted total by more than `percent` per cent, or of its start or end by more than `months` months, is refused (`budgetAboveThreshold`, `periodAboveThreshold`) and asked of the board as a change request.",
    permission: manage,
  }, (req) => svc.setThresholds(db, req.actor, req.params.id, req.body));
  route(app, projectChangesApi.listForProgramme, { tags, summary: "The programme's project change requests", permission: read }, (req) =>
    svc.listProgrammeChangeRequests(db, req.actor, req.params.id, req.query.status),
  );
  route(app, projectChangesApi.list, { tags, summary: "A project's change requests, newest first", permission: read }, (req) => svc.listChangeRequests(db, req.actor, req.params.id));
  route(app, projectChangesApi.create, {
    tags,
    summary: 'Ask the board for a change of the granted total, period or budget',
    description: 'One pending request per project (`changePending`). The secretariat puts it to a body as a case with the effect `decide_project_change`; adopting the case applies the change, rejecting it rejects the request, and a project changed meanwhile refuses the decision (`projectChanged`).',
    permission: edit,
  }, (req) => svc.createChangeRequest(db, req.actor, req.params.id, req.body));
  route(app, projectChangesApi.get, { tags, summary: 'A project change request', permission: read }, (req) => svc.getChangeRequest(db, req.actor, req.params.id));
  route(app, projectChangesApi.withdraw, { tags, summary: 'Withdraw a pending change request', permission: edit }, async (req) => {
    await svc.withdrawChangeRequest(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
