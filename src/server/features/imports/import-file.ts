import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import type { ImportMapping, ImportPreview, StatisticsImport } from '../../../shared/contracts/imports';
import { recordAudit } from '../audit/audit.service';
import * as repo from './imports.repo';
import { executeImport, importErrorOf } from './imports.service';
import { statisticsImports } from './imports.table';
import { planImport } from './plan/import-plan';
import { mappingInvalid } from './plan/mapping-problems';
import { previewImport } from './write/import-preview';
import { toSourceDimension } from './source/source-dimensions';
import { checksumOf, cubeOf, parseFile, readingFile } from './source/source-files';

/**
 * Imports a file from disk with a mapping, without HTTP and without the job queue: what
 * `samordna import` runs. The same planning, writing and provenance as an import from the web
 * UI; the import is recorded with no upload and, from the command line, no user.
 */
export interface ImportFileInput {
  file: string;
  mapping: ImportMapping;
  /** Only read and count: nothing is written. */
  isDryRun?: boolean;
  actor: Actor;
  onProgress?: (done: number, total: number) => void;
}

export type ImportFileOutcome = { kind: 'preview'; preview: ImportPreview } | { kind: 'imported'; import: StatisticsImport };

export async function importFile(db: Db, input: ImportFileInput): Promise<ImportFileOutcome> {
  const { mapping } = input;
  const parsed = await parseFile(input.file);
  const cube = cubeOf(parsed, mapping.dataset);
  const plan = await planImport(db, cube.meta.dimensions.map(toSourceDimension), mapping, { isMetadataOnly: cube.meta.metadataOnly === true });
  if (input.isDryRun) {
    return { kind: 'preview', preview: await readingFile(() => previewImport(cube, plan, { onProgress: input.onProgress })) };
  }
  if (plan.problems.length > 0) throw mappingInvalid(plan.problems);

  const { checksum, size } = await checksumOf(input.file);
  const [row] = await db
    .insert(statisticsImports)
    .values({
      state: 'running',
      fileName: path.basename(input.file),
      checksum,
      size,
      format: parsed.format,
      title: cube.meta.title,
      sourceUrl: mapping.sourceUrl ?? null,
      mapping,
      createdBy: input.actor.user?.id ?? null,
      startedAt: new Date(),
      progressTotal: cube.meta.cells,
    })
    .returning();
  const created = (await repo.findImport(db, row!.id))!;
  await recordAudit(db, input.actor, {
    action: 'create',
    entityType: 'statistics_import',
    entityId: created.id,
    after: { state: 'running', fileName: created.fileName, checksum, size, format: created.format, title: created.title, sourceUrl: created.sourceUrl, mapping },
  });
  try {
    await readingFile(() => executeImport(db, cube, created, input.actor, { onProgress: input.onProgress }));
  } catch (error) {
    const reason = importErrorOf(error);
    await db.update(statisticsImports).set({ state: 'failed', finishedAt: new Date(), error: reason }).where(eq(statisticsImports.id, created.id));
    await recordAudit(db, input.actor, { action: 'update', entityType: 'statistics_import', entityId: created.id, before: { state: 'running' }, after: { state: 'failed', error: reason } });
    throw error;
  }
  return { kind: 'imported', import: repo.toStatisticsImport((await repo.findImport(db, created.id))!) };
}
