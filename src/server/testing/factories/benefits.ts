import type { Db } from '../../db/client';
import { benefitMeasurements, benefits } from '../../features/benefits/benefits.table';
import { unique } from './unique';

/** A manually measured benefit of the project unless told otherwise: 40 in 2024, expected 30 (lower is better). */
export async function buildBenefit(db: Db, o: Partial<typeof benefits.$inferInsert> & { projectId: string }) {
  const [row] = await db
    .insert(benefits)
    .values({
      position: 1,
      title: { nb: `Gevinst ${unique()}` },
      measure: 'manual',
      measureName: 'Bekymringsmeldinger',
      measureUnit: 'meldinger',
      direction: 'lower_is_better',
      baselineValue: 40,
      baselinePeriod: '2024',
      baselineStart: '2024-01-01',
      expectedValue: 30,
      expectedBy: '2026-12-31',
      ...o,
    })
    .returning();
  return row!;
}

export async function buildBenefitMeasurement(db: Db, o: { benefitId: string; period?: string; periodStart?: string; value?: number }) {
  const [row] = await db
    .insert(benefitMeasurements)
    .values({ period: '2025', periodStart: '2025-01-01', value: 35, ...o })
    .returning();
  return row!;
}
