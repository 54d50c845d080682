import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup, writeBackupFile, type BackupProgress } from '../db/backup/backup';
import { BackupFileError } from '../db/backup/format';
import { restoreBackup, RestoreRefusedError, type RestoreProgress } from '../db/backup/restore';
import type { CommandIo } from './inspect';

export const BACKUP_USAGE = `Usage: samordna backup FILE [--quiet]

Writes a backup of the configured database (DATABASE_URL, or the embedded one in DATA_DIR,
also while the server runs) to FILE: every table of Samordna, from one consistent moment,
gzip-compressed. The file appears only when it is complete (written beside it, then renamed).
FILE - writes to standard output. pg_dump is not needed.

  --quiet, -q   print nothing on success

Exit status: 0 written, 1 failed (no file is left), 2 wrong usage.
`;

export const RESTORE_USAGE = `Usage: samordna restore FILE [--quiet]

Restores a backup written by \`samordna backup\` into the configured database, which must be
empty (a new database, or a new DATA_DIR): migrates it, loads every table and checks the
file's checksums, all in one transaction. A backup made by a newer Samordna, a damaged or
cut-off file, or a database that holds rows is refused, and nothing is restored.
FILE - reads from standard input.

  --quiet, -q   print nothing on success

Exit status: 0 restored, 1 refused or failed (the database is left empty), 2 wrong usage.
`;

/** Runs a function with the address of the configured database, started (embedded) if need be. */
export type WithDatabaseUrl = <T>(fn: (url: string) => Promise<T>) => Promise<T>;

type Io = CommandIo & { stdin?: NodeJS.ReadableStream; stderr: CommandIo['stderr'] & { isTTY?: boolean } };

const n = (x: number) => x.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function parseFileArgs(argv: string[], usage: string, io: Io): { file: string; isQuiet: boolean } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(usage);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr.write(`${parsed.positionals.length === 0 ? 'Name the backup file.' : 'Name only one backup file.'}\n\n${usage}`);
    return 2;
  }
  return { file: parsed.positionals[0]!, isQuiet: parsed.values.quiet === true };
}

/** A line redrawn in place on a terminal; silent otherwise (cron jobs, logs). */
function progressLine(stream: Io['stderr'], verb: string) {
  let last = 0;
  let isDrawn = false;
  return {
    update(table: string, done: number, total: number) {
      if (stream.isTTY !== true) return;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      isDrawn = true;
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      stream.write(`\r\x1b[K${verb} ${table}: ${percent} % of ${n(total)} rows`);
    },
    end() {
      if (isDrawn) stream.write('\r\x1b[K');
    },
  };
}

/** `samordna backup FILE`: see BACKUP_USAGE for the exit status. */
export async function backupCommand(argv: string[], io: Io, withDatabaseUrl: WithDatabaseUrl): Promise<number> {
  const args = parseFileArgs(argv, BACKUP_USAGE, io);
  if (typeof args === 'number') return args;
  const { file, isQuiet } = args;
  const toStdout = file === '-';
  if (!toStdout) {
    const folder = await stat(path.dirname(file)).catch(() => undefined);
    if (!folder?.isDirectory()) {
      io.stderr.write(`The folder of ${file} does not exist.\n`);
      return 2;
    }
  }
  const progress = progressLine(io.stderr, 'Backing up');
  const onProgress = (p: BackupProgress) => progress.update(p.table, p.rowsDone, p.rowsTotal);
  const started = Date.now();
  try {
    const summary = await withDatabaseUrl((url) =>
      toStdout ? writeBackup(url, io.stdout, onProgress) : writeBackupFile(url, file, onProgress),
    );
    progress.end();
    if (!isQuiet) {
      const size = 'fileBytes' in summary ? `${mb(summary.fileBytes as number)} (${mb(summary.bytes)} uncompressed)` : `${mb(summary.bytes)} uncompressed`;
      (toStdout ? io.stderr : io.stdout).write(
        `Backed up ${n(summary.tables)} tables, ${n(summary.rows)} rows (schema at ${summary.migrations} migrations) to ${toStdout ? 'standard output' : file}: ${size} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
      );
    }
    return 0;
  } catch (error) {
    progress.end();
    io.stderr.write(`The backup failed${toStdout ? '' : '; no file was written'}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** `samordna restore FILE`: see RESTORE_USAGE for the exit status. */
export async function restoreCommand(argv: string[], io: Io, withDatabaseUrl: WithDatabaseUrl): Promise<number> {
  const args = parseFileArgs(argv, RESTORE_USAGE, io);
  if (typeof args === 'number') return args;
  const { file, isQuiet } = args;
  const fromStdin = file === '-';
  if (!fromStdin) {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      io.stderr.write(`File not found: ${file}\n`);
      return 2;
    }
  }
  const progress = progressLine(io.stderr, 'Restoring');
  const started = Date.now();
  try {
    const summary = await withDatabaseUrl((url) =>
      restoreBackup(url, fromStdin ? (io.stdin ?? process.stdin) : createReadStream(file, { highWaterMark: 1 << 20 }), (p: RestoreProgress) =>
        progress.update(p.table, p.rowsDone, p.rowsTotal),
      ),
    );
    progress.end();
    if (!isQuiet) {
      const later = summary.migratedAfter > 0 ? `; then applied ${summary.migratedAfter} newer migration(s)` : '';
      io.stdout.write(`Restored ${n(summary.tables)} tables, ${n(summary.rows)} rows from the backup of ${summary.createdAt}${later} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
    }
    return 0;
  } catch (error) {
    progress.end();
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    if (error instanceof BackupFileError || error instanceof RestoreRefusedError) {
      io.stderr.write(`${fromStdin ? 'The backup' : file}: ${message}. Nothing was restored.\n`);
    } else {
      io.stderr.write(`The restore failed: ${message}. Nothing was restored.\n`);
    }
    return 1;
  }
}
