import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { benefitMeasurements, benefits, type BenefitRow } from './benefits.table';
import type { LocalizedText } from '../../../shared/domain/localized';
import type { IndicatorUnit } from '../../../shared/contracts/indicators';
import type { ObservationStatus } from '../../../shared/domain/statistics';
import type { ProjectPhase } from '../../../shared/domain/portfolio';

export const benefitRows = rowWrites(benefits);
export const measurementRows = rowWrites(benefitMeasurements);

/** A benefit with the names of what it points at, and its project's end (for the follow-up). */
export interface BenefitHead extends Omit<BenefitRow, 'createdAt' | 'updatedAt'> {
  ownerOrganisationName: string | null;
  indicatorCode: string | null;
  indicatorName: LocalizedText | null;
  indicatorUnit: IndicatorUnit | null;
  indicatorDecimals: number | null;
  areaName: string | null;
  projectTitle: LocalizedText;
  projectPhase: ProjectPhase;
  projectEndsOn: string | null;
}

interface HeadSql {
  id: string;
  project_id: string;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  owner_organisation_id: string | null;
  owner_name: string;
  measure: BenefitRow['measure'];
  indicator_id: string | null;
  area_id: string | null;
  breakdown: string;
  measure_name: string | null;
  measure_unit: string | null;
  direction: BenefitRow['direction'];
  baseline_value: number;
  baseline_period: string;
  baseline_start: string;
  expected_value: number;
  expected_by: string;
  follow_up_months: number;
  owner_organisation_name: string | null;
  indicator_code: string | null;
  indicator_name: LocalizedText | null;
  indicator_unit: IndicatorUnit | null;
  indicator_decimals: number | null;
  area_name: string | null;
  project_title: LocalizedText;
  project_phase: ProjectPhase;
  project_ends_on: string | null;
}

const toHead = (r: HeadSql): BenefitHead => ({
  id: r.id,
  projectId: r.project_id,
  position: r.position,
  title: r.title,
  description: r.description,
  ownerOrganisationId: r.owner_organisation_id,
  ownerName: r.owner_name,
  measure: r.measure,
  indicatorId: r.indicator_id,
  areaId: r.area_id,
  breakdown: r.breakdown,
  measureName: r.measure_name,
  measureUnit: r.measure_unit,
  direction: r.direction,
  baselineValue: r.baseline_value,
  baselinePeriod: r.baseline_period,
  baselineStart: r.baseline_start,
  expectedValue: r.expected_value,
  expectedBy: r.expected_by,
  followUpMonths: r.follow_up_months,
  ownerOrganisationName: r.owner_organisation_name,
  indicatorCode: r.indicator_code,
  indicatorName: r.indicator_name,
  indicatorUnit: r.indicator_unit,
  indicatorDecimals: r.indicator_decimals,
  areaName: r.area_name,
  projectTitle: r.project_title,
  projectPhase: r.project_phase,
  projectEndsOn: r.project_ends_on,
});

/** The benefits of one project, or of every project of a programme, in the projects' and plans' order. */
export async function loadBenefits(db: DbOrTx, where: { projectId: string } | { programmeId: string }): Promise<BenefitHead[]> {
  const condition = 'projectId' in where ? sql`b.project_id = ${where.projectId}` : sql`p.programme_id = ${where.programmeId}`;
  const res = await db.execute<HeadSql & Record<string, unknown>>(sql`
    select b.id, b.project_id, b.position, b.title, b.description, b.owner_organisation_id, b.owner_name, b.measure,
      b.indicator_id, b.area_id, b.breakdown, b.measure_name, b.measure_unit, b.direction, b.baseline_value,
      b.baseline_period, b.baseline_start::text, b.expected_value, b.expected_by::text, b.follow_up_months,
      o.name as owner_organisation_name, i.code as indicator_code, i.name as indicator_name, i.unit as indicator_unit,
      i.decimals as indicator_decimals, a.name as area_name, p.title as project_title, p.phase as project_phase, p.ends_on::text as project_ends_on
    from benefits b
    join projects p on p.id = b.project_id
    left join organisations o on o.id = b.owner_organisation_id
    left join indicators i on i.id = b.indicator_id
    left join areas a on a.id = b.area_id
    where ${condition}
    order by p.title->>'nb', p.id, b.position`);
  return res.rows.map(toHead);
}

