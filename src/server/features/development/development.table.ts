import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import { programmes } from '../programmes/programmes.table';
import { organisations } from '../organisations/organisations.table';
import { users } from '../users/users.table';
import { events } from '../events/events.table';
import { storedFiles } from '../../files/files.table';
import type { Locale, LocalizedText } from '../../../shared/domain/localized';
import type { Arena, GroupStatus, MemberKind, MemberRole, NoteKind, Perspective, PlanPart, SubmissionKind } from '../../../shared/domain/development';

/**
 * What a development programme teaches: its perspectives, the questions of its improvement
 * cycle (one per plan part) and the competence goals its participants are evaluated against.
 */
export const developmentSettings = pgTable('development_settings', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id, { onDelete: 'cascade' }),
  perspectives: jsonb('perspectives').$type<Perspective[]>().notNull().default([]),
  cycleQuestions: jsonb('cycle_questions').$type<Partial<Record<PlanPart, LocalizedText>>>().notNull().default({}),
  competenceGoals: jsonb('competence_goals').$type<LocalizedText[]>().notNull().default([]),
  updatedAt: updatedAt(),
});
export type DevelopmentSettingsRow = typeof developmentSettings.$inferSelect;

/** One run of the programme in a region and period, with its gatherings and homework. */
export const cohorts = pgTable(
  'cohorts',
  {
    id: id(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    name: localized('name').notNull(),
    region: text('region').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** While open, the participants answer the evaluation against the competence goals. */
    isEvaluationOpen: boolean('is_evaluation_open').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('cohorts_programme_idx').on(t.programmeId, t.startsOn), check('cohorts_period', sql`${t.endsOn} >= ${t.startsOn}`)],
);
export type CohortRow = typeof cohorts.$inferSelect;

/** A gathering of the cohort: an event of the programme (kind gathering), in the cohort's order. */
export const cohortGatherings = pgTable(
  'cohort_gatherings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
  },
  (t) => [index('cohort_gatherings_cohort_idx').on(t.cohortId)],
);

/** Homework between gatherings: what each group hands in by the due date. */
export const homeworkTasks = pgTable(
  'homework_tasks',
  {
    id: id(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    instructions: text('instructions').notNull().default(''),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    submissionKind: text('submission_kind').$type<SubmissionKind>().notNull(),
    /** For a task handed in as a part of the development plan: which part. */
    planPart: text('plan_part').$type<PlanPart>(),
    /** When the groups that had not handed in were reminded (once, shortly before the due date). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('homework_tasks_cohort_idx').on(t.cohortId, t.dueAt),
    check('homework_tasks_kind', sql`${t.submissionKind} in ('text', 'document', 'plan_part')`),
    check('homework_tasks_part', sql`(${t.submissionKind} = 'plan_part') = (${t.planPart} is not null)`),
  ],
);
export type HomeworkTaskRow = typeof homeworkTasks.$inferSelect;

/** A municipality's or county's participant group in a cohort, committed to every gathering. */
export const participantGroups = pgTable(
  'participant_groups',
  {
    id: id(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    status: text('status').$type<GroupStatus>().notNull().default('invited'),
    /** The group's promise that its members attend all the gatherings. */
    hasCommitted: boolean('has_committed').notNull().default(false),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    facilitatorUserId: uuid('facilitator_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('participant_groups_org_uq').on(t.cohortId, t.organisationId),
    index('participant_groups_facilitator_idx').on(t.facilitatorUserId),
    check('participant_groups_status', sql`${t.status} in ('invited', 'accepted', 'declined', 'withdrawn')`),
    check('participant_groups_commitment', sql`${t.status} <> 'accepted' or ${t.hasCommitted}`),
  ],
);
export type ParticipantGroupRow = typeof participantGroups.$inferSelect;

/** A member of a participant group; one with an account signs in to the group's work. */
export const groupMembers = pgTable(
  'group_members',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participantGroups.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    role: text('role').$type<MemberRole>().notNull(),
    kind: text('kind').$type<MemberKind>().notNull(),
    isContact: boolean('is_contact').notNull().default(false),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The language of the member's e-mails (the invitation, homework, reminders). */
    locale: text('locale').$type<Locale>().notNull().default('nb'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('group_members_group_idx').on(t.groupId, t.position),
    index('group_members_user_idx').on(t.userId),
    uniqueIndex('group_members_user_uq').on(t.groupId, t.userId),
    uniqueIndex('group_members_contact_uq').on(t.groupId).where(sql`${t.isContact}`),
    check('group_members_kind', sql`${t.kind} in ('elected', 'administrative')`),
    check('group_members_locale', sql`${t.locale} in ('nb', 'nn', 'en')`),
  ],
);
export type GroupMemberRow = typeof groupMembers.$inferSelect;

/** Whether a member came to a gathering (a member without a row was not marked). */
export const gatheringAttendance = pgTable(
  'gathering_attendance',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => cohortGatherings.eventId, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => groupMembers.id, { onDelete: 'cascade' }),
    attended: boolean('attended').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.memberId] }), index('gathering_attendance_member_idx').on(t.memberId)],
);

