import type { GoalEfforts } from '../../../shared/contracts/action-programmes';

export type GoalEffort = GoalEfforts['goals'][number]['efforts'][number];
export type GoalEffortsMap = ReadonlyMap<string, readonly GoalEffort[]>;

/** The efforts serving each goal, by the goal's id; goals no effort serves are left out. */
export function effortsByGoal(answer: GoalEfforts | undefined): GoalEffortsMap {
  const out = new Map<string, GoalEffort[]>();
  for (const g of answer?.goals ?? [])
    if (g.efforts.length > 0) out.set(g.goalId, [...(out.get(g.goalId) ?? []), ...g.efforts]);
  return out;
}
