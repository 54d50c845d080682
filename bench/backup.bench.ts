/**
 * `npm run bench -- backup`: `samordna backup` and `samordna restore` (their functions, in this
 * process) on databases created for the run on the local PostgreSQL (or an embedded one when
 * none answers):
 *
 * - demo.*: the demo installation (every table the demo fills);
 * - million.*: the demo plus 1,000,000 observations (generated in the database with
 *   generate_series over the demo's indicators and areas);
 *
 * each with the time to write the backup and to restore it into a new, empty database, the
 * file's size compressed and not, rows per second, and the growth of this process's resident
 * memory during each (the rows stream: it stays flat as the tables grow).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import pg from 'pg';
import { connect, migrateDatabase } from '../src/server/db/client';
import { writeBackupFile } from '../src/server/db/backup/backup';
import { restoreBackup } from '../src/server/db/backup/restore';
import { loadDemoData } from '../src/server/demo/demo';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';

const MILLION = 1_000_000;
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs `fn`, returning its result, its duration and the peak growth of resident memory. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; rssGrowthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - start, rssGrowthMb: round((Math.max(peak, process.memoryUsage().rss) - base) / 1e6) };
  } finally {
    clearInterval(sample);
  }
}

export async function benchBackup(): Promise<Record<string, number>> {
  const admin = await resolveAdminUrl();
  const control = new pg.Client({ connectionString: admin.url });
  await control.connect();
  const names: string[] = [];
  const database = async (): Promise<string> => {
    const name = `samordna_bench_backup_${Date.now().toString(36)}_${names.length}`;
    await control.query(`create database ${name}`);
    names.push(name);
    const url = new URL(admin.url);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'samordna-bench-backup-'));
  const figures: Record<string, number> = {};
  try {
    const sourceUrl = await database();
    const source = connect(sourceUrl, 2);
    try {
      await migrateDatabase(source.db);
      await loadDemoData(source.db);

      const round1 = async (label: string) => {
        const file = path.join(dir, `${label}.backup.gz`);
        const backup = await measured(() => writeBackupFile(sourceUrl, file));
        const targetUrl = await database();
        const restore = await measured(() => restoreBackup(targetUrl, createReadStream(file, { highWaterMark: 1 << 20 })));
        const rows = backup.result.rows;
        Object.assign(figures, {
          [`${label}.tables`]: backup.result.tables,
          [`${label}.rows`]: rows,
          [`${label}.backup.ms`]: round(backup.ms),
          [`${label}.backup.rows_per_s`]: Math.round(rows / (backup.ms / 1000)),
          [`${label}.backup.rss_growth_mb`]: backup.rssGrowthMb,
          [`${label}.file.kb`]: round(backup.result.fileBytes / 1024),
          [`${label}.uncompressed.kb`]: round(backup.result.bytes / 1024),
          [`${label}.compression_ratio`]: round(backup.result.bytes / backup.result.fileBytes, 2),
          [`${label}.restore.ms`]: round(restore.ms),
          [`${label}.restore.rows_per_s`]: Math.round(rows / (restore.ms / 1000)),
          [`${label}.restore.rss_growth_mb`]: restore.rssGrowthMb,
        });
      };
      await round1('demo');

      // A million observations more: every indicator × area × generated breakdowns, one period.
      const { rows: sizes } = await source.pool.query<{ indicators: number; areas: number }>(
        `select (select count(*)::int from indicators) as indicators, (select count(*)::int from areas) as areas`,
      );
      const perPair = Math.ceil(MILLION / (sizes[0]!.indicators * sizes[0]!.areas));
      const generated = performance.now();
      await source.pool.query(
        `insert into observations (indicator_id, area_id, period, period_kind, period_start, breakdown, value, status)
         select i.id, a.id, '2030', 'year', date '2030-01-01', 'bench=' || g, round((random() * 1000)::numeric, 1)::float8, 'none'
           from indicators i cross join areas a cross join generate_series(1, $1::int) g
          limit ${MILLION}`,
        [perPair],
      );
      await source.pool.query('vacuum analyze observations');
      figures['million.generate.ms'] = round(performance.now() - generated);
      await round1('million');
    } finally {
      await source.close();
    }
    return figures;
  } finally {
    for (const name of names) await control.query(`drop database if exists ${name} with (force)`);
    await control.end();
    await admin.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Picked up by bench/run.ts. */
export const benchmark = { name: 'backup', run: () => benchBackup() };
