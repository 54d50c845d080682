import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { organisations } from '../organisations/organisations.table';
import { programmes } from '../programmes/programmes.table';
import { users } from '../users/users.table';
import type { ApplicationForm, FormAnswers } from '../../../shared/contracts/application-form';
import type { AttachmentType } from '../../../shared/domain/application-form-limits';
import type { CallCriterion } from '../../../shared/contracts/calls';
import type { OrganisationKind } from '../../../shared/contracts/organisations';
import type { ApplicationOutcome, ApplicationStatus, CallStatus } from '../../../shared/domain/calls';

/**
 * A call for applications (utlysning) of a programme: what it funds, who may apply, how
 * applications are assessed, and the form they answer. Amounts are whole kroner.
 */
export const calls = pgTable(
  'calls',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    title: localized('title').notNull(),
    text: localized('text').notNull().default({ nb: '' }),
    budgetFrame: bigint('budget_frame', { mode: 'number' }),
    eligibleKinds: text('eligible_kinds').array().$type<OrganisationKind[]>().notNull().default(sql`'{}'::text[]`),
    /** A voluntary organisation applies only together with a municipal unit. */
    ngoNeedsMunicipalPartner: boolean('ngo_needs_municipal_partner').notNull().default(false),
    criteria: jsonb('criteria').$type<CallCriterion[]>().notNull().default([]),
    form: jsonb('form').$type<ApplicationForm>(),
    status: text('status').$type<CallStatus>().notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('calls_programme_idx').on(t.programmeId, t.status),
    check('calls_budget_frame', sql`${t.budgetFrame} is null or ${t.budgetFrame} >= 0`),
    check('calls_status', sql`${t.status} in ('draft', 'open', 'closed', 'decided')`),
  ],
);
export type CallRow = typeof calls.$inferSelect;

/** A deadline of a call: applications submitted by it count for it (Oslo had four a year). */
export const callDeadlines = pgTable(
  'call_deadlines',
  {
    id: id(),
    callId: uuid('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    label: localized('label').notNull(),
  },
  (t) => [index('call_deadlines_call_idx').on(t.callId, t.deadline)],
);
export type CallDeadlineRow = typeof callDeadlines.$inferSelect;

/**
 * An organisation's application to a call. `answers` is the working copy, autosaved; each
 * submission freezes it as a version (application_versions). `revision` rises on every change,
 * so two people of one organisation cannot overwrite each other's work unknowingly.
 */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    callId: uuid('call_id').notNull().references(() => calls.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    status: text('status').$type<ApplicationStatus>().notNull().default('draft'),
    currentVersion: integer('current_version').notNull().default(0),
    answers: jsonb('answers').$type<FormAnswers>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    deadlineId: uuid('deadline_id').references(() => callDeadlines.id, { onDelete: 'restrict' }),
    returnComment: text('return_comment'),
    /** The body's decision: its outcome, the amount granted and the conditions, and the agenda item it was made at. */
    outcome: text('outcome').$type<ApplicationOutcome>(),
    grantedAmount: bigint('granted_amount', { mode: 'number' }),
    conditions: localized('conditions'),
    decidedByItemId: uuid('decided_by_item_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When the secretariat let the reviewers see each other's scores. */
    reviewsReleasedAt: timestamp('reviews_released_at', { withTimezone: true }),
    /** The secretariat's recommendation to the deciding body, after the reviews. */
    recommendation: text('recommendation').$type<ApplicationOutcome>(),
    recommendedAmount: bigint('recommended_amount', { mode: 'number' }),
    recommendationText: text('recommendation_text'),
    recommendedAt: timestamp('recommended_at', { withTimezone: true }),
    recommendedBy: uuid('recommended_by').references(() => users.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('applications_call_idx').on(t.callId, t.status),
    index('applications_organisation_idx').on(t.organisationId),
    // One live application per organisation and call; a withdrawn one leaves room for a new one.
    uniqueIndex('applications_call_organisation_uq').on(t.callId, t.organisationId).where(sql`${t.status} <> 'withdrawn'`),
    check('applications_status', sql`${t.status} in ('draft', 'submitted', 'in_review', 'recommended', 'decided', 'withdrawn', 'returned')`),
  ],
);
export type ApplicationRow = typeof applications.$inferSelect;

/** The organisations an application is made together with. */
export const applicationPartners = pgTable(
  'application_partners',
  {
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.organisationId] }), index('application_partners_organisation_idx').on(t.organisationId)],
);

/**
 * A submitted version of an application: the answers as they were when submitted. Never changed
 * (a trigger refuses an update); a return for changes leads to a new version.
 */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: id(),
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    answers: jsonb('answers').$type<FormAnswers>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    deadlineId: uuid('deadline_id').references(() => callDeadlines.id, { onDelete: 'restrict' }),
  },
  (t) => [unique('application_versions_key').on(t.applicationId, t.version), check('application_versions_version', sql`${t.version} >= 1`)],
);
export type ApplicationVersionRow = typeof applicationVersions.$inferSelect;

/** A file uploaded to an attachment field of an application: the answers name it by its file id. */
export const applicationFiles = pgTable(
  'application_files',
  {
    id: id(),
    applicationId: uuid('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    fieldKey: text('field_key').notNull(),
    fileId: uuid('file_id').notNull(),
    name: text('name').notNull(),
    type: text('type').$type<AttachmentType>().notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    checksum: text('checksum').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('application_files_application_idx').on(t.applicationId), uniqueIndex('application_files_file_uq').on(t.fileId)],
);
export type ApplicationFileRow = typeof applicationFiles.$inferSelect;
