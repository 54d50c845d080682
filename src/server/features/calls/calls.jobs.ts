import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { APPLICATION_FILE_PURPOSE } from './application-files.service';
import { forgetUnnamedFiles, keptApplicationFiles } from './calls.repo';

export const SWEEP_APPLICATION_FILES_QUEUE = 'application-files-sweep';

/** An upload no answer names is kept this long: the applicant may still be choosing between files. */
export const UNNAMED_FILE_KEPT_MS = 24 * 3600_000;

/**
 * Once a night across all app nodes: attachments replaced or removed in a draft (no answer or
 * submitted version names them), and files no attachment row names (an application deleted, an
 * upload cut off before its row was written), are removed.
 */
export function defineCallJobs({ db, jobs, files }: Pick<AppDeps, 'db' | 'jobs' | 'files'>, log: JobLogger): void {
  jobs.define<Record<string, never>>({
    name: SWEEP_APPLICATION_FILES_QUEUE,
    cron: '41 3 * * *',
    runOnStart: false,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const before = new Date(now.getTime() - UNNAMED_FILE_KEPT_MS);
      const unnamed = await forgetUnnamedFiles(db, before);
      if (unnamed.length > 0) await files.remove(unnamed);
      const orphans = await files.sweep(APPLICATION_FILE_PURPOSE, before, (ids) => keptApplicationFiles(db, ids));
      if (unnamed.length + orphans > 0) log.info({ unnamed: unnamed.length, orphans }, 'unused application attachments removed');
    },
  });
}
