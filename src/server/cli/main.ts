import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from '../config';
import { createLogger } from '../logger';
import { connect, migrateDatabase } from '../db/client';
import { startEmbeddedPostgres } from '../db/embedded';
import { serve } from '../serve';
import { createAdmin } from './create-admin';
import { inspectCommand } from './inspect';
import { importCommand } from './import';

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
`;

/** Runs a function against the configured database (embedded or DATABASE_URL), then stops it. */
async function withDatabase<T>(config: Config, fn: (db: ReturnType<typeof connect>['db']) => Promise<T>): Promise<T> {
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const database = connect(config.databaseUrl ?? embedded!.url);
  try {
    await migrateDatabase(database.db);
    return await fn(database.db);
  } finally {
    await database.close();
    await embedded?.stop();
  }
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
