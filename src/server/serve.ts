import { performance } from 'node:perf_hooks';
import type { Config } from './config';
import { createLogger } from './logger';
import { connect, migrateDatabase } from './db/client';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { buildApp } from './app';
import { closeGracefully } from './http/graceful-close';
import { loadDemoData } from './demo/demo';

/** config → database → migrate → demo data → buildApp → listen, and a clean stop on every exit path. */
export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  const log = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | undefined;
  let stopping = false;
  const cleanups: (() => Promise<void>)[] = [];

  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'stopping');
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        log.error({ err: e }, 'error while stopping');
      }
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    void shutdown('uncaughtException', 1);
  });
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    void shutdown('unhandledRejection', 1);
  });

  try {
    let url = config.databaseUrl;
    if (!url) {
      embedded = await startEmbeddedPostgres(config.dataDir, log);
      const e = embedded;
      cleanups.push(() => e.stop());
      // Without its database the server can only answer 503: it stops, saying why, so that the
      // supervisor that runs it (systemd, a container) starts both again.
      e.onUnexpectedExit((reason) => {
        log.fatal({ reason }, 'the embedded PostgreSQL stopped by itself; Samordna stops too, to be started again');
        process.stderr.write(`\nThe embedded PostgreSQL stopped (${reason}). Samordna stops too; start it again.\n\n`);
        void shutdown('embedded PostgreSQL stopped', 1);
      });
      url = e.url;
    }
    const database = connect(url);
    cleanups.push(() => database.close());
    await migrateDatabase(database.db);
    if (config.demo) {
      if (config.env === 'production') {
        log.warn(
          'SAMORDNA_DEMO=true in production: the demo accounts are loaded, and their password is published in the README. ' +
            'Anyone who reads it can sign in as an administrator. Use this only for a demonstration installation.',
        );
      }
      const result = await loadDemoData(database.db, { origin: config.publicUrl ?? `http://localhost:${config.port}` });
      log.info(result, 'demo data ready');
    }
    const app = await buildApp({ config, db: database.db });
    // Requests in flight finish (within the grace period) before the queue and the database stop.
    cleanups.push(async () => {
      await closeGracefully(app, config.shutdownGraceMs, log);
    });
    // Started before listening, so imports queued before a restart resume and expired uploads go.
    await app.jobs.start();
    const address = await app.listen({ port: config.port, host: config.host });
    const shown = config.publicUrl ?? address.replace('127.0.0.1', 'localhost');
    log.info({ url: shown, database: embedded ? 'embedded' : 'DATABASE_URL', startupMs: Math.round(performance.now() - started) }, 'Samordna is ready');
    process.stdout.write(`\n  Samordna is running at ${shown}\n\n`);
  } catch (e) {
    log.fatal({ err: e }, 'start failed');
    // Said plainly too: these name a folder and what to do, for whoever started the server.
    if (e instanceof EmbeddedPostgresError) process.stderr.write(`\n${e.message}\n\n`);
    await shutdown('start failed', 1);
  }
}

