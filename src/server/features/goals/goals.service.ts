import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidField, notFound } from '../../http/errors';
import { authorize, canSeeProgramme } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { visibleLineage } from '../programmes/programmes.access';
import { checkParent, getManagedGoal } from './goals.access';
import type { GoalRow, goals } from './goals.table';
import * as repo from './goals.repo';
import { loadTargetViews } from './goals.target-views';
import { inTreeOrder, toGoal } from './goals.view';
import type { Goal, GoalCreate, GoalTarget, GoalTree, GoalUpdate } from '../../../shared/contracts/goals';

const EMPTY = { nb: '' };

function targetsByGoal(targets: GoalTarget[]): Map<string, GoalTarget[]> {
  const out = new Map<string, GoalTarget[]>();
  for (const target of targets) {
    const list = out.get(target.goalId) ?? [];
    list.push(target);
    out.set(target.goalId, list);
  }
  return out;
}

/**
 * A programme's goal tree, public wherever the programme is visible: its own goals and the
 * ancestor programmes' goals that its own hang under, flat in tree order. Three queries however
 * many goals and targets there are: the lineage, the goals, the targets with their latest figure.
 * An ancestor's goal is left out when the actor may not see that ancestor (an unpublished
 * initiative); the goals under it then start their own trees.
 */
export async function getGoalTree(db: Db, actor: Actor, programmeId: string): Promise<GoalTree> {
  const links = await visibleLineage(db, actor, programmeId);
  const rows = await repo.listGoalsWithAncestors(db, programmeId);
  const visible = rows.filter((r) => {
    if (r.programmeId === programmeId) return true;
    const at = links.findIndex((l) => l.id === r.programmeId);
    // A goal outside the lineage (left behind when a programme moved) is not this tree's context.
    return at > 0 && canSeeProgramme(actor, links.slice(at));
  });
  const targets = targetsByGoal(await loadTargetViews(db, { goalIds: visible.map((r) => r.id) }));
  return {
    programmeId,
    goals: inTreeOrder(visible).map((r) => ({ ...toGoal(r, targets.get(r.id) ?? []), isInherited: r.programmeId !== programmeId })),
  };
}

async function loadGoal(db: Db, row: GoalRow): Promise<Goal> {
  return toGoal(row, await loadTargetViews(db, { goalIds: [row.id] }));
}

function checkPeriodOrder(from: number | null | undefined, to: number | null | undefined): void {
  if (from != null && to != null && to < from) throw invalidField('periodTo', 'periodOrder', 'The last year comes before the first');
}

/** Adds a goal to the programme, at the top or under a goal of this programme or an ancestor's. */
export async function createGoal(db: Db, actor: Actor, programmeId: string, input: GoalCreate): Promise<Goal> {
  const lineage = (await visibleLineage(db, actor, programmeId)).map((l) => l.id);
  authorize(actor, 'goal.manage', { programmeIds: lineage });
  if (input.parentId) await checkParent(db, input.parentId, lineage);
  const row = await db.transaction(async (tx) => {
    const created = await repo.goalRows.insert(tx, {
        programmeId,
        parentId: input.parentId ?? null,
        title: input.title,
        description: input.description ?? EMPTY,
        periodFrom: input.periodFrom ?? null,
        periodTo: input.periodTo ?? null,
        ownerBody: input.ownerBody ?? null,
        sortOrder: input.sortOrder,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'goal', entityId: created.id, programmeId, after: created });
    return created;
  });
  return toGoal(row, []);
}

/**
 * Changes a goal. A new parent must be in the goal's programme or an ancestor, and may not be the
 * goal itself or one of its sub-goals (CYCLE); the check runs inside the transaction, under a
 * lock that serialises moves, so two moves at once cannot build a loop together.
 */
export async function updateGoal(db: Db, actor: Actor, goalId: string, patch: GoalUpdate): Promise<Goal> {
  const { goal, lineage } = await getManagedGoal(db, actor, goalId);
  checkPeriodOrder(
    patch.periodFrom === undefined ? goal.periodFrom : patch.periodFrom,
    patch.periodTo === undefined ? goal.periodTo : patch.periodTo,
  );
  const isMove = patch.parentId !== undefined && (patch.parentId ?? null) !== goal.parentId;
  if (isMove && patch.parentId) await checkParent(db, patch.parentId, lineage);

  const row = await db.transaction(async (tx) => {
    if (isMove) await repo.lockGoalTree(tx);
    const before = await repo.lockGoal(tx, goalId);
    if (!before) throw notFound('The goal');
    if (isMove && patch.parentId && (await repo.goalAncestorIds(tx, patch.parentId)).includes(goalId)) {
      throw new AppError('CYCLE', 'A goal cannot be placed under itself or one of its own sub-goals', { field: 'parentId' });
    }
    const values: Partial<typeof goals.$inferInsert> = { updatedAt: new Date() };
    if (patch.parentId !== undefined) values.parentId = patch.parentId ?? null;
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.description !== undefined) values.description = patch.description;
    if (patch.periodFrom !== undefined) values.periodFrom = patch.periodFrom ?? null;
    if (patch.periodTo !== undefined) values.periodTo = patch.periodTo ?? null;
    if (patch.ownerBody !== undefined) values.ownerBody = patch.ownerBody ?? null;
    if (patch.sortOrder !== undefined) values.sortOrder = patch.sortOrder;
    const after = await repo.goalRows.update(tx, goalId, values);
    await recordAudit(tx, actor, { action: 'update', entityType: 'goal', entityId: goalId, programmeId: before.programmeId, before, after });
    return after!;
  });
  return loadGoal(db, row);
}

/**
 * Deletes a goal and its targets. A goal with sub-goals is refused (IN_USE): the sub-goals, which
 * may belong to sub-programmes, are never dropped or re-parented as a side effect.
 */
export async function deleteGoal(db: Db, actor: Actor, goalId: string): Promise<void> {
  await getManagedGoal(db, actor, goalId);
  await db.transaction(async (tx) => {
    const before = await repo.lockGoal(tx, goalId);
    if (!before) throw notFound('The goal');
    if (await repo.hasSubGoals(tx, goalId)) throw new AppError('IN_USE', 'The goal has sub-goals; delete or move them first');
    const targets = await repo.listTargetsOfGoal(tx, goalId);
    await repo.goalRows.remove(tx, goalId);
    await recordAudit(tx, actor, { action: 'delete', entityType: 'goal', entityId: goalId, programmeId: before.programmeId, before: { ...before, targets } });
  });
}
