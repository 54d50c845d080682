import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbOrTx } from '../../db/client';
import { containsPattern, norwegianOrder, textArray, uuidArray } from '../../db/query-kit';
import { rowWrites } from '../../db/row-writes';
import { areas } from '../areas/areas.table';
import { goals } from '../goals/goals.table';
import { actionPriorities, actionProgrammes, efforts } from '../governance/action-programmes.table';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { projectChangeRequests } from './project-changes.table';
import { projectBudgetLines, projectEfforts, projectGoals, projectMilestones, projectPartners, projectReach, projects, type ProjectRow } from './projects.table';
import type { ChangeThresholds, PortfolioQuery } from '../../../shared/contracts/projects';
import type { LocalizedText } from '../../../shared/domain/localized';
import { PROJECT_PHASES, type BudgetLine, type Currency, type PartnerRole } from '../../../shared/domain/portfolio';
import type { RagStatus } from '../../../shared/domain/reports';

export const projectRows = rowWrites(projects);

export interface ProjectHead extends ProjectRow {
  ownerName: string;
  programme: { id: string; slug: string; name: LocalizedText };
  /** The programme's thresholds for changes that go to the board. */
  thresholds: ChangeThresholds;
  hasPendingChange: boolean;
}

export async function findProject(db: DbOrTx, id: string): Promise<ProjectHead | undefined> {
  const [r] = await db
    .select({
      p: projects,
      ownerName: organisations.name,
      slug: programmes.slug,
      programmeName: programmes.name,
      percent: programmes.changeThresholdPercent,
      months: programmes.changeThresholdMonths,
      pending: sql<boolean>`exists (select 1 from ${projectChangeRequests} r where r.project_id = ${projects.id} and r.status = 'pending')`,
    })
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.ownerOrganisationId))
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .where(eq(projects.id, id));
  return (
    r && {
      ...r.p,
      ownerName: r.ownerName,
      programme: { id: r.p.programmeId, slug: r.slug, name: r.programmeName },
      thresholds: { percent: r.percent, months: r.months },
      hasPendingChange: r.pending,
    }
  );
}

export interface PartnerRow {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  name: string;
  country: string | null;
  role: PartnerRole;
}

export interface ProjectParts {
  partners: PartnerRow[];
  budget: BudgetLine[];
  milestones: (typeof projectMilestones.$inferSelect)[];
  goals: { id: string; programmeId: string; title: LocalizedText }[];
  efforts: { id: string; title: LocalizedText; actionProgrammeId: string; actionProgrammeTitle: LocalizedText }[];
  reach: { areaId: string | null; areaName: string | null; targetGroup: LocalizedText; count: number }[];
}

/** Everything a project holds besides its own row, read at once. */
export async function loadParts(db: DbOrTx, projectId: string): Promise<ProjectParts> {
  const [partners, budget, milestones, goalRows, effortRows, reach] = await Promise.all([
    db
      .select({ id: projectPartners.id, organisationId: projectPartners.organisationId, organisationName: organisations.name, name: projectPartners.name, country: projectPartners.country, role: projectPartners.role })
      .from(projectPartners)
      .leftJoin(organisations, eq(organisations.id, projectPartners.organisationId))
      .where(eq(projectPartners.projectId, projectId))
      .orderBy(asc(projectPartners.position)),
    db
      .select({ year: projectBudgetLines.year, source: projectBudgetLines.source, kind: projectBudgetLines.kind, amount: projectBudgetLines.amount })
      .from(projectBudgetLines)
      .where(eq(projectBudgetLines.projectId, projectId))
      .orderBy(asc(projectBudgetLines.year), asc(projectBudgetLines.source), asc(projectBudgetLines.kind)),
    db.select().from(projectMilestones).where(eq(projectMilestones.projectId, projectId)).orderBy(asc(projectMilestones.position)),
    db
      .select({ id: goals.id, programmeId: goals.programmeId, title: goals.title })
      .from(projectGoals)
      .innerJoin(goals, eq(goals.id, projectGoals.goalId))
      .where(eq(projectGoals.projectId, projectId))
      .orderBy(asc(goals.sortOrder)),
    db
      .select({ id: efforts.id, title: efforts.title, actionProgrammeId: actionProgrammes.id, actionProgrammeTitle: actionProgrammes.title })
      .from(projectEfforts)
      .innerJoin(efforts, eq(efforts.id, projectEfforts.effortId))
      .innerJoin(actionPriorities, eq(actionPriorities.id, efforts.priorityId))
      .innerJoin(actionProgrammes, eq(actionProgrammes.id, actionPriorities.actionProgrammeId))
      .where(eq(projectEfforts.projectId, projectId))
      .orderBy(asc(actionPriorities.position), asc(efforts.position)),
    db
      .select({ areaId: projectReach.areaId, areaName: areas.name, targetGroup: projectReach.targetGroup, count: projectReach.count })
      .from(projectReach)
      .leftJoin(areas, eq(areas.id, projectReach.areaId))
      .where(eq(projectReach.projectId, projectId))
      .orderBy(asc(projectReach.position)),
  ]);
  return { partners, budget, milestones, goals: goalRows, efforts: effortRows, reach };
}

