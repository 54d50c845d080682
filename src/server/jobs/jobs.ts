import PgBoss from 'pg-boss';
import type pg from 'pg';
import { systemClock, type Clock } from './clock';
import { createScheduler, TICK_MS, type ScheduledRun } from './schedules';

/**
 * Background jobs on pg-boss 10: a queue inside the application's own PostgreSQL, so a job
 * survives a restart and runs once even with several servers. Features define their queues
 * (`define`) when the app is built; `start` creates the queues and their workers, `stop` ends
 * them on every exit path (the app's onClose hook).
 *
 * pg-boss shares the application's connection pool (its `db` option) instead of opening a
 * pool of its own: one set of connections to size and to close.
 *
 * Recurring jobs (`cron`) are Samordna's own schedules (schedules.ts), due by the app's clock,
 * which tests set; pg-boss queues and runs them like any other job.
 */

export interface JobContext {
  jobId: string;
  /** Aborted when the server stops: a handler should give up promptly and throw. */
  signal: AbortSignal;
  /** The app's clock when the handler started: what a clean-up or a reminder counts from. */
  now: Date;
}

export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

export interface QueueDefinition<T extends object> {
  name: string;
  handler: JobHandler<T>;
  /** Further attempts after a failure or a shutdown while running (default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job older than this is taken as lost (its server died) and retried. */
  expireInSeconds?: number;
  /** Runs with the job's data once every attempt has failed: the place to record the failure. */
  onGiveUp?: JobHandler<T>;
  /** Cron expression (UTC): the job is queued on this schedule by the app's clock, once across all servers. */
  cron?: string;
  /** Also run the handler once when the jobs start (e.g. clean-ups). */
  runOnStart?: boolean;
}

export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Jobs {
  /** Declares a queue and its handler; before or after start. */
  define<T extends object>(definition: QueueDefinition<T>): void;
  /** Creates the queues and starts the workers; idempotent. */
  start(): Promise<void>;
  /** Aborts running handlers, waits briefly for them, and stops pg-boss; idempotent. */
  stop(): Promise<void>;
  /** Queues a job (starting the jobs first if needed) and wakes the worker; returns the job id. */
  send<T extends object>(name: string, data: T): Promise<string>;
  /** Queues the recurring jobs due by the clock (every TICK_MS once started; tests call it after setting the clock). */
  tick(): Promise<ScheduledRun[]>;
  readonly isStarted: boolean;
}

export interface JobsOptions {
  pool: pg.Pool;
  log: JobLogger;
  /** How long stop() waits for running handlers after aborting them. */
  stopTimeoutMs?: number;
  /** How often idle workers look for new jobs (a send in this process wakes them at once). */
  pollingIntervalSeconds?: number;
  /** The time recurring jobs fall due by (the system clock unless a test sets one). */
  clock?: Clock;
  /** How often this node looks for recurring jobs that have fallen due (default TICK_MS). */
  tickMs?: number;
}

const DEAD_LETTER_SUFFIX = '__given-up';

