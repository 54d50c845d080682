/**
 * `npm run bench -- import`: the import pipeline on a generated 1,000,000-cell table (see
 * parse.bench.ts), on a database created for the run on the local PostgreSQL (or an embedded
 * one when none answers), measured side by side:
 *
 * - import.{jsonstat,px}.vs_copy: end-to-end import (read the file, parse, map, write) ÷ a bare
 *   COPY of the very same rows into the same, emptied, observations table;
 * - import.reimport_*: the merge path, importing the same file again and a revised one;
 * - import.peak_rss_mb: the PX import's peak resident memory, in a fresh process, for the file
 *   and for one half its size (flat memory: the two stay close);
 * - parse.jsonstat.vs_jsonstat_toolkit and parse.px.vs_px_package: our readers against the
 *   other JavaScript readers of the same files, with what those read wrong.
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connect, migrateDatabase, type Database } from '../src/server/db/client';
import { resolveAdminUrl } from '../src/server/testing/pg-admin';
import { ImportMapping } from '../src/shared/contracts/imports';
import { importCube } from '../src/server/features/imports/write/observations-writer';
import { parseJsonStat, parseJsonStatDataset, parsePx, collectCells } from '@samordna/statistics-formats';
import { statisticsFixture } from '../src/server/testing/fixtures';
import { MILLION_CELLS, writeGeneratedJsonStat, writeGeneratedPx, type GeneratedSpec } from './parse.bench';

const COLUMNS = 'indicator_id, area_id, period, period_kind, period_start, breakdown, value, status, symbol, note, import_id';
const require = createRequire(import.meta.url);
const JSONstat = require('jsonstat-toolkit') as (input: unknown) => { Data(): { value: number | null; status: string | null }[] };
const Px = require('px') as new (text: string) => { data: string[]; valCounts(): number[] };

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The generated table's mapping: every area and measure known, sex and age as breakdowns. */
function mappingFor(spec: GeneratedSpec): ImportMapping {
  const measure = spec.dimensions.find((d) => d.id === 'measure')!;
  return ImportMapping.parse({
    area: { dimension: 'area' },
    period: { dimension: 'year' },
    indicator: {
      dimension: 'measure',
      categories: Object.fromEntries(Array.from({ length: measure.size }, (_, i) => [`measure${String(i).padStart(3, '0')}`, `bench-measure-${i}`])),
    },
    breakdowns: [{ dimension: 'sex' }, { dimension: 'age' }],
  });
}

const HALF: GeneratedSpec = { ...MILLION_CELLS, dimensions: MILLION_CELLS.dimensions.map((d) => (d.id === 'area' ? { ...d, size: 50 } : d)) };
/** A revision of the table: another cell in every 97 is missing instead of every 101. */
const REVISED: GeneratedSpec = { ...MILLION_CELLS, missingEvery: 97 };

async function seed(db: Database): Promise<void> {
  await db.pool.query(
    `insert into areas (code, kind, name) select 'area' || lpad(i::text, 3, '0'), 'municipality', 'Område ' || i from generate_series(0, 99) i`,
  );
  await db.pool.query(
    `insert into indicators (code, name, unit, direction, source_publisher)
     select 'bench-measure-' || i, '{"nb":"Mål"}', 'count', 'neutral', 'Benchmark' from generate_series(0, 19) i`,
  );
}

const emptyObservations = (db: Database) => db.pool.query('truncate observations, observation_changes');

/** A child process importing one PX file, reporting its resident memory before and at peak. */
function measureRssInChild(url: string, file: string, spec: 'full' | 'half'): Promise<{ baseMb: number; peakMb: number; rows: number }> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', self],
      { env: { ...process.env, SAMORDNA_BENCH_IMPORT_CHILD: JSON.stringify({ url, file, spec }) }, maxBuffer: 1 << 20, timeout: 600_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!) as { baseMb: number; peakMb: number; rows: number });
      },
    );
  });
}

