/**
 * `npm run bench -- portfolio`: the portfolio at 50,000 projects, 200,000 budget lines and about
 * 100,000 status reports (three for each project past planning, the last sometimes a draft or
 * returned), loaded with set-based SQL into a throwaway database (as `governance` does). As the
 * secretariat, with the public read cache off:
 *
 * - `table.first.*`: GET /api/programmes/:id/projects, the first page of 100 (by start, newest first);
 * - `table.filtered.*`: the same narrowed by phase, funding programme and year (about a tenth);
 * - `table.deep.*`: the first filter, 5,000 rows down;
 * - `table.rag.*`: the whole programme narrowed by RAG (red, or no submitted report: about half);
 * each with p50, p95, the statements it sends and their own time (`vs_sql`, goal ≤ 1.3; see
 * sql-ratio.ts);
 * - `xlsx.*`: the whole portfolio (50,000 rows) as .xlsx through the endpoint: seconds, size,
 *   and the process's resident memory before and at its peak while the file streamed (sampled
 *   every 20 ms), read back to count its rows;
 * - `csv.*`: the same as CSV.
 */
import os from 'node:os';
import pg from 'pg';
import ExcelJS from 'exceljs';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { hashPassword } from '../src/server/features/users/passwords';
import { withThrowawayDatabase } from './throwaway-db';
import { recorder, round, sqlRatio } from './sql-ratio';

const RUNS = Number(process.env.PORTFOLIO_BENCH_RUNS ?? 200);
const WARMUP = 20;
const PROJECTS = 50_000;
const LINES_PER_PROJECT = 4;
const ORGANISATIONS = 200;
const GOALS = 20;
const PASSWORD = 'bench-portfolio-secretariat';
const PHASES = ['initiative', 'planning', 'running', 'closing', 'closed', 'benefits_follow_up'];
const FUNDING = ['own_budget', 'state_grant', 'erasmus_plus', 'eea_norway_grants', 'eu_programme', 'other'];

