import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { giveUpImport, IMPORT_QUEUE, runImport, type ImportJob } from './imports.service';
import { removeExpiredUploads } from './uploads/uploads.service';
import { uploadFilesOf } from './uploads/upload-files';
import { interruptStaleImports } from './imports.recovery';

export const EXPIRE_UPLOADS_QUEUE = 'statistics-uploads-expire';
export const WATCH_IMPORTS_QUEUE = 'statistics-imports-watch';

/**
 * The imports feature's background work: the import jobs themselves, and removing uploads that
 * were never imported within their 24 hours (when the jobs start, and every quarter of an hour).
 */
export function defineImportJobs({ db, config, jobs, files }: Pick<AppDeps, 'db' | 'config' | 'jobs' | 'files'>, log: JobLogger): void {
  const uploads = uploadFilesOf(files, config);
  jobs.define<ImportJob>({
    name: IMPORT_QUEUE,
    handler: (data, { jobId, signal }) => runImport(db, uploads, log, data.importId, { signal, requestId: `job:${jobId}` }),
    onGiveUp: (data) => giveUpImport(db, data.importId),
    // A running import whose server died is retried after this long; a live one never takes it.
    expireInSeconds: 60 * 60,
    retryLimit: 2,
    retryDelaySeconds: 10,
  });
  // Running imports whose worker is gone (a crash, a killed server) are marked interrupted.
  jobs.define<Record<string, never>>({
    name: WATCH_IMPORTS_QUEUE,
    cron: '* * * * *',
    runOnStart: true,
    retryLimit: 0,
    handler: async () => {
      const interrupted = await interruptStaleImports(db);
      if (interrupted.length > 0) log.info({ interrupted }, 'imports whose worker is gone were marked interrupted');
    },
  });
  jobs.define<Record<string, never>>({
    name: EXPIRE_UPLOADS_QUEUE,
    cron: '*/15 * * * *',
    runOnStart: true,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const { removed, orphans } = await removeExpiredUploads(db, uploads, now);
      if (removed + orphans > 0) log.info({ removed, orphans }, 'expired statistics uploads removed');
    },
  });
}