export async function replacePartners(tx: DbOrTx, projectId: string, rows: Omit<typeof projectPartners.$inferInsert, 'projectId' | 'position'>[]): Promise<void> {
  await tx.delete(projectPartners).where(eq(projectPartners.projectId, projectId));
  if (rows.length) await tx.insert(projectPartners).values(rows.map((r, i) => ({ ...r, projectId, position: i + 1 })));
}

export async function replaceBudget(tx: DbOrTx, projectId: string, lines: readonly BudgetLine[]): Promise<void> {
  await tx.delete(projectBudgetLines).where(eq(projectBudgetLines.projectId, projectId));
  if (lines.length) await tx.insert(projectBudgetLines).values(lines.map((l) => ({ ...l, projectId })));
  await refreshBudgetSums(tx, projectId);
}

/** Keeps the project's sums by kind equal to its budget lines (in the transaction that wrote them). */
export async function refreshBudgetSums(tx: DbOrTx, projectId: string): Promise<void> {
  await tx.execute(sql`
    update projects p set
      budget_applied = coalesce((select sum(amount) from project_budget_lines where project_id = p.id and kind = 'applied'), 0),
      budget_granted = coalesce((select sum(amount) from project_budget_lines where project_id = p.id and kind = 'granted'), 0),
      budget_spent = coalesce((select sum(amount) from project_budget_lines where project_id = p.id and kind = 'spent'), 0)
    where p.id = ${projectId}`);
}

export async function replaceMilestones(tx: DbOrTx, projectId: string, rows: { title: LocalizedText; dueOn: string; doneOn: string | null }[]): Promise<void> {
  await tx.delete(projectMilestones).where(eq(projectMilestones.projectId, projectId));
  if (rows.length) await tx.insert(projectMilestones).values(rows.map((r, i) => ({ ...r, projectId, position: i + 1 })));
}

export async function replaceLinks(
  tx: DbOrTx,
  projectId: string,
  links: { goalIds: readonly string[]; effortIds: readonly string[]; reach: { areaId: string | null; targetGroup: LocalizedText; count: number }[] },
): Promise<void> {
  await Promise.all([
    tx.delete(projectGoals).where(eq(projectGoals.projectId, projectId)),
    tx.delete(projectEfforts).where(eq(projectEfforts.projectId, projectId)),
    tx.delete(projectReach).where(eq(projectReach.projectId, projectId)),
  ]);
  if (links.goalIds.length) await tx.insert(projectGoals).values(links.goalIds.map((goalId) => ({ projectId, goalId })));
  if (links.effortIds.length) await tx.insert(projectEfforts).values(links.effortIds.map((effortId) => ({ projectId, effortId })));
  if (links.reach.length) await tx.insert(projectReach).values(links.reach.map((r, i) => ({ ...r, projectId, position: i + 1 })));
}

