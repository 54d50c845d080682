import { poolOf } from '../../jobs/pool';
import { rangeCheck } from './write/known-ranges';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError, notFound } from '../../http/errors';
import { authorize, can } from '../../http/permissions';
import { ownerScope } from '../programmes/programmes.access';
import { indicatorOwners } from '../indicators/indicators.repo';
import type { Jobs } from '../../jobs/jobs';
import type {
  ImportCreate,
  ImportError,
  ImportMapping,
  ImportPreview,
  ImportQuery,
  ImportResult,
  ObservationChange,
  StatisticsImport,
} from '../../../shared/contracts/imports';
import type { Page, PageQuery } from '../../../shared/contracts/common';
import { recordAudit } from '../../db/audit-writer';
import { isStatisticsParseError, type Cube } from '@samordna/statistics-formats';
import * as repo from './imports.repo';
import type { StatisticsImportRow, StatisticsUploadRow } from './imports.table';
import { planImport } from './plan/import-plan';
import { mappingInvalid } from './plan/mapping-problems';
import { toSourceDimension } from './source/source-dimensions';
import { checksumOf, cubeOf, parseFile, positionText, readingFile, reasonOf, refuseOversizedCube } from './source/source-files';
import { readUpload, type UploadFiles } from './uploads/upload-files';
import { getUploadRow, inspectionOf } from './uploads/uploads.service';
import { previewImport } from './write/import-preview';
import { importCube } from './write/observations-writer';

export const IMPORT_QUEUE = 'statistics-import';
export interface ImportJob {
  importId: string;
}

type ImportErrorValue = z.input<typeof ImportError>;

/** How the outcome of a failed import is told: code, message, where in the file, mapping problems. */
export function importErrorOf(error: unknown): ImportErrorValue {
  if (isStatisticsParseError(error)) return { code: 'PARSE_FAILED', message: error.message, position: positionText(error), reason: reasonOf(error), problems: [] };
  if (error instanceof AppError) {
    const problems =
      error.code === 'MAPPING_INVALID'
        ? (error.details.errors ?? []).map((e) => ({ path: e.path, code: e.code, message: e.message, ...(e.values ? { values: e.values } : {}) }))
        : [];
    return { code: error.code, message: error.message, position: error.details.position ?? null, reason: error.details.reason ?? null, problems };
  }
  return { code: 'INTERNAL', message: 'The import stopped on an unexpected error; it has been logged. Nothing was written.', position: null, problems: [] };
}

/** The one who started the import, as the audit trail names them when the job finishes. */
function actorOf(row: repo.ImportWithCreator, requestId: string): Actor {
  if (!row.createdBy) return { user: null, requestId };
  return {
    user: { id: row.createdBy, name: row.creatorName ?? '', email: '', organisationId: null, isPlatformAdmin: false, roles: new Map() },
    requestId,
  };
}

function provenance(row: StatisticsImportRow) {
  return { fileName: row.fileName, checksum: row.checksum, size: row.size, format: row.format, title: row.title, sourceUrl: row.sourceUrl, mapping: row.mapping };
}

/**
 * Queues an import of an upload. The mapping is checked against the file and the registers
 * first (MAPPING_INVALID lists every problem); the import itself runs as a background job.
 */
export async function createImport(db: Db, uploads: UploadFiles, jobs: Jobs, actor: Actor, input: ImportCreate): Promise<StatisticsImport> {
  const user = authorize(actor, 'statistics.import');
  const upload = await getUploadRow(db, input.uploadId);
  const found = await checkedPlan(db, uploads, actor, upload, input.mapping);
  const sourceUrl = input.mapping.sourceUrl ?? upload.sourceUrl ?? undefined;
  const mapping: ImportMapping = { ...input.mapping, dataset: found.dataset, ...(sourceUrl ? { sourceUrl } : {}) };
  const created = await db.transaction(async (tx) => {
    const row = await repo.insertImport(tx, {
      uploadId: upload.id,
      state: 'queued',
      fileName: upload.fileName,
      checksum: upload.checksum,
      size: upload.size,
      format: upload.format,
      title: found.inspection.title,
      sourceUrl: sourceUrl ?? null,
      mapping,
      createdBy: user.id,
      progressTotal: found.inspection.cells,
    });
    await recordAudit(tx, actor, { action: 'create', entityType: 'statistics_import', entityId: row.id, after: { state: 'queued', ...provenance(row) } });
    return row;
  });
  try {
    await jobs.send<ImportJob>(IMPORT_QUEUE, { importId: created.id });
  } catch (error) {
    await markFailed(db, created.id, { code: 'INTERNAL', message: 'The import could not be queued. Nothing was written.', position: null, problems: [] });
    throw error;
  }
  return getImport(db, actor, created.id);
}

