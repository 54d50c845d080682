import type { AppDeps } from '../../http/deps';
import type { JobLogger } from '../../jobs/jobs';
import { sweepOlderThan } from '../../db/rate-limits';

export const PURGE_SESSIONS_QUEUE = 'sessions-purge';

/** Counters of rate limits are kept this long at most (the longest window is shorter). */
const RATE_LIMIT_KEPT_MS = 24 * 3600_000;

/**
 * Clean-up of what signing in leaves behind: expired sessions and rate-limit counters whose
 * windows have long passed, when the jobs start and every hour, once across all app nodes.
 */
export function defineAuthJobs({ db, jobs, sessions }: Pick<AppDeps, 'db' | 'jobs' | 'sessions'>, log: JobLogger): void {
  jobs.define<Record<string, never>>({
    name: PURGE_SESSIONS_QUEUE,
    cron: '7 * * * *',
    runOnStart: true,
    retryLimit: 0,
    handler: async (_data, { now }) => {
      const [expired, counters] = await Promise.all([sessions.purgeExpired(now), sweepOlderThan(db, new Date(now.getTime() - RATE_LIMIT_KEPT_MS))]);
      if (expired + counters > 0) log.info({ expired, counters }, 'expired sessions and rate-limit counters removed');
    },
  });
}
