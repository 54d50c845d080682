/**
 * `npm run bench -- profile`: the area-profile endpoint against the SQL it runs, at a million
 * observations. Creates a throwaway database on the local PostgreSQL (127.0.0.1:5432, or
 * DATABASE_URL / TEST_DATABASE_URL; an embedded one if none answers), migrates it, loads
 * 20 indicators × 100 areas × 10 years × 50 breakdowns with COPY (small age-by-sex cells
 * suppressed as a statistics office would, some figures provisional or missing), sets up a
 * programme following 10 indicators with Oslo and Norway as reference areas, and measures:
 *
 * - `profile.endpoint.ms`: median of GET /api/programmes/:id/profile/:areaCode via app.inject
 *   (routing, validation, the query, mapping, response serialisation);
 * - `profile.sql.ms`: median of the same statement with the same parameters on the same pool,
 *   as the endpoint runs it (named prepared statement, rows as arrays);
 * - `profile.vs_sql`: their ratio (goal ≤ 1.3);
 * - `view.endpoint.ms`: median of GET /api/indicators/:code/view?programme=… ;
 * - the same at the 10th percentile, and the machine's load: on a shared machine the median
 *   also measures the neighbours;
 * - `floor.bare_fastify_vs_sql`: a bare Fastify route that runs the same statement and
 *   answers `{ ok: true }`, against the statement: the least any endpoint can add here.
 *
 * The two profile measurements alternate run by run, so both meet the same cache and
 * garbage-collector weather.
 */
import os from 'node:os';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import Fastify from 'fastify';
import pg from 'pg';
import { withThrowawayDatabase } from './throwaway-db';
import { from as copyFrom } from 'pg-copy-streams';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { AREA_PROFILE_SQL, areaProfileParams } from '../src/server/features/profiles/profiles.profile-sql';
import { parsePeriod } from '../src/shared/domain/periods';

