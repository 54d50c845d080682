import { poolOf } from '../../../jobs/pool';
import { rangeCheck } from '../write/known-ranges';
import type { Readable } from 'node:stream';
import type { Db } from '../../../db/client';
import type { Actor } from '../../../http/actor';
import { AppError, invalidField, notFound } from '../../../http/errors';
import { authorize } from '../../../http/permissions';
import type { ImportMapping, ImportPreview, MappingDraft, Upload } from '../../../../shared/contracts/imports';
import { WebUrl } from '../../../../shared/contracts/common';
import type { StatisticsUploadRow, UploadFormat } from '../imports.table';
import { inspectDataset, toUpload, type DatasetInspection, type StoredInspection } from './upload-inspection';
import { planImport } from '../plan/import-plan';
import { previewImport } from '../write/import-preview';
import { datasetNotFound, readingFile } from '../source/source-files';
import type { StoredFile } from '../../../files/file-store';
import { readUpload, storeUpload, UPLOAD_PURPOSE, type UploadFiles } from './upload-files';
import * as repo from './uploads.repo';
import { uploadFileName } from '../../../files/upload-parts';

/** How long an upload waits to be imported before its file and record are removed. */
export const UPLOAD_TTL_MS = 24 * 60 * 60 * 1000;

/** One part of a multipart request, as @fastify/multipart hands it over. */
export interface UploadPart {
  type: 'file' | 'field';
  fieldname: string;
  filename?: string;
  file?: Readable & { truncated?: boolean };
  value?: unknown;
}



/**
 * Walks the parts of a multipart body. A body that breaks off or lacks its boundary is the
 * client's mistake (400), not ours; size limits (413) and disk errors keep their own answers.
 */
async function receiveParts(handle: (part: UploadPart) => Promise<void>, parts: AsyncIterable<UploadPart>): Promise<void> {
  try {
    for await (const part of parts) await handle(part);
  } catch (error) {
    const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
    const isOurs = error instanceof AppError || typeof e.statusCode === 'number' || (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code));
    if (isOurs || !(error instanceof Error)) throw error;
    throw invalidField('file', 'multipart', `The request is not a complete multipart/form-data body: ${error.message}`);
  }
}

/**
 * Receives a statistics file (multipart field `file`, optional field `sourceUrl`), stores it,
 * reads it once to describe it, and suggests a mapping. A file that cannot be read is refused
 * with PARSE_FAILED and where it went wrong; nothing is kept.
 */