/**
 * The mapping checked against the upload's file and the registers (MAPPING_INVALID lists every
 * problem), and the indicators it writes into against what the actor may import into.
 */
export async function checkedPlan(db: Db, uploads: UploadFiles, actor: Actor, upload: StatisticsUploadRow, mapping: ImportMapping) {
  const found = await inspectionOf(db, uploads, upload, mapping.dataset);
  const plan = await planImport(db, found.inspection.dimensions, mapping, { isMetadataOnly: found.inspection.isMetadataOnly });
  if (plan.problems.length > 0) throw mappingInvalid(plan.problems);
  await authorizeTargets(db, actor, { ids: plan.indicators.map((i) => i.id) });
  return found;
}

/**
 * Figures are written only into indicators the actor keeps statistics for: those of a programme
 * where it is analyst or secretariat (shared national indicators: platform administrators).
 * Another programme's public figures are not the actor's to change.
 */
export async function authorizeTargets(db: Db, actor: Actor, which: Parameters<typeof indicatorOwners>[1]): Promise<void> {
  const refused: string[] = [];
  const allowed = new Map<string | null, boolean>();
  for (const row of await indicatorOwners(db, which)) {
    if (!allowed.has(row.ownerProgrammeId)) allowed.set(row.ownerProgrammeId, can(actor, 'statistics.import', await ownerScope(db, row.ownerProgrammeId)));
    if (!allowed.get(row.ownerProgrammeId)) refused.push(row.code);
  }
  if (refused.length > 0) {
    throw new AppError('FORBIDDEN', `You may not import figures into ${refused.join(', ')}: another programme (or the platform) keeps ${refused.length === 1 ? 'it' : 'them'}`);
  }
}

export async function getImport(db: Db, actor: Actor, id: string): Promise<StatisticsImport> {
  authorize(actor, 'statistics.import');
  const row = await repo.findImport(db, id);
  if (!row) throw notFound('The import');
  return repo.toStatisticsImport(row);
}

export function listImports(db: Db, actor: Actor, q: ImportQuery): Promise<Page<StatisticsImport>> {
  authorize(actor, 'statistics.import');
  return repo.listImportPage(db, q);
}

export async function listChanges(
  db: Db,
  actor: Actor,
  id: string,
  page: PageQuery,
): Promise<Page<ObservationChange>> {
  authorize(actor, 'statistics.import');
  if (!(await repo.findImport(db, id))) throw notFound('The import');
  return repo.listChangePage(db, id, page);
}

async function markFailed(db: Db, id: string, error: ImportErrorValue): Promise<void> {
  await repo.updateImport(db, id, { state: 'failed', finishedAt: new Date(), error });
}

/** How often a running import renews its heartbeat; the watch takes it for interrupted after STALE_AFTER_S without one. */
export const HEARTBEAT_MS = 20_000;
export const STALE_AFTER_S = 120;

export interface RunOptions {
  signal?: AbortSignal;
  /** Called with the cells read so far; the stored progress is updated at most this often. */
  onProgress?: (done: number, total: number) => void;
  progressIntervalMs?: number;
  requestId?: string;
  /** Called when the import is found no longer running (cancelled, or taken for interrupted). */
  onGone?: () => void;
}

/** The import was cancelled (or taken for interrupted) while it ran: nothing is committed. */
export class ImportGone extends Error {
  constructor() {
    super('The import is no longer running: it was cancelled');
    this.name = 'ImportGone';
  }
}

/**
 * Writes an import's cube in one transaction and records its outcome and audit entry in that
 * same transaction. Progress goes to the import row over another connection as cells stream,
 * so a page polling the import sees it move while the transaction is still open.
 */
