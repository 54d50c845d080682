import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { route } from '../../http/route';
import { goalsApi } from '../../../shared/contracts/goals';
import * as goalsSvc from './goals.service';
import * as targetsSvc from './goal-targets.service';
import * as targetDataSvc from './goal-target-data.service';

const tags = ['goals'];
const manage = { action: 'goal.manage', scope: 'programme' } as const;

/** Goal trees and the targets that measure them. */
export const goalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  route(app, goalsApi.tree, {
    tags,
    summary: "The programme's goal tree with targets and progress",
    description: "The programme's own goals and the ancestor programmes' goals they hang under, flat in tree order.",
    permission: 'public',
  }, (req) => goalsSvc.getGoalTree(db, req.actor, req.params.id));

  route(app, goalsApi.create, { tags, summary: 'Add a goal to the programme', permission: manage },
    (req) => goalsSvc.createGoal(db, req.actor, req.params.id, req.body));

  route(app, goalsApi.update, { tags, summary: 'Change a goal or move it under another', permission: manage },
    (req) => goalsSvc.updateGoal(db, req.actor, req.params.id, req.body));

  route(app, goalsApi.remove, { tags, summary: 'Delete a goal without sub-goals, with its targets', permission: manage }, async (req) => {
    await goalsSvc.deleteGoal(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  route(app, goalsApi.createTarget, { tags, summary: 'Tie an indicator to the goal with a baseline and a target', permission: manage },
    (req) => targetsSvc.createGoalTarget(db, req.actor, req.params.id, req.body));

  route(app, goalsApi.updateTarget, { tags, summary: 'Change a target', permission: manage },
    (req) => targetsSvc.updateGoalTarget(db, req.actor, req.params.id, req.body));

  route(app, goalsApi.removeTarget, { tags, summary: 'Delete a target', permission: manage }, async (req) => {
    await targetsSvc.deleteGoalTarget(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  route(app, goalsApi.targetBreakdowns, {
    tags,
    summary: 'The breakdowns a target of the indicator can follow, with their labels',
    description: 'The total first, then every breakdown key with observations for the indicator (in the area, when given), labelled as the source names it, or by its key.',
    permission: manage,
  }, (req) => targetDataSvc.listTargetBreakdowns(db, req.actor, req.params.id, req.query));

  route(app, goalsApi.targetObservations, {
    tags,
    summary: "The indicator's figures for an area and breakdown, to take a baseline from",
    permission: manage,
  }, (req) => targetDataSvc.listTargetObservations(db, req.actor, req.params.id, req.query));
};
