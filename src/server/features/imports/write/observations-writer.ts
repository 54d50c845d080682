import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../../db/client';
import { poolOf } from '../../../jobs/pool';
import * as schema from '../../../db/schema';
import { tableName } from '../../../db/query-kit';
import { breakdownLabels, observations } from '../../indicators/indicators.table';
import { observationChanges } from '../imports.table';
import type { ImportMapping, ImportResult } from '../../../../shared/contracts/imports';
import { OBSERVATION_STATUSES } from '../../../../shared/domain/statistics';
import { STATUS_CODE, type Cube } from '@samordna/statistics-formats';
import { rangeCheck } from './known-ranges';
import { CellMapper, type MappedCell } from './cell-mapper';
import { COPY_NULL, CopyEncoder, copyField, FieldCache } from './copy-encoder';
import { planImport, type ImportPlan } from '../plan/import-plan';
import { mappingInvalid } from '../plan/mapping-problems';
import { emptyStatusCounts } from './import-preview';
import { toSourceDimension } from '../source/source-dimensions';

/**
 * Writes a cube's cells as observations in one transaction: all or nothing.
 *
 * Rows stream to PostgreSQL with `COPY FROM STDIN` while the file is still being read, so the
 * parser and the database work at the same time and memory stays flat. When none of the
 * import's indicators has observations yet, rows go straight into `observations`; otherwise into
 * a temporary staging table that is merged: changed cells are updated (their before and after
 * recorded in `observation_changes`), new ones inserted, identical ones left alone — so the same
 * file imported twice changes nothing, and a revised file keeps the history of what it revised.
 * An empty cell (no number, no symbol) never becomes a new observation; it only withdraws a
 * figure stored earlier at its place (recorded as "not available" in the history).
 */
export interface ImportCubeOptions {
  /** The statistics import the rows belong to (provenance); null for none. */
  importId?: string | null;
  /** Cells read so far of the cube's total, after every batch. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting rolls the transaction back. */
  signal?: AbortSignal;
  /** The plan, when the caller has resolved the mapping already. */
  plan?: ImportPlan;
  /** Runs inside the transaction just before it commits: record the outcome with the data. */
  beforeCommit?: (tx: Db, result: ImportResult) => Promise<void>;
}

// The statements below are text (COPY, a temporary table, a bulk merge); their table names come
// from the tables' definitions.
const OBSERVATIONS = tableName(observations);
const OBSERVATION_CHANGES = tableName(observationChanges);
const BREAKDOWN_LABELS = tableName(breakdownLabels);

const COLUMNS = 'indicator_id, area_id, period, period_kind, period_start, breakdown, value, status, symbol, note, import_id';
/** Cells per batch read from the file: each batch's rows go to the database before the next is read. */
const BATCH_CELLS = 16_384;

async function write(stream: NodeJS.WritableStream, chunk: Buffer): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * The advisory lock (`pg_advisory_xact_lock(hashtextextended(key, 0))`) an import holds on each
 * of its indicators for its whole transaction.
 */
export function indicatorLockKey(indicatorId: string): string {
  return `observations:${indicatorId}`;
}

async function lockIndicators(client: pg.PoolClient, plan: ImportPlan): Promise<void> {
  // Imports of the same indicator take turns, so the choice of the direct path below holds.
  for (const id of plan.indicators.map((i) => i.id).sort()) {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [indicatorLockKey(id)]);
  }
}

/**
 * Merges the staged rows in one pass over the existing ones: a hash join sorts every staged
 * row into new, changed or identical (only the import's indicators are read), and only the new
 * and changed rows are then written. An identical row is not touched at all.
 */
