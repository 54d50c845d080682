import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AUDIT_ACTIONS, AuditEntityType } from '../../../shared/contracts/audit';

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // No foreign key: the trail must outlive the user it names.
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').$type<(typeof AUDIT_ACTIONS)[number]>().notNull(),
    entityType: text('entity_type').$type<AuditEntityType>().notNull(),
    entityId: text('entity_id').notNull(),
    programmeId: uuid('programme_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_entity_idx').on(t.entityType, t.entityId),
    index('audit_at_idx').on(t.at),
    index('audit_programme_idx').on(t.programmeId),
  ],
);
export type AuditRow = typeof auditEntries.$inferSelect;
