import { eq, ilike } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { containsPattern, countRows, fetchPage, norwegianOrder } from '../../../db/query-kit';
import { importMappings, type ImportMappingRow } from '../imports.table';
import type { Page, PageQuery } from '../../../../shared/contracts/common';
import type { SavedMappingSummary } from '../../../../shared/contracts/imports';

export type NewImportMapping = typeof importMappings.$inferInsert;

/** Saved mappings by name (a literal search), in Norwegian order, a page at a time; without the mappings. */
export function listMappingPage(db: DbOrTx, q: PageQuery): Promise<Page<SavedMappingSummary>> {
  const where = q.q ? ilike(importMappings.name, containsPattern(q.q)) : undefined;
  const rows = db
    .select({ id: importMappings.id, name: importMappings.name, createdAt: importMappings.createdAt, updatedAt: importMappings.updatedAt })
    .from(importMappings)
    .where(where)
    .orderBy(norwegianOrder(importMappings.name), importMappings.id)
    .limit(q.limit)
    .offset(q.offset);
  return fetchPage(rows, countRows(db, importMappings, where), (r) => ({ ...r, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
}

export async function findMapping(db: DbOrTx, id: string): Promise<ImportMappingRow | undefined> {
  const [row] = await db.select().from(importMappings).where(eq(importMappings.id, id));
  return row;
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
