import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { containsPattern, countRows, fetchPage, norwegianNameOrder, uuidArray } from '../../db/query-kit';
import type { Page } from '../../../shared/contracts/common';
import { rowWrites } from '../../db/row-writes';
import { areas } from '../areas/areas.table';
import { indicators, programmeAreas, programmeIndicators, type IndicatorRow, type ProgrammeAreaRole } from './indicators.table';
import type { AreaRef } from '../../../shared/contracts/indicators';
import { comparePeriods, periodOf } from '../../../shared/domain/periods';

/** Writes of one indicator by id, for the service's transactions. */
export const indicatorRows = rowWrites(indicators);

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

export async function listIndicatorRows(
  db: DbOrTx,
  q: { q?: string; topic?: string; limit: number; offset: number },
): Promise<Page<IndicatorRow>> {
  const where: SQL[] = [];
  if (q.topic) where.push(eq(indicators.topic, q.topic as IndicatorRow['topic']));
  if (q.q) {
    const like = containsPattern(q.q);
    where.push(or(ilike(indicators.code, like), sql`${indicators.name}->>'nb' ilike ${like}`, sql`${indicators.name}->>'nn' ilike ${like}`, sql`${indicators.name}->>'en' ilike ${like}`)!);
  }
  const cond = where.length ? and(...where) : undefined;
  return fetchPage(
    db.select().from(indicators).where(cond).orderBy(norwegianNameOrder(indicators.name), indicators.code).limit(q.limit).offset(q.offset),
    countRows(db, indicators, cond),
  );
}

export interface ObservationStats {
  observationCount: number;
  firstPeriod: string | null;
  lastPeriod: string | null;
}

export type IndicatorExtent = {
  count: number;
  /** The indicator's breakdowns, by key. */
  breakdowns: string[];
  /** The first and last period code (as text) of every breakdown; sort by time to get the span. */
  bounds: string[];
};

/**
 * How many observations each indicator has, its breakdowns and the span of its periods, in one
 * statement for any number of indicators. The breakdowns come from a loose index scan on
 * (indicator_id, breakdown, period): one probe per breakdown instead of reading every
 * observation; each breakdown's first and last period are two more probes on the same index
 * (codes of one kind sort in time as text). Only the count reads the indicator's index entries.
 */
export async function indicatorExtents(db: DbOrTx, indicatorIds: readonly string[]): Promise<Map<string, IndicatorExtent>> {
  const extents = new Map<string, IndicatorExtent>();
  if (indicatorIds.length === 0) return extents;
  const res = await db.execute<{ id: string; n: string; breakdowns: string[] | null; bounds: string[] | null }>(sql`
    with recursive ids(id) as (select unnest(${uuidArray(indicatorIds)})),
    b(indicator_id, breakdown) as (
      select ids.id, (select breakdown from observations where indicator_id = ids.id order by breakdown limit 1) from ids
      union all
      select b.indicator_id,
             (select o.breakdown from observations o
               where o.indicator_id = b.indicator_id and o.breakdown > b.breakdown
               order by o.breakdown limit 1)
        from b where b.breakdown is not null
    ),
    keys as (select indicator_id, breakdown from b where breakdown is not null)
    select ids.id,
           (select count(*) from observations where indicator_id = ids.id) as n,
           (select array_agg(breakdown order by breakdown) from keys where keys.indicator_id = ids.id) as breakdowns,
           (select array_agg(p.period) from keys k cross join lateral (
              (select period from observations where indicator_id = k.indicator_id and breakdown = k.breakdown order by period limit 1)
              union all
              (select period from observations where indicator_id = k.indicator_id and breakdown = k.breakdown order by period desc limit 1)
            ) p where k.indicator_id = ids.id) as bounds
      from ids`);
  for (const r of res.rows) extents.set(r.id, { count: Number(r.n), breakdowns: r.breakdowns ?? [], bounds: r.bounds ?? [] });
  return extents;
}

export async function indicatorExtent(db: DbOrTx, indicatorId: string): Promise<IndicatorExtent> {
  return (await indicatorExtents(db, [indicatorId])).get(indicatorId) ?? { count: 0, breakdowns: [], bounds: [] };
}

/** Observation count and period span of each indicator, in one statement. */
export async function observationStats(db: DbOrTx, indicatorIds: readonly string[]): Promise<Map<string, ObservationStats>> {
  const extents = await indicatorExtents(db, indicatorIds);
  const stats = new Map<string, ObservationStats>();
  for (const [id, e] of extents) {
    const span = sortPeriodCodes(e.bounds);
    stats.set(id, { observationCount: e.count, firstPeriod: span[0] ?? null, lastPeriod: span[span.length - 1] ?? null });
  }
  return stats;
}

/** Period codes in time order; codes that are not canonical periods go last, by text. */
export function sortPeriodCodes(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => {
    const pa = periodOf(a);
    const pb = periodOf(b);
    if (pa && pb) return comparePeriods(pa, pb);
    return pa ? -1 : pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
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
    .select({ id: areas.id, code: areas.code, name: areas.name, kind: areas.kind, nameNn: areas.nameNn, nameEn: areas.nameEn })
    .from(programmeAreas)
    .innerJoin(areas, eq(areas.id, programmeAreas.areaId))
    .where(and(eq(programmeAreas.programmeId, programmeId), eq(programmeAreas.role, role)))
    .orderBy(asc(programmeAreas.sortOrder));
}

/** Which of the ids are indicators of the catalogue. */
export async function existingIndicatorIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: indicators.id }).from(indicators).where(inArray(indicators.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

/** Which of the ids are areas of the register. */
export async function existingAreaIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: areas.id }).from(areas).where(inArray(areas.id, [...ids]));
  return new Set(rows.map((r) => r.id));
}

/** Replaces the programme's indicators and areas with the lists given, in their order. */
export async function replaceProgrammeStatistics(
  tx: DbOrTx,
  programmeId: string,
  lists: { indicatorIds: readonly string[]; focusAreaIds: readonly string[]; referenceAreaIds: readonly string[] },
): Promise<void> {
  await tx.delete(programmeIndicators).where(eq(programmeIndicators.programmeId, programmeId));
  await tx.delete(programmeAreas).where(eq(programmeAreas.programmeId, programmeId));
  if (lists.indicatorIds.length) {
    await tx.insert(programmeIndicators).values(lists.indicatorIds.map((indicatorId, i) => ({ programmeId, indicatorId, sortOrder: i })));
  }
  const areaRows = [
    ...lists.focusAreaIds.map((areaId, i) => ({ programmeId, areaId, role: 'focus' as const, sortOrder: i })),
    ...lists.referenceAreaIds.map((areaId, i) => ({ programmeId, areaId, role: 'reference' as const, sortOrder: i })),
  ];
  if (areaRows.length) await tx.insert(programmeAreas).values(areaRows);
}

/** Who keeps each of these indicators (null: the platform), by id or by code. */
export function indicatorOwners(db: DbOrTx, which: { ids: readonly string[] } | { codes: readonly string[] }): Promise<{ id: string; code: string; ownerProgrammeId: string | null }[]> {
  const [column, values] = 'ids' in which ? [indicators.id, which.ids] : [indicators.code, which.codes];
  if (values.length === 0) return Promise.resolve([]);
  return db.select({ id: indicators.id, code: indicators.code, ownerProgrammeId: indicators.ownerProgrammeId }).from(indicators).where(inArray(column, [...values]));
}