async function mergeStaging(client: pg.PoolClient, indicatorIds: string[]): Promise<{ inserted: number; updated: number; withdrawn: number }> {
  // The joins below hash a million rows; the default 4 MB would spill them to disk.
  await client.query("set local work_mem = '256MB'");
  await client.query('analyze import_staging');
  await client.query(
    `create temp table import_diff on commit drop as
     select s.*, o.value as before_value, o.status as before_status, o.indicator_id is null as is_new,
            (s.value is null and s.status = 'not_available' and s.symbol is null and s.note is null) as is_empty
       from import_staging s
       left join (select * from ${OBSERVATIONS} where indicator_id = any($1::uuid[])) o
            using (indicator_id, area_id, breakdown, period)
      where (o.indicator_id is null and not (s.value is null and s.status = 'not_available' and s.symbol is null and s.note is null))
         or (o.indicator_id is not null and (o.value, o.status, o.symbol, o.note) is distinct from (s.value, s.status, s.symbol, s.note))`,
    [indicatorIds],
  );
  await client.query('analyze import_diff');
  await client.query(
    `insert into ${OBSERVATION_CHANGES} (indicator_id, area_id, period, breakdown, before_value, before_status, after_value, after_status, import_id)
     select indicator_id, area_id, period, breakdown, before_value, before_status, value, status, import_id
       from import_diff
      where not is_new and (before_value is distinct from value or before_status is distinct from status)`,
  );
  const updated = await client.query(
    `update ${OBSERVATIONS} o
        set value = d.value, status = d.status, symbol = d.symbol, note = d.note, period_kind = d.period_kind,
            period_start = d.period_start, import_id = d.import_id, updated_at = now()
       from import_diff d
      where not d.is_new
        and o.indicator_id = d.indicator_id and o.area_id = d.area_id and o.breakdown = d.breakdown and o.period = d.period`,
  );
  const inserted = await client.query(`insert into ${OBSERVATIONS} (${COLUMNS}) select ${COLUMNS} from import_diff where is_new`);
  const withdrawn = await client.query<{ n: string }>('select count(*) as n from import_diff where not is_new and is_empty');
  return { inserted: inserted.rowCount ?? 0, updated: updated.rowCount ?? 0, withdrawn: Number(withdrawn.rows[0]?.n ?? 0) };
}

async function upsertLabels(client: pg.PoolClient, plan: ImportPlan): Promise<void> {
  if (plan.labels.length === 0) return;
  await client.query(
    `insert into ${BREAKDOWN_LABELS} (key, label)
     select key, label from unnest($1::text[], $2::jsonb[]) as l(key, label)
     on conflict (key) do update set label = excluded.label, updated_at = now()
      where ${BREAKDOWN_LABELS}.label is distinct from excluded.label`,
    [plan.labels.map((l) => l.key), plan.labels.map((l) => JSON.stringify(l.label))],
  );
}

