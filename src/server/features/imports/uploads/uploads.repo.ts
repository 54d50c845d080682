import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { MappingDraft } from '../../../../shared/contracts/imports';
import type { DbOrTx } from '../../../db/client';
import { indicators } from '../../indicators/indicators.table';
import { statisticsUploads, type StatisticsUploadRow } from '../imports.table';
import type { StoredInspection } from './upload-inspection';

export type NewStatisticsUpload = typeof statisticsUploads.$inferInsert;

export async function insertUpload(db: DbOrTx, values: NewStatisticsUpload): Promise<StatisticsUploadRow> {
  const [row] = await db.insert(statisticsUploads).values(values).returning();
  return row!;
}

/** The upload, unless it has expired. */
export async function findLiveUpload(db: DbOrTx, id: string, now: Date): Promise<StatisticsUploadRow | undefined> {
  const [row] = await db
    .select()
    .from(statisticsUploads)
    .where(and(eq(statisticsUploads.id, id), gt(statisticsUploads.expiresAt, now)));
  return row;
}

export async function updateInspection(db: DbOrTx, id: string, inspection: StoredInspection): Promise<void> {
  await db.update(statisticsUploads).set({ inspection }).where(eq(statisticsUploads.id, id));
}

/** Keeps the mapping step of one dataset as it was left. */
export async function saveDraft(db: DbOrTx, id: string, draft: MappingDraft): Promise<void> {
  await db
    .update(statisticsUploads)
    .set({ drafts: sql`${statisticsUploads.drafts} || jsonb_build_object(${String(draft.dataset)}::text, ${JSON.stringify(draft)}::jsonb)` })
    .where(eq(statisticsUploads.id, id));
}

/** Deletes the uploads expired by `now`; returns their files, for the caller to remove. */
export async function deleteExpiredUploads(db: DbOrTx, now: Date): Promise<string[]> {
  const rows = await db.delete(statisticsUploads).where(lt(statisticsUploads.expiresAt, now)).returning({ fileId: statisticsUploads.fileId });
  return rows.map((r) => r.fileId);
}

/** Which of these files an upload names. */
export async function filesInUse(db: DbOrTx, fileIds: string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db.select({ fileId: statisticsUploads.fileId }).from(statisticsUploads).where(inArray(statisticsUploads.fileId, fileIds));
  return new Set(rows.map((r) => r.fileId));
}

/** Codes of the indicators in the catalogue, which the suggested mapping matches categories to. */
export async function listIndicatorCodes(db: DbOrTx): Promise<Set<string>> {
  const rows = await db.select({ code: indicators.code }).from(indicators);
  return new Set(rows.map((r) => r.code));
}
