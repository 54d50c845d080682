/**
 * `npm run bench -- documents`: the document archive at 100,000 documents of generated
 * Norwegian-ish text (a title of five words, a description of twenty, about 120 words of text,
 * the words drawn with a skew so that some are common and most are rare), each with a version,
 * loaded with set-based SQL into a throwaway database. With the public read cache off:
 *
 * - `search.public.*`: GET /api/documents/search?programme=…&q=<two words>, anonymous: the
 *   public documents (nine in ten), ranked, with snippets for the first page of 20;
 * - `search.internal.*`: GET /api/programmes/:id/documents?q=<two words> as the secretariat
 *   (drafts and exempt ones too);
 * - `list.public.*`: the same page without words (newest first);
 * each with p50, p95, the statements it sends and their own time (`vs_sql`, goal ≤ 1.3; see
 * sql-ratio.ts), and `data.matches`: how many documents the two words match.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { hashPassword } from '../src/server/features/users/passwords';
import { withThrowawayDatabase } from './throwaway-db';
import { recorder, round, sqlRatio } from './sql-ratio';

const RUNS = Number(process.env.DOCUMENTS_BENCH_RUNS ?? 100);
const WARMUP = 10;
const DOCUMENTS = Number(process.env.DOCUMENTS_BENCH_COUNT ?? 100_000);
const PASSWORD = 'bench-documents-secretariat';
const QUERY = 'leksehjelp bibliotek';

/** Words of the archive's kind of text, in bokmål; drawn with a skew (the first ones often). */
const WORDS = (
  'og i for til som på med av det er en barn unge skole skolen skoler elever barnehage barnehagen tiltak tiltakene kommune bydel bydelen ' +
  'oppvekst utdanning samarbeid samarbeidet tjenester tjenesten helsestasjon foreldre familie familier fritid fritidsklubb ungdomsklubb ungdomsklubben ' +
  'ungdomsråd styret styringsgruppe handlingsprogram rapport evaluering gevinst gevinster prosjekt prosjektet prosjekter partner partnere ' +
  'lærer lærere rektor ledelse kompetanse språk norsk lesing matematikk fullføre bestå videregående opplæring frafall mestring trivsel ' +
  'inkludering utenforskap levekår område områdesatsing groruddalen søndre nordstrand gamle sagene grünerløkka stovner alna bjerke grorud ' +
  'barnevern ungdomstjeneste uteseksjon politi frivillige organisasjoner idrett kultur bibliotek leksehjelp sommerjobb arbeid praksis ' +
  'tilskudd søknad søknader utlysning midler budsjett regnskap vedtak sak saker møte møtet referat protokoll mandat standard innsats ' +
  'resultater mål målene indikator indikatorer statistikk kartlegging undersøkelse brukere medvirkning dialog nettverk erfaringer læring'
).split(' ');

const list = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
const words = (count: string) => `(select string_agg((${list(WORDS)})[1 + floor(${WORDS.length} * power(random(), 2.2))::int], ' ') from generate_series(1, ${count}) k)`;

const STATEMENTS = [
  `create function pg_temp.bench_uuid(t text) returns uuid language sql immutable as
   $$ select (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid from md5(t) h $$`,
  'select setseed(0.42)',
  `insert into programmes (id, slug, kind, name, is_published) values (pg_temp.bench_uuid('prog'), 'arkiv', 'programme', '{"nb": "Arkivprogram"}', true)`,
  // Each word list is correlated with n (its length), so that it is drawn anew for every row.
  `insert into documents (id, programme_id, type, title, description, document_date, language, visibility, exemption_basis, published_at, content_text)
   select pg_temp.bench_uuid('d' || n), pg_temp.bench_uuid('prog'),
          (array['report', 'action_programme', 'mandate', 'standard', 'minutes', 'case_paper', 'presentation', 'other'])[1 + n % 8],
          initcap(${words('4 + n % 2')}), ${words('18 + n % 4')}, date '2006-01-01' + (n % 7300),
          case when n % 20 = 0 then 'en' when n % 7 = 0 then 'nn' else 'nb' end,
          case when n % 10 = 0 then 'draft' when n % 10 = 1 then 'exempt' else 'public' end,
          case when n % 10 = 1 then 'Offl. § 13' end, case when n % 10 > 1 then now() end,
          ${words('100 + n % 40')}
   from generate_series(1, ${DOCUMENTS}) n`,
  `insert into document_versions (document_id, version, file_id, file_name, content_type, size, checksum, extraction_status)
   select pg_temp.bench_uuid('d' || n), 1, pg_temp.bench_uuid('f' || n), 'dokument-' || n || '.pdf', 'application/pdf', 20000 + n % 50000, md5(n::text), 'done'
   from generate_series(1, ${DOCUMENTS}) n`,
  `insert into users (id, email, name, is_platform_admin, password_hash) values (pg_temp.bench_uuid('user'), 'sekretariat@example.org', 'Sekretariat', false, $1)`,
  `insert into user_programme_roles (user_id, programme_id, role) values (pg_temp.bench_uuid('user'), pg_temp.bench_uuid('prog'), 'secretariat')`,
  'analyze',
];

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (url, database) => {
    const loadStarted = performance.now();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let counts: pg.QueryResult<{ documents: string; matches: string; id: string }>;
    try {
      const passwordHash = await hashPassword(PASSWORD);
      for (const statement of STATEMENTS) await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
      counts = await client.query(
        `select (select count(*) from documents) as documents,
                (select count(*) from documents where search @@ (websearch_to_tsquery('norwegian', $1) || websearch_to_tsquery('simple', $1))) as matches,
                pg_temp.bench_uuid('prog') as id`,
        [QUERY],
      );
    } finally {
      await client.end();
    }
    const programmeId = counts.rows[0]!.id;
    const figures: Record<string, number> = {
      'data.documents': Number(counts.rows[0]!.documents),
      'data.matches': Number(counts.rows[0]!.matches),
      'data.load_seconds': round((performance.now() - loadStarted) / 1000, 1),
    };

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_CACHE_MS: '0' });
    const app = await buildApp({ config, db: database.db, logger: false });
    await app.ready();
    const pool = recorder(database.pool);
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
    const explain = !!process.env.DOCUMENTS_BENCH_EXPLAIN;
    const anonymous = sqlRatio(app, pool, figures, { runs: RUNS, warmup: WARMUP, explain });
    const secretariat = sqlRatio(app, pool, figures, { runs: RUNS, warmup: WARMUP, explain, headers: { cookie } });

    const q = encodeURIComponent(QUERY);
    await anonymous.measure('search.public', `/api/documents/search?programme=arkiv&q=${q}`, '"snippet"');
    await secretariat.measure('search.internal', `/api/programmes/${programmeId}/documents?q=${q}`, '"snippet"');
    await anonymous.measure('list.public', '/api/documents/search?programme=arkiv', '"items"');
    figures['machine.load_avg_1m'] = round(os.loadavg()[0]!, 1);
    await app.close();
    return figures;
  });
}

export const benchmark = { name: 'documents', run };