const list = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]`;

const STATEMENTS = [
  `create function pg_temp.bench_uuid(t text) returns uuid language sql immutable as
   $$ select (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid from md5(t) h $$`,
  `insert into programmes (id, slug, kind, name, is_published) values (pg_temp.bench_uuid('prog'), 'portefolje', 'programme', '{"nb": "Porteføljeprogram"}', true)`,
  `insert into organisations (id, name, kind) select pg_temp.bench_uuid('o' || n), 'Organisasjon ' || n, 'city_district' from generate_series(1, ${ORGANISATIONS}) n`,
  `insert into goals (id, programme_id, title, sort_order) select pg_temp.bench_uuid('goal' || n), pg_temp.bench_uuid('prog'), jsonb_build_object('nb', 'Mål ' || n), n from generate_series(1, ${GOALS}) n`,
  // Projects over twenty years, each in a phase and a funding programme, some published.
  `insert into projects (id, programme_id, owner_organisation_id, title, summary, funding_programme, currency, phase, starts_on, ends_on, public_fields, published_at)
   select pg_temp.bench_uuid('pr' || n), pg_temp.bench_uuid('prog'), pg_temp.bench_uuid('o' || (1 + n % ${ORGANISATIONS})),
          jsonb_build_object('nb', 'Prosjekt ' || n || ' for barn og unge'), jsonb_build_object('nb', 'Et prosjekt i porteføljen.'),
          (${list(FUNDING)})[1 + n % ${FUNDING.length}], case when n % 10 = 0 then 'EUR' else 'NOK' end, (${list(PHASES)})[1 + (n / 7) % ${PHASES.length}],
          date '2006-01-01' + (n % 7000), date '2006-01-01' + (n % 7000) + 365 + (n % 3) * 365, '{budget,partners}', case when n % 3 = 0 then null else now() end
   from generate_series(1, ${PROJECTS}) n`,
  // Four budget lines each: applied and granted this year, granted and spent the next.
  `insert into project_budget_lines (project_id, year, source, kind, amount)
   select pg_temp.bench_uuid('pr' || n), extract(year from date '2006-01-01' + (n % 7000))::int + (l / 2), (${list(FUNDING)})[1 + n % ${FUNDING.length}],
          (array['applied', 'granted', 'granted', 'spent'])[l + 1], 100000 + (n * 37 + l * 1000) % 900000
   from generate_series(1, ${PROJECTS}) n, generate_series(0, ${LINES_PER_PROJECT - 1}) l`,
  `update projects p set budget_applied = s.applied, budget_granted = s.granted, budget_spent = s.spent
   from (select project_id, sum(amount) filter (where kind = 'applied') as applied, sum(amount) filter (where kind = 'granted') as granted,
           coalesce(sum(amount) filter (where kind = 'spent'), 0) as spent
         from project_budget_lines group by project_id) s
   where s.project_id = p.id`,
  `insert into project_goals (project_id, goal_id) select pg_temp.bench_uuid('pr' || n), pg_temp.bench_uuid('goal' || (1 + n % ${GOALS})) from generate_series(1, ${PROJECTS}) n`,
  `insert into project_partners (project_id, position, name, country, role)
   select pg_temp.bench_uuid('pr' || n), 1, 'Partner ' || n, (array['LT', 'PL', 'FI', 'SE'])[1 + n % 4], 'partner' from generate_series(1, ${PROJECTS}, 5) n`,
  // Three status reports each for the projects past planning, four months apart: the last one
  // sometimes still a draft or returned (the one before then gives the project its RAG).
  `insert into status_reports (project_id, due_on, state, rag, narrative, currency, submitted_at, decided_at)
   select pg_temp.bench_uuid('pr' || n), date '2006-01-01' + (n % 7000) + 120 * k,
          case when k = 3 and n % 4 = 0 then 'draft' when k = 3 and n % 4 = 1 then 'returned' when k = 3 and n % 4 = 2 then 'submitted' else 'approved' end,
          (array['green', 'amber', 'red'])[1 + (n + k) % 3], 'Status.', case when n % 10 = 0 then 'EUR' else 'NOK' end, now(), now()
   from generate_series(1, ${PROJECTS}) n, generate_series(1, 3) k where (n / 7) % ${PHASES.length} >= 2`,
  `insert into users (id, email, name, is_platform_admin, password_hash) values (pg_temp.bench_uuid('user'), 'sekretariat@example.org', 'Sekretariat', false, $1)`,
  `insert into user_programme_roles (user_id, programme_id, role) values (pg_temp.bench_uuid('user'), pg_temp.bench_uuid('prog'), 'secretariat')`,
  'analyze',
];

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (url, database) => {
    const loadStarted = performance.now();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let counts: pg.QueryResult<{ projects: string; lines: string; reports: string; id: string }>;
    try {
      const passwordHash = await hashPassword(PASSWORD);
      for (const statement of STATEMENTS) await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
      counts = await client.query(`select (select count(*) from projects) as projects, (select count(*) from project_budget_lines) as lines, (select count(*) from status_reports) as reports, pg_temp.bench_uuid('prog') as id`);
    } finally {
      await client.end();
    }
    const programmeId = counts.rows[0]!.id;
    const figures: Record<string, number> = {
      'data.projects': Number(counts.rows[0]!.projects),
      'data.budget_lines': Number(counts.rows[0]!.lines),
      'data.status_reports': Number(counts.rows[0]!.reports),
      'data.load_seconds': round((performance.now() - loadStarted) / 1000, 1),
    };

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_CACHE_MS: '0' });
    const app = await buildApp({ config, db: database.db, logger: false });
    await app.ready();
    const pool = recorder(database.pool);
    // Signed in as the programme's secretariat, as a browser signs in: a token, then the password.
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
    const { measure } = sqlRatio(app, pool, figures, { runs: RUNS, warmup: WARMUP, explain: !!process.env.PORTFOLIO_BENCH_EXPLAIN, headers: { cookie } });

    const base = `/api/programmes/${programmeId}/projects`;
    const filter = 'phase=running,closing&fundingProgramme=state_grant,eu_programme,other&year=2015';
    await measure('table.first', base, '"totals"');
    await measure('table.filtered', `${base}?${filter}`, '"totals"');
    await measure('table.deep', `${base}?${filter.replace('&year=2015', '')}&offset=5000`, '"totals"');
    await measure('table.rag', `${base}?rag=red,none`, '"totals"');

    // The whole portfolio as a file, through the endpoint, with the memory it takes.
    const exportFile = async (format: 'xlsx' | 'csv') => {
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const started = performance.now();
      const res = await app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/projects.${format}?sort=title`, headers: { cookie } });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      if (res.statusCode !== 200) throw new Error(`${format} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      Object.assign(figures, {
        [`${format}.seconds`]: round(seconds, 2),
        [`${format}.mb`]: round(res.rawPayload.length / 1024 / 1024, 1),
        [`${format}.rss_before_mb`]: round(before / 1024 / 1024),
        [`${format}.rss_peak_mb`]: round(peak / 1024 / 1024),
      });
      return res.rawPayload;
    };
    const xlsx = await exportFile('xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    figures['xlsx.rows'] = book.worksheets[0]!.rowCount - 1;
    const csv = await exportFile('csv');
    figures['csv.rows'] = csv.toString('utf8').split('\r\n').length - 2;
    figures['machine.load_avg_1m'] = round(os.loadavg()[0]!, 1);
    await app.close();
    return figures;
  });
}

export const benchmark = { name: 'portfolio', run };
