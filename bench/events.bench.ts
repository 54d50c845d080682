/**
 * `npm run bench -- events`: registration for one event under 200 concurrent attempts, each from
 * an anonymous visitor with a session of its own (a CSRF token, as the browser gets it), through
 * the HTTP endpoint into a throwaway database, with the public read cache off:
 *
 * - `round<N>.*`: one event of 100 seats and 200 people registering at once: seconds from the
 *   first request to the last answer, registrations/s, p50 and p95 of one answer, and the seats
 *   taken and the waiting list as the database holds them afterwards;
 * - `overbooked`: seats taken beyond the capacity over every round (must be 0; the run fails otherwise);
 * - `registrations_per_second`: the mean over the rounds.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { withThrowawayDatabase } from './throwaway-db';
import { round } from './sql-ratio';

const ATTEMPTS = Number(process.env.EVENTS_BENCH_ATTEMPTS ?? 200);
const CAPACITY = 100;
const ROUNDS = 3;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function run(): Promise<Record<string, number>> {
  return withThrowawayDatabase(async (url, database) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const figures: Record<string, number> = { attempts: ATTEMPTS, capacity: CAPACITY };
    try {
      const { rows } = await client.query<{ id: string }>(`insert into programmes (slug, kind, name, is_published) values ('arrangementer', 'programme', '{"nb": "Arrangementsprogram"}', true) returning id`);
      const programmeId = rows[0]!.id;
      // Registrations from one address would meet the limit at once: the bench lifts it.
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_CACHE_MS: '0', EVENT_REGISTRATION_LIMIT: String(ATTEMPTS * ROUNDS * 2) });
      const app = await buildApp({ config, db: database.db, logger: false });
      await app.ready();
      let overbooked = 0;
      const rates: number[] = [];
      for (let r = 1; r <= ROUNDS; r++) {
        const event = await client.query<{ id: string }>(
          `insert into events (programme_id, kind, status, title, starts_at, ends_at, capacity, published_at)
           values ($1, 'seminar', 'published', 'Seminar ' || $2, now() + interval '30 days', now() + interval '30 days 2 hours', $3, now()) returning id`,
          [programmeId, r, CAPACITY],
        );
        const eventId = event.rows[0]!.id;
        // Every visitor has a session and a token before the rush, as a page they loaded gave them.
        const visitors = await Promise.all(
          Array.from({ length: ATTEMPTS }, async () => {
            const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
            return { cookie: `samordna_sid=${csrf.cookies.find((c) => c.name === 'samordna_sid')!.value}`, token: csrf.json().csrfToken as string };
          }),
        );
        const latencies: number[] = [];
        const started = performance.now();
        const answers = await Promise.all(
          visitors.map(async (v, i) => {
            const t0 = performance.now();
            const res = await app.inject({
              method: 'POST',
              url: `/api/events/${eventId}/registrations`,
              headers: { cookie: v.cookie, 'x-csrf-token': v.token },
              payload: { name: `Deltaker ${i}`, email: `deltaker.${r}.${i}@example.org`, organisation: 'Bydel' },
            });
            latencies.push(performance.now() - t0);
            return res.statusCode;
          }),
        );
        const seconds = (performance.now() - started) / 1000;
        const failed = answers.filter((s) => s !== 201).length;
        if (failed) throw new Error(`${failed} registrations were refused`);
        const counts = await client.query<{ registered: number; waiting: number }>(
          `select count(*) filter (where status = 'registered')::int as registered, count(*) filter (where status = 'waiting')::int as waiting from event_registrations where event_id = $1`,
          [eventId],
        );
        const { registered, waiting } = counts.rows[0]!;
        overbooked += Math.max(0, registered - CAPACITY);
        latencies.sort((a, b) => a - b);
        const rate = ATTEMPTS / seconds;
        rates.push(rate);
        Object.assign(figures, {
          [`round${r}.seconds`]: round(seconds, 2),
          [`round${r}.registrations_per_second`]: round(rate, 1),
          [`round${r}.p50_ms`]: round(percentile(latencies, 50), 1),
          [`round${r}.p95_ms`]: round(percentile(latencies, 95), 1),
          [`round${r}.registered`]: registered,
          [`round${r}.waiting`]: waiting,
        });
      }
      await app.close();
      if (overbooked > 0) throw new Error(`Overbooked by ${overbooked} seats`);
      figures.overbooked = overbooked;
      figures.registrations_per_second = round(rates.reduce((a, b) => a + b, 0) / rates.length, 1);
      figures['machine.load_avg_1m'] = round(os.loadavg()[0]!, 1);
      return figures;
    } finally {
      await client.end();
    }
  });
}

export const benchmark = { name: 'events', run };
