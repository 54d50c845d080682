import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { importMappings, type ImportMappingRow } from '../imports.table';

export type NewImportMapping = typeof importMappings.$inferInsert;

export async function listMappingRows(db: DbOrTx): Promise<ImportMappingRow[]> {
  return db.select().from(importMappings).orderBy(asc(importMappings.name));
}

export async function insertMapping(db: DbOrTx, values: NewImportMapping): Promise<ImportMappingRow> {
  const [row] = await db.insert(importMappings).values(values).returning();
  return row!;
}

/** The saved mapping, locked until the transaction ends (it is about to change). */
export async function findMappingForUpdate(db: DbOrTx, id: string): Promise<ImportMappingRow | undefined> {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.id, id)).for('update');
  return row;
}

export async function updateMappingRow(db: DbOrTx, id: string, changes: Partial<NewImportMapping>): Promise<ImportMappingRow | undefined> {
  const [row] = await db.update(importMappings).set(changes).where(eq(importMappings.id, id)).returning();
  return row;
}

/** Deletes the saved mapping; returns it as it was, or undefined when there was none. */
export async function deleteMappingRow(db: DbOrTx, id: string): Promise<ImportMappingRow | undefined> {
  const [row] = await db.delete(importMappings).where(eq(importMappings.id, id)).returning();
  return row;
}
