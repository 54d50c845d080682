import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import type { AreaKind } from '../../../shared/contracts/areas';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { ObservationStatus } from '../../../shared/domain/statistics';

export type AreaRow = {
  id: string;
  code: string;
  name: string;
  nameNn: string | null;
  nameEn: string | null;
  kind: AreaKind;
  parentId: string | null;
};

export type PointRow = {
  period: string;
  value: number | null;
  status: ObservationStatus;
  symbol: string | null;
  /** The import that wrote the figure; null for one entered otherwise. */
  importId: string | null;
};

export async function findAreaByCode(db: DbOrTx, code: string): Promise<AreaRow | undefined> {
  const res = await db.execute<AreaRow>(sql`
    select id, code, name, name_nn as "nameNn", name_en as "nameEn", kind, parent_id as "parentId" from areas where code = ${code}`);
  return res.rows[0];
}

export async function findAreaById(db: DbOrTx, id: string): Promise<AreaRow | undefined> {
  const res = await db.execute<AreaRow>(sql`
    select id, code, name, name_nn as "nameNn", name_en as "nameEn", kind, parent_id as "parentId" from areas where id = ${id}`);
  return res.rows[0];
}

/** The distinct breakdowns of an indicator, by the loose index scan described above. */
export async function listBreakdownKeys(db: DbOrTx, indicatorId: string): Promise<string[]> {
  const res = await db.execute<{ breakdown: string }>(sql`
    with recursive b(breakdown) as (
      (select breakdown from observations where indicator_id = ${indicatorId} order by breakdown limit 1)
      union all
      select (select o.breakdown from observations o
               where o.indicator_id = ${indicatorId} and o.breakdown > b.breakdown
               order by o.breakdown limit 1)
      from b where b.breakdown is not null
    )
    select breakdown from b where breakdown is not null`);
  return res.rows.map((r) => r.breakdown);
}

/** The distinct periods of one breakdown of an indicator, by the same loose index scan. */
export async function listPeriodCodes(db: DbOrTx, indicatorId: string, breakdown: string): Promise<string[]> {
  const res = await db.execute<{ period: string }>(sql`
    with recursive p(period) as (
      (select period from observations where indicator_id = ${indicatorId} and breakdown = ${breakdown} order by period limit 1)
      union all
      select (select o.period from observations o
               where o.indicator_id = ${indicatorId} and o.breakdown = ${breakdown} and o.period > p.period
               order by o.period limit 1)
      from p where p.period is not null
    )
    select period from p where period is not null`);
  return res.rows.map((r) => r.period);
}

export async function listBreakdownLabels(db: DbOrTx, keys: readonly string[]): Promise<Map<string, LocalizedText>> {
  const labels = new Map<string, LocalizedText>();
  if (keys.length === 0) return labels;
  const res = await db.execute<{ key: string; label: LocalizedText }>(sql`
    select key, label from breakdown_labels where key = any(${sql.param([...keys])}::text[])`);
  for (const r of res.rows) labels.set(r.key, r.label);
  return labels;
}

export type RankingRow = AreaRow & Omit<PointRow, 'period'> & { period: string | null };

/** The programme's focus areas with their figure at the period (null columns when they have none). */
export async function listFocusAreaFigures(
  db: DbOrTx,
  programmeId: string,
  indicatorId: string,
  breakdown: string,
  period: string,
): Promise<RankingRow[]> {
  const res = await db.execute<RankingRow>(sql`
    select a.id, a.code, a.name, a.name_nn as "nameNn", a.name_en as "nameEn", a.kind, a.parent_id as "parentId", o.period, o.value, coalesce(o.status, 'not_available') as status, o.symbol, o.import_id as "importId"
    from programme_areas pa
    join areas a on a.id = pa.area_id
    left join observations o
      on o.indicator_id = ${indicatorId} and o.area_id = a.id and o.breakdown = ${breakdown} and o.period = ${period}
    where pa.programme_id = ${programmeId} and pa.role = 'focus'
    order by pa.sort_order, a.code`);
  return res.rows;
}

/** Every area with an observation at the period, by the (indicator_id, breakdown, period) index. */
export async function listAreaFigures(db: DbOrTx, indicatorId: string, breakdown: string, period: string): Promise<RankingRow[]> {
  const res = await db.execute<RankingRow>(sql`
    select a.id, a.code, a.name, a.name_nn as "nameNn", a.name_en as "nameEn", a.kind, a.parent_id as "parentId", o.period, o.value, o.status, o.symbol, o.import_id as "importId"
    from observations o
    join areas a on a.id = o.area_id
    where o.indicator_id = ${indicatorId} and o.breakdown = ${breakdown} and o.period = ${period}
    order by a.code`);
  return res.rows;
}

/** Whether any child of the area has an outline to draw. */
export async function hasChildGeometries(db: DbOrTx, parentId: string): Promise<boolean> {
  const res = await db.execute<{ found: boolean }>(sql`
    select exists (
      select 1 from areas c join area_geometries g on g.area_id = c.id where c.parent_id = ${parentId}
    ) as found`);
  return res.rows[0]?.found === true;
}

export type SeriesRow = PointRow & { areaId: string };

/** Every period of the areas' series for one breakdown, oldest first. */
export async function listSeries(db: DbOrTx, indicatorId: string, breakdown: string, areaIds: readonly string[]): Promise<SeriesRow[]> {
  if (areaIds.length === 0) return [];
  const res = await db.execute<SeriesRow>(sql`
    select o.area_id as "areaId", o.period, o.value, o.status, o.symbol, o.import_id as "importId"
    from observations o
    where o.indicator_id = ${indicatorId} and o.area_id = any(${sql.param([...areaIds])}::uuid[]) and o.breakdown = ${breakdown}
    order by o.area_id, o.period_start, o.period`);
  return res.rows;
}

export type GeometryRow = {
  code: string;
  name: string;
  geometry: { type: string; coordinates: unknown[] };
};

/** A fingerprint of the parent's child outlines, cheap enough to answer a conditional request. */
export async function geometriesTag(db: DbOrTx, parentId: string): Promise<string> {
  const res = await db.execute<{ tag: string | null }>(sql`
    select md5(string_agg(c.code || ':' || c.name || ':' || extract(epoch from g.updated_at)::text, ',' order by c.code)) as tag
    from areas c join area_geometries g on g.area_id = c.id
    where c.parent_id = ${parentId}`);
  return res.rows[0]?.tag ?? 'empty';
}

export async function listChildGeometries(db: DbOrTx, parentId: string): Promise<GeometryRow[]> {
  const res = await db.execute<GeometryRow>(sql`
    select c.code, c.name, g.geometry
    from areas c join area_geometries g on g.area_id = c.id
    where c.parent_id = ${parentId}
    order by c.code`);
  return res.rows;
}