/** Imports every cell of the cube as mapped; throws MAPPING_INVALID before writing anything. */
export async function importCube(db: Db, cube: Cube, mapping: ImportMapping, options: ImportCubeOptions = {}): Promise<ImportResult> {
  const plan =
    options.plan ??
    (await planImport(db, cube.meta.dimensions.map(toSourceDimension), mapping, { isMetadataOnly: cube.meta.metadataOnly === true }));
  if (plan.problems.length > 0) throw mappingInvalid(plan.problems);
  const importId = options.importId ?? null;

  // Everything a row repeats is encoded once per target, not once per cell.
  const tabbed = (text: string) => Buffer.from(`${text}\t`, 'utf8');
  const indicatorBytes = plan.indicators.map((t) => tabbed(t.id));
  const areaBytes = plan.areas.map((t) => tabbed(t.id));
  const periodBytes = plan.periods.map((p) => tabbed(`${copyField(p.code).toString('utf8')}\t${p.kind}\t${p.start}`));
  const statusBytes = OBSERVATION_STATUSES.map((s) => Buffer.from(`\t${s}\t`));
  const importBytes = importId === null ? COPY_NULL : Buffer.from(importId);
  const fields = new FieldCache();
  const statusCounts = new Float64Array(OBSERVATION_STATUSES.length);

  const client = await poolOf(db).connect();
  let copy: ReturnType<typeof copyFrom> | undefined;
  let broken = false;
  try {
    await client.query('begin');
    await lockIndicators(client, plan);
    const { rows: existing } = await client.query<{ found: boolean }>(
      `select exists (select 1 from ${OBSERVATIONS} where indicator_id = any($1::uuid[])) as found`,
      [plan.indicators.map((i) => i.id)],
    );
    const isDirect = existing[0]?.found !== true;
    if (!isDirect) await client.query(`create temp table import_staging (like ${OBSERVATIONS} including defaults) on commit drop`);
    // Read before the COPY takes the connection: the ranges of the figures as they were.
    const ranges = plan.confirmOutliers || isDirect ? null : await rangeCheck(client, plan);

    const stream = client.query(copyFrom(`copy ${isDirect ? OBSERVATIONS : 'import_staging'} (${COLUMNS}) from stdin`));
    copy = stream;
    const done = finished(stream);
    // A failed COPY is reported when `done` is awaited; until then its rejection must not count
    // as unhandled (nor the stream's error event).
    done.catch(() => undefined);
    stream.on('error', () => undefined);
    const mapper = new CellMapper(plan, cube.meta.symbolLegend);
    const encoder = new CopyEncoder();
    const emit = (c: MappedCell) => {
      ranges?.check(c);
      // Into an indicator without figures an empty cell has nothing to withdraw.
      if (c.isEmpty && isDirect) return;
      if (!c.isEmpty) statusCounts[c.status]! += 1;
      const indicator = indicatorBytes[c.indicator]!;
      const area = areaBytes[c.area]!;
      const period = periodBytes[c.period]!;
      const breakdown = fields.of(c.breakdown);
      const status = statusBytes[c.status]!;
      const symbol = fields.of(c.symbol);
      const note = fields.of(c.note);
      encoder.reserve(indicator.length + area.length + period.length + breakdown.length + status.length + symbol.length + note.length + importBytes.length + 32);
      encoder.bytes(indicator);
      encoder.bytes(area);
      encoder.bytes(period);
      encoder.bytes(breakdown);
      encoder.tab();
      encoder.number(c.value);
      encoder.bytes(status);
      encoder.bytes(symbol);
      encoder.tab();
      encoder.bytes(note);
      encoder.tab();
      encoder.bytes(importBytes);
      encoder.newline();
    };
    let read = 0;
    for await (const batch of cube.batches({ batchSize: BATCH_CELLS })) {
      options.signal?.throwIfAborted();
      mapper.map(batch, emit);
      for (const chunk of encoder.take()) await write(stream, chunk);
      read += batch.length;
      options.onProgress?.(read, cube.meta.cells);
    }
    stream.end();
    await done;
    copy = undefined;
    const outliers = ranges?.problem();
    if (outliers) throw mappingInvalid([outliers]);

    const filled = mapper.mapped - mapper.empty;
    const { inserted, updated, withdrawn } = isDirect ? { inserted: filled, updated: 0, withdrawn: 0 } : await mergeStaging(client, plan.indicators.map((i) => i.id));
    // Rows the file stands for: its figures and symbols, and the figures it withdrew.
    const rows = filled + withdrawn;
    statusCounts[STATUS_CODE.not_available]! += withdrawn;
    await upsertLabels(client, plan);
    const statuses = emptyStatusCounts();
    OBSERVATION_STATUSES.forEach((s, i) => (statuses[s] = statusCounts[i] ?? 0));
    const result: ImportResult = { inserted, updated, unchanged: rows - inserted - updated, rows, statuses };
    options.signal?.throwIfAborted();
    // A Drizzle handle on this transaction's connection: the same query API as Db, but its
    // writes commit or roll back with the observations.
    if (options.beforeCommit) await options.beforeCommit(drizzle(client, { schema }) as unknown as Db, result);
    await client.query('commit');
    return result;
  } catch (error) {
    broken = true;
    if (copy && !copy.destroyed) {
      // CopyFail ends the COPY on the server; the rollback below then ends the transaction.
      copy.destroy(error instanceof Error ? error : new Error(String(error)));
      await finished(copy).catch(() => undefined);
    }
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    // A connection that failed mid-COPY is not trusted again: the pool replaces it.
    client.release(broken);
  }
}
