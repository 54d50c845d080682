import { bigint, index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { goals } from '../goals/goals.table';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';

/**
 * A programme's action programme for a period (handlingsprogram): its challenges, priorities and
 * the efforts under each. A draft changes freely; a decision adopts it (and it never changes
 * again); the secretariat then publishes it.
 */
export const actionProgrammes = pgTable(
  'action_programmes',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    title: localized('title').notNull(),
    periodFrom: integer('period_from').notNull(),
    periodTo: integer('period_to').notNull(),
    challenges: localized('challenges').notNull().default({ nb: '' }),
    /** Raised on every change of a draft: a case prepared against an older draft is refused. */
    revision: integer('revision').notNull().default(1),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedByItemId: uuid('adopted_by_item_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('action_programmes_programme_idx').on(t.programmeId)],
);
export type ActionProgrammeRow = typeof actionProgrammes.$inferSelect;

export const actionPriorities = pgTable(
  'action_priorities',
  {
    id: id(),
    actionProgrammeId: uuid('action_programme_id').notNull().references(() => actionProgrammes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: localized('title').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
  },
  (t) => [index('action_priorities_programme_idx').on(t.actionProgrammeId, t.position)],
);
export type ActionPriorityRow = typeof actionPriorities.$inferSelect;

export const efforts = pgTable(
  'efforts',
  {
    id: id(),
    priorityId: uuid('priority_id').notNull().references(() => actionPriorities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: localized('title').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    /** What the effort needs in kroner; null when not stated. */
    fundingNeed: bigint('funding_need', { mode: 'number' }),
  },
  (t) => [index('efforts_priority_idx').on(t.priorityId, t.position)],
);
export type EffortRow = typeof efforts.$inferSelect;

/** The goals an effort serves (of the programme's goal tree, its own or an ancestor's). */
export const effortGoals = pgTable(
  'effort_goals',
  {
    effortId: uuid('effort_id').notNull().references(() => efforts.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').notNull().references(() => goals.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.effortId, t.goalId] }), index('effort_goals_goal_idx').on(t.goalId)],
);