async function childMain(arg: string): Promise<void> {
  const { url, file, spec } = JSON.parse(arg) as { url: string; file: string; spec: 'full' | 'half' };
  const database = connect(url, 3);
  try {
    const base = process.memoryUsage().rss;
    let peak = base;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const result = await importCube(database.db, await parsePx({ path: file }), mappingFor(spec === 'full' ? MILLION_CELLS : HALF), {
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    });
    clearInterval(sample);
    process.stdout.write(`${JSON.stringify({ baseMb: round(base / 1e6), peakMb: round(peak / 1e6), rows: result.rows })}\n`);
  } finally {
    await database.close();
  }
}

/** What the `px` package makes of real PX files, cell by cell against ours. */
async function pxPackageOnSharedFiles(): Promise<{ checked: number; wrong: string[] }> {
  const files = [
    'ssb-Transmengde-datanotecell-quarterK.px',
    'ssb-12909-sykefravar-metaid.px',
    'scb-pxweb-BE0101F1-keys.px',
    'scb-pxweb-BE0101F1-multilang-en-sv-fi.px',
    'scb-pxweb-BE0101F1nildotsymbols.px',
    'statfin-LargeFinnishDatasetWithManyValues.px',
    'pxwebapi-TAB001-en-sv-many-missing.px',
  ];
  const wrong: string[] = [];
  for (const name of files) {
    const file = statisticsFixture('px', name);
    const ours = await collectCells(await parsePx({ path: file }));
    const theirs = new Px(await readFile(file, 'latin1'));
    const tokens = theirs.data.filter((t) => t !== '');
    let differing = 0;
    for (let i = 0; i < ours.length; i++) {
      const text = (tokens[i] ?? '').replace(/"/g, '');
      const number = /^-?\d/.test(text) ? Number(text) : null;
      const cell = ours[i]!;
      // "-" is an exact zero in PX; the package leaves it as text.
      if (number !== (cell.symbol === '-' ? null : cell.value)) differing++;
    }
    if (differing > 0 || tokens.length !== ours.length) wrong.push(`${name}: ${differing} of ${ours.length} cells differ (${tokens.length} data tokens)`);
  }
  return { checked: files.length, wrong };
}

export async function benchImport(runs = 3): Promise<Record<string, number>> {
  const admin = await resolveAdminUrl();
  const name = `samordna_bench_${Date.now().toString(36)}`;
  const control = new pg.Client({ connectionString: admin.url });
  await control.connect();
  await control.query(`create database ${name}`);
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), 4);
  const dir = await mkdtemp(path.join(tmpdir(), 'samordna-bench-import-'));
  const figures: Record<string, number> = {};
  try {
    await migrateDatabase(database.db);
    await seed(database);
    const files = { json: path.join(dir, 'million.json'), px: path.join(dir, 'million.px'), half: path.join(dir, 'half.px'), revised: path.join(dir, 'revised.px'), copy: path.join(dir, 'rows.copy') };
    await writeGeneratedJsonStat(files.json);
    await writeGeneratedPx(files.px);
    await writeGeneratedPx(files.half, HALF);
    await writeGeneratedPx(files.revised, REVISED);
    const mapping = mappingFor(MILLION_CELLS);

    // End-to-end imports into an emptied table (the direct path), and a bare COPY of the same rows.
    const jsonMs: number[] = [];
    const pxMs: number[] = [];
    const copyMs: number[] = [];
    let rows = 0;
    for (let r = 0; r < runs; r++) {
      await emptyObservations(database);
      jsonMs.push(await timed(async () => (rows = (await importCube(database.db, await parseJsonStatDataset({ path: files.json }), mapping)).rows)));
      if (r === 0) {
        const client = await database.pool.connect();
        try {
          await pipeline(client.query(copyTo(`copy observations (${COLUMNS}) to stdout`)), createWriteStream(files.copy));
        } finally {
          client.release();
        }
      }
      await emptyObservations(database);
      copyMs.push(
        await timed(async () => {
          const client = await database.pool.connect();
          try {
            await pipeline(createReadStream(files.copy, { highWaterMark: 1 << 20 }), client.query(copyFrom(`copy observations (${COLUMNS}) from stdin`)));
          } finally {
            client.release();
          }
        }),
      );
      await emptyObservations(database);
      pxMs.push(await timed(async () => importCube(database.db, await parsePx({ path: files.px }), mapping)));
    }
    const copy = median(copyMs);
    Object.assign(figures, {
      'import.rows': rows,
      'copy.ms': round(copy),
      'copy.rows_per_s': Math.round(rows / (copy / 1000)),
      'import.jsonstat.ms': round(median(jsonMs)),
      'import.jsonstat.vs_copy': round(median(jsonMs) / copy, 2),
      'import.px.ms': round(median(pxMs)),
      'import.px.vs_copy': round(median(pxMs) / copy, 2),
    });

    // The merge path: the table holds the PX import's rows now.
    let same = { inserted: 0, updated: 0, unchanged: 0 };
    let revised = { inserted: 0, updated: 0, unchanged: 0 };
    figures['import.reimport_same.ms'] = round(await timed(async () => (same = await importCube(database.db, await parsePx({ path: files.px }), mapping))));
    figures['import.reimport_same.unchanged'] = same.unchanged;
    figures['import.reimport_revised.ms'] = round(await timed(async () => (revised = await importCube(database.db, await parsePx({ path: files.revised }), mapping))));
    figures['import.reimport_revised.updated'] = revised.updated;
    figures['import.reimport_revised.vs_copy'] = round(figures['import.reimport_revised.ms'] / copy, 2);

    // Memory, each in a fresh process so nothing measured earlier is counted.
    await emptyObservations(database);
    const full = await measureRssInChild(url.toString(), files.px, 'full');
    await emptyObservations(database);
    const half = await measureRssInChild(url.toString(), files.half, 'half');
    Object.assign(figures, {
      'import.peak_rss_mb': full.peakMb,
      'import.rss_growth_mb': round(full.peakMb - full.baseMb),
      'import.half.peak_rss_mb': half.peakMb,
      'import.half.rss_growth_mb': round(half.peakMb - half.baseMb),
    });

    // Readers side by side, from the same text (JSON-stat) and the same file (PX).
    const text = await readFile(files.json, 'utf8');
    const oursJson: number[] = [];
    const toolkit: number[] = [];
    const oursPx: number[] = [];
    const pxPackage: number[] = [];
    let pxTokens = 0;
    for (let r = -1; r < 5; r++) {
      const a = await timed(async () => {
        for await (const _batch of (await parseJsonStat(text)).dataset().batches());
      });
      const b = await timed(async () => JSONstat(JSON.parse(text)).Data());
      const c = await timed(async () => {
        for await (const _batch of (await parsePx({ path: files.px })).batches());
      });
      const d = await timed(async () => (pxTokens = new Px(await readFile(files.px, 'utf8')).data.length));
      if (r < 0) continue;
      oursJson.push(a);
      toolkit.push(b);
      oursPx.push(c);
      pxPackage.push(d);
    }
    const shared = await pxPackageOnSharedFiles();
    Object.assign(figures, {
      'parse.jsonstat.ms': round(median(oursJson)),
      'parse.jsonstat_toolkit.ms': round(median(toolkit)),
      'parse.jsonstat.vs_jsonstat_toolkit': round(median(oursJson) / median(toolkit), 2),
      'parse.px.ms': round(median(oursPx)),
      'parse.px_package.ms': round(median(pxPackage)),
      'parse.px.vs_px_package': round(median(oursPx) / median(pxPackage), 2),
      'px_package.generated_file.data_tokens': pxTokens,
      'px_package.shared_files_checked': shared.checked,
      'px_package.shared_files_read_wrong': shared.wrong.length,
    });
    for (const line of shared.wrong) process.stdout.write(`  px package: ${line}\n`);
    return figures;
  } finally {
    await database.close();
    await control.query(`drop database if exists ${name} with (force)`);
    await control.end();
    await admin.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Picked up by bench/run.ts. */
export const benchmark = { name: 'import', run: () => benchImport() };

if (process.env.SAMORDNA_BENCH_IMPORT_CHILD) {
  childMain(process.env.SAMORDNA_BENCH_IMPORT_CHILD).then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
