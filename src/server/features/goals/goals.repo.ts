import { asc, eq, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { ancestorIds, treeWalk, uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import type { AreaKind } from '../../../shared/contracts/areas';
import type { Direction, IndicatorTopic, IndicatorUnit } from '../../../shared/contracts/indicators';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import { goals, goalTargets, type GoalRow, type GoalTargetRow } from './goals.table';

const goalTree = { table: goals, id: goals.id, parentId: goals.parentId };

/** Writes of one goal or one target by id, for the service's transactions. */
export const goalRows = rowWrites(goals);
export const targetRows = rowWrites(goalTargets);

export function findGoal(db: DbOrTx, id: string): Promise<GoalRow | undefined> {
  return db.query.goals.findFirst({ where: eq(goals.id, id) });
}

export async function lockGoal(db: DbOrTx, id: string): Promise<GoalRow | undefined> {
  const [row] = await db.select().from(goals).where(eq(goals.id, id)).for('update');
  return row;
}

export function findGoalTarget(db: DbOrTx, id: string): Promise<GoalTargetRow | undefined> {
  return db.query.goalTargets.findFirst({ where: eq(goalTargets.id, id) });
}

/**
 * The programme's own goals and every goal above them (their parents, the parents' parents, …),
 * which may belong to ancestor programmes.
 */
export function listGoalsWithAncestors(db: DbOrTx, programmeId: string): Promise<GoalRow[]> {
  const walk = treeWalk(goalTree, 'up', eq(goals.programmeId, programmeId));
  return db.select().from(goals).where(sql`${goals.id} in (select id from (${walk}) w)`);
}

/** The goal and all goals above it, nearest first, the goal itself included. */
export function goalAncestorIds(db: DbOrTx, goalId: string): Promise<string[]> {
  return ancestorIds(db, goalTree, goalId);
}

export async function hasSubGoals(db: DbOrTx, goalId: string): Promise<boolean> {
  const [row] = await db.select({ id: goals.id }).from(goals).where(eq(goals.parentId, goalId)).limit(1);
  return row !== undefined;
}

export function listTargetsOfGoal(db: DbOrTx, goalId: string): Promise<GoalTargetRow[]> {
  return db.select().from(goalTargets).where(eq(goalTargets.goalId, goalId)).orderBy(asc(goalTargets.sortOrder), asc(goalTargets.createdAt));
}

export async function nextTargetSortOrder(db: DbOrTx, goalId: string): Promise<number> {
  const [row] = await db.select({ n: max(goalTargets.sortOrder) }).from(goalTargets).where(eq(goalTargets.goalId, goalId));
  return row?.n == null ? 0 : row.n + 1;
}

/**
 * Serialises changes of goal parents across the installation: two moves checked at the same
 * time could each pass the cycle check and together make a loop. Moves are rare; waiting is cheap.
 */
export async function lockGoalTree(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('samordna.goal_tree'))`);
}

/** A target joined with its indicator, area and latest observation: all a target view needs. */
export interface TargetViewRow {
  id: string;
  goalId: string;
  breakdown: string;
  baselineValue: number;
  baselinePeriod: string;
  targetValue: number;
  targetPeriod: string;
  note: LocalizedText;
  indicator: {
    id: string;
    code: string;
    name: LocalizedText;
    unit: IndicatorUnit;
    decimals: number;
    direction: Direction;
    topic: IndicatorTopic;
    isIllustrative: boolean;
  };
  area: { id: string; code: string; name: string; kind: AreaKind };
  latest: { period: string; value: number | null; status: ObservationStatus; symbol: string | null } | null;
}

type RawTargetRow = {
  id: string;
  goal_id: string;
  breakdown: string;
  baseline_value: number;
  baseline_period: string;
  target_value: number;
  target_period: string;
  note: LocalizedText;
  i_id: string;
  i_code: string;
  i_name: LocalizedText;
  i_unit: IndicatorUnit;
  i_decimals: number;
  i_direction: Direction;
  i_topic: IndicatorTopic;
  i_is_illustrative: boolean;
  a_id: string;
  a_code: string;
  a_name: string;
  a_kind: AreaKind;
  o_period: string | null;
  o_value: number | null;
  o_status: ObservationStatus | null;
  o_symbol: string | null;
};

/**
 * Targets of the given goals (or the given targets) in one query, each with the latest
 * observation for its indicator × area × breakdown — latest by period start, whatever its
 * status, so a suppressed latest figure stays suppressed instead of an older one standing in.
 */
export async function listTargetViews(db: DbOrTx, by: { goalIds: readonly string[] } | { targetIds: readonly string[] }): Promise<TargetViewRow[]> {
  const ids = 'goalIds' in by ? by.goalIds : by.targetIds;
  if (ids.length === 0) return [];
  const where = 'goalIds' in by ? sql`t.goal_id = any(${uuidArray(ids)})` : sql`t.id = any(${uuidArray(ids)})`;
  const res = await db.execute<RawTargetRow>(sql`
    select t.id, t.goal_id, t.breakdown, t.baseline_value, t.baseline_period, t.target_value, t.target_period, t.note,
           i.id as i_id, i.code as i_code, i.name as i_name, i.unit as i_unit, i.decimals as i_decimals,
           i.direction as i_direction, i.topic as i_topic, i.is_illustrative as i_is_illustrative,
           a.id as a_id, a.code as a_code, a.name as a_name, a.kind as a_kind,
           o.period as o_period, o.value as o_value, o.status as o_status, o.symbol as o_symbol
    from goal_targets t
    join indicators i on i.id = t.indicator_id
    join areas a on a.id = t.area_id
    left join lateral (
      select period, value, status, symbol from observations o
      where o.indicator_id = t.indicator_id and o.area_id = t.area_id and o.breakdown = t.breakdown
      order by o.period_start desc, o.period desc
      limit 1
    ) o on true
    where ${where}
    order by t.sort_order, t.created_at, t.id`);
  return res.rows.map((r) => ({
    id: r.id,
    goalId: r.goal_id,
    breakdown: r.breakdown,
    baselineValue: r.baseline_value,
    baselinePeriod: r.baseline_period,
    targetValue: r.target_value,
    targetPeriod: r.target_period,
    note: r.note,
    indicator: {
      id: r.i_id,
      code: r.i_code,
      name: r.i_name,
      unit: r.i_unit,
      decimals: r.i_decimals,
      direction: r.i_direction,
      topic: r.i_topic,
      isIllustrative: r.i_is_illustrative,
    },
    area: { id: r.a_id, code: r.a_code, name: r.a_name, kind: r.a_kind },
    latest: r.o_period === null ? null : { period: r.o_period, value: r.o_value, status: r.o_status!, symbol: r.o_symbol },
  }));
}

/**
 * The breakdown keys the indicator has observations in (in the area, when given), in key order.
 * A skip scan on the observations' indexes: one probe per key, however many figures each holds.
 */
export async function listObservedBreakdowns(db: DbOrTx, indicatorId: string, areaId?: string): Promise<string[]> {
  const where = areaId === undefined ? sql`indicator_id = ${indicatorId}` : sql`indicator_id = ${indicatorId} and area_id = ${areaId}`;
  const res = await db.execute<{ breakdown: string }>(sql`
    with recursive b(breakdown) as (
      (select breakdown from observations where ${where} order by breakdown limit 1)
      union all
      select (select o.breakdown from observations o where ${where} and o.breakdown > b.breakdown order by o.breakdown limit 1)
      from b where b.breakdown is not null
    )
    select breakdown from b where breakdown is not null`);
  return res.rows.map((r) => r.breakdown);
}

export type TargetPointRow = {
  period: string;
  value: number | null;
  status: ObservationStatus;
  symbol: string | null;
};

/** The indicator's figures for one area and breakdown, oldest first. */
export async function listTargetPoints(db: DbOrTx, indicatorId: string, areaId: string, breakdown: string): Promise<TargetPointRow[]> {
  const res = await db.execute<TargetPointRow>(sql`
    select period, value, status, symbol from observations
    where indicator_id = ${indicatorId} and area_id = ${areaId} and breakdown = ${breakdown}
    order by period_start, period`);
  return res.rows;
}
