import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { calls } from '../calls/calls.table';
import { projects } from '../portfolio/projects.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import type { CompletionReportState, LessonKind, RagStatus, ReminderKind, RiskLevel, StoredReportState } from '../../../shared/domain/reports';

/**
 * When a project's status reports fall due: for one project, or for every project created from
 * a call's applications. Due dates are the first one and every `interval_months` after it until
 * the project ends, and/or an explicit list; reminders go `remind_days_before` the due date and
 * `remind_days_after` it while the report is not submitted.
 */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    callId: uuid('call_id').references(() => calls.id, { onDelete: 'cascade' }),
    firstDueOn: date('first_due_on'),
    intervalMonths: integer('interval_months'),
    dueDates: date('due_dates').array().notNull().default(sql`'{}'::date[]`),
    remindDaysBefore: integer('remind_days_before').notNull().default(14),
    remindDaysAfter: integer('remind_days_after').notNull().default(7),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('report_schedules_programme_idx').on(t.programmeId),
    index('report_schedules_project_idx').on(t.projectId),
    index('report_schedules_call_idx').on(t.callId),
    check('report_schedules_target', sql`(${t.projectId} is null) <> (${t.callId} is null)`),
    check('report_schedules_interval', sql`${t.intervalMonths} is null or ${t.intervalMonths} between 1 and 24`),
    check('report_schedules_days', sql`${t.remindDaysBefore} between 0 and 90 and ${t.remindDaysAfter} between 0 and 90`),
  ],
);
export type ReportScheduleRow = typeof reportSchedules.$inferSelect;

export interface RiskEntry {
  description: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation: string;
}

/** A project's status report for one due date; written when its owner begins it (before: `due`). */
export const statusReports = pgTable(
  'status_reports',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    dueOn: date('due_on').notNull(),
    state: text('state').$type<StoredReportState>().notNull().default('draft'),
    rag: text('rag').$type<RagStatus>(),
    narrative: text('narrative').notNull().default(''),
    /** Spent so far, in whole units of the project's currency (kept with the report: the project may change it). */
    spentToDate: bigint('spent_to_date', { mode: 'number' }),
    currency: text('currency').notNull(),
    risks: jsonb('risks').$type<RiskEntry[]>().notNull().default([]),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('status_reports_due_uq').on(t.projectId, t.dueOn), check('status_reports_spent', sql`${t.spentToDate} is null or ${t.spentToDate} >= 0`)],
);
export type StatusReportRow = typeof statusReports.$inferSelect;

/**
 * What happened to a report (status or completion): each submission with the content as
 * submitted, each approval, each return with its comment. Never changed.
 */
export const reportEvents = pgTable(
  'report_events',
  {
    id: id(),
    statusReportId: uuid('status_report_id').references(() => statusReports.id, { onDelete: 'cascade' }),
    completionReportId: uuid('completion_report_id').references(() => completionReports.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'submitted' | 'approved' | 'returned'>().notNull(),
    comment: text('comment'),
    content: jsonb('content').$type<Record<string, unknown>>(),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The order the events happened in, when two share a time. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('report_events_status_idx').on(t.statusReportId, t.seq),
    index('report_events_completion_idx').on(t.completionReportId, t.seq),
    check('report_events_report', sql`(${t.statusReportId} is null) <> (${t.completionReportId} is null)`),
  ],
);

/** A reminder that was queued for a project's due date: never queued twice. */
export const reportReminders = pgTable(
  'report_reminders',
  {
    id: id(),
    projectId: uuid('project_id').notNull().references(() => projects.id, { onDelete: 'cascade' }),
    dueOn: date('due_on').notNull(),
    kind: text('kind').$type<ReminderKind>().notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('report_reminders_uq').on(t.projectId, t.dueOn, t.kind)],
);

/** A project's completion report: its results and what it learned. */
export const completionReports = pgTable('completion_reports', {
  id: id(),
  projectId: uuid('project_id')
    .notNull()
    .unique()
    .references(() => projects.id, { onDelete: 'cascade' }),
  state: text('state').$type<CompletionReportState>().notNull().default('draft'),
  results: text('results').notNull().default(''),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  revision: integer('revision').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type CompletionReportRow = typeof completionReports.$inferSelect;

/** One lesson learned, searched with PostgreSQL's Norwegian text search. */
export const reportLessons = pgTable(
  'report_lessons',
  {
    id: id(),
    completionReportId: uuid('completion_report_id')
      .notNull()
      .references(() => completionReports.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<LessonKind>().notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('report_lessons_report_idx').on(t.completionReportId, t.kind, t.position), index('report_lessons_search_idx').using('gin', sql`to_tsvector('norwegian'::regconfig, ${t.text})`)],
);
