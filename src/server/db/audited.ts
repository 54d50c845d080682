import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import type { Actor } from '../http/actor';
import type { AuditEntityType } from '../../shared/contracts/audit';
import { recordAudit } from './audit-writer';
import { notFound } from '../http/errors';

type TableWithId = PgTable & { id: PgColumn };

/**
 * Insert, update and delete of one row with its audit entry in the same transaction — the
 * shape every register (organisations, areas, people, users) shares.
 */
export function auditedWrites<T extends TableWithId>(table: T, entityType: AuditEntityType, label: string) {
  return {
    async create(db: Db, actor: Actor, values: T['$inferInsert']): Promise<T['$inferSelect']> {
      return db.transaction(async (tx) => {
        const [row] = (await tx.insert(table).values(values).returning()) as T['$inferSelect'][];
        await recordAudit(tx, actor, { action: 'create', entityType, entityId: String(row!.id), after: row });
        return row!;
      });
    },
    async update(db: Db, actor: Actor, id: string, patch: Partial<T['$inferInsert']>): Promise<T['$inferSelect']> {
      return db.transaction(async (tx) => {
        const [before] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for('update')) as T['$inferSelect'][];
        if (!before) throw notFound(label);
        const [after] = (await tx
          .update(table)
          .set({ ...patch, updatedAt: new Date() } as never)
          .where(eq(table.id, id))
          .returning()) as T['$inferSelect'][];
        await recordAudit(tx, actor, { action: 'update', entityType, entityId: id, before, after });
        return after!;
      });
    },
    async remove(db: Db, actor: Actor, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [before] = (await tx.delete(table).where(eq(table.id, id)).returning()) as T['$inferSelect'][];
        if (!before) throw notFound(label);
        await recordAudit(tx, actor, { action: 'delete', entityType, entityId: id, before });
      });
    },
  };
}