export async function createUpload(db: Db, uploads: UploadFiles, actor: Actor, parts: AsyncIterable<UploadPart>): Promise<Upload> {
  const user = authorize(actor, 'statistics.import');
  let stored: StoredFile | undefined;
  let fileName = '';
  let sourceUrl: string | null = null;
  const cleanUp = async () => {
    if (stored) await uploads.files.remove([stored.id]).catch(() => undefined);
  };
  try {
    await receiveParts(async (part) => {
      if (part.type === 'file' && part.file) {
        if (part.fieldname !== 'file' || stored) {
          part.file.resume();
          return;
        }
        const file = part.file;
        stored = await storeUpload(uploads, file, () => file.truncated === true);
        fileName = uploadFileName(part.filename, 'statistikk', 255);
      } else if (part.type === 'field' && part.fieldname === 'sourceUrl' && typeof part.value === 'string' && part.value.trim() !== '') {
        const url = WebUrl.safeParse(part.value.trim());
        if (!url.success) {
          throw invalidField('sourceUrl', 'url', 'sourceUrl is not a web address');
        }
        sourceUrl = url.data;
      }
    }, parts);
    if (!stored) {
      throw invalidField('file', 'required', 'Send the statistics file in the multipart field "file"');
    }
    // The worker refuses a table beyond the limits (source/cube-limits.ts) before reading its cells.
    const { first, inspection, storedInspection } = await readUpload(uploads, stored.id, 'first', async (opened) => {
      const inspection = await readingFile(() => inspectDataset(opened.cube));
      const datasets = opened.format === 'jsonstat' ? opened.datasets : [{ index: 0, label: opened.datasets[0]?.label || fileName }];
      const storedInspection: StoredInspection = {
        format: opened.format as UploadFormat,
        datasets,
        byDataset: { [opened.dataset]: inspection },
      };
      return { first: opened.dataset, inspection, storedInspection };
    });
    const row = await repo.insertUpload(db, {
      fileName,
      size: stored.size,
      checksum: stored.checksum,
      format: storedInspection.format,
      fileId: stored.id,
      sourceUrl,
      inspection: storedInspection,
      createdBy: user.id,
      expiresAt: new Date(Date.now() + UPLOAD_TTL_MS),
    });
    return toUpload(row, storedInspection, first, inspection, await repo.listIndicatorCodes(db));
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** An upload that has not expired; NOT_FOUND otherwise. */
export async function getUploadRow(db: Db, id: string): Promise<StatisticsUploadRow> {
  const row = await repo.findLiveUpload(db, id, new Date());
  if (!row) throw notFound('The upload');
  return row;
}

/**
 * The inspection of one dataset of an upload. Datasets of a collection other than the first are
 * read when first asked for and kept. Dataset 0 of a document whose first item is only a link
 * means its first dataset with data.
 */
export async function inspectionOf(
  db: Db,
  uploads: UploadFiles,
  row: StatisticsUploadRow,
  requested: number,
): Promise<{ dataset: number; stored: StoredInspection; inspection: DatasetInspection }> {
  const stored = row.inspection as StoredInspection;
  const listed = stored.datasets.find((d) => d.index === requested);
  const dataset = listed ? requested : requested === 0 && stored.datasets[0] ? stored.datasets[0].index : -1;
  if (dataset < 0) throw datasetNotFound(requested);
  const known = stored.byDataset[String(dataset)];
  if (known) return { dataset, stored, inspection: known };
  const inspection = await readUpload(uploads, row.fileId, dataset, ({ cube }) => inspectDataset(cube));
  const updated: StoredInspection = { ...stored, byDataset: { ...stored.byDataset, [dataset]: inspection } };
  await repo.updateInspection(db, row.id, updated);
  return { dataset, stored: updated, inspection };
}

export async function getUpload(db: Db, uploads: UploadFiles, actor: Actor, id: string, dataset: number): Promise<Upload> {
  authorize(actor, 'statistics.import');
  const row = await getUploadRow(db, id);
  const found = await inspectionOf(db, uploads, row, dataset);
  return toUpload(row, found.stored, found.dataset, found.inspection, await repo.listIndicatorCodes(db));
}

/**
 * Keeps the mapping step of one of the upload's datasets as it was left, for whoever opens the
 * same step next. Not audited: like the upload, it is a working copy; the import records the
 * mapping it used.
 */
export async function saveDraft(db: Db, actor: Actor, id: string, draft: MappingDraft): Promise<void> {
  authorize(actor, 'statistics.import');
  const row = await getUploadRow(db, id);
  const stored = row.inspection as StoredInspection;
  if (!stored.datasets.some((d) => d.index === draft.dataset)) throw datasetNotFound(draft.dataset);
  await repo.saveDraft(db, row.id, draft);
}

/** What the import would write with this mapping: the first rows, counts over every cell, and the problems. */
export async function previewUpload(db: Db, uploads: UploadFiles, actor: Actor, id: string, mapping: ImportMapping): Promise<ImportPreview> {
  authorize(actor, 'statistics.import');
  const row = await getUploadRow(db, id);
  const found = await inspectionOf(db, uploads, row, mapping.dataset);
  const plan = await planImport(db, found.inspection.dimensions, mapping, { isMetadataOnly: found.inspection.isMetadataOnly });
  const ranges = await rangeCheck(poolOf(db), plan);
  return readUpload(uploads, row.fileId, found.dataset, ({ cube }) => readingFile(() => previewImport(cube, plan, { ranges })));
}

/** Removes uploads past their time, with their files, and stray files no upload names (a crash mid-upload). */
export async function removeExpiredUploads(db: Db, uploads: UploadFiles, now = new Date()): Promise<{ removed: number; orphans: number }> {
  const expired = await repo.deleteExpiredUploads(db, now);
  await uploads.files.remove(expired);
  const orphans = await uploads.files.sweep(UPLOAD_PURPOSE, new Date(now.getTime() - UPLOAD_TTL_MS), (ids) => repo.filesInUse(db, ids));
  return { removed: expired.length, orphans };
}
