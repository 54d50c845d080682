import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { indicators } from '../indicators/indicators.table';
import { organisations } from '../organisations/organisations.table';
import { projects } from '../portfolio/projects.table';
import { users } from '../users/users.table';
import type { BenefitDirection, BenefitMeasureKind } from '../../../shared/domain/benefits';

/**
 * A benefit in a project's benefit plan: what it is, who in the line organisation owns it, how
 * it is measured (an indicator of the knowledge base for an area and breakdown, or by hand), its
 * baseline and expected value, and how long it is followed after the project closes.
 */
export const benefits = pgTable(
  'benefits',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: localized('title').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull().default(''),
    measure: text('measure').$type<BenefitMeasureKind>().notNull(),
    indicatorId: uuid('indicator_id').references(() => indicators.id, { onDelete: 'restrict' }),
    areaId: uuid('area_id').references(() => areas.id, { onDelete: 'restrict' }),
    breakdown: text('breakdown').notNull().default(''),
    measureName: text('measure_name'),
    measureUnit: text('measure_unit'),
    direction: text('direction').$type<BenefitDirection>().notNull(),
    baselineValue: doublePrecision('baseline_value').notNull(),
    /** Canonical period code, and its first day: the observations are read from it on. */
    baselinePeriod: text('baseline_period').notNull(),
    baselineStart: date('baseline_start').notNull(),
    expectedValue: doublePrecision('expected_value').notNull(),
    expectedBy: date('expected_by').notNull(),
    followUpMonths: integer('follow_up_months').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('benefits_project_idx').on(t.projectId, t.position),
    index('benefits_indicator_idx').on(t.indicatorId),
    check('benefits_measure_ck', sql`(${t.measure} = 'indicator' and ${t.indicatorId} is not null and ${t.areaId} is not null) or (${t.measure} = 'manual' and ${t.measureName} is not null)`),
    check('benefits_follow_up_ck', sql`${t.followUpMonths} >= 0`),
  ],
);
export type BenefitRow = typeof benefits.$inferSelect;

/** A figure of a manually measured benefit, as entered: its period, value, a note and who. */
export const benefitMeasurements = pgTable(
  'benefit_measurements',
  {
    id: id(),
    benefitId: uuid('benefit_id').notNull().references(() => benefits.id, { onDelete: 'cascade' }),
    period: text('period').notNull(),
    periodStart: date('period_start').notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('benefit_measurements_benefit_idx').on(t.benefitId, t.periodStart)],
);
export type BenefitMeasurementRow = typeof benefitMeasurements.$inferSelect;
