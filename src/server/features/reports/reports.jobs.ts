import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { sendDueReminders } from './reminders';

export const REPORT_REMINDERS_QUEUE = 'report-reminders';

/** Reminders of status reports due and late: every morning, across all app nodes once. */
export function defineReportJobs({ db, jobs, outbox, config }: Pick<AppDeps, 'db' | 'jobs' | 'outbox' | 'config'>, log: JobLogger): void {
  jobs.define<Record<string, never>>({
    name: REPORT_REMINDERS_QUEUE,
    cron: '15 6 * * *',
    retryLimit: 2,
    handler: async (_data, { now }) => {
      const runs = await sendDueReminders(db, outbox, now, config.publicUrl ?? `http://localhost:${config.port}`);
      if (runs.length > 0) log.info({ reminders: runs.length }, 'status report reminders queued');
    },
  });
}
