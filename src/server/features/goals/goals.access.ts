import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { invalidField, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { visibleLineage } from '../programmes/programmes.access';
import type { GoalRow } from './goals.table';
import * as repo from './goals.repo';

/** A goal the actor may manage: NOT_FOUND when its programme is hidden, FORBIDDEN when not theirs. */
export async function getManagedGoal(db: Db, actor: Actor, goalId: string): Promise<{ goal: GoalRow; lineage: string[] }> {
  const goal = await repo.findGoal(db, goalId);
  if (!goal) throw notFound('The goal');
  const lineage = (await visibleLineage(db, actor, goal.programmeId, 'The goal')).map((l) => l.id);
  authorize(actor, 'goal.manage', { programmeIds: lineage });
  return { goal, lineage };
}

/**
 * Checks a goal's new parent: it must exist and belong to the goal's programme or one of its
 * ancestors (a sub-programme's goal may hang under the initiative's main goal, never the other
 * way round, and never under another branch's goal).
 */
export async function checkParent(db: DbOrTx, parentId: string, lineage: readonly string[]): Promise<GoalRow> {
  const parent = await repo.findGoal(db, parentId);
  if (!parent) throw invalidField('parentId', 'notFound', 'The parent goal does not exist');
  if (!lineage.includes(parent.programmeId)) {
    throw invalidField('parentId', 'parentScope', 'The parent goal must belong to this programme or to one of its parent programmes');
  }
  return parent;
}
