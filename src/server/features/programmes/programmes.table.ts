import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import type { ProgrammeKind } from '../../../shared/contracts/programmes';

export const programmes = pgTable(
  'programmes',
  {
    id: id(),
    slug: text('slug').notNull(),
    kind: text('kind').$type<ProgrammeKind>().notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => programmes.id, {
      onDelete: 'restrict',
    }),
    name: localized('name').notNull(),
    summary: localized('summary').notNull().default({ nb: '' }),
    purpose: localized('purpose').notNull().default({ nb: '' }),
    goalText: localized('goal_text').notNull().default({ nb: '' }),
    isPublished: boolean('is_published').notNull().default(true),
    /** Days before a meeting of one of its bodies that the notice should be out (governance). */
    noticeDays: integer('notice_days').notNull().default(7),
    /**
     * How far a granted project's granted total (in per cent) and period (in months) may move
     * before the change goes to the board as a case; null: no such rule (portfolio).
     */
    changeThresholdPercent: integer('change_threshold_percent').default(10),
    changeThresholdMonths: integer('change_threshold_months').default(3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('programmes_slug_uq').on(t.slug), index('programmes_parent_idx').on(t.parentId)],
);
export type ProgrammeRow = typeof programmes.$inferSelect;
