import { and, asc, count, eq, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowWrites } from '../../db/row-writes';
import { programmes } from '../programmes/programmes.table';
import { eventRegistrations, events, type EventRegistrationRow, type EventRow } from './events.table';

export const eventRows = rowWrites(events);
export const registrationRows = rowWrites(eventRegistrations);

/**
 * A new registration, queued at the moment it is written (inside the event's lock), not at the
 * transaction's start: the waiting list's order is the order the lock let them in.
 */
export async function insertRegistration(tx: DbOrTx, values: Omit<typeof eventRegistrations.$inferInsert, 'queuedAt'>): Promise<EventRegistrationRow> {
  const [row] = await tx.insert(eventRegistrations).values({ ...values, queuedAt: sql`clock_timestamp()` }).returning();
  return row!;
}

/** An event with what its view shows besides its own columns. */
export type EventWithCounts = EventRow & { programmeSlug: string; registeredCount: number; waitingCount: number };

const counted = (status: 'registered' | 'waiting') =>
  sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${events.id} and r.status = ${status})`;

function withCounts(db: DbOrTx) {
  return db
    .select({ e: events, programmeSlug: programmes.slug, registeredCount: counted('registered'), waitingCount: counted('waiting') })
    .from(events)
    .innerJoin(programmes, eq(programmes.id, events.programmeId));
}

const flat = (r: { e: EventRow; programmeSlug: string; registeredCount: number; waitingCount: number }): EventWithCounts => ({
  ...r.e,
  programmeSlug: r.programmeSlug,
  registeredCount: r.registeredCount,
  waitingCount: r.waitingCount,
});

export const eventWithCounts = (db: DbOrTx, id: string) => withCounts(db).where(eq(events.id, id)).then((r) => (r[0] ? flat(r[0]) : undefined));

/** The programme's events by start; drafts only when asked for. */
export const eventsOfProgramme = (db: DbOrTx, programmeId: string, withDrafts: boolean) =>
  withCounts(db)
    .where(and(eq(events.programmeId, programmeId), withDrafts ? undefined : ne(events.status, 'draft')))
    .orderBy(asc(events.startsAt), asc(events.id))
    .then((rows) => rows.map(flat));

export async function registeredCount(tx: DbOrTx, eventId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'registered')));
  return row?.n ?? 0;
}

/** The live (registered or waiting) registration of the address, whatever its case. */
export async function liveByEmail(tx: DbOrTx, eventId: string, email: string): Promise<EventRegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), sql`lower(${eventRegistrations.email}) = lower(${email})`, ne(eventRegistrations.status, 'cancelled')));
  return row;
}

/** The first `n` on the waiting list, locked: the earliest first. */
export const firstWaiting = (tx: DbOrTx, eventId: string, n: number | null) => {
  const q = tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waiting')))
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id))
    .for('update');
  return n === null ? q : q.limit(n);
};

/** How many wait before the registration (1: it is first). */
export async function waitingPosition(db: DbOrTx, reg: EventRegistrationRow): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, reg.eventId),
        eq(eventRegistrations.status, 'waiting'),
        or(lt(eventRegistrations.queuedAt, reg.queuedAt), and(eq(eventRegistrations.queuedAt, reg.queuedAt), lt(eventRegistrations.id, reg.id))),
      ),
    );
  return (row?.n ?? 0) + 1;
}

/** The registration a personal link opens: the latest link, or the one before a seat from the waiting list. */
export const registrationByTokenHash = (db: DbOrTx, hash: string) =>
  db.select().from(eventRegistrations).where(or(eq(eventRegistrations.tokenHash, hash), eq(eventRegistrations.earlierTokenHash, hash))).then((r) => r[0]);

export const registrationById = (db: DbOrTx, id: string) => db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id)).then((r) => r[0]);

/** Every registration of the event in list order (waiting-list order for all). */
export const registrationsOfEvent = (db: DbOrTx, eventId: string, statuses?: ('registered' | 'waiting' | 'cancelled')[]) =>
  db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), statuses ? inArray(eventRegistrations.status, statuses) : undefined))
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id));

export const programmeSlug = (db: DbOrTx, programmeId: string) =>
  db.select({ slug: programmes.slug }).from(programmes).where(eq(programmes.id, programmeId)).then((r) => r[0]?.slug ?? '');