export function createJobs(options: JobsOptions): Jobs {
  const { pool, log } = options;
  const clock = options.clock ?? systemClock;
  let ticker: NodeJS.Timeout | undefined;
  const definitions = new Map<string, QueueDefinition<object>>();
  const workerIds = new Map<string, string>();
  const running = new Set<Promise<unknown>>();
  let abort = new AbortController();
  let boss: PgBoss | undefined;
  let starting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };

  const runHandler = async (handler: JobHandler<object>, job: PgBoss.Job<object>) => {
    // A job fetched as the queue stops is not started: it would run on a pool that is about to
    // close, and its outcome be written after it has. Left unanswered, it stays active in the
    // queue until it expires, and is then run again (by this server when it is back, or another).
    if (abort.signal.aborted) return new Promise<void>(() => undefined);
    await track(handler(job.data, { jobId: job.id, signal: abort.signal, now: clock.now() }));
  };

  const scheduler = createScheduler(pool, clock, (name, data) => jobs.send(name, data));

  async function install(b: PgBoss, def: QueueDefinition<object>): Promise<void> {
    const deadLetter = def.onGiveUp ? `${def.name}${DEAD_LETTER_SUFFIX}` : undefined;
    if (deadLetter) {
      await b.createQueue(deadLetter);
      const onGiveUp = def.onGiveUp!;
      workerIds.set(deadLetter, await b.work<object>(deadLetter, { batchSize: 1 }, async ([job]) => {
        if (job) await runHandler(onGiveUp, job);
      }));
    }
    const queue: PgBoss.Queue = {
      name: def.name,
      retryLimit: def.retryLimit ?? 2,
      retryDelay: def.retryDelaySeconds ?? 10,
      expireInSeconds: def.expireInSeconds ?? 15 * 60,
      ...(deadLetter ? { deadLetter } : {}),
    };
    // createQueue keeps an existing queue as it was; update it so changed settings apply.
    await b.createQueue(def.name, queue);
    await b.updateQueue(def.name, queue);
    workerIds.set(
      def.name,
      await b.work<object>(
        def.name,
        { batchSize: 1, ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}) },
        async ([job]) => {
          if (job) await runHandler(def.handler, job);
        },
      ),
    );
    if (def.cron) {
      // Earlier versions let pg-boss keep the schedule: it must not queue the job a second time.
      await b.unschedule(def.name);
      await scheduler.register(def.name, def.cron);
    }
    if (def.runOnStart) {
      void track(def.handler({}, { jobId: 'start', signal: abort.signal, now: clock.now() })).catch((err: unknown) =>
        log.error({ err, queue: def.name }, 'job failed when run at start'),
      );
    }
  }

  const jobs: Jobs = {
    get isStarted() {
      return boss !== undefined && starting === undefined;
    },
    define(definition) {
      if (definitions.has(definition.name)) throw new Error(`Queue ${definition.name} is defined twice`);
      definitions.set(definition.name, definition as QueueDefinition<object>);
      if (boss && !stopping) {
        const b = boss;
        void (starting ?? Promise.resolve())
          .then(() => install(b, definition as QueueDefinition<object>))
          .catch((err: unknown) => log.error({ err, queue: definition.name }, 'could not start the queue'));
      }
    },
    start() {
      if (stopping) return Promise.reject(new Error('The jobs have been stopped'));
      if (boss) return starting ?? Promise.resolve();
      abort = new AbortController();
      const b = new PgBoss({
        db: { executeSql: (text, values) => pool.query(text, values) },
        schema: 'pgboss',
        migrate: true,
      });
      b.on('error', (err) => log.error({ err }, 'job queue error'));
      boss = b;
      starting = (async () => {
        try {
          await b.start();
          for (const def of definitions.values()) await install(b, def);
          ticker = setInterval(() => {
            jobs.tick().catch((err: unknown) => log.error({ err }, 'could not queue the recurring jobs due'));
          }, options.tickMs ?? TICK_MS);
          ticker.unref();
          // Runs missed while no node was up are made up now rather than at the first interval.
          void scheduler.tick().catch((err: unknown) => log.error({ err }, 'could not queue the recurring jobs due'));
        } catch (error) {
          // A failed start is not a started queue: the next start or send tries again.
          boss = undefined;
          workerIds.clear();
          await b.stop({ graceful: false, close: false }).catch(() => undefined);
          throw error;
        }
      })().finally(() => {
        starting = undefined;
      });
      return starting;
    },
    async send(name, data) {
      await jobs.start();
      const id = await boss!.send(name, data);
      if (!id) throw new Error(`The job was not queued on ${name}`);
      const worker = workerIds.get(name);
      if (worker) boss!.notifyWorker(worker);
      return id;
    },
    async tick() {
      if (!boss || starting || stopping) return [];
      return scheduler.tick();
    },
    stop() {
      stopping ??= (async () => {
        clearInterval(ticker);
        const b = boss;
        if (!b) return;
        await starting?.catch(() => undefined);
        abort.abort();
        const timeout = options.stopTimeoutMs ?? 10_000;
        await b.stop({ graceful: true, wait: true, close: false, timeout });
        // Handlers run at start are not pg-boss jobs: wait for them too.
        await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, timeout).unref())]);
      })();
      return stopping;
    },
  };
  return jobs;
}
