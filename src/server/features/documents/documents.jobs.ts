import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { DOCUMENT_FILE_PURPOSE, EXTRACT_QUEUE, extractVersionText } from './document-files.service';
import { keptDocumentFiles } from './documents.repo';
import { recordExtraction } from './documents.repo';

export const SWEEP_DOCUMENT_FILES_QUEUE = 'document-files-sweep';

/**
 * The archive's background work: reading each new version's text for search (in a worker thread
 * with limits on memory and time), and once a night removing files no version names (an upload
 * cut off before its row was written).
 */
export function defineDocumentJobs({ db, config, jobs, files }: Pick<AppDeps, 'db' | 'config' | 'jobs' | 'files'>, log: JobLogger): void {
  jobs.define<{ versionId: string }>({
    name: EXTRACT_QUEUE,
    handler: (data) => extractVersionText(db, files, config.documentExtract, data.versionId),
    onGiveUp: async (data) => {
      await recordExtraction(db, data.versionId, { status: 'failed', error: 'Reading the text failed on every attempt', text: null });
    },
    // The worker is ended at its time limit; a job older than this lost its server.
    expireInSeconds: Math.max(60, Math.ceil(config.documentExtract.timeoutMs / 1000) * 4),
    retryLimit: 1,
    retryDelaySeconds: 10,
  });
  jobs.define<Record<string, never>>({
    name: SWEEP_DOCUMENT_FILES_QUEUE,
    cron: '47 3 * * *',
    runOnStart: false,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const orphans = await files.sweep(DOCUMENT_FILE_PURPOSE, new Date(now.getTime() - 24 * 3600_000), (ids) => keptDocumentFiles(db, ids));
      if (orphans > 0) log.info({ orphans }, 'document files no version names were removed');
    },
  });
}
