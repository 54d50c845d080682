import { z } from './zod';
import { Id, pageOf, PageQuery, Timestamp } from './common';
import { endpoint } from './endpoint';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);

/**
 * The kinds of record the audit trail names. Every writer passes one of these (the database
 * layer's `recordAudit` takes only these), and the audit page offers them as a filter; each has a
 * message `entityType.<type>` in every language.
 */
export const AUDIT_ENTITY_TYPES = [
  'programme',
  'participation',
  'contact',
  'organisation',
  'area',
  'person',
  'user',
  'role',
  'indicator',
  'programme_statistics',
  'statistics_import',
  'import_mapping',
  'goal',
  'goal_target',
  'body',
  'membership',
  'mandate_version',
  'meeting',
  'case',
  'agenda_item',
  'conflict',
  'follow_up_action',
  'action_programme',
  'project',
  'call',
  'application',
  'review',
  'report_schedule',
  'status_report',
  'completion_report',
  'benefit_measurement',
  'project_change_request',
  'partner_search',
  'content_item',
  'content_image',
  'document',
  'event',
  'event_registration',
  'standard',
  'standard_version',
  'standard_translation',
  'development_settings',
  'cohort',
  'homework_task',
  'participant_group',
  'group_member',
  'gathering_attendance',
  'homework_submission',
  'group_note',
  'development_plan',
  'plan_comment',
  'evaluation_answer',
] as const;
export const AuditEntityType = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

/** A value as a person reads it: a name instead of an id, a text in each language, or a short text. */
export const AuditValue = z
  .union([z.string(), z.number(), z.boolean(), z.object({ nb: z.string(), nn: z.string().nullish(), en: z.string().nullish() })])
  .nullable();
export type AuditValue = z.infer<typeof AuditValue>;

/** One field an update changed: its value before and after, or for a list what was added and removed. */
export const AuditChange = z.object({
  field: z.string(),
  before: AuditValue,
  after: AuditValue,
  added: z.array(AuditValue),
  removed: z.array(AuditValue),
});
export type AuditChange = z.infer<typeof AuditChange>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: AuditAction,
  entityType: AuditEntityType,
  entityId: z.string(),
  programmeId: Id.nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  /** The record's name (or the programme's, for a programme's settings), as it is now or was. */
  label: AuditValue,
  /** For an update: the fields it changed, in words (names, not ids). */
  changes: z.array(AuditChange),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  entityType: AuditEntityType.optional(),
  entityId: z.string().max(100).optional(),
  actorId: Id.optional(),
  action: AuditAction.optional(),
  programmeId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = pageOf(AuditEntry);

/** The audit trail. */
export const auditApi = {
  list: endpoint({ method: 'GET', path: '/api/audit', query: AuditQuery, response: AuditPage }),
};
