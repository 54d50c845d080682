/**
 * `npm run bench -- governance`: governance's public reads at 100 bodies, 5,000 meetings and
 * 100,000 cases (bench/governance-data.ts), each against the SQL it runs. Creates a throwaway
 * database on the local PostgreSQL (as `profile` does), migrates it, loads the data with
 * set-based SQL and measures, as an anonymous visitor with the public read cache off:
 *
 * - `meeting.api.*`: GET /api/meetings/:id of a meeting with published minutes and ~20 items;
 * - `meeting.page.*`: the meeting's public page rendered on the server (/program/:slug/moter/:id)
 *   by the build's bundle (`npm run build` first; built here when missing);
 * - `decisions.first.*`, `decisions.deep.*`: GET /api/bodies/:id/decisions of the body with
 *   ~20,000 decisions, the first page and one 15,000 decisions down;
 * - `ics.*`: GET /api/bodies/:id/meetings.ics of that body's 1,000 meetings, and its size.
 *
 * For each: p50 and p95 of the endpoint; `.queries`, the statements one answer sends to the
 * database (captured from the pool while it answers); `.sql_p50_ms`, the median of those same
 * statements (text, parameters, row mode) run alone one after another on the same pool; and
 * `.vs_sql`, the endpoint's p50 over that (goal ≤ 1.3). Endpoint and SQL alternate run by run.
 * Where an endpoint is far above its SQL, the parts of its answer alone say where the time goes:
 * `.service_p50_ms` (the service function, queries included), `.zod_p50_ms` (checking the answer
 * against its contract, as the route's serializer does) and `.json_p50_ms` (JSON.stringify);
 * `floor.healthz_p50_ms` is what the app adds to any request (/healthz: every hook, no query).
 * `GOVERNANCE_BENCH_EXPLAIN=1` prints EXPLAIN ANALYZE of every captured statement.
 */
import os from 'node:os';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { loadMeetingDetail } from '../src/server/features/governance/meeting-detail';
import { listBodyDecisions } from '../src/server/features/governance/decisions.service';
import { bodyCalendar } from '../src/server/features/governance/documents.service';
import { DecisionPage, MeetingDetail } from '../src/shared/contracts/governance-meetings';
import type { Actor } from '../src/server/http/actor';
import { ensureBuilt } from './built-server';
import { loadGovernanceData } from './governance-data';
import { withThrowawayDatabase } from './throwaway-db';
import { recorder, round, sqlRatio } from './sql-ratio';

const RUNS = Number(process.env.GOVERNANCE_BENCH_RUNS ?? 200);
const WARMUP = 20;
const DEEP_OFFSET = 15_000;

async function run(): Promise<Record<string, number>> {
  ensureBuilt();
  return withThrowawayDatabase(async (url, database) => {
    const loadStarted = performance.now();
    const data = await loadGovernanceData(url);
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_CACHE_MS: '0', PUBLIC_URL: 'https://samordna.example.org' });
    // The pages as production renders them: the build's server-rendering bundle (built if
    // missing), with React's production build (React picks it by NODE_ENV when first loaded).
    process.env.NODE_ENV = 'production';
    const app = await buildApp({ config, db: database.db, logger: false });
    await app.ready();
    const pool = recorder(database.pool);

    const figures: Record<string, number> = {
      ...Object.fromEntries(Object.entries(data.counts).map(([k, v]) => [`data.${k}`, v])),
      'data.load_seconds': round(loadSeconds, 1),
      'meeting.items': data.meetingItems,
    };

    const { get, measure, alone } = sqlRatio(app, pool, figures, { runs: RUNS, warmup: WARMUP, explain: !!process.env.GOVERNANCE_BENCH_EXPLAIN });

    // What the app adds to any request: a public route that reads nothing (every hook, no query).
    await alone('floor.healthz_p50_ms', () => app.inject({ method: 'GET', url: '/healthz' }));
    const anonymous: Actor = { user: null, requestId: 'bench' };
    const detail = await loadMeetingDetail(database.db, anonymous, data.meetingId);
    await alone('meeting.api.service_p50_ms', () => loadMeetingDetail(database.db, anonymous, data.meetingId));
    await alone('meeting.api.zod_p50_ms', () => MeetingDetail.parse(detail));
    await alone('meeting.api.json_p50_ms', () => JSON.stringify(detail));
    const deepQuery = { limit: 50, offset: DEEP_OFFSET };
    const deep = await listBodyDecisions(database.db, anonymous, data.bigBodyId, deepQuery);
    await alone('decisions.deep.service_p50_ms', () => listBodyDecisions(database.db, anonymous, data.bigBodyId, deepQuery));
    await alone('decisions.deep.zod_p50_ms', () => DecisionPage.parse(deep));
    await alone('ics.service_p50_ms', () => bodyCalendar(database.db, anonymous, data.bigBodyId, 'https://samordna.example.org', 'nb'), Math.ceil(RUNS / 4));

    await measure('meeting.api', `/api/meetings/${data.meetingId}`, '"items"');
    await measure('meeting.page', `/program/${data.programmeSlug}/moter/${data.meetingId}`, '<div id="root">', Math.ceil(RUNS / 2));
    await measure('decisions.first', `/api/bodies/${data.bigBodyId}/decisions`, '"total"');
    await measure('decisions.deep', `/api/bodies/${data.bigBodyId}/decisions?offset=${DEEP_OFFSET}`, '"total"');
    await measure('ics', `/api/bodies/${data.bigBodyId}/meetings.ics`, 'END:VCALENDAR', Math.ceil(RUNS / 4));
    figures['ics.events'] = (await get(`/api/bodies/${data.bigBodyId}/meetings.ics`, 'END:VCALENDAR')).split('BEGIN:VEVENT').length - 1;
    figures['machine.load_avg_1m'] = round(os.loadavg()[0]!, 1);
    await app.close();
    return figures;
  });
}

export const benchmark = { name: 'governance', run };
