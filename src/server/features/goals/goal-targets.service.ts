import type { Db, DbOrTx } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, invalidFields, notFound } from '../../http/errors';
import { recordAudit } from '../../db/audit-writer';
import { findAreaRow } from '../areas/areas.repo';
import { findIndicatorById } from '../indicators/indicators.repo';
import { getManagedGoal } from './goals.access';
import type { GoalRow } from './goals.table';
import * as repo from './goals.repo';
import { loadTargetViews } from './goals.target-views';
import { targetPeriodIssues, type GoalTarget, type GoalTargetCreate, type GoalTargetUpdate } from '../../../shared/contracts/goals';
import { parsePeriod } from '../../../shared/domain/periods';
import type { FieldError } from '../../../shared/errors';

const EMPTY = { nb: '' };

interface TargetValues {
  indicatorId: string;
  areaId: string;
  breakdown: string;
  baselineValue: number;
  baselinePeriod: string;
  targetValue: number;
  targetPeriod: string;
}

/**
 * Checks a target as it will be stored (an update merged with the stored values): the indicator
 * and area exist, both periods can be read, the target comes after the baseline. Every problem
 * is listed with its field; the periods come back in their canonical form (`2025K4` → `2025Q4`).
 */
async function checkTarget(db: DbOrTx, v: TargetValues): Promise<{ baselinePeriod: string; targetPeriod: string }> {
  const errors: FieldError[] = [];
  if (!(await findIndicatorById(db, v.indicatorId))) errors.push({ path: 'indicatorId', code: 'notFound', message: 'notFound' });
  if (!(await findAreaRow(db, v.areaId))) errors.push({ path: 'areaId', code: 'notFound', message: 'notFound' });
  for (const issue of targetPeriodIssues(v.baselinePeriod, v.targetPeriod)) {
    errors.push({ path: issue.path.join('.'), code: issue.message, message: issue.message });
  }
  if (errors.length > 0) {
    throw invalidFields(errors);
  }
  return { baselinePeriod: parsePeriod(v.baselinePeriod)!.code, targetPeriod: parsePeriod(v.targetPeriod)!.code };
}

async function loadTarget(db: Db, id: string): Promise<GoalTarget> {
  const [target] = await loadTargetViews(db, { targetIds: [id] });
  if (!target) throw notFound('The target');
  return target;
}

/** Ties an indicator to a goal with a baseline and a target for one area (and breakdown). */
export async function createGoalTarget(db: Db, actor: Actor, goalId: string, input: GoalTargetCreate): Promise<GoalTarget> {
  const { goal } = await getManagedGoal(db, actor, goalId);
  const periods = await checkTarget(db, {
    indicatorId: input.indicatorId,
    areaId: input.areaId,
    breakdown: input.breakdown,
    baselineValue: input.baseline.value,
    baselinePeriod: input.baseline.period,
    targetValue: input.target.value,
    targetPeriod: input.target.period,
  });
  const id = await db.transaction(async (tx) => {
    // Locks the goal so that concurrent additions get distinct places and a deletion waits.
    if (!(await repo.lockGoal(tx, goalId))) throw notFound('The goal');
    const created = await repo.targetRows.insert(tx, {
        goalId,
        indicatorId: input.indicatorId,
        areaId: input.areaId,
        breakdown: input.breakdown,
        baselineValue: input.baseline.value,
        baselinePeriod: periods.baselinePeriod,
        targetValue: input.target.value,
        targetPeriod: periods.targetPeriod,
        note: input.note ?? EMPTY,
        sortOrder: await repo.nextTargetSortOrder(tx, goalId),
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'goal_target', entityId: created.id, programmeId: goal.programmeId, after: created });
    return created.id;
  });
  return loadTarget(db, id);
}

async function getManagedTarget(db: Db, actor: Actor, targetId: string): Promise<{ goal: GoalRow }> {
  const target = await repo.findGoalTarget(db, targetId);
  if (!target) throw notFound('The target');
  try {
    const { goal } = await getManagedGoal(db, actor, target.goalId);
    return { goal };
  } catch (e) {
    // A target of a hidden goal is itself hidden: say the target was not found, not the goal.
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw notFound('The target');
    throw e;
  }
}

/** Changes a target; the merged result is checked as a new one would be. */
export async function updateGoalTarget(db: Db, actor: Actor, targetId: string, patch: GoalTargetUpdate): Promise<GoalTarget> {
  const { goal } = await getManagedTarget(db, actor, targetId);
  await db.transaction(async (tx) => {
    const before = await repo.targetRows.lock(tx, targetId);
    if (!before) throw notFound('The target');
    const merged: TargetValues = {
      indicatorId: patch.indicatorId ?? before.indicatorId,
      areaId: patch.areaId ?? before.areaId,
      breakdown: patch.breakdown ?? before.breakdown,
      baselineValue: patch.baseline?.value ?? before.baselineValue,
      baselinePeriod: patch.baseline?.period ?? before.baselinePeriod,
      targetValue: patch.target?.value ?? before.targetValue,
      targetPeriod: patch.target?.period ?? before.targetPeriod,
    };
    const periods = await checkTarget(tx, merged);
    const after = await repo.targetRows.update(tx, targetId, { ...merged, ...periods, ...(patch.note !== undefined ? { note: patch.note } : {}), updatedAt: new Date() });
    await recordAudit(tx, actor, { action: 'update', entityType: 'goal_target', entityId: targetId, programmeId: goal.programmeId, before, after });
  });
  return loadTarget(db, targetId);
}

export async function deleteGoalTarget(db: Db, actor: Actor, targetId: string): Promise<void> {
  const { goal } = await getManagedTarget(db, actor, targetId);
  await db.transaction(async (tx) => {
    const before = await repo.targetRows.remove(tx, targetId);
    if (!before) throw notFound('The target');
    await recordAudit(tx, actor, { action: 'delete', entityType: 'goal_target', entityId: targetId, programmeId: goal.programmeId, before });
  });
}

