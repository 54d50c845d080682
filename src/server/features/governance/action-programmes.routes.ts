import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { actionProgrammesApi } from '../../../shared/contracts/action-programmes';
import * as svc from './action-programmes.service';

const tags = ['governance'];
const manage = { action: 'governance.manage', scope: 'programme' } as const;

/** Action programmes: challenges, priorities and efforts tied to the goal tree, adopted by a decision. */
export const actionProgrammeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, actionProgrammesApi.list, { tags, summary: "The programme's action programmes (published ones for everyone, drafts for the secretariat)", permission: 'public' },
    (req) => svc.listActionProgrammes(db, req.actor, req.params.id));
  route(app, actionProgrammesApi.create, { tags, summary: 'Start an action programme for a period (a draft)', permission: manage },
    (req) => svc.createActionProgramme(db, req.actor, req.params.id, req.body));
  route(app, actionProgrammesApi.get, { tags, summary: 'An action programme with its priorities and efforts', permission: 'public' },
    (req) => svc.getActionProgramme(db, req.actor, req.params.id));
  route(app, actionProgrammesApi.update, { tags, summary: "Change a draft's title, period or challenges", permission: manage },
    (req) => svc.updateActionProgramme(db, req.actor, req.params.id, req.body));
  route(app, actionProgrammesApi.setContent, {
    tags,
    summary: "Write a draft's priorities and efforts whole",
    description: 'Each effort names the goals it serves (of the programme or the programmes above it), a responsible organisation and a funding need. Adopted action programmes never change; a decision adopts one (effect adopt_action_programme).',
    permission: manage,
  }, (req) => svc.setContent(db, req.actor, req.params.id, req.body));
  route(app, actionProgrammesApi.remove, { tags, summary: 'Delete a draft no case proposes to adopt', permission: manage }, async (req) => {
    await svc.deleteActionProgramme(db, req.actor, req.params.id);
    return { ok: true as const };
  });
  route(app, actionProgrammesApi.publish, { tags, summary: 'Publish an adopted action programme on the site', permission: manage },
    (req) => svc.publishActionProgramme(db, req.actor, req.params.id));
  route(app, actionProgrammesApi.goalEfforts, { tags, summary: 'For each goal, the efforts of the published action programmes that serve it', permission: 'public' },
    (req) => svc.listGoalEfforts(db, req.actor, req.params.id));
};
