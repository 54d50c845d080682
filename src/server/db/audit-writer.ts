// The audit trail's writer sits at the database layer: every feature that changes a record
// writes its entry inside its own transaction, and the audit log feature only reads them. Kept
// in a feature, it made that feature and every writer depend on each other.
import type { DbOrTx } from './client';
import type { Actor } from '../http/actor';
import type { AuditEntityType } from '../../shared/contracts/audit';
import { auditEntries } from '../features/audit/audit.table';
import { changesNothing } from '../features/audit/audit-readable';

/** One change to a record, as the audit trail keeps it. */
export interface AuditRecord {
  action: 'create' | 'update' | 'delete';
  entityType: AuditEntityType;
  entityId: string;
  programmeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit entry inside the caller's transaction, so it lands with the change or not at
 * all. An update that changed nothing a reader would see (the same values saved again) is not
 * an event, and leaves no entry.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, rec: AuditRecord): Promise<void> {
  if (rec.action === 'update' && rec.before !== undefined && rec.after !== undefined && changesNothing(rec.before, rec.after)) return;
  await tx.insert(auditEntries).values({
    actorId: actor.user?.id ?? null,
    actorName: actor.user?.name ?? null,
    action: rec.action,
    entityType: rec.entityType,
    entityId: rec.entityId,
    programmeId: rec.programmeId ?? null,
    before: rec.before ?? null,
    after: rec.after ?? null,
    requestId: actor.requestId,
  });
}
