import { sql, type SQL } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn, type PgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, localized, updatedAt } from '../../db/columns';
import type { ApplicationDecision } from '../../../shared/domain/calls';
import { organisations } from '../organisations/organisations.table';
import { people } from '../people/people.table';
import { programmes } from '../programmes/programmes.table';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  BODY_KINDS,
  CASE_TYPES,
  CONFLICT_RULINGS,
  EFFECT_KINDS,
  ITEM_OUTCOMES,
  MEETING_STATUSES,
  MEMBER_ROLES,
  type ActionStatus,
  type AttendanceStatus,
  type BodyKind,
  type CaseType,
  type ConflictRuling,
  type EffectKind,
  type ItemOutcome,
  type MeetingStatus,
  type MemberRole,
  type Vote,
} from '../../../shared/domain/governance';

/** The column holds one of the list's words (the list is the domain's, written once). */
function oneOf(column: PgColumn, words: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(words.map((w) => `'${w}'`).join(', '))})`;
}

/** A board, group or meeting that governs a programme (DOMAIN.md: Governance). */
export const bodies = pgTable(
  'bodies',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => bodies.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<BodyKind>().notNull(),
    name: localized('name').notNull(),
    description: localized('description').notNull().default({ nb: '' }),
    meetingFrequency: localized('meeting_frequency'),
    secretariatOrganisationId: uuid('secretariat_organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    activeFrom: date('active_from'),
    activeTo: date('active_to'),
    isPublic: boolean('is_public').notNull().default(true),
    /** Set by a decision that establishes or dissolves the body (DOMAIN.md: decision effects). */
    establishedByItemId: uuid('established_by_item_id'),
    dissolvedByItemId: uuid('dissolved_by_item_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('bodies_programme_idx').on(t.programmeId), index('bodies_parent_idx').on(t.parentId), check('bodies_kind_ck', oneOf(t.kind, BODY_KINDS))],
);
export type BodyRow = typeof bodies.$inferSelect;

/** A person's seat in a body, on behalf of an organisation, for a period. History is kept. */
export const memberships = pgTable(
  'body_memberships',
  {
    id: id(),
    bodyId: uuid('body_id').notNull().references(() => bodies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').notNull().references(() => people.id, { onDelete: 'restrict' }),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    role: text('role').$type<MemberRole>().notNull(),
    deputyForId: uuid('deputy_for_id').references((): AnyPgColumn => memberships.id, { onDelete: 'restrict' }),
    hasVote: boolean('has_vote').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('memberships_body_idx').on(t.bodyId), index('memberships_person_idx').on(t.personId), check('memberships_role_ck', oneOf(t.role, MEMBER_ROLES)), check('memberships_period_ck', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`)],
);
export type MembershipRow = typeof memberships.$inferSelect;

/**
 * One version of a body's mandate. A draft may change; an adopted version never does — it is
 * adopted by a decision (`adoptedByItemId`) or, for history from before Samordna, on a cited source.
 */
export const mandateVersions = pgTable(
  'mandate_versions',
  {
    id: id(),
    bodyId: uuid('body_id').notNull().references(() => bodies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    text: localized('text').notNull(),
    effectiveFrom: date('effective_from'),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }),
    adoptedByItemId: uuid('adopted_by_item_id'),
    citedSource: text('cited_source'),
    /** Bumped on every change of a draft: a decision prepared against an older text is refused. */
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('mandate_versions_body_version_uq').on(t.bodyId, t.version)],
);
export type MandateVersionRow = typeof mandateVersions.$inferSelect;

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    bodyId: uuid('body_id').notNull().references(() => bodies.id, { onDelete: 'cascade' }),
    title: localized('title'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place'),
    onlineUrl: text('online_url'),
    recordingUrl: text('recording_url'),
    status: text('status').$type<MeetingStatus>().notNull().default('planned'),
    noticePublishedAt: timestamp('notice_published_at', { withTimezone: true }),
    /** The notice went out after its deadline: allowed, and kept as a warning. */
    noticeLate: boolean('notice_late').notNull().default(false),
    heldAt: timestamp('held_at', { withTimezone: true }),
    minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
    /** 'chair', or the agenda item of the next meeting that approved them. */
    minutesApprovedBy: text('minutes_approved_by').$type<'chair' | 'meeting'>(),
    minutesApprovedByItemId: uuid('minutes_approved_by_item_id'),
    minutesPublishedAt: timestamp('minutes_published_at', { withTimezone: true }),
    /** iCalendar SEQUENCE: raised when the time, place or status changes. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_body_starts_idx').on(t.bodyId, t.startsAt), check('meetings_status_ck', oneOf(t.status, MEETING_STATUSES))],
);
export type MeetingRow = typeof meetings.$inferSelect;

/** Who came: a member present or absent, or a deputy who met for a named member. */
export const attendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    membershipId: uuid('membership_id').notNull().references(() => memberships.id, { onDelete: 'restrict' }),
    status: text('status').$type<AttendanceStatus>().notNull(),
    substituteForId: uuid('substitute_for_id').references(() => memberships.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.membershipId] }), check('attendance_status_ck', oneOf(t.status, ATTENDANCE_STATUSES))],
);
export type AttendanceRow = typeof attendance.$inferSelect;

