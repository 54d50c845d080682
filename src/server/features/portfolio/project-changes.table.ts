import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import { projects } from './projects.table';
import type { BudgetLine } from '../../../shared/domain/portfolio';

/**
 * A change of a granted project's budget or period beyond the programme's thresholds, asked of
 * the board: what the project had when it was asked (and its revision), what is proposed, and
 * why. A case's `decide_project_change` effect applies it when the body adopts the case; a
 * rejected case rejects it. At most one request of a project is pending at a time.
 */
export const projectChangeRequests = pgTable(
  'project_change_requests',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    /** pending, approved, rejected or withdrawn ("on the agenda" is read from the case). */
    status: text('status').$type<'pending' | 'approved' | 'rejected' | 'withdrawn'>().notNull().default('pending'),
    justification: text('justification').notNull(),
    baseRevision: integer('base_revision').notNull(),
    grantedTotalBefore: bigint('granted_total_before', { mode: 'number' }),
    startsOnBefore: date('starts_on_before'),
    endsOnBefore: date('ends_on_before'),
    grantedTotal: bigint('granted_total', { mode: 'number' }),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    /** The whole budget proposed, when the request changes the lines too; null: the lines stay. */
    budgetLines: jsonb('budget_lines').$type<BudgetLine[]>(),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /** The agenda item whose decision approved or rejected it. */
    decidedByItemId: uuid('decided_by_item_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('project_change_requests_project_idx').on(t.projectId, t.createdAt),
    index('project_change_requests_programme_idx').on(t.programmeId, t.status),
    uniqueIndex('project_change_requests_one_pending').on(t.projectId).where(sql`${t.status} = 'pending'`),
    check('project_change_requests_status', sql`${t.status} in ('pending', 'approved', 'rejected', 'withdrawn')`),
    check('project_change_requests_period', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);
export type ProjectChangeRequestRow = typeof projectChangeRequests.$inferSelect;
