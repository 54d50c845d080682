import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { applications } from '../calls/calls.table';
import { goals } from '../goals/goals.table';
import { efforts } from '../governance/action-programmes.table';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import type { BudgetKind, Currency, FundingProgramme, PartnerRole, ProjectPhase, PublicProjectField } from '../../../shared/domain/portfolio';

/**
 * A project of a programme's portfolio: who owns it, how it is funded, where it stands, and
 * (in the tables below) its partners, budget, milestones, the goals and efforts it carries and
 * whom it reaches, as counts. Amounts are whole units of the project's currency.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    ownerOrganisationId: uuid('owner_organisation_id').notNull().references(() => organisations.id, { onDelete: 'restrict' }),
    ownerRole: text('owner_role').$type<PartnerRole>().notNull().default('coordinator'),
    title: localized('title').notNull(),
    summary: localized('summary').notNull().default({ nb: '' }),
    results: localized('results').notNull().default({ nb: '' }),
    fundingProgramme: text('funding_programme').$type<FundingProgramme>().notNull(),
    fundingProgrammeName: text('funding_programme_name'),
    currency: text('currency').$type<Currency>().notNull().default('NOK'),
    phase: text('phase').$type<ProjectPhase>().notNull().default('initiative'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    grantedTotal: bigint('granted_total', { mode: 'number' }),
    /** The sums of the budget lines by kind, kept with each write of the lines: the portfolio sorts and sums by them. */
    budgetApplied: bigint('budget_applied', { mode: 'number' }).notNull().default(0),
    budgetGranted: bigint('budget_granted', { mode: 'number' }).notNull().default(0),
    budgetSpent: bigint('budget_spent', { mode: 'number' }).notNull().default(0),
    publicFields: text('public_fields').array().$type<PublicProjectField[]>().notNull().default(sql`'{}'::text[]`),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The application the project was granted on, and the agenda item whose decision created it. */
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    createdByItemId: uuid('created_by_item_id'),
    /** Raised on every change: a case prepared against an older state can tell. */
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The portfolio's default order (newest start first), so that a page is read from the index.
    index('projects_programme_idx').on(t.programmeId, t.startsOn.desc().nullsLast(), t.id),
    index('projects_owner_idx').on(t.ownerOrganisationId),
    uniqueIndex('projects_application_uq').on(t.applicationId),
    check('projects_period_order', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);
export type ProjectRow = typeof projects.$inferSelect;

/** The organisations a project works with: registered ones, or named with their country (abroad). */
export const projectPartners = pgTable(
  'project_partners',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    country: text('country'),
    role: text('role').$type<PartnerRole>().notNull(),
  },
  (t) => [index('project_partners_project_idx').on(t.projectId, t.position), index('project_partners_organisation_idx').on(t.organisationId)],
);

/** One year's amount from one source, as applied for, granted or spent. */
export const projectBudgetLines = pgTable(
  'project_budget_lines',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    source: text('source').$type<FundingProgramme>().notNull(),
    kind: text('kind').$type<BudgetKind>().notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
  },
  (t) => [unique('project_budget_lines_key').on(t.projectId, t.year, t.source, t.kind), check('project_budget_lines_amount', sql`${t.amount} >= 0`)],
);

export const projectMilestones = pgTable(
  'project_milestones',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: localized('title').notNull(),
    dueOn: date('due_on').notNull(),
    doneOn: date('done_on'),
  },
  (t) => [index('project_milestones_project_idx').on(t.projectId, t.position)],
);

export const projectGoals = pgTable(
  'project_goals',
  {
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').notNull().references(() => goals.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.goalId] }), index('project_goals_goal_idx').on(t.goalId)],
);

export const projectEfforts = pgTable(
  'project_efforts',
  {
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    effortId: uuid('effort_id').notNull().references(() => efforts.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.effortId] }), index('project_efforts_effort_idx').on(t.effortId)],
);

/** Whom the project reaches, where: a target group and how many, never who. */
export const projectReach = pgTable(
  'project_reach',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'restrict' }),
    targetGroup: localized('target_group').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [index('project_reach_project_idx').on(t.projectId, t.position), index('project_reach_area_idx').on(t.areaId), check('project_reach_count', sql`${t.count} > 0`)],
);
