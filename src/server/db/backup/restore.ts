import { once } from 'node:events';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { copyStatement, nonEmptyTables, orderViolations, qualified, readCatalog, setAsideDefinitions } from './catalog';
import { BackupFileError, BackupHeader, BackupReader, EndTrailer, MAGIC, FORMAT_VERSION, parseLine, rowsWhere, TableTrailer } from './format';
import { appliedMigrations, applyMigrations, buildMigrations, describeMigration, type BuildMigration, type MigrationRecord } from './migrations';

/** The target database or the backup does not allow a restore; nothing was changed. */
export class RestoreRefusedError extends Error {}

export interface RestoreProgress {
  table: string;
  rowsDone: number;
  rowsTotal: number;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  createdAt: string;
  /** Migrations of this build applied after loading, because the backup was made by an older one. */
  migratedAfter: number;
}

const list = (names: readonly string[]) => names.join(', ');

/**
 * Which of this build's migrations the backup's schema is: the backup's migrations must be the
 * first of this build's, in order. A migration this build lacks means a newer Samordna made it.
 */
export function backupSchemaLevel(backup: readonly MigrationRecord[], build: readonly BuildMigration[]): number {
  const known = new Set(build.map((m) => m.hash));
  const unknown = backup.filter((m) => !known.has(m.hash));
  if (unknown.length > 0) {
    throw new RestoreRefusedError(
      `The backup was made by a newer Samordna: its database has migrations this version does not know (${list(unknown.map(describeMigration))}). Restore it with that version or a later one.`,
    );
  }
  backup.forEach((m, i) => {
    if (build[i]?.hash !== m.hash) throw new RestoreRefusedError(`The backup's migrations are not this version's in the same order (at ${describeMigration(m)}): it cannot be restored with this version.`);
  });
  return backup.length;
}

/** Refuses a target holding rows, naming the tables. */
async function assertEmpty(client: pg.ClientBase): Promise<void> {
  const catalog = await readCatalog(client);
  const filled = await nonEmptyTables(
    client,
    catalog.tables.map((t) => t.name),
  );
  if (filled.length > 0) {
    throw new RestoreRefusedError(`The target database is not empty: ${filled.length === 1 ? 'table' : 'tables'} ${list(filled)} ${filled.length === 1 ? 'holds' : 'hold'} rows. Restore only into a new, empty database.`);
  }
}

/** The target's tables after migrating must be the backup's, column for column. */
function assertSameTables(header: BackupHeader, target: Awaited<ReturnType<typeof readCatalog>>): void {
  const inBackup = new Map(header.tables.map((t) => [t.name, t.columns.map((c) => c.name).join(',')]));
  const inTarget = new Map(target.tables.map((t) => [t.name, t.columns.map((c) => c.name).join(',')]));
  const missing = [...inBackup.keys()].filter((t) => !inTarget.has(t));
  const extra = [...inTarget.keys()].filter((t) => !inBackup.has(t));
  const different = [...inBackup.keys()].filter((t) => inTarget.has(t) && inTarget.get(t) !== inBackup.get(t));
  const problems = [
    missing.length ? `tables only in the backup: ${list(missing)}` : '',
    extra.length ? `tables only in the database: ${list(extra)}` : '',
    different.length ? `tables with other columns: ${list(different)}` : '',
  ].filter(Boolean);
  if (problems.length) throw new RestoreRefusedError(`The database's tables do not match the backup's at the same migrations (${problems.join('; ')}); restore into a new, empty database.`);
}

/**
 * Restores a backup (gzip-compressed, as `writeBackup` wrote it) into an empty database:
 *
 * 1. reads the header and refuses a backup made by a newer Samordna, a target holding rows, or a
 *    target already migrated beyond the backup;
 * 2. migrates the target to the backup's migrations (committed: the target stays empty);
 * 3. in one transaction: sets the constraints and indexes aside, loads every table in the
 *    backup's order (referenced tables first), checks each table's rows and checksum and the
 *    file's end marker, re-creates the constraints and indexes (checking every row), sets the
 *    sequences, and applies this build's later migrations, if the backup is older. A failure
 *    anywhere rolls it all back, and the database is left empty, as migrated in step 2.
 */