export async function executeImport(db: Db, cube: Cube, row: repo.ImportWithCreator, actor: Actor, options: RunOptions = {}): Promise<ImportResult> {
  const interval = options.progressIntervalMs ?? 250;
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const onProgress = (done: number, total: number) => {
    options.onProgress?.(done, total);
    const now = Date.now();
    if (now - last < interval) return;
    last = now;
    pending = pending
      .then(async () => {
        if (!(await repo.beat(db, row.id, { done, total }))) options.onGone?.();
      })
      .catch(() => undefined);
  };
  try {
    return await importCube(db, cube, row.mapping, {
      importId: row.id,
      signal: options.signal,
      onProgress,
      beforeCommit: async (tx, result) => {
        await pending;
        const finishedAt = new Date();
        // Only a running import succeeds: one cancelled meanwhile rolls back here.
        const moved = await repo.moveImport(tx, row.id, ['running'], 'succeeded', { finishedAt, result, error: null, progressDone: cube.meta.cells, progressTotal: cube.meta.cells });
        if (!moved) throw new ImportGone();
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: 'statistics_import',
          entityId: row.id,
          before: { state: 'running' },
          after: { state: 'succeeded', result },
        });
      },
    });
  } finally {
    await pending;
  }
}

export interface ImportLogger {
  error(obj: object, msg?: string): void;
}

/**
 * The job: reads the uploaded file and imports it. A file or mapping at fault fails the import
 * with the reason (and nothing written); a server stopping mid-import puts it back in the queue.
 */
export async function runImport(db: Db, uploads: UploadFiles, log: ImportLogger, importId: string, options: RunOptions = {}): Promise<void> {
  // Only a queued import runs: one that another worker has taken, or that was cancelled or taken
  // for interrupted, is left as it is (a retry of its old job finds it so).
  if (!(await repo.claimImport(db, importId))) return;
  const row = (await repo.findImport(db, importId))!;
  const actor = actorOf(row, options.requestId ?? `import:${importId}`);
  // The heartbeat tells the watch that a worker has the import; when the import is found no
  // longer running (cancelled from its page, on any node), the work stops and nothing is written.
  const gone = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, gone.signal]) : gone.signal;
  const onGone = () => gone.abort(new ImportGone());
  const heartbeat = setInterval(() => {
    void repo.beat(db, importId).then((alive) => (alive ? undefined : onGone()), () => undefined);
  }, HEARTBEAT_MS);
  try {
    const upload = row.uploadId ? await getUploadRow(db, row.uploadId).catch(() => undefined) : undefined;
    if (!upload) throw new AppError('NOT_FOUND', 'The uploaded file is gone (uploads are kept for 24 hours): upload it again');
    await readUpload(uploads, upload.fileId, row.mapping.dataset, ({ cube }) => executeImport(db, cube, row, actor, { ...options, signal, onGone }), signal);
  } catch (error) {
    if (gone.signal.aborted || error instanceof ImportGone) return;
    if (options.signal?.aborted) {
      // Stopped, not failed: the job is retried when the server is back.
      await repo.updateImport(db, importId, { state: 'queued' }).catch(() => undefined);
      throw error;
    }
    const reason = importErrorOf(error);
    if (reason.code === 'INTERNAL') log.error({ err: error, importId }, 'statistics import failed');
    await markFailed(db, importId, reason);
    await recordAudit(db, actor, { action: 'update', entityType: 'statistics_import', entityId: importId, before: { state: 'running' }, after: { state: 'failed', error: reason } });
  } finally {
    clearInterval(heartbeat);
  }
}

/** When every attempt of the job has failed (the server died each time): record it as failed. */
export async function giveUpImport(db: Db, importId: string): Promise<void> {
  const row = await repo.findImport(db, importId);
  if (!row || row.state === 'succeeded' || row.state === 'failed') return;
  await markFailed(db, importId, {
    code: 'INTERNAL',
    message: 'The import was interrupted several times and has been given up. Nothing was written; start it again.',
    position: null,
    problems: [],
  });
}

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
  refuseOversizedCube(cube, (await stat(input.file)).size);
  const plan = await planImport(db, cube.meta.dimensions.map(toSourceDimension), mapping, { isMetadataOnly: cube.meta.metadataOnly === true });
  if (input.isDryRun) {
    const ranges = await rangeCheck(poolOf(db), plan);
    return { kind: 'preview', preview: await readingFile(() => previewImport(cube, plan, { onProgress: input.onProgress, ranges })) };
  }
  if (plan.problems.length > 0) throw mappingInvalid(plan.problems);

  const { checksum, size } = await checksumOf(input.file);
  const row = await repo.insertImport(db, {
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
  });
  const created = (await repo.findImport(db, row.id))!;
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
    await markFailed(db, created.id, reason);
    await recordAudit(db, input.actor, { action: 'update', entityType: 'statistics_import', entityId: created.id, before: { state: 'running' }, after: { state: 'failed', error: reason } });
    throw error;
  }
  return { kind: 'imported', import: repo.toStatisticsImport((await repo.findImport(db, created.id))!) };
}