const INDICATORS = 20;
const AREAS = 100;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const SEXES = ['1', '2'];
const AGES = Array.from({ length: 23 }, (_, i) => String(i).padStart(2, '0'));
/** 50 breakdowns: the total, two sexes, 23 ages by sex, immigrants. */
const BREAKDOWNS = ['', ...SEXES.map((s) => `kjonn=${s}`), ...AGES.flatMap((a) => SEXES.map((s) => `alder=${a};kjonn=${s}`)), 'landbakgrunn=innvandrere'];
const FOLLOWED = 10;
const RUNS = 400;
const WARMUP = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The 10th percentile: on a shared machine, the runs least disturbed by other processes. */
function fastTenth(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)]!;
}

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Deterministic noise in [0, 1) from integers, so every run loads the same table. */
function noise(...keys: number[]): number {
  let h = 2166136261;
  for (const k of keys) h = Math.imul(h ^ k, 16777619) ^ (h >>> 13);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/** COPY text rows, generated lazily: a million rows never sit in memory at once. */
function* observationRows(indicatorIds: string[], areaIds: string[]): Generator<string> {
  const periods = YEARS.map((y) => parsePeriod(String(y))!);
  let chunk = '';
  for (const [i, indicatorId] of indicatorIds.entries()) {
    for (const [a, areaId] of areaIds.entries()) {
      for (const [b, breakdown] of BREAKDOWNS.entries()) {
        const small = breakdown.startsWith('alder=');
        for (const [y, period] of periods.entries()) {
          const n = noise(i, a, b, y);
          let value: string = (40 + 30 * noise(i, a) + y * 0.4 + 6 * n).toFixed(1);
          let status = 'none';
          let symbol = '\\N';
          // Small cells are suppressed now and then; a few figures are missing; the last year is provisional for half the indicators.
          if (small && n < 0.08) [value, status, symbol] = ['\\N', 'suppressed', ':'];
          else if (n > 0.995) [value, status, symbol] = ['\\N', 'not_available', '..'];
          else if (y === YEARS.length - 1 && i % 2 === 0) [status, symbol] = ['provisional', 'p'];
          chunk += `${indicatorId}\t${areaId}\t${period.code}\t${period.kind}\t${period.start}\t${breakdown}\t${value}\t${status}\t${symbol}\n`;
        }
      }
      yield chunk;
      chunk = '';
    }
  }
}

export async function loadBenchmarkData(url: string): Promise<{ programmeId: string; slug: string; indicatorCode: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const country = await client.query<{ id: string }>(`insert into areas (code, kind, name) values ('NO', 'country', 'Norge') returning id`);
    const oslo = await client.query<{ id: string }>(`insert into areas (code, kind, name, parent_id) values ('0301', 'municipality', 'Oslo', $1) returning id`, [country.rows[0]!.id]);
    const districts = await client.query<{ id: string }>(
      `insert into areas (code, kind, name, parent_id)
       select '0301' || lpad(n::text, 2, '0'), 'city_district', 'Bydel ' || n, $1 from generate_series(1, ${AREAS - 2}) n
       returning id`,
      [oslo.rows[0]!.id],
    );
    const areaIds = [country.rows[0]!.id, oslo.rows[0]!.id, ...districts.rows.map((r) => r.id)];
    const indicators = await client.query<{ id: string }>(
      `insert into indicators (code, name, unit, decimals, direction, source_publisher)
       select 'indikator-' || n, jsonb_build_object('nb', 'Indikator ' || n), 'percent', 1,
              (array['higher_is_better', 'lower_is_better', 'neutral'])[1 + n % 3], 'Statistisk sentralbyrå (SSB)'
       from generate_series(1, ${INDICATORS}) n order by n
       returning id`,
    );
    const indicatorIds = indicators.rows.map((r) => r.id);
    await pipeline(
      Readable.from(observationRows(indicatorIds, areaIds)),
      client.query(copyFrom('copy observations (indicator_id, area_id, period, period_kind, period_start, breakdown, value, status, symbol) from stdin')),
    );
    // What autovacuum does after a bulk load: statistics for the planner, and a visibility map
    // so counts read the index alone.
    await client.query('vacuum analyze');
    const programme = await client.query<{ id: string; slug: string }>(
      `insert into programmes (slug, kind, name, is_published) values ('benk', 'programme', '{"nb":"Benk"}', true) returning id, slug`,
    );
    const programmeId = programme.rows[0]!.id;
    // Every other indicator, so the followed ones are spread over the table.
    const followed = indicatorIds.filter((_, i) => i % 2 === 1).slice(0, FOLLOWED);
    await client.query(`insert into programme_indicators (programme_id, indicator_id, sort_order) select $1, id, ord from unnest($2::uuid[]) with ordinality t(id, ord)`, [programmeId, followed]);
    await client.query(
      `insert into programme_areas (programme_id, area_id, role, sort_order)
       select $1::uuid, id, 'focus', ord from unnest($2::uuid[]) with ordinality t(id, ord)
       union all select $1::uuid, $3::uuid, 'reference', 0
       union all select $1::uuid, $4::uuid, 'reference', 1`,
      [programmeId, areaIds.slice(2, 17), oslo.rows[0]!.id, country.rows[0]!.id],
    );
    const count = await client.query<{ n: string }>('select count(*) as n from observations');
    if (Number(count.rows[0]!.n) !== INDICATORS * AREAS * YEARS.length * BREAKDOWNS.length) throw new Error(`Loaded ${count.rows[0]!.n} observations`);
    return { programmeId, slug: programme.rows[0]!.slug, indicatorCode: 'indikator-2' };
  } finally {
    await client.end();
  }
}

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (url, database) => {
    const loadStarted = performance.now();
    const { programmeId, slug, indicatorCode } = await loadBenchmarkData(url);
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, db: database.db, logger: false, clientDir: '/nonexistent' });
    await app.ready();
    const areaCode = '030103';
    const profileUrl = `/api/programmes/${programmeId}/profile/${areaCode}`;
    const viewUrl = `/api/indicators/${indicatorCode}/view?programme=${slug}`;
    const statement = { name: 'samordna_area_profile', text: AREA_PROFILE_SQL, values: areaProfileParams(programmeId, areaCode), rowMode: 'array' as const };

    const endpoint = async () => {
      const res = await app.inject({ method: 'GET', url: profileUrl });
      if (res.statusCode !== 200) throw new Error(`profile answered ${res.statusCode}: ${res.body}`);
      return res.body.length;
    };
    const direct = async () => (await database.pool.query(statement)).rows.length;
    const view = async () => {
      const res = await app.inject({ method: 'GET', url: viewUrl });
      if (res.statusCode !== 200) throw new Error(`view answered ${res.statusCode}: ${res.body}`);
    };

    const profile = JSON.parse((await app.inject({ method: 'GET', url: profileUrl })).body) as { rows: { trend: unknown[]; latest: { status: string } | null }[] };
    if (profile.rows.length !== FOLLOWED || profile.rows.some((r) => r.trend.length !== YEARS.length)) throw new Error('The profile does not hold what was loaded');

    // The floor any endpoint running this statement has: a bare Fastify (no plugins, no
    // hooks, no validation) whose route runs the same statement and answers a tiny constant.
    const bare = Fastify();
    bare.get('/floor', async () => {
      await database.pool.query(statement);
      return { ok: true };
    });
    await bare.ready();
    const floor = async () => (await bare.inject({ method: 'GET', url: '/floor' })).statusCode;

    const endpointTimes: number[] = [];
    const sqlTimes: number[] = [];
    const floorTimes: number[] = [];
    const viewTimes: number[] = [];
    const time = async (fn: () => Promise<unknown>, into: number[] | null) => {
      const started = performance.now();
      await fn();
      into?.push(performance.now() - started);
    };
    const rounds: [() => Promise<unknown>, number[]][] = [
      [endpoint, endpointTimes],
      [direct, sqlTimes],
      [floor, floorTimes],
    ];
    for (let r = -WARMUP; r < RUNS; r++) {
      // Rotate the order, so none always follows another.
      for (let k = 0; k < rounds.length; k++) {
        const [fn, into] = rounds[(r + WARMUP + k) % rounds.length]!;
        await time(fn, r >= 0 ? into : null);
      }
    }
    await bare.close();
    for (let r = -WARMUP / 4; r < RUNS / 4; r++) await time(view, r >= 0 ? viewTimes : null);

    const explain = await database.pool.query<{ 'QUERY PLAN': { 'Planning Time': number; 'Execution Time': number }[] }>({
      text: `explain (analyze, format json) ${AREA_PROFILE_SQL}`,
      values: statement.values,
    });
    const plan = explain.rows[0]!['QUERY PLAN'][0]!;
    await app.close();

    const endpointMs = median(endpointTimes);
    const sqlMs = median(sqlTimes);
    return {
      observations: INDICATORS * AREAS * YEARS.length * BREAKDOWNS.length,
      'load.seconds': round(loadSeconds, 1),
      'profile.indicators': FOLLOWED,
      'profile.reference_areas': 2,
      'profile.endpoint.ms': round(endpointMs),
      'profile.sql.ms': round(sqlMs),
      'profile.vs_sql': round(endpointMs / sqlMs, 2),
      'profile.endpoint.p10_ms': round(fastTenth(endpointTimes)),
      'profile.sql.p10_ms': round(fastTenth(sqlTimes)),
      'profile.vs_sql.p10': round(fastTenth(endpointTimes) / fastTenth(sqlTimes), 2),
      'floor.bare_fastify_vs_sql': round(median(floorTimes) / sqlMs, 2),
      'floor.bare_fastify_vs_sql.p10': round(fastTenth(floorTimes) / fastTenth(sqlTimes), 2),
      'machine.load_avg_1m': round(os.loadavg()[0]!, 1),
      'profile.sql.server_execution.ms': round(plan['Execution Time']),
      'profile.sql.server_planning.ms': round(plan['Planning Time']),
      'view.endpoint.ms': round(median(viewTimes)),
    };
  });
}

export const benchmark = { name: 'profile', run };