/** The ids among these that are efforts of the programmes' action programmes. */
export async function effortsOfProgrammes(db: DbOrTx, programmeIds: readonly string[], effortIds: readonly string[]): Promise<Set<string>> {
  if (effortIds.length === 0) return new Set();
  const rows = await db
    .select({ id: efforts.id })
    .from(efforts)
    .innerJoin(actionPriorities, eq(actionPriorities.id, efforts.priorityId))
    .innerJoin(actionProgrammes, eq(actionProgrammes.id, actionPriorities.actionProgrammeId))
    .where(sql`${efforts.id} = any(${uuidArray(effortIds)}) and ${actionProgrammes.programmeId} = any(${uuidArray(programmeIds)})`);
  return new Set(rows.map((r) => r.id));
}

export async function existingIds(db: DbOrTx, table: 'goals' | 'areas' | 'organisations', ids: readonly string[], programmeIds?: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const res = await db.execute<{ id: string }>(
    sql`select id from ${sql.identifier(table)} where id = any(${uuidArray(ids)})${programmeIds ? sql` and programme_id = any(${uuidArray(programmeIds)})` : sql``}`,
  );
  return new Set(res.rows.map((r) => r.id));
}

export function organisationNames(db: DbOrTx, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(sql`${organisations.id} = any(${uuidArray(ids)})`);
}

export interface PortfolioRow {
  id: string;
  programme_id: string;
  title: LocalizedText;
  phase: ProjectRow['phase'];
  funding_programme: ProjectRow['fundingProgramme'];
  funding_programme_name: string | null;
  currency: Currency;
  starts_on: string | null;
  ends_on: string | null;
  owner_organisation_id: string;
  owner_name: string;
  owner_role: PartnerRole;
  published: boolean;
  public_fields: string[];
  applied: string;
  granted: string;
  spent: string;
  goal_ids: string[];
  countries: string[];
  rag: RagStatus | null;
}

export interface PortfolioTotalsRow {
  currency: Currency;
  projects: number;
  applied: string;
  granted: string;
  spent: string;
}

/**
 * The project's RAG (PROJECT_RAG_FILTERS): that of its status report with the latest due date
 * among those submitted or approved, or null. One backward step in `status_reports_due_uq`
 * (project, due date) per project it is asked for.
 */
const LATEST_RAG = sql`(select s.rag from status_reports s where s.project_id = p.id and s.state in ('submitted', 'approved') order by s.due_on desc limit 1)`;

/** The conditions of the portfolio's filters, on `projects p`. */
function portfolioWhere(programmeId: string, q: Omit<PortfolioQuery, 'limit' | 'offset' | 'sort'>, publishedOnly: boolean): SQL {
  const parts: SQL[] = [sql`p.programme_id = ${programmeId}`];
  if (publishedOnly) parts.push(sql`p.published_at is not null`);
  if (q.phase?.length) parts.push(sql`p.phase = any(${textArray(q.phase)})`);
  if (q.fundingProgramme?.length) parts.push(sql`p.funding_programme = any(${textArray(q.fundingProgramme)})`);
  if (q.goalId) parts.push(sql`exists (select 1 from project_goals g where g.project_id = p.id and g.goal_id = ${q.goalId})`);
  if (q.effortId) parts.push(sql`exists (select 1 from project_efforts e where e.project_id = p.id and e.effort_id = ${q.effortId})`);
  if (q.areaId) parts.push(sql`exists (select 1 from project_reach r where r.project_id = p.id and r.area_id = ${q.areaId})`);
  if (q.organisationId) {
    parts.push(sql`(p.owner_organisation_id = ${q.organisationId} or exists (select 1 from project_partners pp where pp.project_id = p.id and pp.organisation_id = ${q.organisationId}))`);
  }
  if (q.rag?.length) parts.push(sql`coalesce(${LATEST_RAG}, 'none') = any(${textArray(q.rag)})`);
  if (q.year !== undefined) parts.push(sql`(p.starts_on is null or p.starts_on < make_date(${q.year + 1}, 1, 1)) and (p.ends_on is null or p.ends_on >= make_date(${q.year}, 1, 1))`);
  if (q.q) {
    const pattern = containsPattern(q.q);
    parts.push(sql`(p.title->>'nb' ilike ${pattern} or p.title->>'nn' ilike ${pattern} or p.title->>'en' ilike ${pattern} or p.funding_programme_name ilike ${pattern})`);
  }
  return sql.join(parts, sql` and `);
}

