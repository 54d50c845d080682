import type { Db } from './client';
import type { Actor } from '../http/actor';
import type { AuditEntityType } from '../../shared/contracts/audit';
import { recordAudit } from './audit-writer';
import { rowWrites, type TableWithId } from './row-writes';
import { notFound } from '../http/errors';

/**
 * Insert, update and delete of one row with its audit entry in the same transaction — the
 * shape every register (organisations, areas, people) shares.
 */
export function auditedWrites<T extends TableWithId>(table: T, entityType: AuditEntityType, label: string) {
  const rows = rowWrites(table);
  return {
    async create(db: Db, actor: Actor, values: T['$inferInsert']): Promise<T['$inferSelect']> {
      return db.transaction(async (tx) => {
        const row = await rows.insert(tx, values);
        await recordAudit(tx, actor, { action: 'create', entityType, entityId: String(row.id), after: row });
        return row;
      });
    },
    async update(db: Db, actor: Actor, id: string, patch: Partial<T['$inferInsert']>): Promise<T['$inferSelect']> {
      return db.transaction(async (tx) => {
        const before = await rows.lock(tx, id);
        if (!before) throw notFound(label);
        const after = await rows.update(tx, id, { ...patch, updatedAt: new Date() });
        await recordAudit(tx, actor, { action: 'update', entityType, entityId: id, before, after });
        return after!;
      });
    },
    async remove(db: Db, actor: Actor, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await rows.remove(tx, id);
        if (!before) throw notFound(label);
        await recordAudit(tx, actor, { action: 'delete', entityType, entityId: id, before });
      });
    },
  };
}
