import type { Db } from '../db/client';
import { areas } from '../features/areas/areas.table';
import { indicators, observations } from '../features/indicators/indicators.table';
import { goals, goalTargets } from '../features/goals/goals.table';
import { parsePeriod } from '../../shared/domain/periods';
import type { ObservationStatus } from '../../shared/domain/statistics';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** An area; by default a school with a unique 9-digit code. */
export async function buildArea(db: Db, o: Partial<typeof areas.$inferInsert> = {}) {
  const code = o.code ?? String(100_000_000 + ((Date.now() * 1000 + seq++) % 899_999_999)).slice(0, 9);
  const [row] = await db.insert(areas).values({ kind: 'school', name: `Område ${code}`, ...o, code }).returning();
  return row!;
}

export async function buildIndicator(db: Db, o: Partial<typeof indicators.$inferInsert> = {}) {
  const [row] = await db
    .insert(indicators)
    .values({
      code: `indikator-${next()}`,
      name: { nb: 'Indikator', nn: 'Indikator', en: 'Indicator' },
      unit: 'percent',
      decimals: 1,
      direction: 'higher_is_better',
      sourcePublisher: 'Statistisk sentralbyrå (SSB)',
      ...o,
    })
    .returning();
  return row!;
}

/** One observation; the period code is read as the importer reads it. */
export async function buildObservation(
  db: Db,
  o: { indicatorId: string; areaId: string; period: string; value: number | null; status?: ObservationStatus; symbol?: string | null; breakdown?: string },
) {
  const period = parsePeriod(o.period);
  if (!period) throw new Error(`Not a period: ${o.period}`);
  const [row] = await db
    .insert(observations)
    .values({
      indicatorId: o.indicatorId,
      areaId: o.areaId,
      period: period.code,
      periodKind: period.kind,
      periodStart: period.start,
      breakdown: o.breakdown ?? '',
      value: o.value,
      status: o.status ?? 'none',
      symbol: o.symbol ?? null,
    })
    .returning();
  return row!;
}

export async function buildGoal(db: Db, o: Partial<typeof goals.$inferInsert> & { programmeId: string }) {
  const [row] = await db.insert(goals).values({ title: { nb: `Mål ${next()}` }, ...o }).returning();
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
