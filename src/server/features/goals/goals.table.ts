import { doublePrecision, index, integer, pgTable, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { areas } from '../areas/areas.table';
import { indicators } from '../indicators/indicators.table';
import { programmes } from '../programmes/programmes.table';

/** A programme's goal tree; a goal's parent may belong to an ancestor programme. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => goals.id, { onDelete: 'restrict' }),
    title: localized('title').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
    periodFrom: integer('period_from'),
    periodTo: integer('period_to'),
    ownerBody: localized('owner_body'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('goals_programme_idx').on(t.programmeId), index('goals_parent_idx').on(t.parentId)],
);
export type GoalRow = typeof goals.$inferSelect;

/** An indicator tied to a goal: baseline and target for one area (and breakdown). */
export const goalTargets = pgTable(
  'goal_targets',
  {
    id: id(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'restrict' }),
    areaId: uuid('area_id')
      .notNull()
      .references(() => areas.id, { onDelete: 'restrict' }),
    breakdown: text('breakdown').notNull().default(''),
    baselineValue: doublePrecision('baseline_value').notNull(),
    baselinePeriod: text('baseline_period').notNull(),
    targetValue: doublePrecision('target_value').notNull(),
    targetPeriod: text('target_period').notNull(),
    note: localized('note').notNull().default({ nb: '' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('goal_targets_goal_idx').on(t.goalId), index('goal_targets_indicator_idx').on(t.indicatorId)],
);
export type GoalTargetRow = typeof goalTargets.$inferSelect;