/** A matter for a body (sak). Its number comes with its place on an agenda. */
export const cases = pgTable(
  'cases',
  {
    id: id(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').notNull().references(() => bodies.id, { onDelete: 'cascade' }),
    type: text('type').$type<CaseType>().notNull(),
    title: localized('title').notNull(),
    internalTitle: localized('internal_title'),
    paper: localized('paper').notNull().default({ nb: '' }),
    proposedDecision: localized('proposed_decision').notNull().default({ nb: '' }),
    isExempt: boolean('is_exempt').notNull().default(false),
    exemptionBasis: text('exemption_basis'),
    /** For a minutes-approval case: the meeting whose minutes it approves. */
    approvesMeetingId: uuid('approves_meeting_id').references((): AnyPgColumn => meetings.id, { onDelete: 'cascade' }),
    /** A follow-up action reported back as this case. */
    reportsActionId: uuid('reports_action_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('cases_body_idx').on(t.bodyId), index('cases_programme_idx').on(t.programmeId), check('cases_type_ck', oneOf(t.type, CASE_TYPES))],
);
export type CaseRow = typeof cases.$inferSelect;

/**
 * A case on one meeting's agenda, numbered in the body's series for the meeting's year. With an
 * outcome it is a decision.
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: uuid('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id').notNull().references(() => bodies.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    numberYear: integer('number_year').notNull(),
    numberSeq: integer('number_seq').notNull(),
    outcome: text('outcome').$type<ItemOutcome>(),
    decisionText: localized('decision_text'),
    forwardedToBodyId: uuid('forwarded_to_body_id').references(() => bodies.id, { onDelete: 'restrict' }),
    votes: jsonb('votes').$type<{ membershipId: string; vote: Vote }[]>(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('agenda_items_number_uq').on(t.bodyId, t.numberYear, t.numberSeq),
    index('agenda_items_meeting_idx').on(t.meetingId, t.position),
    index('agenda_items_case_idx').on(t.caseId),
    // A body's decisions newest first (read backwards), and the numbers' order within a day.
    index('agenda_items_body_decided_idx').on(t.bodyId, t.decidedAt, t.numberSeq),
    check('agenda_items_outcome_ck', sql`${t.outcome} is null or ${oneOf(t.outcome, ITEM_OUTCOMES)}`),
  ],
);
export type AgendaItemRow = typeof agendaItems.$inferSelect;

/** A member's declared conflict of interest on an item, and the body's ruling on it. */
export const conflicts = pgTable(
  'item_conflicts',
  {
    id: id(),
    itemId: uuid('item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
    membershipId: uuid('membership_id').notNull().references(() => memberships.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
    ruling: text('ruling').$type<ConflictRuling>(),
    deputyMembershipId: uuid('deputy_membership_id').references(() => memberships.id, { onDelete: 'restrict' }),
  },
  (t) => [uniqueIndex('item_conflicts_member_uq').on(t.itemId, t.membershipId), check('item_conflicts_ruling_ck', sql`${t.ruling} is null or ${oneOf(t.ruling, CONFLICT_RULINGS)}`)],
);
export type ConflictRow = typeof conflicts.$inferSelect;

/**
 * What a case's decision changes, prepared with the case and applied in the transaction that
 * records the decision. `expectedRevision` pins the mandate draft the case was prepared against.
 */
export const effects = pgTable(
  'decision_effects',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<EffectKind>().notNull(),
    /** The effect's place in the case's list, from 0: the order they are applied and named in. */
    position: integer('position').notNull().default(0),
    targetId: uuid('target_id').notNull(),
    expectedRevision: integer('expected_revision'),
    /** What the effect decides beyond its target: for an application, the outcome, amount and conditions. */
    params: jsonb('params').$type<ApplicationDecision>(),
    appliedByItemId: uuid('applied_by_item_id').references(() => agendaItems.id, { onDelete: 'restrict' }),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('decision_effects_case_idx').on(t.caseId), index('decision_effects_target_idx').on(t.targetId), check('decision_effects_kind_ck', oneOf(t.kind, EFFECT_KINDS))],
);
export type EffectRow = typeof effects.$inferSelect;

/** Something a decision asks someone to do by a date. */
export const followUpActions = pgTable(
  'follow_up_actions',
  {
    id: id(),
    itemId: uuid('item_id').notNull().references(() => agendaItems.id, { onDelete: 'cascade' }),
    description: localized('description').notNull(),
    responsiblePersonId: uuid('responsible_person_id').references(() => people.id, { onDelete: 'restrict' }),
    responsibleOrganisationId: uuid('responsible_organisation_id').references(() => organisations.id, { onDelete: 'restrict' }),
    dueDate: date('due_date'),
    status: text('status').$type<ActionStatus>().notNull().default('open'),
    reportedCaseId: uuid('reported_case_id').references(() => cases.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('follow_up_actions_item_idx').on(t.itemId), index('follow_up_actions_due_idx').on(t.status, t.dueDate), check('follow_up_actions_status_ck', oneOf(t.status, ACTION_STATUSES))],
);
export type FollowUpActionRow = typeof followUpActions.$inferSelect;

/** A file attached to a case (a report, a letter, a budget), kept in the file store. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: id(),
    caseId: uuid('case_id').notNull().references(() => cases.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').notNull(),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    checksum: text('checksum').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);
export type CaseAttachmentRow = typeof caseAttachments.$inferSelect;
