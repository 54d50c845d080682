import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { keptAttachmentFiles } from './meetings.repo';
import { ATTACHMENT_PURPOSE } from './attachments.service';

export const SWEEP_ATTACHMENTS_QUEUE = 'case-attachments-sweep';

/** A file no attachment names for this long (a case gone with its body, an upload cut off) goes. */
const ORPHAN_KEPT_MS = 24 * 3600_000;

/** Removes attachment files nothing refers to any more, once a night across all app nodes. */
export function defineGovernanceJobs({ db, jobs, files }: Pick<AppDeps, 'db' | 'jobs' | 'files'>, log: JobLogger): void {
  jobs.define<Record<string, never>>({
    name: SWEEP_ATTACHMENTS_QUEUE,
    cron: '23 3 * * *',
    runOnStart: false,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const removed = await files.sweep(ATTACHMENT_PURPOSE, new Date(now.getTime() - ORPHAN_KEPT_MS), (ids) => keptAttachmentFiles(db, ids));
      if (removed > 0) log.info({ removed }, 'orphaned case attachments removed');
    },
  });
}