export async function restoreBackup(url: string, input: NodeJS.ReadableStream, onProgress?: (p: RestoreProgress) => void): Promise<RestoreSummary> {
  const gunzip = createGunzip();
  const feeding = pipeline(input, gunzip);
  // The reader reports a broken stream with its position; this only keeps the rejection handled.
  feeding.catch(() => undefined);
  const reader = new BackupReader(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
  const magic = await reader.line(64).catch((error: unknown) => {
    throw error instanceof BackupFileError ? new BackupFileError('This is not a Samordna backup (it is empty, or not gzip-compressed)') : error;
  });
  if (magic !== `${MAGIC} ${FORMAT_VERSION}`) {
    throw new BackupFileError(magic.startsWith(MAGIC) ? `This backup's format (${magic.slice(MAGIC.length + 1)}) is newer than this version of Samordna reads (${FORMAT_VERSION})` : 'This is not a Samordna backup');
  }
  reader.where = 'in its header';
  const header = parseLine(BackupHeader, await reader.line(), reader.where);
  const build = buildMigrations();
  const level = backupSchemaLevel(header.migrations, build);

  const client = new pg.Client({ connectionString: url, application_name: 'samordna restore' });
  await client.connect();
  let activeCopy: CopyStreamQuery | undefined;
  try {
    await client.query('set statement_timeout = 0');
    await assertEmpty(client);
    const applied = await appliedMigrations(client, build);
    const ahead = applied.slice(level).concat(applied.slice(0, level).filter((m, i) => m.hash !== build[i]!.hash));
    if (ahead.length > 0) {
      throw new RestoreRefusedError(
        `The target database is already migrated beyond the backup (${list(ahead.map(describeMigration))}): restore into a new, empty database, which restore migrates itself.`,
      );
    }
    await client.query('begin');
    await applyMigrations(client, build.slice(0, level));
    await client.query('commit');

    await client.query('begin');
    const catalog = await readCatalog(client);
    // No one may read or write the tables while they are loaded (their indexes are set aside):
    // a server running on the database waits until the restore ends.
    await client.query(`lock table ${catalog.tables.map((t) => qualified(t.name)).join(', ')} in access exclusive mode`);
    await assertEmpty(client);
    assertSameTables(header, catalog);
    const broken = orderViolations(
      header.tables.map((t) => t.name),
      catalog.foreignKeys,
    );
    if (broken.length > 0) throw new BackupFileError(`The backup's tables are in an order that breaks their foreign keys (${list(broken.map((fk) => `${fk.table} → ${fk.references}`))}): it is damaged`);

    // Checking each row's keys and updating each index as a row goes in costs far more than
    // loading it. As pg_dump does, the constraints and indexes are set aside and re-created after
    // the load, which checks and sorts every row at once (still in this transaction).
    const setAside = await setAsideDefinitions(client);
    for (const item of [...setAside.items].reverse()) await client.query(item.drop);

    const rowsTotal = header.tables.reduce((sum, t) => sum + t.rows, 0);
    let rowsBefore = 0;
    for (const table of header.tables) {
      reader.where = `at the start of table ${table.name}`;
      const statement = copyStatement(table, 'FROM STDIN');
      const line = await reader.line();
      if (line !== statement) throw new BackupFileError(`The backup file is damaged ${reader.where}: expected ${JSON.stringify(statement.slice(0, 60))}, found ${JSON.stringify(line.slice(0, 60))}`);
      const copy = (activeCopy = client.query(copyFrom(statement)));
      const loaded = finished(copy);
      loaded.catch(() => undefined);
      reader.where = rowsWhere(table.name, 0, table.rows);
      const read = await reader.rows(
        async (chunk) => {
          if (!copy.write(chunk)) await Promise.race([once(copy, 'drain'), loaded]);
        },
        (rows) => {
          reader.where = rowsWhere(table.name, rows, table.rows);
          onProgress?.({ table: table.name, rowsDone: rowsBefore + rows, rowsTotal });
        },
      );
      copy.end();
      await loaded;
      activeCopy = undefined;
      reader.where = `at the end of table ${table.name}`;
      const trailer = parseLine(TableTrailer, await reader.line(), reader.where);
      if (trailer.table !== table.name || read.rows !== table.rows || trailer.rows !== table.rows) {
        throw new BackupFileError(`The backup file is damaged in table ${table.name}: it holds ${read.rows} rows where its header says ${table.rows}`);
      }
      if (trailer.sha256 !== read.sha256) throw new BackupFileError(`The backup file is damaged in table ${table.name}: its rows do not match their checksum`);
      rowsBefore += table.rows;
    }
    reader.where = 'at its end marker, after the last table';
    const fileSha = reader.digest();
    const end = parseLine(EndTrailer, await reader.line(1024 * 1024, false), reader.where);
    if (end.sha256 !== fileSha || end.tables !== header.tables.length || end.rows !== rowsTotal) {
      throw new BackupFileError('The backup file is damaged: its content does not match the checksum at its end');
    }
    await reader.expectEnd();
    await feeding;

    for (const item of setAside.items) await client.query(item.create);
    for (const sequence of header.sequences) {
      await client.query('select setval($1::regclass, $2::bigint, $3)', [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    const migratedAfter = await applyMigrations(client, build.slice(level));
    await client.query('commit');
    return { tables: header.tables.length, rows: rowsTotal, createdAt: header.createdAt, migratedAfter };
  } catch (error) {
    // A COPY cut off half-way is abandoned first (CopyFail), or the connection stays in it.
    if (activeCopy && !activeCopy.destroyed) {
      const closed = once(activeCopy, 'close').catch(() => undefined);
      activeCopy.destroy(error instanceof Error ? error : new Error(String(error)));
      await closed;
    }
    await client.query('rollback').catch(() => undefined);
    gunzip.destroy();
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
