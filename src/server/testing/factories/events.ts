import type { Db } from '../../db/client';
import { eventRegistrations, events } from '../../features/events/events.table';
import { hashToken, newToken } from '../../features/events/event-mail';

const DAY = 24 * 60 * 60 * 1000;

/** A published event ten days ahead, unless told otherwise. */
export async function buildEvent(db: Db, o: Partial<typeof events.$inferInsert> & { programmeId: string }) {
  const startsAt = new Date(Date.now() + 10 * DAY);
  const [row] = await db
    .insert(events)
    .values({ kind: 'seminar', status: 'published', title: 'Seminar', startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), publishedAt: new Date(), ...o })
    .returning();
  return row!;
}

/** A registration with a personal link: the token is returned, its hash stored. */
export async function buildRegistration(db: Db, o: Partial<typeof eventRegistrations.$inferInsert> & { eventId: string }, token = newToken().token) {
  const [row] = await db
    .insert(eventRegistrations)
    .values({ name: 'Kari Nordmann', email: `kari.${Math.random().toString(36).slice(2, 10)}@example.org`, status: 'registered', tokenHash: hashToken(token), ...o })
    .returning();
  return { ...row!, token };
}
