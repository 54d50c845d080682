import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { HOMEWORK_FILE_PURPOSE } from './group-work.service';
import { keptHomeworkFiles } from './development.repo';
import { sendHomeworkReminders } from './development-mail';

export const SWEEP_HOMEWORK_FILES_QUEUE = 'homework-files-sweep';
export const HOMEWORK_REMINDERS_QUEUE = 'homework-reminders';

/**
 * Every morning, groups that have not handed in homework due within a few days are reminded by
 * e-mail, once per task. Once a night, the documents of hand-ins that no hand-in names any more are removed: an upload
 * cut off before its row was written, or a file replaced when the group attached another.
 */
export function defineDevelopmentJobs({ db, jobs, files, outbox, config }: Pick<AppDeps, 'db' | 'jobs' | 'files' | 'outbox' | 'config'>, log: JobLogger): void {
  jobs.define<Record<string, never>>({
    name: HOMEWORK_REMINDERS_QUEUE,
    cron: '30 6 * * *',
    retryLimit: 2,
    handler: async (_data, { now }) => {
      const queued = await sendHomeworkReminders(db, { outbox, origin: config.publicUrl ?? `http://localhost:${config.port}` }, now);
      if (queued > 0) {
        log.info({ reminders: queued }, 'homework reminders queued');
        await outbox.wake();
      }
    },
  });
  jobs.define<Record<string, never>>({
    name: SWEEP_HOMEWORK_FILES_QUEUE,
    cron: '53 3 * * *',
    runOnStart: false,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const orphans = await files.sweep(HOMEWORK_FILE_PURPOSE, new Date(now.getTime() - 24 * 3600_000), (ids) => keptHomeworkFiles(db, ids));
      if (orphans > 0) log.info({ orphans }, 'homework files no hand-in names were removed');
    },
  });
}
