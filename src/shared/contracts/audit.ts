import { z } from 'zod';
import { Id, pageOf, PageQuery, Timestamp } from './common';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);

export const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: AuditAction,
  entityType: z.string(),
  entityId: z.string(),
  programmeId: Id.nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: Id.optional(),
  action: AuditAction.optional(),
  programmeId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = pageOf(AuditEntry);
