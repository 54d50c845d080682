import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { areas } from '../areas/areas.table';
import { indicators, programmeAreas, programmeIndicators, type IndicatorRow, type ProgrammeAreaRole } from './indicators.table';
import type { AreaRef } from '../../../shared/contracts/indicators';

export function findIndicatorByCode(db: DbOrTx, code: string): Promise<IndicatorRow | undefined> {
  return db.query.indicators.findFirst({ where: eq(indicators.code, code) });
}

export function findIndicatorById(db: DbOrTx, id: string): Promise<IndicatorRow | undefined> {
  return db.query.indicators.findFirst({ where: eq(indicators.id, id) });
}

export function listIndicatorsByCodes(db: DbOrTx, codes: readonly string[]): Promise<IndicatorRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.select().from(indicators).where(inArray(indicators.code, [...codes]));
}

/** A uuid[] parameter: one bound value, not one per element. Ids are validated UUIDs. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

export async function listIndicatorRows(
  db: DbOrTx,
  q: { q?: string; topic?: string; limit: number; offset: number },
): Promise<{ rows: IndicatorRow[]; total: number }> {
  const where: SQL[] = [];
  if (q.topic) where.push(eq(indicators.topic, q.topic as IndicatorRow['topic']));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(indicators.code, like), sql`${indicators.name}->>'nb' ilike ${like}`, sql`${indicators.name}->>'en' ilike ${like}`)!);
  }
  const cond = where.length ? and(...where) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(indicators)
      .where(cond)
      .orderBy(sql`${indicators.name}->>'nb' collate "nb-NO-x-icu"`)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(indicators).where(cond),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export interface ObservationStats {
  observationCount: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
}

/** How many observations each indicator has and the span of their periods. */
export async function observationStats(db: DbOrTx, indicatorIds: readonly string[]): Promise<Map<string, ObservationStats>> {
  const stats = new Map<string, ObservationStats>();
  if (indicatorIds.length === 0) return stats;
  const res = await db.execute<{ indicator_id: string; n: string; first: string | null; last: string | null }>(sql`
    select i.id as indicator_id, s.n, f.period as first, l.period as last
    from unnest(${uuidArray(indicatorIds)}) as i(id)
    cross join lateral (select count(*) as n from observations o where o.indicator_id = i.id) s
    left join lateral (select period from observations o where o.indicator_id = i.id order by period_start, period limit 1) f on true
    left join lateral (select period from observations o where o.indicator_id = i.id order by period_start desc, period desc limit 1) l on true`);
  for (const r of res.rows) stats.set(r.indicator_id, { observationCount: Number(r.n), firstPeriod: r.first, lastPeriod: r.last });
  return stats;
}

export async function isIndicatorInUse(db: DbOrTx, id: string): Promise<boolean> {
  const res = await db.execute<{ used: boolean }>(sql`
    select exists (select 1 from observations where indicator_id = ${id})
        or exists (select 1 from goal_targets where indicator_id = ${id}) as used`);
  return res.rows[0]?.used === true;
}

export function listProgrammeIndicatorRows(db: DbOrTx, programmeId: string): Promise<IndicatorRow[]> {
  return db
    .select({ indicator: indicators })
    .from(programmeIndicators)
    .innerJoin(indicators, eq(indicators.id, programmeIndicators.indicatorId))
    .where(eq(programmeIndicators.programmeId, programmeId))
    .orderBy(asc(programmeIndicators.sortOrder))
    .then((rows) => rows.map((r) => r.indicator));
}

export function listProgrammeAreaRefs(db: DbOrTx, programmeId: string, role: ProgrammeAreaRole): Promise<AreaRef[]> {
  return db
    .select({ id: areas.id, code: areas.code, name: areas.name, kind: areas.kind })
    .from(programmeAreas)
    .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
    .where(and(eq(programmeAreas.programmeId, programmeId), eq(programmeAreas.role, role)))
    .orderBy(asc(programmeAreas.sortOrder));
}
