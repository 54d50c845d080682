import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from '../config';
import { createLogger } from '../logger';
import { connect, migrateDatabase } from '../db/client';
import { runningEmbeddedPostgres, startEmbeddedPostgres } from '../db/embedded';
import { serve } from '../serve';
import { createAdmin } from './create-admin';
import { inspectCommand } from './inspect';
import { importCommand } from './import';
import { backupCommand, restoreCommand } from './backup';

const USAGE = `Usage: samordna <command> [options]

Commands:
  serve                               start the server (same as npm start)
  migrate                             apply database migrations and exit
  create-admin --email E --name N     create (or promote) a platform administrator;
                                      the password is read from SAMORDNA_ADMIN_PASSWORD
  inspect FILE [--json]               describe a statistics file (JSON-stat, PX, CSV)
                                      without touching the database
  import FILE --mapping MAPPING.json  import a statistics file with a saved mapping
         [--dry-run] [--source-url URL] [--dataset N]
                                      (--dry-run prints what would be written)
  backup FILE [--quiet]               write a backup of every table (also while the server
                                      runs); FILE - for standard output
  restore FILE [--quiet]              restore a backup into an empty database (migrating it
                                      first); FILE - for standard input
`;

/**
 * Runs a function with the address of the configured database: DATABASE_URL, else the embedded
 * PostgreSQL in DATA_DIR — a running server's if one runs there (starting a second one would
 * stop it), else one started for the command and stopped after it.
 */
async function withDatabaseUrl<T>(config: Config, fn: (url: string) => Promise<T>): Promise<T> {
  if (config.databaseUrl) return fn(config.databaseUrl);
  const running = await runningEmbeddedPostgres(config.dataDir);
  if (running) return fn(running);
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** Runs a function against the configured database, migrated. */
async function withDatabase<T>(config: Config, fn: (db: ReturnType<typeof connect>['db']) => Promise<T>): Promise<T> {
  return withDatabaseUrl(config, async (url) => {
    const database = connect(url);
    try {
      await migrateDatabase(database.db);
      return await fn(database.db);
    } finally {
      await database.close();
    }
  });
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'inspect') return inspectCommand(rest, { stdout: process.stdout, stderr: process.stderr });
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  switch (command) {
    case 'import':
      return importCommand(rest, { stdout: process.stdout, stderr: process.stderr }, (fn) => withDatabase(config, fn));
    case 'backup':
      return backupCommand(rest, { stdout: process.stdout, stderr: process.stderr }, (fn) => withDatabaseUrl(config, fn));
    case 'restore':
      return restoreCommand(rest, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }, (fn) => withDatabaseUrl(config, fn));
    case 'serve':
      await serve(config);
      return -1;
    case 'migrate':
      await withDatabase(config, async () => undefined);
      process.stdout.write('Migrations applied.\n');
      return 0;
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' } } });
      const password = process.env.SAMORDNA_ADMIN_PASSWORD;
      if (!values.email || !values.name || !password) {
        process.stderr.write('create-admin needs --email, --name and the environment variable SAMORDNA_ADMIN_PASSWORD (at least 12 characters).\n');
        return 2;
      }
      const result = await withDatabase(config, (db) => createAdmin(db, { email: values.email!, name: values.name!, password }));
      process.stdout.write(`${result.created ? 'Created' : 'Updated'} platform administrator ${result.email}.\n`);
      return 0;
    }
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
