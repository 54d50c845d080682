import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { findAreaRow } from '../areas/areas.repo';
import { findIndicatorById, sortPeriodCodes } from '../indicators/indicators.repo';
import { inProgramme, visibleLineage } from '../programmes/programmes.access';
import { breakdownLabel, breakdownLabelKeys, commonTermText } from '../profiles/profiles.labels';
import { listBreakdownLabels } from '../profiles/profiles.repo';
import * as repo from './goals.repo';
import type { TargetBreakdown, TargetBreakdowns, TargetBreakdownsQuery, TargetObservations, TargetObservationsQuery } from '../../../shared/contracts/goals';
import { isWithheldStatus } from '../../../shared/domain/statistics';

/**
 * What the target form offers from the statistics: the breakdowns an indicator has figures in,
 * by their labels, and an area's figures to take a baseline from. Read by those who manage the
 * programme's goals: a hidden programme is NOT_FOUND, another programme's users are FORBIDDEN.
 */
async function checkManager(db: Db, actor: Actor, programmeId: string): Promise<void> {
  const lineage = await visibleLineage(db, actor, programmeId);
  authorize(actor, 'goal.manage', inProgramme(lineage));
}

async function checkIndicatorAndArea(db: Db, indicatorId: string, areaId: string | undefined) {
  const indicator = await findIndicatorById(db, indicatorId);
  if (!indicator) throw notFound('The indicator');
  if (areaId !== undefined && !(await findAreaRow(db, areaId))) throw notFound('The area');
  return indicator;
}

const byKey = (a: string, b: string) => a.localeCompare(b, 'nb', { numeric: true });

/**
 * The total first (always: a target may follow it before its figures arrive), then every
 * breakdown with observations, named as the source labels it, or by its key where it does not.
 */
export async function listTargetBreakdowns(db: Db, actor: Actor, programmeId: string, q: TargetBreakdownsQuery): Promise<TargetBreakdowns> {
  await checkManager(db, actor, programmeId);
  await checkIndicatorAndArea(db, q.indicatorId, q.areaId);
  const keys = await repo.listObservedBreakdowns(db, q.indicatorId, q.areaId);
  const others = keys.filter((k) => k !== '').sort(byKey);
  const labels = await listBreakdownLabels(db, breakdownLabelKeys(others));
  const breakdowns: TargetBreakdown[] = [
    { key: '', label: commonTermText('total'), observed: keys.includes('') },
    ...others.map((key) => ({ key, label: breakdownLabel(key, labels) ?? { nb: key, nn: key, en: key }, observed: true })),
  ];
  return { breakdowns };
}

/** The area's figures in the breakdown, oldest first; a withheld figure comes without its number. */
export async function listTargetObservations(db: Db, actor: Actor, programmeId: string, q: TargetObservationsQuery): Promise<TargetObservations> {
  await checkManager(db, actor, programmeId);
  const indicator = await checkIndicatorAndArea(db, q.indicatorId, q.areaId);
  const rows = await repo.listTargetPoints(db, q.indicatorId, q.areaId, q.breakdown);
  const order = new Map(sortPeriodCodes(rows.map((r) => r.period)).map((p, i) => [p, i]));
  const points = rows
    .sort((a, b) => (order.get(a.period) ?? 0) - (order.get(b.period) ?? 0))
    .map((r) => ({ period: r.period, value: isWithheldStatus(r.status) ? null : r.value, status: r.status, symbol: r.symbol }));
  return { unit: indicator.unit, decimals: indicator.decimals, points };
}
