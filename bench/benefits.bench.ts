/**
 * `npm run bench -- benefits`: benefit measurements for 1,000 linked benefits resolved from a
 * million observations in one query. Loaded with set-based SQL into a throwaway database: 20
 * indicators × 500 areas × 100 years of observations (one cell in 37 suppressed, each written by
 * one of four imports), and 100 projects of 10 benefits each, every benefit on its own
 * indicator × area from a baseline year between 2000 and 2019 (so each reads 6–26 figures).
 *
 * - `measurements.*`: the repository's one query (`measurementsOf`) for all 1,000 benefits: p50,
 *   p95, the rows it returns, and the statements it sends (1);
 * - `overview.*`: GET /api/programmes/:id/benefits as the secretariat (every benefit with its
 *   latest figure and status, counted per goal and per project) against the SQL it sends.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { hashPassword } from '../src/server/features/users/passwords';
import { measurementsOf } from '../src/server/features/benefits/benefits.repo';
import { withThrowawayDatabase } from './throwaway-db';
import { percentile, recorder, round, sqlRatio } from './sql-ratio';

const RUNS = Number(process.env.BENEFITS_BENCH_RUNS ?? 50);
const WARMUP = 5;
const INDICATORS = 20;
const AREAS = 500;
const YEARS = 100;
const PROJECTS = 100;
const PER_PROJECT = 10;
const PASSWORD = 'bench-benefits-secretariat';

const STATEMENTS = [
  `create function pg_temp.bench_uuid(t text) returns uuid language sql immutable as
   $$ select (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid from md5(t) h $$`,
  `insert into programmes (id, slug, kind, name, is_published) values (pg_temp.bench_uuid('prog'), 'gevinster', 'programme', '{"nb": "Gevinstprogram"}', true)`,
  `insert into organisations (id, name, kind) values (pg_temp.bench_uuid('org'), 'Bydel Benk', 'city_district')`,
  `insert into goals (id, programme_id, title, sort_order) select pg_temp.bench_uuid('goal' || n), pg_temp.bench_uuid('prog'), jsonb_build_object('nb', 'Mål ' || n), n from generate_series(1, 10) n`,
  `insert into indicators (id, code, name, unit, direction, source_publisher)
   select pg_temp.bench_uuid('i' || n), 'benk-' || n, jsonb_build_object('nb', 'Indikator ' || n), 'percent', 'higher_is_better', 'Statistisk sentralbyrå (SSB)' from generate_series(0, ${INDICATORS - 1}) n`,
  `insert into areas (id, code, kind, name) select pg_temp.bench_uuid('a' || n), 'B' || lpad(n::text, 4, '0'), 'city_district', 'Område ' || n from generate_series(0, ${AREAS - 1}) n`,
  `insert into programme_indicators (programme_id, indicator_id, sort_order) select pg_temp.bench_uuid('prog'), pg_temp.bench_uuid('i' || n), n from generate_series(0, ${INDICATORS - 1}) n`,
  `insert into programme_areas (programme_id, area_id, role, sort_order) select pg_temp.bench_uuid('prog'), pg_temp.bench_uuid('a' || n), 'focus', n from generate_series(0, ${AREAS - 1}) n`,
  `insert into statistics_imports (id, state, file_name, checksum, size, format, title, source_url, mapping, finished_at)
   select pg_temp.bench_uuid('imp' || n), 'succeeded', 'tabell-' || n || '.json', md5(n::text), 1000, 'jsonstat', 'Tabell ' || n, 'https://data.ssb.no/table/' || n, '{}'::jsonb, now() from generate_series(0, 3) n`,
  // A million cells: every indicator × area × year, one in 37 suppressed (no value).
  `insert into observations (indicator_id, area_id, period, period_kind, period_start, breakdown, value, status, symbol, import_id)
   select pg_temp.bench_uuid('i' || i), pg_temp.bench_uuid('a' || a), (1926 + y)::text, 'year', make_date(1926 + y, 1, 1), '',
          case when (i * 7 + a * 3 + y) % 37 = 0 then null else 50 + ((i * 13 + a * 7 + y * 3) % 400) / 10.0 end,
          case when (i * 7 + a * 3 + y) % 37 = 0 then 'suppressed' else 'none' end,
          case when (i * 7 + a * 3 + y) % 37 = 0 then ':' else null end,
          pg_temp.bench_uuid('imp' || ((i + y) % 4))
   from generate_series(0, ${INDICATORS - 1}) i, generate_series(0, ${AREAS - 1}) a, generate_series(0, ${YEARS - 1}) y`,
  `insert into projects (id, programme_id, owner_organisation_id, title, funding_programme, phase, ends_on)
   select pg_temp.bench_uuid('p' || n), pg_temp.bench_uuid('prog'), pg_temp.bench_uuid('org'), jsonb_build_object('nb', 'Prosjekt ' || n), 'own_budget', 'closed', date '2022-06-30'
   from generate_series(0, ${PROJECTS - 1}) n`,
  `insert into project_goals (project_id, goal_id) select pg_temp.bench_uuid('p' || n), pg_temp.bench_uuid('goal' || (1 + n % 10)) from generate_series(0, ${PROJECTS - 1}) n`,
  // 1,000 benefits, each on its own indicator × area (b % 20, b / 2), from a baseline year 2000–2019.
  `insert into benefits (id, project_id, position, title, measure, indicator_id, area_id, direction, baseline_value, baseline_period, baseline_start, expected_value, expected_by, follow_up_months)
   select pg_temp.bench_uuid('b' || b), pg_temp.bench_uuid('p' || (b / ${PER_PROJECT})), 1 + b % ${PER_PROJECT}, jsonb_build_object('nb', 'Gevinst ' || b), 'indicator',
          pg_temp.bench_uuid('i' || (b % ${INDICATORS})), pg_temp.bench_uuid('a' || (b / 2)), 'higher_is_better', 60, (2000 + b % 20)::text, make_date(2000 + b % 20, 1, 1), 70, date '2026-12-31', 24
   from generate_series(0, ${PROJECTS * PER_PROJECT - 1}) b`,
  `insert into users (id, email, name, is_platform_admin, password_hash) values (pg_temp.bench_uuid('user'), 'sekretariat@example.org', 'Sekretariat', false, $1)`,
  `insert into user_programme_roles (user_id, programme_id, role) values (pg_temp.bench_uuid('user'), pg_temp.bench_uuid('prog'), 'secretariat')`,
  'analyze',
];

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (url, database) => {
    const loadStarted = performance.now();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let counts: pg.QueryResult<{ observations: string; benefits: string; id: string }>;
    let benefitIds: string[];
    try {
      const passwordHash = await hashPassword(PASSWORD);
      for (const statement of STATEMENTS) await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
      counts = await client.query(`select (select count(*) from observations) as observations, (select count(*) from benefits) as benefits, pg_temp.bench_uuid('prog') as id`);
      benefitIds = (await client.query<{ id: string }>('select id from benefits order by id')).rows.map((r) => r.id);
    } finally {
      await client.end();
    }
    const programmeId = counts.rows[0]!.id;
    const figures: Record<string, number> = {
      'data.observations': Number(counts.rows[0]!.observations),
      'data.benefits': Number(counts.rows[0]!.benefits),
      'data.load_seconds': round((performance.now() - loadStarted) / 1000, 1),
    };

    // The repository's one query for every benefit, timed alone.
    const pool = recorder(database.pool);
    const statements = await pool.capture(() => measurementsOf(database.db, benefitIds));
    if (process.env.BENEFITS_BENCH_EXPLAIN) {
      const plan = await pool.original({ text: `explain (analyze, buffers) ${statements[0]!.text}`, values: statements[0]!.values });
      process.stdout.write(`${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}\n`);
    }
    const times: number[] = [];
    let rows = 0;
    for (let r = -WARMUP; r < RUNS; r++) {
      const started = performance.now();
      const byBenefit = await measurementsOf(database.db, benefitIds);
      if (r >= 0) times.push(performance.now() - started);
      rows = [...byBenefit.values()].reduce((n, list) => n + list.length, 0);
    }
    // The same statement alone on the pool: what the database and the driver take.
    const sqlTimes: number[] = [];
    for (let r = -WARMUP; r < RUNS; r++) {
      const started = performance.now();
      await pool.original(statements[0]!);
      if (r >= 0) sqlTimes.push(performance.now() - started);
    }
    Object.assign(figures, {
      'measurements.sql_p50_ms': round(percentile(sqlTimes, 50)),
      'measurements.p50_ms': round(percentile(times, 50)),
      'measurements.p95_ms': round(percentile(times, 95)),
      'measurements.rows': rows,
      'measurements.queries': statements.length,
    });

    // The board's overview through the endpoint, as the secretariat.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_CACHE_MS: '0' });
    const app = await buildApp({ config, db: database.db, logger: false });
    await app.ready();
    const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
    const sid = () => csrf.cookies.find((c) => c.name === 'samordna_sid')!.value;
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: `samordna_sid=${sid()}`, 'x-csrf-token': csrf.json().csrfToken as string },
      payload: { email: 'sekretariat@example.org', password: PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
    const cookie = `samordna_sid=${login.cookies.find((c) => c.name === 'samordna_sid')?.value ?? sid()}`;
    const { measure } = sqlRatio(app, pool, figures, { runs: Math.min(RUNS, 30), warmup: WARMUP, explain: !!process.env.BENEFITS_BENCH_EXPLAIN, headers: { cookie } });
    await measure('overview', `/api/programmes/${programmeId}/benefits`, '"totals"');
    figures['machine.load_avg_1m'] = round(os.loadavg()[0]!, 1);
    await app.close();
    return figures;
  });
}

export const benchmark = { name: 'benefits', run };
