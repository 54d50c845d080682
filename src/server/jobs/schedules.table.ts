import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { updatedAt } from '../db/columns';

/**
 * Recurring jobs (jobs/schedules.ts): when each runs next by its cron expression (UTC). A node
 * whose clock has reached `next_run_at` claims the row, moves it to the following time and queues
 * the job, so a schedule runs once across all app nodes, and a run missed while no node ran is
 * made up once.
 */
export const jobSchedules = pgTable('job_schedules', {
  name: text('name').primaryKey(),
  cron: text('cron').notNull(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  updatedAt: updatedAt(),
});
