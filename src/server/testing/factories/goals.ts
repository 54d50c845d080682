import type { Db } from '../../db/client';
import { goals, goalTargets } from '../../features/goals/goals.table';
import { unique } from './unique';

export async function buildGoal(db: Db, o: Partial<typeof goals.$inferInsert> & { programmeId: string }) {
  const [row] = await db.insert(goals).values({ title: { nb: `Mål ${unique()}` }, ...o }).returning();
  return row!;
}

export async function buildGoalTarget(
  db: Db,
  o: Partial<typeof goalTargets.$inferInsert> & { goalId: string; indicatorId: string; areaId: string },
) {
  const [row] = await db
    .insert(goalTargets)
    .values({ baselineValue: 50, baselinePeriod: '2020', targetValue: 70, targetPeriod: '2030', ...o })
    .returning();
  return row!;
}
