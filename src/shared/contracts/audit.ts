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
] as const;
export const AuditEntityType = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof AuditEntityType>;

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
