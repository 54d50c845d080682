import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/client';
import { poolOf } from '../../jobs/pool';
import * as schema from '../../db/schema';
import type { ImportMapping, ImportResult } from '../../../shared/contracts/imports';
import { OBSERVATION_STATUSES } from '../../../shared/domain/statistics';
import type { Cube } from '../statistics/parsers/cube';
import { CellMapper, type MappedCell } from './cell-mapper';
import { mappingInvalid, planImport, type ImportPlan } from './plan';
import { emptyStatusCounts } from './preview';
import { toSourceDimension } from './source';

/**
 * Writes a cube's cells as observations in one transaction: all or nothing.
 *
 * Rows stream to PostgreSQL with `COPY FROM STDIN` while the file is still being read, so the
 * parser and the database work at the same time and memory stays flat. When none of the
 * import's indicators has observations yet, rows go straight into `observations`; otherwise into
 * a temporary staging table that is merged: changed cells are updated (their before and after
 * recorded in `observation_changes`), new ones inserted, identical ones left alone — so the same
 * file imported twice changes nothing, and a revised file keeps the history of what it revised.
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

const COLUMNS = 'indicator_id, area_id, period, period_kind, period_start, breakdown, value, status, symbol, note, import_id';
const FLUSH_CHARS = 1 << 20;
const NULL = '\\N';

/** COPY text format: backslash, tab, newline and carriage return are escaped. */
function copyText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

class CachedText {
  private readonly cache = new Map<string, string>();
  of(s: string | null): string {
    if (s === null) return NULL;
    let out = this.cache.get(s);
    if (out === undefined) {
      out = copyText(s);
      this.cache.set(s, out);
    }
    return out;
  }
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(Buffer.from(text, 'utf8'))) await once(stream, 'drain');
}

async function lockIndicators(client: pg.PoolClient, plan: ImportPlan): Promise<void> {
  // Imports of the same indicator take turns, so the choice of the direct path below holds.
  for (const id of plan.indicators.map((i) => i.id).sort()) {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`observations:${id}`]);
  }
}

async function mergeStaging(client: pg.PoolClient, importId: string | null): Promise<{ inserted: number; updated: number }> {
  await client.query('analyze import_staging');
  await client.query(
    `insert into observation_changes (indicator_id, area_id, period, breakdown, before_value, before_status, after_value, after_status, import_id)
     select o.indicator_id, o.area_id, o.period, o.breakdown, o.value, o.status, s.value, s.status, $1::uuid
       from import_staging s
       join observations o using (indicator_id, area_id, breakdown, period)
      where o.value is distinct from s.value or o.status is distinct from s.status`,
    [importId],
  );
  const { rows } = await client.query<{ inserted: string; updated: string }>(
    `with written as (
       insert into observations as o (${COLUMNS})
       select ${COLUMNS} from import_staging
       on conflict (indicator_id, area_id, breakdown, period) do update
          set value = excluded.value, status = excluded.status, symbol = excluded.symbol, note = excluded.note,
              period_kind = excluded.period_kind, period_start = excluded.period_start,
              import_id = excluded.import_id, updated_at = now()
        where (o.value, o.status, o.symbol, o.note) is distinct from (excluded.value, excluded.status, excluded.symbol, excluded.note)
       returning (xmax = 0) as is_new
     )
     select count(*) filter (where is_new) as inserted, count(*) filter (where not is_new) as updated from written`,
  );
  return { inserted: Number(rows[0]?.inserted ?? 0), updated: Number(rows[0]?.updated ?? 0) };
}

async function upsertLabels(client: pg.PoolClient, plan: ImportPlan): Promise<void> {
  if (plan.labels.length === 0) return;
  await client.query(
    `insert into breakdown_labels (key, label)
     select key, label from unnest($1::text[], $2::jsonb[]) as l(key, label)
     on conflict (key) do update set label = excluded.label, updated_at = now()
      where breakdown_labels.label is distinct from excluded.label`,
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
  const importText = importId === null ? NULL : importId;

  // Everything a row repeats is formatted once per target, not once per cell.
  const indicatorText = plan.indicators.map((t) => `${t.id}\t`);
  const areaText = plan.areas.map((t) => `${t.id}\t`);
  const periodText = plan.periods.map((p) => `${copyText(p.code)}\t${p.kind}\t${p.start}\t`);
  const statusText = OBSERVATION_STATUSES.map((s) => `\t${s}\t`);
  const texts = new CachedText();
  const breakdownNeedsEscape = plan.breakdowns.some((b) => b.parts.some((p) => /[\\\t\n\r]/.test(p)));
  const statusCounts = new Float64Array(OBSERVATION_STATUSES.length);

  const client = await poolOf(db).connect();
  let copy: ReturnType<typeof copyFrom> | undefined;
  let broken = false;
  try {
    await client.query('begin');
    await lockIndicators(client, plan);
    const { rows: existing } = await client.query<{ found: boolean }>(
      'select exists (select 1 from observations where indicator_id = any($1::uuid[])) as found',
      [plan.indicators.map((i) => i.id)],
    );
    const isDirect = existing[0]?.found !== true;
    if (!isDirect) await client.query('create temp table import_staging (like observations including defaults) on commit drop');

    const stream = client.query(copyFrom(`copy ${isDirect ? 'observations' : 'import_staging'} (${COLUMNS}) from stdin`));
    copy = stream;
    const done = finished(stream);
    // A failed COPY is reported when `done` is awaited; until then its rejection must not count
    // as unhandled (nor the stream's error event).
    done.catch(() => undefined);
    stream.on('error', () => undefined);
    const mapper = new CellMapper(plan, cube.meta.symbolLegend);
    let chunk = '';
    const emit = (c: MappedCell) => {
      statusCounts[c.status]! += 1;
      chunk +=
        indicatorText[c.indicator]! +
        areaText[c.area]! +
        periodText[c.period]! +
        (breakdownNeedsEscape ? copyText(c.breakdown) : c.breakdown) +
        '\t' +
        (c.value === c.value ? String(c.value) : NULL) +
        statusText[c.status]! +
        texts.of(c.symbol) +
        '\t' +
        texts.of(c.note) +
        '\t' +
        importText +
        '\n';
    };
    let read = 0;
    for await (const batch of cube.batches()) {
      options.signal?.throwIfAborted();
      mapper.map(batch, emit);
      if (chunk.length >= FLUSH_CHARS) {
        await write(stream, chunk);
        chunk = '';
      }
      read += batch.length;
      options.onProgress?.(read, cube.meta.cells);
    }
    if (chunk.length > 0) await write(stream, chunk);
    stream.end();
    await done;
    copy = undefined;

    const rows = mapper.mapped;
    const { inserted, updated } = isDirect ? { inserted: rows, updated: 0 } : await mergeStaging(client, importId);
    await upsertLabels(client, plan);
    const statuses = emptyStatusCounts();
    OBSERVATION_STATUSES.forEach((s, i) => (statuses[s] = statusCounts[i] ?? 0));
    const result: ImportResult = { inserted, updated, unchanged: rows - inserted - updated, rows, statuses };
    options.signal?.throwIfAborted();
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
