import type { UploadFiles } from './uploads/upload-files';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize } from '../../http/permissions';
import { recordAudit } from '../../db/audit-writer';
import { systemActor } from '../../http/actor';
import type { Jobs } from '../../jobs/jobs';
import type { ImportState, StatisticsImport } from '../../../shared/contracts/imports';
import * as repo from './imports.repo';
import { authorizeTargets, checkedPlan, getImport, IMPORT_QUEUE, STALE_AFTER_S, type ImportJob } from './imports.service';
import { getUploadRow } from './uploads/uploads.service';

/**
 * Imports that lose their worker, and imports stopped on purpose. A running import renews its
 * heartbeat; the watch (at start and every minute, on one node) takes one whose heartbeat has
 * stopped for interrupted. An interrupted, queued or running import can be cancelled from its
 * page; an interrupted or cancelled one can be started again. None of them has written anything:
 * an import writes in one transaction.
 */

const INTERRUPTED = {
  code: 'INTERRUPTED',
  message: 'The import stopped when its server did (a crash or a forced stop). Nothing was written: start it again, or cancel it.',
  position: null,
  problems: [],
};

/** Marks running imports whose worker is gone as interrupted; their ids. */
export async function interruptStaleImports(db: Db): Promise<string[]> {
  const ids = await repo.interruptStale(db, STALE_AFTER_S, INTERRUPTED);
  for (const id of ids) {
    await recordAudit(db, systemActor('import-watch'), { action: 'update', entityType: 'statistics_import', entityId: id, before: { state: 'running' }, after: { state: 'interrupted' } });
  }
  return ids;
}

const CANCELLABLE: readonly ImportState[] = ['queued', 'running', 'interrupted'];
const RESTARTABLE: readonly ImportState[] = ['interrupted', 'cancelled'];

/** The import, when the actor may import into the indicators its mapping names (as it may to start it). */
async function current(db: Db, actor: Actor, id: string) {
  authorize(actor, 'statistics.import');
  const row = await repo.findImport(db, id);
  if (!row) throw notFound('The import');
  const { fixed, categories } = row.mapping.indicator;
  const codes = fixed ? [fixed] : Object.values(categories).filter((c): c is string => c !== null);
  await authorizeTargets(db, actor, { codes });
  return row;
}

/**
 * Cancels a queued, running or interrupted import. A running one stops where it is, on whichever
 * node runs it (its next heartbeat or progress finds it cancelled), and writes nothing.
 */
export async function cancelImport(db: Db, actor: Actor, id: string): Promise<StatisticsImport> {
  const row = await current(db, actor, id);
  const moved = await repo.moveImport(db, id, CANCELLABLE, 'cancelled', { finishedAt: new Date() });
  if (!moved) throw new AppError('STATE_CHANGED', `The import is ${row.state === 'cancelled' ? 'already cancelled' : 'finished'} and cannot be cancelled`);
  await recordAudit(db, actor, { action: 'update', entityType: 'statistics_import', entityId: id, before: { state: row.state }, after: { state: 'cancelled' } });
  return getImport(db, actor, id);
}

/**
 * Starts an interrupted or cancelled import again, from its upload (while the upload is kept) and
 * with its mapping, checked again against the file, the registers and the actor's rights.
 */
export async function restartImport(db: Db, uploads: UploadFiles, jobs: Jobs, actor: Actor, id: string): Promise<StatisticsImport> {
  const row = await current(db, actor, id);
  if (!RESTARTABLE.includes(row.state)) throw new AppError('STATE_CHANGED', `Only an interrupted or cancelled import can be started again; this one is ${row.state}`);
  const upload = row.uploadId ? await getUploadRow(db, row.uploadId).catch(() => undefined) : undefined;
  if (!upload) throw new AppError('NOT_FOUND', 'The uploaded file is gone (uploads are kept for 24 hours): upload it again');
  await checkedPlan(db, uploads, actor, upload, row.mapping);
  const moved = await repo.moveImport(db, id, RESTARTABLE, 'queued', { startedAt: null, finishedAt: null, heartbeatAt: null, progressDone: 0, error: null });
  if (!moved) throw new AppError('STATE_CHANGED', 'The import changed meanwhile; reload the page');
  await recordAudit(db, actor, { action: 'update', entityType: 'statistics_import', entityId: id, before: { state: row.state }, after: { state: 'queued' } });
  await jobs.send<ImportJob>(IMPORT_QUEUE, { importId: id });
  return getImport(db, actor, id);
}
