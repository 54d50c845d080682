/**
 * What the benchmarks that hold an endpoint against its SQL share: a recorder of the statements
 * the pool sends, and `measure`, which times an endpoint and the same statements run alone one
 * after another on the same pool, alternating run by run (see governance.bench.ts for the figures).
 */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';

export type Statement = pg.QueryConfig & { rowMode?: 'array' };

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Records the statements sent through the pool while `recording` is set. */
export function recorder(pool: pg.Pool) {
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  let recording: Statement[] | null = null;
  let sent = 0;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    sent++;
    if (recording) {
      const [first, second] = args;
      // node-postgres takes (text | config, values); drizzle sends its config and the values apart.
      const config: Statement = typeof first === 'string' ? { text: first } : { ...(first as Statement) };
      recording.push({ ...config, values: (second as unknown[] | undefined) ?? config.values });
    }
    return original(...args);
  };
  return {
    original,
    get sent() {
      return sent;
    },
    async capture(fn: () => Promise<unknown>): Promise<Statement[]> {
      recording = [];
      try {
        await fn();
        return recording;
      } finally {
        recording = null;
      }
    },
  };
}

export function sqlRatio(
  app: FastifyInstance,
  pool: ReturnType<typeof recorder>,
  figures: Record<string, number>,
  options: { runs: number; warmup: number; explain: boolean; headers?: Record<string, string> },
) {
  const get = async (path: string, expect: string): Promise<string> => {
    const res = await app.inject({ method: 'GET', url: path, headers: options.headers });
    if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    if (!res.body.includes(expect)) throw new Error(`${path} does not hold ${expect}`);
    return res.body;
  };
  const replay = async (statements: Statement[]) => {
    for (const s of statements) await pool.original(s);
  };

/** The endpoint and the statements it sent, alternating, after a warm-up. */
const measure = async (key: string, path: string, expect: string, runs = options.runs) => {
  const body = await get(path, expect);
  const statements = await pool.capture(() => get(path, expect));
  if (options.explain) {
    for (const s of statements) {
      const plan = await pool.original({ text: `explain (analyze, buffers) ${s.text}`, values: s.values });
      process.stdout.write(`\n-- ${key}: ${s.text}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}\n`);
    }
  }
  const endpointTimes: number[] = [];
  const sqlTimes: number[] = [];
  const sentBefore = pool.sent;
  for (let r = -options.warmup; r < runs; r++) {
    const pair: [() => Promise<unknown>, number[]][] = [
      [() => get(path, expect), endpointTimes],
      [() => replay(statements), sqlTimes],
    ];
    if (r % 2) pair.reverse();
    for (const [fn, into] of pair) {
      const started = performance.now();
      await fn();
      if (r >= 0) into.push(performance.now() - started);
    }
  }
  // Every answer went to the database (no cache in between): the same statements each time.
  const perRound = (pool.sent - sentBefore) / (runs + options.warmup);
  if (perRound !== statements.length) throw new Error(`${key}: ${perRound} statements a round, expected ${statements.length}`);
  const p50 = percentile(endpointTimes, 50);
  const sqlP50 = percentile(sqlTimes, 50);
  Object.assign(figures, {
    [`${key}.p50_ms`]: round(p50),
    [`${key}.p95_ms`]: round(percentile(endpointTimes, 95)),
    [`${key}.queries`]: statements.length,
    [`${key}.sql_p50_ms`]: round(sqlP50),
    [`${key}.vs_sql`]: round(p50 / sqlP50),
    [`${key}.kb`]: round(Buffer.byteLength(body) / 1024, 1),
  });
};

/** The median of `fn` alone. */
const alone = async (key: string, fn: () => unknown, runs = options.runs) => {
  const times: number[] = [];
  for (let r = -options.warmup; r < runs; r++) {
    const started = performance.now();
    await fn();
    if (r >= 0) times.push(performance.now() - started);
  }
  figures[key] = round(percentile(times, 50));
};

  return { get, measure, alone };
}
