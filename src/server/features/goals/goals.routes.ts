import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import { Goal, GoalCreate, GoalTarget, GoalTargetCreate, GoalTargetUpdate, GoalTree, GoalUpdate } from '../../../shared/contracts/goals';
import * as goalsSvc from './goals.service';
import * as targetsSvc from './goal-targets.service';

const tags = ['goals'];
const manage = { action: 'goal.manage', scope: 'programme' } as const;

/** Goal trees and the targets that measure them. */
export const goalRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/api/programmes/:id/goals', {
    schema: {
      tags,
      summary: "The programme's goal tree with targets and progress",
      description: "The programme's own goals and the ancestor programmes' goals they hang under, flat in tree order.",
      params: IdParams,
      response: { 200: GoalTree },
    },
    config: { permission: 'public' },
  }, (req) => goalsSvc.getGoalTree(db, req.actor, req.params.id));

  app.post('/api/programmes/:id/goals', {
    schema: { tags, summary: 'Add a goal to the programme', params: IdParams, body: GoalCreate, response: { 201: Goal } },
    config: { permission: manage },
  }, async (req, reply) => reply.status(201).send(await goalsSvc.createGoal(db, req.actor, req.params.id, req.body)));

  app.patch('/api/goals/:id', {
    schema: { tags, summary: 'Change a goal or move it under another', params: IdParams, body: GoalUpdate, response: { 200: Goal } },
    config: { permission: manage },
  }, (req) => goalsSvc.updateGoal(db, req.actor, req.params.id, req.body));

  app.delete('/api/goals/:id', {
    schema: { tags, summary: 'Delete a goal without sub-goals, with its targets', params: IdParams, response: { 200: OkResponse } },
    config: { permission: manage },
  }, async (req) => {
    await goalsSvc.deleteGoal(db, req.actor, req.params.id);
    return { ok: true as const };
  });

  app.post('/api/goals/:id/targets', {
    schema: { tags, summary: 'Tie an indicator to the goal with a baseline and a target', params: IdParams, body: GoalTargetCreate, response: { 201: GoalTarget } },
    config: { permission: manage },
  }, async (req, reply) => reply.status(201).send(await targetsSvc.createGoalTarget(db, req.actor, req.params.id, req.body)));

  app.patch('/api/goal-targets/:id', {
    schema: { tags, summary: 'Change a target', params: IdParams, body: GoalTargetUpdate, response: { 200: GoalTarget } },
    config: { permission: manage },
  }, (req) => targetsSvc.updateGoalTarget(db, req.actor, req.params.id, req.body));

  app.delete('/api/goal-targets/:id', {
    schema: { tags, summary: 'Delete a target', params: IdParams, response: { 200: OkResponse } },
    config: { permission: manage },
  }, async (req) => {
    await targetsSvc.deleteGoalTarget(db, req.actor, req.params.id);
    return { ok: true as const };
  });
};
