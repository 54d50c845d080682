import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { applications } from '../calls/calls.table';
import { users } from '../users/users.table';
import type { Scores } from '../../../shared/contracts/reviews';
import type { ApplicationOutcome } from '../../../shared/domain/calls';
import type { ReviewStatus } from '../../../shared/domain/reviews';

/**
 * A reviewer's assessment (vurdering) of an application: assigned by the secretariat, a score and
 * a comment per criterion of the call, a recommendation. Submitted, it is frozen; a declared
 * conflict excludes the reviewer. Only the secretariat and the deciding body read the scores;
 * other reviewers only after the secretariat releases them (applications.reviews_released_at).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: id(),
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').notNull().references(() => users.id, { onDelete: 'restrict' }),
    assignedBy: uuid('assigned_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<ReviewStatus>().notNull().default('assigned'),
    conflictReason: text('conflict_reason'),
    scores: jsonb('scores').$type<Scores>().notNull().default({}),
    recommendation: text('recommendation').$type<ApplicationOutcome>(),
    recommendedAmount: bigint('recommended_amount', { mode: 'number' }),
    comment: text('comment').notNull().default(''),
    /** The application's submitted version the review was made on. */
    applicationVersion: integer('application_version').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reviews_application_reviewer_key').on(t.applicationId, t.reviewerId),
    index('reviews_reviewer_idx').on(t.reviewerId),
    check('reviews_status', sql`${t.status} in ('assigned', 'submitted', 'conflict')`),
    check('reviews_recommendation', sql`${t.recommendation} is null or ${t.recommendation} in ('granted', 'partly_granted', 'rejected', 'deferred')`),
    check('reviews_conflict_reason', sql`(${t.status} = 'conflict') = (${t.conflictReason} is not null)`),
    check('reviews_submitted', sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`),
  ],
);
export type ReviewRow = typeof reviews.$inferSelect;
