import { computeProgress } from '../../../shared/domain/progress';
import type { LocalizedText } from '../../../shared/domain/localized';
import { breakdownLabel } from '../profiles/profiles.labels';
import type { Goal, GoalTarget } from '../../../shared/contracts/goals';
import type { GoalRow } from './goals.table';
import type { TargetViewRow } from './goals.repo';

const EMPTY = { nb: '' };

/** A target as the API gives it; `labels` are the breakdown labels of its key's parts. */
export function toGoalTarget(r: TargetViewRow, labels: ReadonlyMap<string, LocalizedText>): GoalTarget {
  const baseline = { value: r.baselineValue, period: r.baselinePeriod };
  const target = { value: r.targetValue, period: r.targetPeriod };
  return {
    id: r.id,
    goalId: r.goalId,
    indicator: r.indicator,
    area: r.area,
    breakdown: r.breakdown,
    breakdownLabel: breakdownLabel(r.breakdown, labels),
    baseline,
    target,
    note: r.note ?? EMPTY,
    latest: r.latest,
    progress: computeProgress({ direction: r.indicator.direction, baseline, target, latest: r.latest }),
  };
}

export function toGoal(r: GoalRow, targets: GoalTarget[]): Goal {
  return {
    id: r.id,
    programmeId: r.programmeId,
    parentId: r.parentId,
    title: r.title,
    description: r.description ?? EMPTY,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    ownerBody: r.ownerBody,
    sortOrder: r.sortOrder,
    targets,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const collator = new Intl.Collator('nb');

function compareSiblings(a: GoalRow, b: GoalRow): number {
  return a.sortOrder - b.sortOrder || collator.compare(a.title.nb, b.title.nb) || a.createdAt.getTime() - b.createdAt.getTime();
}

/**
 * Puts goals in tree order: each goal followed by its sub-goals, depth first, siblings by their
 * order and then title. A goal whose parent is not in the set starts a tree of its own.
 */
export function inTreeOrder<T extends GoalRow>(rows: readonly T[]): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    const list = children.get(key) ?? [];
    list.push(r);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort(compareSiblings);
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (r: T) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    out.push(r);
    for (const c of children.get(r.id) ?? []) visit(c);
  };
  for (const r of children.get(null) ?? []) visit(r);
  return out;
}