/** A group's hand-in for a homework task: a draft until submitted; late ones stay marked late. */
export const homeworkSubmissions = pgTable(
  'homework_submissions',
  {
    id: id(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => homeworkTasks.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participantGroups.id, { onDelete: 'cascade' }),
    text: text('text').notNull().default(''),
    fileId: uuid('file_id').references(() => storedFiles.id, { onDelete: 'set null' }),
    fileName: text('file_name'),
    fileType: text('file_type'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    isLate: boolean('is_late').notNull().default(false),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('homework_submissions_uq').on(t.taskId, t.groupId), index('homework_submissions_group_idx').on(t.groupId)],
);
export type HomeworkSubmissionRow = typeof homeworkSubmissions.$inferSelect;

/** Notes from the group's own meetings between gatherings. */
export const groupNotes = pgTable(
  'group_notes',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participantGroups.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NoteKind>().notNull(),
    metOn: date('met_on').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('group_notes_group_idx').on(t.groupId, t.metOn), check('group_notes_kind', sql`${t.kind} in ('local_meeting', 'reference_group', 'other')`)],
);
export type GroupNoteRow = typeof groupNotes.$inferSelect;

export interface PlanGoal {
  title: string;
  description: string;
}
export interface PlanActor {
  name: string;
  role: string;
  arena: Arena;
}
export interface PlanEffort {
  title: string;
  description: string;
  responsible: string;
  /** Year the effort starts and ends. */
  fromYear: number | null;
  toYear: number | null;
  /** The goals (their positions in `goals`) the effort serves. */
  goals: number[];
  /** How lasting improvement is followed. */
  followUp: string;
}

/** A group's development plan: the four parts of the improvement cycle. */
export const developmentPlans = pgTable('development_plans', {
  groupId: uuid('group_id')
    .primaryKey()
    .references(() => participantGroups.id, { onDelete: 'cascade' }),
  strengths: text('strengths').notNull().default(''),
  weaknesses: text('weaknesses').notNull().default(''),
  needs: text('needs').notNull().default(''),
  futureImages: text('future_images').notNull().default(''),
  goals: jsonb('goals').$type<PlanGoal[]>().notNull().default([]),
  actors: jsonb('actors').$type<PlanActor[]>().notNull().default([]),
  efforts: jsonb('efforts').$type<PlanEffort[]>().notNull().default([]),
  /** The group has chosen to show its plan on the programme's public page. */
  isPublic: boolean('is_public').notNull().default(false),
  /** The municipality's own programme the plan became. */
  programmeId: uuid('programme_id').references(() => programmes.id, { onDelete: 'set null' }),
  revision: integer('revision').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});
export type DevelopmentPlanRow = typeof developmentPlans.$inferSelect;

/** A facilitator's (or the office's) comment on one part of a group's plan. */
export const planComments = pgTable(
  'plan_comments',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participantGroups.id, { onDelete: 'cascade' }),
    part: text('part').$type<PlanPart>().notNull(),
    body: text('body').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('plan_comments_group_idx').on(t.groupId, t.createdAt)],
);
export type PlanCommentRow = typeof planComments.$inferSelect;

/**
 * An answer to the evaluation. It names the cohort and the group but never who answered: who
 * has answered is kept apart, in `evaluation_answerers`, so each member answers once.
 */
export const evaluationAnswers = pgTable(
  'evaluation_answers',
  {
    id: id(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => participantGroups.id, { onDelete: 'cascade' }),
    /** One rating (1–5) per competence goal, in the goals' order. */
    ratings: jsonb('ratings').$type<number[]>().notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('evaluation_answers_cohort_idx').on(t.cohortId, t.groupId)],
);

export const evaluationAnswerers = pgTable(
  'evaluation_answerers',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] })],
);
