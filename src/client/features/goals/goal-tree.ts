import type { GoalTarget, GoalTree } from '../../../shared/contracts/goals';
import { PROGRESS_STATUSES, type ProgressStatus } from '../../../shared/domain/progress';

export type TreeGoal = GoalTree['goals'][number];

export interface GoalNode {
  goal: TreeGoal;
  depth: number;
  children: GoalNode[];
}

/**
 * Nests the flat goal list (already in tree order) by `parentId`. A goal whose parent is not in
 * the list starts a tree of its own, so nothing is ever left out.
 */
export function nestGoals(goals: readonly TreeGoal[]): GoalNode[] {
  const nodes = new Map<string, GoalNode>();
  for (const goal of goals) nodes.set(goal.id, { goal, depth: 0, children: [] });
  const roots: GoalNode[] = [];
  for (const goal of goals) {
    const node = nodes.get(goal.id)!;
    const parent = goal.parentId ? nodes.get(goal.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (node: GoalNode, depth: number, seen: Set<string>) => {
    if (seen.has(node.goal.id)) return;
    seen.add(node.goal.id);
    node.depth = depth;
    for (const c of node.children) setDepth(c, depth + 1, seen);
  };
  const seen = new Set<string>();
  for (const r of roots) setDepth(r, 0, seen);
  return roots;
}

/** A heading level for a goal at this depth below a heading of `base`, never beyond h6. */
export function headingLevel(base: number, depth: number): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(2, base + depth)) as 2 | 3 | 4 | 5 | 6;
}

/** How many targets have each progress status, in the order the statuses are explained. */
export function countStatuses(targets: readonly Pick<GoalTarget, 'progress'>[]): Record<ProgressStatus, number> {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
  for (const t of targets) counts[t.progress.status]++;
  return counts;
}

/** The goal and every goal below it: none of them may become its parent. */
export function subtreeIds(goals: readonly { id: string; parentId: string | null }[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parentId && out.has(g.parentId) && !out.has(g.id)) {
        out.add(g.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Where a share of the way from baseline to target falls on a bar of 0–100, and the exact share. */
export function progressShares(target: Pick<GoalTarget, 'baseline' | 'target' | 'progress'>): { bar: number; percent: number; expectedBar: number | null } | null {
  const { fraction, expected } = target.progress;
  if (target.progress.status === 'no_data' || fraction === null) return null;
  const clamp = (x: number) => Math.min(100, Math.max(0, x));
  const span = target.target.value - target.baseline.value;
  const expectedShare = expected === null || span === 0 ? null : (expected - target.baseline.value) / span;
  return {
    bar: Math.round(clamp(fraction * 100)),
    percent: Math.round(fraction * 100),
    expectedBar: expectedShare === null ? null : clamp(expectedShare * 100),
  };
}