export interface MeasurementSql {
  benefit_id: string;
  id: string | null;
  source: 'observation' | 'manual';
  period: string;
  value: number | null;
  status: ObservationStatus;
  symbol: string | null;
  note: string | null;
  import_id: string | null;
  import_title: string | null;
  file_name: string | null;
  source_name: string | null;
  source_url: string | null;
  imported_at: string | null;
  entered_by: string | null;
  entered_at: string | null;
}

/**
 * The figures of many benefits in one query, oldest first per benefit: for a linked benefit
 * every observation of its indicator × area × breakdown from the baseline period on, with the
 * import that wrote it; for a manual one the measurements entered, with who entered them.
 * Withheld cells come as they are stored: no value, their status and symbol.
 */
/** A timestamp as ISO 8601 text, made by the database: no Date is built for each of many rows. */
const ISO = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

export function measurementsQuery(benefitIds: readonly string[]) {
  const ids = uuidArray(benefitIds);
  return sql`
    select m.benefit_id, m.id, m.source, m.period, m.value, m.status, m.symbol, m.note, m.import_id, m.import_title, m.file_name,
      m.source_name, m.source_url, m.entered_by,
      to_char(m.imported_at at time zone 'UTC', ${ISO}) as imported_at, to_char(m.entered_at at time zone 'UTC', ${ISO}) as entered_at
    from (
      select b.id as benefit_id, null::uuid as id, 'observation' as source, o.period, o.period_start, o.value, o.status, o.symbol, o.note,
        o.import_id, si.title as import_title, si.file_name, i.source_publisher as source_name,
        coalesce(si.source_url, i.source_url) as source_url, coalesce(si.finished_at, si.created_at) as imported_at,
        null::text as entered_by, null::timestamptz as entered_at
      from benefits b
      join indicators i on i.id = b.indicator_id
      -- Each benefit reads its own series by the observations' key (indicator, area, breakdown,
      -- period): a few index pages each. "offset 0" keeps the sub-query apart; joined plainly, the
      -- planner hashes the benefits and scans every observation (1M rows: 0.7 s against 40 ms).
      cross join lateral (
        select o.period, o.period_start, o.value, o.status, o.symbol, o.note, o.import_id
        from observations o
        where o.indicator_id = b.indicator_id and o.area_id = b.area_id and o.breakdown = b.breakdown and o.period_start >= b.baseline_start
        offset 0
      ) o
      left join statistics_imports si on si.id = o.import_id
      where b.id = any(${ids}) and b.measure = 'indicator'
      union all
      select bm.benefit_id, bm.id, 'manual', bm.period, bm.period_start, bm.value, 'none', null, bm.note,
        null, null, null, null, null, null, u.name, bm.created_at
      from benefit_measurements bm
      left join users u on u.id = bm.created_by
      where bm.benefit_id = any(${ids})
    ) m
    order by m.benefit_id, m.period_start, m.period`;
}

export async function measurementsOf(db: DbOrTx, benefitIds: readonly string[]): Promise<Map<string, MeasurementSql[]>> {
  const byBenefit = new Map<string, MeasurementSql[]>();
  if (benefitIds.length === 0) return byBenefit;
  const res = await db.execute<MeasurementSql & Record<string, unknown>>(measurementsQuery(benefitIds));
  for (const row of res.rows) {
    const list = byBenefit.get(row.benefit_id) ?? [];
    list.push(row);
    byBenefit.set(row.benefit_id, list);
  }
  return byBenefit;
}

