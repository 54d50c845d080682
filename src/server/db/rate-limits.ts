import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { rateLimitCounters } from './rate-limits.table';

/**
 * Rate limits counted in PostgreSQL, shared by every app node: at most `max` hits per key in a
 * window of `windowMs` that starts at the key's first hit. What counts as a hit is the caller's
 * (a failed sign-in, a registration, an upload); `held` asks before the work, `hit` counts after.
 */
export interface RateLimit {
  bucket: string;
  max: number;
  windowMs: number;
}

/** How long the key must wait before the limit lets it through, in whole seconds; 0 when it need not. */
export async function held(db: DbOrTx, limit: RateLimit, key: string): Promise<number> {
  const [row] = await db
    .select({
      count: rateLimitCounters.count,
      wait: sql<number>`ceil(extract(epoch from (${rateLimitCounters.windowStart} + make_interval(secs => ${limit.windowMs / 1000}) - now())))::int`,
    })
    .from(rateLimitCounters)
    .where(and(eq(rateLimitCounters.bucket, limit.bucket), eq(rateLimitCounters.key, key)));
  return row && row.count >= limit.max && row.wait > 0 ? row.wait : 0;
}

let hits = 0;

/** Counts one hit of the key: a new window when the last one has passed. */
export async function hit(db: DbOrTx, limit: RateLimit, key: string): Promise<void> {
  const expired = sql`${rateLimitCounters.windowStart} <= now() - make_interval(secs => ${limit.windowMs / 1000})`;
  await db
    .insert(rateLimitCounters)
    .values({ bucket: limit.bucket, key, windowStart: sql`now()`, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.bucket, rateLimitCounters.key],
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimitCounters.count} + 1 end`,
        windowStart: sql`case when ${expired} then now() else ${rateLimitCounters.windowStart} end`,
      },
    });
  // Now and then, the windows that have passed are swept, so that keys tried once do not pile up.
  if (++hits % 100 === 0) await sweep(db, limit);
}

/** Forgets the key's hits (e.g. an account's failed sign-ins once it signs in). */
export async function clear(db: DbOrTx, limit: RateLimit, key: string): Promise<void> {
  await db.delete(rateLimitCounters).where(and(eq(rateLimitCounters.bucket, limit.bucket), eq(rateLimitCounters.key, key)));
}

/** Deletes the counters of the limit whose windows have passed. */
export async function sweep(db: DbOrTx, limit: RateLimit): Promise<void> {
  await db.delete(rateLimitCounters).where(and(eq(rateLimitCounters.bucket, limit.bucket), lt(rateLimitCounters.windowStart, sql`now() - make_interval(secs => ${limit.windowMs / 1000})`)));
}

/** Deletes every counter whose window started before `before`, whatever its limit; the count. */
export async function sweepOlderThan(db: DbOrTx, before: Date): Promise<number> {
  const gone = await db.delete(rateLimitCounters).where(lt(rateLimitCounters.windowStart, before)).returning({ key: rateLimitCounters.key });
  return gone.length;
}
