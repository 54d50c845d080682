import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { sessions, type SessionRow } from './auth.table';

export const SESSION_COOKIE = 'samordna_sid';

export interface SessionStore {
  /** Loads a live session by the cookie's id. */
  find(id: string): Promise<SessionRow | undefined>;
  /** Creates a session and returns the id for the cookie. */
  create(userId: string | null, data?: Record<string, unknown>): Promise<{ id: string; row: SessionRow }>;
  setData(id: string, data: Record<string, unknown>): Promise<void>;
  destroy(id: string): Promise<void>;
  /** Removes the sessions expired by `now`. */
  purgeExpired(now?: Date): Promise<number>;
}

export function sessionStore(db: Db, secret: string, ttlHours: number): SessionStore {
  // Keyed hash: a leaked table cannot be turned into cookies without the secret.
  const hashId = (id: string) => createHmac('sha256', secret).update(id).digest('base64url');
  const ttlMs = ttlHours * 3_600_000;
  return {
    async find(id) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.idHash, hashId(id)), gt(sessions.expiresAt, new Date())));
      return row;
    },
    async create(userId, data = {}) {
      const id = randomBytes(32).toString('base64url');
      const [row] = await db
        .insert(sessions)
        .values({
          idHash: hashId(id),
          userId,
          csrfToken: randomBytes(32).toString('base64url'),
          data,
          expiresAt: new Date(Date.now() + ttlMs),
        })
        .returning();
      return { id, row: row! };
    },
    async setData(id, data) {
      await db.update(sessions).set({ data }).where(eq(sessions.idHash, hashId(id)));
    },
    async destroy(id) {
      await db.delete(sessions).where(eq(sessions.idHash, hashId(id)));
    },
    async purgeExpired(now = new Date()) {
      const res = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.idHash });
      return res.length;
    },
  };
}

/**
 * Ends every session of a user (signed out everywhere), but for the one given: when a password
 * is changed or a user disabled, a stolen or forgotten session must not outlive it.
 */
export async function endUserSessions(db: DbOrTx, userId: string, exceptIdHash?: string): Promise<number> {
  const where = exceptIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash)) : eq(sessions.userId, userId);
  const res = await db.delete(sessions).where(where).returning({ id: sessions.idHash });
  return res.length;
}