const ORDER: Record<PortfolioQuery['sort'], SQL> = {
  title: sql`${norwegianOrder(sql`p.title->>'nb'`)}, p.id`,
  startsOn: sql`p.starts_on desc nulls last, p.id`,
  endsOn: sql`p.ends_on desc nulls last, p.id`,
  phase: sql`array_position(${textArray(PROJECT_PHASES)}, p.phase), p.starts_on desc nulls last, p.id`,
  granted: sql`p.budget_granted desc, p.id`,
};

/**
 * The portfolio's rows that match, in the order asked for: each project with its budget sums,
 * goals, partner countries and RAG. A page is cut before those are looked up, so a page deep in
 * the list looks them up for its own rows only.
 */
function portfolioSelect(programmeId: string, q: Omit<PortfolioQuery, 'limit' | 'offset'>, publishedOnly: boolean, page?: Pick<PortfolioQuery, 'limit' | 'offset'>): SQL {
  return sql`
    select p.id, p.programme_id, p.title, p.phase, p.funding_programme, p.funding_programme_name, p.currency,
      p.starts_on::text, p.ends_on::text, p.owner_organisation_id, o.name as owner_name, p.owner_role,
      p.published_at is not null as published, p.public_fields,
      p.budget_applied::text as applied, p.budget_granted::text as granted, p.budget_spent::text as spent,
      coalesce((select array_agg(g.goal_id) from project_goals g where g.project_id = p.id), '{}') as goal_ids,
      coalesce((select array_agg(distinct pp.country) from project_partners pp where pp.project_id = p.id and pp.country is not null), '{}') as countries,
      ${publishedOnly ? sql`null` : LATEST_RAG} as rag
    from (
      select p.* from projects p
      where ${portfolioWhere(programmeId, q, publishedOnly)}
      ${page ? sql`order by ${ORDER[q.sort]} limit ${page.limit} offset ${page.offset}` : sql``}
    ) p
    join organisations o on o.id = p.owner_organisation_id
    order by ${ORDER[q.sort]}`;
}

/** A page of the portfolio. */
export async function listPortfolio(db: DbOrTx, programmeId: string, q: PortfolioQuery, publishedOnly: boolean): Promise<PortfolioRow[]> {
  const res = await db.execute<PortfolioRow & Record<string, unknown>>(portfolioSelect(programmeId, q, publishedOnly, q));
  return res.rows;
}

const dialect = new PgDialect();

/**
 * Every matching row of the portfolio from a cursor, a page at a time, in the caller's
 * transaction (see db/snapshot.ts): an export of any size holds one page at once.
 */
export async function* portfolioCursor(client: pg.PoolClient, programmeId: string, q: Omit<PortfolioQuery, 'limit' | 'offset'>, publishedOnly: boolean, pageSize = 1000): AsyncGenerator<PortfolioRow[]> {
  const query = dialect.sqlToQuery(portfolioSelect(programmeId, q, publishedOnly));
  await client.query(`declare samordna_portfolio no scroll cursor for ${query.sql}`, query.params);
  for (;;) {
    const page = await client.query<PortfolioRow>(`fetch ${pageSize} from samordna_portfolio`);
    if (page.rows.length > 0) yield page.rows;
    if (page.rows.length < pageSize) break;
  }
  await client.query('close samordna_portfolio');
}

/**
 * How many projects match and their budgets' sums, per currency. For the public only the budgets
 * their projects show are summed.
 */
export async function portfolioTotals(db: DbOrTx, programmeId: string, q: PortfolioQuery, publishedOnly: boolean): Promise<PortfolioTotalsRow[]> {
  const counted = publishedOnly ? sql`'budget' = any(p.public_fields)` : sql`true`;
  const res = await db.execute<PortfolioTotalsRow & Record<string, unknown>>(sql`
    select p.currency, count(*)::int as projects,
      coalesce(sum(p.budget_applied) filter (where ${counted}), 0)::text as applied,
      coalesce(sum(p.budget_granted) filter (where ${counted}), 0)::text as granted,
      coalesce(sum(p.budget_spent) filter (where ${counted}), 0)::text as spent
    from projects p where ${portfolioWhere(programmeId, q, publishedOnly)}
    group by p.currency order by count(*) desc, p.currency`);
  return res.rows;
}