/** The ids among these that the programmes (a lineage) follow as indicators. */
export async function followedIndicators(db: DbOrTx, programmeIds: readonly string[], indicatorIds: readonly string[]): Promise<Set<string>> {
  if (indicatorIds.length === 0) return new Set();
  const res = await db.execute<{ id: string }>(
    sql`select distinct indicator_id as id from programme_indicators where programme_id = any(${uuidArray(programmeIds)}) and indicator_id = any(${uuidArray(indicatorIds)})`,
  );
  return new Set(res.rows.map((r) => r.id));
}

/** The ids among these that are areas of the programmes (a lineage): focus or reference. */
export async function programmeAreaIds(db: DbOrTx, programmeIds: readonly string[], areaIds: readonly string[]): Promise<Set<string>> {
  if (areaIds.length === 0) return new Set();
  const res = await db.execute<{ id: string }>(
    sql`select distinct area_id as id from programme_areas where programme_id = any(${uuidArray(programmeIds)}) and area_id = any(${uuidArray(areaIds)})`,
  );
  return new Set(res.rows.map((r) => r.id));
}

export async function organisationIds(db: DbOrTx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await db.execute<{ id: string }>(sql`select id from organisations where id = any(${uuidArray(ids)})`);
  return new Set(res.rows.map((r) => r.id));
}

/** The project a benefit belongs to; undefined when there is no such benefit. */
export async function benefitProject(db: DbOrTx, benefitId: string): Promise<{ projectId: string; measure: BenefitRow['measure'] } | undefined> {
  const [row] = await db.select({ projectId: benefits.projectId, measure: benefits.measure }).from(benefits).where(eq(benefits.id, benefitId));
  return row;
}

/** The benefit and project an entered measurement belongs to. */
export async function measurementBenefit(db: DbOrTx, measurementId: string): Promise<{ benefitId: string; projectId: string } | undefined> {
  const [row] = await db
    .select({ benefitId: benefitMeasurements.benefitId, projectId: benefits.projectId })
    .from(benefitMeasurements)
    .innerJoin(benefits, eq(benefits.id, benefitMeasurements.benefitId))
    .where(eq(benefitMeasurements.id, measurementId));
  return row;
}

export type BenefitValues = Omit<typeof benefits.$inferInsert, 'id' | 'projectId' | 'position' | 'createdAt' | 'updatedAt'>;

/**
 * Writes the plan whole: keeps the benefits named by id (changed in place, so their entered
 * measurements stay), adds the new ones and removes the rest, in the order given.
 */
export async function replacePlan(tx: DbOrTx, projectId: string, plan: { id?: string; values: BenefitValues }[]): Promise<void> {
  const kept = plan.flatMap((b) => (b.id ? [b.id] : []));
  await tx.execute(sql`delete from benefits where project_id = ${projectId} and not (id = any(${uuidArray(kept)}))`);
  for (const [i, b] of plan.entries()) {
    const values = { ...b.values, position: i + 1 };
    if (b.id) await benefitRows.update(tx, b.id, { ...values, updatedAt: new Date() });
    else await benefitRows.insert(tx, { ...values, projectId });
  }
}

/** The ids of the project's benefits. */
export async function planIds(db: DbOrTx, projectId: string): Promise<Set<string>> {
  const rows = await db.select({ id: benefits.id }).from(benefits).where(eq(benefits.projectId, projectId));
  return new Set(rows.map((r) => r.id));
}

/** The goals each of these projects serves. */
export async function goalsOfProjects(db: DbOrTx, projectIds: readonly string[]): Promise<{ projectId: string; goalId: string; title: LocalizedText; sortOrder: number }[]> {
  if (projectIds.length === 0) return [];
  const res = await db.execute<{ project_id: string; goal_id: string; title: LocalizedText; sort_order: number }>(sql`
    select pg.project_id, g.id as goal_id, g.title, g.sort_order
    from project_goals pg join goals g on g.id = pg.goal_id
    where pg.project_id = any(${uuidArray(projectIds)})
    order by g.sort_order, g.title->>'nb'`);
  return res.rows.map((r) => ({ projectId: r.project_id, goalId: r.goal_id, title: r.title, sortOrder: r.sort_order }));
}
