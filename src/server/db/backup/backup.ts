import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { copyStatement, loadOrder, qualified, readCatalog } from './catalog';
import { BackupWriter, FORMAT_VERSION, MAGIC, type BackupHeader } from './format';
import { appliedMigrations } from './migrations';
import { samordnaVersion } from './version';

export interface BackupProgress {
  table: string;
  tableRows: number;
  rowsDone: number;
  rowsTotal: number;
  /** The last report of a table: all its rows are written. */
  isTableDone: boolean;
}

/** Hears the progress; the backup waits for a returned promise (a slow consumer slows it, as backpressure would). */
export type BackupProgressListener = (p: BackupProgress) => void | Promise<void>;

export interface BackupSummary {
  tables: number;
  rows: number;
  /** Bytes before compression. */
  bytes: number;
  migrations: number;
}

/**
 * Writes a backup of every application table to `out` (gzip-compressed; see format.ts), from one
 * consistent snapshot: a REPEATABLE READ, READ ONLY transaction sees the database as it was when
 * it began, while the server goes on writing. Each table streams from COPY into the compressor,
 * so no table is held in memory. Ends `out`.
 */
export async function writeBackup(url: string, out: NodeJS.WritableStream, onProgress?: BackupProgressListener): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: url, application_name: 'samordna backup' });
  await client.connect();
  const gzip = createGzip({ level: 6 });
  const written = pipeline(gzip, out);
  // A failure downstream (a full disk) closes the compressor, which stops the writer; it is the
  // failure to report.
  let outputError: unknown;
  written.catch((error: unknown) => (outputError = error));
  const writer = new BackupWriter(gzip);
  try {
    await client.query('begin isolation level repeatable read, read only');
    // Whatever the server's defaults, a large backup must not be cut off by a statement timeout.
    await client.query(`set local statement_timeout = 0`);
    await client.query(`set local idle_in_transaction_session_timeout = 0`);
    const catalog = await readCatalog(client);
    if (catalog.tables.length === 0) throw new Error('The database holds no Samordna tables: nothing to back up (is DATABASE_URL right?)');
    // As pg_dump does: no migration may change or drop a table while it is being read.
    await client.query(`lock table ${catalog.tables.map((t) => qualified(t.name)).join(', ')} in access share mode`);
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) throw new Error('The database has no migrations recorded: it is not a Samordna database');
    const byName = new Map(catalog.tables.map((t) => [t.name, t]));
    const order = loadOrder(
      catalog.tables.map((t) => t.name),
      catalog.foreignKeys,
    );
    const tables: BackupHeader['tables'] = [];
    for (const name of order) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${qualified(name)}`);
      tables.push({ name, columns: byName.get(name)!.columns, rows: Number(rows[0]!.n) });
    }
    const sequences: BackupHeader['sequences'] = [];
    for (const name of catalog.sequences) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`select last_value, is_called from ${qualified(name)}`);
      sequences.push({ name, lastValue: String(rows[0]!.last_value), isCalled: rows[0]!.is_called });
    }
    const { rows: version } = await client.query<{ v: string }>("select current_setting('server_version') as v");
    const header: BackupHeader = {
      format: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      samordnaVersion: samordnaVersion(),
      postgresVersion: version[0]!.v,
      schema: 'public',
      migrations,
      tables,
      sequences,
    };
    await writer.line(`${MAGIC} ${FORMAT_VERSION}`);
    await writer.line(JSON.stringify(header));

    const rowsTotal = tables.reduce((sum, t) => sum + t.rows, 0);
    let rowsBefore = 0;
    for (const table of tables) {
      await writer.line(copyStatement(table, 'FROM STDIN'));
      writer.beginRows();
      const stream = client.query(copyTo(copyStatement(table, 'TO STDOUT')));
      let lines = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
        await writer.rows(chunk);
        await onProgress?.({ table: table.name, tableRows: table.rows, rowsDone: rowsBefore + lines, rowsTotal, isTableDone: false });
      }
      // The snapshot is fixed: COPY must see exactly the rows counted for the header.
      if (lines !== table.rows) throw new Error(`Table ${table.name} gave ${lines} rows where ${table.rows} were counted`);
      await writer.endRows(table.name, table.rows);
      rowsBefore += table.rows;
      await onProgress?.({ table: table.name, tableRows: table.rows, rowsDone: rowsBefore, rowsTotal, isTableDone: true });
    }
    await writer.end(tables.length, rowsTotal);
    await client.query('commit');
    gzip.end();
    await written;
    return { tables: tables.length, rows: rowsTotal, bytes: writer.bytes, migrations: migrations.length };
  } catch (error) {
    gzip.destroy();
    await client.query('rollback').catch(() => undefined);
    throw outputError ?? error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Writes a backup to a file atomically: into a temporary file beside it, flushed to disk, then
 * renamed over the name given. A failed backup leaves no file (and an earlier one in place).
 */
export async function writeBackupFile(url: string, file: string, onProgress?: BackupProgressListener): Promise<BackupSummary & { fileBytes: number }> {
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const summary = await writeBackup(url, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }), onProgress);
    const handle = await open(temporary, 'r+');
    let fileBytes: number;
    try {
      await handle.sync();
      fileBytes = (await handle.stat()).size;
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    await syncFolder(path.dirname(target));
    return { ...summary, fileBytes };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Makes a rename durable: the folder's entry is flushed too (where the platform allows it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (and Windows) refuse to open or flush a folder; the rename still stands.
  }
}
