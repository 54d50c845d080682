import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

export type TableWithId = PgTable & { id: PgColumn };

/**
 * Insert, change, delete and lock one row of a table by its id: the writes a repo offers its
 * service, which runs them in the transaction that also records the audit entry.
 */
export function rowWrites<T extends TableWithId>(table: T) {
  type Row = T['$inferSelect'];
  return {
    async insert(tx: DbOrTx, values: T['$inferInsert']): Promise<Row> {
      const [row] = (await tx.insert(table).values(values).returning()) as Row[];
      return row!;
    },
    /** The row after the change; undefined when there is no such row. */
    async update(tx: DbOrTx, id: string, patch: Partial<T['$inferInsert']>): Promise<Row | undefined> {
      // Drizzle cannot relate a generic table's insert type to its update type; the patch is
      // typed by the caller as the table's own columns.
      const [row] = (await tx
        .update(table)
        .set(patch as never)
        .where(eq(table.id, id))
        .returning()) as Row[];
      return row;
    },
    /** The row as it was; undefined when there was none. */
    async remove(tx: DbOrTx, id: string): Promise<Row | undefined> {
      const [row] = (await tx.delete(table).where(eq(table.id, id)).returning()) as Row[];
      return row;
    },
    /** The row, locked until the transaction ends. */
    async lock(tx: DbOrTx, id: string): Promise<Row | undefined> {
      const [row] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for('update')) as Row[];
      return row;
    },
  };
}
