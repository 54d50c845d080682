import type { DbOrTx } from '../../db/client';
import { breakdownLabelKeys } from '../profiles/profiles.labels';
import { listBreakdownLabels } from '../profiles/profiles.repo';
import * as repo from './goals.repo';
import { toGoalTarget } from './goals.view';
import type { GoalTarget } from '../../../shared/contracts/goals';

/** Targets with their indicator, area, latest figure and progress, their breakdowns labelled. */
export async function loadTargetViews(db: DbOrTx, by: { goalIds: readonly string[] } | { targetIds: readonly string[] }): Promise<GoalTarget[]> {
  const rows = await repo.listTargetViews(db, by);
  const labels = await listBreakdownLabels(db, breakdownLabelKeys(rows.map((r) => r.breakdown)));
  return rows.map((r) => toGoalTarget(r, labels));
}
